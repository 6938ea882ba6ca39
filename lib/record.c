/* record.c - gipa record stream reader. */
#include "record.h"
#include "diag.h"
#include "utf8.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define REC_MAXLINE (1024 * 1024)

const char *const rec_colnames[REC_NCOLS] = {"report", "agency", "year", "key", "value"};

int rec_open(struct rec_reader *r, const char *path, int no_header)
{
	memset(r, 0, sizeof *r);
	r->name = path;
	r->no_header = no_header;
	if (strcmp(path, "-") == 0) {
		r->fd = STDIN_FILENO;
	} else {
		r->fd = open(path, O_RDONLY);
		if (r->fd < 0) {
			errmsg("%s: %s", path, strerror(errno));
			exit_status_raise(EXIT_TROUBLE);
			return -1;
		}
		struct stat st;
		if (fstat(r->fd, &st) == 0 && S_ISDIR(st.st_mode)) {
			errmsg("%s: Is a directory", path);
			exit_status_raise(EXIT_TROUBLE);
			close(r->fd);
			return -1;
		}
	}
	lines_init(&r->lines, fd_source_read, &r->fd, REC_MAXLINE);
	if (no_header) {
		r->header_done = 1;
		r->nfields = REC_NCOLS;
		for (int i = 0; i < REC_NCOLS; i++)
			r->col[i] = i;
	}
	return 0;
}

void rec_close(struct rec_reader *r)
{
	lines_free(&r->lines);
	if (r->fd != STDIN_FILENO && r->fd >= 0)
		close(r->fd);
	r->fd = -1;
	free(r->fields);
	free(r->lens);
	buf_free(&r->header);
}

int rec_split(struct rec_reader *r, char *line, size_t len)
{
	int n = 0;
	char *p = line, *end = line + len;
	for (;;) {
		if (n == r->fields_cap) {
			r->fields_cap = r->fields_cap ? r->fields_cap * 2 : 16;
			r->fields = xrealloc(r->fields, sizeof *r->fields * (size_t)r->fields_cap);
			r->lens = xrealloc(r->lens, sizeof *r->lens * (size_t)r->fields_cap);
		}
		char *tab = memchr(p, '\t', (size_t)(end - p));
		char *fe = tab ? tab : end;
		r->fields[n] = p;
		r->lens[n] = (size_t)(fe - p);
		*fe = '\0';
		n++;
		if (!tab)
			break;
		p = tab + 1;
	}
	return n;
}

static void bad_line(struct rec_reader *r, const char *why)
{
	errmsg("%s:%lu: %s", r->name, r->lines.lineno, why);
	exit_status_raise(EXIT_PROBLEM);
}

/* Take the header: find the five columns by name.  0 ok, -1 not a header. */
static int take_header(struct rec_reader *r, int n)
{
	for (int i = 0; i < REC_NCOLS; i++)
		r->col[i] = -1;
	for (int j = 0; j < n; j++)
		for (int i = 0; i < REC_NCOLS; i++)
			if (r->col[i] < 0 && strcmp(r->fields[j], rec_colnames[i]) == 0)
				r->col[i] = j;
	for (int i = 0; i < REC_NCOLS; i++)
		if (r->col[i] < 0)
			return -1;
	r->nfields = n;
	return 0;
}

int rec_next(struct rec_reader *r, struct rec *out)
{
	char *line;
	size_t len;
	int toolong;
	for (;;) {
		int got = lines_next(&r->lines, &line, &len, &toolong);
		if (got < 0) {
			errmsg("%s: read error: %s", r->name, strerror(r->lines.err));
			exit_status_raise(EXIT_TROUBLE);
			return 0;
		}
		if (got == 0)
			return 0;
		if (toolong) {
			bad_line(r, "line longer than 1 MiB, skipped");
			continue;
		}
		/* A UTF-8 byte order mark at the very start is tolerated. */
		if (r->lines.lineno == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
			line += 3;
			len -= 3;
		}
		if (len > 0 && line[len - 1] == '\r') {
			bad_line(r, "CR LF line end (convert with dos2unix), line skipped");
			continue;
		}
		if (memchr(line, '\0', len)) {
			bad_line(r, "NUL byte, line skipped");
			continue;
		}
		if (utf8_invalid_at(line, len) != len) {
			bad_line(r, "invalid UTF-8, line skipped");
			continue;
		}
		if (!r->header_done) {
			buf_reset(&r->header);
			buf_add(&r->header, line, len);
			int n = rec_split(r, line, len);
			if (take_header(r, n) < 0) {
				errmsg("%s:%lu: not a gipa record header (expected the columns "
				       "report, agency, year, key, value; use -H for input without a header)",
				       r->name, r->lines.lineno);
				exit_status_raise(EXIT_TROUBLE);
				return 0;
			}
			r->header_done = 1;
			continue;
		}
		if (len == 0) {
			bad_line(r, "empty line, skipped");
			continue;
		}
		if (r->header.len > 0 && len == r->header.len && memcmp(line, r->header.p, len) == 0)
			continue; /* a repeated header: concatenated outputs */
		int n = rec_split(r, line, len);
		if (n != r->nfields) {
			char why[96];
			snprintf(why, sizeof why, "%d fields where the header has %d, line skipped", n,
				 r->nfields);
			bad_line(r, why);
			continue;
		}
		for (int i = 0; i < REC_NCOLS; i++) {
			out->f[i] = r->fields[r->col[i]];
			out->len[i] = r->lens[r->col[i]];
		}
		if (out->len[REC_KEY] == 0) {
			bad_line(r, "empty key, line skipped");
			continue;
		}
		out->lineno = r->lines.lineno;
		out->nfields = n;
		out->fields = r->fields;
		out->lens = r->lens;
		return 1;
	}
}

/* ---- any byte source ---------------------------------------------------- */

void rec_open_source(struct rec_reader *r, source_read_fn read, void *ctx, const char *name,
		     int no_header)
{
	memset(r, 0, sizeof *r);
	r->name = name;
	r->fd = -1;
	r->no_header = no_header;
	lines_init(&r->lines, read, ctx, REC_MAXLINE);
	if (no_header) {
		r->header_done = 1;
		r->nfields = REC_NCOLS;
		for (int i = 0; i < REC_NCOLS; i++)
			r->col[i] = i;
	}
}
