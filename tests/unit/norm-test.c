/* norm-test.c - lib/extract/norm.c (norm_line) against the steps it fused.
 *
 * norm_line checks UTF-8, turns a lone no-break space into "—" and applies
 * NFKC in one pass, with fast paths for ASCII, ideographs and full-width
 * forms, and gives the line back uncopied when nothing changed.  It must
 * give exactly what the three steps one after the other gave: NORM_NUL
 * when the line has a NUL byte (extract.c's memchr, which it replaced);
 * else -1 when utf8_invalid_at finds a bad byte; else the no-break-space
 * rule on the line as read, then utf8_nfkc.  Lines, random and hand-made, mix ASCII,
 * spaces, U+00A0 alone / between spaces / next to text, U+3000, full-width
 * forms, combining marks, Hangul jamo, compatibility characters, CJK,
 * 4-byte characters, random code points, invalid bytes and NUL bytes.  Also: the
 * result is NUL-terminated, and a line with nothing for NFKC to change
 * comes back as itself, not a copy, as does any line whose result equals
 * it (norm.h).  Fixed seed; each line is allocated to its
 * exact size so that ASan sees a read past the end.  Built and run by
 * tests/unit.bats; prints one line, exits 1 at the first mismatch with the
 * input in hex. */
#include "buf.h"
#include "norm.h"
#include "utf8.h"
#include "unit.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CASES 200000



/* The reference: the code norm_line replaced. */
static int reference(const char *s, size_t n, struct buf *out)
{
	if (memchr(s, '\0', n))
		return NORM_NUL;
	if (utf8_invalid_at(s, n) != n)
		return -1;
	struct buf blanked = BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if ((unsigned char)s[i] == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0 &&
		    (i == 0 || s[i - 1] == ' ') && (i + 2 == n || s[i + 2] == ' ')) {
			buf_adds(&blanked, "—");
			i++;
		} else {
			buf_addc(&blanked, s[i]);
		}
	}
	buf_reset(out);
	utf8_nfkc(blanked.p ? blanked.p : "", blanked.len, out);
	buf_free(&blanked);
	return 0;
}

static long checked;

/* norm_line on a copy of s[0..n) of its exact size, against the reference. */
static int check(const char *s, size_t n)
{
	static struct buf tmp = BUF_INIT, want = BUF_INIT; /* reused, as extract.c does */
	char *line = malloc(n + 1);
	memcpy(line, s, n);
	line[n] = '\0';
	const char *out = NULL;
	size_t outn = 0;
	int r = norm_line(line, n, &tmp, &out, &outn);
	int w = reference(line, n, &want);
	const char *why = NULL;
	if (r != w)
		why = "return value";
	else if (r == 0 && (outn != want.len || memcmp(out, want.p, outn) != 0))
		why = "output";
	else if (r == 0 && out[outn] != '\0')
		why = "output not NUL-terminated";
	else if (r == 0 && out != line && want.len == n && memcmp(want.p, line, n) == 0)
		why = "unchanged line returned as a copy";
	if (why) {
		printf("MISMATCH (%s): norm_line %d, reference %d\n", why, r, w);
		hex("line", line, n);
		if (r == 0)
			hex(out == line ? "norm_line (the line itself)" : "norm_line", out, outn);
		if (w == 0)
			hex("reference", want.p, want.len);
		free(line);
		return 1;
	}
	free(line);
	checked++;
	return 0;
}

/* ---- the pieces lines are made of -------------------------------------------- */

static const char *const pieces[] = {
	"a", "Z", "7", " ", " ", "  ", "-",
	"\u00A0", " \u00A0 ", " \u00A0", "\u00A0 ", "\u00A0\u00A0", /* no-break space */
	"\u3000", "\u2003", "\u2009",                                 /* ideographic, em, thin space */
	"（", "）", "１", "２", "３", "Ａ", "ｅ", "％", "～",             /* full-width */
	"\u0301", "\u0308", "\u0327", "\u3099", "\u309A",             /* combining marks */
	"e", "\u00E9", "o\u0308", "か", "\uFF76", "\uFF9E",           /* é, ö, か, half-width ｶ ﾞ */
	"\u1100", "\u1161", "\u11A8", "\uAC00", "\uD7A3",             /* Hangul jamo, syllables */
	"㎡", "①", "ﬁ", "\u2F00", "\uF900", "\u2126", "\u212B", "½",  /* compatibility */
	"本", "年", "新", "收", "、", "。", "\u3400", "\u4DC0", "\u9FFF", /* CJK, Ext. A, Yijing */
	"—", "·", "\U0001D400", "\U0001F600", "\U00020000", "\U0002F800",
};
static const char *const invalid[] = {
	"\x80", "\xBF", "\xFF", "\xFE", "\xC0\x80", "\xC1\xBF", "\xC2", "\xE4\xB8",
	"\xE6", "\xED\xA0\x80", "\xED\xBF\xBF", "\xE0\x80\x80", "\xF0\x80\x80\x80",
	"\xF4\x90\x80\x80", "\xF0\x9F\x98", "\xC2\x41", "\xE4\x41\x80",
};
#define NPIECES (sizeof pieces / sizeof *pieces)
#define NINVALID (sizeof invalid / sizeof *invalid)

/* Any code point but a surrogate, as UTF-8; mostly the BMP. */
static size_t random_char(char *p)
{
	uint32_t cp;
	do
		cp = below(4) ? (uint32_t)below(0x10000) : (uint32_t)below(0x110000);
	while ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0);
	if (cp < 0x80) {
		p[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		p[0] = (char)(0xC0 | cp >> 6);
		p[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		p[0] = (char)(0xE0 | cp >> 12);
		p[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		p[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	p[0] = (char)(0xF0 | cp >> 18);
	p[1] = (char)(0x80 | (cp >> 12 & 0x3F));
	p[2] = (char)(0x80 | (cp >> 6 & 0x3F));
	p[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

static int random_line(void)
{
	char s[1024];
	size_t n = 0;
	size_t count = below(10) == 0 ? below(100) : below(12);
	int bad = below(4) == 0; /* a quarter of the lines may have an invalid byte */
	int nul = below(16) == 0; /* a few a NUL byte */
	for (size_t k = 0; k < count && n + 16 < sizeof s; k++) {
		unsigned r = (unsigned)below(100);
		const char *p;
		if (nul && r < 3) {
			s[n++] = '\0';
			continue;
		} else if (bad && r < 5) {
			p = invalid[below(NINVALID)];
		} else if (r < 15) {
			n += random_char(s + n);
			continue;
		} else if (r < 35) { /* runs of ASCII, longer than a word */
			size_t m = below(20);
			for (size_t j = 0; j < m; j++)
				s[n++] = "ab 1-"[below(5)];
			continue;
		} else {
			p = pieces[below(NPIECES)];
		}
		memcpy(s + n, p, strlen(p));
		n += strlen(p);
	}
	return check(s, n);
}

/* ---- hand-made lines --------------------------------------------------------- */

static int hand_lines(void)
{
	static const char *const lines[] = {
		"", " ", "abc", "本年新收政府信息公开申请", "本年新收 123 件",
		"（一）１２３　件", "\u3000\u3000合计", "１２３", "ａｂｃ（）",
		"\u00A0", " \u00A0", "\u00A0 ", " \u00A0 ", "a \u00A0 b", "a\u00A0b", "a \u00A0b",
		"\u00A0\u00A0", " \u00A0 \u00A0 ", "\u00A0 \u00A0", "\u3000\u00A0\u3000", "１\u00A0",
		" \u00A0 e\u0301", "e\u0301", "\u00E9", "Ａ\u0301", "ｅ\u0301", "か\u3099", "\uFF76\uFF9E",
		"\u1100\u1161", "\u1100\u1161\u11A8", "\uAC00\u11A8", "한국",
		"㎡", "①②③", "ﬁ", "面积 100㎡", "\u2F00", "\uF900", "½", "\u212B",
		"\U0001D400\U0001D401", "😀 本年", "\U0002F800",
		"abc\x80", "\xFF", "本\xE6\x9C", "\xE6\x9C本", "\xC0\x80", "\xED\xA0\x80",
		"１２３\xFF", "\u00A0\x80", "e\u0301\xFF", "\xF4\x90\x80\x80",
	};
	for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
		if (check(lines[i], strlen(lines[i])))
			return 1;
	/* NUL bytes: at each place of an ASCII line (eight bytes at a time),
	 * after an invalid byte, after characters that take the slow paths */
	char ascii[20];
	memset(ascii, 'a', sizeof ascii);
	for (size_t i = 0; i < sizeof ascii; i++) {
		ascii[i] = '\0';
		if (check(ascii, sizeof ascii))
			return 1;
		ascii[i] = 'a';
	}
	static const struct {
		const char *s;
		size_t n;
	} nuls[] = {
		{"\0", 1}, {"本\0", 4}, {"\xFF\0", 2}, {"\0\xFF", 2}, {"\xE6\x9C\0", 3},
		{"e\u0301\0", 4}, {"\u00A0\0", 3}, {"１２\0３", 10}, {"本年\0\u3000", 10},
	};
	for (size_t i = 0; i < sizeof nuls / sizeof *nuls; i++)
		if (check(nuls[i].s, nuls[i].n))
			return 1;
	/* exact results, for a few */
	static const struct {
		const char *in, *out;
	} exact[] = {
		{" \u00A0 ", " — "}, {"\u00A0", "—"}, {"a\u00A0b", "a b"}, {"a \u00A0b", "a  b"},
		{"（１２３）\u3000件", "(123) 件"}, {"e\u0301", "\u00E9"}, {"㎡①ﬁ", "m21fi"},
		{"本年", "本年"}, {"\u1100\u1161", "\uAC00"}, {"\uAC00\u11A8", "\uAC01"},
	};
	struct buf tmp = BUF_INIT;
	for (size_t i = 0; i < sizeof exact / sizeof *exact; i++) {
		const char *out;
		size_t outn;
		size_t n = strlen(exact[i].in);
		if (norm_line(exact[i].in, n, &tmp, &out, &outn) != 0 || outn != strlen(exact[i].out) ||
		    memcmp(out, exact[i].out, outn) != 0) {
			printf("MISMATCH (hand-made, exact result)\n");
			hex("line", exact[i].in, n);
			hex("want", exact[i].out, strlen(exact[i].out));
			return 1;
		}
	}
	buf_free(&tmp);
	return 0;
}

int main(void)
{
	if (hand_lines())
		return 1;
	for (long c = 0; c < CASES; c++)
		if (random_line()) {
			printf("case %ld\n", c);
			return 1;
		}
	printf("norm: %ld lines, norm_line agrees with memchr + utf8_invalid_at + no-break space +"
	       " utf8_nfkc, unchanged lines uncopied\n",
	       checked);
	return 0;
}
