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
/* Write s to d as out_field appends it; returns the end of what it wrote
 * (for a field written in place, see out_reserve). */
char *out_put_field(char *d, const char *s, size_t n);
/* A byte of a field as written: TAB, CR and LF become spaces (for short
 * fields, where a call to out_put_field costs more than the bytes). */
static inline char out_field_byte(char c)
{
	return c == '\t' || c == '\n' || c == '\r' ? ' ' : c;
}
/* Room for n more bytes after what is buffered, to write a record in place
 * instead of building it elsewhere and copying it; then, before any other
 * out_ call, keep the bytes written (at most n) with out_commit, or with
 * out_commit_line when they end a line (the last one written is LF). */
char *out_reserve(size_t n);
void out_commit(size_t n);
void out_commit_line(size_t n);
/* End the current line; flushes when enough whole lines are buffered. */
void out_endline(void);
/* Write everything buffered (whole lines only).  Call before exit. */
void out_flush(void);
/* Drop everything instead of writing it (fuzz harnesses). */
void out_discard(int on);

#endif
