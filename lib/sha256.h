/* sha256.h - SHA-256 (FIPS 180-4), streaming.
 *
 * gipa-extract records the hash of each input's bytes as meta.sha256, so
 * that a report is known by its content however it was named or
 * downloaded (examples/cron/ uses it not to read a report twice). */
#ifndef GIPA_SHA256_H
#define GIPA_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct sha256 {
	uint32_t h[8];
	uint64_t bytes;         /* message length so far */
	unsigned char block[64];
	size_t fill;            /* bytes waiting in block */
};

void sha256_init(struct sha256 *s);
void sha256_update(struct sha256 *s, const void *data, size_t n);
/* Finish and write the 32-byte digest; s must be initialised again to
 * be reused. */
void sha256_final(struct sha256 *s, unsigned char digest[32]);
/* Finish and write the digest as 64 lower-case hex digits and a NUL. */
void sha256_final_hex(struct sha256 *s, char hex[65]);

#endif
