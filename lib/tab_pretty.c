/* tab_pretty.c - gipa-tab -p: any TSV aligned for a terminal.
 *
 * Widths are display widths (utf8_width: CJK and full-width characters
 * count 2).  The first `lookahead` data lines are held back to size the
 * columns; after that, lines stream, and a wider cell widens its column
 * from that line on.  A column whose non-empty cells (dashes aside) are all
 * numbers is right-aligned, header included; other columns are
 * left-aligned.  Cells made of dashes (a blank in gipa-tab's wide table,
 * "-" for nothing in many tables) count as numbers.  A column with no
 * non-empty cell yet decides at its first. */
#include "tab.h"
#include "diag.h"
#include "out.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

#define SEP "  "

enum { UNDECIDED, NUMBER, TEXT };

struct pcol {
	size_t width;
	int type;
	int num_seen, text_seen; /* in the lookahead */
};

static struct pcol *pc;
static int npc;

static void ensure_cols(int n)
{
	if (n <= npc)
		return;
	pc = xrealloc(pc, (size_t)n * sizeof *pc);
	memset(pc + npc, 0, (size_t)(n - npc) * sizeof *pc);
	npc = n;
}

static int is_number(const char *s, size_t n)
{
	size_t i = 0, digits = 0;
	if (i < n && (s[i] == '+' || s[i] == '-'))
		i++;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++, digits++;
	if (i < n && s[i] == '.') {
		i++;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++, digits++;
	}
	if (i < n && s[i] == '%')
		i++;
	return digits > 0 && i == n;
}

static int is_dashes(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != '-')
			return 0;
	return 1;
}

/* Split s[0..n) at TABs; the callback sees each field. */
#define FOR_FIELDS(s, n, i, f, fl, BODY)                                              \
	do {                                                                          \
		const char *p_ = (s), *end_ = (s) + (n);                              \
		for (int i = 0;; i++) {                                               \
			const char *tab_ = memchr(p_, '\t', (size_t)(end_ - p_));     \
			const char *f = p_;                                           \
			size_t fl = (size_t)((tab_ ? tab_ : end_) - p_);              \
			BODY;                                                         \
			if (!tab_)                                                    \
				break;                                                \
			p_ = tab_ + 1;                                                \
		}                                                                     \
	} while (0)

static int count_fields(const char *s, size_t n)
{
	int k = 1;
	for (size_t i = 0; i < n; i++)
		k += s[i] == '\t';
	return k;
}

/* Widen the columns for a line; in the lookahead also note the types,
 * after it decide the undecided ones. */
static void measure(const char *s, size_t n, int is_header, int held)
{
	ensure_cols(count_fields(s, n));
	FOR_FIELDS(s, n, i, f, fl, {
		size_t w = utf8_width(f, fl);
		if (w > pc[i].width)
			pc[i].width = w;
		if (!is_header && fl > 0) {
			int num = is_dashes(f, fl) || is_number(f, fl);
			if (held)
				*(num ? &pc[i].num_seen : &pc[i].text_seen) = 1;
			else if (pc[i].type == UNDECIDED)
				pc[i].type = num ? NUMBER : TEXT;
		}
	});
}

static void pad(size_t n)
{
	static const char spaces[] = "                                ";
	while (n > 0) {
		size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
		out_add(spaces, k);
		n -= k;
	}
}

static void print_line(const char *s, size_t n)
{
	int nf = count_fields(s, n);
	size_t owed = 0; /* spaces not yet written: trailing ones never are */
	FOR_FIELDS(s, n, i, f, fl, {
		size_t w = utf8_width(f, fl);
		size_t room = pc[i].width > w ? pc[i].width - w : 0;
		if (i > 0)
			owed += strlen(SEP);
		if (pc[i].type == NUMBER) {
			owed += room;
			room = 0;
		}
		if (fl > 0) {
			pad(owed);
			owed = 0;
			out_add(f, fl);
		}
		if (i + 1 < nf)
			owed += room;
	});
	out_endline();
}

static void underline(void)
{
	for (int i = 0; i < npc; i++) {
		if (i > 0)
			out_adds(SEP);
		for (size_t k = 0; k < pc[i].width; k++)
			out_addc('-');
	}
	out_endline();
}

/* Decide the column types from the lookahead and print the lines held. */
static void release(struct buf *held, int header)
{
	for (int i = 0; i < npc; i++)
		pc[i].type = pc[i].text_seen ? TEXT : pc[i].num_seen ? NUMBER : UNDECIDED;
	if (held->len == 0)
		return; /* nothing held (empty input): no NULL + 0 */
	for (char *p = held->p, *end = held->p + held->len; p < end;) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		print_line(p, (size_t)(nl - p));
		if (p == held->p && header)
			underline();
		p = nl + 1;
	}
	buf_reset(held);
}

static struct {
	int header;              /* the first line is a header */
	size_t lookahead;
	struct buf held;         /* lines held back, each ending in LF */
	size_t nheld;            /* data lines among them */
	int holding;
	struct buf head;         /* the header line, to skip repeats */
	int have_head;
} P;

void tab_pretty_start(int header, size_t lookahead)
{
	memset(&P, 0, sizeof P);
	P.header = header;
	P.lookahead = lookahead;
	P.holding = 1;
}

void tab_pretty_line(const char *s, size_t n)
{
	int is_header = 0;
	if (P.header && !P.have_head) {
		buf_add(&P.head, s, n);
		P.have_head = is_header = 1;
	} else if (P.header && n == P.head.len && memcmp(s, P.head.p, n) == 0) {
		return; /* concatenated tables */
	} else if (P.header && n == P.head.len + 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 &&
		   memcmp(s + 3, P.head.p, P.head.len) == 0) {
		return; /* the same, of a table that began with a BOM */
	}
	if (P.holding && !is_header && P.nheld >= P.lookahead) {
		release(&P.held, P.have_head);
		P.holding = 0;
	}
	measure(s, n, is_header, P.holding);
	if (P.holding) {
		buf_add(&P.held, s, n);
		buf_addc(&P.held, '\n');
		P.nheld += !is_header;
	} else {
		print_line(s, n);
	}
}

void tab_pretty_finish(void)
{
	if (P.holding)
		release(&P.held, P.have_head);
	buf_free(&P.held);
	buf_free(&P.head);
	free(pc);
	pc = NULL;
	npc = 0;
}

void tab_pretty(char **files, int nfiles, const char *first, size_t firstlen)
{
	if (first)
		tab_pretty_line(first, firstlen);
	for (int fi = 0; fi < nfiles; fi++) {
		struct tab_tsv t;
		if (tab_tsv_open(&t, files[fi]) < 0)
			continue;
		if (fi == 0 && first)
			t.r.lines.lineno = 1; /* the first line was read already */
		while (tab_tsv_next(&t))
			tab_pretty_line(t.line, t.linelen);
		tab_tsv_close(&t);
	}
}
