/* hashmap.c - interning hash table (see hashmap.h). */
#include "hashmap.h"
#include "buf.h"
#include "diag.h"

#include <stdlib.h>
#include <string.h>

void hm_init(struct hashmap *h)
{
	memset(h, 0, sizeof *h);
	h->mask = 63;
	h->slots = xcalloc(h->mask + 1, sizeof *h->slots);
}

void hm_free(struct hashmap *h)
{
	free(h->slots);
	free(h->off);
	free(h->len);
	free(h->text);
	memset(h, 0, sizeof *h);
}

static inline uint64_t mix(uint64_t x)
{
	x ^= x >> 32;
	x *= 0xd6e8feb86659fd93ULL;
	x ^= x >> 32;
	x *= 0xd6e8feb86659fd93ULL;
	x ^= x >> 32;
	return x;
}

uint64_t hm_hash(const void *key, size_t len)
{
	const unsigned char *p = key;
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ (len * 0xff51afd7ed558ccdULL);
	while (len >= 8) {
		uint64_t w;
		memcpy(&w, p, 8);
		h = (h ^ mix(w)) * 0x9fb21c651e98df25ULL;
		p += 8;
		len -= 8;
	}
	if (len > 0) {
		uint64_t w = 0;
		memcpy(&w, p, len);
		h = (h ^ mix(w ^ ((uint64_t)len << 56))) * 0x9fb21c651e98df25ULL;
	}
	return mix(h);
}

static inline int same(const struct hashmap *h, size_t id, const void *key, size_t len)
{
	return h->len[id] == len && memcmp(h->text + h->off[id], key, len) == 0;
}

/* The slot holding key, or the empty slot where it belongs. */
static size_t probe(const struct hashmap *h, uint64_t hash, const void *key, size_t len)
{
	uint64_t tag = hash >> 32 << 32;
	size_t i = (size_t)hash & h->mask;
	for (;;) {
		uint64_t s = h->slots[i];
		if (s == 0)
			return i;
		if ((s & 0xFFFFFFFF00000000ULL) == tag && same(h, (size_t)(s & 0xFFFFFFFFu) - 1, key, len))
			return i;
		i = (i + 1) & h->mask;
	}
}

long hm_find(const struct hashmap *h, const void *key, size_t len)
{
	uint64_t s = h->slots[probe(h, hm_hash(key, len), key, len)];
	return s ? (long)(s & 0xFFFFFFFFu) - 1 : -1;
}

static void grow_table(struct hashmap *h)
{
	size_t nslots = (h->mask + 1) * 2;
	uint64_t *old = h->slots;
	size_t oldn = h->mask + 1;
	h->slots = xcalloc(nslots, sizeof *h->slots);
	h->mask = nslots - 1;
	for (size_t i = 0; i < oldn; i++) {
		if (!old[i])
			continue;
		size_t id = (size_t)(old[i] & 0xFFFFFFFFu) - 1;
		uint64_t hash = hm_hash(h->text + h->off[id], h->len[id]);
		size_t j = (size_t)hash & h->mask;
		while (h->slots[j])
			j = (j + 1) & h->mask;
		h->slots[j] = old[i];
	}
	free(old);
}

size_t hm_intern(struct hashmap *h, const void *key, size_t len, int *added)
{
	uint64_t hash = hm_hash(key, len);
	size_t i = probe(h, hash, key, len);
	if (h->slots[i]) {
		if (added)
			*added = 0;
		return (size_t)(h->slots[i] & 0xFFFFFFFFu) - 1;
	}
	if (h->n >= 0xFFFFFFFEu)
		die("too many distinct keys");
	size_t id = h->n++;
	if (id == h->cap) {
		h->cap = h->cap ? h->cap * 2 : 64;
		h->off = xrealloc(h->off, h->cap * sizeof *h->off);
		h->len = xrealloc(h->len, h->cap * sizeof *h->len);
	}
	if (h->text_cap - h->text_len < len + 1) {
		size_t cap = h->text_cap ? h->text_cap : 1024;
		while (cap - h->text_len < len + 1)
			cap *= 2;
		h->text = xrealloc(h->text, cap);
		h->text_cap = cap;
	}
	h->off[id] = h->text_len;
	h->len[id] = len;
	if (len)
		memcpy(h->text + h->text_len, key, len);
	h->text[h->text_len + len] = '\0';
	h->text_len += len + 1;
	h->slots[i] = (hash >> 32 << 32) | (uint64_t)(id + 1);
	if (h->n * 2 > h->mask + 1)
		grow_table(h);
	if (added)
		*added = 1;
	return id;
}

const char *hm_key(const struct hashmap *h, size_t id)
{
	return h->text + h->off[id];
}

size_t hm_keylen(const struct hashmap *h, size_t id)
{
	return h->len[id];
}
