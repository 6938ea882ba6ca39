/* gb18030.h - GB18030 (so GBK and GB2312 too) to UTF-8, as glibc's iconv
 * converts it, without iconv's cost for every byte.
 *
 * The result is exactly what iconv_read in input.c gave through iconv: the
 * same characters, and every byte iconv cannot decode (a bad byte, or one
 * of a character cut by the end of the input) becomes U+FFFD and is
 * counted, decoding going on at the byte after it. */
#ifndef GIPA_GB18030_H
#define GIPA_GB18030_H

#include <iconv.h>
#include <stddef.h>

/* Decode in[0..inlen) into out[0..outlen), given cd (iconv_open("UTF-8",
 * "GB18030")) for what the decoder asks iconv.  Stops when the input is
 * used up, when fewer than 4 bytes of output are left (a character's most),
 * or, unless eof says that no more input comes, at a character cut by the
 * end of the input.  Returns the bytes written; *used is the bytes
 * consumed, and *bad is raised by the bytes replaced. */
size_t gb18030_decode(iconv_t cd, const char *in, size_t inlen, int eof, char *out, size_t outlen,
		      size_t *used, unsigned long *bad);

#endif
