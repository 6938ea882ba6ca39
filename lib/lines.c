/* lines.c - constant-memory line reader. */
#include "lines.h"
#include "buf.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define READ_CHUNK (64 * 1024)

void lines_init_buf(struct lines *l, source_read_fn read, void *ctx, size_t maxline, char *buf,
		    size_t cap, size_t start, size_t end, int eof)
{
	memset(l, 0, sizeof *l);
	l->read = read;
	l->ctx = ctx;
	l->maxline = maxline;
	if (end >= cap) { /* room for the NUL after a last line without LF */
		cap = end + 1;
		buf = xrealloc(buf, cap);
	}
	l->buf = buf;
	l->cap = cap;
	l->start = l->lf_base = l->lf_top = start;
	l->end = end;
	l->eof = eof;
}

void lines_init(struct lines *l, source_read_fn read, void *ctx, size_t maxline)
{
	size_t cap = READ_CHUNK * 2 + 1;
	lines_init_buf(l, read, ctx, maxline, xmalloc(cap), cap, 0, 0, 0);
}

void lines_free(struct lines *l)
{
	free(l->buf);
	l->buf = NULL;
}

ssize_t fd_source_read(void *ctx, char *p, size_t n)
{
	int fd = *(int *)ctx;
	for (;;) {
		ssize_t r = read(fd, p, n);
		if (r < 0 && errno == EINTR)
			continue;
		return r;
	}
}

/* Make room and read more; returns bytes read, 0 at end, -1 on error. */
static ssize_t fill(struct lines *l)
{
	if (l->eof)
		return 0;
	if (l->start > 0) {
		memmove(l->buf, l->buf + l->start, l->end - l->start);
		l->end -= l->start;
		l->lf_top -= l->start; /* every byte read was looked at */
		l->start = 0;
	}
	if (l->cap - l->end < READ_CHUNK + 1) {
		/* doubled, not grown by the read: a long line arriving in
		 * small reads would be copied anew on each */
		l->cap = l->cap * 2 > l->end + READ_CHUNK + 1 ? l->cap * 2 : l->end + READ_CHUNK + 1;
		l->buf = xrealloc(l->buf, l->cap);
	}
	ssize_t r = l->read(l->ctx, l->buf + l->end, READ_CHUNK);
	if (r < 0) {
		l->err = errno ? errno : EIO;
		return -1;
	}
	if (r == 0)
		l->eof = 1;
	l->end += (size_t)r;
	return r;
}

#ifdef __SSE2__
/* Bit i set where p[i] is an LF, for 16 bytes. */
static inline uint64_t lf_bits16(const char *p)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
}
#endif

/* Bit i set where p[i] is an LF, for n <= 64 bytes. */
static inline uint64_t lf_bits(const char *p, size_t n)
{
	uint64_t m = 0;
	size_t i = 0;
#ifdef __SSE2__
	if (n == 64) /* the commonest: four steps, independent */
		return lf_bits16(p) | lf_bits16(p + 16) << 16 | lf_bits16(p + 32) << 32 |
		       lf_bits16(p + 48) << 48;
	for (; i + 16 <= n; i += 16)
		m |= lf_bits16(p + i) << i;
#endif
	for (; i < n; i++)
		m |= (uint64_t)(p[i] == '\n') << i;
	return m;
}

/* The next LF after those returned, within the bytes read, or NULL.
 * Lines are short (35 bytes on average), so the LFs of 64 bytes are found
 * at once, and each line takes the lowest bit: a call to memchr a line
 * cost more than its search. */
static char *next_lf(struct lines *l)
{
	while (!l->lf_mask) {
		if (l->lf_top == l->end)
			return NULL;
		size_t n = l->end - l->lf_top < 64 ? l->end - l->lf_top : 64;
		l->lf_base = l->lf_top;
		l->lf_mask = lf_bits(l->buf + l->lf_base, n);
		l->lf_top += n;
	}
	size_t at = l->lf_base + (unsigned)__builtin_ctzll(l->lf_mask);
	l->lf_mask &= l->lf_mask - 1;
	return l->buf + at;
}

int lines_next_read(struct lines *l, char **line, size_t *len, int *toolong)
{
	*toolong = 0;
	for (;;) {
		char *s = l->buf + l->start;
		size_t avail = l->end - l->start;
		char *nl = next_lf(l);
		if (nl) {
			size_t n = (size_t)(nl - s);
			l->start += n + 1;
			l->lineno++;
			if (*toolong || n > l->maxline) {
				*toolong = 1;
				*len = 0;
				*line = s;
				*s = '\0';
				return 1;
			}
			*nl = '\0';
			*line = s;
			*len = n;
			return 1;
		}
		if (avail > l->maxline) {
			/* Too long: drop what we have, keep skipping to the LF. */
			*toolong = 1;
			l->start = l->end;
		}
		ssize_t r = fill(l);
		if (r < 0)
			return -1;
		if (r == 0) {
			s = l->buf + l->start;
			avail = l->end - l->start;
			if (avail == 0 && !*toolong)
				return 0;
			l->start = l->end;
			l->lineno++;
			s[avail] = '\0';
			*line = s;
			*len = *toolong ? 0 : avail;
			if (*toolong)
				*s = '\0';
			return 1;
		}
	}
}
