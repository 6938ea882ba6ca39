/* schema.h - the one source of truth for the report tables: keys, official
 * labels, the phrases that recognise a row, key order (SCHEMA.md).
 *
 * A value key is <table>.<row>.<col>.  Keys are listed per form in the
 * order of the printed table (SCHEMA.md Appendix A for 2021, B for 2019). */
#ifndef GIPA_SCHEMA_H
#define GIPA_SCHEMA_H

#include <stddef.h>

enum gipa_form { FORM_2021, FORM_2019, FORM_COUNT };
enum gipa_table { TAB_ACTIVE, TAB_APPLY, TAB_REVIEW, TAB_COUNT };
enum gipa_unit { UNIT_COUNT, UNIT_WAN_YUAN, UNIT_SIGNED, UNIT_MONEY };

struct gipa_col {
	const char *key;
	const char *label;   /* official column label */
	const char *parent;  /* spanning header above it, or NULL */
	enum gipa_unit unit;
};

#define MAX_PHRASES 4

struct gipa_row {
	const char *key;
	const char *label;   /* official row label, exact */
	const char *group;   /* caption or spanning stub cell(s), outer/inner, or NULL */
	const struct gipa_col *cols;
	int ncols;
	/* Distinctive phrases, in normalised form (NFKC, no spaces, no quote
	 * marks, simplified characters).  A phrase "$x" matches only when the
	 * label text ends with x. */
	const char *phrases[MAX_PHRASES];
};

struct gipa_tabledef {
	enum gipa_table id;
	const char *key;        /* "active", "apply", "review" */
	const char *numeral;    /* section numeral of the report: 二, 三, 四 */
	const char *title;      /* official section heading */
	const struct gipa_row *rows;
	int nrows;
	/* All rows' values are printed as one run after the header (review). */
	int one_run;
	/* Stub group labels that carry no values in this form. */
	const char *const *group_phrases;
};

struct gipa_key {
	const char *key;           /* "apply.new.natural" */
	enum gipa_table table;
	const struct gipa_row *row;
	const struct gipa_col *col;
	int seq;                   /* 1-based position in the form */
};

const struct gipa_tabledef *schema_table(enum gipa_form form, enum gipa_table t);
size_t schema_nkeys(enum gipa_form form);
const struct gipa_key *schema_keys(enum gipa_form form);

/* Position (0-based) of key in the form's key list, or -1. */
int schema_index(enum gipa_form form, const char *key, size_t len);

/* The keys of both forms in one list, in schema_rank order (the 2021 keys
 * and those only the 2019 form has: its active keys but the three shared
 * 处理决定数量 ones, and apply.other.*).  A key means the same in both
 * forms, so one index serves both. */
size_t schema_nukeys(void);
const struct gipa_key *schema_ukey(size_t i);
int schema_uindex(const char *key, size_t len);

/* Metadata keys (SCHEMA.md §7, plus the toolkit's own), in record order. */
extern const char *const schema_meta_keys[];
extern const size_t schema_nmeta;
enum { META_REPORTS, META_FORM, META_SHA256, META_DATE, META_PERIOD,
       META_ACTIVE_ITEMS, META_FEE_YUAN };

/* Sort rank of any key: metadata first, then the keys of both forms in one
 * order that keeps each form's own (a 2019-only key stands where its form
 * prints it, e.g. apply.other.* just before apply.total.*).  Unknown keys:
 * -1. */
long schema_rank(const char *key, size_t len);

/* The official label of a key as one line, e.g. "三（三）1.属于国家秘密·自然人",
 * or NULL for an unknown key.  The string is static. */
const char *schema_label(const char *key, size_t len);

const char *schema_form_name(enum gipa_form form);

#endif
