/* bytes.h - bytes loaded as little-endian words, for the scans that look
 * at eight bytes at a time: the first byte is the lowest, so the lowest
 * flagged bit of a mask (ctz >> 3) names the first flagged byte on any
 * machine. */
#ifndef GIPA_BYTES_H
#define GIPA_BYTES_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline uint64_t load_le64(const void *s)
{
	uint64_t w;
	memcpy(&w, s, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	w = __builtin_bswap64(w);
#endif
	return w;
}

static inline uint32_t load_le32(const void *s)
{
	uint32_t w;
	memcpy(&w, s, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	w = __builtin_bswap32(w);
#endif
	return w;
}

/* A hash of s[0..n) for the memos of short texts (not for an adversary):
 * eight bytes at a time, the last eight overlapping the ones before. */
static inline uint64_t bytes_hash(const void *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	const uint64_t k = 0x9E3779B97F4A7C15ull;
	uint64_t h = (n + 1) * k;
	if (n < 8) {
		uint64_t w = 0;
		for (size_t i = 0; i < n; i++)
			w = w << 8 | u[i];
		h = (h ^ w) * k;
	} else {
		for (size_t i = 0; i + 8 < n; i += 8)
			h = (h ^ load_le64(u + i)) * k;
		h = (h ^ load_le64(u + n - 8)) * k;
	}
	return h ^ h >> 29;
}

#endif
