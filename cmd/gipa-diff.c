/* gipa-diff - compare two gipa record streams year over year.
 *
 * OLD is read whole into memory: one entry per record (agency, key, value)
 * in an array, grouped by agency and sorted by key order.  NEW is streamed:
 * its records are taken in *blocks*, a block being a run of consecutive
 * records with the same agency (or report, with --by report).  gipa-extract
 * writes the records of a report together, so a block is a report.  When a
 * block ends it is sorted by key order (already so in gipa-extract output),
 * merged with the OLD agency it pairs with, written out, and checked against
 * last year (cross-year identity X1 and the findings of the man page).  Memory
 * is O(OLD) plus one block; time is linear.
 *
 * An agency whose records resume after other agencies would need its lines
 * printed twice; such a later block is skipped and named on stderr.  OLD
 * agencies that no NEW block paired with are written at the end, in OLD order.
 *
 * Agency names are paired exactly, through --names, or by place prefix
 * (diffname.h).  The place-prefix pairing needs every NEW name: the first
 * time a NEW name has no exact partner, the rest of NEW is scanned for its
 * agency names only (a seekable NEW is then rewound; a pipe is copied to a
 * temporary file while it is scanned, and read from there).
 *
 * Across the 2020->2021 change of form (SCHEMA.md 6.4) a pair of reports of
 * different forms is compared on the keys both forms have; the 2019 row
 * apply.other.* against the sum of the 2021 rows other_nocorrect, other_nofee
 * and other_misc; the keys only one form has are not written (with -a they
 * are, the other side empty) and are said once per pair (check F1). */
#include "buf.h"
#include "decimal.h"
#include "diag.h"
#include "hashmap.h"
#include "diffname.h"
#include "lines.h"
#include "out.h"
#include "record.h"
#include "schema.h"
#include "utf8.h"

#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define NONE UINT32_MAX
#define MAXLINE (1024 * 1024)

/* ---- options ----------------------------------------------------------- */

static int opt_all, opt_check, opt_no_header, opt_exact_names, by_report;
static int have_min_pct, have_min_delta;
static struct dec min_pct, min_delta;
static char **patterns;
static size_t npatterns;
static const char *names_path;
static int ident_col = REC_AGENCY;

/* ---- keys -------------------------------------------------------------- */

/* Key ids: a schema key's id is its schema_rank (0..nrank-1: meta keys,
 * 2021 keys, 2019-only keys); any other key gets nrank + its index in
 * ukeys.  Key order: schema keys by rank, then other keys by name. */
static uint32_t nrank;
static const char **rank_text;
static size_t *rank_len;
static signed char *rank_table; /* TAB_* of a table key, -1 for meta keys */
static struct hashmap ukeys;
static signed char *selcache;   /* per key id: 0 not yet known, 1 shown, 2 not */
static size_t selcap;

/* Keys of the cross-year checks, found in the schema by name. */
struct x1 { uint32_t carried, carry_next; const char *col; };
static struct x1 *x1;
static size_t nx1;
struct x2 { uint32_t prev, change; const char *row; };
static struct x2 *x2;
static size_t nx2;
struct x3 { uint32_t issued, repealed, valid; const char *row; };
static struct x3 *x3;
static size_t nx3;

/* Per rank: bit 1 << form for each form that has the key, and RF_OTHER_SUM
 * for the 2019 row apply.other.* (compared through the 2021 sum). */
enum { RF_OTHER_SUM = 1 << FORM_COUNT };
static unsigned char *rank_forms;
/* The 2019 row apply.other.c and the three 2021 rows it is the sum of. */
struct xother { uint32_t sum, part[3]; const char *col; };
static struct xother *xoth;
static size_t nxoth;

static void add_rank(const char *k)
{
	long r = schema_rank(k, strlen(k));
	if (r < 0)
		return;
	if ((uint32_t)r + 1 > nrank)
		nrank = (uint32_t)r + 1;
}

static uint32_t rank_of(const char *table, const char *row, const char *col)
{
	char k[96];
	snprintf(k, sizeof k, "%s.%s.%s", table, row, col);
	long r = schema_rank(k, strlen(k));
	return r < 0 ? NONE : (uint32_t)r;
}

static const struct gipa_row *find_row(const struct gipa_tabledef *td, const char *key)
{
	for (int i = 0; i < td->nrows; i++)
		if (strcmp(td->rows[i].key, key) == 0)
			return &td->rows[i];
	return NULL;
}

static int row_has(const struct gipa_row *row, const char *col)
{
	for (int c = 0; c < row->ncols; c++)
		if (strcmp(row->cols[c].key, col) == 0)
			return 1;
	return 0;
}

static void keys_init(void)
{
	for (size_t i = 0; i < schema_nmeta; i++)
		add_rank(schema_meta_keys[i]);
	for (int f = 0; f < FORM_COUNT; f++)
		for (size_t i = 0; i < schema_nkeys(f); i++)
			add_rank(schema_keys(f)[i].key);
	rank_text = xcalloc(nrank, sizeof *rank_text);
	rank_len = xcalloc(nrank, sizeof *rank_len);
	rank_table = xmalloc(nrank);
	memset(rank_table, -1, nrank);
	for (size_t i = 0; i < schema_nmeta; i++) {
		const char *k = schema_meta_keys[i];
		long r = schema_rank(k, strlen(k));
		rank_text[r] = k;
		rank_len[r] = strlen(k);
	}
	rank_forms = xcalloc(nrank, 1);
	for (int f = 0; f < FORM_COUNT; f++)
		for (size_t i = 0; i < schema_nkeys(f); i++) {
			const struct gipa_key *k = &schema_keys(f)[i];
			long r = schema_rank(k->key, strlen(k->key));
			rank_text[r] = k->key;
			rank_len[r] = strlen(k->key);
			rank_table[r] = (signed char)k->table;
			rank_forms[r] |= (unsigned char)(1u << f);
		}
	hm_init(&ukeys);

	/* apply.other.c (2019) = other_nocorrect.c + other_nofee.c + other_misc.c
	 * (2021), SCHEMA.md 3.2 and 6.4. */
	static const char *const parts[3] = {"other_nocorrect", "other_nofee", "other_misc"};
	const struct gipa_row *other = find_row(schema_table(FORM_2019, TAB_APPLY), "other");
	xoth = xcalloc((size_t)other->ncols, sizeof *xoth);
	for (int c = 0; c < other->ncols; c++) {
		const char *col = other->cols[c].key;
		struct xother x = {rank_of("apply", "other", col), {NONE, NONE, NONE}, col};
		int ok = x.sum != NONE;
		for (int j = 0; j < 3; j++)
			ok = ok && (x.part[j] = rank_of("apply", parts[j], col)) != NONE;
		if (!ok)
			continue;
		rank_forms[x.sum] |= RF_OTHER_SUM;
		xoth[nxoth++] = x;
	}

	/* X1: every column of the row 上年结转 against 结转下年度继续办理. */
	const struct gipa_tabledef *apply = schema_table(FORM_2021, TAB_APPLY);
	const struct gipa_row *carried = find_row(apply, "carried");
	const struct gipa_row *carry_next = find_row(apply, "carry_next");
	x1 = xcalloc((size_t)carried->ncols, sizeof *x1);
	for (int c = 0; c < carried->ncols; c++) {
		const char *col = carried->cols[c].key;
		if (!row_has(carry_next, col))
			continue;
		x1[nx1++] = (struct x1){rank_of("apply", "carried", col),
					rank_of("apply", "carry_next", col), col};
	}
	/* X2 (2019 form): prev_items(Y) = prev_items(Y-1) + change(Y-1). */
	const struct gipa_tabledef *a19 = schema_table(FORM_2019, TAB_ACTIVE);
	x2 = xcalloc((size_t)a19->nrows, sizeof *x2);
	for (int i = 0; i < a19->nrows; i++) {
		const struct gipa_row *row = &a19->rows[i];
		if (row_has(row, "prev_items") && row_has(row, "change"))
			x2[nx2++] = (struct x2){rank_of("active", row->key, "prev_items"),
						rank_of("active", row->key, "change"), row->key};
	}
	/* X3 (S1): valid(Y) = valid(Y-1) + issued(Y) - repealed(Y). */
	const struct gipa_tabledef *a21 = schema_table(FORM_2021, TAB_ACTIVE);
	x3 = xcalloc((size_t)a21->nrows, sizeof *x3);
	for (int i = 0; i < a21->nrows; i++) {
		const struct gipa_row *row = &a21->rows[i];
		if (row_has(row, "issued") && row_has(row, "repealed") && row_has(row, "valid"))
			x3[nx3++] = (struct x3){rank_of("active", row->key, "issued"),
						rank_of("active", row->key, "repealed"),
						rank_of("active", row->key, "valid"), row->key};
	}
}

static uint32_t key_id(const char *k, size_t n)
{
	/* Records come in key order: try the key after the last one first. */
	static uint32_t last = NONE;
	uint32_t next = last + 1;
	if (next < nrank && rank_len[next] == n && memcmp(rank_text[next], k, n) == 0)
		return last = next;
	long r = schema_rank(k, n);
	last = r >= 0 ? (uint32_t)r : NONE;
	if (r >= 0)
		return (uint32_t)r;
	return nrank + hm_intern(&ukeys, k, n, NULL);
}

static const char *key_str(uint32_t id, size_t *len)
{
	if (id < nrank) {
		*len = rank_len[id];
		return rank_text[id];
	}
	*len = hm_keylen(&ukeys, id - nrank);
	return hm_key(&ukeys, id - nrank);
}

static int keycmp(uint32_t a, uint32_t b)
{
	if (a == b)
		return 0;
	if (a < nrank && b < nrank)
		return a < b ? -1 : 1;
	if (a < nrank)
		return -1;
	if (b < nrank)
		return 1;
	return strcmp(hm_key(&ukeys, a - nrank), hm_key(&ukeys, b - nrank));
}

/* Metadata that labels a report rather than counts anything (meta.form,
 * meta.date, meta.period, meta.sha256): it differs every year, so it is
 * compared only when a --keys pattern asks for it. */
static int label_meta(uint32_t id)
{
	return id < schema_nmeta && id != META_REPORTS && id != META_ACTIVE_ITEMS &&
	       id != META_FEE_YUAN;
}

/* A key whose values must be numbers: the form's cells, and the metadata
 * that counts (meta.reports, meta.active_items, meta.fee_yuan). */
static int numeric_key(uint32_t id)
{
	return id < nrank && (rank_table[id] >= 0 || (id < schema_nmeta && !label_meta(id)));
}

/* A value that cannot stand under its key: named like gipa-sum names it
 * (FILE:LINE: KEY: why), the line skipped.  Returns 1 when bad. */
static int bad_value(const char *file, const struct rec *rec, uint32_t id)
{
	const char *v = rec->f[REC_VALUE];
	size_t n = rec->len[REC_VALUE];
	struct dec d;
	if (!numeric_key(id) || n == 0 || dec_parse(v, n, &d) == 0)
		return 0;
	size_t i = (v[0] == '-' || v[0] == '+') ? 1 : 0, digits = 0, points = 0;
	for (; i < n; i++) {
		if (v[i] >= '0' && v[i] <= '9')
			digits++;
		else if (v[i] == '.')
			points++;
		else
			break;
	}
	if (i == n && digits > 0 && points <= 1)
		errmsg("%s:%lu: %s: value %s does not fit in 64 bits (%d decimals at most), line "
		       "skipped", file, rec->lineno, rec->f[REC_KEY], v, DEC_MAX_SCALE);
	else
		errmsg("%s:%lu: %s: value '%s' is not a number, line skipped", file, rec->lineno,
		       rec->f[REC_KEY], v);
	exit_status_raise(EXIT_PROBLEM);
	return 1;
}

static int selected(uint32_t id)
{
	if (id >= selcap) {
		size_t cap = selcap ? selcap : 512;
		while (cap <= id)
			cap *= 2;
		selcache = xrealloc(selcache, cap);
		memset(selcache + selcap, 0, cap - selcap);
		selcap = cap;
	}
	if (selcache[id])
		return selcache[id] == 1;
	int yes;
	if (npatterns == 0) {
		yes = !(id < nrank && label_meta(id));
	} else {
		size_t len;
		const char *k = key_str(id, &len);
		yes = 0;
		for (size_t i = 0; i < npatterns && !yes; i++)
			yes = fnmatch(patterns[i], k, 0) == 0;
	}
	selcache[id] = yes ? 1 : 2;
	return yes;
}

/* ---- values -------------------------------------------------------------- */

/* A value as a number: 1 a number (a blank counts as 0 and sets *blank),
 * 0 text, -1 absent (v is NULL). */
static int numval(const char *v, struct dec *d, int *blank)
{
	*blank = 0;
	if (!v)
		return -1;
	if (!*v) {
		*blank = 1;
		d->m = 0;
		d->scale = 0;
		return 1;
	}
	return dec_parse(v, strlen(v), d) == 0 ? 1 : 0;
}

static const char *shown(const char *v)
{
	return *v ? v : "blank";
}

static struct dec dec_abs(struct dec d)
{
	if (d.m < 0 && d.m != INT64_MIN)
		d.m = -d.m;
	return d;
}

static void fmt_dec(struct dec d, char *out)
{
	dec_format(d, out);
}

/* Digits of u, at p (at least 40 bytes); returns the length. */
static size_t fmt_u128(unsigned __int128 u, char *p)
{
	char t[40];
	size_t n = 0;
	do {
		t[n++] = (char)('0' + (int)(u % 10));
		u /= 10;
	} while (u);
	for (size_t i = 0; i < n; i++)
		p[i] = t[n - 1 - i];
	p[n] = '\0';
	return n;
}

/* The delta and percent of two integers, as dec_format and dec_pct write
 * them, without their snprintf (most values are integers: the hot path). */
static void int_delta_pct(int64_t o, int64_t n, char *dbuf, int *have_delta, char *pbuf,
			  int *have_pct)
{
	__int128 d = (__int128)n - o;
	if (d >= INT64_MIN && d <= INT64_MAX) {
		char *p = dbuf;
		if (d < 0)
			*p++ = '-';
		fmt_u128((unsigned __int128)(d < 0 ? -d : d), p);
		*have_delta = 1;
	}
	if (o == 0)
		return;
	__int128 num = d * 1000, den = o;
	int neg = (num < 0) != (den < 0);
	if (num < 0)
		num = -num;
	if (den < 0)
		den = -den;
	unsigned __int128 t = (unsigned __int128)((num * 2 + den) / (den * 2));
	char *p = pbuf;
	if (neg && t)
		*p++ = '-';
	p += fmt_u128(t / 10, p);
	*p++ = '.';
	*p++ = (char)('0' + (int)(t % 10));
	*p = '\0';
	*have_pct = 1;
}

/* ---- findings -------------------------------------------------------------- */

static int x1_broken;        /* a hard cross-year identity failed */
static int differences;      /* a changed line was written */
static size_t skipped_years;  /* paired agencies with non-consecutive years */
static struct buf skipped_example = BUF_INIT;

enum level { L_ERROR, L_WARNING, L_NOTE };
static const char *const level_name[] = {"error", "warning", "note"};

static void finding(enum level lv, const char *id, const char *agency, const char *key,
		    const char *expected, const char *found, const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));

static void finding(enum level lv, const char *id, const char *agency, const char *key,
		    const char *expected, const char *found, const char *fmt, ...)
{
	static struct buf msg = BUF_INIT;
	buf_reset(&msg);
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	buf_grow(&msg, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(msg.p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	msg.len = (size_t)n;
	if (lv == L_ERROR)
		x1_broken = 1;
	if (opt_check) {
		out_field(agency, strlen(agency));
		out_addc('\t');
		out_adds(id);
		out_addc('\t');
		out_adds(level_name[lv]);
		out_addc('\t');
		out_field(key, strlen(key));
		out_addc('\t');
		out_field(expected, strlen(expected));
		out_addc('\t');
		out_field(found, strlen(found));
		out_addc('\t');
		out_field(msg.p, msg.len);
		out_endline();
		return;
	}
	if (lv == L_ERROR)
		errmsg("%s: %s", agency, msg.p);
	else if (lv == L_WARNING)
		errmsg("%s: warning: %s [%s]", agency, msg.p, id);
	/* Notes only in --check output: one per agency and column would drown
	 * stderr when many agencies leave zeros blank. */
}

/* ---- OLD ------------------------------------------------------------------- */

struct oag {
	size_t report;      /* offsets in oarena */
	size_t year;
	size_t warned;      /* report last warned about, or 0 */
	size_t first, n;    /* its entries */
	uint32_t target;    /* id in targets, or NONE */
	int mapped;         /* --names gave its NEW name */
	int paired;
};

struct oent {
	uint32_t ag, key;
	size_t off;         /* in oarena: a uint32_t line number, then the value, NUL */
};

static struct hashmap onames;    /* OLD identity -> agency index */
static struct oag *oags;
static size_t noag, oagcap;
static struct oent *oents;
static size_t noent, oentcap;
static struct buf oarena = BUF_INIT;

static const char *oval(const struct oent *e)
{
	return oarena.p + e->off + sizeof(uint32_t);
}

static uint32_t oline(const struct oent *e)
{
	uint32_t l;
	memcpy(&l, oarena.p + e->off, sizeof l);
	return l;
}

static size_t arena_str(struct buf *a, const char *s, size_t n)
{
	size_t off = a->len;
	buf_add(a, s, n);
	buf_addc(a, '\0');
	return off;
}

static void no_agency(const char *file, unsigned long line, const char *report)
{
	if (by_report)
		errmsg("%s:%lu: record without report name, not compared", file, line);
	else
		errmsg("%s:%lu: report %s names no agency; its records are not compared "
		       "(try --by report)", file, line, report);
	exit_status_raise(EXIT_PROBLEM);
}

static void second_report(const char *file, unsigned long line, const char *agency,
			  const char *report, const char *first)
{
	errmsg("%s:%lu: agency %s has a second report %s (the first is %s); its records are "
	       "skipped (compare with --by report, or total them with gipa-sum -g agency)",
	       file, line, agency, report, first);
	exit_status_raise(EXIT_PROBLEM);
}

static void load_old(struct rec_reader *r)
{
	struct rec rec;
	uint32_t last = NONE;
	struct buf noagency_report = BUF_INIT;
	int noagency_seen = 0;
	hm_init(&onames);
	oarena.len = 0;
	arena_str(&oarena, "", 0); /* offset 0 means "none" */
	while (rec_next(r, &rec)) {
		const char *id = rec.f[ident_col];
		size_t idl = rec.len[ident_col];
		if (idl == 0) {
			if (!noagency_seen || strcmp(noagency_report.p, rec.f[REC_REPORT]) != 0) {
				no_agency(r->name, rec.lineno, rec.f[REC_REPORT]);
				buf_reset(&noagency_report);
				buf_add(&noagency_report, rec.f[REC_REPORT], rec.len[REC_REPORT]);
				noagency_seen = 1;
			}
			continue;
		}
		uint32_t ag;
		if (last != NONE && hm_keylen(&onames, last) == idl &&
		    memcmp(hm_key(&onames, last), id, idl) == 0) {
			ag = last;
		} else {
			int added;
			ag = hm_intern(&onames, id, idl, &added);
			if (added) {
				if (noag == oagcap) {
					oagcap = oagcap ? oagcap * 2 : 256;
					oags = xrealloc(oags, oagcap * sizeof *oags);
				}
				struct oag *a = &oags[noag++];
				memset(a, 0, sizeof *a);
				a->report = arena_str(&oarena, rec.f[REC_REPORT], rec.len[REC_REPORT]);
				a->year = arena_str(&oarena, rec.f[REC_YEAR], rec.len[REC_YEAR]);
				a->target = NONE;
			}
			last = ag;
		}
		struct oag *a = &oags[ag];
		if (!by_report && strcmp(oarena.p + a->report, rec.f[REC_REPORT]) != 0) {
			if (!a->warned || strcmp(oarena.p + a->warned, rec.f[REC_REPORT]) != 0) {
				second_report(r->name, rec.lineno, hm_key(&onames, ag),
					      rec.f[REC_REPORT], oarena.p + a->report);
				a->warned = arena_str(&oarena, rec.f[REC_REPORT], rec.len[REC_REPORT]);
			}
			continue;
		}
		uint32_t key = key_id(rec.f[REC_KEY], rec.len[REC_KEY]);
		if (bad_value(r->name, &rec, key))
			continue;
		if (noent == oentcap) {
			oentcap = oentcap ? oentcap * 2 : 4096;
			oents = xrealloc(oents, oentcap * sizeof *oents);
		}
		struct oent *e = &oents[noent++];
		e->ag = ag;
		e->key = key;
		e->off = oarena.len;
		uint32_t line = rec.lineno > UINT32_MAX ? UINT32_MAX : (uint32_t)rec.lineno;
		buf_add(&oarena, &line, sizeof line);
		buf_add(&oarena, rec.f[REC_VALUE], rec.len[REC_VALUE]);
		buf_addc(&oarena, '\0');
	}
	buf_free(&noagency_report);
}

static int oent_cmp(const void *pa, const void *pb)
{
	const struct oent *a = pa, *b = pb;
	int c = keycmp(a->key, b->key);
	if (c)
		return c;
	return (a->off > b->off) - (a->off < b->off); /* input order */
}

/* Group OLD entries by agency (in order of first appearance), sort each
 * agency's keys, drop repeated keys (the first value is kept). */
static void group_old(const char *file)
{
	int sorted = 1;
	for (size_t i = 1; i < noent && sorted; i++)
		if (oents[i].ag < oents[i - 1].ag ||
		    (oents[i].ag == oents[i - 1].ag && keycmp(oents[i - 1].key, oents[i].key) >= 0))
			sorted = 0;
	if (!sorted) {
		size_t *start = xcalloc(noag + 1, sizeof *start);
		for (size_t i = 0; i < noent; i++)
			start[oents[i].ag + 1]++;
		for (size_t a = 0; a < noag; a++)
			start[a + 1] += start[a];
		struct oent *s = xmalloc((noent ? noent : 1) * sizeof *s);
		for (size_t i = 0; i < noent; i++)
			s[start[oents[i].ag]++] = oents[i];
		free(oents);
		free(start);
		oents = s;
		oentcap = noent;
	}
	size_t w = 0;
	for (size_t i = 0; i < noent;) {
		size_t j = i;
		uint32_t ag = oents[i].ag;
		while (j < noent && oents[j].ag == ag)
			j++;
		if (!sorted) {
			int ok = 1;
			for (size_t k = i + 1; k < j && ok; k++)
				ok = keycmp(oents[k - 1].key, oents[k].key) < 0;
			if (!ok)
				qsort(oents + i, j - i, sizeof *oents, oent_cmp);
		}
		struct oag *a = &oags[ag];
		a->first = w;
		size_t dups = 0;
		const struct oent *firstdup = NULL;
		for (size_t k = i; k < j; k++) {
			if (k > i && oents[k].key == oents[k - 1].key) {
				if (!dups++ || oline(&oents[k]) < oline(firstdup))
					firstdup = &oents[k];
				continue;
			}
			oents[w++] = oents[k];
		}
		a->n = w - a->first;
		if (dups) {
			size_t kl;
			const char *k = key_str(firstdup->key, &kl);
			errmsg("%s:%u: %s: key %s given again; %zu repeated key%s skipped "
			       "(the first value of each is kept)",
			       file, oline(firstdup), hm_key(&onames, ag), k, dups,
			       dups == 1 ? "" : "s");
			exit_status_raise(EXIT_PROBLEM);
		}
		i = j;
	}
	noent = w;
}

/* ---- names: --names, exact and place-prefix pairing ------------------------- */

static struct hashmap targets;      /* a NEW name -> OLD agency (tgt_ag) */
static uint32_t *tgt_ag;
static size_t tgtcap;
static struct hashmap new_names;    /* every NEW name known so far */
static unsigned char *new_done;  /* per new_names id: a block was compared */
static size_t donecap;
static int pairing_done;

static void set_target(const char *name, size_t len, uint32_t ag)
{
	uint32_t t = hm_intern(&targets, name, len, NULL);
	if (t >= tgtcap) {
		size_t cap = tgtcap ? tgtcap * 2 : 256;
		while (cap <= t)
			cap *= 2;
		tgt_ag = xrealloc(tgt_ag, cap * sizeof *tgt_ag);
		for (size_t i = tgtcap; i < cap; i++)
			tgt_ag[i] = NONE;
		tgtcap = cap;
	}
	tgt_ag[t] = ag;
	oags[ag].target = t;
}

static long target_of(const char *name, size_t len)
{
	long t = hm_find(&targets, name, len);
	if (t < 0 || tgt_ag[t] == NONE)
		return -1;
	return tgt_ag[t];
}

/* --names MAP.tsv: lines "OLD<TAB>NEW"; empty lines and #-comments skipped. */
static void load_names(void)
{
	int fd = open(names_path, O_RDONLY);
	if (fd < 0)
		die("%s: %s", names_path, strerror(errno));
	struct lines l;
	lines_init(&l, fd_source_read, &fd, MAXLINE);
	struct hashmap seen_old, seen_new;
	hm_init(&seen_old);
	hm_init(&seen_new);
	struct buf a = BUF_INIT, b = BUF_INIT;
	char *line;
	size_t len;
	int toolong, got;
	while ((got = lines_next(&l, &line, &len, &toolong)) > 0) {
		if (toolong)
			die("%s:%lu: line too long", names_path, l.lineno);
		if (len > 0 && line[len - 1] == '\r')
			len--;
		if (len == 0 || line[0] == '#')
			continue;
		if (utf8_invalid_at(line, len) != len || memchr(line, '\0', len))
			die("%s:%lu: not UTF-8 text", names_path, l.lineno);
		char *tab = memchr(line, '\t', len);
		if (!tab || memchr(tab + 1, '\t', len - (size_t)(tab + 1 - line)))
			die("%s:%lu: expected two TAB-separated columns: old name, new name",
			    names_path, l.lineno);
		size_t an = (size_t)(tab - line), bn = len - an - 1;
		buf_reset(&a);
		buf_reset(&b);
		if (by_report) {
			buf_add(&a, line, an);
			buf_add(&b, tab + 1, bn);
		} else {
			diffname_normalise(line, an, &a);
			diffname_normalise(tab + 1, bn, &b);
		}
		if (a.len == 0 || b.len == 0)
			die("%s:%lu: empty name", names_path, l.lineno);
		int added;
		hm_intern(&seen_old, a.p, a.len, &added);
		if (!added)
			die("%s:%lu: %s is mapped twice", names_path, l.lineno, a.p);
		hm_intern(&seen_new, b.p, b.len, &added);
		if (!added)
			die("%s:%lu: two old names are mapped to %s (merged agencies cannot be "
			    "compared by name; total them first)", names_path, l.lineno, b.p);
		long ag = hm_find(&onames, a.p, a.len);
		if (ag < 0) {
			errmsg("%s:%lu: note: %s is not in OLD", names_path, l.lineno, a.p);
			continue;
		}
		oags[ag].mapped = 1;
		set_target(b.p, b.len, (uint32_t)ag);
	}
	if (got < 0)
		die("%s: read error: %s", names_path, strerror(l.err));
	lines_free(&l);
	close(fd);
	buf_free(&a);
	buf_free(&b);
	hm_free(&seen_old);
	hm_free(&seen_new);
}

static void build_targets(void)
{
	for (uint32_t ag = 0; ag < noag; ag++) {
		if (oags[ag].mapped)
			continue;
		const char *n = hm_key(&onames, ag);
		size_t len = hm_keylen(&onames, ag);
		long t = hm_find(&targets, n, len);
		if (t >= 0 && tgt_ag[t] != NONE) {
			errmsg("note: OLD %s %s is not paired by its name: --names maps %s to it",
			       by_report ? "report" : "agency", n, hm_key(&onames, tgt_ag[t]));
			continue;
		}
		set_target(n, len, ag);
	}
}

/* The rest of NEW, from where its reader stands: first the bytes the reader
 * has buffered, then its file descriptor (copied to `tee` when not -1). */
struct pre_src {
	const char *p;
	size_t n;
	int fd, tee, eof;
};

static ssize_t pre_read(void *ctx, char *dst, size_t cap)
{
	struct pre_src *s = ctx;
	if (s->n) {
		size_t k = s->n < cap ? s->n : cap;
		memcpy(dst, s->p, k);
		s->p += k;
		s->n -= k;
		return (ssize_t)k;
	}
	if (s->eof)
		return 0;
	ssize_t r = fd_source_read(&s->fd, dst, cap);
	if (r > 0 && s->tee >= 0) {
		for (ssize_t done = 0; done < r;) {
			ssize_t w = write(s->tee, dst + done, (size_t)(r - done));
			if (w < 0 && errno == EINTR)
				continue;
			if (w < 0)
				die("temporary copy of NEW: %s", strerror(errno));
			done += w;
		}
	}
	return r;
}

static int temp_file(void)
{
	const char *dir = getenv("TMPDIR");
	struct buf p = BUF_INIT;
	buf_printf(&p, "%s/gipa-diff.XXXXXX", dir && *dir ? dir : "/tmp");
	int fd = mkstemp(p.p);
	if (fd < 0)
		die("%s: %s", p.p, strerror(errno));
	unlink(p.p);
	buf_free(&p);
	return fd;
}

static uint32_t new_name(const char *s, size_t n)
{
	uint32_t id = hm_intern(&new_names, s, n, NULL);
	if (id >= donecap) {
		size_t cap = donecap ? donecap * 2 : 256;
		while (cap <= id)
			cap *= 2;
		new_done = xrealloc(new_done, cap);
		memset(new_done + donecap, 0, cap - donecap);
		donecap = cap;
	}
	return id;
}

/* Collect the agency names of the rest of NEW into new_names. */
static void prescan_new(struct rec_reader *r)
{
	struct pre_src src = {r->lines.buf + r->lines.start, r->lines.end - r->lines.start,
			      r->fd, -1, r->lines.eof};
	struct stat st;
	off_t pos = -1;
	if (!src.eof) {
		if (fstat(r->fd, &st) == 0 && S_ISREG(st.st_mode))
			pos = lseek(r->fd, 0, SEEK_CUR);
		if (pos < 0)
			src.tee = temp_file();
	}
	struct lines l;
	lines_init(&l, pre_read, &src, MAXLINE);
	char *line;
	size_t len;
	int toolong, got;
	struct buf prev = BUF_INIT;
	int have_prev = 0;
	while ((got = lines_next(&l, &line, &len, &toolong)) > 0) {
		if (toolong || len == 0 || line[len - 1] == '\r')
			continue;
		/* The agency field and the number of fields. */
		const char *f = NULL;
		size_t fl = 0;
		int nf = 0;
		const char *p = line, *end = line + len;
		for (;;) {
			const char *tab = memchr(p, '\t', (size_t)(end - p));
			const char *fe = tab ? tab : end;
			if (nf == r->col[REC_AGENCY]) {
				f = p;
				fl = (size_t)(fe - p);
			}
			nf++;
			if (!tab)
				break;
			p = tab + 1;
		}
		if (!f || fl == 0)
			continue;
		if (have_prev && prev.len == fl && memcmp(prev.p, f, fl) == 0)
			continue;
		if (nf != r->nfields || memchr(line, '\0', len) || utf8_invalid_at(line, len) != len)
			continue;
		if (r->header.len == len && memcmp(r->header.p, line, len) == 0)
			continue;
		new_name(f, fl);
		buf_reset(&prev);
		buf_add(&prev, f, fl);
		have_prev = 1;
	}
	if (got < 0)
		die("%s: read error: %s", r->name, strerror(l.err));
	lines_free(&l);
	buf_free(&prev);
	if (pos >= 0) {
		if (lseek(r->fd, pos, SEEK_SET) < 0)
			die("%s: %s", r->name, strerror(errno));
	} else if (src.tee >= 0) {
		if (lseek(src.tee, 0, SEEK_SET) < 0)
			die("temporary copy of %s: %s", r->name, strerror(errno));
		if (r->fd != STDIN_FILENO)
			close(r->fd);
		r->fd = src.tee; /* the reader reads r->fd through a pointer to it */
	}
}

struct edge { uint32_t o, n; };

/* Pair each NEW name without an exact partner with the OLD name that differs
 * from it only by a leading place prefix, when that OLD name is the only
 * candidate for it and it the only candidate for that OLD name. */
static void pair_by_prefix(void)
{
	struct hashmap uo, un;
	hm_init(&uo);
	hm_init(&un);
	uint32_t *uo_ag = xmalloc((noag ? noag : 1) * sizeof *uo_ag);
	for (uint32_t ag = 0; ag < noag; ag++) {
		const struct oag *a = &oags[ag];
		const char *n = hm_key(&onames, ag);
		size_t len = hm_keylen(&onames, ag);
		if (a->mapped || a->target == NONE || hm_find(&new_names, n, len) >= 0)
			continue;
		uo_ag[hm_intern(&uo, n, len, NULL)] = ag;
	}
	for (uint32_t id = 0; id < hm_count(&new_names); id++) {
		const char *n = hm_key(&new_names, id);
		size_t len = hm_keylen(&new_names, id);
		if (target_of(n, len) < 0)
			hm_intern(&un, n, len, NULL);
	}
	struct edge *e = NULL;
	size_t ne = 0, ecap = 0;
	size_t off[DIFFNAME_MAXSUF];
	for (int side = 0; side < 2; side++) {
		const struct hashmap *from = side ? &uo : &un, *to = side ? &un : &uo;
		for (uint32_t id = 0; id < hm_count(from); id++) {
			const char *s = hm_key(from, id);
			size_t len = hm_keylen(from, id);
			size_t k = diffname_cuts(s, len, off, DIFFNAME_MAXSUF);
			for (size_t i = 0; i < k; i++) {
				long hit = hm_find(to, s + off[i], len - off[i]);
				if (hit < 0)
					continue;
				if (ne == ecap) {
					ecap = ecap ? ecap * 2 : 16;
					e = xrealloc(e, ecap * sizeof *e);
				}
				e[ne++] = side ? (struct edge){id, (uint32_t)hit}
					       : (struct edge){(uint32_t)hit, id};
			}
		}
	}
	uint32_t *dego = xcalloc(hm_count(&uo) + 1, sizeof *dego), *degn = xcalloc(hm_count(&un) + 1, sizeof *degn);
	for (size_t i = 0; i < ne; i++) {
		dego[e[i].o]++;
		degn[e[i].n]++;
	}
	for (size_t i = 0; i < ne; i++) {
		const char *on = hm_key(&uo, e[i].o), *nn = hm_key(&un, e[i].n);
		if (dego[e[i].o] == 1 && degn[e[i].n] == 1) {
			errmsg("note: paired agency %s (OLD) with %s (NEW): the same name but for a "
			       "place prefix", on, nn);
			set_target(nn, hm_keylen(&un, e[i].n), uo_ag[e[i].o]);
		} else {
			errmsg("note: not pairing agency %s (OLD) with %s (NEW): ambiguous, the one "
			       "matches %u NEW name%s by place prefix, the other %u OLD name%s; say "
			       "which with --names", on, nn, dego[e[i].o], dego[e[i].o] == 1 ? "" : "s",
			       degn[e[i].n], degn[e[i].n] == 1 ? "" : "s");
		}
	}
	free(e);
	free(dego);
	free(degn);
	free(uo_ag);
	hm_free(&uo);
	hm_free(&un);
}

/* ---- NEW blocks -------------------------------------------------------------- */

struct nent {
	uint32_t key, line;
	size_t off; /* in block.arena */
};

static struct {
	int active, skip;
	struct buf ident, report, year, warned;
	unsigned long line;
	struct nent *e;
	size_t n, cap;
	struct buf arena;
} blk;

static const char **ov, **nv; /* per rank: the values of the agency being compared */

/* A pair of reports of different forms: per rank, XM_CONSUMED for the 2021
 * rows summed into apply.other.* and XM_DERIVED for that sum; side21 says
 * which side has the 2021 form (0 OLD, 1 NEW), or -1 for a same-form pair. */
enum { XM_CONSUMED = 1, XM_DERIVED = 2 };
static unsigned char *xmark;
static int side21 = -1;

/* counts: a change written is a difference (the exit status); 0 for a key
 * that only one form has, written with -a. */
static void write_line(const char *agency, size_t alen, uint32_t key, const char *o,
		       const char *n, int counts)
{
	if (!selected(key))
		return;
	struct dec od, nd, dd;
	int ob, nb;
	int on = numval(o, &od, &ob), nn = numval(n, &nd, &nb);
	int changed;
	if (!o || !n)
		changed = 1;
	else if (on == 1 && nn == 1 && !ob && !nb)
		changed = dec_cmp(od, nd) != 0;
	else
		changed = strcmp(o, n) != 0;
	if (!changed && !opt_all)
		return;
	char dbuf[48] = "", pbuf[48] = "";
	int have_delta = 0, have_pct = 0;
	if (on == 1 && nn == 1 && !ob && !nb && od.scale == 0 && nd.scale == 0) {
		int_delta_pct(od.m, nd.m, dbuf, &have_delta, pbuf, &have_pct);
		if (have_delta) {
			dd.m = nd.m - od.m;
			dd.scale = 0;
		}
	} else if (on == 1 && nn == 1 && !ob && !nb) {
		if (dec_sub(nd, od, &dd) == 0) {
			fmt_dec(dd, dbuf);
			have_delta = 1;
		}
		if (dec_pct(od, nd, pbuf, sizeof pbuf) == 0)
			have_pct = 1;
		else
			pbuf[0] = '\0';
	}
	if (have_min_delta && have_delta && dec_cmp(dec_abs(dd), min_delta) < 0)
		return;
	if (have_min_pct && have_pct) {
		struct dec pd;
		if (dec_parse(pbuf, strlen(pbuf), &pd) == 0 && dec_cmp(dec_abs(pd), min_pct) < 0)
			return;
	}
	if (changed && counts)
		differences = 1;
	size_t klen;
	const char *k = key_str(key, &klen);
	out_field(agency, alen);
	out_addc('\t');
	out_field(k, klen);
	out_addc('\t');
	if (o)
		out_field(o, strlen(o));
	out_addc('\t');
	if (n)
		out_field(n, strlen(n));
	out_addc('\t');
	out_adds(dbuf);
	out_addc('\t');
	out_adds(pbuf);
	out_endline();
}

static int consecutive(const char *oy, const char *ny)
{
	int a = 0, b = 0;
	for (int i = 0; i < 4; i++) {
		if (oy[i] < '0' || oy[i] > '9' || ny[i] < '0' || ny[i] > '9')
			return 1; /* a year not stated: assume consecutive */
		a = a * 10 + oy[i] - '0';
		b = b * 10 + ny[i] - '0';
	}
	if (oy[4] || ny[4])
		return 1;
	return b == a + 1;
}

static void check_x1(const char *ag)
{
	for (size_t i = 0; i < nx1; i++) {
		const char *o = ov[x1[i].carry_next], *n = nv[x1[i].carried];
		struct dec od, nd;
		int ob, nb;
		if (numval(o, &od, &ob) != 1 || numval(n, &nd, &nb) != 1)
			continue;
		char key[64];
		snprintf(key, sizeof key, "apply.carried.%s", x1[i].col);
		if (dec_cmp(od, nd) != 0)
			finding(L_ERROR, "X1", ag, key, o, n,
				"carried.%s %s ≠ last year's carry_next.%s %s", x1[i].col, shown(n),
				x1[i].col, shown(o));
		else if (ob != nb)
			finding(L_NOTE, "X1", ag, key, o, n,
				"carried.%s %s = last year's carry_next.%s %s only with blank read as 0",
				x1[i].col, shown(n), x1[i].col, shown(o));
	}
}

static void check_x2(const char *ag)
{
	for (size_t i = 0; i < nx2; i++) {
		struct dec op, oc, np, sum;
		int b1, b2, b3;
		if (numval(ov[x2[i].prev], &op, &b1) != 1 || numval(ov[x2[i].change], &oc, &b2) != 1 ||
		    numval(nv[x2[i].prev], &np, &b3) != 1)
			continue;
		if (dec_add(op, oc, &sum) < 0 || dec_cmp(sum, np) == 0)
			continue;
		char e[48], key[64];
		fmt_dec(sum, e);
		snprintf(key, sizeof key, "active.%s.prev_items", x2[i].row);
		finding(L_WARNING, "X2", ag, key, e, nv[x2[i].prev],
			"%s.prev_items %s ≠ last year's %s.prev_items %s + change %s = %s", x2[i].row,
			shown(nv[x2[i].prev]), x2[i].row, shown(ov[x2[i].prev]),
			shown(ov[x2[i].change]), e);
	}
}

static void check_x3(const char *ag)
{
	for (size_t i = 0; i < nx3; i++) {
		struct dec ovd, is, rp, nvd, t, sum;
		int b1, b2, b3, b4;
		if (numval(ov[x3[i].valid], &ovd, &b1) != 1 || numval(nv[x3[i].issued], &is, &b2) != 1 ||
		    numval(nv[x3[i].repealed], &rp, &b3) != 1 ||
		    numval(nv[x3[i].valid], &nvd, &b4) != 1)
			continue;
		if (dec_add(ovd, is, &t) < 0 || dec_sub(t, rp, &sum) < 0 || dec_cmp(sum, nvd) == 0)
			continue;
		char e[48], key[64];
		fmt_dec(sum, e);
		snprintf(key, sizeof key, "active.%s.valid", x3[i].row);
		finding(L_WARNING, "X3", ag, key, e, nv[x3[i].valid],
			"%s.valid %s ≠ last year's %s.valid %s + issued %s − repealed %s = %s",
			x3[i].row, shown(nv[x3[i].valid]), x3[i].row, shown(ov[x3[i].valid]),
			shown(nv[x3[i].issued]), shown(nv[x3[i].repealed]), e);
	}
}

/* hi >= 5 * lo, exactly (both non-negative). */
static int five_times(struct dec hi, struct dec lo)
{
	struct dec five = lo;
	if (__builtin_mul_overflow(lo.m, 5, &five.m))
		return 0;
	return dec_cmp(hi, five) >= 0;
}

/* hi / lo to one decimal, rounded half up (lo > 0). */
static void ratio(struct dec hi, struct dec lo, char *out, size_t sz)
{
	int s = hi.scale > lo.scale ? hi.scale : lo.scale;
	if (dec_rescale(&hi, s) < 0 || dec_rescale(&lo, s) < 0) {
		snprintf(out, sz, "?");
		return;
	}
	/* q is ten times the ratio: up to 10 * (2^63 - 1), past 64 bits; its
	 * integer part hi / lo is not. */
	__int128 q = ((__int128)hi.m * 20 + lo.m) / ((__int128)lo.m * 2);
	snprintf(out, sz, "%lld.%lld", (long long)(q / 10), (long long)(q % 10));
}

static void check_tables(const char *ag)
{
	/* H3: every table value of NEW zero or blank after a non-zero year. */
	size_t new_vals = 0, new_nonzero = 0, old_nonzero = 0;
	for (uint32_t r = 0; r < nrank; r++) {
		if (rank_table[r] < 0)
			continue;
		/* The sum apply.other.* made for a 2021 report is not one of its values. */
		const char *o = ov[r], *n = nv[r];
		if (xmark[r] & XM_DERIVED)
			*(side21 ? &n : &o) = NULL;
		struct dec d;
		int b, k = numval(n, &d, &b);
		if (k >= 0) {
			new_vals++;
			if (k != 1 || d.m != 0)
				new_nonzero++;
		}
		k = numval(o, &d, &b);
		if (k == 0 || (k == 1 && d.m != 0))
			old_nonzero++;
	}
	if (new_vals > 0 && new_nonzero == 0 && old_nonzero > 0) {
		char c[32];
		snprintf(c, sizeof c, "%zu", old_nonzero);
		finding(L_WARNING, "H3", ag, "*", c, "0",
			"every value is 0 or blank, after %zu non-zero values last year", old_nonzero);
		return;
	}
	/* H1: a table identical to last year's in every non-zero cell. */
	for (int t = 0; t < TAB_COUNT; t++) {
		size_t nonzero = 0;
		int same = 1;
		for (uint32_t r = 0; r < nrank && same; r++) {
			/* Across the change of form the 2021 rows other_* count
			 * through their sum apply.other.* only. */
			if (rank_table[r] != t || (!ov[r] && !nv[r]) || (xmark[r] & XM_CONSUMED))
				continue;
			struct dec od, nd;
			int ob, nb;
			int on = numval(ov[r], &od, &ob), nn = numval(nv[r], &nd, &nb);
			if (on == 0 || nn == 0) {
				same = ov[r] && nv[r] && strcmp(ov[r], nv[r]) == 0;
				nonzero++;
				continue;
			}
			int oz = on < 0 || od.m == 0, nz = nn < 0 || nd.m == 0;
			if (oz && nz)
				continue;
			nonzero++;
			same = !oz && !nz && dec_cmp(od, nd) == 0;
		}
		if (same && nonzero > 0) {
			const char *tn = schema_table(FORM_2021, t)->key;
			char key[32], c[32];
			snprintf(key, sizeof key, "%s.*", tn);
			snprintf(c, sizeof c, "%zu", nonzero);
			if (nonzero == 1)
				finding(L_WARNING, "H1", ag, key, c, c,
					"table %s is identical to last year's in its only non-zero "
					"cell (copied from last year's report?)", tn);
			else
				finding(L_WARNING, "H1", ag, key, c, c,
					"table %s is identical to last year's in all %zu non-zero "
					"cells (copied from last year's report?)", tn, nonzero);
		}
	}
	/* H2: a value that grew or shrank fivefold or more (not below 10). */
	static const struct dec ten = {10, 0};
	for (uint32_t r = 0; r < nrank; r++) {
		if (rank_table[r] < 0)
			continue;
		struct dec od, nd;
		int ob, nb;
		if (numval(ov[r], &od, &ob) != 1 || numval(nv[r], &nd, &nb) != 1 || od.m < 0 ||
		    nd.m < 0)
			continue;
		int up = dec_cmp(nd, od) > 0;
		struct dec hi = up ? nd : od, lo = up ? od : nd;
		if (dec_cmp(hi, ten) < 0 || !five_times(hi, lo))
			continue;
		char rb[48];
		if (lo.m == 0)
			snprintf(rb, sizeof rb, up ? "from 0" : "to 0");
		else {
			char q[40];
			ratio(hi, lo, q, sizeof q);
			snprintf(rb, sizeof rb, "%s%s", up ? "×" : "÷", q);
		}
		finding(L_WARNING, "H2", ag, rank_text[r], ov[r], nv[r], "%s %s → %s (%s)",
			rank_text[r], shown(ov[r]), shown(nv[r]), rb);
	}
}

static void compare_agency(const char *ag, const char *oyear, const char *nyear)
{
	if (!consecutive(oyear, nyear)) {
		if (skipped_years++ == 0)
			buf_printf(&skipped_example, "%s %s → %s", ag, oyear, nyear);
		return;
	}
	check_x1(ag);
	check_x2(ag);
	check_x3(ag);
	check_tables(ag);
}

static int nent_cmp(const void *pa, const void *pb)
{
	const struct nent *a = pa, *b = pb;
	int c = keycmp(a->key, b->key);
	if (c)
		return c;
	return (a->line > b->line) - (a->line < b->line);
}

/* ---- across the change of form (SCHEMA.md 6.4) ------------------------------ */

/* One side of a pair: its values in key order. */
struct kv {
	uint32_t key;
	const char *v;
};

static struct kv *okv, *nkv;
static size_t okvcap, nkvcap;

static struct kv *kv_room(struct kv **a, size_t *cap, size_t n)
{
	if (n > *cap) {
		*cap = n;
		*a = xrealloc(*a, n * sizeof **a);
	}
	return *a;
}

static int kv_cmp(const void *pa, const void *pb)
{
	return keycmp(((const struct kv *)pa)->key, ((const struct kv *)pb)->key);
}

/* The form of one side's report, or -1 when it does not tell: meta.form
 * when it says 2019 or 2021, else the keys only one form has, those of the
 * apply table first (apply.other.* or apply.other_*), then those of the
 * active table (2019 made, prev_items, ...; 2021 issued, valid, amount ...).
 * A table whose keys point both ways tells nothing. */
static int side_form(const struct kv *e, size_t n)
{
	unsigned tell[TAB_COUNT] = {0};
	for (size_t i = 0; i < n; i++) {
		uint32_t k = e[i].key;
		if (k == META_FORM) {
			if (strcmp(e[i].v, "2019") == 0)
				return FORM_2019;
			if (strcmp(e[i].v, "2021") == 0)
				return FORM_2021;
			continue;
		}
		if (k >= nrank || rank_table[k] < 0)
			continue;
		unsigned f = rank_forms[k] & ((1u << FORM_COUNT) - 1);
		if (f == 1u << FORM_2019 || f == 1u << FORM_2021)
			tell[rank_table[k]] |= f;
	}
	static const int order[] = {TAB_APPLY, TAB_ACTIVE};
	for (size_t i = 0; i < sizeof order / sizeof *order; i++) {
		unsigned t = tell[order[i]];
		if (t == 1u << FORM_2019)
			return FORM_2019;
		if (t == 1u << FORM_2021)
			return FORM_2021;
	}
	return -1;
}

/* In a pair of reports of different forms: a key only one side has, which
 * the other side's form does not have.  apply.other.* is compared through
 * the 2021 sum, so it is never one of them. */
static int not_comparable(uint32_t k, int other_form)
{
	return k < nrank && rank_table[k] >= 0 && !(rank_forms[k] & (1u << other_form)) &&
	       !(rank_forms[k] & RF_OTHER_SUM);
}

/* The 2021 side of a pair with a 2019 report: for each column, apply.other.c
 * = other_nocorrect.c + other_nofee.c + other_misc.c, exact, when the side
 * has all three (a missing one leaves the sum unknown) and no apply.other.c
 * of its own.  A blank counts as 0; three blanks make a blank.  Each sum is
 * set in val and appended to the side's n entries e (room for nxoth more),
 * which are sorted again.  Returns the new count. */
static size_t derive_other(const char **val, struct kv *e, size_t n)
{
	static char (*sum)[48];
	if (!sum)
		sum = xcalloc(nxoth ? nxoth : 1, sizeof *sum);
	size_t added = 0;
	for (size_t i = 0; i < nxoth; i++) {
		const struct xother *x = &xoth[i];
		if (val[x->sum])
			continue;
		struct dec total = {0, 0};
		int blanks = 0, ok = 1;
		for (int j = 0; j < 3 && ok; j++) {
			struct dec d;
			int b;
			ok = numval(val[x->part[j]], &d, &b) == 1 && dec_add(total, d, &total) == 0;
			blanks += b;
		}
		if (!ok)
			continue;
		if (blanks == 3)
			sum[i][0] = '\0';
		else
			dec_format(total, sum[i]);
		val[x->sum] = sum[i];
		xmark[x->sum] |= XM_DERIVED;
		for (int j = 0; j < 3; j++)
			xmark[x->part[j]] |= XM_CONSUMED;
		e[n + added++] = (struct kv){x->sum, sum[i]};
	}
	if (added)
		qsort(e, n + added, sizeof *e, kv_cmp);
	return n + added;
}

/* The keys not comparable in the pair being compared (F1), in key order:
 * o set for an OLD key, n for a NEW one. */
struct ncmp {
	uint32_t key;
	const char *o, *n;
};
static struct ncmp *ncs;
static size_t nncs, ncscap;

static void add_ncmp(uint32_t key, const char *o, const char *n)
{
	if (nncs == ncscap) {
		ncscap = ncscap ? ncscap * 2 : 64;
		ncs = xrealloc(ncs, ncscap * sizeof *ncs);
	}
	ncs[nncs++] = (struct ncmp){key, o, n};
}

/* The 2019 sum a consumed 2021 key counts in, or NULL. */
static const struct xother *summed_in(uint32_t key)
{
	if (!(xmark[key] & XM_CONSUMED))
		return NULL;
	for (size_t i = 0; i < nxoth; i++)
		for (int j = 0; j < 3; j++)
			if (xoth[i].part[j] == key)
				return &xoth[i];
	return NULL;
}

/* Append one side's keys not comparable, a row at a time: table.row.* when
 * the side has every key of the row in its form, else table.row.col or
 * table.row.{col,col}. */
static void list_rows(struct buf *b, int old_side, enum gipa_form form)
{
	const struct gipa_row *row = NULL;
	size_t ncols = 0;
	const char *table = NULL;
	struct buf cols = BUF_INIT; /* ",col,col" */
	int first = 1;
	for (size_t i = 0; i <= nncs; i++) {
		const struct gipa_key *k = NULL;
		if (i < nncs) {
			if ((ncs[i].o != NULL) != old_side)
				continue;
			int idx = schema_index(form, rank_text[ncs[i].key], rank_len[ncs[i].key]);
			if (idx < 0)
				continue;
			k = &schema_keys(form)[idx];
			if (k->row == row) {
				buf_printf(&cols, ",%s", k->col->key);
				ncols++;
				continue;
			}
		}
		if (row) {
			buf_printf(b, "%s%s.%s.", first ? "" : ", ", table, row->key);
			if (ncols == (size_t)row->ncols)
				buf_addc(b, '*');
			else if (ncols == 1)
				buf_adds(b, cols.p + 1);
			else
				buf_printf(b, "{%s}", cols.p + 1);
			first = 0;
		}
		if (!k)
			break;
		row = k->row;
		table = schema_table(form, k->table)->key;
		ncols = 1;
		buf_reset(&cols);
		buf_printf(&cols, ",%s", k->col->key);
	}
	buf_free(&cols);
}

/* Say which keys of the pair could not be compared: one line on stderr, or
 * with --check a note row for each key. */
static void form_change(const char *ag, enum gipa_form oform, enum gipa_form nform)
{
	if (nncs == 0)
		return;
	if (opt_check) {
		for (size_t i = 0; i < nncs; i++) {
			const struct ncmp *c = &ncs[i];
			const char *k = rank_text[c->key];
			enum gipa_form own = c->o ? oform : nform, other = c->o ? nform : oform;
			const struct xother *x = summed_in(c->key);
			if (x)
				finding(L_NOTE, "F1", ag, k, c->o ? c->o : "", c->n ? c->n : "",
					"%s is in the %s form only: compared within apply.other.%s", k,
					schema_form_name(own), x->col);
			else
				finding(L_NOTE, "F1", ag, k, c->o ? c->o : "", c->n ? c->n : "",
					"%s is in the %s form only: not comparable with the %s form", k,
					schema_form_name(own), schema_form_name(other));
		}
		return;
	}
	static struct buf b = BUF_INIT;
	buf_reset(&b);
	buf_printf(&b, "%s→%s form change: %zu key%s not comparable (", schema_form_name(oform),
		   schema_form_name(nform), nncs, nncs == 1 ? "" : "s");
	size_t nold = 0;
	for (size_t i = 0; i < nncs; i++)
		nold += ncs[i].o != NULL;
	if (nold) {
		buf_printf(&b, "%s: ", schema_form_name(oform));
		list_rows(&b, 1, oform);
	}
	if (nold < nncs) {
		buf_printf(&b, "%s%s: ", nold ? "; " : "", schema_form_name(nform));
		list_rows(&b, 0, nform);
	}
	errmsg("%s: %s) [F1]", ag, b.p);
}

static struct rec_reader *nreader;

static void flush_block(void)
{
	if (!blk.active || blk.skip) {
		blk.active = 0;
		return;
	}
	blk.active = 0;
	const char *ident = blk.ident.p;
	size_t ilen = blk.ident.len;
	long oa = target_of(ident, ilen);
	if (oa < 0 && !by_report && !opt_exact_names && !pairing_done) {
		prescan_new(nreader);
		pair_by_prefix();
		pairing_done = 1;
		oa = target_of(ident, ilen);
	}
	/* Sort and drop repeated keys. */
	int sorted = 1;
	for (size_t i = 1; i < blk.n && sorted; i++)
		sorted = keycmp(blk.e[i - 1].key, blk.e[i].key) < 0;
	if (!sorted)
		qsort(blk.e, blk.n, sizeof *blk.e, nent_cmp);
	size_t w = 0, dups = 0;
	uint32_t dupline = 0, dupkey = 0;
	for (size_t i = 0; i < blk.n; i++) {
		if (i > 0 && blk.e[i].key == blk.e[i - 1].key) {
			if (!dups++ || blk.e[i].line < dupline) {
				dupline = blk.e[i].line;
				dupkey = blk.e[i].key;
			}
			continue;
		}
		blk.e[w++] = blk.e[i];
	}
	blk.n = w;
	if (dups) {
		size_t kl;
		errmsg("%s:%u: %s: key %s given again; %zu repeated key%s skipped (the first "
		       "value of each is kept)", nreader->name, dupline, ident,
		       key_str(dupkey, &kl), dups, dups == 1 ? "" : "s");
		exit_status_raise(EXIT_PROBLEM);
	}
	struct oag *a = oa >= 0 ? &oags[oa] : NULL;
	const struct oent *oe = a ? oents + a->first : NULL;
	size_t on = a ? a->n : 0, nn = blk.n;
	/* Both sides as (key, value) in key order, with room for the sums. */
	struct kv *ok = kv_room(&okv, &okvcap, on + nxoth);
	struct kv *nk = kv_room(&nkv, &nkvcap, nn + nxoth);
	for (size_t i = 0; i < on; i++)
		ok[i] = (struct kv){oe[i].key, oval(&oe[i])};
	for (size_t j = 0; j < nn; j++)
		nk[j] = (struct kv){blk.e[j].key, blk.arena.p + blk.e[j].off};
	int oform = -1, nform = -1;
	if (a) {
		for (size_t i = 0; i < on; i++)
			if (ok[i].key < nrank)
				ov[ok[i].key] = ok[i].v;
		for (size_t j = 0; j < nn; j++)
			if (nk[j].key < nrank)
				nv[nk[j].key] = nk[j].v;
		oform = side_form(ok, on);
		nform = side_form(nk, nn);
		if (oform >= 0 && nform >= 0 && oform != nform) {
			side21 = nform == FORM_2021;
			if (side21)
				nn = derive_other(nv, nk, nn);
			else
				on = derive_other(ov, ok, on);
		}
	}
	nncs = 0;
	if (!opt_check || side21 >= 0) {
		size_t i = 0, j = 0;
		while (i < on || j < nn) {
			int c = i >= on ? 1 : j >= nn ? -1 : keycmp(ok[i].key, nk[j].key);
			const struct kv *one = c < 0 ? &ok[i++] : c > 0 ? &nk[j++] : NULL;
			if (!one) {
				if (!opt_check)
					write_line(ident, ilen, ok[i].key, ok[i].v, nk[j].v, 1);
				i++;
				j++;
				continue;
			}
			const char *o = c < 0 ? one->v : NULL, *n = c < 0 ? NULL : one->v;
			if (side21 >= 0 && not_comparable(one->key, c < 0 ? nform : oform)) {
				if (selected(one->key))
					add_ncmp(one->key, o, n);
				if (opt_all && !opt_check)
					write_line(ident, ilen, one->key, o, n, 0);
			} else if (!opt_check) {
				write_line(ident, ilen, one->key, o, n, 1);
			}
		}
	}
	if (a) {
		a->paired = 1;
		if (side21 >= 0)
			form_change(ident, (enum gipa_form)oform, (enum gipa_form)nform);
		compare_agency(ident, oarena.p + a->year, blk.year.p);
		for (size_t i = 0; i < on; i++)
			if (ok[i].key < nrank)
				ov[ok[i].key] = NULL;
		for (size_t j = 0; j < nn; j++)
			if (nk[j].key < nrank)
				nv[nk[j].key] = NULL;
		if (side21 >= 0)
			for (size_t i = 0; i < nxoth; i++) {
				xmark[xoth[i].sum] = 0;
				for (int j = 0; j < 3; j++)
					xmark[xoth[i].part[j]] = 0;
			}
		side21 = -1;
	}
}

static void start_block(const struct rec *rec)
{
	blk.active = 1;
	blk.skip = 0;
	blk.n = 0;
	buf_reset(&blk.arena);
	buf_reset(&blk.ident);
	buf_add(&blk.ident, rec->f[ident_col], rec->len[ident_col]);
	buf_reset(&blk.report);
	buf_add(&blk.report, rec->f[REC_REPORT], rec->len[REC_REPORT]);
	buf_reset(&blk.year);
	buf_add(&blk.year, rec->f[REC_YEAR], rec->len[REC_YEAR]);
	buf_reset(&blk.warned);
	blk.line = rec->lineno;
	if (rec->len[ident_col] == 0) {
		no_agency(nreader->name, rec->lineno, rec->f[REC_REPORT]);
		blk.skip = 1;
		return;
	}
	uint32_t id = new_name(rec->f[ident_col], rec->len[ident_col]);
	if (new_done[id]) {
		const char *what = by_report ? "report" : "agency";
		errmsg("%s:%lu: the records of %s %s resume here after other %s; skipped up to "
		       "the next %s (put each %s's records together, e.g. sort -s -t '\t' -k%d,%d)",
		       nreader->name, rec->lineno, what, rec->f[ident_col],
		       by_report ? "reports" : "agencies", what, what,
		       nreader->col[ident_col] + 1, nreader->col[ident_col] + 1);
		exit_status_raise(EXIT_PROBLEM);
		blk.skip = 1;
		return;
	}
	new_done[id] = 1;
}

static void stream_new(struct rec_reader *r)
{
	struct rec rec;
	nreader = r;
	while (rec_next(r, &rec)) {
		const char *id = rec.f[ident_col];
		size_t idl = rec.len[ident_col];
		if (!blk.active || idl != blk.ident.len || memcmp(id, blk.ident.p, idl) != 0) {
			/* Known before the block that ends is compared: the name
			 * scan, if that needs one, starts after this record. */
			if (idl)
				new_name(id, idl);
			flush_block();
			start_block(&rec);
		}
		if (rec.len[REC_REPORT] != blk.report.len ||
		    memcmp(rec.f[REC_REPORT], blk.report.p, blk.report.len) != 0) {
			if (idl == 0) { /* another report without agency */
				no_agency(r->name, rec.lineno, rec.f[REC_REPORT]);
				buf_reset(&blk.report);
				buf_add(&blk.report, rec.f[REC_REPORT], rec.len[REC_REPORT]);
				continue;
			}
			if (!by_report && !blk.skip &&
			    (blk.warned.len != rec.len[REC_REPORT] ||
			     memcmp(blk.warned.p, rec.f[REC_REPORT], blk.warned.len) != 0)) {
				second_report(r->name, rec.lineno, id, rec.f[REC_REPORT], blk.report.p);
				buf_reset(&blk.warned);
				buf_add(&blk.warned, rec.f[REC_REPORT], rec.len[REC_REPORT]);
			}
			if (!by_report)
				continue;
		}
		if (blk.skip)
			continue;
		uint32_t key = key_id(rec.f[REC_KEY], rec.len[REC_KEY]);
		if (bad_value(r->name, &rec, key))
			continue;
		if (blk.n == blk.cap) {
			blk.cap = blk.cap ? blk.cap * 2 : 512;
			blk.e = xrealloc(blk.e, blk.cap * sizeof *blk.e);
		}
		struct nent *e = &blk.e[blk.n++];
		e->key = key;
		e->line = rec.lineno > UINT32_MAX ? UINT32_MAX : (uint32_t)rec.lineno;
		e->off = arena_str(&blk.arena, rec.f[REC_VALUE], rec.len[REC_VALUE]);
	}
	flush_block();
}

static void write_removed(void)
{
	for (uint32_t ag = 0; ag < noag; ag++) {
		const struct oag *a = &oags[ag];
		if (a->paired)
			continue;
		const char *name = hm_key(&onames, ag);
		size_t len = hm_keylen(&onames, ag);
		for (size_t i = 0; i < a->n; i++)
			write_line(name, len, oents[a->first + i].key, oval(&oents[a->first + i]), NULL,
				   1);
	}
}

/* ---- main ------------------------------------------------------------------- */

static void usage(void)
{
	printf("Usage: %s [OPTION]... OLD NEW\n", program_name);
	fputs("Compare two gipa record streams, typically last year's reports (OLD) and this\n"
	      "year's (NEW); either may be - (standard input).  Writes one TSV line per\n"
	      "changed key:  agency key old new delta pct\n"
	      "and checks the cross-year identity: this year's apply.carried.* must equal\n"
	      "last year's apply.carry_next.*.\n"
	      "\n"
	      "  -a, --all              write every paired key, changed or not\n"
	      "  -b, --by=FIELD         pair records by FIELD and key: agency (default) or report\n"
	      "  -n, --names=MAP.tsv    pair names as MAP says (lines: OLD-NAME<TAB>NEW-NAME)\n"
	      "  -E, --exact-names      pair agency names only when equal (or by --names),\n"
	      "                         never by place prefix (西区… = 攀枝花市西区…)\n"
	      "  -k, --keys=PATTERNS    only keys matching a shell glob; a comma list, or\n"
	      "                         the option repeated (e.g. 'apply.*.total')\n"
	      "      --min-delta=N      leave out changes smaller than N in absolute value\n"
	      "      --min-pct=P        leave out changes smaller than P percent\n"
	      "  -c, --check            write the cross-year findings as TSV instead:\n"
	      "                         agency check level key expected found message\n"
	      "  -H, --no-header        inputs have no header line (report agency year key value)\n"
	      "      --help             display this help and exit\n"
	      "      --version          output version information and exit\n"
	      "\n"
	      "Checks: X1 carried = last year's carry_next (error); X2 2019 form prev_items;\n"
	      "X3 valid = last year's valid + issued - repealed; H1 a table copied from last\n"
	      "year; H2 a value x5 or more (10 and up); H3 all zeros after a non-zero year.\n"
	      "A 2019-form report (2019, 2020) and a 2021-form one are compared on the keys\n"
	      "both forms have, apply.other.* against the sum of the 2021 rows other_nocorrect,\n"
	      "other_nofee and other_misc; the keys only one form has are named (F1), and\n"
	      "written only with -a.\n"
	      "Exit status: 0 no differences, 1 differences, a broken X1 or bad input lines,\n"
	      "2 trouble.  See gipa-diff(1).\n",
	      stdout);
}

static void add_patterns(const char *arg)
{
	const char *p = arg;
	for (;;) {
		const char *c = strchr(p, ',');
		size_t n = c ? (size_t)(c - p) : strlen(p);
		if (n == 0)
			usage_error("--keys: empty pattern in '%s'", arg);
		patterns = xrealloc(patterns, (npatterns + 1) * sizeof *patterns);
		patterns[npatterns++] = xstrndup(p, n);
		if (!c)
			break;
		p = c + 1;
	}
}

static void parse_min(const char *opt, const char *arg, struct dec *d)
{
	if (dec_parse(arg, strlen(arg), d) < 0 || d->m < 0)
		usage_error("%s: '%s' is not a non-negative number", opt, arg);
}

int main(int argc, char **argv)
{
	set_program_name(argv[0]);
	enum { OPT_HELP = 256, OPT_VERSION, OPT_MIN_PCT, OPT_MIN_DELTA };
	static const struct option longopts[] = {
		{"all", no_argument, NULL, 'a'},
		{"by", required_argument, NULL, 'b'},
		{"names", required_argument, NULL, 'n'},
		{"exact-names", no_argument, NULL, 'E'},
		{"keys", required_argument, NULL, 'k'},
		{"min-delta", required_argument, NULL, OPT_MIN_DELTA},
		{"min-pct", required_argument, NULL, OPT_MIN_PCT},
		{"check", no_argument, NULL, 'c'},
		{"no-header", no_argument, NULL, 'H'},
		{"help", no_argument, NULL, OPT_HELP},
		{"version", no_argument, NULL, OPT_VERSION},
		{NULL, 0, NULL, 0},
	};
	int c;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":ab:n:Ek:cH", longopts, NULL)) != -1) {
		switch (c) {
		case 'a':
			opt_all = 1;
			break;
		case 'b':
			if (strcmp(optarg, "agency") == 0)
				by_report = 0;
			else if (strcmp(optarg, "report") == 0)
				by_report = 1;
			else
				usage_error("--by: '%s' is neither agency nor report", optarg);
			break;
		case 'n':
			names_path = optarg;
			break;
		case 'E':
			opt_exact_names = 1;
			break;
		case 'k':
			add_patterns(optarg);
			break;
		case OPT_MIN_DELTA:
			parse_min("--min-delta", optarg, &min_delta);
			have_min_delta = 1;
			break;
		case OPT_MIN_PCT:
			parse_min("--min-pct", optarg, &min_pct);
			have_min_pct = 1;
			break;
		case 'c':
			opt_check = 1;
			break;
		case 'H':
			opt_no_header = 1;
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
	if (argc - optind < 2)
		usage_error("missing operand: OLD and NEW are needed");
	if (argc - optind > 2)
		usage_error("extra operand '%s'", argv[optind + 2]);
	const char *oldp = argv[optind], *newp = argv[optind + 1];
	if (strcmp(oldp, "-") == 0 && strcmp(newp, "-") == 0)
		usage_error("OLD and NEW cannot both be standard input");
	ident_col = by_report ? REC_REPORT : REC_AGENCY;
	keys_init();
	ov = xcalloc(nrank, sizeof *ov);
	nv = xcalloc(nrank, sizeof *nv);
	xmark = xcalloc(nrank, 1);

	struct rec_reader orr, nrr;
	if (rec_open(&orr, oldp, opt_no_header) < 0)
		return EXIT_TROUBLE;
	if (rec_open(&nrr, newp, opt_no_header) < 0) {
		rec_close(&orr);
		return EXIT_TROUBLE;
	}
	load_old(&orr);
	rec_close(&orr);
	if (exit_status() >= EXIT_TROUBLE) {
		rec_close(&nrr);
		return EXIT_TROUBLE;
	}
	group_old(oldp);
	hm_init(&targets);
	hm_init(&new_names);
	if (names_path)
		load_names();
	build_targets();

	const char *id = by_report ? "report" : "agency";
	out_adds(id);
	out_adds(opt_check ? "\tcheck\tlevel\tkey\texpected\tfound\tmessage" : "\tkey\told\tnew\tdelta\tpct");
	out_endline();
	stream_new(&nrr);
	rec_close(&nrr);
	if (!opt_check)
		write_removed();
	out_flush();
	if (skipped_years)
		errmsg("note: cross-year checks skipped for %zu paired %s%s whose years are not "
		       "consecutive (%s)", skipped_years, by_report ? "report" : "agenc",
		       by_report ? (skipped_years == 1 ? "" : "s") : (skipped_years == 1 ? "y" : "ies"),
		       skipped_example.p);
	if ((differences && !opt_check) || x1_broken)
		exit_status_raise(EXIT_PROBLEM);
	return exit_status();
}
