/* meta.c - headings, agency, year and the metadata of SCHEMA.md §7.
 *
 * Works on "squeezed" lines: NFKC text with all white space removed.  Each
 * item is taken only from a statement that says it plainly; an agency is
 * never made up from a shortened self-reference (我局, 区卫生健康局). */
#include "report.h"
#include "fold.h"
#include "textsearch.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SEC1_MAX (16 * 1024)
#define SEC6_MAX (8 * 1024)

static int starts(const char *s, size_t n, const char *lit)
{
	size_t k = strlen(lit);
	return n >= k && memcmp(s, lit, k) == 0;
}

static int ends(const char *s, size_t n, const char *lit)
{
	size_t k = strlen(lit);
	return n >= k && memcmp(s + n - k, lit, k) == 0;
}

static const char *find(const char *s, size_t n, const char *lit)
{
	return text_find(s, n, lit, strlen(lit));
}

static int has(const char *s, size_t n, const char *lit)
{
	return find(s, n, lit) != NULL;
}

/* Characters in s[0..n): the bytes that are not continuation bytes
 * (10xxxxxx), those counted eight at a time. */
static size_t nchars(const char *s, size_t n)
{
	size_t cont = 0, i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		/* bit 7 of each byte set in a continuation byte (bit 6, shifted
		 * up into it, clear); the multiplication sums them in the top
		 * byte */
		uint64_t m = w & ~(w << 1) & 0x8080808080808080ull;
		cont += (size_t)(((m >> 7) * 0x0101010101010101ull) >> 56);
	}
	for (; i < n; i++)
		cont += ((unsigned char)s[i] & 0xC0) == 0x80;
	return n - cont;
}

/* ---- headings -------------------------------------------------------------- */

static const char *const numerals[] = {"一", "二", "三", "四", "五", "六"};

/* Section numeral at the start: 1..6, 0 none, -1 a lost numeral ("、…"). */
static int numeral(const char **s, size_t *n)
{
	/* every numeral and 、 is a three-byte character led by 0xE3..0xE5 */
	unsigned char c = *n >= 3 ? (unsigned char)**s : 0;
	if (c < 0xE3 || c > 0xE5)
		return 0;
	for (int k = 0; k < 6; k++) {
		if (memcmp(*s, numerals[k], 3) == 0) {
			const char *p = *s + 3;
			size_t m = *n - 3;
			if (starts(p, m, "、") || starts(p, m, "，")) {
				*s = p + 3; *n = m - 3;
				return k + 1;
			}
			if (starts(p, m, ".") || starts(p, m, ",") || starts(p, m, " ")) {
				*s = p + 1; *n = m - 1;
				return k + 1;
			}
			return 0;
		}
	}
	if (starts(*s, *n, "、")) {
		*s += 3;
		*n -= 3;
		return -1;
	}
	return 0;
}

static int heading_words(const char *t, size_t n, const char *s, size_t m, int k);

/* The section a heading line opens (1..6), or 0.  t is folded text. */
int meta_heading(const char *t, size_t n)
{
	while (n > 0 && (*t == '#' || *t == '*' || *t == '>')) {
		t++;
		n--;
	}
	while (n > 0 && (t[n - 1] == '*' || t[n - 1] == ':'))
		n--;
	if (n == 0 || t[0] == '(')
		return 0;
	const char *s = t;
	size_t m = n;
	int k = numeral(&s, &m);
	/* without a numeral, only a short line ending as headings end can be
	 * one; these tests are cheap and reject nearly every line, so they
	 * come before the scans of the whole line */
	if (k == 0 && !(ends(s, m, "情况") || ends(s, m, "事项") || ends(s, m, "概述")))
		return 0; /* (总体情况 ends in 情况) */
	return heading_words(t, n, s, m, k);
}

/* meta_heading for a line that may be a heading: t[0..n) the line, s[0..m)
 * after its numeral k.  Not inline: meta_heading, run on every line, needs
 * fewer registers without it. */
static __attribute__((noinline)) int heading_words(const char *t, size_t n, const char *s, size_t m, int k)
{
	if (nchars(t, n) > 40 || has(t, n, "。"))
		return 0;
	if (k == 1 || (k == 0 && m <= 12))
		if (starts(s, m, "总体情况") || starts(s, m, "概述"))
			return 1;
	if ((k == 2 || k <= 0) && has(s, m, "主动公开政府信息") && ends(s, m, "情况"))
		return 2;
	if ((k == 3 || k <= 0) && has(s, m, "收到和处理政府信息公开申请"))
		return 3;
	if ((k == 4 || k <= 0) && has(s, m, "行政复议") && has(s, m, "行政诉讼") &&
	    (k != 0 || ends(s, m, "情况")))
		return 4;
	if (k == 5 && (has(s, m, "问题") || has(s, m, "改进") || has(s, m, "不足")))
		return 5;
	if (k == 6 && has(s, m, "其他"))
		return 6;
	if (k == 0 && starts(s, m, "其他需要报告的事项"))
		return 6;
	return 0;
}

/* ---- agency names and titles ------------------------------------------------ */

/* Every suffix is one three-byte character. */
static const char *const suffixes[] = {
	"局", "委", "会", "办", "厅", "部", "院", "府", "心", "所", "站", "队", "署", "处",
	"馆", "社", "镇", "乡", "道", "室", "司", "校", "团", "区", "县", "市", "州", "旗",
	"盟", "庭", "组", "行", NULL,
};

/* Words an agency name never has (besides , : ; ! ? | and digits). */
static const char *const agency_bad[] = {"，", "。", "：", "；", "！", "？", "、", "报告", "情况", "《", NULL};

/* Words a title has, or must not have, by bit. */
static const char *const title_words[] = {"报告", "信息公开", "政务公开", "。", "《", NULL};
enum { TW_REPORT = 1, TW_XXGK = 2, TW_ZWGK = 4, TW_STOP = 8, TW_BOOK = 16 };

/* The word lists above as sets, each found in one pass over a line. */
static struct text_set agency_bad_set, title_set;

static void add_words(struct text_set *set, const char *const *words)
{
	text_set_init(set);
	for (int i = 0; words[i]; i++)
		text_set_add_fixed(set, words[i]);
}

static void word_sets(void)
{
	static int ready;
	if (ready)
		return;
	add_words(&agency_bad_set, agency_bad);
	add_words(&title_set, title_words);
	ready = 1;
}

static int agency_suffix(const char *s, size_t n)
{
	if (n < 3)
		return 0;
	for (int i = 0; suffixes[i]; i++)
		if (memcmp(s + n - 3, suffixes[i], 3) == 0)
			return 1;
	return 0;
}

static int bad_ascii(char c)
{
	return c == ',' || c == ':' || c == ';' || c == '!' || c == '?' || c == '|' ||
	       (c >= '0' && c <= '9');
}

int meta_is_agency(const char *s, size_t n)
{
	/* the cheap tests first: most lines have no agency's suffix */
	if (!agency_suffix(s, n))
		return 0;
	size_t c = nchars(s, n);
	if (c < 3 || c > 40)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (bad_ascii(s[i]))
			return 0;
	long ends[TEXT_SET_MAX];
	word_sets();
	return text_set_scan(&agency_bad_set, s, n, ends) == 0;
}

int meta_is_title(const char *s, size_t n)
{
	while (n > 0 && (*s == '#' || *s == '*')) {
		s++;
		n--;
	}
	/* a title is short: the paragraphs after the tables, asked about
	 * each, are not searched */
	if (n > 60 * 4 || nchars(s, n) > 60)
		return 0;
	if (starts(s, n, "根据") || starts(s, n, "按照") || starts(s, n, "现将"))
		return 0;
	long ends[TEXT_SET_MAX];
	word_sets();
	uint64_t w = text_set_scan(&title_set, s, n, ends);
	return (w & TW_REPORT) && (w & (TW_XXGK | TW_ZWGK)) && !(w & (TW_STOP | TW_BOOK));
}

/* First "YYYY年" in s: the year, and where its text starts and ends. */
static int year_at(const char *s, size_t n, size_t *at, size_t *after)
{
	for (size_t i = 0; i + 7 <= n; i++) {
		if (s[i] < '0' || s[i] > '9' || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9'))
			continue;
		size_t j = i;
		while (j < n && s[j] >= '0' && s[j] <= '9')
			j++;
		if (j - i == 4 && starts(s + j, n - j, "年")) {
			int y = atoi(s + i);
			if (y >= 1990 && y <= 2100) {
				*at = i;
				*after = j + 3;
				return y;
			}
		}
	}
	return 0;
}

/* ---- dates ------------------------------------------------------------------ */

/* A Chinese digit 〇/零/一 … 九 (or a letter O standing for 〇) at s: its
 * value, or -1. */
static int cn_digit(const char *s, size_t n, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;
	if (n >= 1 && (u[0] == 'O' || u[0] == 'o')) {
		*len = 1;
		return 0;
	}
	/* the digits' third bytes differ in their low six bits: most
	 * characters stop at this test */
	static const uint64_t last = 1ull << (0x87 & 63) | 1ull << (0xB6 & 63) | 1ull << (0x80 & 63) |
				     1ull << (0x8C & 63) | 1ull << (0x89 & 63) | 1ull << (0x9B & 63) |
				     1ull << (0x94 & 63) | 1ull << (0xAD & 63) | 1ull << (0x83 & 63) |
				     1ull << (0xAB & 63) | 1ull << (0x9D & 63);
	if (n < 3 || u[0] < 0xE3 || u[0] > 0xE9 || !(last >> (u[2] & 63) & 1))
		return -1;
	int v = -1;
	/* by their UTF-8 bytes: one switch, as this runs on every character
	 * of a line that may state the period */
	switch ((uint32_t)u[0] << 16 | (uint32_t)u[1] << 8 | u[2]) {
	case 0xE38087: v = 0; break; /* 〇 */
	case 0xE99BB6: v = 0; break; /* 零 */
	case 0xE4B880: v = 1; break; /* 一 */
	case 0xE4BA8C: v = 2; break; /* 二 */
	case 0xE4B889: v = 3; break; /* 三 */
	case 0xE59B9B: v = 4; break; /* 四 */
	case 0xE4BA94: v = 5; break; /* 五 */
	case 0xE585AD: v = 6; break; /* 六 */
	case 0xE4B883: v = 7; break; /* 七 */
	case 0xE585AB: v = 8; break; /* 八 */
	case 0xE4B99D: v = 9; break; /* 九 */
	}
	if (v >= 0)
		*len = 3;
	return v;
}

/* A number 1..31 in Chinese numerals: 一, 十, 十二, 二十, 二十一, 三十一. */
static int cn_small(const char *s, size_t n, size_t *len)
{
	size_t i = 0, k;
	int v = 0, tens = -1;
	int d = cn_digit(s, n, &k);
	if (d > 0) {
		v = d;
		i += k;
	}
	if (starts(s + i, n - i, "十")) {
		tens = v ? v : 1;
		i += 3;
		v = 0;
		d = cn_digit(s + i, n - i, &k);
		if (d > 0) {
			v = d;
			i += k;
		}
		v += tens * 10;
	}
	if (i == 0)
		return -1;
	*len = i;
	return v;
}

static int ascii_num(const char *s, size_t n, size_t *len, int maxdigits)
{
	size_t i = 0;
	int v = 0;
	while (i < n && (int)i < maxdigits && s[i] >= '0' && s[i] <= '9')
		v = v * 10 + (s[i++] - '0');
	if (i == 0)
		return -1;
	*len = i;
	return v;
}

static int valid_date(int y, int m, int d)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= mdays[m - 1] &&
	       !(m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

/* "YYYY-MM-DD" (no NUL) at out from a date valid_date accepted; returns
 * the end. */
#define DATE_SIZE sizeof "YYYY-MM-DD"
static char *put_date(char *out, int y, int m, int d)
{
	out = put_decimal(out, (unsigned long)y, 4);
	*out++ = '-';
	out = put_decimal(out, (unsigned long)m, 2);
	*out++ = '-';
	return put_decimal(out, (unsigned long)d, 2);
}

/* s into out as snprintf(out, outsz, "%s", s) puts it. */
static void put_str(char *out, size_t outsz, const char *s)
{
	size_t n = strnlen(s, outsz - 1);
	memcpy(out, s, n);
	out[n] = '\0';
}

/* Parse a date at s: 2025年1月10日, 二〇二五年一月二十日, 2025-01-10, 2025.1.10,
 * 2025/1/10.  Returns the bytes used, 0 if none. */
static size_t parse_date(const char *s, size_t n, int *y, int *m, int *d)
{
	size_t i = 0, k;
	int yy = ascii_num(s, n, &k, 4);
	if (yy >= 0 && k == 4) {
		i = k;
		const char *seps[] = {"年", "-", ".", "/", NULL};
		for (int sidx = 0; seps[sidx]; sidx++) {
			const char *sep = seps[sidx];
			size_t j = i;
			if (!starts(s + j, n - j, sep))
				continue;
			j += strlen(sep);
			int mm = ascii_num(s + j, n - j, &k, 2);
			if (mm < 0)
				continue;
			j += k;
			const char *sep2 = sidx == 0 ? "月" : sep;
			if (!starts(s + j, n - j, sep2))
				continue;
			j += strlen(sep2);
			int dd = ascii_num(s + j, n - j, &k, 2);
			if (dd < 0)
				continue;
			j += k;
			if (sidx == 0) {
				if (!starts(s + j, n - j, "日") && !starts(s + j, n - j, "号"))
					continue;
				j += 3;
			}
			if (!valid_date(yy, mm, dd))
				continue;
			*y = yy; *m = mm; *d = dd;
			return j;
		}
		return 0;
	}
	/* Chinese numerals: four digits, 年, month, 月, day, 日 */
	yy = 0;
	for (int c = 0; c < 4; c++) {
		int dg = cn_digit(s + i, n - i, &k);
		if (dg < 0)
			return 0;
		yy = yy * 10 + dg;
		i += k;
	}
	if (!starts(s + i, n - i, "年"))
		return 0;
	i += 3;
	int mm = cn_small(s + i, n - i, &k);
	if (mm < 0)
		return 0;
	i += k;
	if (!starts(s + i, n - i, "月"))
		return 0;
	i += 3;
	int dd = cn_small(s + i, n - i, &k);
	if (dd < 0)
		return 0;
	i += k;
	if (!starts(s + i, n - i, "日"))
		return 0;
	i += 3;
	if (!valid_date(yy, mm, dd))
		return 0;
	*y = yy; *m = mm; *d = dd;
	return i;
}

/* The whole line is one date (a signature date line): put it in iso. */
static int date_line(const char *s, size_t n, char iso[static DATE_SIZE])
{
	int y, m, d;
	size_t k = parse_date(s, n, &y, &m, &d);
	if (k == 0 || k != n)
		return 0;
	*put_date(iso, y, m, d) = '\0';
	return 1;
}

/* First date anywhere in s (after position from). */
static size_t scan_date(const char *s, size_t n, size_t from, int *y, int *m, int *d, size_t *end)
{
	for (size_t i = from; i < n; i++) {
		size_t dl;
		if (((unsigned char)s[i] & 0xC0) == 0x80)
			continue; /* inside a character: most bytes of Chinese text */
		if (!(s[i] >= '0' && s[i] <= '9') && cn_digit(s + i, n - i, &dl) < 0)
			continue;
		size_t k = parse_date(s + i, n - i, y, m, d);
		if (k) {
			*end = i + k;
			return i + 1;
		}
	}
	return 0;
}

/* ---- per line ---------------------------------------------------------------- */

static void bounded_add(struct buf *b, const char *s, size_t n, size_t max)
{
	if (b->len + n <= max)
		buf_add(b, s, n);
}

static void copy_line(char *dst, size_t dstsz, const char *s, size_t n)
{
	if (n >= dstsz)
		n = dstsz - 1;
	/* do not cut a character in half */
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80 && n < dstsz - 1 + 1)
		n--;
	/* memmove: GCC puts a memcpy of a bounded length inline as rep movsq,
	 * slow to start; libc's copy of a line (a few dozen bytes) is quicker
	 * (this runs on every line) */
	memmove(dst, s, n);
	dst[n] = '\0';
}

static void strip_markup(const char **s, size_t *n)
{
	while (*n > 0 && (**s == '#' || **s == '*' || **s == '>')) {
		(*s)++;
		(*n)--;
	}
	while (*n > 0 && ((*s)[*n - 1] == '*' || (*s)[*n - 1] == '#'))
		(*n)--;
}

void meta_line(struct report *r, const char *s, size_t n, unsigned long lineno)
{
	(void)lineno;
	strip_markup(&s, &n);
	if (n == 0)
		return;
	if (r->section == 0 && r->title_lines < 12) {
		buf_add(&r->title, s, n);
		buf_addc(&r->title, '\n');
		r->title_lines++;
	}
	if (r->section == 1)
		bounded_add(&r->sec1, s, n, SEC1_MAX);
	if (r->section == 6)
		bounded_add(&r->sec6, s, n, SEC6_MAX);

	/* statistics period: 统计期限为2024年1月1日至2024年12月31日, maybe
	 * wrapped onto the next line */
	char joined[1024];
	const char *ps = s;
	size_t pn = n;
	/* the period is stated in the introduction, in 一 or in 六, not inside a table */
	int look = !r->period[0] && (r->section <= 1 || r->section >= 5);
	int stat_here = look && has(s, n, "统计");
	if (look && !stat_here && r->prev_has_stat && strlen(r->prev_line) + n < sizeof joined) {
		size_t pl = strlen(r->prev_line);
		memcpy(joined, r->prev_line, pl);
		memcpy(joined + pl, s, n);
		ps = joined;
		pn = pl + n;
	}
	if (look && (stat_here || ps == joined)) {
		int y1, m1, d1, y2, m2, d2;
		size_t e1, e2;
		size_t at = scan_date(ps, pn, 0, &y1, &m1, &d1, &e1);
		if (at && scan_date(ps, pn, e1, &y2, &m2, &d2, &e2) && e2 - e1 < 80) {
			_Static_assert(sizeof r->period >= 2 * DATE_SIZE, "a period is two dates");
			char *e = put_date(r->period, y1, m1, d1);
			*e++ = '/';
			*put_date(e, y2, m2, d2) = '\0';
			if (y1 == y2)
				r->period_year = y1;
		}
	}
	/* web page header: 发布日期: 2021-01-20, 发布时间:2021-01-25 17:46 */
	if (!r->web_date[0] && (starts(s, n, "发布日期") || starts(s, n, "发布时间") ||
				starts(s, n, "发文日期") || starts(s, n, "成文日期"))) {
		int y, m, d;
		size_t e;
		_Static_assert(sizeof r->web_date >= DATE_SIZE, "a date");
		if (scan_date(s, n, 0, &y, &m, &d, &e))
			*put_date(r->web_date, y, m, d) = '\0';
	}
	/* signature: an agency line, then a date line (from section 五 on) */
	char iso[sizeof r->date];
	_Static_assert(sizeof r->date >= DATE_SIZE, "a date");
	if (r->section >= 5 && date_line(s, n, iso)) {
		memcpy(r->date, iso, sizeof r->date);
		if (meta_is_agency(r->prev_line, strlen(r->prev_line)))
			copy_line(r->sig_agency, sizeof r->sig_agency, r->prev_line, strlen(r->prev_line));
	}
	/* contact sentence: 请与<agency>(办公室)联系, at the end of a report */
	if (!r->contact_agency[0] && r->section >= 5) {
		const char *p = find(s, n, "请与");
		if (p) {
			p += strlen("请与");
			const char *q = find(p, n - (size_t)(p - s), "联系");
			if (q) {
				size_t len = (size_t)(q - p);
				static const char *const tails[] = {"政务公开办公室", "办公室", "综合科", "政务公开科", NULL};
				for (int i = 0; tails[i]; i++)
					if (ends(p, len, tails[i]) && len > strlen(tails[i])) {
						len -= strlen(tails[i]);
						break;
					}
				if (meta_is_agency(p, len))
					copy_line(r->contact_agency, sizeof r->contact_agency, p, len);
			}
		}
	}
	copy_line(r->prev_line, sizeof r->prev_line, s, n);
	r->prev_has_stat = stat_here;
	if (r->section >= 5 || r->section == 0) {
		int slot = r->ring_n % RING;
		copy_line(r->ring[slot], sizeof r->ring[slot], s, n);
		r->ring_n++;
	}
}

/* ---- at the end --------------------------------------------------------------- */

static void title_agency_year(const char *title, struct buf *agency, int *year)
{
	/* lines of the title block; find the title line */
	const char *lines[12];
	size_t lens[12];
	int nl = 0;
	const char *p = title;
	while (*p && nl < 12) {
		const char *e = strchr(p, '\n');
		if (!e)
			break;
		lines[nl] = p;
		lens[nl] = (size_t)(e - p);
		nl++;
		p = e + 1;
	}
	for (int i = 0; i < nl; i++) {
		const char *s = lines[i];
		size_t n = lens[i];
		char joined[1024];
		if (!meta_is_title(s, n) && i + 1 < nl && lens[i] + lens[i + 1] < sizeof joined) {
			/* a title wrapped over two lines */
			memcpy(joined, s, n);
			memcpy(joined + n, lines[i + 1], lens[i + 1]);
			if (!meta_is_title(joined, n + lens[i + 1]))
				continue;
			s = joined;
			n += lens[i + 1];
		} else if (!meta_is_title(s, n)) {
			continue;
		}
		size_t at, after;
		int y = year_at(s, n, &at, &after);
		if (y)
			*year = y;
		if (y && at > 0 && meta_is_agency(s, at)) {
			buf_add(agency, s, at);
		} else if (y) {
			const char *q = s + after;
			size_t m = n - after;
			if (starts(q, m, "度"))
				q += 3, m -= 3;
			const char *g = find(q, m, "政府信息公开");
			if (!g)
				g = find(q, m, "政务公开");
			if (g && meta_is_agency(q, (size_t)(g - q)))
				buf_add(agency, q, (size_t)(g - q));
		}
		if (agency->len == 0 && i > 0 && meta_is_agency(lines[i - 1], lens[i - 1]))
			buf_add(agency, lines[i - 1], lens[i - 1]);
		return;
	}
}

/* The first "YYYY年[度]，" of section 一: the year the narrative speaks of. */
static int narrative_year(const char *s, size_t n)
{
	for (size_t i = 0; i + 8 <= n; i++) {
		size_t at, after;
		int y = year_at(s + i, n - i, &at, &after);
		if (!y)
			return 0;
		const char *q = s + i + after;
		size_t m = n - i - after;
		if (starts(q, m, "度"))
			q += 3, m -= 3;
		if (starts(q, m, ",") || starts(q, m, "，"))
			return y;
		i += at;
	}
	return 0;
}

/* 主动公开政府信息128条(其中…): a stated total, not a breakdown. */
static void active_items(const char *s, size_t n, char *out, size_t outsz)
{
	const char *a = find(s, n, "(一)");
	const char *start = a ? a : s;
	const char *b = find(start + (a ? 4 : 0), n - (size_t)(start - s) - (a ? 4 : 0), "(二)");
	const char *end = b ? b : s + n;
	for (const char *p = start; p < end; p++) {
		if (*p < '0' || *p > '9' || (p > start && ((p[-1] >= '0' && p[-1] <= '9') || p[-1] == ',' ||
							  p[-1] == '.')))
			continue;
		const char *q = p;
		char digits[24];
		size_t nd = 0;
		while (q < end && ((*q >= '0' && *q <= '9') ||
				   (*q == ',' && q + 3 < end && q[1] >= '0' && q[1] <= '9' && q[2] >= '0' &&
				    q[2] <= '9' && q[3] >= '0' && q[3] <= '9' && (q + 4 >= end || q[4] < '0' || q[4] > '9')))) {
			if (*q != ',' && nd < sizeof digits - 1)
				digits[nd++] = *q;
			q++;
		}
		digits[nd] = '\0';
		size_t rest = (size_t)(end - q);
		if (starts(q, rest, "余") || starts(q, rest, "多"))
			continue; /* approximate */
		if (!starts(q, rest, "条") && !starts(q, rest, "件") && !starts(q, rest, "篇"))
			continue;
		const char *after = q + 3;
		size_t arest = (size_t)(end - after);
		if (!(arest == 0 || starts(after, arest, "。") || starts(after, arest, ";") ||
		      starts(after, arest, "；") || starts(after, arest, "(其中") ||
		      starts(after, arest, ",其中") || starts(after, arest, "(包括") ||
		      starts(after, arest, ",包括")))
			continue;
		/* the clause before the number */
		const char *c = p;
		while (c > start) {
			const char *prev = c - 1;
			while (prev > start && ((unsigned char)*prev & 0xC0) == 0x80)
				prev--;
			if (starts(prev, (size_t)(p - prev), "。") || *prev == ',' || *prev == ';' ||
			    *prev == ':' || starts(prev, (size_t)(p - prev), "；") ||
			    starts(prev, (size_t)(p - prev), "，") || starts(prev, (size_t)(p - prev), "："))
				break;
			c = prev;
		}
		size_t cl = (size_t)(p - c);
		if (has(c, cl, "其中"))
			continue;
		if (has(c, cl, "主动公开") || has(c, cl, "共") || has(c, cl, "累计") || has(c, cl, "合计") ||
		    has(c, cl, "总计")) {
			put_str(out, outsz, digits);
			return;
		}
	}
}

/* 未收取信息处理费 -> 0; 收取信息处理费380元 -> 380; 1.5万元 -> 15000. */
static void fee_yuan(const char *s, size_t n, char *out, size_t outsz)
{
	const char *f = find(s, n, "信息处理费");
	if (!f)
		return;
	const char *a = s, *b = f;
	for (const char *p = s; p < f; p++) {
		if (*p == ';')
			a = p + 1;
		else if (starts(p, (size_t)(f - p), "。") || starts(p, (size_t)(f - p), "；"))
			a = p + 3;
	}
	while (b < s + n && !starts(b, (size_t)(s + n - b), "。") && *b != ';' &&
	       !starts(b, (size_t)(s + n - b), "；"))
		b++;
	size_t m = (size_t)(b - a);
	for (const char *p = a; p < b; p++) {
		if (*p < '0' || *p > '9' || (p > a && ((p[-1] >= '0' && p[-1] <= '9') || p[-1] == '.')))
			continue;
		const char *q = p;
		while (q < b && ((*q >= '0' && *q <= '9') || *q == '.' || *q == ','))
			q++;
		size_t rest = (size_t)(b - q);
		int wan = starts(q, rest, "万元");
		if (!wan && !starts(q, rest, "元"))
			continue;
		char num[40];
		size_t k = 0;
		for (const char *x = p; x < q && k < sizeof num - 1; x++)
			if (*x != ',')
				num[k++] = *x;
		num[k] = '\0';
		if (wan) {
			/* shift the decimal point four places, exactly */
			char *dot = strchr(num, '.');
			char ip[40], fp[40];
			snprintf(ip, sizeof ip, "%.*s", dot ? (int)(dot - num) : (int)k, num);
			snprintf(fp, sizeof fp, "%s", dot ? dot + 1 : "");
			char frac[8] = "0000";
			size_t fl = strlen(fp);
			memcpy(frac, fp, fl < 4 ? fl : 4);
			char whole[96];
			snprintf(whole, sizeof whole, "%s%s", ip, frac);
			char *w = whole;
			while (w[0] == '0' && w[1])
				w++;
			if (fl > 4)
				snprintf(out, outsz, "%s.%s", w, fp + 4);
			else
				put_str(out, outsz, w);
		} else {
			put_str(out, outsz, num);
		}
		return;
	}
	if (has(a, m, "未收") || has(a, m, "没有收") || has(a, m, "不收") || has(a, m, "免收") ||
	    has(a, m, "无信息处理费") || has(a, m, "未产生") || has(a, m, "未发生") || has(a, m, "无收取"))
		put_str(out, outsz, "0");
}

int meta_title_year(const char *title)
{
	struct buf a = BUF_INIT;
	int y = 0;
	title_agency_year(title, &a, &y);
	buf_free(&a);
	return y;
}

void meta_finish(struct report *r, struct buf *agency, struct buf *year)
{
	int y = 0;
	title_agency_year(r->title.p ? r->title.p : "", agency, &y);
	if (agency->len == 0 && r->sig_agency[0])
		buf_adds(agency, r->sig_agency);
	if (agency->len == 0 && r->contact_agency[0])
		buf_adds(agency, r->contact_agency);
	if (!y)
		y = r->period_year;
	if (!y && r->sec1.len)
		y = narrative_year(r->sec1.p, r->sec1.len);
	if (y) {
		char d[16];
		buf_add(year, d, (size_t)(put_decimal(d, (unsigned long)y, 1) - d));
	}
}

void meta_values(struct report *r, char *items, size_t isz, char *fee, size_t fsz)
{
	items[0] = fee[0] = '\0';
	if (r->sec1.len)
		active_items(r->sec1.p, r->sec1.len, items, isz);
	if (r->sec6.len)
		fee_yuan(r->sec6.p, r->sec6.len, fee, fsz);
}
