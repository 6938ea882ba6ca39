/* record.c - gipa record stream reader, and plain TSV lines (record.h). */
#include "record.h"
#include "bytes.h"
#include "diag.h"
#include "utf8.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define REC_MAXLINE (1024 * 1024)

const char *const rec_colnames[REC_NCOLS] = {"report", "agency", "year", "key", "value"};

/* ---- the line scan ------------------------------------------------------ */

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* The high bit of each byte of v that is zero (exact for the lowest such
 * byte, which is all that the loop below needs: it only asks "any?"). */
static inline uint64_t has_zero(uint64_t v)
{
	return (v - ONES) & ~v & HIGHS;
}

/* A flag in the high bit of each byte of w that is not plain ASCII, is a
 * NUL or a TAB; exact for the first such byte. */
static inline uint64_t special(uint64_t w)
{
	return (w & HIGHS) | has_zero(w) | has_zero(w ^ (ONES * '\t'));
}

int rec_scan(const char *str, size_t n, size_t *tab, int maxtabs, int *bad)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	int ntabs = 0;
	*bad = REC_LINE_OK;
	for (;;) {
		/* Skip plain ASCII without TAB or NUL a word at a time, to the
		 * first byte that is not. */
		while (i + 8 <= n) {
			uint64_t m = special(load_le64(s + i));
			if (m) {
				i += (size_t)__builtin_ctzll(m) / 8;
				goto found;
			}
			i += 8;
		}
		if (i >= n)
			return ntabs;
		if (n >= 8) {
			/* The last 0-7 bytes: the line's last word, without the
			 * bytes before i (already seen). */
			size_t at = n - 8, seen = i - at;
			uint64_t m = special(load_le64(s + at)) & (~0ULL << (8 * seen));
			if (!m)
				return ntabs;
			i = at + (size_t)__builtin_ctzll(m) / 8;
		}
	found:;
		unsigned char c = s[i];
		if (c == '\t') {
			if (ntabs < maxtabs)
				tab[ntabs] = i;
			ntabs++;
			i++;
		} else if (c == 0) {
			*bad = REC_LINE_NUL;
			i++;
		} else if (c >= 0x80) {
			size_t k = utf8_char_len(s + i, n - i);
			if (k == 0) {
				/* A NUL anywhere is named first. */
				if (*bad == REC_LINE_OK)
					*bad = memchr(s + i, 0, n - i) ? REC_LINE_NUL : REC_LINE_UTF8;
				return ntabs;
			}
			i += k;
		} else {
			i++;
		}
	}
}

/* ---- opening and closing ------------------------------------------------ */

static int open_path(const char *path)
{
	if (strcmp(path, "-") == 0)
		return STDIN_FILENO;
	int fd = open(path, O_RDONLY);
	if (fd < 0) {
		errmsg("%s: %s", path, strerror(errno));
		exit_status_raise(EXIT_TROUBLE);
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		errmsg("%s: Is a directory", path);
		exit_status_raise(EXIT_TROUBLE);
		close(fd);
		return -1;
	}
	return fd;
}

static void open_fd(struct rec_reader *r, int fd, const char *name)
{
	memset(r, 0, sizeof *r);
	r->name = name;
	r->fd = fd;
	lines_init(&r->lines, fd_source_read, &r->fd, REC_MAXLINE);
}

int rec_open(struct rec_reader *r, const char *path, int no_header)
{
	int fd = open_path(path);
	if (fd < 0) {
		memset(r, 0, sizeof *r);
		r->fd = -1;
		return -1;
	}
	open_fd(r, fd, path);
	r->no_header = no_header;
	if (no_header) {
		r->header_done = 1;
		r->nfields = REC_NCOLS;
		for (int i = 0; i < REC_NCOLS; i++)
			r->col[i] = i;
	}
	return 0;
}

void rec_open_tsv_fd(struct rec_reader *r, int fd, const char *name)
{
	open_fd(r, fd, name);
	r->plain = 1;
}

int rec_open_tsv(struct rec_reader *r, const char *path)
{
	int fd = open_path(path);
	if (fd < 0) {
		memset(r, 0, sizeof *r);
		r->fd = -1;
		return -1;
	}
	rec_open_tsv_fd(r, fd, path);
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
	r->fields = NULL;
	r->lens = NULL;
	r->fields_cap = 0;
	buf_free(&r->header);
}

/* ---- lines -------------------------------------------------------------- */

static void bad_line(struct rec_reader *r, const char *why)
{
	errmsg("%s:%lu: %s", r->name, r->lines.lineno, why);
	exit_status_raise(EXIT_PROBLEM);
}

/* A line that fails the checks of every gipa TSV line: named and skipped
 * (status 1) -- unless it is the header of a record stream, without which
 * nothing after it can be read: then the input ends there, in one message
 * (status 2), rather than every line being named in turn (a file in CR LF).
 * Returns 1 to skip the line, 0 to stop. */
static int skip_bad(struct rec_reader *r, const char *why, const char *skipped)
{
	if (!r->plain && !r->header_done) {
		errmsg("%s:%lu: header line: %s; file not read", r->name, r->lines.lineno, why);
		exit_status_raise(EXIT_TROUBLE);
		return 0;
	}
	errmsg("%s:%lu: %s, %s", r->name, r->lines.lineno, why, skipped);
	exit_status_raise(EXIT_PROBLEM);
	return 1;
}

/* Room for n fields in r->fields / r->lens. */
static void fields_room(struct rec_reader *r, int n)
{
	if (n <= r->fields_cap)
		return;
	int cap = r->fields_cap ? r->fields_cap : 16;
	while (cap < n)
		cap *= 2;
	r->fields = xrealloc(r->fields, sizeof *r->fields * (size_t)cap);
	r->lens = xrealloc(r->lens, sizeof *r->lens * (size_t)cap);
	r->fields_cap = cap;
}

#define ALWAYS_INLINE inline __attribute__((always_inline))

/* Split line into its n fields, at the TABs found by the scan when it kept
 * them all, else by memchr; each field NUL-terminated when nul is set. */
static ALWAYS_INLINE void split(struct rec_reader *r, char *line, size_t len, const size_t *tabs, int n,
		  int nul)
{
	if (n > r->fields_cap)
		fields_room(r, n);
	if (n - 1 <= REC_MAXTABS) {
		char **f = r->fields;
		size_t *l = r->lens;
		size_t start = 0;
		for (int j = 0; j < n - 1; j++) {
			size_t end = tabs[j];
			f[j] = line + start;
			l[j] = end - start;
			if (nul)
				line[end] = '\0';
			start = end + 1;
		}
		f[n - 1] = line + start;
		l[n - 1] = len - start;
		return;
	}
	char *p = line, *end = line + len;
	for (int j = 0;; j++) {
		char *tab = memchr(p, '\t', (size_t)(end - p));
		char *fe = tab ? tab : end;
		r->fields[j] = p;
		r->lens[j] = (size_t)(fe - p);
		if (nul)
			*fe = '\0';
		if (!tab)
			break;
		p = tab + 1;
	}
}

/* The next line that passes the checks every gipa TSV line passes: 1, or 0
 * at the end of input (or after a read error, reported with exit status
 * 2).  Sets the line, its length, its TABs (the first REC_MAXTABS of them)
 * and their count.  A line that fails is named and skipped. */
static ALWAYS_INLINE int next_good_line(struct rec_reader *r, char **linep, size_t *lenp, size_t *tabs,
			  int *ntabsp)
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
			if (!skip_bad(r, "line longer than 1 MiB", "skipped"))
				return 0;
			continue;
		}
		/* A UTF-8 byte order mark at the very start is tolerated. */
		if (r->lines.lineno == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
			line += 3;
			len -= 3;
		}
		if (len > 0 && line[len - 1] == '\r') {
			if (r->plain) {
				line[--len] = '\0';
			} else {
				if (!skip_bad(r, "CR LF line end (convert with dos2unix)", "line skipped"))
					return 0;
				continue;
			}
		}
		int bad, ntabs;
		/* The columns before the first of key and value: report, agency,
		 * year in the usual layout, the same on a report's many lines. */
		int lead = r->col[REC_KEY] < r->col[REC_VALUE] ? r->col[REC_KEY] : r->col[REC_VALUE];
		if (r->plain || !r->header_done || lead > REC_MAXTABS)
			lead = 0;
		if (lead > 0 && r->pre_ntabs == lead && len >= r->pre_len &&
		    memcmp(line, r->pre, r->pre_len) == 0) {
			/* The start is the last good line's: valid UTF-8 without
			 * NUL, ending at a TAB; only the rest needs the scan. */
			memcpy(tabs, r->pre_tabs, sizeof *tabs * (size_t)lead);
			ntabs = rec_scan(line + r->pre_len, len - r->pre_len, tabs + lead,
					 REC_MAXTABS - lead, &bad);
			for (int j = lead; j < lead + ntabs && j < REC_MAXTABS; j++)
				tabs[j] += r->pre_len;
			ntabs += lead;
		} else {
			ntabs = rec_scan(line, len, tabs, REC_MAXTABS, &bad);
			if (bad == REC_LINE_OK && lead > 0 && ntabs >= lead &&
			    tabs[lead - 1] < REC_PREFIX_MAX) {
				r->pre_len = tabs[lead - 1] + 1;
				memcpy(r->pre, line, r->pre_len);
				memcpy(r->pre_tabs, tabs, sizeof *tabs * (size_t)lead);
				r->pre_ntabs = lead;
			}
		}
		if (bad == REC_LINE_NUL) {
			if (!skip_bad(r, "NUL byte", "line skipped"))
				return 0;
			continue;
		}
		if (bad == REC_LINE_UTF8) {
			if (!skip_bad(r, "invalid UTF-8", "line skipped"))
				return 0;
			continue;
		}
		*linep = line;
		*lenp = len;
		*ntabsp = ntabs;
		return 1;
	}
}

int rec_next_line(struct rec_reader *r, char **line, size_t *len, int *nfields)
{
	size_t tabs[REC_MAXTABS];
	int ntabs;
	if (!next_good_line(r, line, len, tabs, &ntabs))
		return 0;
	split(r, *line, *len, tabs, ntabs + 1, 0);
	*nfields = ntabs + 1;
	return 1;
}

/* ---- records ------------------------------------------------------------ */

/* Take the header: find the five columns by name.  0 ok, -1 not a header,
 * or the index of a column named twice (which one to read?) + 2. */
static int take_header(struct rec_reader *r, int n)
{
	for (int i = 0; i < REC_NCOLS; i++)
		r->col[i] = -1;
	for (int j = 0; j < n; j++)
		for (int i = 0; i < REC_NCOLS; i++)
			if (strcmp(r->fields[j], rec_colnames[i]) == 0) {
				if (r->col[i] >= 0)
					return i + 2;
				r->col[i] = j;
			}
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
	size_t tabs[REC_MAXTABS];
	int ntabs;
	while (next_good_line(r, &line, &len, tabs, &ntabs)) {
		if (!r->header_done) {
			buf_reset(&r->header);
			buf_add(&r->header, line, len);
			split(r, line, len, tabs, ntabs + 1, 1);
			int h = take_header(r, ntabs + 1);
			if (h < 0) {
				errmsg("%s:%lu: not a gipa record header (expected the columns "
				       "report, agency, year, key, value; use -H for input without a header)",
				       r->name, r->lines.lineno);
				exit_status_raise(EXIT_TROUBLE);
				return 0;
			}
			if (h > 0) {
				errmsg("%s:%lu: two columns named %s in the header; file not read",
				       r->name, r->lines.lineno, rec_colnames[h - 2]);
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
		if (r->header.len > 0 && len == r->header.len + 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0 &&
		    memcmp(line + 3, r->header.p, r->header.len) == 0)
			continue; /* the same, of a file that began with a BOM */
		int n = ntabs + 1;
		if (n != r->nfields) {
			char why[96];
			snprintf(why, sizeof why, "%d fields where the header has %d, line skipped", n,
				 r->nfields);
			bad_line(r, why);
			continue;
		}
		split(r, line, len, tabs, n, 1);
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
	return 0;
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
