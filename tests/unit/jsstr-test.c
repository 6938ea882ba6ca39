/* jsstr-test.c - lib/extract/jsstr.c (js_table_strings) on hand-made scripts.
 *
 * Each case is a script and what js_table_strings must give: the decoded
 * text of each string literal holding a whole table, each followed by a
 * newline, and their count.  The cases: the three quotes; the escapes
 * (\" \' \\ \/ \n \t, \xHH, \uXXXX, a surrogate pair, \u{…}, a line
 * continuation, a lone surrogate, broken escapes); quotes inside comments
 * and other strings; tables put together when the page runs (a value
 * added with +, a template with ${…}, a table over two strings) and
 * strings that are not closed, none of which is taken.  Built and run by
 * tests/unit.bats; prints one line, exits 1 at the first mismatch. */
#include "buf.h"
#include "jsstr.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
	const char *script;
	int count;
	const char *want;
} cases[] = {
	{"var c = \"<table><tr><td>1</td></tr></table>\";", 1, "<table><tr><td>1</td></tr></table>\n"},
	{"var c = '<TABLE>x</Table>';", 1, "<TABLE>x</Table>\n"},
	{"var c = `<table>\n<tr><td>1</td></tr>\n</table>`;", 1, "<table>\n<tr><td>1</td></tr>\n</table>\n"},
	/* escapes */
	{"x = \"<table class=\\\"t\\\"><tr><td>a\\'b<\\/td><\\/tr><\\/table>\"", 1,
	 "<table class=\"t\"><tr><td>a'b</td></tr></table>\n"},
	{"x = '<table>\\n<tr>\\t<td>\\\\</td></tr></table>'", 1, "<table> <tr> <td>\\</td></tr></table>\n"},
	{"x = '<table><td>\\u884c\\u653f\\x41\\u{5e74}</td></table>'", 1,
	 "<table><td>行政A年</td></table>\n"},
	{"x = '<table>\\ud83d\\ude00</table>'", 1, "<table>\xF0\x9F\x98\x80</table>\n"},
	{"x = '<table>\\ud83d!</table>'", 1, "<table>\xEF\xBF\xBD!</table>\n"},
	{"x = '<table>\\uZZ\\x4</table>'", 1, "<table>uZZx4</table>\n"},
	{"x = '<table>a\\\nb</table>'", 1, "<table>ab</table>\n"},
	{"x = '<table>a\\\r\nb</table>'", 1, "<table>ab</table>\n"},
	/* several, and strings without a whole table left out */
	{"a = '<table>1</table>'; b = 'utf-8'; c = \"<table>2</table>\";", 2,
	 "<table>1</table>\n<table>2</table>\n"},
	{"a = '<p>text</p>'; b = '</table><table>';", 0, ""},
	/* quotes in comments and in other strings */
	{"// it's here\nvar c = \"<table>x</table>\"; /* don't \" */", 1, "<table>x</table>\n"},
	{"var s = \"it's\"; var c = '<table>\"</table>';", 1, "<table>\"</table>\n"},
	{"var u = 'http://x/'; var c = '<table>1</table>';", 1, "<table>1</table>\n"},
	/* put together when the page runs: not taken */
	{"h = '<table><tr><td>' + v + '</td></tr></table>';", 0, ""},
	{"h = `<table><tr><td>${v}</td></tr></table>`;", 0, ""},
	{"document.write('<table><tr><td>1</td>'); document.write('</tr></table>');", 0, ""},
	/* not closed */
	{"x = '<table>1</table>", 0, ""},
	{"x = '<table>1\n</table>';", 0, ""},
	{"x = '<table>1</table>\\", 0, ""},
	{"", 0, ""},
};

int main(void)
{
	struct buf out = BUF_INIT;
	size_t n = sizeof cases / sizeof cases[0];
	for (size_t i = 0; i < n; i++) {
		buf_reset(&out);
		/* a copy of its exact size: ASan sees a read past the end */
		size_t len = strlen(cases[i].script);
		char *s = xmalloc(len ? len : 1);
		memcpy(s, cases[i].script, len);
		int count = js_table_strings(s, len, &out);
		free(s);
		const char *got = out.p ? out.p : "";
		if (count != cases[i].count || out.len != strlen(cases[i].want) ||
		    memcmp(got, cases[i].want, out.len) != 0) {
			printf("MISMATCH in case %zu: %d strings, \"%.*s\"; wanted %d, \"%s\"\n", i, count,
			       (int)out.len, got, cases[i].count, cases[i].want);
			return 1;
		}
	}
	buf_free(&out);
	printf("jsstr: %zu scripts, the strings with whole tables as written\n", n);
	return 0;
}
