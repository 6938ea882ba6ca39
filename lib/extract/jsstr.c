/* jsstr.c - the string literals of a script that hold whole tables. */
#include "jsstr.h"
#include "buf.h"
#include "textsearch.h"
#include "utf8.h"

#include <string.h>

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
		return (c | 0x20) - 'a' + 10;
	return -1;
}

/* The value of the k hex digits at s[*i], advancing *i; -1 (and *i left)
 * when they are not all there. */
static long hex_run(const char *s, size_t n, size_t *i, size_t k)
{
	long v = 0;
	if (*i + k > n)
		return -1;
	for (size_t j = 0; j < k; j++) {
		int d = hex_digit(s[*i + j]);
		if (d < 0)
			return -1;
		v = v * 16 + d;
	}
	*i += k;
	return v;
}

/* \u{…}: up to six hex digits between braces. */
static long hex_braced(const char *s, size_t n, size_t *i)
{
	size_t j = *i + 1;
	long v = 0;
	int digits = 0, d;
	while (j < n && digits < 7 && (d = hex_digit(s[j])) >= 0)
		v = v * 16 + d, j++, digits++;
	if (digits == 0 || digits > 6 || j >= n || s[j] != '}')
		return -1;
	*i = j + 1;
	return v;
}

/* The code point of the escape after the backslash at s[*i - 1] (*i at
 * the letter), advancing *i past it; -2 for a line continuation (nothing),
 * -1 for one that is not well formed (taken as its letter). */
static long escape(const char *s, size_t n, size_t *i)
{
	char c = s[(*i)++];
	size_t at = *i;
	long v;
	switch (c) {
	case 'n': case 'r': case 't': case 'b': case 'f': case 'v':
		return ' '; /* white space, all of it alike in HTML */
	case '0':
		return -2;
	case '\n':
		return -2;
	case '\r':
		if (at < n && s[at] == '\n')
			(*i)++;
		return -2;
	case 'x':
		v = hex_run(s, n, i, 2);
		break;
	case 'u':
		if (at < n && s[at] == '{') {
			v = hex_braced(s, n, i);
			break;
		}
		v = hex_run(s, n, i, 4);
		/* a surrogate pair, written as two escapes */
		if (v >= 0xD800 && v <= 0xDBFF && *i + 6 <= n && s[*i] == '\\' && s[*i + 1] == 'u') {
			size_t j = *i + 2;
			long lo = hex_run(s, n, &j, 4);
			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				*i = j;
				v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
			}
		}
		break;
	default:
		return (unsigned char)c; /* \" \' \\ \/ and the rest: the character */
	}
	if (v < 0)
		return (unsigned char)c;
	if ((v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF || v == 0)
		return 0xFFFD;
	return v;
}

/* The literal opened by q at s[*i - 1]: its text decoded into lit, *i past
 * its closing quote.  Returns 0 when it is not a literal whose text is
 * known (not closed; a template with ${…}). */
static int literal(const char *s, size_t n, size_t *i, char q, struct buf *lit)
{
	size_t j = *i;
	buf_reset(lit);
	while (j < n) {
		char c = s[j];
		if (c == q) {
			*i = j + 1;
			return 1;
		}
		if (c == '\\' && j + 1 < n) {
			j++;
			long cp = escape(s, n, &j);
			if (cp >= 0)
				utf8_encode(lit, (int32_t)cp);
			continue;
		}
		if (c == '\n' && q != '`') /* not closed on its line: not JavaScript */
			break;
		if (q == '`' && c == '$' && j + 1 < n && s[j + 1] == '{')
			break; /* its text is made when the page runs */
		buf_addc(lit, c);
		j++;
	}
	/* on past it (to its end, or the line's) */
	while (j < n && s[j] != q && !(s[j] == '\n' && q != '`'))
		j += s[j] == '\\' ? 2 : 1;
	*i = j < n ? j + 1 : n;
	return 0;
}

/* Does text hold a whole table: <table, then </table after it? */
static int whole_table(const char *t, size_t n)
{
	if (n == 0)
		return 0;
	const char *open = text_find_markup(t, n, "<table");
	return open && text_find_markup(open, n - (size_t)(open - t), "</table") != NULL;
}

int js_table_strings(const char *s, size_t n, struct buf *out)
{
	struct buf lit = BUF_INIT;
	int found = 0;
	size_t i = 0;
	while (i < n) {
		char c = s[i++];
		if (c == '/' && i < n && s[i] == '/') {
			const char *nl = memchr(s + i, '\n', n - i);
			i = nl ? (size_t)(nl - s) : n;
		} else if (c == '/' && i < n && s[i] == '*') {
			const char *end = text_find(s + i + 1, n - i - 1, "*/", 2);
			i = end ? (size_t)(end - s) + 2 : n;
		} else if (c == '"' || c == '\'' || c == '`') {
			if (literal(s, n, &i, c, &lit) && whole_table(lit.p, lit.len)) {
				buf_add(out, lit.p, lit.len);
				buf_addc(out, '\n');
				found++;
			}
		}
	}
	buf_free(&lit);
	return found;
}
