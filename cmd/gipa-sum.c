/* gipa-sum - exact, mergeable totals of gipa records.
 *
 * Reads gipa records (DESIGN.md) and writes, for each group of reports,
 * the total of each key.  Groups are made by the columns named with -g;
 * the others are written as `*`.  Each group also gets `meta.reports`,
 * the number of reports summed into it, and `meta.missing.KEY` for each
 * key that some of them lack, so that summing the concatenation of
 * several outputs gives what summing their inputs gives.
 *
 * How reports are counted.  A *source* is one distinct (report, agency,
 * year) of the input.  A source with no `meta.reports` record is a report
 * as gipa-extract writes it: it counts 1, and each of its keys counts as
 * present in 1 report (a second value for the same key is an error, not a
 * doubled total).  A `meta.reports N` record says that the records of its
 * source that follow, in the same file, are a group of an earlier
 * gipa-sum output standing for N reports: they count N, a key among them
 * is present in N reports, and `meta.missing.KEY M` takes M off that.
 * gipa-sum writes `meta.reports` first in every group, so whole outputs
 * concatenated in any order (files, `cat`, `parallel`) merge exactly.
 *
 * Memory: one accumulator per (group, key), the keys of the last OPEN_MAX
 * sources read, and a 64-bit fingerprint of every source (to catch a
 * report given twice), 16 to 32 bytes a report, none with --forget; no
 * sorting of the input.
 * Arithmetic: 64-bit fixed point (decimal.h); overflow is an error, never
 * a rounded number. */
#include "buf.h"
#include "decimal.h"
#include "diag.h"
#include "hashmap.h"
#include "out.h"
#include "record.h"
#include "schema.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- options ------------------------------------------------------------ */

static int group_on[3];      /* REC_REPORT, REC_AGENCY, REC_YEAR */
static int group_order[3];   /* the grouped columns, in the order given */
static int ngroup_order;
static int opt_sort, opt_check, opt_no_header, opt_unordered, opt_forget;

/* ---- keys --------------------------------------------------------------- */

enum key_kind {
	KIND_SUM,     /* a value key: summed */
	KIND_LABEL,   /* meta.form, meta.date, ...: not summed, not written */
	KIND_REPORTS, /* meta.reports */
	KIND_MISSING, /* meta.missing.KEY */
};

#define MISSING_PREFIX "meta.missing."

struct keyinfo {
	enum key_kind kind;
	long order;      /* output position: schema rank, unknown keys after */
	size_t target;   /* KIND_MISSING: the key it counts */
	long row;        /* "table.row" prefix id for the warning summary, or -1 */
	size_t next;     /* the key that followed this one last time (a guess) */
};

static struct hashmap kmap;
static struct keyinfo *keys;
static size_t keys_cap;
static long unknown_seen;    /* unknown keys so far, for first-seen order */
static struct hashmap rowmap;

static size_t key_id(const char *k, size_t n)
{
	int added;
	size_t id = hm_intern(&kmap, k, n, &added);
	if (!added)
		return id;
	if (id == keys_cap) {
		keys_cap = keys_cap ? keys_cap * 2 : 512;
		keys = xrealloc(keys, keys_cap * sizeof *keys);
	}
	struct keyinfo *ki = &keys[id];
	memset(ki, 0, sizeof *ki);
	ki->next = id;
	ki->row = -1;
	long rank = schema_rank(k, n);
	int meta = n > 5 && memcmp(k, "meta.", 5) == 0;
	size_t mp = strlen(MISSING_PREFIX);
	if (n == strlen("meta.reports") && memcmp(k, "meta.reports", n) == 0) {
		ki->kind = KIND_REPORTS;
	} else if (n > mp && memcmp(k, MISSING_PREFIX, mp) == 0) {
		ki->kind = KIND_MISSING;
		size_t t = key_id(k + mp, n - mp);
		keys[id].target = t; /* keys may have moved */
		ki = &keys[id];
	} else if (meta && !((n == strlen("meta.active_items") &&
			      memcmp(k, "meta.active_items", n) == 0) ||
			     (n == strlen("meta.fee_yuan") && memcmp(k, "meta.fee_yuan", n) == 0))) {
		ki->kind = KIND_LABEL;
	} else {
		ki->kind = KIND_SUM;
	}
	ki->order = rank >= 0 ? rank : 1000000 + unknown_seen++;
	if (ki->kind == KIND_SUM && !meta) {
		const char *d1 = memchr(k, '.', n);
		const char *d2 = d1 ? memchr(d1 + 1, '.', (size_t)(k + n - d1 - 1)) : NULL;
		if (d2)
			ki->row = (long)hm_intern(&rowmap, k, (size_t)(d2 - k), NULL);
	}
	return id;
}

/* ---- groups and sources -------------------------------------------------- */

enum { ACC_VALUE = 1, ACC_POISON = 2 };

struct acc {
	int64_t m;        /* the sum's mantissa */
	int64_t present;  /* reports with a value for this key */
	int16_t scale;    /* the sum's decimals: the largest seen */
	uint16_t flags;
};

struct group {
	char *col[3];     /* report, agency, year: a value, or "*" */
	size_t len[3];
	int64_t reports;
	int reports_poison;
	struct acc *acc;  /* indexed by key id */
	size_t nacc;
};

/* A source's full state: kept while it is one of the OPEN_MAX most
 * recently read.  gipa-extract writes a report's records together, so
 * that is nearly always the one being read; the others are room for
 * outputs interleaved in blocks.  With --unordered every source stays
 * open, found by its tuple in smap. */
struct source {
	struct buf tuple; /* report TAB agency TAB year TAB */
	uint64_t fp;      /* its fingerprint (seen_add) */
	size_t group;
	uint64_t *bits;   /* keys this report has given (raw reports only) */
	size_t nwords;
	int counted;      /* counted as one report */
	int refused;      /* came back after it was closed: its lines skipped */
	int agg_file;     /* file in which meta.reports was last seen, or -1 */
	int64_t agg_n;    /* its value */
	uint64_t used;    /* when last read, for choosing one to close */
};

#define OPEN_MAX 64

static struct hashmap gmap;
static struct group *groups;
static size_t groups_cap;
static struct source *open_src;
static size_t nopen, open_cap;
static struct hashmap smap; /* --unordered: tuple -> index in open_src */
static uint64_t clock_now;

/* Every source ever read, as a 64-bit fingerprint of its tuple (16 to 32
 * bytes a report): one that comes back after it was closed is caught, not
 * counted again.  Open addressing, a quarter to half full; 0 is empty. */
static uint64_t *seen;
static size_t seen_mask, nseen;

/* Add fp; return whether it was there. */
static int seen_add(uint64_t fp)
{
	if (2 * (nseen + 1) > seen_mask + 1) {
		size_t n = seen ? 2 * (seen_mask + 1) : 1024;
		uint64_t *t = xmalloc(n * sizeof *t);
		memset(t, 0, n * sizeof *t);
		for (size_t i = 0; seen && i <= seen_mask; i++)
			if (seen[i])
				for (size_t j = seen[i] & (n - 1);; j = (j + 1) & (n - 1))
					if (!t[j]) {
						t[j] = seen[i];
						break;
					}
		free(seen);
		seen = t;
		seen_mask = n - 1;
	}
	for (size_t j = fp & seen_mask;; j = (j + 1) & seen_mask) {
		if (seen[j] == fp)
			return 1;
		if (!seen[j]) {
			seen[j] = fp;
			nseen++;
			return 0;
		}
	}
}

static struct buf scratch = BUF_INIT;

static struct acc *acc_of(struct group *g, size_t kid)
{
	if (kid >= g->nacc) {
		size_t n = g->nacc ? g->nacc : 256;
		while (n <= kid)
			n *= 2;
		g->acc = xrealloc(g->acc, n * sizeof *g->acc);
		memset(g->acc + g->nacc, 0, (n - g->nacc) * sizeof *g->acc);
		g->nacc = n;
	}
	return &g->acc[kid];
}

static size_t group_of(const struct rec *rec)
{
	buf_reset(&scratch);
	for (int c = 0; c < 3; c++) {
		if (!group_on[c])
			continue;
		buf_add(&scratch, rec->f[c], rec->len[c]);
		buf_addc(&scratch, '\t');
	}
	int added;
	size_t id = hm_intern(&gmap, scratch.p ? scratch.p : "", scratch.len, &added);
	if (!added)
		return id;
	if (id == groups_cap) {
		groups_cap = groups_cap ? groups_cap * 2 : 64;
		groups = xrealloc(groups, groups_cap * sizeof *groups);
	}
	struct group *g = &groups[id];
	memset(g, 0, sizeof *g);
	for (int c = 0; c < 3; c++) {
		if (group_on[c]) {
			g->col[c] = xstrndup(rec->f[c], rec->len[c]);
			g->len[c] = rec->len[c];
		} else {
			g->col[c] = xstrdup("*");
			g->len[c] = 1;
		}
	}
	return id;
}

static const char *shown(const char *s, size_t n);

/* The last source looked up, to skip hashing while a report's records run. */
static size_t last_len[3];
static struct source *last_src;

static int same_as_last(const struct rec *rec)
{
	if (!last_src || rec->len[0] != last_len[0] || rec->len[1] != last_len[1] ||
	    rec->len[2] != last_len[2])
		return 0;
	const char *p = last_src->tuple.p;
	for (int c = 0; c < 3; c++) {
		if (memcmp(p, rec->f[c], rec->len[c]) != 0)
			return 0;
		p += rec->len[c] + 1;
	}
	return 1;
}

/* A slot for a source just met: a free one, else the least recently read
 * one's, which is closed (only its fingerprint stays). */
static struct source *open_slot(void)
{
	struct source *s = &open_src[0];
	if (nopen < OPEN_MAX || opt_unordered) {
		if (nopen == open_cap) {
			open_cap = open_cap ? 2 * open_cap : OPEN_MAX;
			open_src = xrealloc(open_src, open_cap * sizeof *open_src);
			memset(open_src + nopen, 0, (open_cap - nopen) * sizeof *open_src);
		}
		s = &open_src[nopen++];
	} else {
		for (size_t i = 1; i < OPEN_MAX; i++)
			if (open_src[i].used < s->used)
				s = &open_src[i];
	}
	if (s->bits)
		memset(s->bits, 0, s->nwords * sizeof *s->bits);
	s->counted = 0;
	s->refused = 0;
	s->agg_file = -1;
	s->agg_n = 0;
	return s;
}

/* The source of rec.  `opens_group`: rec is a meta.reports, which begins
 * a group of a gipa-sum output, so its source may come again. */
static struct source *source_of(const struct rec_reader *r, const struct rec *rec,
				int opens_group)
{
	if (same_as_last(rec))
		return last_src;
	buf_reset(&scratch);
	for (int c = 0; c < 3; c++) {
		buf_add(&scratch, rec->f[c], rec->len[c]);
		buf_addc(&scratch, '\t');
		last_len[c] = rec->len[c];
	}
	uint64_t fp = hm_hash(scratch.p, scratch.len);
	fp += !fp;
	struct source *s = NULL;
	if (opt_unordered) {
		long id = hm_find(&smap, scratch.p, scratch.len);
		if (id >= 0)
			s = &open_src[id];
		else
			hm_intern(&smap, scratch.p, scratch.len, NULL); /* id: the next slot */
	} else {
		for (size_t i = 0; i < nopen && !s; i++)
			if (open_src[i].fp == fp && open_src[i].tuple.len == scratch.len &&
			    memcmp(open_src[i].tuple.p, scratch.p, scratch.len) == 0)
				s = &open_src[i];
	}
	int refuse = s && s->refused; /* back once more */
	if (!s) {
		refuse = !opt_unordered && !opt_forget && seen_add(fp);
		s = open_slot();
		s->fp = fp;
		buf_reset(&s->tuple);
		buf_add(&s->tuple, scratch.p, scratch.len);
		s->group = group_of(rec); /* uses scratch: after the copy */
	}
	if (refuse && !opens_group) {
		s->refused = 1;
		errmsg("%s:%lu: report %s came before, with other reports' records since "
		       "(given twice, or records not in report order: see --unordered): its records "
		       "from here are skipped",
		       r->name, rec->lineno, shown(rec->f[REC_REPORT], rec->len[REC_REPORT]));
		exit_status_raise(EXIT_PROBLEM);
	}
	s->used = ++clock_now;
	last_src = s;
	return s;
}

/* Set the bit of key kid; return its old value. */
static int source_mark(struct source *s, size_t kid)
{
	size_t w = kid / 64;
	if (w >= s->nwords) {
		size_t n = s->nwords ? s->nwords * 2 : 8;
		while (n <= w)
			n *= 2;
		s->bits = xrealloc(s->bits, n * sizeof *s->bits);
		memset(s->bits + s->nwords, 0, (n - s->nwords) * sizeof *s->bits);
		s->nwords = n;
	}
	uint64_t bit = (uint64_t)1 << (kid % 64);
	int old = (s->bits[w] & bit) != 0;
	s->bits[w] |= bit;
	return old;
}

/* ---- diagnostics ---------------------------------------------------------- */

/* "year=2024", "agency=X,year=2024", or "*" without -g. */
static const char *group_name(const struct group *g)
{
	static struct buf b = BUF_INIT;
	buf_reset(&b);
	for (int i = 0; i < ngroup_order; i++) {
		int c = group_order[i];
		if (i)
			buf_addc(&b, ',');
		buf_adds(&b, rec_colnames[c]);
		buf_addc(&b, '=');
		buf_add(&b, g->col[c], g->len[c]);
	}
	if (ngroup_order == 0)
		buf_addc(&b, '*');
	return b.p;
}

/* A field for a message: at most 40 bytes, cut at a character boundary.
 * The last four results stay valid (several may go into one message). */
static const char *shown(const char *s, size_t n)
{
	static struct buf ring[4] = {BUF_INIT, BUF_INIT, BUF_INIT, BUF_INIT};
	static unsigned next;
	struct buf *b = &ring[next++ % 4];
	buf_reset(b);
	if (n <= 40) {
		buf_add(b, s, n);
		return b->p ? b->p : "";
	}
	size_t k = 40;
	while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	buf_add(b, s, k);
	buf_adds(b, "...");
	return b->p;
}

static void bad_line(const struct rec_reader *r, const struct rec *rec, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void bad_line(const struct rec_reader *r, const struct rec *rec, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	errmsg("%s:%lu: %s: %s", r->name, rec->lineno, shown(rec->f[REC_KEY], rec->len[REC_KEY]),
	       msg);
	exit_status_raise(EXIT_PROBLEM);
}

/* ---- values --------------------------------------------------------------- */

/* Optional sign, digits, optional point and digits: the shape of a number. */
static int looks_numeric(const char *s, size_t n)
{
	size_t i = 0, d = 0;
	if (i < n && (s[i] == '+' || s[i] == '-'))
		i++;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++, d++;
	if (i < n && s[i] == '.') {
		size_t f = 0;
		i++;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++, f++;
		if (f == 0)
			return 0;
		d += f;
	}
	return d > 0 && i == n;
}

/* A count: digits only, fits in int64.  0 or -1. */
static int parse_count(const char *s, size_t n, int64_t *v)
{
	struct dec d;
	if (n == 0 || s[0] < '0' || s[0] > '9' || dec_parse(s, n, &d) < 0 || d.scale != 0)
		return -1;
	*v = d.m;
	return 0;
}

/* The limit of a sum at this scale, for the overflow message. */
static const char *limit_text(int scale, int negative)
{
	static char out[48];
	struct dec d = {negative ? INT64_MIN : INT64_MAX, scale};
	dec_format(d, out);
	return out;
}

/* Which way a + b overflows at the larger scale: 1 up, 0 down. */
static int overflow_up(struct dec a, struct dec b)
{
	int s = a.scale > b.scale ? a.scale : b.scale;
	__int128 x = a.m, y = b.m;
	for (int i = a.scale; i < s; i++)
		x *= 10;
	for (int i = b.scale; i < s; i++)
		y *= 10;
	return x + y >= 0;
}

/* ---- reading -------------------------------------------------------------- */

static size_t prev_key;
static int have_prev_key;

static void take(const struct rec_reader *r, const struct rec *rec, int file)
{
	const char *k = rec->f[REC_KEY], *v = rec->f[REC_VALUE];
	size_t kn = rec->len[REC_KEY], vn = rec->len[REC_VALUE];

	/* The key: most streams repeat the same order, so guess first. */
	size_t kid;
	if (have_prev_key) {
		size_t guess = keys[prev_key].next;
		if (hm_keylen(&kmap, guess) == kn && memcmp(hm_key(&kmap, guess), k, kn) == 0)
			kid = guess;
		else {
			kid = key_id(k, kn); /* may move keys[] */
			keys[prev_key].next = kid;
		}
	} else {
		kid = key_id(k, kn);
	}
	prev_key = kid;
	have_prev_key = 1;
	const struct keyinfo *ki = &keys[kid];

	struct dec val = {0, 0};
	int64_t count = 0;
	int too_big = 0;
	switch (ki->kind) {
	case KIND_LABEL:
		break;
	case KIND_REPORTS:
	case KIND_MISSING:
		if (parse_count(v, vn, &count) < 0) {
			bad_line(r, rec, "'%s' is not a whole number of reports, line skipped",
				 shown(v, vn));
			return;
		}
		break;
	case KIND_SUM:
		if (vn == 0)
			break; /* blank: counts as 0 */
		if (dec_parse(v, vn, &val) < 0) {
			if (!looks_numeric(v, vn)) {
				bad_line(r, rec, "value '%s' is not a number, line skipped",
					 shown(v, vn));
				return;
			}
			too_big = 1;
		}
		break;
	}

	struct source *s = source_of(r, rec, ki->kind == KIND_REPORTS);
	if (s->refused && ki->kind == KIND_REPORTS)
		s->refused = 0; /* a new group of an earlier output */
	if (s->refused)
		return;
	struct group *g = &groups[s->group];
	int agg = s->agg_file == file;

	switch (ki->kind) {
	case KIND_REPORTS:
		s->agg_file = file;
		s->agg_n = count;
		if (s->bits) /* a new group of an earlier output: its keys from here */
			memset(s->bits, 0, s->nwords * sizeof *s->bits);
		if (!g->reports_poison && __builtin_add_overflow(g->reports, count, &g->reports)) {
			errmsg("%s:%lu: %s: meta.reports: count past %s, not written", r->name,
			       rec->lineno, group_name(g), limit_text(0, 0));
			exit_status_raise(EXIT_TROUBLE);
			g->reports_poison = 1;
		}
		return;
	case KIND_MISSING: {
		if (!agg) {
			bad_line(r, rec, "no meta.reports before it in its group, line skipped");
			return;
		}
		struct acc *a = acc_of(g, ki->target);
		if (__builtin_sub_overflow(a->present, count, &a->present))
			a->present = INT64_MIN;
		return;
	}
	case KIND_LABEL:
	case KIND_SUM:
		break;
	}

	if (!agg && !s->counted) {
		s->counted = 1;
		if (!g->reports_poison && __builtin_add_overflow(g->reports, 1, &g->reports)) {
			g->reports_poison = 1;
			exit_status_raise(EXIT_TROUBLE);
		}
	}
	if (ki->kind == KIND_LABEL)
		return;

	struct acc *a = acc_of(g, kid);
	if (too_big) {
		errmsg("%s:%lu: %s: %s: value %s does not fit in 64 bits (%d decimals at most), "
		       "no total written",
		       r->name, rec->lineno, group_name(g), shown(k, kn), shown(v, vn), DEC_MAX_SCALE);
		exit_status_raise(EXIT_TROUBLE);
		a->flags |= ACC_POISON;
		return;
	}
	if (!agg) {
		if (source_mark(s, kid)) {
			bad_line(r, rec, "second value for report %s, line skipped",
				 shown(rec->f[REC_REPORT], rec->len[REC_REPORT]));
			return;
		}
		if (a->present < INT64_MAX)
			a->present++;
	} else {
		/* A key twice in one group of an earlier output: the lines of two
		 * outputs were interleaved (xargs -P), so this key's reports may be
		 * counted with the other output's meta.reports.  The totals are
		 * still right; the missing-value counts may not be. */
		static int warned_file = -1;
		if (source_mark(s, kid) && warned_file != file) {
			warned_file = file;
			bad_line(r, rec, "second value in one group of a gipa-sum output (outputs "
					 "interleaved?): missing-value counts may be wrong");
		}
		if (__builtin_add_overflow(a->present, s->agg_n, &a->present))
			a->present = INT64_MAX;
	}
	a->flags |= ACC_VALUE;
	if (a->flags & ACC_POISON)
		return;
	struct dec sum = {a->m, a->scale}, r2;
	if (dec_add(sum, val, &r2) < 0) {
		int up = overflow_up(sum, val);
		errmsg("%s:%lu: %s: %s: sum %s %s, no total written", r->name, rec->lineno,
		       group_name(g), shown(k, kn), up ? "past" : "below",
		       limit_text(sum.scale > val.scale ? sum.scale : val.scale, !up));
		exit_status_raise(EXIT_TROUBLE);
		a->flags |= ACC_POISON;
		return;
	}
	a->m = r2.m;
	a->scale = (int16_t)r2.scale;
}

/* ---- writing -------------------------------------------------------------- */

static size_t *key_order;   /* KIND_SUM key ids in output order */
static size_t nkey_order;

static int cmp_key_order(const void *a, const void *b)
{
	long x = keys[*(const size_t *)a].order, y = keys[*(const size_t *)b].order;
	return (x > y) - (x < y);
}

static int cmp_group(const void *a, const void *b)
{
	const struct group *g = &groups[*(const size_t *)a], *h = &groups[*(const size_t *)b];
	for (int i = 0; i < ngroup_order; i++) {
		int c = group_order[i];
		size_t n = g->len[c] < h->len[c] ? g->len[c] : h->len[c];
		int d = memcmp(g->col[c], h->col[c], n);
		if (d)
			return d;
		if (g->len[c] != h->len[c])
			return g->len[c] < h->len[c] ? -1 : 1;
	}
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return (x > y) - (x < y);
}

static void put_cols(const struct group *g)
{
	for (int c = 0; c < 3; c++) {
		out_add(g->col[c], g->len[c]);
		out_addc('\t');
	}
}

static void put_record(const struct group *g, const char *key, size_t kn, const char *val,
		       size_t vn)
{
	put_cols(g);
	out_add(key, kn);
	out_addc('\t');
	out_add(val, vn);
	out_endline();
}

/* A group's total for a key, if it has a good one. */
static const struct acc *total(const struct group *g, long kid)
{
	if (kid < 0 || (size_t)kid >= g->nacc)
		return NULL;
	const struct acc *a = &g->acc[kid];
	if (!(a->flags & ACC_VALUE) || (a->flags & ACC_POISON))
		return NULL;
	return a;
}

static int64_t missing_of(const struct group *g, const struct acc *a)
{
	if (g->reports_poison)
		return 0;
	int64_t m;
	if (__builtin_sub_overflow(g->reports, a->present, &m) || m < 0)
		return 0;
	return m > g->reports ? g->reports : m;
}

/* Say which keys some reports of the group lack; a row whose every key
 * lacks the same number is said once, as "table.row.*". */
static void warn_missing(const struct group *g)
{
	size_t nrows = hm_count(&rowmap);
	static int64_t *row_miss;
	static size_t *row_keys;
	static unsigned char *row_state; /* 1 uniform, 2 mixed, 4 said */
	static size_t rows_cap;
	if (nrows > rows_cap) {
		rows_cap = nrows;
		row_miss = xrealloc(row_miss, rows_cap * sizeof *row_miss);
		row_keys = xrealloc(row_keys, rows_cap * sizeof *row_keys);
		row_state = xrealloc(row_state, rows_cap);
	}
	for (size_t i = 0; i < nrows; i++) {
		row_keys[i] = 0;
		row_state[i] = 1;
	}
	for (size_t i = 0; i < nkey_order; i++) {
		const struct acc *a = total(g, (long)key_order[i]);
		long row = keys[key_order[i]].row;
		if (!a || row < 0)
			continue;
		int64_t m = missing_of(g, a);
		if (row_keys[row]++ == 0)
			row_miss[row] = m;
		else if (row_miss[row] != m)
			row_state[row] = 2;
	}
	for (size_t i = 0; i < nkey_order; i++) {
		size_t kid = key_order[i];
		const struct acc *a = total(g, (long)kid);
		if (!a)
			continue;
		int64_t m = missing_of(g, a);
		if (m == 0)
			continue;
		long row = keys[kid].row;
		exit_status_raise(EXIT_PROBLEM);
		if (row >= 0 && row_keys[row] > 1 && row_state[row] == 1) {
			row_state[row] = 4;
			errmsg("%s: %s.*: %lld of %lld reports have no value", group_name(g),
			       hm_key(&rowmap, (size_t)row), (long long)m, (long long)g->reports);
		} else if (row < 0 || row_state[row] != 4) {
			errmsg("%s: %s: %lld of %lld reports have no value", group_name(g),
			       hm_key(&kmap, kid), (long long)m, (long long)g->reports);
		}
	}
}

/* ---- identities (SCHEMA.md §3.1) ------------------------------------------ */

enum { ID_I1, ID_I2, ID_I3, ID_I4 };

struct identity {
	int id;
	const char *name;  /* the column, row or review group */
	long lhs[2];
	int nlhs;
	long rhs[32];
	int nrhs;
	const struct identity *alt; /* I2: the same with the 2019 form's outcome rows */
};

#define MAX_IDENTS 64
static struct identity idents[MAX_IDENTS], idents19[MAX_IDENTS];
static size_t nidents, nidents19;

static long kid_of(const char *table, const char *row, const char *col)
{
	char k[96];
	int n = snprintf(k, sizeof k, "%s.%s.%s", table, row, col);
	return hm_find(&kmap, k, (size_t)n);
}

static struct identity *ident_new(struct identity *list, size_t *n, int id, const char *name)
{
	if (*n == MAX_IDENTS)
		die("internal error: too many identities");
	struct identity *t = &list[(*n)++];
	memset(t, 0, sizeof *t);
	t->id = id;
	t->name = name;
	return t;
}

static int row_is(const struct gipa_row *r, const char *key)
{
	return strcmp(r->key, key) == 0;
}

/* I2: total.c = the sum of the outcome rows (all but new, carried, total,
 * carry_next) of the form's apply table. */
static void ident_outcomes(struct identity *t, enum gipa_form form, const char *col)
{
	const struct gipa_tabledef *td = schema_table(form, TAB_APPLY);
	t->lhs[t->nlhs++] = kid_of("apply", "total", col);
	for (int r = 0; r < td->nrows; r++) {
		const struct gipa_row *row = &td->rows[r];
		if (row_is(row, "new") || row_is(row, "carried") || row_is(row, "total") ||
		    row_is(row, "carry_next"))
			continue;
		if (t->nrhs == 32)
			die("internal error: too many outcome rows");
		t->rhs[t->nrhs++] = kid_of("apply", row->key, col);
	}
}

/* X.total = the sum of the row's other columns. */
static void ident_row(enum gipa_table table, const struct gipa_row *row, int id)
{
	const char *tk = table == TAB_APPLY ? "apply" : "review";
	struct identity *t = ident_new(idents, &nidents, id, row->key);
	for (int c = 0; c < row->ncols; c++) {
		long kid = kid_of(tk, row->key, row->cols[c].key);
		if (strcmp(row->cols[c].key, "total") == 0)
			t->lhs[t->nlhs++] = kid;
		else if (t->nrhs < 32)
			t->rhs[t->nrhs++] = kid;
	}
}

/* The identities of SCHEMA.md §3.1, derived from the schema's rows and
 * columns: I1 and I2 per column of the apply table, I3 per apply row (the
 * 2021 rows, then the 2019 form's own), I4 per review group.  I2 falls back
 * to the 2019 outcome rows when a group lacks one of the 2021 ones. */
static void build_identities(void)
{
	const struct gipa_tabledef *ap = schema_table(FORM_2021, TAB_APPLY);
	const struct gipa_tabledef *ap19 = schema_table(FORM_2019, TAB_APPLY);
	const struct gipa_tabledef *rv = schema_table(FORM_2021, TAB_REVIEW);
	const struct gipa_row *first = &ap->rows[0];

	for (int c = 0; c < first->ncols; c++) {
		const char *col = first->cols[c].key;
		struct identity *t = ident_new(idents, &nidents, ID_I1, col);
		t->lhs[t->nlhs++] = kid_of("apply", "new", col);
		t->lhs[t->nlhs++] = kid_of("apply", "carried", col);
		t->rhs[t->nrhs++] = kid_of("apply", "total", col);
		t->rhs[t->nrhs++] = kid_of("apply", "carry_next", col);
	}
	for (int c = 0; c < first->ncols; c++) {
		const char *col = first->cols[c].key;
		struct identity *t = ident_new(idents, &nidents, ID_I2, col);
		struct identity *t19 = ident_new(idents19, &nidents19, ID_I2, col);
		ident_outcomes(t, FORM_2021, col);
		ident_outcomes(t19, FORM_2019, col);
		t->alt = t19;
	}
	for (int r = 0; r < ap->nrows; r++)
		ident_row(TAB_APPLY, &ap->rows[r], ID_I3);
	for (int r = 0; r < ap19->nrows; r++) {
		int shared = 0;
		for (int q = 0; q < ap->nrows; q++)
			shared |= row_is(&ap->rows[q], ap19->rows[r].key);
		if (!shared)
			ident_row(TAB_APPLY, &ap19->rows[r], ID_I3);
	}
	for (int r = 0; r < rv->nrows; r++)
		ident_row(TAB_REVIEW, &rv->rows[r], ID_I4);
}

/* Sum of the keys' totals in g; 0, or -1 when a key has no total or the
 * sum overflows. */
static int side_sum(const struct group *g, const long *kid, int n, struct dec *out)
{
	struct dec s = {0, 0};
	for (int i = 0; i < n; i++) {
		const struct acc *a = total(g, kid[i]);
		if (!a)
			return -1;
		struct dec v = {a->m, a->scale};
		if (dec_add(s, v, &s) < 0)
			return -1;
	}
	*out = s;
	return 0;
}

static void check_identities(const struct group *g)
{
	for (size_t i = 0; i < nidents; i++) {
		const struct identity *t = &idents[i];
		struct dec a, b;
		if (side_sum(g, t->lhs, t->nlhs, &a) < 0 || side_sum(g, t->rhs, t->nrhs, &b) < 0) {
			t = t->alt;
			if (!t || side_sum(g, t->lhs, t->nlhs, &a) < 0 ||
			    side_sum(g, t->rhs, t->nrhs, &b) < 0)
				continue;
		}
		if (dec_cmp(a, b) == 0)
			continue;
		char x[48], y[48];
		dec_format(a, x);
		dec_format(b, y);
		exit_status_raise(EXIT_PROBLEM);
		switch (t->id) {
		case ID_I1:
			errmsg("%s: apply I1 balance: %s: 新收+结转 %s ≠ 办理+结转下年 %s",
			       group_name(g), t->name, x, y);
			break;
		case ID_I2:
			errmsg("%s: apply I2 outcomes: %s: 总计 %s ≠ sum %s", group_name(g), t->name, x,
			       y);
			break;
		case ID_I3:
			errmsg("%s: apply I3 row total: %s: 总计 %s ≠ sum %s", group_name(g), t->name,
			       x, y);
			break;
		case ID_I4:
			errmsg("%s: review I4: %s: 总计 %s ≠ sum %s", group_name(g), t->name, x, y);
			break;
		}
	}
}

static void write_all(void)
{
	out_adds("report\tagency\tyear\tkey\tvalue");
	out_endline();

	size_t nkeys = hm_count(&kmap);
	key_order = xmalloc((nkeys ? nkeys : 1) * sizeof *key_order);
	for (size_t i = 0; i < nkeys; i++)
		if (keys[i].kind == KIND_SUM)
			key_order[nkey_order++] = i;
	qsort(key_order, nkey_order, sizeof *key_order, cmp_key_order);

	size_t ng = hm_count(&gmap);
	size_t *gorder = xmalloc((ng ? ng : 1) * sizeof *gorder);
	for (size_t i = 0; i < ng; i++)
		gorder[i] = i;
	if (opt_sort)
		qsort(gorder, ng, sizeof *gorder, cmp_group);
	if (opt_check)
		build_identities();

	struct buf mk = BUF_INIT;
	char num[48];
	for (size_t gi = 0; gi < ng; gi++) {
		const struct group *g = &groups[gorder[gi]];
		int any = 0;
		for (size_t i = 0; i < nkey_order && !any; i++)
			any = total(g, (long)key_order[i]) != NULL;
		if (!any && g->reports == 0)
			continue;
		if (!g->reports_poison) {
			int n = snprintf(num, sizeof num, "%lld", (long long)g->reports);
			put_record(g, "meta.reports", strlen("meta.reports"), num, (size_t)n);
		}
		for (size_t i = 0; i < nkey_order; i++) {
			size_t kid = key_order[i];
			const struct acc *a = total(g, (long)kid);
			if (!a)
				continue;
			struct dec d = {a->m, a->scale};
			size_t n = dec_format(d, num);
			put_record(g, hm_key(&kmap, kid), hm_keylen(&kmap, kid), num, n);
		}
		for (size_t i = 0; i < nkey_order; i++) {
			size_t kid = key_order[i];
			const struct acc *a = total(g, (long)kid);
			if (!a)
				continue;
			int64_t m = missing_of(g, a);
			if (m == 0)
				continue;
			buf_reset(&mk);
			buf_adds(&mk, MISSING_PREFIX);
			buf_add(&mk, hm_key(&kmap, kid), hm_keylen(&kmap, kid));
			int n = snprintf(num, sizeof num, "%lld", (long long)m);
			put_record(g, mk.p, mk.len, num, (size_t)n);
		}
		warn_missing(g);
		if (opt_check)
			check_identities(g);
	}
	buf_free(&mk);
	free(gorder);
	out_flush();
}

/* ---- main ----------------------------------------------------------------- */

static void usage(void)
{
	printf("Usage: %s [OPTION]... [FILE]...\n", program_name);
	fputs("Total gipa records (DESIGN.md) by key, over the reports of each group.\n"
	      "With no FILE, or when FILE is -, read standard input.\n"
	      "\n"
	      "  -g, --group=COLS   group by these columns as well as by key: a comma list\n"
	      "                     of report, agency, year; the others are written as *\n"
	      "                     (default: one total per key over all input)\n"
	      "  -s, --sort         write groups sorted by their column values (bytewise),\n"
	      "                     not in the order first seen\n"
	      "  -H, --no-header    input has no header line: its columns are\n"
	      "                     report, agency, year, key, value\n"
	      "      --check        check the form's identities (I1-I4) on every group's\n"
	      "                     totals and report the broken ones\n"
	      "      --unordered    a report's records may be anywhere in the input (sorted\n"
	      "                     by key, say): keep every report's keys in memory,\n"
	      "                     not only those of the last 64 reports read\n"
	      "      --forget       keep nothing of a report once 64 others have been read\n"
	      "                     since: memory bounded by the groups alone, but a report\n"
	      "                     given again after that is counted again\n"
	      "      --help         display this help and exit\n"
	      "      --version      output version information and exit\n"
	      "\n"
	      "Each group gets meta.reports, the number of reports summed into it, and\n"
	      "meta.missing.KEY for a key some of them lack (also said on stderr).  Totals\n"
	      "are exact: decimals keep the largest scale seen; a sum past 2^63-1 is an\n"
	      "error.  Blank values count as 0.  meta.active_items and meta.fee_yuan are\n"
	      "summed; other meta.* keys (meta.form, meta.date, ...) are labels, not summed.\n"
	      "\n"
	      "Outputs merge: summing several gipa-sum outputs together gives the totals of\n"
	      "all their inputs, e.g.\n"
	      "  ls *.tsv | parallel -n 100 gipa-sum -g year | gipa-sum -g year\n"
	      "\n"
	      "Exit status: 0 all good; 1 bad lines, missing values or broken identities;\n"
	      "2 trouble (usage, unreadable input, overflow).\n",
	      stdout);
}

static void parse_groups(const char *arg)
{
	const char *p = arg;
	if (!*p)
		usage_error("-g: no column named (use report, agency, year)");
	for (;;) {
		const char *e = strchr(p, ',');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		int c = -1;
		for (int i = 0; i < 3; i++)
			if (strlen(rec_colnames[i]) == n && memcmp(rec_colnames[i], p, n) == 0)
				c = i;
		if (c < 0 && !(n == 3 && memcmp(p, "key", 3) == 0))
			usage_error("-g: cannot group by '%.*s' (use report, agency, year)", (int)n,
				    p);
		if (c >= 0 && !group_on[c]) {
			group_on[c] = 1;
			group_order[ngroup_order++] = c;
		}
		if (!e)
			break;
		p = e + 1;
	}
}

int main(int argc, char **argv)
{
	set_program_name(argv[0]);
	enum { OPT_CHECK = 256, OPT_UNORDERED, OPT_FORGET, OPT_HELP, OPT_VERSION };
	static const struct option longopts[] = {
		{"group", required_argument, NULL, 'g'},
		{"sort", no_argument, NULL, 's'},
		{"no-header", no_argument, NULL, 'H'},
		{"check", no_argument, NULL, OPT_CHECK},
		{"unordered", no_argument, NULL, OPT_UNORDERED},
		{"forget", no_argument, NULL, OPT_FORGET},
		{"help", no_argument, NULL, OPT_HELP},
		{"version", no_argument, NULL, OPT_VERSION},
		{NULL, 0, NULL, 0},
	};
	int c;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":g:sH", longopts, NULL)) != -1) {
		switch (c) {
		case 'g':
			parse_groups(optarg);
			break;
		case 's':
			opt_sort = 1;
			break;
		case 'H':
			opt_no_header = 1;
			break;
		case OPT_CHECK:
			opt_check = 1;
			break;
		case OPT_UNORDERED:
			opt_unordered = 1;
			break;
		case OPT_FORGET:
			opt_forget = 1;
			break;
		case OPT_HELP:
			usage();
			return 0;
		case OPT_VERSION:
			print_version();
			return 0;
		default:
			option_error(c, argv);
		}
	}
	if (opt_forget && opt_unordered)
		usage_error("--forget and --unordered cannot be used together "
			    "(--unordered keeps every report's keys)");

	hm_init(&kmap);
	hm_init(&rowmap);
	hm_init(&gmap);
	hm_init(&smap);

	static char *stdin_only[] = {"-"};
	char **files = optind < argc ? argv + optind : stdin_only;
	int nfiles = optind < argc ? argc - optind : 1;
	for (int f = 0; f < nfiles; f++) {
		struct rec_reader r;
		if (rec_open(&r, files[f], opt_no_header) < 0)
			continue;
		last_src = NULL;
		struct rec rec;
		while (rec_next(&r, &rec))
			take(&r, &rec, f);
		rec_close(&r);
	}
	write_all();
	return exit_status();
}
