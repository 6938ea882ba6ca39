/* lex.c - split a normalised line into TEXT, NUM and BLANK tokens. */
#include "lex.h"
#include "bytes.h"

#include <stdint.h>
#include <string.h>

/* ---- character classes ------------------------------------------------- */

/* The line is valid UTF-8 (it has been normalised), so a scan can step over
 * whole characters and stop only at the few bytes that may start white
 * space or a cell separator: ' ' \t \v \f \r _ | and the lead bytes E2 and
 * EF (box drawing, U+200B, U+FEFF).  step[] gives, for every other byte,
 * how far to step: 3 over a 3-byte character (all of CJK), else 1 (the
 * inner bytes of other characters start nothing either).  The bytes with
 * step 0 are those of byte_break[] below. */
static const unsigned char step[256] = {
	/*       0  1  2  3  4  5  6  7  8  9  A  B  C  D  E  F */
	/* 0 */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 0, 0, 1, 1, /* \t \v \f \r */
	/* 1 */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	/* 2 */ 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* ' ' */
	/* 3 */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	/* 4 */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	/* 5 */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, /* _ */
	/* 6 */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	/* 7 */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, /* | */
	/* 8 */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	/* 9 */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	/* A */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	/* B */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	/* C */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	/* D */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	/* E */ 3, 3, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, /* E2, EF */
	/* F */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

enum brk { BRK_NONE, BRK_SPACE, BRK_SEP, BRK_END };

/* What a byte starts by itself: white space ('_' is cell padding in
 * html2text dumps), a cell separator, or, for the lead bytes E2 and EF,
 * whatever the 3-byte character says (wide_break). */
enum { ASCII_SPACE = 1, ASCII_SEP, WIDE };
static const unsigned char byte_break[256] = {
	[' '] = ASCII_SPACE, ['\v'] = ASCII_SPACE, ['\f'] = ASCII_SPACE, ['\r'] = ASCII_SPACE,
	['_'] = ASCII_SPACE, ['\t'] = ASCII_SEP, ['|'] = ASCII_SEP, [0xE2] = WIDE, [0xEF] = WIDE,
};

/* What the 3-byte character at s (lead byte E2 or EF, n bytes left) is:
 * box drawing (U+2500..U+257F) is a separator (│ ┃ ║ ┆ ┊) or else white
 * space (the pieces of a border inside a row: w3m's partial rules);
 * U+200B zero width space and U+FEFF BOM are invisible, so white space. */
static enum brk wide_break(const unsigned char *s, size_t n)
{
	if (n < 3)
		return BRK_NONE;
	if (s[0] == 0xEF)
		return s[1] == 0xBB && s[2] == 0xBF ? BRK_SPACE : BRK_NONE;
	switch (s[1]) {
	case 0x94: /* U+2502 │, U+2503 ┃, U+2506 ┆, U+250A ┊ */
		return s[2] == 0x82 || s[2] == 0x83 || s[2] == 0x86 || s[2] == 0x8A ? BRK_SEP : BRK_SPACE;
	case 0x95: /* U+2551 ║ */
		return s[2] == 0x91 ? BRK_SEP : BRK_SPACE;
	case 0x80:
		return s[2] == 0x8B ? BRK_SPACE : BRK_NONE;
	default:
		return BRK_NONE;
	}
}

/* What starts at s[i] (i < n): white space, a cell separator (TAB, '|',
 * │ ┃ ║ ┆ ┊) or neither; its length in *len. */
static inline enum brk break_at(const unsigned char *s, size_t n, size_t i, size_t *len)
{
	*len = 1;
	switch (byte_break[s[i]]) {
	case ASCII_SPACE:
		return BRK_SPACE;
	case ASCII_SEP:
		return BRK_SEP;
	case WIDE:
		*len = 3;
		return wide_break(s + i, n - i);
	default:
		return BRK_NONE;
	}
}

/* Offset of the next white space or separator in s[i..n), n at the end;
 * what it is in *what and its length in *len: a walk over the characters,
 * each step waiting for the load of the byte it steps over. */
static size_t walk_break(const unsigned char *s, size_t n, size_t i, enum brk *what, size_t *len)
{
	while (i < n) {
		unsigned char st = step[s[i]];
		if (st) {
			i += st;
			continue;
		}
		if ((*what = break_at(s, n, i, len)) != BRK_NONE)
			return i;
		i += *len;
	}
	*what = BRK_END;
	*len = 0;
	return n;
}

/* Is s[k] (k >= i) one or two bytes after a lead byte E0..EF at or after
 * s[i]: inside a 3-byte character, which valid UTF-8 never breaks? */
static int inside_char(const unsigned char *s, size_t i, size_t k)
{
	return (k >= i + 1 && (s[k - 1] & 0xF0) == 0xE0) || (k >= i + 2 && (s[k - 2] & 0xF0) == 0xE0);
}

/* walk_break, byte by byte, twice as fast on CJK text: in valid UTF-8 the
 * bytes that may start a break (step 0) never occur inside a character,
 * so the first of them is where the walk stops too, and the loop that
 * finds it steps by one whatever the bytes, with no wait.  Found inside a
 * character (not valid UTF-8), the walk decides. */
static inline size_t next_break(const unsigned char *s, size_t n, size_t i, enum brk *what, size_t *len)
{
	size_t from = i;
	for (;;) {
		while (i < n && step[s[i]])
			i++;
		if (i >= n) /* a character cut short at the end is stepped over */
			break;
		if (inside_char(s, from, i))
			return walk_break(s, n, from, what, len);
		if ((*what = break_at(s, n, i, len)) != BRK_NONE)
			return i;
		i += *len;
	}
	*what = BRK_END;
	*len = 0;
	return n;
}

/* Offset of the next cell separator in s[i..n), n when there is none; its
 * length in *len (0 at the end). */
static size_t next_sep(const unsigned char *s, size_t n, size_t i, size_t *len)
{
	enum brk what;
	while ((i = next_break(s, n, i, &what, len)) < n && what == BRK_SPACE)
		i += *len;
	return i;
}

/* Offset of the first byte in s[i..n) that is not ' ': layout text pads
 * its columns with long runs, looked at eight bytes at a time (the first
 * byte that differs is the lowest set byte of w ^ "        "). */
static inline size_t skip_blanks(const char *s, size_t n, size_t i)
{
	if (i < n && s[i] != ' ') /* most often: one space, or none */
		return i;
	for (; i + 8 <= n; i += 8) {
		uint64_t w = load_le64(s + i) ^ 0x2020202020202020ull;
		if (w)
			return i + (size_t)__builtin_ctzll(w) / 8;
	}
	while (i < n && s[i] == ' ')
		i++;
	return i;
}

static size_t space_len(const unsigned char *s, size_t n, size_t i)
{
	size_t len;
	return break_at(s, n, i, &len) == BRK_SPACE ? len : 0;
}

static size_t sep_len(const unsigned char *s, size_t n, size_t i)
{
	size_t len;
	return break_at(s, n, i, &len) == BRK_SEP ? len : 0;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A literal with its length, so that matching it costs no strlen. */
struct lit {
	const char *s;
	size_t n;
};
#define LIT(s) {s, sizeof s - 1}

/* ---- rules and furniture ---------------------------------------------- */

/* What a byte is in a border line: a dash (- = _), a mark that may stand
 * in one (+ : | space TAB), the lead byte of box drawing, or none of
 * these. */
enum { RULE_NONE, RULE_DASH, RULE_MARK, RULE_BOX };
static const unsigned char rule_byte[256] = {
	['-'] = RULE_DASH, ['='] = RULE_DASH, ['_'] = RULE_DASH, ['+'] = RULE_MARK, [':'] = RULE_MARK,
	['|'] = RULE_MARK, [' '] = RULE_MARK, ['\t'] = RULE_MARK, [0xE2] = RULE_BOX,
};

/* A border line: only -, =, +, :, |, spaces and box-drawing characters,
 * with at least three dashes.  Its dashes come in long runs, "--------"
 * and "────" stepped over whole. */
static int is_rule(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	int dashes = 0;
	size_t i = 0;
	if (n < 3) /* too short for three dashes: a table's one-cell lines */
		return 0;
	while (i < n) {
		unsigned char k = rule_byte[u[i]];
		if (k == RULE_BOX) {
			if (i + 12 <= n && memcmp(u + i, "────", 12) == 0) {
				dashes += 4;
				i += 12;
				continue;
			}
			if (i + 2 >= n || (u[i + 1] != 0x94 && u[i + 1] != 0x95))
				return 0;
			dashes++; /* U+2500..U+257F box drawing */
			i += 3;
		} else if (k == RULE_NONE) {
			return 0;
		} else if (k == RULE_DASH && i + 8 <= n && memcmp(u + i, "--------", 8) == 0) {
			dashes += 8;
			i += 8;
		} else {
			dashes += k == RULE_DASH;
			i++;
		}
	}
	return dashes >= 3;
}

/* The third byte of ─ ├ ┤ ┬ ┴ ┼ (E2 94 xx), the box drawing of a border. */
static int is_border_box(unsigned char d)
{
	return d == 0x80 || d == 0x9C || d == 0xA4 || d == 0xAC || d == 0xB4 || d == 0xBC;
}

/* Can s[0..n) hold a border at all: a '-' or one of ─ ├ ┤ ┬ ┴ ┼?  Most
 * rows have neither, and a look at the bytes (memchr, in a long row) says
 * so quicker than a walk over the characters. */
static int may_have_border(const unsigned char *s, size_t n)
{
	if (n <= 32) { /* a short row: a look at each byte, no call */
		for (size_t i = 0; i < n; i++)
			if (s[i] == '-' || s[i] == 0xE2)
				return 1;
		return 0;
	}
	if (memchr(s, '-', n))
		return 1;
	const unsigned char *p = s, *e = s + n;
	while ((p = memchr(p, 0xE2, (size_t)(e - p))) != NULL && e - p >= 3) {
		if (p[1] == 0x94 && is_border_box(p[2]))
			return 1;
		p++;
	}
	return 0;
}

/* A content line that also draws a border (├───┼───┤ beside a spanned
 * cell): the rows it separates end here. */
static int has_border(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	if (n < 3 || !may_have_border(u, n))
		return 0;
	int run = 0;
	size_t i = 0;
	while (i + 2 < n) {
		unsigned char c = u[i];
		if (c == '-' || c == '+') {
			if (++run >= 3 && c == '-')
				return 1;
			i++;
		} else if (c == 0xE2 && u[i + 1] == 0x94) {
			unsigned char d = u[i + 2];
			if (d == 0x80 ? ++run >= 3 : is_border_box(d)) /* ─── or a junction */
				return 1;
			i += 3; /* other box drawing neither breaks a run nor makes one */
		} else {
			run = 0; /* and so would the inner bytes of a 3-byte character */
			i += (c & 0xF0) == 0xE0 ? 3 : 1;
		}
	}
	return 0;
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

/* Lines this long are never furniture. */
#define FURNITURE_MAX 512

/* The first bytes of furniture: every kind below starts with -, ~, a
 * dash (— – ― ─: E2), 第 (E7), 共 (E5), P, p or a digit.  Most lines fail
 * here, at their first byte. */
static const unsigned char furniture_lead[256] = {
	['-'] = 1, ['~'] = 1, ['P'] = 1, ['p'] = 1, ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
	['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1, [0xE2] = 1, [0xE5] = 1, [0xE7] = 1,
};

/* Does the text at p (n bytes left) start as furniture does? */
static int furniture_start(const unsigned char *p, size_t n)
{
	switch (p[0]) {
	case 0xE2: /* U+2013 –, U+2014 —, U+2015 ―, U+2500 ─ */
		return n >= 3 && ((p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94 || p[2] == 0x95)) ||
				  (p[1] == 0x94 && p[2] == 0x80));
	case 0xE7: /* 第 */
		return n >= 3 && memcmp(p, "第", 3) == 0;
	case 0xE5: /* 共 */
		return n >= 3 && memcmp(p, "共", 3) == 0;
	default:
		return furniture_lead[p[0]];
	}
}

/* Is s[0..n0) (n0 > 0, the line from its first non-blank) one of the
 * kinds of furniture below, once squeezed? */
static int furniture_kind(const char *s, size_t n0)
{
	char t[FURNITURE_MAX / 2];
	if (!furniture_start((const unsigned char *)s, n0))
		return 0;
	int digit = 0; /* every kind holds one */
	for (size_t k = 0; k < n0 && !digit; k++)
		digit = is_digit(s[k]);
	if (!digit)
		return 0;
	size_t n = squeeze(s, n0, t, sizeof t);
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

/* lex_is_furniture, with the leading spaces already counted (f): inline,
 * the tests that nearly every line fails first. */
static inline int furniture(const char *line, size_t len, size_t f)
{
	if (len >= FURNITURE_MAX || f == len || !furniture_lead[(unsigned char)line[f]])
		return 0;
	if (is_digit(line[f]) && (len - f > 16 || !memchr(line + f, '/', len - f)))
		return 0; /* the one kind that starts with a digit is "3/12": short, with a slash */
	return furniture_kind(line + f, len - f);
}

int lex_is_furniture(const char *line, size_t len)
{
	return furniture(line, len, skip_blanks(line, len, 0));
}

/* ---- numbers ------------------------------------------------------------ */

/* 万元 first: the token says when a value was in ten thousands */
static const struct lit units[] = {
	LIT("万元"), LIT("元"), LIT("件"), LIT("条"), LIT("个"), LIT("项"), LIT("次"), LIT("篇"),
};

/* Which unit s[0..n) is, as an index in units[], or -1.  Seldom asked:
 * kept out of line, as parse_number, inline in the lexer's loop, needs
 * fewer registers without it. */
__attribute__((noinline)) static int unit_of(const char *s, size_t n)
{
	for (size_t u = 0; u < sizeof units / sizeof units[0]; u++)
		if (n == units[u].n && memcmp(s, units[u].s, n) == 0)
			return (int)u;
	return -1;
}

/* Parse a whole piece (n > 0) as a value: [sign] digits [,ddd ...]
 * [.digits] [unit].  Returns 1 and fills t (canonical digits stored in
 * lx->store) when it is one.  Inline: most pieces are values, and a call
 * cost as much as the work. */
static inline __attribute__((always_inline)) int parse_number(const char *s, size_t n, struct lexed *lx,
							     struct token *t)
{
	int neg = s[0] == '-';
	size_t ds = neg || s[0] == '+', i = ds;
	if (!skip_digits(s, &i, n))
		return 0;
	if (i < n && s[i] == ',' && i - ds > 3)
		return 0; /* thousands come in threes: 1234,567 is no number */
	while (i < n && s[i] == ',') {
		size_t k = i + 1;
		skip_digits(s, &k, n);
		if (k - i != 4)
			return 0;
		i = k;
	}
	size_t intend = i;
	int decimal = i < n && s[i] == '.';
	if (decimal) {
		i++;
		if (!skip_digits(s, &i, n))
			return 0; /* "1." is a list marker, not a number */
	}
	size_t numend = i;
	int unit = -1;
	if (i < n && (unit = unit_of(s + i, n - i)) < 0)
		return 0;
	if (lx->used + (numend - ds + 2) > sizeof lx->store)
		return 0;
	/* canonical: no separators, no '+', integer part without leading zeros */
	char *o = lx->store + lx->used, *start = o;
	*o = '-';
	o += neg;
	size_t k = ds;
	while (k + 1 < intend && (s[k] == '0' || s[k] == ','))
		k++;
	for (; k < numend; k++) {
		*o = s[k];
		o += s[k] != ',';
	}
	t->type = TOK_NUM;
	t->s = start;
	t->n = (size_t)(o - start);
	t->decimal = decimal;
	t->negative = neg;
	t->unit = unit >= 0;
	t->wan = unit == 0;
	lx->used += t->n;
	if (neg && t->n == 2 && start[1] == '0') { /* "-0" is 0 */
		start[0] = '0';
		t->n = 1;
		t->negative = 0;
	}
	return 1;
}

/* A cheap first look: a value starts with a digit, or a sign and one. */
static int may_be_number(const char *s, size_t n)
{
	return is_digit(s[0]) || ((s[0] == '-' || s[0] == '+') && n > 1 && is_digit(s[1]));
}

/* A lone dash, slash or 无 in a value position means an empty cell. */
static int is_blank_marker(const char *s, size_t n)
{
	static const struct lit marks[] = {
		LIT("-"), LIT("--"), LIT("—"), LIT("——"), LIT("–"), LIT("―"),
		LIT("/"), LIT("\\"), LIT("无"), LIT("空"), LIT("─"),
	};
	/* the first bytes of the marks: - / \ — – ― ─ (E2) 无 (E6) 空 (E7) */
	static const unsigned char lead[256] = {
		['-'] = 1, ['/'] = 1, ['\\'] = 1, [0xE2] = 1, [0xE6] = 1, [0xE7] = 1,
	};
	if (n > 6 || !lead[(unsigned char)s[0]]) /* longer than the longest, —— */
		return 0;
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (marks[i].n == n && memcmp(s, marks[i].s, n) == 0)
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

static void piece(struct lexed *lx, const char *s, size_t n)
{
	if (lx->ntok == MAX_TOKENS) {
		lx->overflow = 1;
		return;
	}
	struct token *t = &lx->tok[lx->ntok];
	if (may_be_number(s, n) && parse_number(s, n, lx, t)) {
		lx->ntok++;
		return;
	}
	if (is_blank_marker(s, n)) {
		push(lx, TOK_BLANK, s, n);
		return;
	}
	size_t cut = trailing_number(s, n);
	if (cut < n) {
		push(lx, TOK_TEXT, s, cut);
		if (lx->ntok < MAX_TOKENS && parse_number(s + cut, n - cut, lx, &lx->tok[lx->ntok]))
			lx->ntok++;
		return;
	}
	push(lx, TOK_TEXT, s, n);
}

static int all_space(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, sl;
	while (i < n) {
		if ((sl = space_len(u, n, i)) == 0)
			return 0;
		i += sl;
	}
	return 1;
}

/* Does s[i..n) hold a drawn separator ('|' or a box-drawing one)? */
static int any_drawn(const unsigned char *s, size_t n, size_t i)
{
	size_t sl;
	while ((i = next_sep(s, n, i, &sl)) < n) {
		if (s[i] != '\t')
			return 1;
		i += sl;
	}
	return 0;
}

/* Where the cells of a line lie, [*start, *end): after a leading separator
 * (the text before it is not a cell) and before a trailing pipe or box
 * edge; trailing TABs are padding and stay cells (blank).  The caller
 * knows that s begins with f spaces. */
static inline void cell_bounds(const unsigned char *s, size_t n, size_t f, size_t *start, size_t *end)
{
	size_t i = f, len = 0;
	enum brk what = BRK_END;
	while (i < n && (what = break_at(s, n, i, &len)) == BRK_SPACE)
		i += len;
	*start = i < n && what == BRK_SEP ? i + len : 0;
	size_t j = n;
	while (j > *start && s[j - 1] == ' ')
		j--;
	if (j > *start && s[j - 1] == '|')
		*end = j - 1;
	else if (j >= *start + 3 && s[j - 3] == 0xE2 && sep_len(s, n, j - 3) == 3) /* │ ┃ ║ ┆ ┊ */
		*end = j - 3;
	else
		*end = n;
}

/* Cut a content line into cells at its separators and each cell into
 * pieces at white space, in one pass.  A line without separators is one
 * cell (never all white space: lex_line took those for empty lines); a
 * cell that is all white space is one blank token.  At most
 * MAX_TOKENS cells, as lex_cells gives.  s begins with f spaces. */
static void split(struct lexed *lx, const char *s, size_t n, size_t f)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t start, end, len;
	cell_bounds(u, n, f, &start, &end);
	if (start > 0) { /* a leading separator */
		lx->cells = 1;
		lx->drawn = u[start - 1] != '\t';
	}
	if (end < n) /* a trailing edge */
		lx->cells = lx->drawn = 1;
	size_t cell = start, from = start, i = start;
	int ncells = 0, npieces = 0;
	for (;;) {
		enum brk what;
		i = next_break(u, end, i, &what, &len);
		if (i > from) {
			piece(lx, s + from, i - from);
			npieces++;
		}
		if (what == BRK_SPACE) {
			from = i = skip_blanks(s, end, i + len);
			continue;
		}
		if (npieces == 0)
			push(lx, TOK_BLANK, s + cell, 0);
		if (what == BRK_END)
			return;
		lx->cells = 1;
		lx->drawn |= u[i] != '\t';
		i += len;
		if (++ncells == MAX_TOKENS) { /* the rest is dropped */
			lx->drawn |= any_drawn(u, n, i);
			return;
		}
		cell = from = i;
		npieces = 0;
	}
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
	if (n == 0) { /* a fifth of all lines */
		lx->kind = LINE_EMPTY;
		return;
	}
	/* the indentation counts for none of the tests below: skip it once */
	size_t f = skip_blanks(s, n, 0);
	if (is_rule(s + f, n - f)) {
		lx->kind = LINE_RULE;
		return;
	}
	if (all_space(s + f, n - f)) {
		lx->kind = LINE_EMPTY;
		lx->spaces = 1;
		return;
	}
	if (furniture(s, n, f)) {
		lx->kind = LINE_FURNITURE;
		return;
	}
	lx->kind = LINE_CONTENT;
	split(lx, s, n, f);
	if (lx->cells)
		lx->partial_rule = has_border(s, n); /* borders come with separators */
}

void lex_moved(struct lexed *lx, const char *from, const char *to)
{
	for (int i = 0; i < lx->ntok; i++)
		if (lx->tok[i].type != TOK_NUM) /* the digits of a number are in lx->store */
			lx->tok[i].s = to + (lx->tok[i].s - from);
}

int lex_cells(const char *s, size_t n, const char **cs, size_t *cl, int max)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t start, end, len;
	int nc = 0;
	cell_bounds(u, n, 0, &start, &end);
	while (nc < max) {
		size_t k = next_sep(u, end, start, &len);
		cs[nc] = s + start;
		cl[nc] = k - start;
		nc++;
		if (k >= end)
			break;
		start = k + len;
	}
	return nc;
}
