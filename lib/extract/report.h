/* report.h - what the extractor knows about the report being read.
 *
 * Data flows one way: input lines (decoded, NFKC) are fed to the report
 * (report_line); the recogniser places values by row labels; at the end
 * (report_finish) the identities are checked and the records emitted. */
#ifndef GIPA_REPORT_H
#define GIPA_REPORT_H

#include "buf.h"
#include "lex.h"
#include "schema.h"

#include <stddef.h>

enum { V_MISSING, V_BLANK, V_VALUE };

struct cell {
	unsigned char state;   /* V_* */
	unsigned char decimal; /* the value has a decimal point */
	unsigned char negative;
	char v[27];            /* canonical ASCII value */
	unsigned long line;    /* input line it was read from */
};

#define MAX_ITEMS 48
#define MAX_ITEM_KEYS 15

/* A recognition item: a run of values printed after one label. */
struct item {
	enum gipa_table table;
	const struct gipa_row *row;  /* NULL: the whole table is one run */
	int first;                   /* unified index of its first key (schema_uindex) */
	int n;                       /* number of values */
	const char *name;            /* for messages: row key or table key */
	unsigned forms;              /* bit f: the item is in form f */
	int seq[FORM_COUNT];         /* position in form f's items, or -1 */
	int keys[MAX_ITEM_KEYS];     /* unified indices of its keys, in order */
};

enum item_state { ITEM_NONE, ITEM_DONE, ITEM_REFUSED };

enum severity { SEV_NOTE, SEV_PROBLEM };

struct finding {
	enum severity sev;
	int table;              /* TAB_* it concerns, or -1 */
	unsigned long line;     /* 0: not tied to a line */
	char check[12];         /* "missing", "I1", … */
	char *msg;
};

#define RUN_MAX 200
#define MAX_FINDINGS 200
#define RING 6
#define GRID_MAX 16

struct runtok {
	enum tok_type type;
	unsigned char decimal, negative, unit, wan;
	char v[27];
	unsigned long line;
	int lone;               /* the only token on its line */
};

struct options {
	int line_numbers;       /* -n: sixth column */
	int check;              /* --check: findings as TSV instead of records */
	int quiet;
};

struct report {
	const char *base;       /* file name as given, or --name */
	int seq;                /* 1, 2, … within one input */
	const struct options *opt;

	/* values by unified key index (schema_uindex): both forms' keys */
	struct cell vals[256];
	unsigned char item_state[MAX_ITEMS];
	int any_value;          /* some table value was placed */
	int empty;              /* the input had no bytes at all */
	char sha256[65];        /* meta.sha256: the input's hash, or "" */

	/* where we are */
	int section;            /* 0 before 一, then 1..6 */
	int max_section;
	int table;              /* TAB_* being read, or -1 */
	int seen_table[TAB_COUNT];

	/* recogniser */
	unsigned long label_line;
	int nrun;               /* tokens in run[] */
	int run_overflow;
	int run_item;           /* item index, or RUN_NOMATCH / RUN_GROUP */
	int run_group;          /* group phrase index when RUN_GROUP */
	int multi[MAX_ITEMS];   /* a block of labels naming several rows */
	int nmulti;
	int run_after_text;     /* the run began on a line after label text */

	/* form signals per table: first line of each, and what was seen */
	unsigned long sig2021[TAB_COUNT], sig2019[TAB_COUNT];
	char sig2019_text[TAB_COUNT][64];
	enum gipa_form form;
	int tform[TAB_COUNT];   /* form the table is read in now, +1; 0 not known */
	int year_guess;         /* the title's year, once section 一 begins */

	/* metadata */
	int title_lines;
	char prev_line[512];    /* previous non-empty squeezed line */
	int prev_has_stat;      /* it mentions 统计 (a period sentence may go on) */
	char sig_agency[512];
	char date[16];          /* signature date, ISO */
	char web_date[16];      /* 发布日期 in a page header */
	char period[32];
	char contact_agency[512];
	int period_year;

	/* last non-empty lines at the end of the report: next report's title */
	int ring_n;             /* lines ever put in ring[] */

	/* the lines of one row of a drawn grid: see grid[] below */
	unsigned long grid_line[GRID_MAX + 1];
	int ngrid;
	int lone_streak;        /* table lines in a row holding one token */

	int nfindings;          /* in findings[] */
	int dropped_findings;

	/* Not cleared by report_new (most reports use little of them): each
	 * holds data only up to the count above, name once report_finish
	 * has written it. */
	char name[4096];        /* base, or base#seq */
	struct runtok run[RUN_MAX];
	char ring[RING][512];
	struct finding findings[MAX_FINDINGS];

	/* Buffers emptied by report_new, their memory kept from an earlier
	 * report. */
	struct buf label;       /* folded label text since the last row */
	struct buf title;       /* title block lines, '\n'-separated */
	struct buf sec1;        /* section 一 text, squeezed, bounded */
	struct buf sec6;        /* section 六 text, squeezed, bounded */
	/* the text lines of one row of a drawn grid (until its next border),
	 * each lexed once and copied here; slot ngrid takes the line being
	 * read, hence one more slot */
	struct buf grid[GRID_MAX + 1];
	struct lexed *grid_lx[GRID_MAX + 1];  /* allocated on first use */
};

/* A new report.  Its memory, buffers included, is that of the report
 * deleted last, if any: most inputs hold one report, and the next input's
 * needs no allocation. */
struct report *report_new(const char *base, int seq, const struct options *opt);
/* Done with r (after report_finish). */
void report_delete(struct report *r);

/* One decoded, NFKC-normalised input line, classified once. */
struct lineinfo {
	const char *line;       /* the line, no LF */
	size_t n;
	unsigned long lineno;
	struct buf sq;          /* squeezed: no white space */
	struct buf fq;          /* folded (for matching) */
	int heading;            /* section it opens, 1..6, or 0 */
};

void lineinfo_set(struct lineinfo *li, const char *line, size_t n, unsigned long lineno);
void lineinfo_free(struct lineinfo *li);

/* Feed one line. */
void report_line(struct report *r, const struct lineinfo *li);

/* A line-level input problem (invalid UTF-8, NUL, too long). */
void report_input_problem(struct report *r, unsigned long lineno, const char *what);

/* Does this line start a new report (cat *.txt | gipa-extract)?  Inline:
 * asked of every line. */
static inline int report_wants_split(const struct report *r, const struct lineinfo *li)
{
	return (li->heading == 1 && r->max_section >= 2) ||
	       (li->heading == 2 && r->max_section >= 3);
}

/* Move the title block that ends r into next (a new report). */
void report_hand_over(struct report *r, struct report *next);

/* Finish: check identities, emit records (or findings).  Returns the exit
 * status contribution: 0 complete and consistent, 1 problems. */
int report_finish(struct report *r, int numbered);

/* Findings. */
void report_find(struct report *r, enum severity sev, unsigned long line, const char *check,
		 const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void report_find_t(struct report *r, int table, enum severity sev, unsigned long line,
		   const char *check, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* v in decimal, zero-padded to at least width digits, at d (as printf's
 * "%0*lu", which costs a hundred times more); returns the end. */
char *put_decimal(char *d, unsigned long v, int width);

/* recog.c */
void recog_init(void);
int recog_nitems(void);
const struct item *recog_item(int i);
void recog_heading(struct report *r, int section);
void recog_tokens(struct report *r, const struct lexed *lx, unsigned long lineno);
void recog_line_end(struct report *r);
void recog_close(struct report *r);
void recog_finish(struct report *r);
void recog_signals(struct report *r, const char *text, unsigned long line);
int recog_alternate(int i);

/* meta.c */
int meta_heading(const char *sq, size_t n);   /* 1..6 or 0 */
void meta_line(struct report *r, const char *sq, size_t n, unsigned long lineno);
void meta_finish(struct report *r, struct buf *agency, struct buf *year);
void meta_values(struct report *r, char *items, size_t isz, char *fee, size_t fsz);
int meta_is_title(const char *sq, size_t n);
int meta_is_agency(const char *sq, size_t n);
int meta_title_year(const char *title);

/* verify.c */
void verify_report(struct report *r);

#define RUN_NOMATCH (-1)
#define RUN_GROUP (-2)
#define RUN_NONE (-3)

#endif
