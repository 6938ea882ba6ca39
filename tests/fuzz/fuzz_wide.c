/* fuzz_wide - libFuzzer harness for gipa-tab's readers and writers in lib/:
 *
 *   - the bytes as a wide table (gipa-tab --long: tab_long over the plain
 *     TSV reader, tab_tsv), with and without -k patterns;
 *   - the bytes as any TSV aligned for a terminal (gipa-tab -p: tab_pretty,
 *     with a lookahead of 2 lines, so that lines are both held and
 *     streamed);
 *   - the bytes as records grouped into rows (tab_rows) and drawn as the
 *     official form (gipa-tab --form: tab_form_draw).
 *
 * Output is dropped and diagnostics silenced; a crash, a sanitizer report,
 * a leak or a hang is a bug. */
#include "buf.h"
#include "diag.h"
#include "out.h"
#include "record.h"
#include "tab.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct mem {
	const char *p;
	size_t len, pos;
};

/* Hand the bytes out in small, varying pieces, so that lines cross the
 * reader's buffer boundaries. */
static ssize_t mem_read(void *ctx, char *p, size_t n)
{
	struct mem *m = ctx;
	size_t k = m->len - m->pos;
	size_t piece = 1 + (m->pos * 7919 + m->len) % 4093;
	if (k > n)
		k = n;
	if (k > piece)
		k = piece;
	memcpy(p, m->p + m->pos, k);
	m->pos += k;
	return (ssize_t)k;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	set_program_name("gipa-tab");
	out_discard(1);
	diag_quiet = 1;
	return 0;
}

static void wide_table(const uint8_t *data, size_t size, const char *patterns)
{
	struct mem m = {(const char *)data, size, 0};
	struct tab_tsv t;
	tab_tsv_open_source(&t, mem_read, &m, "fuzz.tsv");
	tab_long(&t, patterns);
}

static void pretty(const uint8_t *data, size_t size)
{
	struct mem m = {(const char *)data, size, 0};
	struct tab_tsv t;
	tab_tsv_open_source(&t, mem_read, &m, "fuzz.tsv");
	tab_pretty_start(1, 2);
	while (tab_tsv_next(&t)) {
		/* The line is whole: NUL-terminated, without LF or NUL. */
		if (t.line[t.linelen] != '\0' || memchr(t.line, '\n', t.linelen) ||
		    strlen(t.line) != t.linelen)
			__builtin_trap();
		tab_pretty_line(t.line, t.linelen);
	}
	tab_tsv_close(&t);
	tab_pretty_finish();
}

/* gipa-tab --form: the records of each row (report, agency, year) drawn. */
struct form {
	struct tab_keys keys;
	struct tab_rows rows;
	struct buf tuple, vals;
	struct tab_cell *cells;
	size_t n, cap;
	int have_row;
	int drawn;
};

/* Each drawing is the same work on other values: a few per input are
 * enough, and keep an input of many one-line reports fast. */
#define MAX_DRAWN 2

static void form_flush(struct form *f)
{
	if (!f->have_row || f->drawn++ >= MAX_DRAWN)
		return;
	for (size_t i = 0; i < f->n; i++)
		f->cells[i].val = f->vals.p + (size_t)(uintptr_t)f->cells[i].val;
	const char *p = f->tuple.p;
	const char *t1 = strchr(p, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
	if (!t2)
		__builtin_trap(); /* tab_rows keeps report TAB agency TAB year */
	char *report = xstrndup(p, (size_t)(t1 - p));
	char *agency = xstrndup(t1 + 1, (size_t)(t2 - t1 - 1));
	tab_form_draw(report, agency, t2 + 1, f->cells, f->n);
	free(report);
	free(agency);
}

static void form_record(struct form *f, const struct rec *r)
{
	if (tab_rows_feed(&f->rows, r, "fuzz.tsv")) {
		form_flush(f);
		buf_reset(&f->tuple);
		buf_add(&f->tuple, f->rows.cur.p, f->rows.cur.len);
		buf_reset(&f->vals);
		f->n = 0;
		f->have_row = 1;
	}
	int isnew;
	struct tab_key *k = tab_keys_get(&f->keys, r->f[REC_KEY], r->len[REC_KEY], &isnew);
	if (!tab_rows_take(&f->rows, k, r, "fuzz.tsv"))
		return;
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 16;
		f->cells = xrealloc(f->cells, f->cap * sizeof *f->cells);
	}
	f->cells[f->n++] = (struct tab_cell){k->key, k->len, (const char *)(uintptr_t)f->vals.len,
					     r->len[REC_VALUE]};
	buf_add(&f->vals, r->f[REC_VALUE], r->len[REC_VALUE]);
}

static void form(const uint8_t *data, size_t size)
{
	struct mem m = {(const char *)data, size, 0};
	struct rec_reader rr;
	struct rec r;
	struct form f;
	memset(&f, 0, sizeof f);
	f.rows.check = 1;
	rec_open_source(&rr, mem_read, &m, "fuzz.tsv", 0);
	while (rec_next(&rr, &r))
		form_record(&f, &r);
	rec_close(&rr);
	form_flush(&f);
	free(f.cells);
	buf_free(&f.tuple);
	buf_free(&f.vals);
	tab_rows_free(&f.rows);
	tab_keys_free(&f.keys);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	wide_table(data, size, size % 2 ? NULL : "apply.*,review.?.*,*total*,meta.form");
	out_flush();
	pretty(data, size);
	out_flush();
	form(data, size);
	out_flush();
	return 0;
}
