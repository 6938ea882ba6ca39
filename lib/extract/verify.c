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
	errno = 0;
	char *end;
	long long v = strtoll(c->v, &end, 10);
	if (errno || *end)
		return t;
	t.v = v;
	t.ok = 1;
	return t;
}

/* Unified key indices of the apply and review cells, per form, found once. */
#define MAXROWS 32
#define MAXCOLS 8
static int cell_index[FORM_COUNT][TAB_COUNT][MAXROWS][MAXCOLS];

static void init_index(void)
{
	static int ready;
	if (ready)
		return;
	ready = 1;
	for (int f = 0; f < FORM_COUNT; f++)
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
}

static int row_named(const struct gipa_tabledef *td, const char *key)
{
	for (int r = 0; r < td->nrows; r++)
		if (strcmp(td->rows[r].key, key) == 0)
			return r;
	return -1;
}

static struct term cell(const struct report *r, int t, int row, int col)
{
	return row < 0 ? at(r, -1) : at(r, cell_index[r->form][t][row][col]);
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
	const int NEW = row_named(ap, "new"), CARRIED = row_named(ap, "carried"),
		  TOTAL = row_named(ap, "total"), NEXT = row_named(ap, "carry_next");
	const struct gipa_row *rows = ap->rows;
	int nrows = ap->nrows;
	const struct gipa_col *cols = rows[0].cols;
	int ncols = rows[0].ncols;           /* 7; the last is total */
	/* OUT21: the rows printed under 三、本年度办理结果, without （七）总计 */
	int out_first = -1, out_last = -1, total_row = -1;
	for (int i = 0; i < nrows; i++) {
		if (strcmp(rows[i].key, "total") == 0)
			total_row = i;
		else if (rows[i].group && strcmp(rows[i].group, "三、本年度办理结果") == 0 && out_first < 0)
			out_first = i;
	}
	out_last = total_row - 1;

	{
		/* I1 balance, per column */
		for (int c = 0; c < ncols; c++) {
			struct term lhs = cell(r, TAB_APPLY, NEW, c);
			add(&lhs, cell(r, TAB_APPLY, CARRIED, c));
			struct term rhs = cell(r, TAB_APPLY, TOTAL, c);
			add(&rhs, cell(r, TAB_APPLY, NEXT, c));
			compare(r, "I1", "apply I1 balance", cols[c].key, "新收+结转", lhs, "办理+结转下年", rhs, TAB_APPLY);
		}
		/* I2 outcomes, per column */
		for (int c = 0; c < ncols; c++) {
			struct term lhs = cell(r, TAB_APPLY, TOTAL, c);
			struct term sum = {0, 1, 0, 0};
			for (int i = out_first; i <= out_last; i++)
				add(&sum, cell(r, TAB_APPLY, i, c));
			compare(r, "I2", "apply I2 outcomes", cols[c].key, "总计", lhs, "sum", sum, TAB_APPLY);
		}
		/* I3 row total, per row */
		for (int i = 0; i < nrows; i++) {
			struct term lhs = cell(r, TAB_APPLY, i, ncols - 1);
			struct term sum = {0, 1, 0, 0};
			for (int c = 0; c < ncols - 1; c++)
				add(&sum, cell(r, TAB_APPLY, i, c));
			compare(r, "I3", "apply I3 row total", rows[i].key, "总计", lhs, "sum", sum, TAB_APPLY);
		}
	}
	/* I4 review groups */
	const struct gipa_tabledef *rv = schema_table(FORM_2021, TAB_REVIEW);
	for (int g = 0; g < rv->nrows; g++) {
		const struct gipa_row *row = &rv->rows[g];
		struct term lhs = cell(r, TAB_REVIEW, g, row->ncols - 1);
		struct term sum = {0, 1, 0, 0};
		for (int c = 0; c < row->ncols - 1; c++)
			add(&sum, cell(r, TAB_REVIEW, g, c));
		compare(r, "I4", "review I4", row->key, "总计", lhs, "sum", sum, TAB_REVIEW);
	}
	/* I5 domain: counts are whole and not negative, money not negative */
	size_t nk = schema_nukeys();
	for (size_t i = 0; i < nk; i++) {
		const struct cell *c = &r->vals[i];
		const struct gipa_key *key = schema_ukey(i);
		if (c->state != V_VALUE)
			continue;
		if (c->negative && key->col->unit != UNIT_SIGNED)
			report_find_t(r, key->table, SEV_PROBLEM, c->line, "I5",
				      "I5 domain: %s: value %s is negative", key->key, c->v);
		else if (c->decimal && (key->col->unit == UNIT_COUNT || key->col->unit == UNIT_SIGNED))
			report_find_t(r, key->table, SEV_PROBLEM, c->line, "I5",
				      "I5 domain: %s: value %s is not a whole number", key->key, c->v);
	}
}
