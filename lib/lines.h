/* lines.h - a line reader over any byte source, in constant memory.
 *
 * Lines longer than the limit are not stored: they are skipped in linear
 * time and returned as an empty line with the `toolong` flag set, so the
 * caller can name the line.  A final line without a newline is returned. */
#ifndef GIPA_LINES_H
#define GIPA_LINES_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* Read up to n bytes into p; return the count, 0 at end, -1 on error
 * (errno set). */
typedef ssize_t (*source_read_fn)(void *ctx, char *p, size_t n);

struct lines {
	source_read_fn read;
	void *ctx;
	char *buf;
	size_t cap;       /* allocated size of buf */
	size_t start;     /* first unread byte */
	size_t end;       /* one past the last byte read */
	size_t maxline;
	unsigned long lineno;  /* number of the line last returned */
	/* LFs found, not yet returned: bit i for the byte at lf_base + i;
	 * the bytes before lf_top have been looked at */
	uint64_t lf_mask;
	size_t lf_base, lf_top;
	int eof;
	int err;          /* errno of a read error, else 0 */
};

void lines_init(struct lines *l, source_read_fn read, void *ctx, size_t maxline);
/* lines_init for a reader that starts with bytes already read: buf (an
 * allocation of cap bytes, which the reader now owns and frees) holds
 * them at [start, end); eof when the source has no more.  No copy: a
 * report read whole while its encoding was sniffed is split where it is. */
void lines_init_buf(struct lines *l, source_read_fn read, void *ctx, size_t maxline, char *buf,
		    size_t cap, size_t start, size_t end, int eof);
void lines_free(struct lines *l);

/* Next line, without its LF.  Returns 1 and sets *line, *len (the line is
 * valid until the next call; a NUL is stored after it), 0 at the end,
 * -1 on a read error (l->err).  *toolong is set when the line exceeded
 * maxline (then *len is 0). */
static inline int lines_next(struct lines *l, char **line, size_t *len, int *toolong);

/* lines_next when the line's LF is not found yet (or the line is too
 * long): it looks further, and reads. */
int lines_next_read(struct lines *l, char **line, size_t *len, int *toolong);

/* Inline, the commonest case: the line's LF was found with those before
 * it (lines.c), and the line is not too long. */
static inline int lines_next(struct lines *l, char **line, size_t *len, int *toolong)
{
	if (l->lf_mask) {
		size_t at = l->lf_base + (unsigned)__builtin_ctzll(l->lf_mask);
		size_t n = at - l->start;
		if (n <= l->maxline) {
			char *s = l->buf + l->start;
			s[n] = '\0';
			l->lf_mask &= l->lf_mask - 1;
			l->start = at + 1;
			l->lineno++;
			*line = s;
			*len = n;
			*toolong = 0;
			return 1;
		}
	}
	return lines_next_read(l, line, len, toolong);
}

/* A source over a file descriptor. */
ssize_t fd_source_read(void *ctx, char *p, size_t n);

#endif
