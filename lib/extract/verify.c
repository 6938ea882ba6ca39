/* verify.c - the form's own arithmetic (SCHEMA.md §3.1: I1-I5, S6).
 *
 * A broken identity is reported, never "fixed": the report may really be
 * wrong.  An identity with a missing or non-integral cell is not checked
 * (the missing row was reported already).  Blank cells count as 0, and a
 * note says so when a blank was needed for the identity to hold (S6). */
#include "report.h"

#include <errno.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct term {
	int64_t v;
	int ok;      /* present and integral */
	int blank;
	unsigned long line;
};

/* A canonical value (an optional '-', then digits) of up to 18 digits
 * fits an int64 and needs no strtoll; anything else takes strtoll's
 * verdict, as before. */
static int parse_int(const char *s, int64_t *out)
{
	/* most values are a digit or two: no loop */
	if (s[0] >= '0' && s[0] <= '9') {
		if (s[1] == '\0') {
			*out = s[0] - '0';
			return 1;
		}
		if (s[1] >= '0' && s[1] <= '9' && s[2] == '\0') {
			*out = (s[0] - '0') * 10 + (s[1] - '0');
			return 1;
		}
	}
	const char *p = s + (*s == '-');
	int64_t v = 0;
	int n = 0;
	for (; *p >= '0' && *p <= '9' && n < 18; p++, n++)
		v = v * 10 + (*p - '0');
	if (*p == '\0' && n > 0) {
		*out = *s == '-' ? -v : v;
		return 1;
	}
	errno = 0;
	char *end;
	long long ll = strtoll(s, &end, 10);
	if (errno || *end)
		return 0;
	*out = ll;
	return 1;
}

static struct term at(const struct report *r, int i)
{
	struct term t = {0, 0, 0, 0};
	if (i < 0)
		return t;
	const struct cell *c = &r->vals[i];
	t.line = c->line;
	if (c->state == V_BLANK) {
		t.ok = t.blank = 1;
		return t;
	}
	if (c->state != V_VALUE || c->decimal)
		return t;
	t.ok = parse_int(c->v, &t.v);
	return t;
}

/* Unified key indices of the apply and review cells, per form, found once. */
#define MAXROWS 32
#define MAXCOLS 8
static int cell_index[FORM_COUNT][TAB_COUNT][MAXROWS][MAXCOLS];

/* The apply rows the identities name, per form, found once. */
static struct apply_rows {
	int new, carried, total, next; /* row index, or -1 */
	int out_first, out_last;       /* the outcome rows (三、本年度办理结果) but 总计 */
} apply_rows[FORM_COUNT];

static int row_named(const struct gipa_tabledef *td, const char *key)
{
	for (int r = 0; r < td->nrows; r++)
		if (strcmp(td->rows[r].key, key) == 0)
			return r;
	return -1;
}

static void find_apply_rows(const struct gipa_tabledef *ap, struct apply_rows *a)
{
	a->new = row_named(ap, "new");
	a->carried = row_named(ap, "carried");
	a->total = row_named(ap, "total");
	a->next = row_named(ap, "carry_next");
	a->out_first = -1;
	int total_row = -1;
	for (int i = 0; i < ap->nrows; i++) {
		if (strcmp(ap->rows[i].key, "total") == 0)
			total_row = i;
		else if (ap->rows[i].group && strcmp(ap->rows[i].group, "三、本年度办理结果") == 0 &&
			 a->out_first < 0)
			a->out_first = i;
	}
	a->out_last = total_row - 1;
}

static void init_index(void)
{
	static int ready;
	if (ready)
		return;
	ready = 1;
	for (int f = 0; f < FORM_COUNT; f++) {
		for (int t = 0; t < TAB_COUNT; t++) {
			const struct gipa_tabledef *td = schema_table(f, t);
			for (int r = 0; r < td->nrows && r < MAXROWS; r++)
				for (int c = 0; c < td->rows[r].ncols && c < MAXCOLS; c++) {
					char key[64];
					snprintf(key, sizeof key, "%s.%s.%s", td->key, td->rows[r].key,
						 td->rows[r].cols[c].key);
					cell_index[f][t][r][c] = schema_uindex(key, strlen(key));
				}
		}
		find_apply_rows(schema_table(f, TAB_APPLY), &apply_rows[f]);
	}
}

/* A table's cells as terms, each cell read once (an identity reads most
 * cells two or three times). */
struct grid {
	struct term t[MAXROWS][MAXCOLS];
};

/* Rows [0, nrows) of table t; ncols columns of each, or each row's own
 * count when ncols is 0. */
static void load(const struct report *r, int t, const struct gipa_tabledef *td, int ncols, struct grid *g)
{
	for (int i = 0; i < td->nrows && i < MAXROWS; i++) {
		int nc = ncols ? ncols : td->rows[i].ncols;
		for (int c = 0; c < nc && c < MAXCOLS; c++)
			g->t[i][c] = at(r, cell_index[r->form][t][i][c]);
	}
}

static struct term cell(const struct grid *g, int row, int col)
{
	static const struct term none = {0, 0, 0, 0}; /* a row the form lacks */
	return row < 0 ? none : g->t[row][col];
}

/* Add b to a; 0 when b was unusable. */
static int add(struct term *a, struct term b)
{
	if (!b.ok || !a->ok)
		return a->ok = 0;
	if (__builtin_add_overflow(a->v, b.v, &a->v))
		return a->ok = 0;
	a->blank |= b.blank;
	return 1;
}

/* One identity: lhs = rhs.  `id` is the check ("I1"), `what` its name in
 * the message ("apply I1 balance"), `where` the row or column. */
static void compare(struct report *r, const char *id, const char *what, const char *where,
		    const char *lhs_name, struct term lhs, const char *rhs_name, struct term rhs, int table)
{
	if (!lhs.ok || !rhs.ok)
		return;
	if (lhs.v != rhs.v)
		report_find_t(r, table, SEV_PROBLEM, lhs.line, id, "%s: %s: %s %lld ≠ %s %lld", what, where,
			      lhs_name, (long long)lhs.v, rhs_name, (long long)rhs.v);
	else if (lhs.blank || rhs.blank)
		report_find_t(r, table, SEV_NOTE, lhs.line, "S6",
			      "%s: %s: holds only when the blank cells are read as 0", what, where);
}

void verify_report(struct report *r)
{
	init_index();
	const struct gipa_tabledef *ap = schema_table(r->form, TAB_APPLY);
	const struct apply_rows *a = &apply_rows[r->form];
	const int NEW = a->new, CARRIED = a->carried, TOTAL = a->total, NEXT = a->next;
	const int out_first = a->out_first, out_last = a->out_last;
	const struct gipa_row *rows = ap->rows;
	int nrows = ap->nrows;
	const struct gipa_col *cols = rows[0].cols;
	int ncols = rows[0].ncols;           /* 7; the last is total */
	struct grid apply, review;
	load(r, TAB_APPLY, ap, ncols, &apply);

	{
		/* I1 balance, per column */
		for (int c = 0; c < ncols; c++) {
			struct term lhs = cell(&apply, NEW, c);
			add(&lhs, cell(&apply, CARRIED, c));
			struct term rhs = cell(&apply, TOTAL, c);
			add(&rhs, cell(&apply, NEXT, c));
			compare(r, "I1", "apply I1 balance", cols[c].key, "新收+结转", lhs, "办理+结转下年", rhs, TAB_APPLY);
		}
		/* I2 outcomes, per column */
		for (int c = 0; c < ncols; c++) {
			struct term lhs = cell(&apply, TOTAL, c);
			struct term sum = {0, 1, 0, 0};
			for (int i = out_first; i <= out_last; i++)
				add(&sum, cell(&apply, i, c));
			compare(r, "I2", "apply I2 outcomes", cols[c].key, "总计", lhs, "sum", sum, TAB_APPLY);
		}
		/* I3 row total, per row */
		for (int i = 0; i < nrows; i++) {
			struct term lhs = cell(&apply, i, ncols - 1);
			struct term sum = {0, 1, 0, 0};
			for (int c = 0; c < ncols - 1; c++)
				add(&sum, cell(&apply, i, c));
			compare(r, "I3", "apply I3 row total", rows[i].key, "总计", lhs, "sum", sum, TAB_APPLY);
		}
	}
	/* I4 review groups */
	const struct gipa_tabledef *rv = schema_table(FORM_2021, TAB_REVIEW);
	load(r, TAB_REVIEW, rv, 0, &review);
	for (int g = 0; g < rv->nrows; g++) {
		const struct gipa_row *row = &rv->rows[g];
		struct term lhs = cell(&review, g, row->ncols - 1);
		struct term sum = {0, 1, 0, 0};
		for (int c = 0; c < row->ncols - 1; c++)
			add(&sum, cell(&review, g, c));
		compare(r, "I4", "review I4", row->key, "总计", lhs, "sum", sum, TAB_REVIEW);
	}
	/* I5 domain: counts are whole and not negative, money not negative */
	size_t nk = schema_nukeys();
	for (size_t i = 0; i < nk; i++) {
		const struct cell *c = &r->vals[i];
		if (c->state != V_VALUE || !(c->negative || c->decimal))
			continue; /* most cells: no key to look up */
		const struct gipa_key *key = schema_ukey(i);
		if (c->negative && key->col->unit != UNIT_SIGNED)
			report_find_t(r, key->table, SEV_PROBLEM, c->line, "I5",
				      "I5 domain: %s: value %s is negative", key->key, c->v);
		else if (c->decimal && (key->col->unit == UNIT_COUNT || key->col->unit == UNIT_SIGNED))
			report_find_t(r, key->table, SEV_PROBLEM, c->line, "I5",
				      "I5 domain: %s: value %s is not a whole number", key->key, c->v);
	}
}
