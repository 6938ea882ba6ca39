/* diffname.h - agency names that drift between years.
 *
 * The same agency may call itself 西区卫生健康局 one year and
 * 攀枝花市西区卫生健康局 the next.  Two names are *place-prefix related*
 * when the longer one is the shorter one with a leading place prefix: a
 * run of at least two characters whose last one is a place suffix
 * (省 市 区 县 州 盟 旗 镇 乡, which also covers 自治区, 自治州, 自治县,
 * 自治旗, 地区, 新区 ...), and the shorter name keeps at least two
 * characters.  Whether a related pair is also an unambiguous pairing is
 * decided by the caller, who knows every name. */
#ifndef GIPA_DIFFNAME_H
#define GIPA_DIFFNAME_H

#include <stddef.h>

struct buf;

#define DIFFNAME_MAXSUF 16

/* Byte offsets at which s[0..n) (valid UTF-8) can be cut after a place
 * prefix, shortest prefix first: s[off..n) is a name that s is related to.
 * Returns how many (at most max) were stored. */
size_t diffname_cuts(const char *s, size_t n, size_t *off, size_t max);

/* Append s normalised as the agency column is (NFKC, white space removed):
 * how names from a --names file are made comparable. */
void diffname_normalise(const char *s, size_t n, struct buf *out);

#endif
