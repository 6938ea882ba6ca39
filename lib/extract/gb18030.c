/* gb18030.c - GB18030 to UTF-8: a table for the two-byte codes that iconv
 * itself fills, and iconv for the rest.
 *
 * glibc's GB18030 converter costs some 30 instructions a byte.  Here ASCII
 * is copied in runs; a two-byte code (nearly all the Chinese text) is
 * looked up in a table filled one code at a time, the first time the code
 * is seen, by asking iconv for it, so the table says what iconv says and no
 * data table is kept in the source; anything else (four-byte codes, bad
 * bytes, a character cut by the end of the input) goes to iconv itself, one
 * character at a time.  Asking about two bytes alone is asking about them
 * anywhere: the converter is stateless and reads a character from its own
 * bytes only. */
#include "gb18030.h"
#include "utf8.h"

#include <errno.h>
#include <string.h>

/* What iconv makes of a byte from 0x80 up and the byte after it: len (2 to
 * 4) bytes of UTF-8, or ASK_ICONV when it does not take both bytes (the
 * first half of a four-byte code, a bad byte), or UNASKED.  Shared by
 * every input; the program has one thread. */
#define UNASKED 0
#define ASK_ICONV 0xFF
struct pair {
	char utf8[4];
	unsigned char len;
};
static struct pair pairs[0x80][0x100];

/* Fill e by converting the two bytes at s alone (not inlined: it is rare,
 * and would crowd the decoding loop). */
static __attribute__((noinline)) void ask(iconv_t cd, const unsigned char *s, struct pair *e)
{
	char in[2] = {(char)s[0], (char)s[1]};
	char *ip = in, *op = e->utf8;
	size_t il = sizeof in, ol = sizeof e->utf8;
	size_t rc = iconv(cd, &ip, &il, &op, &ol);
	size_t len = sizeof e->utf8 - ol;
	e->len = rc != (size_t)-1 && il == 0 && len > 0 ? (unsigned char)len : ASK_ICONV;
}

/* The entry for s[0] (0x80 or above) and s[1], NULL when iconv decides. */
static inline const struct pair *pair(iconv_t cd, const unsigned char *s)
{
	struct pair *e = &pairs[s[0] - 0x80][s[1]];
	if (e->len == UNASKED)
		ask(cd, s, e);
	return e->len == ASK_ICONV ? NULL : e;
}

/* One step by iconv, as iconv_read took it, into room >= 4 bytes: four
 * bytes at most are given (a character's most), enough for the character
 * at in, and the step goes no further than the next.  Returns the bytes
 * written; *used is 0 when, unless eof, the character is cut by the end
 * of the input. */
static __attribute__((noinline)) size_t step_iconv(iconv_t cd, const char *in, size_t inlen, int eof,
						    char *out, size_t room, size_t *used,
						    unsigned long *bad)
{
	char *ip = (char *)in, *op = out;
	size_t il = inlen < 4 ? inlen : 4, ol = room;
	size_t rc = iconv(cd, &ip, &il, &op, &ol);
	*used = (size_t)(ip - in);
	if (rc != (size_t)-1 || *used > 0)
		return room - ol;
	if (errno == EILSEQ || (errno == EINVAL && eof)) {
		/* an undecodable byte */
		memcpy(out, "\xEF\xBF\xBD", 3);
		*used = 1;
		++*bad;
		return 3;
	}
	return 0;
}

size_t gb18030_decode(iconv_t cd, const char *in, size_t inlen, int eof, char *out, size_t outlen,
		      size_t *used, unsigned long *bad)
{
	const unsigned char *s = (const unsigned char *)in;
	size_t i = 0, o = 0;
	while (i < inlen && outlen - o >= 4) {
		const struct pair *e;
		if (s[i] < 0x80) {
			/* ASCII is itself in GB18030 */
			size_t end = utf8_skip_ascii(s, i, inlen - i < outlen - o ? inlen : i + outlen - o);
			memcpy(out + o, in + i, end - i);
			o += end - i;
			i = end;
		} else if (i + 1 < inlen && (e = pair(cd, s + i)) != NULL) {
			size_t len = e->len; /* read before out is written */
			memcpy(out + o, e->utf8, sizeof e->utf8); /* there is room */
			o += len;
			i += 2;
		} else {
			size_t k;
			o += step_iconv(cd, in + i, inlen - i, eof, out + o, outlen - o, &k, bad);
			if (k == 0)
				break;
			i += k;
		}
	}
	*used = i;
	return o;
}
