/* report.c - one report: lines in, records out. */
#include "report.h"
#include "diag.h"
#include "fold.h"
#include "out.h"
#include "textsearch.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A deleted report, kept for report_new. */
static struct report *spare;

struct report *report_new(const char *base, int seq, const struct options *opt)
{
	struct report *r = spare;
	spare = NULL;
	if (!r)
		r = xcalloc(1, sizeof *r);
	memset(r, 0, offsetof(struct report, name)); /* the rest is valid up to its counts */
	buf_reset(&r->label);
	buf_reset(&r->title);
	buf_reset(&r->sec1);
	buf_reset(&r->sec6);
	for (int i = 0; i <= GRID_MAX; i++)
		buf_reset(&r->grid[i]);
	recog_init();
	r->base = base;
	r->seq = seq;
	r->opt = opt;
	r->table = -1;
	r->run_item = RUN_NONE;
	return r;
}

void report_delete(struct report *r)
{
	for (int i = 0; i < r->nfindings; i++)
		free(r->findings[i].msg);
	r->nfindings = 0;
	if (!spare) {
		spare = r;
		return;
	}
	buf_free(&r->label);
	buf_free(&r->title);
	buf_free(&r->sec1);
	buf_free(&r->sec6);
	for (int i = 0; i <= GRID_MAX; i++) {
		buf_free(&r->grid[i]);
		free(r->grid_lx[i]);
	}
	free(r);
}

static void vfind(struct report *r, int table, enum severity sev, unsigned long line,
		  const char *check, const char *fmt, va_list ap)
{
	if (r->nfindings == MAX_FINDINGS) {
		r->dropped_findings++;
		return;
	}
	struct finding *f = &r->findings[r->nfindings++];
	f->sev = sev;
	f->table = table;
	f->line = line;
	snprintf(f->check, sizeof f->check, "%s", check);
	struct buf b = BUF_INIT;
	va_list aq;
	va_copy(aq, ap);
	int n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	buf_grow(&b, (size_t)(n > 0 ? n : 0));
	vsnprintf(b.p, (size_t)n + 1, fmt, ap);
	f->msg = b.p;
}

void report_find(struct report *r, enum severity sev, unsigned long line, const char *check,
		 const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfind(r, -1, sev, line, check, fmt, ap);
	va_end(ap);
}

void report_find_t(struct report *r, int table, enum severity sev, unsigned long line,
		   const char *check, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfind(r, table, sev, line, check, fmt, ap);
	va_end(ap);
}

void report_input_problem(struct report *r, unsigned long lineno, const char *what)
{
	report_find(r, SEV_PROBLEM, lineno, "input", "%s", what);
}

/* ---- lines ------------------------------------------------------------------- */

/* The longest squeezed line folded and looked at for a heading: headings
 * are short lines (40 characters at most), so the work is skipped for
 * long ones. */
#define FOLD_MAX 130

void lineinfo_set(struct lineinfo *li, const char *line, size_t n, unsigned long lineno)
{
	li->line = line;
	li->n = n;
	li->lineno = lineno;
	li->sq.len = 0;
	li->fq.len = 0;
	li->heading = 0;
	if (n == 0 && li->sq.p && li->fq.p) {
		/* a blank line, the commonest: nothing to squeeze */
		li->sq.p[0] = li->fq.p[0] = '\0';
		return;
	}
	if (n <= FOLD_MAX) {
		/* short enough before squeezing: both forms in one pass */
		squeeze_fold_append(&li->sq, &li->fq, line, n);
	} else {
		squeeze_append(&li->sq, line, n);
		if (li->sq.len > FOLD_MAX) {
			buf_reset(&li->fq);
			return;
		}
		fold_append(&li->fq, li->sq.p, li->sq.len);
	}
	if (li->sq.len > 0)
		li->heading = meta_heading(li->fq.p, li->fq.len);
}

void lineinfo_free(struct lineinfo *li)
{
	buf_free(&li->sq);
	buf_free(&li->fq);
}


static void enter_section(struct report *r, int s, unsigned long lineno)
{
	(void)lineno;
	if (r->section == 0 && !r->year_guess)
		r->year_guess = meta_title_year(r->title.p ? r->title.p : "");
	r->section = s;
	if (s > r->max_section)
		r->max_section = s;
	recog_heading(r, s);
}

static void feed(struct report *r, const struct lexed *lx, unsigned long lineno)
{
	switch (lx->kind) {
	case LINE_FURNITURE:
		return;
	case LINE_EMPTY:
		if (lx->spaces && r->lone_streak >= 3) {
			/* docx2txt: one cell per line, an empty cell as spaces */
			static const struct lexed blank = {.kind = LINE_CONTENT, .ntok = 1,
							   .tok = {{.type = TOK_BLANK, .s = ""}}};
			recog_tokens(r, &blank, lineno);
		}
		recog_line_end(r);
		return;
	case LINE_RULE:
		r->lone_streak = 0;
		recog_line_end(r);
		return;
	case LINE_CONTENT:
		r->lone_streak = lx->ntok == 1 && !lx->cells ? r->lone_streak + 1 : 0;
		recog_tokens(r, lx, lineno);
		recog_line_end(r);
		return;
	}
}

/* Lex the line into grid slot k.  A line of drawn cells may wait in a
 * grid row (report_line), after the line itself is gone: it is copied
 * into the slot, and its tokens made to point there.  The others are fed
 * at once, lexed where they are. */
static const struct lexed *grid_lex(struct report *r, int k, const char *line, size_t n)
{
	if (!r->grid_lx[k])
		r->grid_lx[k] = xmalloc(sizeof *r->grid_lx[k]);
	struct lexed *lx = r->grid_lx[k];
	lex_line(line, n, lx);
	if (lx->kind == LINE_CONTENT && lx->drawn) {
		buf_reset(&r->grid[k]);
		buf_add(&r->grid[k], line, n);
		lex_moved(lx, line, r->grid[k].p);
	}
	return lx;
}

static void grid_swap(struct report *r, int a, int b)
{
	struct buf t = r->grid[a];
	r->grid[a] = r->grid[b];
	r->grid[b] = t;
	struct lexed *l = r->grid_lx[a];
	r->grid_lx[a] = r->grid_lx[b];
	r->grid_lx[b] = l;
	unsigned long n = r->grid_line[a];
	r->grid_line[a] = r->grid_line[b];
	r->grid_line[b] = n;
}

/* The n > 0 lines of one grid row end (at a border when `bordered`):
 * merge them cell by cell when they agree on the cells, else read them
 * one by one as they came. */
static void grid_flush_lines(struct report *r, int n, int bordered)
{
	static struct lexed lx;
	enum { MAXC = 64 };
	static const char *cs[GRID_MAX][MAXC];
	static size_t cl[GRID_MAX][MAXC];
	int nc = -1, same = bordered && n >= 2;
	for (int i = 0; i < n && same; i++) {
		int c = lex_cells(r->grid[i].p, r->grid[i].len, cs[i], cl[i], MAXC);
		if (nc >= 0 && c != nc)
			same = 0;
		nc = c;
	}
	if (!same) {
		for (int i = 0; i < n; i++)
			feed(r, r->grid_lx[i], r->grid_line[i]);
		return;
	}
	static struct buf m; /* kept: no allocation a row */
	buf_reset(&m);
	buf_addc(&m, '|'); /* edges on both sides: every cell, empty ones too */
	for (int c = 0; c < nc; c++) {
		if (c)
			buf_addc(&m, '|');
		for (int i = 0; i < n; i++) {
			const char *p = cs[i][c];
			size_t k = cl[i][c];
			while (k > 0 && *p == ' ')
				p++, k--;
			while (k > 0 && p[k - 1] == ' ')
				k--;
			buf_add(&m, p, k);
		}
	}
	buf_addc(&m, '|');
	lex_line(m.p, m.len, &lx);
	feed(r, &lx, r->grid_line[0]);
}

/* The grid row ends: its lines, if any, are read.  Inline: nearly every
 * line ends a row of none. */
static inline void grid_flush(struct report *r, int bordered)
{
	int n = r->ngrid;
	r->ngrid = 0;
	if (n > 0)
		grid_flush_lines(r, n, bordered);
}

/* The words of the captions that open a table whose heading was lost,
 * looked for in one pass over a line's folded text. */
enum { CAP_ACTIVE = 1, CAP_BALANCE = 2, CAP_APPLICANT = 4 };

static uint64_t caption_words(const struct lineinfo *li)
{
	static struct text_set set;
	static int ready;
	if (!ready) {
		/* added in the order of the bits above */
		text_set_init(&set);
		text_set_add_fixed(&set, "第二十条第(一)项");
		text_set_add_fixed(&set, "勾稽关系");
		text_set_add_fixed(&set, "申请人情况");
		ready = 1;
	}
	long ends[TEXT_SET_MAX];
	return text_set_scan(&set, li->fq.p, li->fq.len, ends);
}

/* Does the line's folded text begin with words?  (No call: memcmp with a
 * constant length is compiled inline.) */
static inline int fq_starts(const struct lineinfo *li, const char *words)
{
	size_t k = strlen(words);
	return li->fq.len >= k && memcmp(li->fq.p, words, k) == 0;
}

void report_line(struct report *r, const struct lineinfo *li)
{
	if (li->heading) {
		grid_flush(r, 0);
		enter_section(r, li->heading, li->lineno);
		return;
	}
	/* Tables whose heading was lost: their own captions open them. */
	if (li->fq.len) {
		uint64_t cap = r->section < 3 ? caption_words(li) : 0;
		if (r->section < 2 && (cap & CAP_ACTIVE) && li->fq.len < 120)
			enter_section(r, 2, li->lineno);
		else if (r->section < 3 && r->section >= 0 && (cap & (CAP_BALANCE | CAP_APPLICANT)) &&
			 (r->section == 2 || li->fq.len < 300))
			enter_section(r, 3, li->lineno);
		else if (r->table == TAB_APPLY && fq_starts(li, "行政复议"))
			enter_section(r, 4, li->lineno);
	}
	if (li->fq.len)
		recog_signals(r, li->fq.p, li->lineno);
	meta_line(r, li->sq.p, li->sq.len, li->lineno);
	if (r->table < 0)
		return;
	int k = r->ngrid; /* the free slot after the grid row's lines */
	const struct lexed *lx = grid_lex(r, k, li->line, li->n);
	if (lx->kind == LINE_CONTENT && lx->drawn && !lx->partial_rule) {
		/* a row of a drawn grid may take several text lines */
		r->grid_line[r->ngrid++] = li->lineno;
		if (r->ngrid > GRID_MAX) {
			/* too many: read those before one by one */
			r->ngrid = GRID_MAX;
			grid_flush(r, 0);
			grid_swap(r, 0, GRID_MAX);
			r->ngrid = 1;
		}
		return;
	}
	grid_flush(r, lx->kind == LINE_RULE || lx->partial_rule); /* slot k is not the row's */
	feed(r, lx, li->lineno);
}

void report_hand_over(struct report *r, struct report *next)
{
	/* The ring holds the last lines of r, oldest first from ring_n-RING. */
	int n = r->ring_n < RING ? r->ring_n : RING;
	int first = r->ring_n - n;
	int title = -1;
	for (int i = r->ring_n - 1; i >= first; i--) {
		const char *s = r->ring[i % RING];
		if (meta_is_title(s, strlen(s))) {
			title = i;
			break;
		}
	}
	if (title < 0)
		return;
	int from = title;
	if (title > first) {
		const char *prev = r->ring[(title - 1) % RING];
		if (meta_is_agency(prev, strlen(prev)))
			from = title - 1;
	}
	for (int i = from; i < r->ring_n; i++) {
		buf_adds(&next->title, r->ring[i % RING]);
		buf_addc(&next->title, '\n');
		next->title_lines++;
	}
	/* Those lines were the next report's, not r's signature. */
	if (r->sig_agency[0] && from < r->ring_n)
		for (int i = from; i < r->ring_n; i++)
			if (strcmp(r->ring[i % RING], r->sig_agency) == 0)
				r->sig_agency[0] = '\0';
}

/* ---- the end of a report ---------------------------------------------------- */

/* Which form the report is in (SCHEMA.md §6.3): the tables' own header
 * words, else the year.  Values were read under the form their header
 * named, so a hybrid keeps each value under the key that means it. */
static void decide_form(struct report *r, int year)
{
	int any21 = 0, any19 = 0;
	for (int t = 0; t < TAB_COUNT; t++) {
		any21 |= r->sig2021[t] != 0;
		any19 |= r->sig2019[t] != 0;
	}
	if (any19 && !any21)
		r->form = FORM_2019;
	else if (any21)
		r->form = FORM_2021;
	else
		r->form = year > 0 && year <= 2020 ? FORM_2019 : FORM_2021;
	if (any21 && any19)
		for (int t = TAB_ACTIVE; t <= TAB_APPLY; t++)
			if (r->sig2019[t])
				report_find_t(r, -1, SEV_NOTE, r->sig2019[t], "form",
					      "%s: 2019-form headers (%s) in a 2021-form report; the rows under "
					      "them are written under the 2019 keys their headers name",
					      schema_table(FORM_2021, t)->key, r->sig2019_text[t]);
}

char *put_decimal(char *d, unsigned long v, int width)
{
	char tmp[24];
	int n = 0;
	do
		tmp[n++] = (char)('0' + v % 10);
	while ((v /= 10) || n < width);
	while (n > 0)
		*d++ = tmp[--n];
	return d;
}

/* The report's columns, "report<TAB>agency<TAB>year<TAB>", made once and
 * copied to the start of each of its records. */
struct record {
	char *prefix;
	size_t len;
};

static void record_start(struct record *rec, const char *name, const struct buf *agency,
			 const struct buf *year)
{
	const char *f[3] = {name, agency->p ? agency->p : "", year->p ? year->p : ""};
	size_t n[3] = {strlen(name), agency->len, year->len};
	char *p = rec->prefix = xmalloc(n[0] + n[1] + n[2] + 3);
	for (int i = 0; i < 3; i++) {
		p = out_put_field(p, f[i], n[i]);
		*p++ = '\t';
	}
	rec->len = (size_t)(p - rec->prefix);
}

/* One record: the report's columns, key, value[, line], written in place
 * in the output.  value is a string of at most vmax bytes (a cell's fits
 * its array). */
static void emit_record(const struct report *r, const struct record *rec, const char *key, size_t kn,
			const char *value, size_t vmax, unsigned long line)
{
	enum { LINE_MAX_DIGITS = 20 };
	char *d = out_reserve(rec->len + kn + 1 + vmax + 1 + LINE_MAX_DIGITS + 1);
	char *p = d;
	memcpy(p, rec->prefix, rec->len);
	p += rec->len;
	memcpy(p, key, kn);
	p += kn;
	*p++ = '\t';
	for (; *value; value++) /* values are short: no strlen, no memcpy */
		*p++ = out_field_byte(*value);
	if (r->opt->line_numbers) {
		*p++ = '\t';
		if (line)
			p = put_decimal(p, line, 1);
	}
	*p++ = '\n';
	out_commit_line((size_t)(p - d));
}

static void emit_meta(const struct report *r, const struct record *rec, const char *key, const char *value)
{
	emit_record(r, rec, key, strlen(key), value, strlen(value), 0);
}

/* What every report's records are written from, found once: the keys by
 * unified index (schema_ukey, as r->vals) with their lengths, and the
 * recognition items. */
#define NVALS (sizeof ((struct report *)0)->vals / sizeof (struct cell))
static struct {
	const char *s;
	size_t n;
} ukeys[NVALS];
static const struct item *items[MAX_ITEMS];
static int nitems;

static void emit_init(void)
{
	if (nitems)
		return;
	size_t nk = schema_nukeys();
	for (size_t i = 0; i < nk && i < NVALS; i++) {
		ukeys[i].s = schema_ukey(i)->key;
		ukeys[i].n = strlen(ukeys[i].s);
	}
	nitems = recog_nitems();
	for (int i = 0; i < nitems; i++)
		items[i] = recog_item(i);
}

static void emit_item(const struct report *r, const struct record *rec, const struct item *it)
{
	for (int k = 0; k < it->n; k++) {
		const struct cell *c = &r->vals[it->keys[k]];
		if (c->state == V_MISSING)
			continue;
		emit_record(r, rec, ukeys[it->keys[k]].s, ukeys[it->keys[k]].n,
			    c->state == V_BLANK ? "" : c->v, sizeof c->v - 1, c->line);
	}
}

/* The values in the order of the report's form; a row read under the
 * other form's header takes its row's place; rows only the other form has
 * follow their table. */
static void emit_values(const struct report *r, const struct record *rec)
{
	emit_init();
	int ni = nitems;
	int order[MAX_ITEMS], n = 0;
	for (int i = 0; i < ni; i++)
		if (items[i]->seq[r->form] >= 0)
			order[items[i]->seq[r->form]] = i, n++;
	unsigned char done[MAX_ITEMS] = {0};
	for (int k = 0; k < n; k++) {
		int i = order[k], use = i;
		if (r->item_state[i] == ITEM_NONE) {
			int alt = recog_alternate(i);
			if (alt >= 0 && r->item_state[alt] == ITEM_DONE)
				use = alt;
		}
		done[use] = 1;
		emit_item(r, rec, items[use]);
		enum gipa_table t = items[i]->table;
		if (k + 1 < n && items[order[k + 1]]->table == t)
			continue;
		for (int j = 0; j < ni; j++)
			if (items[j]->table == t && !done[j] && r->item_state[j] == ITEM_DONE) {
				done[j] = 1;
				emit_item(r, rec, items[j]);
			}
	}
}

int report_finish(struct report *r, int numbered)
{
	if (numbered) {
		snprintf(r->name, sizeof r->name, "%s#%d", r->base, r->seq);
	} else { /* as snprintf "%s", which costs far more */
		size_t n = strnlen(r->base, sizeof r->name - 1);
		memcpy(r->name, r->base, n);
		r->name[n] = '\0';
	}

	struct buf agency = BUF_INIT, year = BUF_INIT;
	meta_finish(r, &agency, &year);
	int y = year.len ? atoi(year.p) : 0;
	int has_tables = r->seen_table[TAB_ACTIVE] || r->seen_table[TAB_APPLY] ||
			 r->seen_table[TAB_REVIEW] || r->any_value;
	if (has_tables) {
		grid_flush(r, 0);
		recog_close(r);
		decide_form(r, y);
		recog_finish(r);
		verify_report(r);
	} else if (r->empty) {
		report_find(r, SEV_PROBLEM, 0, "input", "empty input");
	} else {
		report_find(r, SEV_PROBLEM, 0, "missing",
			    "no statistical tables found (not an annual report, or its tables are images)");
	}

	if (!r->opt->check && has_tables) {
		char items[32], fee[48];
		meta_values(r, items, sizeof items, fee, sizeof fee);
		struct record rec;
		record_start(&rec, r->name, &agency, &year);
		emit_meta(r, &rec, "meta.form", schema_form_name(r->form));
		if (r->sha256[0])
			emit_meta(r, &rec, "meta.sha256", r->sha256);
		if (r->date[0] || r->web_date[0])
			emit_meta(r, &rec, "meta.date", r->date[0] ? r->date : r->web_date);
		if (r->period[0])
			emit_meta(r, &rec, "meta.period", r->period);
		if (items[0])
			emit_meta(r, &rec, "meta.active_items", items);
		if (fee[0])
			emit_meta(r, &rec, "meta.fee_yuan", fee);
		emit_values(r, &rec);
		free(rec.prefix);
	}

	int problems = 0;
	for (int i = 0; i < r->nfindings; i++) {
		const struct finding *f = &r->findings[i];
		if (!f->check[0])
			continue; /* withdrawn */
		problems |= f->sev == SEV_PROBLEM;
		if (r->opt->check) {
			char ln[24] = "";
			if (f->line)
				snprintf(ln, sizeof ln, "%lu", f->line);
			out_field(r->name, strlen(r->name));
			out_addc('\t');
			out_field(agency.p ? agency.p : "", agency.len);
			out_addc('\t');
			out_field(year.p ? year.p : "", year.len);
			out_addc('\t');
			out_adds(ln);
			out_addc('\t');
			out_adds(f->sev == SEV_PROBLEM ? "problem" : "note");
			out_addc('\t');
			out_adds(f->check);
			out_addc('\t');
			out_field(f->msg, strlen(f->msg));
			out_endline();
		} else if (f->line) {
			errmsg("%s:%lu: %s", r->name, f->line, f->msg);
		} else {
			errmsg("%s: %s", r->name, f->msg);
		}
	}
	if (r->dropped_findings && !r->opt->check)
		errmsg("%s: %d more findings not shown", r->name, r->dropped_findings);
	buf_free(&agency);
	buf_free(&year);
	return problems ? EXIT_PROBLEM : EXIT_OK;
}
