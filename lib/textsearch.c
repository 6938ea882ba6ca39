/* textsearch.c - substring search: memchr for the needle's last byte for
 * the first occurrence; a backward scan with an inline two-byte prefix test
 * for the last (labels are short, the test rejects nearly every position);
 * one pass for a set of phrases (Wu-Manber: a window moved on by a table
 * of their three-byte pieces), and a memo of its answers. */
#include "textsearch.h"
#include "bytes.h"
#include "diag.h"
#include "hashmap.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *text_find(const char *hay, size_t hn, const char *needle, size_t nn)
{
	if (nn == 0 || nn > hn)
		return NULL;
	/* The needles are a few characters and the texts lines: memmem's
	 * set-up costs more than the search.  The last byte of a Chinese
	 * needle is a continuation byte, one of 64, found by memchr about
	 * once a line; the bytes before it are compared only there. */
	const char *p = hay + nn - 1, *end = hay + hn;
	while ((p = memchr(p, needle[nn - 1], (size_t)(end - p))) != NULL) {
		const char *start = p - (nn - 1);
		if (memcmp(start, needle, nn - 1) == 0)
			return start;
		p++;
	}
	return NULL;
}

const char *text_find_markup(const char *hay, size_t hn, const char *lit)
{
	size_t k = strlen(lit);
	const char *p = hay, *end = hay + hn;
	while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		if ((size_t)(end - p) >= k && strncasecmp(p, lit, k) == 0)
			return p;
		p++;
	}
	return NULL;
}

long text_last_end(const char *hay, size_t hn, const char *needle, size_t nn)
{
	if (nn == 0 || nn > hn)
		return -1;
	char a = needle[0], b = nn > 1 ? needle[1] : 0;
	for (size_t i = hn - nn + 1; i-- > 0;)
		if (hay[i] == a && (nn == 1 || hay[i + 1] == b) && memcmp(hay + i, needle, nn) == 0)
			return (long)(i + nn);
	return -1;
}

/* ---- sets of phrases --------------------------------------------------------- */

#define HASH_BITS 10
_Static_assert(1 << HASH_BITS == TEXT_SET_HASHES, "a hash has HASH_BITS bits");
#define PER_BUCKET (TEXT_SET_HASHES / TEXT_SET_BUCKETS)
#define WINDOW_MIN 6  /* a narrower window moves on less than a character at a time */
#define WINDOW_MAX 64 /* shifts fit a byte */

/* u[0..k) (k <= 8) as a number, the first byte lowest: one load for the
 * usual eight. */
static uint64_t load_le(const unsigned char *u, size_t k)
{
	uint64_t w = 0;
	if (k == 8)
		return load_le64(u);
	while (k-- > 0)
		w = w << 8 | u[k];
	return w;
}

/* The hash of the three bytes key holds, first lowest. */
static unsigned hash_of(uint32_t key)
{
	return (key * 2654435761u) >> (32 - HASH_BITS); /* Fibonacci hashing: the top bits */
}

/* The hash of the three bytes at s. */
static unsigned hash_at(const char *s)
{
	return hash_of((uint32_t)load_le((const unsigned char *)s, 3));
}

static uint64_t head_mask(size_t n)
{
	return n >= 8 ? ~(uint64_t)0 : ((uint64_t)1 << 8 * n) - 1;
}

/* Phrase p in the shift table and its bucket, for the set's window. */
static void index_phrase(struct text_set *set, int p)
{
	size_t w = set->window;
	/* a window whose last three bytes are the phrase's s[q-2..q] moves
	 * on w-1-q to where it would end with the phrase's first w bytes */
	for (size_t q = 2; q < w; q++) {
		unsigned h = hash_at(set->s[p] + q - 2);
		if (set->shift[h] > w - 1 - q)
			set->shift[h] = (unsigned char)(w - 1 - q);
	}
	unsigned b = hash_at(set->s[p] + w - 3) / PER_BUCKET;
	set->next[p] = set->first[b];
	set->first[b] = (signed char)p;
}

/* The window for phrases of n bytes and more. */
static size_t window_for(size_t n)
{
	return n < WINDOW_MIN ? 3 : n < WINDOW_MAX ? n : WINDOW_MAX;
}

/* All the phrases for a new window: a narrower one changes every shift. */
static void index_set(struct text_set *set, size_t window)
{
	set->window = window;
	memset(set->shift, (int)(window - 2), sizeof set->shift);
	memset(set->first, -1, sizeof set->first);
	for (int p = 0; p < set->count; p++)
		index_phrase(set, p);
}

void text_set_init(struct text_set *set)
{
	set->count = 0;
	index_set(set, WINDOW_MAX);
}

int text_set_add(struct text_set *set, const char *phrase)
{
	size_t n = strlen(phrase);
	if (set->count == TEXT_SET_MAX || n < 3 || ((unsigned char)phrase[0] & 0xC0) == 0x80)
		return -1;
	int i = set->count++;
	set->s[i] = phrase;
	set->n[i] = n;
	set->head[i] = load_le((const unsigned char *)phrase, n < 8 ? n : 8);
	if (window_for(n) < set->window)
		index_set(set, window_for(n));
	else
		index_phrase(set, i);
	return i;
}

int text_set_add_fixed(struct text_set *set, const char *phrase)
{
	int i = text_set_add(set, phrase);
	if (i < 0) {
		errmsg("internal error: the phrase '%s' does not fit its set", phrase);
		abort();
	}
	return i;
}

/* s[8..n) equals t[8..n), for n > 8: eight bytes at a time, the last
 * eight overlapping the ones before. */
static int same_tail(const char *s, const char *t, size_t n)
{
	size_t k = 8;
	for (; k + 8 < n; k += 8)
		if (load_le64(s + k) != load_le64(t + k))
			return 0;
	return load_le64(s + n - 8) == load_le64(t + n - 8);
}

/* The phrases in the bucket of hash h that occur at hay[i]: their bits,
 * their ends set.  Inline: most calls find a phrase, and the call cost as
 * much as the comparing. */
static inline uint64_t matches_at(const struct text_set *set, unsigned h, const char *hay,
				  size_t hn, size_t i, long *ends)
{
	size_t left = hn - i;
	uint64_t w = load_le((const unsigned char *)hay + i, left < 8 ? left : 8), found = 0;
	for (int p = set->first[h / PER_BUCKET]; p >= 0; p = set->next[p]) {
		size_t n = set->n[p];
		if (n <= left && (w & head_mask(n)) == set->head[p] &&
		    (n <= 8 || same_tail(hay + i, set->s[p], n))) {
			found |= (uint64_t)1 << p;
			ends[p] = (long)(i + n);
		}
	}
	return found;
}

/* Bytes to move on from a position whose first three bytes are key: past
 * the continuation bytes after it, up to two (a two- or three-byte
 * character's), as no phrase starts on one; any text is searched exactly. */
static size_t advance(uint32_t key)
{
	if ((key & 0xC0C000) == 0x808000)
		return 3;
	if ((key & 0xC000) == 0x8000)
		return 2;
	return 1;
}

/* A window of three: at each character, its shift is 0 when a phrase
 * may start with its three bytes, else 1. */
static uint64_t scan_chars(const struct text_set *set, const char *hay, size_t hn, long *ends)
{
	const unsigned char *u = (const unsigned char *)hay;
	uint64_t found = 0;
	size_t i = 0;
	for (; i + 4 <= hn;) {
		uint32_t key = load_le32(u + i) & 0xFFFFFF;
		unsigned h = hash_of(key);
		if (set->shift[h] == 0)
			found |= matches_at(set, h, hay, hn, i, ends);
		i += advance(key);
	}
	if (i + 3 == hn) { /* the last place a phrase fits, with three bytes to read */
		unsigned h = hash_at(hay + i);
		if (set->shift[h] == 0)
			found |= matches_at(set, h, hay, hn, i, ends);
	}
	return found;
}

/* A wider window, ending at e: its last three bytes are those of the four
 * read from e-3 (the window is at least six wide). */
static uint64_t scan_windows(const struct text_set *set, const char *hay, size_t hn, long *ends)
{
	const unsigned char *u = (const unsigned char *)hay;
	size_t w = set->window;
	uint64_t found = 0;
	for (size_t e = w - 1; e < hn;) {
		unsigned h = hash_of(load_le32(u + e - 3) >> 8);
		unsigned s = set->shift[h];
		if (s == 0) {
			found |= matches_at(set, h, hay, hn, e + 1 - w, ends);
			s = 1; /* the next window may hold another */
		}
		e += s;
	}
	return found;
}

uint64_t text_set_scan(const struct text_set *set, const char *hay, size_t hn, long *ends)
{
	return set->window == 3 ? scan_chars(set, hay, hn, ends) : scan_windows(set, hay, hn, ends);
}

/* ---- the memo ---------------------------------------------------------------- */

_Static_assert(TEXT_MEMO_TEXT < 255 && TEXT_MEMO_SLOTS > 0 && (TEXT_MEMO_SLOTS & (TEXT_MEMO_SLOTS - 1)) == 0,
	       "a length + 1 fits a byte; slots are a power of two");

uint64_t text_set_scan_memo(const struct text_set *set, struct text_memo *memo, const char *hay,
			    size_t hn, long *ends)
{
	if (hn > TEXT_MEMO_TEXT)
		return text_set_scan(set, hay, hn, ends);
	struct text_memo_slot *m = &memo->slot[hm_hash(hay, hn) & (TEXT_MEMO_SLOTS - 1)];
	if (m->len == hn + 1 && memcmp(m->text, hay, hn) == 0) {
		int k = 0;
		for (uint64_t f = m->found; f; f &= f - 1)
			ends[__builtin_ctzll(f)] = m->end[k++];
		return m->found;
	}
	uint64_t found = text_set_scan(set, hay, hn, ends);
	if (__builtin_popcountll(found) <= TEXT_MEMO_ENDS) {
		int k = 0;
		for (uint64_t f = found; f; f &= f - 1)
			m->end[k++] = (unsigned char)ends[__builtin_ctzll(f)];
		m->found = found;
		memcpy(m->text, hay, hn);
		m->len = (unsigned char)(hn + 1);
	}
	return found;
}
