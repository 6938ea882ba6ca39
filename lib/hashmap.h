/* hashmap.h - byte strings to dense ids: an interning hash table.
 *
 * Every distinct key gets the next id, 0, 1, 2, ... in order of first
 * insertion.  Callers keep whatever they know about a key in their own
 * arrays, indexed by id, and can walk the keys in first-seen order, so an
 * output built from a map never depends on hashing (byte-identical runs).
 * Composite keys (an agency and a key, a report and a year) are made by
 * joining fields with a byte that cannot occur in them, such as TAB.
 *
 * Keys are arbitrary bytes (NUL allowed), copied into the map and stored
 * NUL-terminated.  Open addressing with linear probing over a power-of-two
 * table kept at most half full; a slot holds the id and 32 bits of the
 * key's hash, so a probe rarely touches key text that does not match.
 * Allocation failure is fatal (exit 2), as everywhere in gipa.  At most
 * 2^32 - 2 keys.
 *
 *     struct hashmap m;
 *     hm_init(&m);
 *     int added;
 *     size_t id = hm_intern(&m, "apply.new.total", 15, &added);
 *     long same = hm_find(&m, "apply.new.total", 15);      // == id
 *     const char *k = hm_key(&m, id);                     // "apply.new.total"
 *     hm_free(&m);
 */
#ifndef GIPA_HASHMAP_H
#define GIPA_HASHMAP_H

#include <stddef.h>
#include <stdint.h>

struct hashmap {
	uint64_t *slots;  /* (hash >> 32) << 32 | (id + 1); 0 is an empty slot */
	size_t mask;      /* number of slots - 1 */
	size_t n;         /* number of keys */
	size_t cap;       /* room in off[] and len[] */
	size_t *off;      /* where key i starts in text */
	size_t *len;      /* length of key i */
	char *text;       /* all keys, each followed by a NUL */
	size_t text_len;
	size_t text_cap;
};

void hm_init(struct hashmap *h);
void hm_free(struct hashmap *h);

/* The hash the map uses (64 bits, not cryptographic). */
uint64_t hm_hash(const void *key, size_t len);

/* Id of key, or -1 when absent. */
long hm_find(const struct hashmap *h, const void *key, size_t len);

/* Id of key, inserting it when absent; *added (may be NULL) tells which. */
size_t hm_intern(struct hashmap *h, const void *key, size_t len, int *added);

/* Key text of an id, NUL-terminated.  Valid until the next insertion. */
const char *hm_key(const struct hashmap *h, size_t id);
size_t hm_keylen(const struct hashmap *h, size_t id);

/* Number of keys (the next id). */
static inline size_t hm_count(const struct hashmap *h)
{
	return h->n;
}

#endif
