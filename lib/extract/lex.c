/* lex.c - split a normalised line into TEXT, NUM and BLANK tokens. */
#include "lex.h"
#include "utf8.h"

#include <string.h>

/* ---- character classes ------------------------------------------------- */

static inline int is_sep_at(const char *s, size_t n, size_t i, size_t *len);

static inline int is_space_at(const char *s, size_t n, size_t i, size_t *len)
{
	unsigned char c = (unsigned char)s[i];
	/* '_' is cell padding in some text dumps (html2text) */
	if (c == ' ' || c == '\v' || c == '\f' || c == '\r' || c == '_') {
		*len = 1;
		return 1;
	}
	/* box drawing (U+2500..U+257F) that is not a cell separator: the
	 * pieces of a border inside a row (w3m's partial rules) */
	if (c == 0xE2 && i + 2 < n && ((unsigned char)s[i + 1] == 0x94 || (unsigned char)s[i + 1] == 0x95)) {
		size_t sl;
		if (is_sep_at(s, n, i, &sl))
			return 0;
		*len = 3;
		return 1;
	}
	/* U+200B zero width space, U+FEFF BOM: invisible, treated as space. */
	if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x8B) {
		*len = 3;
		return 1;
	}
	if (c == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBB && (unsigned char)s[i + 2] == 0xBF) {
		*len = 3;
		return 1;
	}
	return 0;
}

/* Cell separator: TAB, '|', and the box-drawing verticals │ ┃ ║ ┆ ┊. */
static inline int is_sep_at(const char *s, size_t n, size_t i, size_t *len)
{
	unsigned char c = (unsigned char)s[i];
	if (c == '\t' || c == '|') {
		*len = 1;
		return 1;
	}
	if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x94) {
		unsigned char d = (unsigned char)s[i + 2];
		/* U+2502 │, U+2503 ┃, U+2506 ┆, U+250A ┊ */
		if (d == 0x82 || d == 0x83 || d == 0x86 || d == 0x8A) {
			*len = 3;
			return 1;
		}
	}
	if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x95 && (unsigned char)s[i + 2] == 0x91) {
		*len = 3; /* U+2551 ║ */
		return 1;
	}
	return 0;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* ---- rules and furniture ---------------------------------------------- */

/* A border line: only -, =, +, :, |, spaces and box-drawing characters,
 * with at least three dashes. */
static int is_rule(const char *s, size_t n)
{
	int dashes = 0;
	size_t i = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c == '-' || c == '=' || c == '_') {
			dashes++;
			i++;
		} else if (c == '+' || c == ':' || c == '|' || c == ' ' || c == '\t') {
			i++;
		} else if (c == 0xE2 && i + 2 < n && ((unsigned char)s[i + 1] == 0x94 ||
						      (unsigned char)s[i + 1] == 0x95)) {
			dashes++; /* U+2500..U+257F box drawing */
			i += 3;
		} else {
			return 0;
		}
	}
	return dashes >= 3;
}

/* A content line that also draws a border (├───┼───┤ beside a spanned
 * cell): the rows it separates end here. */
static int has_border(const char *s, size_t n)
{
	int run = 0;
	for (size_t i = 0; i + 2 < n; i++) {
		if ((unsigned char)s[i] != 0xE2 || (unsigned char)s[i + 1] != 0x94) {
			if (s[i] != '-' && s[i] != '+')
				run = 0;
			else if (++run >= 3 && s[i] == '-')
				return 1;
			continue;
		}
		unsigned char d = (unsigned char)s[i + 2];
		if (d == 0x9C || d == 0xA4 || d == 0xAC || d == 0xB4 || d == 0xBC) /* ├ ┤ ┬ ┴ ┼ */
			return 1;
		if (d == 0x80 && ++run >= 3) /* ─── */
			return 1;
		i += 2;
	}
	return 0;
}

static int starts_with(const char *s, size_t n, const char *lit)
{
	size_t k = strlen(lit);
	return n >= k && memcmp(s, lit, k) == 0;
}

/* Copy s without spaces into out (at most outsz-1 bytes). */
static size_t squeeze(const char *s, size_t n, char *out, size_t outsz)
{
	size_t o = 0;
	for (size_t i = 0; i < n && o + 1 < outsz; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f' && s[i] != '\r')
			out[o++] = s[i];
	out[o] = '\0';
	return o;
}

static int skip_digits(const char *s, size_t *i, size_t n)
{
	size_t start = *i;
	while (*i < n && is_digit(s[*i]))
		(*i)++;
	return *i > start;
}

/* Dash-like: ASCII '-', '~', U+2014 —, U+2013 –, U+2015 ―, U+2500 ─. */
static int skip_dashes(const char *s, size_t *i, size_t n)
{
	size_t start = *i;
	while (*i < n) {
		if (s[*i] == '-' || s[*i] == '~') {
			(*i)++;
		} else if (*i + 2 < n + 0 && (unsigned char)s[*i] == 0xE2 &&
			   (((unsigned char)s[*i + 1] == 0x80 &&
			     ((unsigned char)s[*i + 2] == 0x94 || (unsigned char)s[*i + 2] == 0x93 ||
			      (unsigned char)s[*i + 2] == 0x95)) ||
			    ((unsigned char)s[*i + 1] == 0x94 && (unsigned char)s[*i + 2] == 0x80))) {
			*i += 3;
		} else {
			break;
		}
	}
	return *i > start;
}

static int match_lit(const char *s, size_t *i, size_t n, const char *lit)
{
	size_t k = strlen(lit);
	if (*i + k <= n && memcmp(s + *i, lit, k) == 0) {
		*i += k;
		return 1;
	}
	return 0;
}

int lex_is_furniture(const char *line, size_t len)
{
	char t[256];
	if (len >= sizeof t * 2)
		return 0;
	/* every kind below holds a digit and starts with -, —, –, ―, ~, 第, 共,
	 * P, p or a digit */
	size_t f = 0;
	while (f < len && line[f] == ' ')
		f++;
	int digit = 0;
	for (size_t k = f; k < len && !digit; k++)
		digit = line[k] >= '0' && line[k] <= '9';
	if (!digit)
		return 0;
	unsigned char c0 = (unsigned char)line[f];
	if (c0 >= '0' && c0 <= '9' && len - f > 16)
		return 0; /* "3/12" is short; "1.属于…" is a row label */
	if (!(c0 == '-' || c0 == '~' || c0 == 'P' || c0 == 'p' || (c0 >= '0' && c0 <= '9') ||
	      c0 == 0xE2 || starts_with(line + f, len - f, "第") || starts_with(line + f, len - f, "共")))
		return 0;
	size_t n = squeeze(line, len, t, sizeof t);
	size_t i = 0;
	if (n == 0)
		return 0;
	/* — 3 —   - 6 -   ~ 7 ~ */
	if (skip_dashes(t, &i, n) && skip_digits(t, &i, n) && skip_dashes(t, &i, n) && i == n)
		return 1;
	/* 第 3 页 [共 9 页] / 共 9 页 第 3 页 */
	i = 0;
	if (match_lit(t, &i, n, "第") && skip_digits(t, &i, n) && match_lit(t, &i, n, "页")) {
		if (!match_lit(t, &i, n, ","))
			if (!match_lit(t, &i, n, "、"))
				match_lit(t, &i, n, "/");
		if (i == n)
			return 1;
		if (match_lit(t, &i, n, "共") && skip_digits(t, &i, n) && match_lit(t, &i, n, "页") && i == n)
			return 1;
	}
	i = 0;
	if (match_lit(t, &i, n, "共") && skip_digits(t, &i, n) && match_lit(t, &i, n, "页") &&
	    match_lit(t, &i, n, "第") && skip_digits(t, &i, n) && match_lit(t, &i, n, "页") && i == n)
		return 1;
	/* Page 9 - <title>, P. 9, 3/12 */
	i = 0;
	if ((match_lit(t, &i, n, "Page") || match_lit(t, &i, n, "PAGE") || match_lit(t, &i, n, "page")) &&
	    skip_digits(t, &i, n))
		return 1;
	i = 0;
	if (match_lit(t, &i, n, "P.") && skip_digits(t, &i, n) && i == n)
		return 1;
	i = 0;
	if (skip_digits(t, &i, n) && match_lit(t, &i, n, "/") && skip_digits(t, &i, n) && i == n)
		return 1;
	return 0;
}

/* ---- numbers ------------------------------------------------------------ */

static const char *const units[] = {"万元", "元", "件", "条", "个", "项", "次", "篇", NULL};

/* Parse a whole piece as a value.  Returns 1 and fills t (canonical digits
 * stored in lx->store) when it is one. */
static int parse_number(const char *s, size_t n, struct lexed *lx, struct token *t)
{
	size_t i = 0;
	int neg = 0;
	if (i < n && (s[i] == '-' || s[i] == '+')) {
		neg = s[i] == '-';
		i++;
	}
	size_t ds = i;
	/* integer part, with optional thousands separators */
	size_t groups_start = i;
	if (!skip_digits(s, &i, n))
		return 0;
	int sep = 0;
	while (i + 3 < n + 0 + 1 && i < n && s[i] == ',') {
		size_t j = i + 1, k = j;
		if (!skip_digits(s, &k, n) || k - j != 3)
			return 0;
		if (!sep && i - groups_start > 3)
			return 0;
		sep = 1;
		i = k;
	}
	int decimal = 0;
	size_t frac_at = 0;
	if (i < n && s[i] == '.') {
		size_t j = i + 1;
		if (!skip_digits(s, &j, n))
			return 0; /* "1." is a list marker, not a number */
		decimal = 1;
		frac_at = i;
		i = j;
	}
	size_t numend = i;
	int unit = 0, wan = 0;
	if (i < n) {
		for (int u = 0; units[u]; u++) {
			size_t k = strlen(units[u]);
			if (n - i == k && memcmp(s + i, units[u], k) == 0) {
				unit = 1;
				wan = u == 0;
				i = n;
				break;
			}
		}
		if (i < n)
			return 0;
	}
	/* canonical: no separators, no '+', integer part without leading zeros */
	size_t need = numend - ds + 2;
	if (lx->used + need > sizeof lx->store)
		return 0;
	char *o = lx->store + lx->used, *start = o;
	if (neg)
		*o++ = '-';
	size_t intend = decimal ? frac_at : numend;
	size_t k = ds;
	while (k + 1 < intend && (s[k] == '0' || s[k] == ','))
		k++;
	for (; k < intend; k++)
		if (s[k] != ',')
			*o++ = s[k];
	if (decimal)
		for (k = frac_at; k < numend; k++)
			*o++ = s[k];
	t->type = TOK_NUM;
	t->s = start;
	t->n = (size_t)(o - start);
	t->decimal = decimal;
	t->negative = neg;
	t->unit = unit;
	t->wan = wan;
	lx->used += t->n;
	if (neg && t->n == 2 && start[1] == '0') { /* "-0" is 0 */
		start[0] = '0';
		t->n = 1;
		t->negative = 0;
	}
	return 1;
}

/* A lone dash, slash or 无 in a value position means an empty cell. */
static int is_blank_marker(const char *s, size_t n)
{
	static const char *const marks[] = {"-", "--", "—", "——", "–", "―", "/", "\\", "无", "空", "─", NULL};
	for (int i = 0; marks[i]; i++)
		if (strlen(marks[i]) == n && memcmp(s, marks[i], n) == 0)
			return 1;
	return 0;
}

static void push(struct lexed *lx, enum tok_type type, const char *s, size_t n)
{
	if (lx->ntok == MAX_TOKENS) {
		lx->overflow = 1;
		return;
	}
	struct token *t = &lx->tok[lx->ntok++];
	memset(t, 0, sizeof *t);
	t->type = type;
	t->s = s;
	t->n = n;
}

/* Start of the trailing run of ASCII digits in s, if the text before it
 * ends in a CJK character (so "行政许可2" splits but "A2" does not). */
static size_t trailing_number(const char *s, size_t n)
{
	size_t i = n;
	while (i > 0 && is_digit(s[i - 1]))
		i--;
	if (i == n || i == 0 || i < 3)
		return n;
	unsigned char lead = (unsigned char)s[i - 3];
	if (lead < 0xE3 || lead > 0xE9) /* U+3000..U+9FFF start with E3..E9 */
		return n;
	/* never split "第3" (page, article numbers) */
	if (memcmp(s + i - 3, "第", 3) == 0 || memcmp(s + i - 3, "共", 3) == 0)
		return n;
	return i;
}

static void piece(struct lexed *lx, const char *s, size_t n, int cells)
{
	if (n == 0)
		return;
	if (lx->ntok == MAX_TOKENS) {
		lx->overflow = 1;
		return;
	}
	struct token *t = &lx->tok[lx->ntok];
	if (parse_number(s, n, lx, t)) {
		lx->ntok++;
		return;
	}
	if (is_blank_marker(s, n)) {
		push(lx, TOK_BLANK, s, n);
		return;
	}
	(void)cells;
	size_t cut = trailing_number(s, n);
	if (cut < n) {
		push(lx, TOK_TEXT, s, cut);
		if (lx->ntok < MAX_TOKENS && parse_number(s + cut, n - cut, lx, &lx->tok[lx->ntok]))
			lx->ntok++;
		return;
	}
	push(lx, TOK_TEXT, s, n);
}

/* Split s[0..n) at white space into pieces. */
static void pieces(struct lexed *lx, const char *s, size_t n, int cells)
{
	size_t i = 0, start = 0, sl;
	while (i < n) {
		if (is_space_at(s, n, i, &sl)) {
			piece(lx, s + start, i - start, cells);
			i += sl;
			start = i;
		} else {
			i++;
		}
	}
	piece(lx, s + start, n - start, cells);
}

static int all_space(const char *s, size_t n)
{
	size_t i = 0, sl;
	while (i < n) {
		if (!is_space_at(s, n, i, &sl))
			return 0;
		i += sl;
	}
	return 1;
}

static void cell(struct lexed *lx, const char *s, size_t n)
{
	if (all_space(s, n)) {
		push(lx, TOK_BLANK, s, 0);
		return;
	}
	int before = lx->ntok;
	pieces(lx, s, n, 1);
	/* A cell that is only a blank marker is one blank, whatever pieces. */
	(void)before;
}

void lex_line(const char *s, size_t n, struct lexed *lx)
{
	lx->partial_rule = 0;
	lx->drawn = 0;
	lx->spaces = 0;
	lx->ntok = 0;
	lx->used = 0;
	lx->cells = 0;
	lx->overflow = 0;
	if (is_rule(s, n)) {
		lx->kind = LINE_RULE;
		return;
	}
	if (all_space(s, n)) {
		lx->kind = LINE_EMPTY;
		lx->spaces = n > 0;
		return;
	}
	if (lex_is_furniture(s, n)) {
		lx->kind = LINE_FURNITURE;
		return;
	}
	lx->kind = LINE_CONTENT;
	size_t i = 0, sl;
	int has_sep = 0;
	for (i = 0; i < n; i++)
		if (is_sep_at(s, n, i, &sl)) {
			has_sep = 1;
			break;
		}
	if (!has_sep) {
		pieces(lx, s, n, 0);
		return;
	}
	lx->partial_rule = has_border(s, n); /* borders come with separators */
	lx->cells = 1;
	for (i = 0; i < n && !lx->drawn; i++)
		lx->drawn = s[i] == '|' || (is_sep_at(s, n, i, &sl) && sl == 3);
	const char *cs[MAX_TOKENS];
	size_t cl[MAX_TOKENS];
	int nc = lex_cells(s, n, cs, cl, MAX_TOKENS);
	for (int c = 0; c < nc; c++)
		cell(lx, cs[c], cl[c]);
}

int lex_cells(const char *s, size_t n, const char **cs, size_t *cl, int max)
{
	/* Leading separator: the text before it is not a cell.  A trailing
	 * pipe or box edge closes the last cell; trailing TABs are padding
	 * and stay cells (blank). */
	size_t i = 0, sl, start = 0;
	int nc = 0;
	while (i < n && is_space_at(s, n, i, &sl) && s[i] != '\t')
		i += sl;
	if (i < n && is_sep_at(s, n, i, &sl)) {
		i += sl;
		start = i;
	} else {
		i = 0;
	}
	size_t end = n;
	size_t j = n;
	while (j > start && s[j - 1] == ' ')
		j--;
	if (j > start && s[j - 1] == '|')
		end = j - 1;
	else if (j >= start + 3 && is_sep_at(s, n, j - 3, &sl) && sl == 3)
		end = j - 3;
	while (i <= end && nc < max) {
		size_t k = i;
		while (k < end && !is_sep_at(s, n, k, &sl))
			k++;
		cs[nc] = s + start;
		cl[nc] = k - start;
		nc++;
		if (k >= end)
			break;
		is_sep_at(s, n, k, &sl);
		i = k + sl;
		start = i;
	}
	return nc;
}
