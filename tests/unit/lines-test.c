/* lines-test.c - lib/lines.c (lines_next) against a plain split at LFs.
 *
 * lines_next finds the LFs of 64 bytes at a time and hands them out one a
 * line, across the reads that fill its buffer.  Whatever the sizes of the
 * reads, it must give what splitting the whole input at each LF gives: each
 * line without its LF, NUL-terminated; a line longer than maxline as an
 * empty one flagged toolong; a last line without an LF when it is not
 * empty; line numbers counting from 1.  Inputs, random with a fixed seed:
 * lines of 0 to 200 bytes, now and then one of up to 200 KiB (beyond a
 * read's 64 KiB and beyond maxline), runs of LFs, bytes of every value,
 * with and without a final LF; reads of 1 byte to 100 KiB, fixed or
 * varying; half of them with a part already read (lines_init_buf).  Built and run by tests/unit.bats; prints one line, exits 1 at
 * the first mismatch. */
#include "buf.h"
#include "lines.h"
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CASES 1000

struct src {
	const char *p;
	size_t n, pos;
	size_t chunk;  /* bytes a read gives at most; 0: 1 to 100 KiB, random */
};

static ssize_t src_read(void *ctx, char *p, size_t n)
{
	struct src *s = ctx;
	size_t k = s->chunk ? s->chunk : 1 + below(100 * 1024);
	if (k > n)
		k = n;
	if (k > s->n - s->pos)
		k = s->n - s->pos;
	memcpy(p, s->p + s->pos, k);
	s->pos += k;
	return (ssize_t)k;
}

/* A random input into b. */
static void make_input(struct buf *b)
{
	buf_reset(b);
	size_t lines = below(300);
	for (size_t i = 0; i < lines; i++) {
		size_t len = below(50) == 0 ? below(200 * 1024) : below(200);
		int any = below(4) == 0; /* bytes of every value but LF, else text */
		for (size_t j = 0; j < len; j++) {
			char c = any ? (char)below(256) : "ab \t\xE4\xB8\x80,|"[below(9)];
			buf_addc(b, c == '\n' ? 'x' : c);
		}
		if (i + 1 < lines || below(2))
			buf_addc(b, '\n');
	}
}

static int fail(const char *why, size_t line, size_t maxline, size_t chunk)
{
	printf("MISMATCH (%s) at line %zu, maxline %zu, reads of %zu bytes (0: random)\n", why,
	       line, maxline, chunk);
	return 1;
}

/* lines_next over in, against splitting it at each LF.  With pre, the
 * reader starts as lines_init_buf leaves it: a random part of the input
 * already in its buffer, after up to three bytes that are not text (a
 * byte order mark), in an allocation that may have no room after them;
 * when that part is all of it, the source may be known to be at its end. */
static int check(const struct buf *in, size_t maxline, size_t chunk, int pre, long *nlines)
{
	struct src s = {in->p ? in->p : "", in->len, 0, chunk};
	struct lines l;
	if (pre) {
		size_t skip = below(4), k = below(3) ? below(in->len + 1) : in->len;
		size_t cap = skip + k + below(3);
		char *b = xmalloc(cap ? cap : 1);
		memset(b, 0xBB, skip);
		memcpy(b + skip, s.p, k);
		s.pos = k;
		lines_init_buf(&l, src_read, &s, maxline, b, cap ? cap : 1, skip, skip + k,
			       k == in->len && below(2));
	} else {
		lines_init(&l, src_read, &s, maxline);
	}
	size_t at = 0, lineno = 0;
	for (;;) {
		char *line;
		size_t len;
		int toolong;
		int got = lines_next(&l, &line, &len, &toolong);
		if (at == in->len) {
			lines_free(&l);
			return got == 0 ? 0 : fail("a line after the end", lineno + 1, maxline, chunk);
		}
		const char *lf = memchr(in->p + at, '\n', in->len - at);
		size_t n = lf ? (size_t)(lf - (in->p + at)) : in->len - at;
		int want_long = n > maxline;
		lineno++;
		if (got != 1)
			return fail("no line", lineno, maxline, chunk);
		if (toolong != want_long)
			return fail("toolong", lineno, maxline, chunk);
		if (len != (want_long ? 0 : n) || memcmp(line, in->p + at, len) != 0)
			return fail("text", lineno, maxline, chunk);
		if (line[len] != '\0')
			return fail("no NUL after the line", lineno, maxline, chunk);
		if (l.lineno != lineno)
			return fail("line number", lineno, maxline, chunk);
		at += n + (lf != NULL);
		(*nlines)++;
	}
}

int main(void)
{
	static const size_t maxlines[] = {0, 1, 63, 64, 65, 1000, 100 * 1024, 1024 * 1024};
	static const size_t chunks[] = {0, 1, 7, 16, 63, 64, 65, 4096, 64 * 1024};
	struct buf in = BUF_INIT;
	long nlines = 0;
	for (int c = 0; c < CASES; c++) {
		make_input(&in);
		size_t maxline = maxlines[below(sizeof maxlines / sizeof *maxlines)];
		size_t chunk = chunks[below(sizeof chunks / sizeof *chunks)];
		if (check(&in, maxline, chunk, c & 1, &nlines))
			return 1;
	}
	/* hand-made: nothing, LFs only, one line without LF */
	const char *const fixed[] = {"", "\n", "\n\n\n", "a", "a\n", "\na", "0123456789abcdef\n"};
	for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++) {
		buf_reset(&in);
		buf_adds(&in, fixed[i]);
		for (size_t k = 0; k < sizeof chunks / sizeof *chunks; k++)
			for (int pre = 0; pre < 2; pre++)
				if (check(&in, 4, chunks[k], pre, &nlines) ||
				    check(&in, 1024, chunks[k], pre, &nlines))
					return 1;
	}
	buf_free(&in);
	printf("lines: %d random inputs and the hand-made ones, %ld lines, as split at LFs\n", CASES,
	       nlines);
	return 0;
}
