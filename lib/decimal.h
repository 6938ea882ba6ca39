/* decimal.h - exact decimal numbers for sums and differences.
 *
 * A value is an integer mantissa with a decimal scale (12.35 = 1235, 2).
 * Every operation detects overflow of the 64-bit mantissa instead of
 * rounding: sums are exact or they are errors.  No floating point. */
#ifndef GIPA_DECIMAL_H
#define GIPA_DECIMAL_H

#include <stddef.h>
#include <stdint.h>

#define DEC_MAX_SCALE 18

struct dec {
	int64_t m;   /* mantissa */
	int scale;   /* digits after the point, 0..DEC_MAX_SCALE */
};

/* Parse an optional '-' or '+', digits, optional '.' and digits.  Returns
 * 0, or -1 when s is not such a number or does not fit. */
int dec_parse(const char *s, size_t n, struct dec *d);

/* Bring d to a larger scale.  -1 on overflow. */
int dec_rescale(struct dec *d, int scale);

/* r = a + b, r = a - b at the larger scale of the two.  -1 on overflow. */
int dec_add(struct dec a, struct dec b, struct dec *r);
int dec_sub(struct dec a, struct dec b, struct dec *r);

/* Compare numerically: <0, 0, >0.  Assumes no overflow at common scale
 * (falls back to comparing the integer parts). */
int dec_cmp(struct dec a, struct dec b);

/* Write d with exactly d.scale decimals into out (at least 42 bytes);
 * returns the length. */
size_t dec_format(struct dec d, char *out);

/* Percent change 100*(b-a)/a rounded half away from zero to one decimal,
 * written into out ("12.5", "-3.0").  Returns -1 when a is 0. */
int dec_pct(struct dec a, struct dec b, char *out, size_t outsz);

#endif
