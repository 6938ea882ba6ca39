/* lex.h - one normalised line of report text -> tokens.
 *
 * A line is either furniture (page numbers and the like: dropped), a rule
 * (a table border: ends a row, carries nothing), or content, split into
 * tokens: TEXT (label fragments), NUM (a value as printed, made canonical)
 * and BLANK (an explicit empty cell: nothing between separators, a lone
 * dash or slash). */
#ifndef GIPA_LEX_H
#define GIPA_LEX_H

#include <stddef.h>

enum tok_type { TOK_TEXT, TOK_NUM, TOK_BLANK };

struct token {
	enum tok_type type;
	const char *s;      /* TEXT: the piece; NUM: canonical digits */
	size_t n;
	int decimal;        /* NUM has a decimal point */
	int negative;       /* NUM is negative */
	int unit;           /* NUM carried a unit suffix (元, 万元, 件 …) */
	int wan;            /* the unit was 万元 */
};

enum line_kind { LINE_EMPTY, LINE_FURNITURE, LINE_RULE, LINE_CONTENT };

#define MAX_TOKENS 256

struct lexed {
	enum line_kind kind;
	int cells;            /* the line had cell separators (TAB, |, │) */
	int partial_rule;     /* the line also draws a border between rows */
	int drawn;            /* the separators are drawn (| or │), not TABs */
	int spaces;           /* LINE_EMPTY made of spaces, not zero-length */
	int ntok;
	int overflow;         /* more than MAX_TOKENS tokens: the rest dropped */
	struct token tok[MAX_TOKENS];
	char store[4096];     /* canonical numbers live here */
	size_t used;
};

/* Tokenise an NFKC-normalised line (valid UTF-8: the scans step over whole
 * characters; no LF).  Tokens point into line and into lx->store. */
void lex_line(const char *line, size_t n, struct lexed *lx);

/* The line lx was lexed from was copied from `from` to `to`: make its
 * tokens point into the copy. */
void lex_moved(struct lexed *lx, const char *from, const char *to);

/* Split a line with cell separators into cells (after the leading and
 * trailing edge rules of lex_line).  Returns the count (at most max). */
int lex_cells(const char *s, size_t n, const char **cell, size_t *len, int max);

/* True for a page-number line such as "— 3 —", "- 6 -", "第 3 页 共 9 页". */
int lex_is_furniture(const char *line, size_t n);

#endif
