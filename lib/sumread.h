/* sumread.h - a faster rec_next for gipa-sum.
 *
 * sum_rec_next() is record.h's rec_next with the same contract, the same
 * checks and the same messages (header found by column names, repeated
 * headers skipped, bad lines named as "PROG: FILE:LINE: why", exit status
 * 1, and skipped), on a reader opened with rec_open() and closed with
 * rec_close().  It differs only in speed: one pass per line finds the
 * TABs, NUL bytes and non-ASCII bytes eight bytes at a time and validates
 * UTF-8 only where a byte is not ASCII.  On the 10-million-line benchmark
 * (bench/sum.sh) rec_next spends half its time in byte-wise UTF-8
 * validation and per-field memchr calls; this takes it to a fraction.
 *
 * It exists so gipa-sum can meet its speed target without changing the
 * shared reader that others build on; folding the scan into record.c
 * would give gipa-diff and gipa-tab the same speed. */
#ifndef GIPA_SUMREAD_H
#define GIPA_SUMREAD_H

#include "record.h"

int sum_rec_next(struct rec_reader *r, struct rec *out);

/* The scan itself: the first invalid UTF-8 byte is reported as for
 * utf8_invalid_at (0-based offset), a NUL as well.  Fills tab[] with the
 * offsets of up to maxtabs TABs and returns the number of TABs found (all
 * of them, also beyond maxtabs).  *bad is set to 0 (line fine), 1 (NUL) or
 * 2 (invalid UTF-8). */
int sum_scan_line(const char *s, size_t n, size_t *tab, int maxtabs, int *bad);

#endif
