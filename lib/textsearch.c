/* textsearch.c - substring search: glibc's memmem (two-way, vectorised) for
 * the first occurrence; a backward scan with an inline two-byte prefix test
 * for the last (labels are short, the test rejects nearly every position). */
#define _GNU_SOURCE
#include "textsearch.h"

#include <string.h>

const char *text_find(const char *hay, size_t hn, const char *needle, size_t nn)
{
	if (nn == 0 || nn > hn)
		return NULL;
	return memmem(hay, hn, needle, nn);
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
