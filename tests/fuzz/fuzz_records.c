/* fuzz_records - libFuzzer harness for the record reader (lib/record.c)
 * that gipa-sum, gipa-diff and gipa-tab share, and for what they do with
 * each record in lib/: exact decimals (decimal.c: parse, sum, difference,
 * percent, format), key lookups (schema.c), agency names (diffname.c) and
 * gipa-tab's grouping into rows (tab_rows.c).
 *
 * The bytes are read twice from memory: as a record stream with its header
 * line, and as one without (-H).  Output is dropped, diagnostics silenced;
 * a crash, a sanitizer report, a leak or a hang is a bug. */
#include "buf.h"
#include "decimal.h"
#include "diag.h"
#include "diffname.h"
#include "out.h"
#include "record.h"
#include "schema.h"
#include "tab.h"
#include "utf8.h"

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

/* A source that hands out the bytes in small, varying pieces, so that
 * lines cross the reader's buffer boundaries. */
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
	set_program_name("gipa-sum");
	out_discard(1);
	diag_quiet = 1;
	return 0;
}

static void each(const struct rec *r, struct dec *sum, int *sum_ok, struct dec *prev, int *have_prev,
		 struct tab_keys *keys, struct tab_rows *rows, struct buf *tmp)
{
	/* Every field is NUL-terminated, valid UTF-8, without TAB or NUL. */
	for (int c = 0; c < REC_NCOLS; c++) {
		if (r->f[c][r->len[c]] != '\0' || memchr(r->f[c], '\t', r->len[c]) ||
		    strlen(r->f[c]) != r->len[c] || utf8_invalid_at(r->f[c], r->len[c]) != r->len[c])
			__builtin_trap();
	}
	if (r->len[REC_KEY] == 0)
		__builtin_trap();

	/* gipa-sum and gipa-diff: exact decimals. */
	struct dec d;
	char txt[64], pct[64];
	if (dec_parse(r->f[REC_VALUE], r->len[REC_VALUE], &d) == 0) {
		size_t n = dec_format(d, txt);
		struct dec back;
		if (n >= sizeof txt || dec_parse(txt, n, &back) != 0 || dec_cmp(back, d) != 0)
			__builtin_trap();
		if (*sum_ok && dec_add(*sum, d, sum) != 0)
			*sum_ok = 0;
		if (*have_prev) {
			struct dec diff;
			if (dec_sub(d, *prev, &diff) == 0)
				dec_format(diff, txt);
			dec_pct(*prev, d, pct, sizeof pct);
			(void)dec_cmp(*prev, d);
		}
		*prev = d;
		*have_prev = 1;
	}
	(void)schema_uindex(r->f[REC_KEY], r->len[REC_KEY]);
	(void)schema_rank(r->f[REC_KEY], r->len[REC_KEY]);

	/* gipa-diff: agency names. */
	size_t off[DIFFNAME_MAXSUF];
	size_t n = diffname_cuts(r->f[REC_AGENCY], r->len[REC_AGENCY], off, DIFFNAME_MAXSUF);
	for (size_t i = 0; i < n; i++)
		if (off[i] == 0 || off[i] >= r->len[REC_AGENCY])
			__builtin_trap();
	buf_reset(tmp);
	diffname_normalise(r->f[REC_AGENCY], r->len[REC_AGENCY], tmp);

	/* gipa-tab: rows and keys. */
	int isnew;
	tab_rows_feed(rows, r, "fuzz.tsv");
	struct tab_key *k = tab_keys_get(keys, r->f[REC_KEY], r->len[REC_KEY], &isnew);
	tab_rows_take(rows, k, r, "fuzz.tsv");
}

static void read_all(const uint8_t *data, size_t size, int no_header)
{
	struct mem m = {(const char *)data, size, 0};
	struct rec_reader rr;
	struct rec r;
	struct dec sum = {0, 0}, prev = {0, 0};
	int sum_ok = 1, have_prev = 0;
	struct tab_keys keys;
	struct tab_rows rows;
	struct buf tmp = BUF_INIT;
	memset(&keys, 0, sizeof keys);
	memset(&rows, 0, sizeof rows);
	rows.check = 1;
	rec_open_source(&rr, mem_read, &m, "fuzz.tsv", no_header);
	while (rec_next(&rr, &r))
		each(&r, &sum, &sum_ok, &prev, &have_prev, &keys, &rows, &tmp);
	rec_close(&rr);
	if (sum_ok) {
		char txt[64];
		dec_format(sum, txt);
	}
	free(tab_keys_order(&keys));
	tab_rows_free(&rows);
	tab_keys_free(&keys);
	buf_free(&tmp);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	read_all(data, size, 0);
	read_all(data, size, 1);
	out_flush();
	return 0;
}
