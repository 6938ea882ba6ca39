/* tab_form.c - gipa-tab --form: a report drawn as the official tables.
 *
 * Everything the tables say comes from lib/schema.c: section titles, row
 * and column labels, captions, stub groups, spanning column headers.  The
 * layout is a grid of cells with row and column spans, as in the printed
 * form; it is drawn on a character canvas whose border junctions are
 * worked out from the lines that meet there.  Widths are display widths
 * (utf8_width); long labels wrap inside their cells. */
#include "tab.h"
#include "diag.h"
#include "out.h"
#include "schema.h"
#include "utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Header cells the printed form has and lib/schema.c does not carry
 * (SCHEMA.md §2.2, §2.3). */
#define HEAD_CONTENT "信息内容"
#define HEAD_APPLICANTS "申请人情况"
#define HEAD_IDENTITY "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

enum { LEFT, RIGHT, CENTER };

/* ---- wrapping -------------------------------------------------------------- */

static size_t char_len(const char *s, size_t n, size_t *w)
{
	int32_t cp;
	size_t k = utf8_decode(s, n, &cp);
	*w = utf8_width(s, k);
	return k;
}

/* A line may end after these, or before an opening bracket. */
static int break_after(const char *s, size_t k)
{
	static const char *const marks[] = {"）", "、", "，", "：", "·", " ", NULL};
	for (int i = 0; marks[i]; i++)
		if (strlen(marks[i]) == k && memcmp(s, marks[i], k) == 0)
			return 1;
	return 0;
}

/* Punctuation that must not begin a line. */
static int no_start(const char *s, size_t k)
{
	static const char *const marks[] = {"）", "、", "，", "。", "：", "；", "”", NULL};
	for (int i = 0; marks[i]; i++)
		if (strlen(marks[i]) == k && memcmp(s, marks[i], k) == 0)
			return 1;
	return 0;
}

static int break_before(const char *s, size_t k)
{
	return (k == 3 && memcmp(s, "（", 3) == 0) || (k == 1 && *s == '(');
}

struct line {
	size_t off, len, width;
};

/* Wrap s[0..n) into lines of at most width columns (a character wider
 * than that gets a line of its own).  Returns the count; *out is malloc'd. */
static int wrap(const char *s, size_t n, size_t width, struct line **out)
{
	int cap = 4, nl = 0;
	struct line *l = xmalloc((size_t)cap * sizeof *l);
	size_t start = 0, w = 0, brk = 0, brkw = 0, i = 0, pi = 0, pw = 0;
	while (i < n) {
		size_t cw, k = char_len(s + i, n - i, &cw);
		if (w + cw > width && i > start) {
			size_t end = i, ew = w;
			if (break_before(s + i, k) || brk <= start || brkw * 3 < width) {
				/* Here, unless s[i] may not begin a line: then one
				 * character earlier goes down with it. */
				if (no_start(s + i, k) && pi > start) {
					end = pi;
					ew = w - pw;
				}
			} else {
				end = brk;
				ew = brkw;
			}
			if (nl == cap)
				l = xrealloc(l, (size_t)(cap *= 2) * sizeof *l);
			l[nl++] = (struct line){start, end - start, ew};
			start = end;
			w -= ew;
			brk = start;
			brkw = 0;
			continue; /* look at s[i] again on the new line */
		}
		if (break_before(s + i, k) && i > start) {
			brk = i;
			brkw = w;
		}
		pi = i;
		pw = cw;
		w += cw;
		i += k;
		if (break_after(s + i - k, k)) {
			brk = i;
			brkw = w;
		}
	}
	if (nl == cap)
		l = xrealloc(l, (size_t)(cap + 1) * sizeof *l);
	if (n > start || nl == 0)
		l[nl++] = (struct line){start, n - start, w};
	*out = l;
	return nl;
}

/* ---- the grid ------------------------------------------------------------------- */

struct gcell {
	int r0, r1, c0, c1;       /* rows [r0, r1), columns [c0, c1) */
	const char *text;
	size_t len;
	int align;
	size_t want;              /* the widest it asks for before wrapping */
	struct line *lines;
	int nlines;
};

struct grid {
	int nrows, ncols;
	struct gcell *c;
	int n, cap;
	size_t *minw;             /* per column, set by the layout */
};

static void grid_init(struct grid *g, int ncols)
{
	memset(g, 0, sizeof *g);
	g->ncols = ncols;
	g->minw = xcalloc((size_t)ncols, sizeof *g->minw);
}

/* Add a cell; want caps its width (0: its whole width). */
static void cell(struct grid *g, int r0, int r1, int c0, int c1, const char *text, size_t len,
		 int align, size_t want)
{
	if (g->n == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 64;
		g->c = xrealloc(g->c, (size_t)g->cap * sizeof *g->c);
	}
	size_t w = utf8_width(text, len);
	if (want == 0 || want > w)
		want = w;
	g->c[g->n++] = (struct gcell){r0, r1, c0, c1, text, len, align, want, NULL, 0};
	if (r1 > g->nrows)
		g->nrows = r1;
}

static void cells(struct grid *g, int r0, int r1, int c0, int c1, const char *text, int align,
		  size_t want)
{
	cell(g, r0, r1, c0, c1, text, strlen(text), align, want);
}

static int by_span(const void *a, const void *b)
{
	const struct gcell *x = *(struct gcell *const *)a, *y = *(struct gcell *const *)b;
	int sx = x->c1 - x->c0, sy = y->c1 - y->c0;
	if (sx != sy)
		return sx - sy;
	return (x > y) - (x < y);
}

/* Give each of n slots, starting at v, a share of d (the first ones get
 * the remainder). */
static void spread(size_t *v, int n, size_t d)
{
	for (int i = 0; i < n; i++)
		v[i] += d / (size_t)n + ((size_t)i < d % (size_t)n);
}

/* Column widths and row heights, then draw. */
static void grid_draw(struct grid *g)
{
	int nc = g->ncols, nr = g->nrows;
	size_t *w = xcalloc((size_t)nc, sizeof *w), *h = xcalloc((size_t)nr, sizeof *h);
	struct gcell **order = xmalloc((size_t)g->n * sizeof *order);
	for (int c = 0; c < nc; c++)
		w[c] = g->minw[c] ? g->minw[c] : 1;
	for (int i = 0; i < g->n; i++)
		order[i] = &g->c[i];
	qsort(order, (size_t)g->n, sizeof *order, by_span);
	for (int i = 0; i < g->n; i++) {
		struct gcell *x = order[i];
		size_t avail = 3 * (size_t)(x->c1 - x->c0 - 1);
		for (int c = x->c0; c < x->c1; c++)
			avail += w[c];
		if (avail < x->want)
			spread(w + x->c0, x->c1 - x->c0, x->want - avail);
	}
	/* Wrap, then heights: one-row cells first, then the spanning ones. */
	for (int i = 0; i < nr; i++)
		h[i] = 1;
	for (int pass = 0; pass < 2; pass++) {
		for (int i = 0; i < g->n; i++) {
			struct gcell *x = &g->c[i];
			int span = x->r1 - x->r0;
			if ((span > 1) != pass)
				continue;
			size_t avail = 3 * (size_t)(x->c1 - x->c0 - 1);
			for (int c = x->c0; c < x->c1; c++)
				avail += w[c];
			x->nlines = wrap(x->text, x->len, avail, &x->lines);
			size_t have = (size_t)(span - 1);
			for (int r = x->r0; r < x->r1; r++)
				have += h[r];
			if (have < (size_t)x->nlines)
				h[x->r1 - 1] += (size_t)x->nlines - have;
		}
	}

	/* Positions of the border lines. */
	size_t *xs = xmalloc((size_t)(nc + 1) * sizeof *xs), *ys = xmalloc((size_t)(nr + 1) * sizeof *ys);
	xs[0] = ys[0] = 0;
	for (int c = 0; c < nc; c++)
		xs[c + 1] = xs[c] + w[c] + 3;
	for (int r = 0; r < nr; r++)
		ys[r + 1] = ys[r] + h[r] + 1;
	size_t W = xs[nc] + 1, H = ys[nr] + 1;

	/* The canvas: border directions and text. */
	enum { U = 1, D = 2, L = 4, R = 8 };
	unsigned char *m = xcalloc(W * H, 1);
	const char **gl = xcalloc(W * H, sizeof *gl); /* text: start of a character */
	unsigned char *gk = xcalloc(W * H, 1);        /* its byte length; 0xff: covered */
	for (int i = 0; i < g->n; i++) {
		struct gcell *x = &g->c[i];
		size_t x0 = xs[x->c0], x1 = xs[x->c1], y0 = ys[x->r0], y1 = ys[x->r1];
		for (size_t X = x0; X < x1; X++) {
			m[y0 * W + X] |= R;
			m[y0 * W + X + 1] |= L;
			m[y1 * W + X] |= R;
			m[y1 * W + X + 1] |= L;
		}
		for (size_t Y = y0; Y < y1; Y++) {
			m[Y * W + x0] |= D;
			m[(Y + 1) * W + x0] |= U;
			m[Y * W + x1] |= D;
			m[(Y + 1) * W + x1] |= U;
		}
		size_t inner_w = x1 - x0 - 3, inner_h = y1 - y0 - 1;
		size_t top = y0 + 1 + (inner_h - (size_t)x->nlines) / 2;
		for (int k = 0; k < x->nlines; k++) {
			struct line *ln = &x->lines[k];
			size_t lw = ln->width < inner_w ? ln->width : inner_w;
			size_t X = x0 + 2 + (x->align == RIGHT ? inner_w - lw
					     : x->align == CENTER ? (inner_w - lw) / 2 : 0);
			size_t Y = top + (size_t)k;
			const char *s = x->text + ln->off, *e = s + ln->len;
			while (s < e) {
				size_t cw, kk = char_len(s, (size_t)(e - s), &cw);
				if (cw == 0) { /* a combining mark: skip */
					s += kk;
					continue;
				}
				if (X + cw > x1)
					break;
				gl[Y * W + X] = s;
				gk[Y * W + X] = (unsigned char)kk;
				if (cw == 2)
					gk[Y * W + X + 1] = 0xff;
				X += cw;
				s += kk;
			}
		}
	}
	static const char *const box[16] = {
		" ", "│", "│", "│", "─", "┘", "┐", "┤",
		"─", "└", "┌", "├", "─", "┴", "┬", "┼",
	};
	for (size_t Y = 0; Y < H; Y++) {
		size_t spaces = 0;
		for (size_t X = 0; X < W; X++) {
			size_t p = Y * W + X;
			if (gk[p] == 0xff)
				continue;
			if (m[p]) {
				for (; spaces > 0; spaces--)
					out_addc(' ');
				out_adds(box[m[p]]);
			} else if (gl[p]) {
				for (; spaces > 0; spaces--)
					out_addc(' ');
				out_add(gl[p], gk[p]);
			} else {
				spaces++;
			}
		}
		out_endline();
	}

	for (int i = 0; i < g->n; i++)
		free(g->c[i].lines);
	free(g->c);
	free(g->minw);
	free(order);
	free(w);
	free(h);
	free(xs);
	free(ys);
	free(m);
	free(gl);
	free(gk);
}

/* ---- the report's values ------------------------------------------------------ */

struct values {
	enum gipa_form form;
	const struct tab_cell **byindex; /* per key of the form, or NULL: missing */
};

/* The text of a value cell: the value, "-" blank, "?" missing. */
static void value_cell(struct grid *g, const struct values *v, int r, int c0, int c1,
		       const char *key)
{
	int i = schema_index(v->form, key, strlen(key));
	const struct tab_cell *x = i >= 0 ? v->byindex[i] : NULL;
	if (!x)
		cells(g, r, r + 1, c0, c1, TAB_MISSING, RIGHT, 0);
	else if (x->vlen == 0)
		cells(g, r, r + 1, c0, c1, TAB_BLANK, RIGHT, 0);
	else
		cell(g, r, r + 1, c0, c1, x->val, x->vlen, RIGHT, 0);
}

static const char *keyof(const struct gipa_tabledef *td, const struct gipa_row *row,
			 const struct gipa_col *col)
{
	static char k[96];
	snprintf(k, sizeof k, "%s.%s.%s", td->key, row->key, col->key);
	return k;
}

static int gcd(int a, int b)
{
	return b ? gcd(b, a % b) : a;
}

/* 二: captioned sub-tables stacked on one grid. */
static void draw_active(const struct values *v)
{
	const struct gipa_tabledef *td = schema_table(v->form, TAB_ACTIVE);
	int k = 1;
	for (int i = 0; i < td->nrows; i++)
		k = k / gcd(k, td->rows[i].ncols) * td->rows[i].ncols;
	struct grid g;
	grid_init(&g, 1 + k);
	int r = 0;
	for (int i = 0; i < td->nrows; i++) {
		const struct gipa_row *row = &td->rows[i];
		int span = k / row->ncols;
		if (i == 0 || !row->group || !td->rows[i - 1].group ||
		    strcmp(row->group, td->rows[i - 1].group) != 0) {
			if (row->group) {
				cells(&g, r, r + 1, 0, 1 + k, row->group, CENTER, 0);
				r++;
			}
			cells(&g, r, r + 1, 0, 1, HEAD_CONTENT, CENTER, 0);
			for (int c = 0; c < row->ncols; c++)
				cells(&g, r, r + 1, 1 + c * span, 1 + (c + 1) * span, row->cols[c].label,
				      CENTER, 14);
			r++;
		}
		cells(&g, r, r + 1, 0, 1, row->label, LEFT, 20);
		for (int c = 0; c < row->ncols; c++)
			value_cell(&g, v, r, 1 + c * span, 1 + (c + 1) * span, keyof(td, row, &row->cols[c]));
		r++;
	}
	grid_draw(&g);
}

/* 三: the applicant columns under a three-row header, a three-level stub. */
static void draw_apply(const struct values *v)
{
	const struct gipa_tabledef *td = schema_table(v->form, TAB_APPLY);
	const struct gipa_col *cols = td->rows[0].cols;
	int nv = td->rows[0].ncols, S = 3;
	struct grid g;
	grid_init(&g, S + nv);
	for (int c = 0; c < nv; c++)
		g.minw[S + c] = 8;
	cells(&g, 0, 3, 0, S, HEAD_IDENTITY, CENTER, 1);
	cells(&g, 0, 1, S, S + nv, HEAD_APPLICANTS, CENTER, 0);
	for (int c = 0; c < nv; c++) {
		if (!cols[c].parent) {
			cells(&g, 1, 3, S + c, S + c + 1, cols[c].label, CENTER, 8);
			continue;
		}
		if (c == 0 || !cols[c - 1].parent || strcmp(cols[c - 1].parent, cols[c].parent) != 0) {
			int e = c + 1;
			while (e < nv && cols[e].parent && strcmp(cols[e].parent, cols[c].parent) == 0)
				e++;
			cells(&g, 1, 2, S + c, S + e, cols[c].parent, CENTER, 0);
		}
		cells(&g, 2, 3, S + c, S + c + 1, cols[c].label, CENTER, 8);
	}
	/* A row's group is "outer" or "outer/inner" (lib/schema.h).  The outer
	 * cell ("三、本年度办理结果") spans the rows from the first to the last
	 * that name it; an inner one ("（三）不予公开") spans its own run. */
	int r0 = 3, outer_end = -1;
	for (int i = 0; i < td->nrows; i++) {
		const struct gipa_row *row = &td->rows[i];
		const char *grp = row->group, *prev = i > 0 ? td->rows[i - 1].group : NULL;
		const char *slash = grp ? strchr(grp, '/') : NULL;
		size_t olen = grp ? (slash ? (size_t)(slash - grp) : strlen(grp)) : 0;
		int r = r0 + i;
		if (olen && i > outer_end) {
			outer_end = i;
			for (int j = i + 1; j < td->nrows; j++)
				if (td->rows[j].group && strncmp(td->rows[j].group, grp, olen) == 0 &&
				    (td->rows[j].group[olen] == '/' || !td->rows[j].group[olen]))
					outer_end = j;
			cell(&g, r, r0 + outer_end + 1, 0, 1, grp, olen, CENTER, 2);
		}
		int covered = i <= outer_end;
		if (covered && slash) {
			if (!prev || strcmp(prev, grp) != 0) {
				int e = i + 1;
				while (e < td->nrows && td->rows[e].group && strcmp(td->rows[e].group, grp) == 0)
					e++;
				cells(&g, r, r0 + e, 1, 2, slash + 1, CENTER, 8);
			}
			cells(&g, r, r + 1, 2, S, row->label, LEFT, 26);
		} else {
			cells(&g, r, r + 1, covered ? 1 : 0, S, row->label, LEFT, covered ? 30 : 0);
		}
		for (int c = 0; c < nv; c++)
			value_cell(&g, v, r, S + c, S + c + 1, keyof(td, row, &cols[c]));
	}
	grid_draw(&g);
}

/* 四: one run of values under groups, row labels and column labels. */
static void draw_review(const struct values *v)
{
	const struct gipa_tabledef *td = schema_table(v->form, TAB_REVIEW);
	int nc = 0;
	for (int i = 0; i < td->nrows; i++)
		nc += td->rows[i].ncols;
	struct grid g;
	grid_init(&g, nc);
	for (int c = 0; c < nc; c++)
		g.minw[c] = 4;
	int c0 = 0;
	for (int i = 0; i < td->nrows; i++) {
		const struct gipa_row *row = &td->rows[i];
		int own = !row->group || strcmp(row->group, row->label) == 0;
		if (own) {
			cells(&g, 0, 1, c0, c0 + row->ncols, row->label, CENTER, 0);
		} else {
			if (i == 0 || !td->rows[i - 1].group || strcmp(td->rows[i - 1].group, row->group) != 0) {
				int e = i, span = 0;
				while (e < td->nrows && td->rows[e].group &&
				       strcmp(td->rows[e].group, row->group) == 0)
					span += td->rows[e++].ncols;
				cells(&g, 0, 1, c0, c0 + span, row->group, CENTER, 0);
			}
			cells(&g, 1, 2, c0, c0 + row->ncols, row->label, CENTER, 0);
		}
		for (int c = 0; c < row->ncols; c++) {
			cells(&g, own ? 1 : 2, 3, c0 + c, c0 + c + 1, row->cols[c].label, CENTER, 4);
			value_cell(&g, v, 3, c0 + c, c0 + c + 1, keyof(td, row, &row->cols[c]));
		}
		c0 += row->ncols;
	}
	grid_draw(&g);
}

/* ---- a report ----------------------------------------------------------------------- */

static void line2(const char *a, const char *b, size_t bn)
{
	out_adds(a);
	out_adds(": ");
	if (bn == 0)
		out_adds(TAB_BLANK);
	else
		out_field(b, bn);
	out_endline();
}

void tab_form_draw(const char *report, const char *agency, const char *year,
		   const struct tab_cell *c, size_t n)
{
	static int reports;
	if (reports++ > 0)
		out_endline();

	/* The form: meta.form says, else a key only the 2019 form has. */
	struct values v = {FORM_2021, NULL};
	const char *why = "no meta.form; from the keys";
	int decided = 0;
	for (size_t i = 0; i < n; i++) {
		if (c[i].klen == 9 && memcmp(c[i].key, "meta.form", 9) == 0 && c[i].vlen == 4 &&
		    (memcmp(c[i].val, "2019", 4) == 0 || memcmp(c[i].val, "2021", 4) == 0)) {
			v.form = memcmp(c[i].val, "2019", 4) == 0 ? FORM_2019 : FORM_2021;
			why = "meta.form";
			decided = 1;
		}
	}
	for (size_t i = 0; i < n && !decided; i++) {
		if (schema_index(FORM_2021, c[i].key, c[i].klen) < 0 &&
		    schema_index(FORM_2019, c[i].key, c[i].klen) >= 0) {
			v.form = FORM_2019;
			decided = 1;
		}
	}
	size_t nk = schema_nkeys(v.form);
	v.byindex = xcalloc(nk, sizeof *v.byindex);
	const struct tab_cell **extra = xmalloc((n + 1) * sizeof *extra);
	size_t nextra = 0;

	/* Empty when the report does not say: not a blank cell. */
	const char *head[][2] = {{"report", report}, {"agency", agency}, {"year", year}};
	for (int i = 0; i < 3; i++) {
		out_adds(head[i][0]);
		out_addc(':');
		if (*head[i][1]) {
			out_addc(' ');
			out_field(head[i][1], strlen(head[i][1]));
		}
		out_endline();
	}
	out_adds("form: ");
	out_adds(schema_form_name(v.form));
	out_adds(" (");
	out_adds(why);
	out_adds(")");
	out_endline();
	for (size_t i = 0; i < n; i++) {
		int k = schema_index(v.form, c[i].key, c[i].klen);
		if (k >= 0)
			v.byindex[k] = &c[i];
		else if (c[i].klen > 5 && memcmp(c[i].key, "meta.", 5) == 0)
			line2(c[i].key, c[i].val, c[i].vlen);
		else
			extra[nextra++] = &c[i];
	}

	for (int t = 0; t < TAB_COUNT; t++) {
		out_endline();
		out_adds(schema_table(v.form, (enum gipa_table)t)->title);
		out_endline();
		if (t == TAB_ACTIVE)
			draw_active(&v);
		else if (t == TAB_APPLY)
			draw_apply(&v);
		else
			draw_review(&v);
	}
	if (nextra > 0) {
		out_endline();
		out_adds("records not in the ");
		out_adds(schema_form_name(v.form));
		out_adds(" form:");
		out_endline();
		for (size_t i = 0; i < nextra; i++)
			line2(extra[i]->key, extra[i]->val, extra[i]->vlen);
	}
	out_endline();
	out_adds(TAB_BLANK " blank in the report   " TAB_MISSING " missing (not extracted)");
	out_endline();
	free(v.byindex);
	free(extra);
}
