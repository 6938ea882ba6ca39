/* unit.h - what the unit test programs share: a seeded pseudo-random
 * sequence (the same cases on every run and machine) and a hex dump for
 * the input of a failing case. */
#ifndef GIPA_UNIT_H
#define GIPA_UNIT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

static uint64_t rng = 0x2545F4914F6CDD1Dull; /* a test may seed it otherwise */

static inline uint64_t next(void) /* xorshift64* */
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 2685821657736338717ull;
}

/* 0 .. n-1 */
static inline size_t below(size_t n)
{
	return (size_t)(next() % n);
}

static inline void hex(const char *what, const char *s, size_t n)
{
	printf("  %s (%zu bytes):", what, n);
	for (size_t i = 0; i < n; i++)
		printf(" %02x", (unsigned char)s[i]);
	printf("\n");
}

#endif
