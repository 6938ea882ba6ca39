/* fold.h - the matching form of label text.
 *
 * Labels are compared after NFKC (done when the line is read), with white
 * space and quote marks dropped, traditional characters mapped to
 * simplified ones, and 钩 read as 勾 (勾稽/钩稽).  SCHEMA.md §4.1. */
#ifndef GIPA_FOLD_H
#define GIPA_FOLD_H

#include <stddef.h>
#include <stdint.h>

struct buf;

/* What the character cp folds to: itself, its simplified form, or 0 when
 * the matching form leaves it out. */
int32_t fold_char(int32_t cp);

/* Append the folded form of s[0..n) (valid UTF-8) to out: each character
 * as fold_char says. */
void fold_append(struct buf *out, const char *s, size_t n);

/* Append s[0..n) without its white space (space, TAB, CR, FF, VT) to sq:
 * a squeezed line. */
void squeeze_append(struct buf *sq, const char *s, size_t n);

/* squeeze_append(sq, s, n), then fold_append of what it appended to fq,
 * in one pass (s valid UTF-8). */
void squeeze_fold_append(struct buf *sq, struct buf *fq, const char *s, size_t n);

#endif
