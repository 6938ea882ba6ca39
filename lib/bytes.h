/* bytes.h - bytes loaded as little-endian words, for the scans that look
 * at eight bytes at a time: the first byte is the lowest, so the lowest
 * flagged bit of a mask (ctz >> 3) names the first flagged byte on any
 * machine. */
#ifndef GIPA_BYTES_H
#define GIPA_BYTES_H

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

#endif
