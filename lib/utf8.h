/* utf8.h - UTF-8 validation, decoding, normalisation, display width. */
#ifndef GIPA_UTF8_H
#define GIPA_UTF8_H

#include "bytes.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct buf;

/* Offset of the first invalid byte, or n when s[0..n) is valid UTF-8. */
size_t utf8_invalid_at(const char *s, size_t n);

/* Index of the first byte at or after i, below n, that is not ASCII, or
 * with nul a NUL byte (n when there is none): eight bytes at a time, a zero
 * byte flagged by (w - 1) & ~w, whose borrows flag only bytes after it. */
static inline size_t utf8_skip_ascii_to(const unsigned char *s, size_t i, size_t n, int nul)
{
	for (; i + 8 <= n; i += 8) {
		uint64_t w = load_le64(s + i);
		if (nul)
			w |= (w - 0x0101010101010101ull) & ~w;
		w &= 0x8080808080808080ull;
		if (w)
			return i + ((unsigned)__builtin_ctzll(w) >> 3);
	}
	while (i < n && s[i] < 0x80 && (s[i] || !nul))
		i++;
	return i;
}

/* utf8_skip_ascii_to, NUL bytes passed over as any ASCII. */
static inline size_t utf8_skip_ascii(const unsigned char *s, size_t i, size_t n)
{
	return utf8_skip_ascii_to(s, i, n, 0);
}

/* Length of the valid UTF-8 character at s[0..n) (n >= 1), 0 when the
 * bytes there are not one: no overlong forms, no surrogates, nothing past
 * U+10FFFF.  Inline: the record reader's inner loop calls it. */
static inline size_t utf8_char_len(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	if (c < 0x80)
		return 1;
	size_t k;
	uint32_t cp;
	if (c >= 0xC2 && c <= 0xDF) {
		k = 1;
		cp = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		k = 2;
		cp = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		k = 3;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (k >= n)
		return 0;
	for (size_t j = 1; j <= k; j++) {
		if ((s[j] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[j] & 0x3F);
	}
	if ((k == 2 && cp < 0x800) || (k == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return k + 1;
}

/* Append s with every invalid sequence replaced by U+FFFD. */
void utf8_repair(const char *s, size_t n, struct buf *out);

/* Decode one code point at s (valid UTF-8 assumed); returns its length. */
size_t utf8_decode(const char *s, size_t n, int32_t *cp);

/* Append the UTF-8 encoding of cp. */
void utf8_encode(struct buf *b, int32_t cp);

/* Append the NFKC normalisation of valid UTF-8 s[0..n) to out.  ASCII and
 * text whose characters NFKC leaves alone are copied without calling
 * utf8proc. */
void utf8_nfkc(const char *s, size_t n, struct buf *out);

/* The pieces of utf8_nfkc, for callers that fuse it with a pass of their
 * own: is cp one whose NFKC (or its neighbours') may differ from itself;
 * the ASCII character NFKC gives full-width ASCII and the ideographic and
 * no-break spaces, else 0; decode a code point of valid UTF-8. */
int utf8_nfkc_unstable(int32_t cp);
int utf8_nfkc_simple(int32_t cp);
size_t utf8_decode_valid(const unsigned char *s, size_t n, int32_t *cp);

/* Display width in terminal columns (East Asian wide and full-width
 * characters count 2, combining marks 0). */
size_t utf8_width(const char *s, size_t n);

#endif
