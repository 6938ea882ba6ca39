/* lines.c - constant-memory line reader. */
#include "lines.h"
#include "buf.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define READ_CHUNK (64 * 1024)

void lines_init(struct lines *l, source_read_fn read, void *ctx, size_t maxline)
{
	memset(l, 0, sizeof *l);
	l->read = read;
	l->ctx = ctx;
	l->maxline = maxline;
	l->cap = READ_CHUNK * 2 + 1;
	l->buf = xmalloc(l->cap);
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
		l->start = 0;
	}
	if (l->cap - l->end < READ_CHUNK + 1) {
		l->cap = l->end + READ_CHUNK + 1;
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

int lines_next(struct lines *l, char **line, size_t *len, int *toolong)
{
	size_t scanned = 0;
	*toolong = 0;
	for (;;) {
		char *s = l->buf + l->start;
		size_t avail = l->end - l->start;
		char *nl = avail > scanned ? memchr(s + scanned, '\n', avail - scanned) : NULL;
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
			avail = 0;
		}
		scanned = avail;
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
