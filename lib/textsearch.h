/* textsearch.h - substring search over byte strings (UTF-8 safe: a match of
 * whole characters starts on a character boundary). */
#ifndef GIPA_TEXTSEARCH_H
#define GIPA_TEXTSEARCH_H

#include <stddef.h>
#include <stdint.h>

/* First occurrence of needle[0..nn) in hay[0..hn), or NULL. */
const char *text_find(const char *hay, size_t hn, const char *needle, size_t nn);

/* Offset just past the last occurrence, or -1. */
long text_last_end(const char *hay, size_t hn, const char *needle, size_t nn);

/* A fixed set of phrases looked for in one pass over a text, instead of
 * one search per phrase: the phrases are indexed by their first three
 * bytes, so nearly every character of the text is rejected by one table
 * look-up.  Each phrase is whole characters of at least three bytes. */
#define TEXT_SET_MAX 64 /* the phrases found are a 64-bit mask */
#define TEXT_SET_BUCKETS 256

struct text_set {
	int count;
	const char *s[TEXT_SET_MAX];
	size_t n[TEXT_SET_MAX];
	uint32_t key[TEXT_SET_MAX];          /* its first three bytes */
	signed char next[TEXT_SET_MAX];      /* next phrase in its bucket, or -1 */
	signed char head[TEXT_SET_BUCKETS];  /* first phrase of each bucket, or -1 */
};

void text_set_init(struct text_set *set);

/* Add a phrase (kept by pointer, not copied): its index, or -1 when the
 * set is full, or the phrase is shorter than three bytes or starts inside
 * a character. */
int text_set_add(struct text_set *set, const char *phrase);

/* Which phrases occur in hay[0..hn): bit i for phrase i, and ends[i] (set
 * only for those) the offset just past its last occurrence. */
uint64_t text_set_scan(const struct text_set *set, const char *hay, size_t hn, long *ends);

#endif
