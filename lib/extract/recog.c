/* recog.c - place values by their row labels (SCHEMA.md §4, §5).
 *
 * Label text accumulates until values start; the row is the one whose
 * distinctive phrase ends latest in that text.  The values that follow
 * (across line ends while the row is short, never across the next label)
 * are taken only when their count fits the row:
 *   - as many numbers as the row has cells (blank cells being padding), or
 *   - numbers and explicit blanks together exactly filling the row.
 * Anything else is refused and named; nothing is ever guessed. */
#include "report.h"
#include "fold.h"

#include "textsearch.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LABEL_MAX 4096

static struct item items[MAX_ITEMS];
static int nitems;

/* Every phrase of every row (both forms) and the stub group labels, one
 * set per table, so that a label is matched in one pass. */
static struct text_set table_phrases[TAB_COUNT];
static int phrase_owner[TAB_COUNT][TEXT_SET_MAX]; /* item index, or -1-g for group phrase g */

/* Phrases that match only at the end of the label text ("$x"). */
struct anchored {
	const char *s;
	size_t n;
	int table;
	int item;
};
static struct anchored anchored[16];
static int nanchored;

/* The item reading a whole table as one run: of each form's items, and
 * of any form's ([FORM_COUNT]); -1 for none. */
static int whole_item[TAB_COUNT][FORM_COUNT + 1];

/* The 2021 form reads table t as one run (its schema's one_run). */
static int one_run[TAB_COUNT];

/* Sets of items are bit masks. */
_Static_assert(MAX_ITEMS <= 64, "an item mask has 64 bits");

static uint64_t bit(int i)
{
	return (uint64_t)1 << i;
}

static void add_phrase(const char *ph, int table, int item)
{
	if (ph[0] == '$') {
		anchored[nanchored++] = (struct anchored){ph + 1, strlen(ph + 1), table, item};
		return;
	}
	phrase_owner[table][table_phrases[table].count] = item;
	text_set_add_fixed(&table_phrases[table], ph);
}

static void index_phrases(void)
{
	for (int t = 0; t < TAB_COUNT; t++)
		text_set_init(&table_phrases[t]);
	for (int i = 0; i < nitems; i++)
		for (int p = 0; items[i].row && p < MAX_PHRASES && items[i].row->phrases[p]; p++)
			add_phrase(items[i].row->phrases[p], items[i].table, i);
	for (int t = 0; t < TAB_COUNT; t++) {
		const char *const *g = schema_table(FORM_2021, t)->group_phrases;
		for (int k = 0; g[k]; k++)
			add_phrase(g[k], t, -1 - k);
	}
}

static void index_items(void)
{
	for (int t = 0; t < TAB_COUNT; t++) {
		one_run[t] = schema_table(FORM_2021, t)->one_run;
		for (int f = 0; f <= FORM_COUNT; f++)
			whole_item[t][f] = -1;
	}
	for (int i = 0; i < nitems; i++) {
		int t = items[i].table;
		if (items[i].row)
			continue;
		for (int f = 0; f < FORM_COUNT; f++)
			if ((items[i].forms & 1u << f) && whole_item[t][f] < 0)
				whole_item[t][f] = i;
		if (whole_item[t][FORM_COUNT] < 0)
			whole_item[t][FORM_COUNT] = i;
	}
}

/* Header words that tell the forms apart (SCHEMA.md §6.3). */
static const char *const head2021[] = {"本年制发件数", "本年废止件数", "现行有效件", "本年处理决定数量",
				       "本年收费金额", "不补正", "收费通知", NULL};
static const char *const head2019[] = {"本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
				       "本年增/减", "采购项目数量", "采购总金额", "第二十条第(九)项",
				       "其他对外管理服务事项", "政府集中采购", NULL};

/* Both lists in one set, looked for in one pass: head2021 first.  The
 * active table's set of phrases holds them too, from heads_at on, so that
 * its label text is searched for both in one pass (match_label). */
static struct text_set heads;
static int nhead2021, heads_at;

static void index_heads(void)
{
	text_set_init(&heads);
	for (int i = 0; head2021[i]; i++, nhead2021++)
		text_set_add_fixed(&heads, head2021[i]);
	for (int i = 0; head2019[i]; i++)
		text_set_add_fixed(&heads, head2019[i]);
	heads_at = table_phrases[TAB_ACTIVE].count;
	for (int i = 0; i < heads.count; i++)
		text_set_add_fixed(&table_phrases[TAB_ACTIVE], heads.s[i]);
}

/* Items of both forms in one list.  A row printed alike in both (the apply
 * rows, the review table) is one item serving both; a row whose columns
 * differ (the active rows) is one item per form. */
void recog_init(void)
{
	if (nitems)
		return;
	for (int f = 0; f < FORM_COUNT; f++) {
		int seq = 0;
		for (int t = 0; t < TAB_COUNT; t++) {
			const struct gipa_tabledef *td = schema_table(f, t);
			for (int r = 0; r < td->nrows; r++) {
				const struct gipa_row *row = &td->rows[r];
				char key[64];
				snprintf(key, sizeof key, "%s.%s.%s", td->key, row->key, row->cols[0].key);
				int first = schema_uindex(key, strlen(key));
				int n = 0, keyidx[MAX_ITEM_KEYS];
				for (int rr = r; rr < (td->one_run ? td->nrows : r + 1); rr++)
					for (int c = 0; c < td->rows[rr].ncols; c++) {
						snprintf(key, sizeof key, "%s.%s.%s", td->key, td->rows[rr].key,
							 td->rows[rr].cols[c].key);
						keyidx[n++] = schema_uindex(key, strlen(key));
					}
				if (td->one_run)
					row = NULL;
				int found = -1;
				for (int i = 0; i < nitems; i++)
					if ((int)items[i].table == t && items[i].first == first && items[i].n == n)
						found = i;
				if (found < 0) {
					found = nitems++;
					items[found] = (struct item){t, row, first, n, row ? row->key : td->key, 0,
								     {-1, -1}, {0}};
					memcpy(items[found].keys, keyidx, sizeof keyidx[0] * (size_t)n);
				}
				items[found].forms |= 1u << f;
				items[found].seq[f] = seq++;
				if (td->one_run)
					break;
			}
		}
	}
	index_phrases();
	index_heads();
	index_items();
}

int recog_nitems(void)
{
	return nitems;
}

const struct item *recog_item(int i)
{
	return &items[i];
}

/* ---- label text ---------------------------------------------------------- */

static void label_reset(struct report *r)
{
	buf_reset(&r->label);
}

static void label_append(struct report *r, const char *s, size_t n, unsigned long line)
{
	fold_append(&r->label, s, n);
	r->label_line = line;
	if (r->label.len > LABEL_MAX) {
		/* keep the tail, cut at a character boundary */
		size_t cut = r->label.len - LABEL_MAX / 2;
		while (cut < r->label.len && ((unsigned char)r->label.p[cut] & 0xC0) == 0x80)
			cut++;
		memmove(r->label.p, r->label.p + cut, r->label.len - cut);
		r->label.len -= cut;
		r->label.p[r->label.len] = '\0';
	}
}



/* The lowest set bit of a non-zero mask. */
static int lowest_bit(uint64_t m)
{
	return __builtin_ctzll(m);
}

/* The first word of heads[from..to) in the found mask, or NULL. */
static const char *signal_in(uint64_t found, int from, int to)
{
	uint64_t range = (to < 64 ? ((uint64_t)1 << to) : 0) - ((uint64_t)1 << from);
	return found & range ? heads.s[lowest_bit(found & range)] : NULL;
}

/* The header words in the found mask (bit i: heads.s[i]) were seen at
 * line in the active table. */
static void note_signals(struct report *r, uint64_t found, unsigned long line)
{
	if (!found)
		return; /* nearly every line: nothing to note */
	const char *w21 = signal_in(found, 0, nhead2021), *w19 = signal_in(found, nhead2021, heads.count);
	int t = r->table;
	if (w21 && !r->sig2021[t])
		r->sig2021[t] = line;
	if (w19 && !r->sig2019[t]) {
		r->sig2019[t] = line;
		snprintf(r->sig2019_text[t], sizeof r->sig2019_text[t], "%s", w19);
	}
	/* the newest header decides what the rows under it mean */
	if (w19 && !w21)
		r->tform[t] = FORM_2019 + 1;
	else if (w21 && !w19)
		r->tform[t] = FORM_2021 + 1;
}

void recog_signals(struct report *r, const char *text, unsigned long line)
{
	/* apply: the rows themselves tell (recog_close) */
	if (r->table != TAB_ACTIVE)
		return;
	long ends[TEXT_SET_MAX];
	note_signals(r, text_set_scan(&heads, text, strlen(text), ends), line);
}

/* The form the values of table t are read in now (the active table's
 * label text already looked at for header words). */
static int table_form(struct report *r, int t)
{
	if (r->tform[t])
		return r->tform[t] - 1;
	if (t == TAB_APPLY && r->tform[TAB_ACTIVE])
		return r->tform[TAB_ACTIVE] - 1;
	return r->year_guess > 0 && r->year_guess <= 2020 ? FORM_2019 : FORM_2021;
}

/* Which item do the label's last words name?  Sets r->run_group.
 *
 * Also finds whether the label text names several rows still waiting for
 * values, in form order (pdftotext prints a block of labels, then all their
 * numbers): r->multi[] gets them, r->nmulti their count (0 or >= 2). */
static int match_label(struct report *r)
{
	const char *text = r->label.p ? r->label.p : "";
	size_t n = r->label.len;
	r->nmulti = 0;
	if (r->table < 0)
		return RUN_NOMATCH;
	/* the phrases in the text, and in the active table's the header words */
	const struct text_set *set = &table_phrases[r->table];
	const int *owner = phrase_owner[r->table];
	long ends[MAX_ITEMS], pend[TEXT_SET_MAX];
	static struct text_memo memo[TAB_COUNT];
	uint64_t found = text_set_scan_memo(set, &memo[r->table], text, n, pend);
	if (r->table == TAB_ACTIVE) {
		if (n > 0)
			note_signals(r, found >> heads_at, r->label_line);
		found &= bit(heads_at) - 1;
	}
	/* The form whose meaning the values have: the active table's header
	 * says (its columns differ between the forms); the apply rows are told
	 * apart by their labels, so both forms' rows compete there. */
	int form = table_form(r, r->table);
	unsigned allowed = r->table == TAB_ACTIVE ? 1u << form : ~0u;
	int whole = whole_item[r->table][r->table == TAB_ACTIVE ? form : FORM_COUNT];
	if (whole >= 0)
		return n > 0 ? whole : RUN_NOMATCH; /* one run for the whole table */

	/* where each item's phrases end last; on a tie the longer phrase,
	 * which began first.  `named` has a bit for each item whose ends[] and
	 * lens[] are set. */
	size_t lens[MAX_ITEMS], group_len = 0;
	long group_end = -1;
	int group = -1;
	uint64_t named = 0;
	for (uint64_t m = found; m; m &= m - 1) {
		int p = lowest_bit(m), i = owner[p];
		long e = pend[p];
		size_t len = set->n[p];
		if (i < 0) {
			if (e > group_end || (e == group_end && len > group_len))
				group_end = e, group_len = len, group = -1 - i;
		} else if (items[i].forms & allowed) {
			if (!(named & bit(i)) || e > ends[i] || (e == ends[i] && len > lens[i]))
				ends[i] = e, lens[i] = len;
			named |= bit(i);
		}
	}
	for (int p = 0; p < nanchored; p++) {
		const struct anchored *ph = &anchored[p];
		if (ph->table == r->table && (items[ph->item].forms & allowed) && ph->n <= n &&
		    memcmp(text + n - ph->n, ph->s, ph->n) == 0) {
			ends[ph->item] = (long)n, lens[ph->item] = ph->n;
			named |= bit(ph->item);
		}
	}
	/* in item order: the first of equals wins */
	int best = RUN_NOMATCH;
	long best_end = -1;
	size_t best_len = 0;
	for (uint64_t m = named; m; m &= m - 1) {
		int i = lowest_bit(m);
		if (ends[i] > best_end || (ends[i] == best_end && lens[i] > best_len))
			best = i, best_end = ends[i], best_len = lens[i];
	}
	if (group_end > best_end) {
		best = RUN_GROUP;
		r->run_group = group;
	}

	/* rows named and still open, in the form's order: a block of labels
	 * when they are consecutive and their labels come in that order */
	int seq[MAX_ITEMS], ns = 0;
	for (uint64_t m = named; m; m &= m - 1) {
		int i = lowest_bit(m);
		if (r->item_state[i] == ITEM_NONE && items[i].seq[form] >= 0)
			seq[ns++] = i;
	}
	for (int a = 1; a < ns; a++)
		for (int b = a; b > 0 && items[seq[b]].seq[form] < items[seq[b - 1]].seq[form]; b--) {
			int tmp = seq[b];
			seq[b] = seq[b - 1];
			seq[b - 1] = tmp;
		}
	for (int k = 1; k < ns; k++)
		if (ends[seq[k]] <= ends[seq[k - 1]] || items[seq[k]].seq[form] != items[seq[k - 1]].seq[form] + 1)
			return best; /* out of order or a gap: not a block of labels */
	if (ns >= 2 && best >= 0 && seq[ns - 1] == best) {
		memcpy(r->multi, seq, sizeof seq[0] * (size_t)ns);
		r->nmulti = ns;
	}
	return best;
}

/* How many values the run waits for before a line end completes it.  A
 * block of labels waits for the next label: its count must be exact. */
static int run_need(const struct report *r)
{
	if (r->run_item < 0)
		return 0;
	if (r->nmulti)
		return RUN_MAX + 1;
	return items[r->run_item].n;
}

/* Values a block of labels needs. */
static int multi_need(const struct report *r)
{
	int n = 0;
	for (int i = 0; i < r->nmulti; i++)
		n += items[r->multi[i]].n;
	return n;
}

/* ---- runs of values ------------------------------------------------------ */

static void run_reset(struct report *r)
{
	r->nrun = 0;
	r->run_overflow = 0;
	r->run_item = RUN_NONE;
	r->nmulti = 0;
}

static void describe_label(const struct report *r, char *out, size_t outsz)
{
	/* the last few characters of the label text, for a message */
	const char *p = r->label.p ? r->label.p : "";
	size_t n = r->label.len;
	size_t start = n > 36 ? n - 36 : 0;
	while (start < n && ((unsigned char)p[start] & 0xC0) == 0x80)
		start++;
	snprintf(out, outsz, "%s%s", start ? "…" : "", p + start);
}

static inline void set_cell(struct report *r, int key, const struct runtok *t)
{
	struct cell *c = &r->vals[key];
	if (!t || t->type == TOK_BLANK) {
		c->state = V_BLANK;
		c->v[0] = '\0';
		c->line = t ? t->line : 0;
		return;
	}
	c->state = V_VALUE;
	c->decimal = t->decimal;
	c->negative = t->negative;
	memcpy(c->v, t->v, sizeof c->v);
	c->line = t->line;
}

static int same_values(const struct report *r, const struct item *it, const struct runtok **take)
{
	for (int k = 0; k < it->n; k++) {
		const struct cell *c = &r->vals[it->keys[k]];
		const struct runtok *t = take[k];
		if (t->type == TOK_BLANK ? c->state != V_BLANK
					 : (c->state != V_VALUE || strcmp(c->v, t->v) != 0))
			return 0;
	}
	return 1;
}

static void refuse(struct report *r, int idx)
{
	const struct item *it = &items[idx];
	r->item_state[idx] = ITEM_REFUSED;
	for (int k = 0; k < it->n; k++)
		r->vals[it->keys[k]].state = V_MISSING;
}

static const char *table_key(int t)
{
	return schema_table(FORM_2021, t)->key;
}

/* An item got its values.  An apply row only one form has tells the form. */
static void placed(struct report *r, int idx, unsigned long line)
{
	const struct item *it = &items[idx];
	r->item_state[idx] = ITEM_DONE;
	r->any_value = 1;
	if (it->table != TAB_APPLY)
		return;
	if (it->forms == 1u << FORM_2019 && !r->sig2019[TAB_APPLY]) {
		r->sig2019[TAB_APPLY] = line;
		snprintf(r->sig2019_text[TAB_APPLY], sizeof r->sig2019_text[TAB_APPLY],
			 "（六）其他处理 with values");
	}
	if (it->forms == 1u << FORM_2021 && !r->sig2021[TAB_APPLY])
		r->sig2021[TAB_APPLY] = line; /* 不补正, 收费通知, 3.其他 */
}

/* Decide what the collected run means, then start afresh. */
void recog_close(struct report *r)
{
	if (r->nrun == 0) {
		run_reset(r);
		return;
	}
	int nnum = 0, nblank = 0;
	for (int i = 0; i < r->nrun; i++)
		nnum += r->run[i].type == TOK_NUM;
	nblank = r->nrun - nnum;
	int idx = r->run_item;
	unsigned long line = r->run[0].line;

	if (nnum == 0) {
		/* Only empty cells: a row left wholly blank, or just the empty
		 * cells of a header.  Only the first is news. */
		if (idx >= 0 && nblank == items[idx].n && !r->run_overflow &&
		    r->item_state[idx] == ITEM_NONE && items[idx].row) {
			for (int k = 0; k < items[idx].n; k++)
				set_cell(r, items[idx].keys[k], &r->run[k]);
			r->item_state[idx] = ITEM_DONE;
			label_reset(r);
		}
		run_reset(r);
		return;
	}

	if (idx == RUN_NOMATCH) {
		/* A lone number on its own line where no value is due: a page
		 * number.  Anything else is worth a note. */
		if (!(r->nrun == 1 && r->run[0].lone) && r->table >= 0) {
			char lab[160]; /* made only for the note: most runs need none */
			describe_label(r, lab, sizeof lab);
			report_find_t(r, r->table, SEV_NOTE, line, "unplaced",
				    "%s: %d value%s after '%s' not placed: no row label recognised",
				    table_key(r->table), nnum, nnum == 1 ? "" : "s", lab);
		}
	} else if (idx == RUN_GROUP) {
		const char *g = schema_table(FORM_2021, r->table)->group_phrases[r->run_group];
		report_find_t(r, r->table, SEV_NOTE, line, "unplaced",
			    "%s: %d value%s after the group label '%s' not placed (the 2021 form has no values there)",
			    table_key(r->table), nnum, nnum == 1 ? "" : "s", g);
	} else if (r->nmulti && !r->run_overflow && nblank == 0 && nnum == multi_need(r)) {
		/* a block of labels, then all their values: exactly enough */
		int k = 0;
		for (int m = 0; m < r->nmulti; m++) {
			const struct item *it = &items[r->multi[m]];
			for (int c = 0; c < it->n; c++)
				set_cell(r, it->keys[c], &r->run[k++]);
			placed(r, r->multi[m], line);
		}
	} else {
		const struct item *it = &items[idx];
		const struct runtok *take[RUN_MAX];
		int ok = 0;
		if (!r->run_overflow && nnum == it->n) {
			int k = 0;
			for (int i = 0; i < r->nrun; i++)
				if (r->run[i].type == TOK_NUM)
					take[k++] = &r->run[i];
			ok = 1;
		} else if (!r->run_overflow && nnum + nblank == it->n) {
			for (int i = 0; i < r->nrun; i++)
				take[i] = &r->run[i];
			ok = 1;
		}
		const char *what = it->row ? it->row->label : schema_table(FORM_2021, it->table)->title;
		if (r->item_state[idx] == ITEM_DONE) {
			if (!ok || !same_values(r, it, take)) {
				report_find_t(r, it->table, SEV_PROBLEM, line, "duplicate",
					    "%s row %s (%s) appears again with other values; row not extracted",
					    table_key(it->table), it->name, what);
				refuse(r, idx);
			}
		} else if (r->item_state[idx] == ITEM_REFUSED) {
			report_find_t(r, it->table, SEV_NOTE, line, "duplicate",
				    "%s row %s (%s) appears again; still not extracted",
				    table_key(it->table), it->name, what);
		} else if (!ok) {
			if (r->run_overflow)
				report_find_t(r, it->table, SEV_PROBLEM, line, "count",
					    "%s row %s (%s): more than %d values where the form has %d; row not extracted",
					    table_key(it->table), it->name, what, RUN_MAX, it->n);
			else if (nblank)
				report_find_t(r, it->table, SEV_PROBLEM, line, "count",
					    "%s row %s (%s): %d value%s and %d empty cell%s where the form has %d cells; cannot tell which are blank; row not extracted",
					    table_key(it->table), it->name, what, nnum, nnum == 1 ? "" : "s",
					    nblank, nblank == 1 ? "" : "s", it->n);
			else
				report_find_t(r, it->table, SEV_PROBLEM, line, "count",
					    "%s row %s (%s): %d value%s where the form has %d; row not extracted",
					    table_key(it->table), it->name, what, nnum, nnum == 1 ? "" : "s", it->n);
			refuse(r, idx);
		} else {
			for (int k = 0; k < it->n; k++)
				set_cell(r, it->keys[k], take[k]);
			placed(r, idx, line);
		}
	}
	label_reset(r);
	run_reset(r);
}

void recog_heading(struct report *r, int section)
{
	recog_close(r);
	label_reset(r);
	r->table = section == 2 ? TAB_ACTIVE : section == 3 ? TAB_APPLY : section == 4 ? TAB_REVIEW : -1;
	if (r->table >= 0)
		r->seen_table[r->table] = 1;
}

static int run_has_number(const struct report *r)
{
	for (int i = 0; i < r->nrun; i++)
		if (r->run[i].type == TOK_NUM)
			return 1;
	return 0;
}

/* Text made only of the review table's header words (结果 维持 总计 …). */
static int header_words(const char *s, size_t n)
{
	static const char vocab[] = "结果维持纠正其他尚未审结总计行政复议诉讼经直接起后";
	size_t i = 0;
	while (i < n) {
		size_t k = ((unsigned char)s[i] & 0xF0) == 0xE0 ? 3 : 1;
		if (k != 3 || i + 3 > n)
			return 0;
		int found = 0;
		for (size_t v = 0; v + 3 <= sizeof vocab - 1; v += 3)
			if (memcmp(vocab + v, s + i, 3) == 0) {
				found = 1;
				break;
			}
		if (!found)
			return 0;
		i += 3;
	}
	return n > 0;
}

static int first_item(int table)
{
	for (int i = 0; i < nitems; i++)
		if ((int)items[i].table == table)
			return i;
	return RUN_NOMATCH;
}

/* Add the value token t of line lineno to the run (not full). */
static void run_add(struct report *r, const struct token *t, unsigned long lineno, int lone)
{
	struct runtok *rt = &r->run[r->nrun++];
	rt->type = t->type;
	rt->decimal = (unsigned char)t->decimal;
	rt->negative = (unsigned char)t->negative;
	rt->unit = (unsigned char)t->unit;
	rt->wan = (unsigned char)t->wan;
	rt->line = lineno;
	rt->lone = lone;
	size_t n = 0;
	if (t->type == TOK_NUM) {
		n = t->n < sizeof rt->v - 1 ? t->n : sizeof rt->v - 1;
		if (t->n >= sizeof rt->v)
			r->run_overflow = 1; /* absurdly long: keep it visible as refused, not truncated */
		memcpy(rt->v, t->s, n);
	}
	rt->v[n] = '\0';
}

void recog_tokens(struct report *r, const struct lexed *lx, unsigned long lineno)
{
	unsigned long stray_line = 0;
	int text_seen = 0, ntok = lx->ntok;
	for (int i = 0; i < ntok; i++) {
		const struct token *t = &lx->tok[i];
		if (t->type == TOK_TEXT) {
			text_seen = 1;
			if (r->nrun > 0 && r->run_item >= 0 && !items[r->run_item].row &&
			    run_has_number(r) && header_words(t->s, t->n))
				continue; /* review headers printed between its values */
			if (r->nrun > 0)
				recog_close(r);
			label_append(r, t->s, t->n, lineno);
			continue;
		}
		if (r->nrun == 0) {
			int whole = r->table >= 0 && one_run[r->table];
			if (r->label.len == 0 && !whole) {
				/* values with no label before them: never placed */
				if (t->type == TOK_NUM && ntok > 1 && r->table >= 0 && stray_line != lineno) {
					stray_line = lineno;
					report_find_t(r, r->table, SEV_NOTE, lineno, "unplaced",
						      "%s: values before any row label, not placed",
						      table_key(r->table));
				}
				continue;
			}
			r->run_item = whole ? first_item(r->table) : match_label(r);
			r->run_after_text = text_seen;
		}
		if (r->nrun == RUN_MAX)
			r->run_overflow = 1;
		else
			run_add(r, t, lineno, ntok == 1);
	}
	if (lx->overflow)
		r->run_overflow = 1;
}

/* A line ended: a row that has all its cells is complete. */
void recog_line_end(struct report *r)
{
	if (r->nrun == 0)
		return;
	/* Empty cells after a label on the same line, and no number yet: the
	 * padding of a header row, not the start of a row's values. */
	if (r->run_item < 0 || r->nrun >= run_need(r) || r->run_overflow ||
	    (r->run_after_text && !run_has_number(r)))
		recog_close(r);
}

/* The item of the other form for the same row (the active rows), or -1. */
int recog_alternate(int i)
{
	for (int j = 0; j < nitems; j++)
		if (j != i && items[j].table == items[i].table && items[j].row && items[i].row &&
		    strcmp(items[j].row->key, items[i].row->key) == 0)
			return j;
	return -1;
}

/* Name what the report's form has and the report did not give. */
void recog_finish(struct report *r)
{
	recog_close(r);
	for (int t = 0; t < TAB_COUNT; t++) {
		int done = 0, refused = 0;
		for (int i = 0; i < nitems; i++) {
			if ((int)items[i].table != t)
				continue;
			done += r->item_state[i] == ITEM_DONE;
			refused += r->item_state[i] == ITEM_REFUSED;
		}
		const struct gipa_tabledef *td = schema_table(r->form, t);
		if (done == 0 && refused == 0) {
			report_find_t(r, t, SEV_PROBLEM, 0, "missing", "%s: table %s not found",
				      table_key(t), td->title);
			continue;
		}
		for (int i = 0; i < nitems; i++) {
			if ((int)items[i].table != t || !(items[i].forms & (1u << r->form)) ||
			    r->item_state[i] != ITEM_NONE)
				continue;
			int alt = recog_alternate(i);
			if (alt >= 0 && r->item_state[alt] != ITEM_NONE)
				continue; /* read under the other form's header */
			report_find_t(r, t, SEV_PROBLEM, 0, "missing", "%s row %s (%s) not found",
				      table_key(t), items[i].name, items[i].row ? items[i].row->label : td->title);
		}
	}
}
