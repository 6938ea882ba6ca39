/* norm.c - a raw input line to the text the recogniser reads, in one pass.
 *
 * What it does is the composition of three steps, each of which used to
 * walk the line on its own: check that the bytes are UTF-8; turn a lone
 * no-break space (a blank cell in many HTML tables) into "—"; NFKC.  Most
 * lines are ASCII and CJK ideographs, which none of the steps changes, so
 * the pass looks at ASCII eight bytes at a time, takes a 3-byte ideograph
 * in one step, and gives the line back without copying it when nothing
 * changed. */
#include "norm.h"
#include "buf.h"
#include "utf8.h"

#include <stdint.h>
#include <string.h>

/* utf8_nfkc_unstable for the code points of the BMP, looked up once:
 * 0 not yet, 1 stable, 2 unstable. */
static unsigned char bmp_class[0x10000];

static int bmp_unstable(int32_t cp)
{
	unsigned char *c = &bmp_class[cp];
	if (*c == 0)
		*c = utf8_nfkc_unstable(cp) ? 2 : 1;
	return *c == 2;
}

/* What norm_line says of a line whose rest it does not read to the end
 * (from an invalid byte, or to hand the line to the slow path): NORM_NUL
 * when the rest has a NUL byte, which outranks invalid UTF-8; else -1 when
 * invalid, else 0. */
static int rest_status(const char *rest, size_t n, int invalid)
{
	return memchr(rest, '\0', n) ? NORM_NUL : invalid ? -1 : 0;
}

/* Is there a valid 3-byte character of U+4000..U+9FFF at s[i]? */
static inline int cjk_at(const unsigned char *s, size_t i, size_t n)
{
	uint16_t cont;
	if (i + 2 >= n || (unsigned)(s[i] - 0xE4) > 0xE9 - 0xE4)
		return 0;
	memcpy(&cont, s + i + 1, 2);
	return (cont & 0xC0C0) == 0x8080;
}

/* Is the no-break space at s[i] (2 bytes) alone between spaces or line
 * edges?  Then it stands for an empty cell. */
static int lone_nbsp(const char *s, size_t n, size_t i)
{
	return (i == 0 || s[i - 1] == ' ') && (i + 2 == n || s[i + 2] == ' ');
}

/* The slow path, for a line with a character NFKC does more to than the
 * simple replacements: the steps one after the other. */
static void norm_general(const char *s, size_t n, struct buf *tmp)
{
	struct buf blanked = BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if ((unsigned char)s[i] == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0 &&
		    lone_nbsp(s, n, i)) {
			buf_adds(&blanked, "—");
			i++;
		} else {
			buf_addc(&blanked, s[i]);
		}
	}
	buf_reset(tmp);
	utf8_nfkc(blanked.p ? blanked.p : "", blanked.len, tmp);
	buf_free(&blanked);
}

int norm_line(const char *line, size_t n, struct buf *tmp, const char **out, size_t *outn)
{
	const unsigned char *s = (const unsigned char *)line;
	size_t i = 0, done = 0;
	int copied = 0; /* tmp holds line[0..done) normalised */
	while (i < n) {
		unsigned char c = s[i];
		if (c < 0x80) {
			if (c == 0)
				return NORM_NUL;
			i = utf8_skip_ascii_to(s, i + 1, n, 1);
			continue;
		}
		/* U+4000..U+9FFF: CJK ideographs and the Yijing signs, valid
		 * and left alone by NFKC; a run of them in a tight loop */
		if (cjk_at(s, i, n)) {
			do
				i += 3;
			while (cjk_at(s, i, n));
			continue;
		}
		size_t k;
		int32_t cp;
		if (c >= 0xE1 && c != 0xED && c <= 0xEF && i + 2 < n && (s[i + 1] & 0xC0) == 0x80 &&
		    (s[i + 2] & 0xC0) == 0x80) {
			/* any other valid character of 3 bytes: punctuation,
			 * full-width forms; NFKC's answer for it remembered */
			k = 3;
			cp = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
			if (!bmp_unstable(cp)) {
				i += 3;
				continue;
			}
		} else {
			k = utf8_char_len(s + i, n - i);
			if (k == 0)
				return rest_status(line + i, n - i, 1);
			utf8_decode_valid(s + i, k, &cp);
			if (!utf8_nfkc_unstable(cp)) {
				i += k;
				continue;
			}
		}
		const char *with;
		size_t withn;
		char one;
		if (cp == 0xA0 && lone_nbsp(line, n, i)) {
			with = "—";
			withn = strlen("—");
		} else if ((one = (char)utf8_nfkc_simple(cp)) != 0) {
			with = &one;
			withn = 1;
		} else {
			int bad = rest_status(line + i, n - i, utf8_invalid_at(line + i, n - i) != n - i);
			if (bad)
				return bad;
			norm_general(line, n, tmp);
			/* NFKC may give the line back as it was (é, composed) */
			int same = tmp->len == n && memcmp(tmp->p, line, n) == 0;
			*out = same ? line : tmp->p;
			*outn = same ? n : tmp->len;
			return 0;
		}
		if (!copied) {
			buf_reset(tmp);
			copied = 1;
		}
		buf_add(tmp, line + done, i - done);
		buf_add(tmp, with, withn);
		i += k;
		done = i;
	}
	if (!copied) {
		*out = line;
		*outn = n;
		return 0;
	}
	buf_add(tmp, line + done, n - done);
	*out = tmp->p;
	*outn = tmp->len;
	return 0;
}
