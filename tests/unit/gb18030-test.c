/* gb18030-test.c - lib/extract/gb18030.c (gb18030_decode) against the
 * iconv loop it replaced.
 *
 * gb18030_decode copies ASCII, looks two-byte codes up in a table that
 * iconv fills, and leaves the rest to iconv one character at a time.  Fed
 * in any pieces, it must give exactly what input.c's iconv_read gave
 * through iconv for the whole input: the same UTF-8, and the same bytes
 * replaced by U+FFFD and counted (a bad byte, a character cut by the end).
 * Checked on every one- and two-byte input, every four-byte code whose
 * first byte is one of a dozen (in the BMP, supplementary and unassigned
 * ranges), and random strings of GB-like bytes: ASCII, digits (the second
 * and fourth bytes of a four-byte code), lead and trail bytes, whole and
 * cut codes, 0x80, 0xFF.  The decoder is given the input in pieces of
 * random size and outputs of random size, each allocated to its exact size
 * so that ASan sees any access past it.  Fixed seed.  Built and run by tests/unit.bats; prints one
 * line, exits 1 at the first mismatch with the input in hex. */
#include "buf.h"
#include "gb18030.h"
#include "unit.h"

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CASES 300000

static iconv_t cd;

/* ---- the reference: iconv, as iconv_read used it ------------------------------- */

/* The whole input through iconv, an undecodable byte (EILSEQ; EINVAL, cut
 * by the end) becoming U+FFFD with decoding going on after it.  This is
 * what iconv_read gives: reading and writing in pieces only delays what
 * iconv does (E2BIG: write the rest later; EINVAL before the end: read
 * more first). */
static void reference(const char *s, size_t n, struct buf *out, unsigned long *bad)
{
	char *ip = (char *)s;
	size_t il = n;
	buf_reset(out);
	*bad = 0;
	while (il > 0) {
		char p[64], *op = p;
		size_t ol = sizeof p;
		size_t rc = iconv(cd, &ip, &il, &op, &ol);
		buf_add(out, p, sizeof p - ol);
		if (rc == (size_t)-1 && errno != E2BIG) {
			buf_add(out, "\xEF\xBF\xBD", 3);
			ip++;
			il--;
			++*bad;
		}
	}
}

/* ---- the decoder, fed as input.c's gb_read feeds it, in random pieces ------- */

/* -1 when it gets stuck: no output, nothing used, no more input to come. */
static int decoded(const char *s, size_t n, struct buf *out, unsigned long *bad)
{
	struct buf pend = BUF_INIT;
	size_t pos = 0;
	int ret = 0, waits = 1;
	buf_reset(out);
	*bad = 0;
	for (;;) {
		/* more input now and then, and always when the decoder waits */
		if (pos < n && (waits || below(3) == 0)) {
			size_t k = 1 + below(9);
			if (k > n - pos)
				k = n - pos;
			buf_add(&pend, s + pos, k);
			pos += k;
		}
		int eof = pos == n;
		size_t outlen = below(8) ? 4 + below(37) : 4, used; /* a character's most, or more */
		char *in = malloc(pend.len ? pend.len : 1), *o = malloc(outlen);
		if (pend.len)
			memcpy(in, pend.p, pend.len);
		size_t w = gb18030_decode(cd, in, pend.len, eof, o, outlen, &used, bad);
		buf_add(out, o, w);
		free(in);
		free(o);
		if (used > pend.len || w > outlen) {
			printf("MISMATCH: used %zu of %zu bytes, wrote %zu of %zu\n", used, pend.len, w,
			       outlen);
			ret = -1;
			break;
		}
		if (used > 0) {
			memmove(pend.p, pend.p + used, pend.len - used);
			pend.len -= used;
		}
		waits = w == 0 && used == 0;
		if (eof && pend.len == 0)
			break;
		if (eof && w == 0 && used == 0) {
			printf("STUCK: %zu bytes left at the end of the input\n", pend.len);
			ret = -1;
			break;
		}
	}
	buf_free(&pend);
	return ret;
}

static long checked;

static int check(const char *s, size_t n)
{
	static struct buf want = BUF_INIT, got = BUF_INIT;
	unsigned long want_bad, got_bad;
	reference(s, n, &want, &want_bad);
	int stuck = decoded(s, n, &got, &got_bad);
	if (stuck || got.len != want.len || memcmp(got.p, want.p, want.len) != 0 ||
	    got_bad != want_bad) {
		printf("MISMATCH: %lu bytes replaced, iconv %lu\n", got_bad, want_bad);
		hex("input", s, n);
		hex("gb18030_decode", got.p, got.len);
		hex("iconv", want.p, want.len);
		return 1;
	}
	checked++;
	return 0;
}

/* ---- inputs ---------------------------------------------------------------- */

static unsigned char byte_in(unsigned lo, unsigned hi)
{
	return (unsigned char)(lo + below(hi - lo + 1));
}

/* A piece of GB-like text at p; returns its length (at most 4). */
static size_t piece(unsigned char *p)
{
	switch (below(12)) {
	case 0:
		p[0] = byte_in(0x20, 0x7E); /* ASCII */
		return 1;
	case 1:
		p[0] = byte_in(0x30, 0x39); /* a digit: a four-byte code's 2nd, 4th */
		return 1;
	case 2:
		p[0] = byte_in(0x81, 0xFE); /* a lead byte */
		return 1;
	case 3:
		p[0] = byte_in(0x40, 0xFE); /* a trail byte */
		return 1;
	case 4:
		p[0] = below(2) ? 0x80 : 0xFF;
		return 1;
	case 5:
		p[0] = (unsigned char)below(256);
		return 1;
	case 6:
	case 7:
	case 8: /* a two-byte code, mostly GB2312's */
		p[0] = below(4) ? byte_in(0xB0, 0xF7) : byte_in(0x81, 0xFE);
		p[1] = below(4) ? byte_in(0xA1, 0xFE) : byte_in(0x40, 0xFE);
		return 2;
	default: { /* a four-byte code, whole or cut */
		static const unsigned char first[] = {0x81, 0x82, 0x84, 0x85, 0x8F, 0x90, 0x95, 0xE3, 0xE4, 0xFE};
		p[0] = first[below(sizeof first)];
		p[1] = byte_in(0x30, 0x39);
		p[2] = byte_in(0x81, 0xFE);
		p[3] = byte_in(0x30, 0x39);
		return below(4) ? 4 : 1 + below(3);
	}
	}
}

int main(void)
{
	cd = iconv_open("UTF-8", "GB18030");
	if (cd == (iconv_t)-1) {
		printf("gb18030: no GB18030 converter on this system\n");
		return 1;
	}
	unsigned char s[64];
	/* every one- and two-byte input, alone and between ASCII */
	for (unsigned a = 0; a < 256; a++)
		for (unsigned b = 0; b < 256; b++) {
			char one[1] = {(char)a}, two[2] = {(char)a, (char)b};
			char four[4] = {'a', (char)a, (char)b, 'z'};
			if ((b == 0 && check(one, 1)) || check(two, 2) || check(four, 4))
				return 1;
		}
	/* every four-byte code with one of these first bytes */
	static const unsigned char first[] = {0x81, 0x82, 0x84, 0x85, 0x8F, 0x90,
					      0x95, 0xE3, 0xE4, 0xFC, 0xFE};
	for (size_t f = 0; f < sizeof first; f++)
		for (unsigned b = 0x30; b <= 0x39; b++)
			for (unsigned c = 0x81; c <= 0xFE; c++)
				for (unsigned d = 0x30; d <= 0x39; d++) {
					unsigned char code[4] = {first[f], (unsigned char)b,
								 (unsigned char)c, (unsigned char)d};
					if (check((char *)code, 4))
						return 1;
				}
	/* random GB-like strings */
	for (long c = 0; c < CASES; c++) {
		size_t n = 0, want = below(48);
		while (n < want)
			n += piece(s + n);
		if (check((char *)s, n)) {
			printf("case %ld\n", c);
			return 1;
		}
	}
	iconv_close(cd);
	printf("gb18030: %ld inputs, gb18030_decode agrees with the iconv loop\n", checked);
	return 0;
}
