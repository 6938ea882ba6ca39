/* sumread.c - rec_next with a one-pass, word-at-a-time line scan
 * (see sumread.h).  The checks and messages follow record.c exactly. */
#include "sumread.h"
#include "diag.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

static inline uint64_t has_zero(uint64_t v)
{
	return (v - ONES) & ~v & HIGHS;
}

/* Length of the valid UTF-8 sequence at s[0] (a byte >= 0x80), or 0.  The
 * same acceptance as utf8_invalid_at: no overlong forms, no surrogates,
 * nothing past U+10FFFF. */
static inline size_t utf8_seq(const unsigned char *s, size_t avail)
{
	unsigned char c = s[0];
	size_t k;
	uint32_t cp;
	if (c >= 0xC2 && c <= 0xDF) {
		k = 1;
		cp = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		k = 2;
		cp = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		k = 3;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (k >= avail)
		return 0;
	for (size_t j = 1; j <= k; j++) {
		if ((s[j] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[j] & 0x3F);
	}
	if ((k == 2 && cp < 0x800) || (k == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return k + 1;
}

int sum_scan_line(const char *str, size_t n, size_t *tab, int maxtabs, int *bad)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	int ntabs = 0;
	*bad = 0;
	for (;;) {
		/* Skip words of plain ASCII without TAB or NUL. */
		while (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if ((w & HIGHS) | has_zero(w) | has_zero(w ^ (ONES * '\t')))
				break;
			i += 8;
		}
		if (i >= n)
			return ntabs;
		unsigned char c = s[i];
		if (c == '\t') {
			if (ntabs < maxtabs)
				tab[ntabs] = i;
			ntabs++;
			i++;
		} else if (c == 0) {
			if (!*bad)
				*bad = 1;
			i++;
		} else if (c >= 0x80) {
			size_t k = utf8_seq(s + i, n - i);
			if (k == 0) {
				/* A NUL anywhere is named first, as record.c does. */
				if (!*bad)
					*bad = memchr(s + i, 0, n - i) ? 1 : 2;
				return ntabs;
			}
			i += k;
		} else {
			i++;
		}
	}
}

static void bad_line(struct rec_reader *r, const char *why)
{
	errmsg("%s:%lu: %s", r->name, r->lines.lineno, why);
	exit_status_raise(EXIT_PROBLEM);
}

static int take_header(struct rec_reader *r, int n)
{
	for (int i = 0; i < REC_NCOLS; i++)
		r->col[i] = -1;
	for (int j = 0; j < n; j++)
		for (int i = 0; i < REC_NCOLS; i++)
			if (r->col[i] < 0 && strcmp(r->fields[j], rec_colnames[i]) == 0)
				r->col[i] = j;
	for (int i = 0; i < REC_NCOLS; i++)
		if (r->col[i] < 0)
			return -1;
	r->nfields = n;
	return 0;
}

/* Room for n fields in r->fields / r->lens. */
static void fields_room(struct rec_reader *r, int n)
{
	if (n <= r->fields_cap)
		return;
	int cap = r->fields_cap ? r->fields_cap : 16;
	while (cap < n)
		cap *= 2;
	r->fields = xrealloc(r->fields, sizeof *r->fields * (size_t)cap);
	r->lens = xrealloc(r->lens, sizeof *r->lens * (size_t)cap);
	r->fields_cap = cap;
}

/* The fields before the key of the last good line (report, agency, year in
 * the usual layout) and where its TABs were.  Those fields are the same
 * for a report's many lines: a line that starts with the same bytes needs
 * only its remaining fields scanned (the prefix is known to be valid UTF-8
 * without NUL, and ends at a TAB, so at a character boundary). */
#define PRE_MAX 512
static char pre[PRE_MAX];
static size_t pre_len;
static size_t pre_tabs[64];
static int pre_ntabs;

int sum_rec_next(struct rec_reader *r, struct rec *out)
{
	char *line;
	size_t len;
	int toolong;
	size_t tabs[64];
	for (;;) {
		int got = lines_next(&r->lines, &line, &len, &toolong);
		if (got < 0) {
			errmsg("%s: read error: %s", r->name, strerror(r->lines.err));
			exit_status_raise(EXIT_TROUBLE);
			return 0;
		}
		if (got == 0)
			return 0;
		if (toolong) {
			bad_line(r, "line longer than 1 MiB, skipped");
			continue;
		}
		if (r->lines.lineno == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
			line += 3;
			len -= 3;
		}
		if (len > 0 && line[len - 1] == '\r') {
			bad_line(r, "CR LF line end (convert with dos2unix), line skipped");
			continue;
		}
		int bad, ntabs;
		int want = r->header_done && r->nfields <= 64 ? r->nfields - 1 : 0;
		int lead = r->col[REC_KEY] < r->col[REC_VALUE] ? r->col[REC_KEY] : r->col[REC_VALUE];
		if (want > 0 && lead > 0 && pre_ntabs == lead && len >= pre_len &&
		    memcmp(line, pre, pre_len) == 0) {
			memcpy(tabs, pre_tabs, sizeof *tabs * (size_t)lead);
			ntabs = sum_scan_line(line + pre_len, len - pre_len, tabs + lead, want - lead,
					      &bad);
			for (int j = lead; j < lead + ntabs && j < want; j++)
				tabs[j] += pre_len;
			ntabs += lead;
		} else {
			ntabs = sum_scan_line(line, len, tabs, want, &bad);
			if (!bad && want > 0 && lead > 0 && ntabs >= lead && tabs[lead - 1] < PRE_MAX) {
				pre_len = tabs[lead - 1] + 1;
				memcpy(pre, line, pre_len);
				memcpy(pre_tabs, tabs, sizeof *tabs * (size_t)lead);
				pre_ntabs = lead;
			}
		}
		if (bad == 1) {
			bad_line(r, "NUL byte, line skipped");
			continue;
		}
		if (bad == 2) {
			bad_line(r, "invalid UTF-8, line skipped");
			continue;
		}
		if (!r->header_done) {
			buf_reset(&r->header);
			buf_add(&r->header, line, len);
			int n = rec_split(r, line, len);
			if (take_header(r, n) < 0) {
				errmsg("%s:%lu: not a gipa record header (expected the columns "
				       "report, agency, year, key, value; use -H for input without a header)",
				       r->name, r->lines.lineno);
				exit_status_raise(EXIT_TROUBLE);
				return 0;
			}
			r->header_done = 1;
			continue;
		}
		if (len == 0) {
			bad_line(r, "empty line, skipped");
			continue;
		}
		if (r->header.len > 0 && len == r->header.len && memcmp(line, r->header.p, len) == 0)
			continue;
		int n = ntabs + 1;
		if (n != r->nfields) {
			char why[96];
			snprintf(why, sizeof why, "%d fields where the header has %d, line skipped", n,
				 r->nfields);
			bad_line(r, why);
			continue;
		}
		if (want == n - 1) {
			fields_room(r, n);
			size_t start = 0;
			for (int j = 0; j < n; j++) {
				size_t end = j < n - 1 ? tabs[j] : len;
				r->fields[j] = line + start;
				r->lens[j] = end - start;
				line[end] = '\0';
				start = end + 1;
			}
		} else {
			rec_split(r, line, len);
		}
		for (int i = 0; i < REC_NCOLS; i++) {
			out->f[i] = r->fields[r->col[i]];
			out->len[i] = r->lens[r->col[i]];
		}
		if (out->len[REC_KEY] == 0) {
			bad_line(r, "empty key, line skipped");
			continue;
		}
		out->lineno = r->lines.lineno;
		out->nfields = n;
		out->fields = r->fields;
		out->lens = r->lens;
		return 1;
	}
}
