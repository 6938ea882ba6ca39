/* decimal.c - exact fixed-point decimal arithmetic. */
#include "decimal.h"

#include <stdio.h>
#include <string.h>

int dec_parse(const char *s, size_t n, struct dec *d)
{
	/* The common case first: 1 to 18 digits and nothing else (below
	 * 10^18, so no overflow check). */
	if (n - 1 < 18) {
		uint64_t v = 0;
		size_t j = 0;
		for (; j < n; j++) {
			unsigned c = (unsigned char)s[j] - (unsigned)'0';
			if (c > 9)
				break;
			v = v * 10 + c;
		}
		if (j == n) {
			d->m = (int64_t)v;
			d->scale = 0;
			return 0;
		}
	}
	size_t i = 0;
	int neg = 0;
	if (i < n && (s[i] == '-' || s[i] == '+'))
		neg = s[i++] == '-';
	/* the magnitude as unsigned, so that -9223372036854775808 fits */
	uint64_t m = 0;
	int digits = 0, scale = -1;
	for (; i < n; i++) {
		char c = s[i];
		if (c == '.' && scale < 0) {
			scale = 0;
			continue;
		}
		if (c < '0' || c > '9')
			return -1;
		if (__builtin_mul_overflow(m, 10, &m) || __builtin_add_overflow(m, (uint64_t)(c - '0'), &m))
			return -1;
		digits++;
		if (scale >= 0 && ++scale > DEC_MAX_SCALE)
			return -1;
	}
	if (digits == 0 || scale == 0) /* "", "-", "5." */
		return -1;
	if (m > (uint64_t)INT64_MAX + (neg ? 1u : 0u))
		return -1;
	d->m = neg ? (int64_t)(0 - m) : (int64_t)m;
	d->scale = scale < 0 ? 0 : scale;
	return 0;
}

int dec_rescale(struct dec *d, int scale)
{
	while (d->scale < scale) {
		if (__builtin_mul_overflow(d->m, 10, &d->m))
			return -1;
		d->scale++;
	}
	return 0;
}

int dec_add(struct dec a, struct dec b, struct dec *r)
{
	int s = a.scale > b.scale ? a.scale : b.scale;
	if (dec_rescale(&a, s) < 0 || dec_rescale(&b, s) < 0)
		return -1;
	if (__builtin_add_overflow(a.m, b.m, &r->m))
		return -1;
	r->scale = s;
	return 0;
}

int dec_sub(struct dec a, struct dec b, struct dec *r)
{
	int s = a.scale > b.scale ? a.scale : b.scale;
	if (dec_rescale(&a, s) < 0 || dec_rescale(&b, s) < 0)
		return -1;
	if (__builtin_sub_overflow(a.m, b.m, &r->m))
		return -1;
	r->scale = s;
	return 0;
}

int dec_cmp(struct dec a, struct dec b)
{
	struct dec x = a, y = b;
	int s = a.scale > b.scale ? a.scale : b.scale;
	if (dec_rescale(&x, s) == 0 && dec_rescale(&y, s) == 0)
		return (x.m > y.m) - (x.m < y.m);
	/* Overflow at the common scale: compare the integer parts. */
	int64_t ia = a.m, ib = b.m;
	for (int i = 0; i < a.scale; i++)
		ia /= 10;
	for (int i = 0; i < b.scale; i++)
		ib /= 10;
	return (ia > ib) - (ia < ib);
}

size_t dec_format(struct dec d, char *out)
{
	char digits[32];
	uint64_t u = d.m < 0 ? (uint64_t)0 - (uint64_t)d.m : (uint64_t)d.m;
	int n = snprintf(digits, sizeof digits, "%llu", (unsigned long long)u);
	size_t o = 0;
	if (d.m < 0)
		out[o++] = '-';
	if (d.scale == 0) {
		memcpy(out + o, digits, (size_t)n);
		o += (size_t)n;
	} else {
		int intlen = n - d.scale;
		if (intlen <= 0) {
			out[o++] = '0';
			out[o++] = '.';
			for (int i = 0; i < -intlen; i++)
				out[o++] = '0';
			memcpy(out + o, digits, (size_t)n);
			o += (size_t)n;
		} else {
			memcpy(out + o, digits, (size_t)intlen);
			o += (size_t)intlen;
			out[o++] = '.';
			memcpy(out + o, digits + intlen, (size_t)d.scale);
			o += (size_t)d.scale;
		}
	}
	out[o] = '\0';
	return o;
}

int dec_pct(struct dec a, struct dec b, char *out, size_t outsz)
{
	if (a.m == 0)
		return -1;
	struct dec diff;
	if (dec_sub(b, a, &diff) < 0)
		return -1;
	/* pct*10 = round(1000 * diff / a) computed in 128 bits at common scale. */
	int s = diff.scale > a.scale ? diff.scale : a.scale;
	struct dec x = diff, y = a;
	if (dec_rescale(&x, s) < 0 || dec_rescale(&y, s) < 0)
		return -1;
	__int128 num = (__int128)x.m * 1000, den = y.m;
	int neg = (num < 0) != (den < 0);
	if (num < 0)
		num = -num;
	if (den < 0)
		den = -den;
	__int128 q = (num * 2 + den) / (den * 2); /* half away from zero */
	/* q may pass 2^63 (a ratio past 10^15): write it in 128 bits. */
	char digits[48];
	int n = 0;
	do {
		digits[n++] = (char)('0' + (int)(q % 10));
		q /= 10;
	} while (q);
	if (n == 1)
		digits[n++] = '0'; /* "0.5", not ".5" */
	char tmp[52];
	size_t o = 0;
	if (neg && !(n == 2 && digits[0] == '0' && digits[1] == '0'))
		tmp[o++] = '-';
	for (int i = n - 1; i >= 1; i--)
		tmp[o++] = digits[i];
	tmp[o++] = '.';
	tmp[o++] = digits[0];
	tmp[o] = '\0';
	snprintf(out, outsz, "%s", tmp);
	return 0;
}
