/* diffname.c - place-prefix relation between agency names (see diffname.h). */
#include "diffname.h"
#include "buf.h"
#include "utf8.h"

#include <stdint.h>
#include <string.h>

static int place_suffix(int32_t cp)
{
	switch (cp) {
	case 0x7701: /* 省 */
	case 0x5E02: /* 市 */
	case 0x533A: /* 区 */
	case 0x53BF: /* 县 */
	case 0x5DDE: /* 州 */
	case 0x76DF: /* 盟 */
	case 0x65D7: /* 旗 */
	case 0x9547: /* 镇 */
	case 0x4E61: /* 乡 */
		return 1;
	default:
		return 0;
	}
}

size_t diffname_cuts(const char *s, size_t n, size_t *off, size_t max)
{
	size_t got = 0, i = 0, chars = 0;
	/* Count the characters once so the "at least two left" rule is cheap. */
	size_t total = 0;
	for (size_t j = 0; j < n; total++) {
		int32_t cp;
		j += utf8_decode(s + j, n - j, &cp);
	}
	while (i < n && got < max) {
		int32_t cp;
		i += utf8_decode(s + i, n - i, &cp);
		chars++;
		if (chars >= 2 && total - chars >= 2 && place_suffix(cp))
			off[got++] = i;
	}
	return got;
}

void diffname_normalise(const char *s, size_t n, struct buf *out)
{
	struct buf t = BUF_INIT;
	utf8_nfkc(s, n, &t);
	for (size_t i = 0; i < t.len;) {
		int32_t cp;
		size_t k = utf8_decode(t.p + i, t.len - i, &cp);
		if (!(cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0))
			buf_add(out, t.p + i, k);
		i += k;
	}
	if (out->len == 0)
		buf_add(out, "", 0);
	buf_free(&t);
}
