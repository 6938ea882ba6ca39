/* report.c - one report: lines in, records out. */
#include "report.h"
#include "diag.h"
#include "fold.h"
#include "out.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void report_init(struct report *r, const char *base, int seq, const struct options *opt)
{
	memset(r, 0, sizeof *r);
	recog_init();
	r->base = base;
	r->seq = seq;
	r->opt = opt;
	r->table = -1;
	r->run_item = RUN_NONE;
}

void report_free(struct report *r)
{
	buf_free(&r->label);
	buf_free(&r->title);
	buf_free(&r->sec1);
	buf_free(&r->sec6);
	for (int i = 0; i < GRID_MAX; i++)
		buf_free(&r->grid[i]);
	for (int i = 0; i < r->nfindings; i++)
		free(r->findings[i].msg);
	r->nfindings = 0;
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

void lineinfo_set(struct lineinfo *li, const char *line, size_t n, unsigned long lineno)
{
	li->line = line;
	li->n = n;
	li->lineno = lineno;
	buf_reset(&li->sq);
	buf_grow(&li->sq, n);
	for (size_t i = 0; i < n; i++) {
		char c = line[i];
		if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v')
			li->sq.p[li->sq.len++] = c;
	}
	li->sq.p[li->sq.len] = '\0';
	buf_reset(&li->fq);
	li->heading = 0;
	/* headings are short lines; skip the work for long ones */
	if (li->sq.len > 0 && li->sq.len <= 200) {
		fold_append(&li->fq, li->sq.p, li->sq.len);
		li->heading = meta_heading(li->fq.p, li->fq.len);
	}
}

void lineinfo_free(struct lineinfo *li)
{
	buf_free(&li->sq);
	buf_free(&li->fq);
}

int report_wants_split(const struct report *r, const struct lineinfo *li)
{
	return (li->heading == 1 && r->max_section >= 2) ||
	       (li->heading == 2 && r->max_section >= 3);
}

static int contains(const struct buf *b, const char *lit)
{
	return b->len && strstr(b->p, lit) != NULL;
}

static void enter_section(struct report *r, int s, unsigned long lineno)
{
	(void)lineno;
	r->section = s;
	if (s > r->max_section)
		r->max_section = s;
	recog_heading(r, s);
}

/* The form's own words in the table headers (SCHEMA.md §6.3). */
static void form_signals(struct report *r, const struct lineinfo *li)
{
	static const char *const s21[] = {"本年制发件数", "本年废止件数", "现行有效件", "本年处理决定数量",
					  "本年收费金额", "不补正", "收费通知", NULL};
	static const char *const s19[] = {"本年新制作数量", "本年新公开数量", "对外公开总数量",
					  "上一年项目数量", "本年增/减", "采购项目数量", "采购总金额",
					  "第二十条第(九)项", "其他对外管理服务事项", "政府集中采购", NULL};
	if (r->table != TAB_ACTIVE && r->table != TAB_APPLY)
		return;
	if (li->fq.len == 0 && li->sq.len)
		return; /* long line: prose, not a header */
	for (int i = 0; s21[i]; i++)
		if (!r->sig2021[r->table] && contains(&li->fq, s21[i]))
			r->sig2021[r->table] = li->lineno;
	for (int i = 0; s19[i]; i++)
		if (!r->sig2019[r->table] && contains(&li->fq, s19[i])) {
			r->sig2019[r->table] = li->lineno;
			snprintf(r->sig2019_text[r->table], sizeof r->sig2019_text[r->table], "%s", s19[i]);
		}
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

/* The lines of one grid row end (at a border when `bordered`): merge
 * them cell by cell when they agree on the cells, else read them one by
 * one as they came. */
static void grid_flush(struct report *r, int bordered)
{
	static struct lexed lx;
	int n = r->ngrid;
	r->ngrid = 0;
	if (n == 0)
		return;
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
		for (int i = 0; i < n; i++) {
			lex_line(r->grid[i].p, r->grid[i].len, &lx);
			feed(r, &lx, r->grid_line[i]);
		}
		return;
	}
	struct buf m = BUF_INIT;
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
	if (nc == 1)
		buf_addc(&m, '|');
	lex_line(m.p, m.len, &lx);
	feed(r, &lx, r->grid_line[0]);
	buf_free(&m);
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
		if (r->section < 2 && strstr(li->fq.p, "第二十条第(一)项") && li->fq.len < 120)
			enter_section(r, 2, li->lineno);
		else if (r->section < 3 && r->section >= 0 &&
			 (strstr(li->fq.p, "勾稽关系") || strstr(li->fq.p, "申请人情况")) &&
			 (r->section == 2 || li->fq.len < 300))
			enter_section(r, 3, li->lineno);
		else if (r->table == TAB_APPLY && strncmp(li->fq.p, "行政复议", strlen("行政复议")) == 0)
			enter_section(r, 4, li->lineno);
	}
	form_signals(r, li);
	meta_line(r, li->sq.p, li->sq.len, li->lineno);
	if (r->table < 0)
		return;
	static struct lexed lx;
	lex_line(li->line, li->n, &lx);
	if (lx.kind == LINE_CONTENT && lx.drawn && !lx.partial_rule) {
		/* a row of a drawn grid may take several text lines */
		if (r->ngrid == GRID_MAX)
			grid_flush(r, 0);
		buf_reset(&r->grid[r->ngrid]);
		buf_add(&r->grid[r->ngrid], li->line, li->n);
		r->grid_line[r->ngrid++] = li->lineno;
		return;
	}
	grid_flush(r, lx.kind == LINE_RULE || lx.partial_rule);
	if (lx.kind != LINE_FURNITURE)
		lex_line(li->line, li->n, &lx); /* grid_flush reused lx */
	feed(r, &lx, li->lineno);
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

static void drop_table(struct report *r, int t)
{
	int ni = recog_nitems();
	for (int i = 0; i < ni; i++) {
		const struct item *it = recog_item(i);
		if ((int)it->table != t)
			continue;
		for (int k = 0; k < it->n; k++)
			r->vals[it->first + k].state = V_MISSING;
	}
	/* what the 2021 recogniser said about this table no longer applies */
	for (int i = 0; i < r->nfindings; i++)
		if (r->findings[i].table == t)
			r->findings[i].sev = SEV_NOTE, r->findings[i].check[0] = '\0';
}

static void decide_form(struct report *r, int year)
{
	int any21 = 0, any19 = 0;
	for (int t = 0; t < TAB_COUNT; t++) {
		any21 |= r->sig2021[t] != 0;
		any19 |= r->sig2019[t] != 0;
	}
	r->form = FORM_2021;
	if (any19 && !any21)
		r->form = FORM_2019;
	else if (!any19 && !any21 && year > 0 && year <= 2020 && r->any_value)
		r->form = FORM_2019;
	for (int t = TAB_ACTIVE; t <= TAB_APPLY; t++) {
		int is19 = r->form == FORM_2019 || r->sig2019[t];
		if (!is19)
			continue;
		if (r->sig2021[t] || (r->form == FORM_2021))
			report_find_t(r, -1, SEV_PROBLEM, r->sig2019[t], "form",
				      "%s: table %s carries 2019-form headers (%s) in a 2021-form report; "
				      "its values are not extracted under 2021 keys",
				      schema_table(FORM_2021, t)->key, schema_table(FORM_2021, t)->numeral,
				      r->sig2019_text[t]);
		drop_table(r, t);
	}
	if (r->form == FORM_2019)
		report_find(r, SEV_PROBLEM, r->sig2019[TAB_ACTIVE] ? r->sig2019[TAB_ACTIVE] : r->sig2019[TAB_APPLY],
			    "form",
			    "report uses the 2019 form (国办公开办函〔2019〕60号; %s): tables 二 and 三 are "
			    "not extracted under 2021 keys, table 四 is",
			    r->sig2019[TAB_ACTIVE] || r->sig2019[TAB_APPLY] ?
			    (r->sig2019[TAB_ACTIVE] ? r->sig2019_text[TAB_ACTIVE] : r->sig2019_text[TAB_APPLY]) :
			    "report year before 2021");
}

static void emit_record(const struct report *r, const struct buf *agency, const struct buf *year,
			const char *key, const char *value, unsigned long line)
{
	out_field(r->name, strlen(r->name));
	out_addc('\t');
	out_field(agency->p ? agency->p : "", agency->len);
	out_addc('\t');
	out_field(year->p ? year->p : "", year->len);
	out_addc('\t');
	out_adds(key);
	out_addc('\t');
	out_field(value, strlen(value));
	if (r->opt->line_numbers) {
		out_addc('\t');
		if (line) {
			char ln[24];
			snprintf(ln, sizeof ln, "%lu", line);
			out_adds(ln);
		}
	}
	out_endline();
}

int report_finish(struct report *r, int numbered)
{
	if (numbered)
		snprintf(r->name, sizeof r->name, "%s#%d", r->base, r->seq);
	else
		snprintf(r->name, sizeof r->name, "%s", r->base);

	struct buf agency = BUF_INIT, year = BUF_INIT;
	meta_finish(r, &agency, &year);
	int y = year.len ? atoi(year.p) : 0;
	int has_tables = r->seen_table[TAB_ACTIVE] || r->seen_table[TAB_APPLY] ||
			 r->seen_table[TAB_REVIEW] || r->any_value;
	if (has_tables) {
		grid_flush(r, 0);
		recog_finish(r);
		decide_form(r, y);
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
		emit_record(r, &agency, &year, "meta.form", schema_form_name(r->form), 0);
		if (r->date[0] || r->web_date[0])
			emit_record(r, &agency, &year, "meta.date", r->date[0] ? r->date : r->web_date, 0);
		if (r->period[0])
			emit_record(r, &agency, &year, "meta.period", r->period, 0);
		if (items[0])
			emit_record(r, &agency, &year, "meta.active_items", items, 0);
		if (fee[0])
			emit_record(r, &agency, &year, "meta.fee_yuan", fee, 0);
		const struct gipa_key *keys = schema_keys(FORM_2021);
		size_t nk = schema_nkeys(FORM_2021);
		for (size_t i = 0; i < nk; i++) {
			const struct cell *c = &r->vals[i];
			if (c->state == V_MISSING)
				continue;
			emit_record(r, &agency, &year, keys[i].key, c->state == V_BLANK ? "" : c->v, c->line);
		}
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
