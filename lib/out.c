/* out.c - line-atomic buffered standard output. */
#include "out.h"
#include "buf.h"
#include "diag.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define OUT_FLUSH_AT (64 * 1024)

static struct buf ob = BUF_INIT;
static size_t complete; /* bytes of ob that form whole lines */
static int discard;     /* fuzzing: drop the output */

void out_discard(int on)
{
	discard = on;
}

static void write_all(const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(STDOUT_FILENO, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EPIPE)
				exit(EXIT_TROUBLE); /* quietly: the reader has gone */
			die("write error: %s", strerror(errno));
		}
		p += w;
		n -= (size_t)w;
	}
}

void out_add(const void *s, size_t n)
{
	buf_add(&ob, s, n);
}

void out_adds(const char *s)
{
	buf_add(&ob, s, strlen(s));
}

void out_addc(char c)
{
	buf_addc(&ob, c);
}

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* Whether some byte of w is c. */
static inline int has_byte(uint64_t w, unsigned char c)
{
	uint64_t v = w ^ (ONES * c);
	return ((v - ONES) & ~v & HIGHS) != 0;
}

char *out_put_field(char *d, const char *s, size_t n)
{
	if (n)
		memcpy(d, s, n);
	/* TAB, LF, CR are rare: skip a word at a time to the first one */
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, d + i, 8);
		if (has_byte(w, '\t') || has_byte(w, '\n') || has_byte(w, '\r'))
			break;
	}
	for (; i < n; i++)
		d[i] = out_field_byte(d[i]);
	return d + n;
}

void out_field(const char *s, size_t n)
{
	out_put_field(out_reserve(n), s, n);
	out_commit(n);
}

char *out_reserve(size_t n)
{
	buf_grow(&ob, n);
	return ob.p + ob.len;
}

void out_commit(size_t n)
{
	ob.len += n;
	ob.p[ob.len] = '\0';
}

/* Everything buffered is whole lines now. */
static void lines_done(void)
{
	complete = ob.len;
	if (complete >= OUT_FLUSH_AT)
		out_flush();
}

void out_commit_line(size_t n)
{
	out_commit(n);
	lines_done();
}

void out_endline(void)
{
	buf_addc(&ob, '\n');
	lines_done();
}

void out_flush(void)
{
	if (complete == 0)
		return;
	if (!discard)
		write_all(ob.p, complete);
	memmove(ob.p, ob.p + complete, ob.len - complete);
	ob.len -= complete;
	complete = 0;
}
