/* out.h - buffered standard output that only ever writes whole lines.
 *
 * A write error ends the program: EPIPE quietly (the reader went away, as
 * in `gipa-extract big | head -1`), anything else (a full disk) with one
 * message and exit status 2. */
#ifndef GIPA_OUT_H
#define GIPA_OUT_H

#include <stddef.h>

void out_add(const void *s, size_t n);
void out_adds(const char *s);
void out_addc(char c);
/* Append s with TAB, CR and LF replaced by spaces (a field must not split
 * the record). */
void out_field(const char *s, size_t n);
/* End the current line; flushes when enough whole lines are buffered. */
void out_endline(void);
/* Write everything buffered (whole lines only).  Call before exit. */
void out_flush(void);
/* Drop everything instead of writing it (fuzz harnesses). */
void out_discard(int on);

#endif
