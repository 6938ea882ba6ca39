/* out-test.c - lib/out.c: lines written in place (out_reserve, out_commit,
 * out_commit_line) among the other ways of adding output.
 *
 * Random sequences of out_add, out_addc, out_field, out_endline, out_flush
 * and records written in place (room reserved, some of it used, committed
 * as part of a line or as its end) must give exactly the bytes of a
 * reference built alongside, with TAB, CR and LF of a field as spaces.
 * Lines and fields run from empty to several times the 64 KiB at which
 * out.c writes, so that a reservation outgrows the buffer; and standard
 * output, a file here, must only ever end at the end of a line.  Fixed
 * seed.  Built and run by tests/unit.bats; prints one line, exits 1 at the
 * first mismatch. */
#include "buf.h"
#include "out.h"
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define STEPS 8000

static struct buf ref = BUF_INIT; /* what must come out */
static int fd;                    /* the file standard output was made */

/* Random bytes, TAB, CR and LF among them; mostly short, now and then
 * longer than out.c's 64 KiB blocks. */
static size_t random_text(char *s, size_t max)
{
	size_t n = below(20) == 0 ? below(max) : below(40);
	static const char pool[] = "ab 1\t\n\r\xe5\xb9\xb4";
	for (size_t i = 0; i < n; i++)
		s[i] = pool[below(sizeof pool - 1)];
	return n;
}

static void add_clean(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		buf_addc(&ref, s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i]);
}

static int fail(const char *what, size_t step)
{
	fprintf(stderr, "out: step %zu: %s\n", step, what);
	return 1;
}

int main(void)
{
	enum { MAX = 300 * 1024 };
	char *text = xmalloc(MAX);
	char path[] = "/tmp/out-test-XXXXXX";
	fd = mkstemp(path);
	int saved = dup(STDOUT_FILENO);
	if (fd < 0 || saved < 0 || dup2(fd, STDOUT_FILENO) < 0)
		return fail("cannot redirect standard output", 0);
	unlink(path);
	size_t in_place = 0, big = 0;
	for (size_t step = 0; step < STEPS; step++) {
		size_t n = random_text(text, MAX);
		big += n >= 64 * 1024;
		switch (below(7)) {
		case 0:
			out_add(text, n);
			buf_add(&ref, text, n);
			break;
		case 1:
			out_field(text, n);
			add_clean(text, n);
			break;
		case 2:
			out_addc('x');
			buf_addc(&ref, 'x');
			break;
		case 3:
			out_endline();
			buf_addc(&ref, '\n');
			break;
		case 4:
			out_flush();
			break;
		default: {
			/* in place: reserve more than is written; a field, maybe
			 * a line's end */
			size_t extra = below(3) * below(100);
			char *d = out_reserve(n + 1 + extra);
			char *e = out_put_field(d, text, n);
			add_clean(text, n);
			if (below(2)) {
				*e++ = '\n';
				buf_addc(&ref, '\n');
				out_commit_line((size_t)(e - d));
			} else {
				out_commit((size_t)(e - d));
			}
			in_place++;
			break;
		}
		}
		/* only whole lines reach standard output */
		struct stat st;
		if (fstat(fd, &st) < 0)
			return fail("fstat", step);
		size_t sz = (size_t)st.st_size;
		if (sz > ref.len || (sz > 0 && ref.p[sz - 1] != '\n'))
			return fail("standard output ends inside a line", step);
	}
	out_endline();
	buf_addc(&ref, '\n');
	out_flush();
	dup2(saved, STDOUT_FILENO);

	struct stat st;
	if (fstat(fd, &st) < 0 || (size_t)st.st_size != ref.len)
		return fail("the output's length differs", STEPS);
	char *got = xmalloc(ref.len + 1);
	if (pread(fd, got, ref.len, 0) != (ssize_t)ref.len || memcmp(got, ref.p, ref.len) != 0)
		return fail("the output differs", STEPS);
	printf("out: %d steps (%zu in place, %zu of 64 KiB or more, %zu bytes), output as built\n", STEPS,
	       in_place, big, ref.len);
	free(got);
	free(text);
	buf_free(&ref);
	return 0;
}
