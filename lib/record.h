/* record.h - reading gipa record streams (DESIGN.md), shared by gipa-sum,
 * gipa-diff and gipa-tab, and plain TSV lines (gipa-tab's --long, -p and
 * its spool) with the same line checks.
 *
 * Every line is checked in one pass, eight bytes at a time: TABs found,
 * NUL bytes and invalid UTF-8 detected; a byte that is not ASCII is
 * validated on the spot, the rest never looked at twice.  In a record
 * stream the fields before the key (report, agency, year) repeat over the
 * ~200 lines of a report: a line that starts with the same bytes as the
 * last good one has only its remaining fields scanned.
 *
 * The header line names the columns; report, agency, year, key and value
 * are found by name, other columns (such as `line`) are kept but ignored.
 * A header line repeated later (concatenated outputs) is skipped.  With
 * no_header the columns are report, agency, year, key, value in order.
 * Bad lines are named on stderr ("PROG: FILE:LINE: why"), raise the exit
 * status to 1 and are skipped; the caller never sees them. */
#ifndef GIPA_RECORD_H
#define GIPA_RECORD_H

#include "buf.h"
#include "lines.h"

enum { REC_REPORT, REC_AGENCY, REC_YEAR, REC_KEY, REC_VALUE, REC_NCOLS };

extern const char *const rec_colnames[REC_NCOLS];

struct rec {
	const char *f[REC_NCOLS];  /* NUL-terminated, valid until the next call */
	size_t len[REC_NCOLS];
	unsigned long lineno;
	int nfields;               /* all fields of the line */
	char **fields;
	size_t *lens;
};

/* TABs remembered per line; a line with more is split again by memchr. */
#define REC_MAXTABS 64
/* The longest shared line start (report, agency, year) remembered. */
#define REC_PREFIX_MAX 512

struct rec_reader {
	const char *name;          /* as given; "-" is standard input */
	int fd;
	struct lines lines;
	int no_header;
	int plain;                 /* a plain TSV reader (rec_open_tsv) */
	int header_done;
	int nfields;               /* fields per line, from the header */
	int col[REC_NCOLS];
	struct buf header;         /* the header line as read */
	char **fields;
	size_t *lens;
	int fields_cap;
	/* The start of the last good record line, up to the TAB before the
	 * key or value column (whichever comes first), and its TABs. */
	char pre[REC_PREFIX_MAX];
	size_t pre_len;
	size_t pre_tabs[REC_MAXTABS];
	int pre_ntabs;
};

/* Open path ("-" for stdin).  On failure prints the reason, raises the
 * exit status to 2 and returns -1. */
int rec_open(struct rec_reader *r, const char *path, int no_header);

/* Next good record: 1, or 0 at the end of input (or after a fatal error,
 * already reported with exit status 2). */
int rec_next(struct rec_reader *r, struct rec *out);

void rec_close(struct rec_reader *r);

/* ---- plain TSV --------------------------------------------------------- */

/* Open path ("-" for stdin) as plain TSV: no header is looked for and a CR
 * before the LF is dropped.  On failure as rec_open. */
int rec_open_tsv(struct rec_reader *r, const char *path);
/* The same on an open file descriptor (closed by rec_close unless stdin). */
void rec_open_tsv_fd(struct rec_reader *r, int fd, const char *name);

/* Next line of a plain TSV reader: 1, or 0 at the end.  *line (NUL-
 * terminated, *len bytes) is valid until the next call; its fields are in
 * r->fields / r->lens (not NUL-terminated: the TABs stay), their count is
 * returned in *nfields.  A BOM on the first line is dropped; a line that is
 * too long, holds a NUL or is not UTF-8 is named ("FILE:LINE: why", exit
 * status 1) and skipped. */
int rec_next_line(struct rec_reader *r, char **line, size_t *len, int *nfields);

/* ---- the line scan ----------------------------------------------------- */

enum { REC_LINE_OK, REC_LINE_NUL, REC_LINE_UTF8 };

/* Scan s[0..n) once: the offsets of its first maxtabs TABs go to tab[];
 * returns the number of TABs (all of them, also beyond maxtabs).  *bad is
 * REC_LINE_NUL when s holds a NUL byte (named first, as it is the worse),
 * else REC_LINE_UTF8 when it is not valid UTF-8 (as utf8_invalid_at: no
 * overlong forms, surrogates or code points past U+10FFFF), else
 * REC_LINE_OK.  After an invalid byte the TABs are not counted further. */
int rec_scan(const char *s, size_t n, size_t *tab, int maxtabs, int *bad);

/* A record stream over any byte source (lines.h), e.g. bytes in memory for
 * the fuzz harness; name is for messages.  rec_close frees it (no fd). */
void rec_open_source(struct rec_reader *r, source_read_fn read, void *ctx, const char *name,
		     int no_header);

#endif
