/* fold.h - the matching form of label text.
 *
 * Labels are compared after NFKC (done when the line is read), with white
 * space and quote marks dropped, traditional characters mapped to
 * simplified ones, and 钩 read as 勾 (勾稽/钩稽).  SCHEMA.md §4.1. */
#ifndef GIPA_FOLD_H
#define GIPA_FOLD_H

#include <stddef.h>

struct buf;

/* Append the folded form of s[0..n) (valid UTF-8) to out. */
void fold_append(struct buf *out, const char *s, size_t n);

#endif
