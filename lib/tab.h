/* tab.h - the pieces of gipa-tab: a string map, grouping records into
 * rows (one per report), a plain TSV reader, the terminal pretty-printer
 * and the drawing of the official form.
 *
 * A row is a maximal run of records with the same report, agency and
 * year (DESIGN.md: records of one report are contiguous).  Within a row a
 * key counts once; a repeated key is reported and its later records are
 * dropped, because a wide table has one cell per key. */
#ifndef GIPA_TAB_H
#define GIPA_TAB_H

#include "buf.h"
#include "hashmap.h"
#include "lines.h"
#include "record.h"

#include <stddef.h>

/* ---- keys ------------------------------------------------------------- */

struct tab_key {
	char *key;
	size_t len;
	long rank;              /* tab_rank(), or -1 for a key the schema lacks */
	unsigned long stamp;    /* number of the last row that had it */
	struct tab_key *anchor; /* key before it where it first appeared */
	struct tab_key *child, *next; /* keys anchored after it; siblings */
	int col;                /* output column, or -1 */
	int warned;
	struct tab_key *follow; /* the key read after it last time */
};

/* The column order of a key (meta keys, then the keys of both forms merged,
 * each form's order kept), or -1 for a key the schema lacks. */
long tab_rank(const char *key, size_t len);

struct tab_keys {
	struct hashmap map;     /* key -> id, the index in list */
	struct tab_key **list;  /* in order of first appearance */
	size_t n, cap;
	struct tab_key *last;   /* the key looked up last */
};

/* The entry of key s[0..n), made on first sight (then *isnew is set). */
struct tab_key *tab_keys_get(struct tab_keys *t, const char *s, size_t n, int *isnew);
void tab_keys_free(struct tab_keys *t);

/* The keys in column order: schema order for keys the schema knows; a key
 * it does not know follows the key it first came after (or comes first,
 * if it first came first in its row).  Returns a malloc'd array of t->n. */
struct tab_key **tab_keys_order(const struct tab_keys *t);

/* ---- patterns (-k) ---------------------------------------------------- */

/* A comma-separated list of shell globs.  NULL matches everything. */
int tab_keys_match(const char *patterns, const char *key);
/* Warn about each pattern that matches no key of the schema (a typo?). */
void tab_keys_warn(const char *patterns);

/* The key whose official label (schema_label) is s[0..n), else NULL. */
const char *tab_key_of_label(const char *s, size_t n);

/* ---- rows ------------------------------------------------------------- */

struct tab_rows {
	int check;              /* report problems (else silent) */
	int open;               /* a row has begun */
	struct buf cur;         /* report TAB agency TAB year of the row */
	unsigned long rowno;    /* rows begun so far, never reset */
	struct hashmap seen;    /* rows finished, for the grouping check */
};

/* Feed a record; returns 1 when it begins a new row. */
int tab_rows_feed(struct tab_rows *g, const struct rec *r, const char *file);
/* Whether the record's key is new in the current row; a repeat is
 * reported when checking.  Marks the key seen. */
int tab_rows_take(struct tab_rows *g, struct tab_key *k, const struct rec *r, const char *file);
/* Start reading again (a second pass): the next record begins a row. */
void tab_rows_restart(struct tab_rows *g);
void tab_rows_free(struct tab_rows *g);

/* ---- plain TSV input (--long, -p, the spool) -------------------------- */

struct tab_tsv {
	struct rec_reader r;    /* in its plain TSV mode */
	const char *name;
	char **f;               /* the fields of the line (not NUL-terminated) */
	size_t *len;
	int n;
	char *line;             /* the whole line, NUL-terminated */
	size_t linelen;
};

/* Open path ("-" for standard input); on failure report it, raise the exit
 * status to 2 and return -1. */
int tab_tsv_open(struct tab_tsv *t, const char *path);
void tab_tsv_open_fd(struct tab_tsv *t, int fd, const char *name);
/* The same over any byte source (lines.h), e.g. bytes in memory for the
 * fuzz harness; name is for messages. */
void tab_tsv_open_source(struct tab_tsv *t, source_read_fn read, void *ctx, const char *name);
/* Next line, split at TABs: 1, or 0 at the end.  A UTF-8 BOM on the first
 * line and a CR before the LF are dropped; a line that is too long, holds a
 * NUL or is not UTF-8 is reported ("FILE:LINE: why", status 1) and
 * skipped. */
int tab_tsv_next(struct tab_tsv *t);
unsigned long tab_tsv_lineno(const struct tab_tsv *t);
void tab_tsv_close(struct tab_tsv *t);

/* ---- --long ----------------------------------------------------------- */

/* Records (without the header line) from the wide table open in t, which is
 * closed.  The table's header names the columns report, agency and year and
 * one column per key (or its official label, schema_label); only the keys
 * matching patterns (-k, NULL: all) are written.  A header without report,
 * with an unnamed or a repeated column skips the file (status 2); a line
 * with the wrong number of fields is named and skipped (status 1). */
void tab_long(struct tab_tsv *t, const char *patterns);

/* ---- output modes ----------------------------------------------------- */

/* -p: align TSV lines for a terminal.  Start, give every line (without its
 * LF), finish. */
void tab_pretty_start(int header, size_t lookahead);
void tab_pretty_line(const char *s, size_t n);
void tab_pretty_finish(void);
/* Align the TSV files as they are (between start and finish).  first, if
 * not NULL, is the first line of files[0], already read from it. */
void tab_pretty(char **files, int nfiles, const char *first, size_t firstlen);

/* One record of a report, for the form. */
struct tab_cell {
	const char *key;
	size_t klen;
	const char *val;
	size_t vlen;
};

/* --form: draw one report as the official tables. */
void tab_form_draw(const char *report, const char *agency, const char *year,
		   const struct tab_cell *cells, size_t n);

/* Blank and missing cells in --form. */
#define TAB_BLANK "-"
#define TAB_MISSING "?"

#endif
