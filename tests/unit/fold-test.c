/* fold-test.c - lib/extract/fold.c and lineinfo_set against the code they
 * replaced.
 *
 * lineinfo_set squeezed a line (dropped space, TAB, CR, FF and VT) byte by
 * byte, then folded the squeezed line with fold_append when 1..130 bytes
 * were left and looked for a heading in that.  It now squeezes and folds in
 * one pass (squeeze_fold_append) when the line itself has at most 130
 * bytes, else squeezes eight bytes at a time (squeeze_append) and folds
 * after; fold_append takes runs of 3-byte characters, the code point
 * computed in one subtraction.  Checked here, on random lines (ASCII and
 * control characters, each white space byte, runs of spaces, quote and
 * markdown marks, CJK, the traditional and the dropped characters of
 * fold.c's table, other characters of 2, 3 and 4 bytes; lengths around
 * 130) and on every code point alone:
 *   fold_append: each character as fold_char says (nothing for 0);
 *   squeeze_append: the line without its white space bytes;
 *   squeeze_fold_append: what squeeze_append then fold_append append, to
 *     buffers that may hold text already;
 *   lineinfo_set: sq, fq and heading as the old code made them.
 * Also meta_heading's count of characters (40 at most), on headings padded
 * with characters of every length.  Fixed seed; each line is allocated to
 * its exact size, with no NUL after it, so that ASan sees a read past the
 * end; random bytes (not UTF-8) go through the three functions too, for
 * memory safety only.  Built and run by tests/unit.bats; prints one line,
 * exits 1 at the first mismatch with the input in hex. */
#include "buf.h"
#include "fold.h"
#include "report.h"
#include "utf8.h"
#include "unit.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CASES 300000
#define FOLD_MAX 130 /* report.c: the longest squeezed line folded */

/* ---- the references: the code that was replaced ---------------------------- */

static void ref_squeeze(const char *s, size_t n, struct buf *out)
{
	for (size_t i = 0; i < n; i++)
		if (!strchr(" \t\r\f\v", s[i]) || !s[i])
			buf_addc(out, s[i]);
}

static void ref_fold(const char *s, size_t n, struct buf *out)
{
	for (size_t i = 0; i < n;) {
		int32_t cp;
		i += utf8_decode(s + i, n - i, &cp);
		int32_t to = fold_char(cp);
		if (to)
			utf8_encode(out, to);
	}
	buf_grow(out, 0); /* NUL-terminated even when empty */
}

static void ref_lineinfo(const char *s, size_t n, struct buf *sq, struct buf *fq, int *heading)
{
	buf_reset(sq);
	buf_reset(fq);
	ref_squeeze(s, n, sq);
	*heading = 0;
	if (sq->len > 0 && sq->len <= FOLD_MAX) {
		ref_fold(sq->p, sq->len, fq);
		*heading = meta_heading(fq->p, fq->len);
	}
}

/* ---- checks --------------------------------------------------------------------- */

static long checked;

static int differ(const char *what, const char *in, size_t n, const struct buf *got,
		  const struct buf *want)
{
	if (got->len == want->len && memcmp(got->p, want->p, got->len) == 0 &&
	    got->p[got->len] == '\0')
		return 0;
	printf("MISMATCH (%s)\n", what);
	hex("line", in, n);
	hex("got", got->p, got->len);
	hex("want", want->p, want->len);
	return 1;
}

/* A short random prefix, or none: the functions append. */
static void prefill(struct buf *b)
{
	buf_reset(b);
	if (below(4) == 0)
		buf_adds(b, below(2) ? "本年" : "a b");
}

static int check(const char *s, size_t n)
{
	static struct buf got = BUF_INIT, got2 = BUF_INIT, want = BUF_INIT, want2 = BUF_INIT;
	static struct lineinfo li; /* reused, as extract.c does */
	char *line = malloc(n ? n : 1);
	memcpy(line, s, n);
	int bad = 0;

	buf_reset(&got);
	fold_append(&got, line, n);
	buf_reset(&want);
	ref_fold(line, n, &want);
	bad = bad || differ("fold_append", line, n, &got, &want);

	buf_reset(&got);
	squeeze_append(&got, line, n);
	buf_reset(&want);
	ref_squeeze(line, n, &want);
	bad = bad || differ("squeeze_append", line, n, &got, &want);

	prefill(&got);
	prefill(&got2);
	buf_reset(&want);
	buf_add(&want, got.p, got.len);
	buf_reset(&want2);
	buf_add(&want2, got2.p, got2.len);
	size_t from = want.len;
	squeeze_fold_append(&got, &got2, line, n);
	ref_squeeze(line, n, &want);
	fold_append(&want2, want.p + from, want.len - from);
	bad = bad || differ("squeeze_fold_append, squeezed", line, n, &got, &want) ||
	      differ("squeeze_fold_append, folded", line, n, &got2, &want2);

	int heading;
	lineinfo_set(&li, line, n, 7);
	ref_lineinfo(line, n, &want, &want2, &heading);
	bad = bad || differ("lineinfo_set, sq", line, n, &li.sq, &want) ||
	      (want2.len && differ("lineinfo_set, fq", line, n, &li.fq, &want2));
	if (!bad && (li.fq.len != want2.len || li.heading != heading || li.line != line ||
		     li.n != n || li.lineno != 7)) {
		printf("MISMATCH (lineinfo_set: fq length %zu, heading %d; want %zu, %d)\n",
		       li.fq.len, li.heading, want2.len, heading);
		hex("line", line, n);
		bad = 1;
	}
	free(line);
	checked++;
	return bad;
}

/* ---- the characters lines are made of --------------------------------------- */

static int32_t trad[1024], gone[64]; /* from fold_char: traditional, dropped (not ASCII) */
static size_t ntrad, ngone;

static void find_special(void)
{
	for (int32_t cp = 0x80; cp <= 0xFFFF; cp++) {
		int32_t to = fold_char(cp);
		if (to == 0 && ngone < sizeof gone / sizeof *gone)
			gone[ngone++] = cp;
		else if (to != cp && to && ntrad < sizeof trad / sizeof *trad)
			trad[ntrad++] = cp;
	}
}

static int32_t in_range(int32_t lo, int32_t hi)
{
	return lo + (int32_t)below((size_t)(hi - lo + 1));
}

/* One random piece of a line, appended to b. */
static void random_piece(struct buf *b)
{
	static const char *const words[] = {
		"一、", "二、", "（一）", "情况", "概述", "总体情况", "。", "|", "第二十条第(一)项",
		"主动公开政府信息情况", "行政复议", "\u00A0", "——", "**", "###", "> ", ":", "12",
	};
	int32_t cp;
	switch (below(16)) {
	case 0: /* a run of spaces, long ones as a page laid out in text has */
		for (size_t k = below(4) ? 1 + below(3) : below(40); k > 0; k--)
			buf_addc(b, ' ');
		return;
	case 1:
		buf_addc(b, " \t\r\f\v"[below(5)]);
		return;
	case 2:
		buf_addc(b, "\"'`*#>:("[below(8)]);
		return;
	case 3:
		cp = in_range(1, 0x7F);
		break;
	case 4:
	case 5:
		cp = in_range('0', 'z');
		break;
	case 6:
	case 7:
	case 8:
		cp = in_range(0x4E00, 0x9FFF);
		break;
	case 9:
		cp = trad[below(ntrad)];
		break;
	case 10:
		cp = gone[below(ngone)];
		break;
	case 11:
		cp = in_range(0x80, 0x7FF);
		break;
	case 12:
		do
			cp = in_range(0x800, 0xFFFF);
		while (cp >= 0xD800 && cp <= 0xDFFF);
		break;
	case 13:
		cp = in_range(0x10000, 0x10FFFF);
		break;
	default:
		buf_adds(b, words[below(sizeof words / sizeof *words)]);
		return;
	}
	utf8_encode(b, cp);
}

/* Not UTF-8: nothing to compare, but nothing read or written out of bounds. */
static int random_bytes(const char *s, size_t n)
{
	struct buf a = BUF_INIT, c = BUF_INIT;
	char *line = malloc(n ? n : 1);
	memcpy(line, s, n);
	if (n && below(2))
		line[below(n)] = (char)below(256);
	fold_append(&a, line, n);
	squeeze_append(&c, line, n);
	buf_reset(&a);
	buf_reset(&c);
	squeeze_fold_append(&c, &a, line, n);
	int bad = c.len > n || a.len > c.len;
	if (bad) {
		printf("MISMATCH (bytes not UTF-8: output longer than the input)\n");
		hex("line", line, n);
	}
	free(line);
	buf_free(&a);
	buf_free(&c);
	return bad;
}

static int random_line(void)
{
	static struct buf b = BUF_INIT;
	buf_reset(&b);
	/* mostly around FOLD_MAX bytes, before squeezing or after */
	size_t len = below(4) == 0 ? below(300) : below(2) ? 110 + below(40) : 110 + below(120);
	while (b.len < len)
		random_piece(&b);
	if (below(8) == 0) /* cut anywhere: not UTF-8, for memory safety only */
		return random_bytes(b.p, below(b.len + 1));
	return check(b.p, b.len);
}

/* ---- every code point alone ------------------------------------------------- */

static int every_char(void)
{
	struct buf b = BUF_INIT;
	for (int32_t cp = 1; cp <= 0x10FFFF; cp++) {
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		buf_reset(&b);
		utf8_encode(&b, cp);
		if (check(b.p, b.len)) {
			printf("code point U+%04X\n", (unsigned)cp);
			return 1;
		}
	}
	buf_free(&b);
	return 0;
}

/* ---- meta_heading's count of characters -------------------------------------- */

/* "五、" + padding + "问题": section 5 while it has at most 40 characters. */
static int heading_lengths(void)
{
	static const char *const pads[] = {"a", "1", "é", "本", "－", "😀"};
	struct buf b = BUF_INIT;
	for (int k = 0; k < 20000; k++) {
		buf_reset(&b);
		buf_adds(&b, "五、");
		size_t chars = 2 + 30 + below(15);
		for (size_t c = 4; c < chars; c++)
			buf_adds(&b, pads[below(sizeof pads / sizeof *pads)]);
		buf_adds(&b, "问题");
		int want = chars <= 40 ? 5 : 0, got = meta_heading(b.p, b.len);
		if (got != want) {
			printf("MISMATCH (meta_heading of %zu characters: %d, want %d)\n", chars, got,
			       want);
			hex("line", b.p, b.len);
			return 1;
		}
	}
	buf_free(&b);
	return 0;
}

int main(void)
{
	find_special();
	if (ntrad < 500 || ngone < 10) {
		printf("fold_char: only %zu traditional and %zu dropped characters\n", ntrad, ngone);
		return 1;
	}
	if (every_char() || heading_lengths())
		return 1;
	for (long c = 0; c < CASES; c++)
		if (random_line()) {
			printf("case %ld\n", c);
			return 1;
		}
	printf("fold: %ld lines, squeeze and fold agree with the old two steps,"
	       " fold_append with fold_char\n",
	       checked);
	return 0;
}
