/* utf8.c - UTF-8 helpers on top of utf8proc. */
#include "utf8.h"
#include "buf.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

size_t utf8_invalid_at(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	while (i < n) {
		unsigned char c = s[i];
		if (c < 0x80) {
			i = utf8_skip_ascii(s, i + 1, n);
			continue;
		}
		/* the common case in Chinese text: a 3-byte character of the BMP
		 * outside the surrogates */
		if (c >= 0xE1 && c <= 0xEC && i + 2 < n && (s[i + 1] & 0xC0) == 0x80 &&
		    (s[i + 2] & 0xC0) == 0x80) {
			i += 3;
			continue;
		}
		size_t k = utf8_char_len(s + i, n - i);
		if (k == 0)
			return i;
		i += k;
	}
	return n;
}

void utf8_repair(const char *s, size_t n, struct buf *out)
{
	while (n > 0) {
		size_t ok = utf8_invalid_at(s, n);
		buf_add(out, s, ok);
		if (ok == n)
			return;
		buf_add(out, "\xEF\xBF\xBD", 3);
		s += ok + 1;
		n -= ok + 1;
	}
}

size_t utf8_decode(const char *str, size_t n, int32_t *cp)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)str,
					      (utf8proc_ssize_t)n, &c);
	if (k <= 0) {
		*cp = (unsigned char)*str;
		return 1;
	}
	*cp = c;
	return (size_t)k;
}

void utf8_encode(struct buf *b, int32_t cp)
{
	buf_grow(b, 4);
	utf8proc_ssize_t k = utf8proc_encode_char(cp, (utf8proc_uint8_t *)b->p + b->len);
	b->len += (size_t)k;
	b->p[b->len] = '\0';
}

/* True when NFKC may change this code point or its neighbours. */
int utf8_nfkc_unstable(int32_t cp)
{
	/* CJK ideographs and Hangul syllables: stable, the bulk of real text. */
	if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3))
		return 0;
	/* conjoining jamo compose into syllables by rule, not by table:
	 * utf8proc's properties do not show it */
	if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xA960 && cp <= 0xA97F) ||
	    (cp >= 0xD7B0 && cp <= 0xD7FF))
		return 1;
	const utf8proc_property_t *p = utf8proc_get_property(cp);
	return p->decomp_seqindex != UINT16_MAX || p->combining_class != 0 ||
	       p->comb_index != UINT16_MAX;
}

/* Decode the code point at s (valid UTF-8, at least one byte). */
size_t utf8_decode_valid(const unsigned char *s, size_t n, int32_t *cp)
{
	unsigned char c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c < 0xE0 && n >= 2) {
		*cp = ((c & 0x1F) << 6) | (s[1] & 0x3F);
		return 2;
	}
	if (c < 0xF0 && n >= 3) {
		*cp = ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
		return 3;
	}
	if (n >= 4) {
		*cp = ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
		return 4;
	}
	*cp = c;
	return 1;
}

/* NFKC of the characters real reports use most, done here: full-width
 * ASCII (U+FF01..U+FF5E) and the ideographic and no-break spaces.  0 when
 * cp is not one of them. */
int utf8_nfkc_simple(int32_t cp)
{
	if (cp >= 0xFF01 && cp <= 0xFF5E)
		return cp - 0xFEE0;
	if (cp == 0x3000 || cp == 0x00A0 || (cp >= 0x2002 && cp <= 0x200A))
		return ' ';
	return 0;
}

void utf8_nfkc(const char *str, size_t n, struct buf *out)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, done = 0;
	size_t start = out->len;
	while (i < n) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		int32_t cp;
		size_t k = utf8_decode_valid(s + i, n - i, &cp);
		if (!utf8_nfkc_unstable(cp)) {
			i += k;
			continue;
		}
		int simple = utf8_nfkc_simple(cp);
		if (!simple) {
			/* anything else: the whole line through utf8proc */
			out->len = start;
			if (out->p)
				out->p[start] = '\0';
			utf8proc_uint8_t *r = NULL;
			utf8proc_ssize_t m = utf8proc_map(s, (utf8proc_ssize_t)n, &r,
							  UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
			if (m < 0) {
				buf_add(out, s, n);
				return;
			}
			buf_add(out, r, (size_t)m);
			free(r);
			return;
		}
		buf_add(out, s + done, i - done);
		buf_addc(out, (char)simple);
		i += k;
		done = i;
	}
	buf_add(out, s + done, n - done);
}

size_t utf8_width(const char *s, size_t n)
{
	size_t w = 0, i = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			w += (c >= 0x20 && c != 0x7F);
			i++;
			continue;
		}
		int32_t cp;
		i += utf8_decode(s + i, n - i, &cp);
		int cw = utf8proc_charwidth(cp);
		w += cw > 0 ? (size_t)cw : 0;
	}
	return w;
}
