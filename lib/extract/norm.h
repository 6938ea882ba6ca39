/* norm.h - one input line made ready for recognition. */
#ifndef GIPA_NORM_H
#define GIPA_NORM_H

#include <stddef.h>

struct buf;

/* Normalise line[0..n) (NUL-terminated at n): a lone no-break space
 * becomes "—" (an empty cell), then NFKC.  Sets *out, *outn to the result,
 * NUL-terminated: the line itself when nothing changed, else tmp's bytes.
 * Returns 0; NORM_NUL when the line has a NUL byte (nothing set: such a
 * line is not text); else -1 when it is not valid UTF-8 (nothing set;
 * repair it and call again). */
#define NORM_NUL (-2)
int norm_line(const char *line, size_t n, struct buf *tmp, const char **out, size_t *outn);

#endif
