/* record.h - reading gipa record streams (DESIGN.md), shared by gipa-sum,
 * gipa-diff and gipa-tab.
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

struct rec_reader {
	const char *name;          /* as given; "-" is standard input */
	int fd;
	struct lines lines;
	int no_header;
	int header_done;
	int nfields;               /* fields per line, from the header */
	int col[REC_NCOLS];
	struct buf header;         /* the header line as read */
	char **fields;
	size_t *lens;
	int fields_cap;
};

/* Open path ("-" for stdin).  On failure prints the reason, raises the
 * exit status to 2 and returns -1. */
int rec_open(struct rec_reader *r, const char *path, int no_header);

/* Next good record: 1, or 0 at the end of input (or after a fatal error,
 * already reported with exit status 2). */
int rec_next(struct rec_reader *r, struct rec *out);

void rec_close(struct rec_reader *r);

/* Split a line at TABs into r->fields (in place). Returns the count. */
int rec_split(struct rec_reader *r, char *line, size_t len);

/* A record stream over any byte source (lines.h), e.g. bytes in memory for
 * the fuzz harness; name is for messages.  rec_close frees it (no fd). */
void rec_open_source(struct rec_reader *r, source_read_fn read, void *ctx, const char *name,
		     int no_header);

#endif
