/* utf8.h - UTF-8 validation, decoding, normalisation, display width. */
#ifndef GIPA_UTF8_H
#define GIPA_UTF8_H

#include <stddef.h>
#include <stdint.h>

struct buf;

/* Offset of the first invalid byte, or n when s[0..n) is valid UTF-8. */
size_t utf8_invalid_at(const char *s, size_t n);

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

/* Display width in terminal columns (East Asian wide and full-width
 * characters count 2, combining marks 0). */
size_t utf8_width(const char *s, size_t n);

#endif
