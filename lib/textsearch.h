/* textsearch.h - substring search over byte strings (UTF-8 safe: a match of
 * whole characters starts on a character boundary). */
#ifndef GIPA_TEXTSEARCH_H
#define GIPA_TEXTSEARCH_H

#include <stddef.h>
#include <stdint.h>

/* First occurrence of needle[0..nn) in hay[0..hn), or NULL. */
const char *text_find(const char *hay, size_t hn, const char *needle, size_t nn);

/* First occurrence of the markup lit ("<table", "</td": '<' and lower
 * case) in hay[0..hn), in any case; or NULL. */
const char *text_find_markup(const char *hay, size_t hn, const char *lit);

/* Offset just past the last occurrence, or -1. */
long text_last_end(const char *hay, size_t hn, const char *needle, size_t nn);

/* A fixed set of phrases looked for in one pass over a text, instead of
 * one search per phrase (Wu-Manber).  The text is looked at through a
 * window as wide as the shortest phrase: a table says, by the hash of the
 * window's last three bytes, how far it may move on before it could hold
 * the start of a phrase; only where that is 0 are the phrases with that
 * hash there compared.  Sets with a phrase shorter than six bytes, whose
 * window moves too little, are looked at character by character instead,
 * through a window of three.  Each phrase is whole characters of at least
 * three bytes. */
#define TEXT_SET_MAX 64 /* the phrases found are a 64-bit mask */
#define TEXT_SET_HASHES 1024 /* hashes of three bytes: a table of 1 kB stays in cache */
#define TEXT_SET_BUCKETS 256

struct text_set {
	int count;
	size_t window;                          /* its width: at most the shortest phrase */
	unsigned char shift[TEXT_SET_HASHES];   /* how far the window moves on, by hash */
	uint64_t head[TEXT_SET_MAX];            /* its first (up to) eight bytes, first lowest */
	const char *s[TEXT_SET_MAX];
	size_t n[TEXT_SET_MAX];
	signed char next[TEXT_SET_MAX];         /* next phrase in its bucket, or -1 */
	signed char first[TEXT_SET_BUCKETS];    /* first phrase of each bucket (by the hash of
						 * its window's last three bytes), or -1 */
};

void text_set_init(struct text_set *set);

/* Add a phrase (kept by pointer, not copied): its index, or -1 when the
 * set is full, or the phrase is shorter than three bytes or starts inside
 * a character. */
int text_set_add(struct text_set *set, const char *phrase);

/* text_set_add for the fixed lists of the program (labels, headings,
 * captions): a phrase that does not fit is a programming error, said on
 * stderr, and the program aborts. */
int text_set_add_fixed(struct text_set *set, const char *phrase);

/* Which phrases occur in hay[0..hn): bit i for phrase i, and ends[i] (set
 * only for those) the offset just past its last occurrence. */
uint64_t text_set_scan(const struct text_set *set, const char *hay, size_t hn, long *ends);

/* The answers text_set_scan gave for one set, kept for texts it is asked
 * about again: a form's row labels come back in report after report, and
 * comparing a text with the one kept costs less than scanning it.  A
 * direct-mapped table by a hash of the text; texts of up to
 * TEXT_MEMO_TEXT bytes in which at most TEXT_MEMO_ENDS phrases occur.
 * Zero-initialised (static) memory is an empty memo. */
#define TEXT_MEMO_TEXT 128
#define TEXT_MEMO_ENDS 16
#define TEXT_MEMO_SLOTS 128

struct text_memo_slot {
	uint64_t found;
	unsigned char len;                  /* the text's length + 1; 0: empty */
	unsigned char end[TEXT_MEMO_ENDS];  /* ends[] of the phrases found, in bit order */
	char text[TEXT_MEMO_TEXT];
};

struct text_memo {
	struct text_memo_slot slot[TEXT_MEMO_SLOTS];
};

/* text_set_scan(set, hay, hn, ends), answered from memo when it holds hay;
 * memo must only ever be used with this one set. */
uint64_t text_set_scan_memo(const struct text_set *set, struct text_memo *memo, const char *hay,
			    size_t hn, long *ends);

#endif
