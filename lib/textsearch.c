/* textsearch.c - substring search: memchr for the needle's last byte for
 * the first occurrence; a backward scan with an inline two-byte prefix test
 * for the last (labels are short, the test rejects nearly every position);
 * one pass for a set of phrases. */
#include "textsearch.h"

#include <string.h>

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

static uint32_t key3(const unsigned char *u)
{
	return u[0] | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16;
}

static unsigned bucket_of(uint32_t key)
{
	return (key * 2654435761u) >> 24; /* Fibonacci hashing: the top 8 bits */
}

void text_set_init(struct text_set *set)
{
	set->count = 0;
	memset(set->head, -1, sizeof set->head);
}

int text_set_add(struct text_set *set, const char *phrase)
{
	size_t n = strlen(phrase);
	if (set->count == TEXT_SET_MAX || n < 3 || ((unsigned char)phrase[0] & 0xC0) == 0x80)
		return -1;
	int i = set->count++;
	set->s[i] = phrase;
	set->n[i] = n;
	set->key[i] = key3((const unsigned char *)phrase);
	unsigned b = bucket_of(set->key[i]);
	set->next[i] = set->head[b];
	set->head[b] = (signed char)i;
	return i;
}

/* Bytes to move on from a position whose first three bytes are key: past
 * the continuation bytes of a two- or three-byte character (no phrase
 * starts on one), else one byte, so that any text is searched exactly. */
static size_t advance(uint32_t key)
{
	if ((key & 0xC0C0F0) == 0x8080E0) /* 1110xxxx 10xxxxxx 10xxxxxx */
		return 3;
	if ((key & 0xC0E0) == 0x80C0)     /* 110xxxxx 10xxxxxx */
		return 2;
	return 1;
}

/* s[0..n) equals t[0..n): inline, as most candidates differ in the first
 * bytes after the key. */
static int same_bytes(const char *s, const char *t, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != t[i])
			return 0;
	return 1;
}

uint64_t text_set_scan(const struct text_set *set, const char *hay, size_t hn, long *ends)
{
	const unsigned char *u = (const unsigned char *)hay;
	uint64_t found = 0;
	for (size_t i = 0; i + 3 <= hn;) {
		uint32_t key = key3(u + i);
		for (int p = set->head[bucket_of(key)]; p >= 0; p = set->next[p]) {
			size_t n = set->n[p];
			if (set->key[p] == key && n <= hn - i && same_bytes(hay + i + 3, set->s[p] + 3, n - 3)) {
				found |= (uint64_t)1 << p;
				ends[p] = (long)(i + n);
			}
		}
		i += advance(key);
	}
	return found;
}
