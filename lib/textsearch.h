/* textsearch.h - substring search over byte strings (UTF-8 safe: a match of
 * whole characters starts on a character boundary). */
#ifndef GIPA_TEXTSEARCH_H
#define GIPA_TEXTSEARCH_H

#include <stddef.h>

/* First occurrence of needle[0..nn) in hay[0..hn), or NULL. */
const char *text_find(const char *hay, size_t hn, const char *needle, size_t nn);

/* Offset just past the last occurrence, or -1. */
long text_last_end(const char *hay, size_t hn, const char *needle, size_t nn);

#endif
