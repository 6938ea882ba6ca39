/* textsearch-test.c - lib/textsearch.c against a naive byte-by-byte search.
 *
 * text_set_scan finds a set of phrases in one pass, moving a window over
 * the text by a table of the phrases' three-byte pieces (hashed), or, when
 * a phrase is shorter than six bytes, stepping over the continuation bytes
 * of a character; it must still find exactly what searching for each
 * phrase on its own finds, in any bytes, broken UTF-8 included.  So: for
 * many random texts (ASCII, CJK, the phrases and their prefixes, stray
 * continuation bytes, cut characters, 0xFF) and random sets of phrases
 * (prefixes of each other, one or two bytes long, overlapping, sharing
 * their first three bytes), the mask must be the phrases a naive search
 * finds, ends[] the end of the last occurrence of each, text_set_add must
 * refuse exactly the phrases textsearch.h says it refuses, and text_find /
 * text_last_end must agree with the naive search too.  A few hand-written
 * cases give exact masks (windows narrowed by a later phrase, wider than
 * the widest window).
 * text_set_scan_memo must answer as text_set_scan does, for texts asked
 * about again (its memo), texts that share a slot, texts too long to keep
 * and texts with more phrases than a slot keeps; and it must really answer
 * from the memo (a slot altered by the test is what it gives back).
 * Fixed seed; texts are allocated to their exact size so that ASan sees a
 * read past the end.  Built and run by tests/unit.bats; prints one line,
 * exits 1 at the first mismatch with the input in hex. */
#include "textsearch.h"
#include "unit.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CASES 300000


/* The naive search: the offset just past the last occurrence, or -1. */
static long naive_last_end(const char *h, size_t hn, const char *s, size_t n)
{
	long end = -1;
	for (size_t i = 0; n > 0 && i + n <= hn; i++)
		if (memcmp(h + i, s, n) == 0)
			end = (long)(i + n);
	return end;
}

static long naive_first(const char *h, size_t hn, const char *s, size_t n)
{
	for (size_t i = 0; n > 0 && i + n <= hn; i++)
		if (memcmp(h + i, s, n) == 0)
			return (long)i;
	return -1;
}


/* ---- random phrases and texts ------------------------------------------------ */

/* Pieces texts and phrases are made of: ASCII (few letters, so that they
 * recur), CJK characters some of which share their first two bytes
 * (本 E6 9C AC, 朝 E6 9C 9D, 年 E5 B9 B4, 幸 E5 B9 B8), two-byte and
 * four-byte characters, and broken UTF-8. */
static const char *const valid_pieces[] = {
	"a", "b", "c", " ", "ab", "abc", "1",
	"本", "朝", "年", "幸", "新", "收", "申", "请", "、", "（", "）",
	"é", "\xC2\xA0", "𝐀", "😀",
};
static const char *const broken_pieces[] = {
	"\x80", "\xBF", "\xA0", "\xFF", "\xFE", "\xC2", "\xE6", "\xE6\x9C", "\xE5\xB9",
	"\xF0\x9F", "\xF0\x9F\x98", "\xC0\x80", "\xED\xA0\x80",
};
#define NVALID (sizeof valid_pieces / sizeof *valid_pieces)
#define NBROKEN (sizeof broken_pieces / sizeof *broken_pieces)

struct bytes {
	char p[512];
	size_t n;
};

static void put(struct bytes *b, const char *s, size_t n)
{
	if (b->n + n > sizeof b->p)
		n = sizeof b->p - b->n;
	memcpy(b->p + b->n, s, n);
	b->n += n;
}

static void put_piece(struct bytes *b, int broken_pct)
{
	const char *s = (int)below(100) < broken_pct ? broken_pieces[below(NBROKEN)]
						     : valid_pieces[below(NVALID)];
	put(b, s, strlen(s));
}

/* A phrase: usually whole characters, sometimes a prefix or an extension
 * of one already made, sometimes 1-2 bytes, broken or starting on a
 * continuation byte (which text_set_add must refuse). */
static void make_phrase(struct bytes *ph, const struct bytes *made, int nmade)
{
	ph->n = 0;
	unsigned r = (unsigned)below(100);
	if (nmade > 0 && r < 25) {
		const struct bytes *o = &made[below((size_t)nmade)];
		if (r < 12) { /* a prefix, cut at any byte */
			put(ph, o->p, o->n > 1 ? 1 + below(o->n - 1) : o->n);
		} else { /* the same start, then more */
			put(ph, o->p, o->n);
			for (size_t k = 1 + below(3); k-- > 0;)
				put_piece(ph, 5);
		}
	} else if (r < 35) { /* one or two bytes */
		put_piece(ph, 20);
		ph->n = ph->n > 2 ? 1 + below(2) : ph->n;
	} else {
		for (size_t k = 1 + below(5); k-- > 0;)
			put_piece(ph, r < 45 ? 40 : 0);
	}
	/* no NUL inside: phrases are C strings */
	for (size_t i = 0; i < ph->n; i++)
		if (ph->p[i] == '\0')
			ph->p[i] = 'z';
}

static void make_text(struct bytes *t, const struct bytes *phrases, int nph)
{
	t->n = 0;
	size_t pieces = below(8) == 0 ? below(120) : below(25);
	int broken = (int)below(4) * 10; /* 0..30 % of the pieces broken */
	for (size_t k = 0; k < pieces; k++) {
		unsigned r = (unsigned)below(100);
		if (nph > 0 && r < 15) {
			const struct bytes *o = &phrases[below((size_t)nph)];
			put(t, o->p, o->n);
		} else if (nph > 0 && r < 25) {
			const struct bytes *o = &phrases[below((size_t)nph)];
			put(t, o->p, below(o->n + 1));
		} else {
			put_piece(t, broken);
		}
	}
}

/* ---- the checks -------------------------------------------------------------- */

static int fail(const char *why, const struct bytes *t, const struct bytes *ph, int nph)
{
	printf("MISMATCH: %s\n", why);
	hex("text", t->p, t->n);
	for (int i = 0; i < nph; i++) {
		char name[32];
		snprintf(name, sizeof name, "phrase %d", i);
		hex(name, ph[i].p, ph[i].n);
	}
	return 1;
}

/* b as a C string (phrases are added by pointer), to be freed. */
static char *c_string(const struct bytes *b)
{
	char *s = malloc(b->n + 1);
	memcpy(s, b->p, b->n);
	s[b->n] = '\0';
	return s;
}

/* t's bytes in an allocation of their exact size (ASan sees overreads),
 * to be freed. */
static char *exact_copy(const struct bytes *t)
{
	char *hay = malloc(t->n ? t->n : 1);
	memcpy(hay, t->p, t->n);
	return hay;
}

/* One case: the phrases ph[0..nph) given to a set, searched for in t. */
static int check_case(const struct bytes *t, const struct bytes *ph, int nph)
{
	struct text_set set;
	char *str[TEXT_SET_MAX + 8];
	int idx[TEXT_SET_MAX + 8];
	text_set_init(&set);
	for (int i = 0; i < nph; i++) {
		str[i] = c_string(&ph[i]);
		int want = set.count < TEXT_SET_MAX && ph[i].n >= 3 &&
				   ((unsigned char)ph[i].p[0] & 0xC0) != 0x80
			       ? set.count
			       : -1;
		idx[i] = text_set_add(&set, str[i]);
		if (idx[i] != want) {
			printf("text_set_add(phrase %d) = %d, want %d\n", i, idx[i], want);
			return fail("text_set_add", t, ph, nph);
		}
	}

	char *hay = exact_copy(t);
	long ends[TEXT_SET_MAX];
	for (int i = 0; i < TEXT_SET_MAX; i++)
		ends[i] = -7;
	uint64_t got = text_set_scan(&set, hay, t->n, ends);

	uint64_t want = 0;
	int bad = 0;
	for (int i = 0; i < nph; i++) {
		long last = naive_last_end(t->p, t->n, ph[i].p, ph[i].n);
		long first = naive_first(t->p, t->n, ph[i].p, ph[i].n);
		if (idx[i] >= 0 && last >= 0) {
			want |= (uint64_t)1 << idx[i];
			if (ends[idx[i]] != last) {
				printf("ends[%d] = %ld, want %ld\n", idx[i], ends[idx[i]], last);
				bad = 1;
			}
		}
		const char *f = text_find(hay, t->n, str[i], ph[i].n);
		if ((f ? f - hay : -1) != first) {
			printf("text_find(phrase %d) = %ld, want %ld\n", i, f ? (long)(f - hay) : -1L, first);
			bad = 1;
		}
		long le = text_last_end(hay, t->n, str[i], ph[i].n);
		if (le != last) {
			printf("text_last_end(phrase %d) = %ld, want %ld\n", i, le, last);
			bad = 1;
		}
	}
	if (got != want) {
		printf("text_set_scan mask %016" PRIx64 ", want %016" PRIx64 "\n", got, want);
		bad = 1;
	}
	free(hay);
	for (int i = 0; i < nph; i++)
		free(str[i]);
	return bad ? fail("search", t, ph, nph) : 0;
}

/* ---- hand-written cases ------------------------------------------------------ */

static int hand(const char *text, size_t tn, const char *const *phrases, int nph, uint64_t want)
{
	struct bytes t = {{0}, 0}, ph[TEXT_SET_MAX + 2];
	put(&t, text, tn);
	for (int i = 0; i < nph; i++) {
		ph[i].n = 0;
		put(&ph[i], phrases[i], strlen(phrases[i]));
	}
	struct text_set set;
	text_set_init(&set);
	for (int i = 0; i < nph; i++)
		text_set_add(&set, phrases[i]);
	long ends[TEXT_SET_MAX];
	uint64_t got = text_set_scan(&set, text, tn, ends);
	if (got != want) {
		printf("hand-written: mask %016" PRIx64 ", want %016" PRIx64 "\n", got, want);
		return fail("hand-written case", &t, ph, nph);
	}
	return check_case(&t, ph, nph); /* and the rest against the naive search */
}

/* text as a literal: its length from sizeof, NULs and all */
#define HAND(text, ph, nph, want) hand(text, sizeof text - 1, ph, nph, want)

static int hand_cases(void)
{
	static const char *const report[] = {"本年新收", "本年", "新收", "收申请", "ab", "x", "\x80\x80\x80"};
	/* phrases 4-6 refused (too short, continuation byte): indices 0-3 */
	if (HAND("本年新收申请", report, 7, 0xF))
		return 1;
	if (HAND("本年度新收", report, 7, 0x6))
		return 1;
	/* after a cut character and stray continuation bytes */
	if (HAND("\xE6\x9C\xBF\x80本年", report, 7, 0x2))
		return 1;
	if (HAND("\xE6\x9C本年\xFF新收\xE6", report, 7, 0x6))
		return 1;
	/* 本 and 朝 share two bytes; an ideograph cut to two bytes before 年 */
	static const char *const shared[] = {"朝年", "本年", "年"};
	if (HAND("朝\xE6\x9C年本", shared, 3, 0x4))
		return 1;
	if (HAND("朝本年", shared, 3, 0x6))
		return 1;
	/* overlapping, prefixes of each other, same first three bytes */
	static const char *const over[] = {"aaa", "aaaa", "aaaaaa", "aab"};
	if (HAND("aaaaa", over, 4, 0x3))
		return 1;
	if (HAND("aaab", over, 4, 0x9))
		return 1;
	if (HAND("", over, 4, 0x0))
		return 1;
	if (HAND("aa", over, 4, 0x0))
		return 1;
	/* phrases of six bytes and more: looked for through a window */
	static const char *const wide[] = {"本年新收", "本年新收申请", "新收申请", "3.其他", "(七)总计"};
	if (HAND("本年新收申请3.其他(七)总计", wide, 5, 0x1F))
		return 1;
	if (HAND("\xE6本年新收申\x80(七)总", wide, 5, 0x1))
		return 1;
	/* a shorter phrase narrows the window; one of three bytes, to a character */
	static const char *const narrower[] = {"本年新收申请", "新收申请", "年新", "请"};
	if (HAND("本年新收申请", narrower, 3, 0x7))
		return 1;
	if (HAND("本年新收申请", narrower, 4, 0xF))
		return 1;
	/* wider than the widest window (64 bytes): 22 characters */
	static const char *const long22[] = {"本年新收本年新收本年新收本年新收本年新收本年新",
					     "收本年新收本年新收本年新收本年新收本年新收本年"};
	if (HAND("本年新收本年新收本年新收本年新收本年新收本年新收本年新收", long22, 2, 0x3))
		return 1;
	/* a full set: bit 63 is the last phrase taken, the 65th is refused */
	static char names[TEXT_SET_MAX + 1][16];
	const char *full[TEXT_SET_MAX + 1];
	for (int i = 0; i <= TEXT_SET_MAX; i++) {
		snprintf(names[i], sizeof names[i], "p%02d", i);
		full[i] = names[i];
	}
	if (HAND("p63 p64 p00", full, TEXT_SET_MAX + 1, (uint64_t)1 << 63 | 1))
		return 1;
	return 0;
}

/* ---- the memo ---------------------------------------------------------------- */

#define MEMO_SETS 300
#define MEMO_POOL 200 /* more texts than slots: some share one */
#define MEMO_ASKS 2000

static int memo_case(const struct bytes *ph, int nph, const struct bytes *pool, int npool,
		     struct text_memo *memo)
{
	struct text_set set;
	char *str[TEXT_SET_MAX + 8];
	text_set_init(&set);
	for (int i = 0; i < nph; i++) {
		str[i] = c_string(&ph[i]);
		text_set_add(&set, str[i]);
	}
	memset(memo, 0, sizeof *memo);
	int bad = 0;
	for (int a = 0; a < MEMO_ASKS && !bad; a++) {
		const struct bytes *t = &pool[below((size_t)npool)];
		char *hay = exact_copy(t);
		long want_ends[TEXT_SET_MAX], got_ends[TEXT_SET_MAX];
		uint64_t want = text_set_scan(&set, hay, t->n, want_ends);
		uint64_t got = text_set_scan_memo(&set, memo, hay, t->n, got_ends);
		if (got != want) {
			printf("text_set_scan_memo mask %016" PRIx64 ", want %016" PRIx64 "\n", got, want);
			bad = 1;
		}
		for (uint64_t m = want & got; m && !bad; m &= m - 1) {
			int i = __builtin_ctzll(m);
			if (got_ends[i] != want_ends[i]) {
				printf("text_set_scan_memo ends[%d] = %ld, want %ld\n", i, got_ends[i], want_ends[i]);
				bad = 1;
			}
		}
		if (bad)
			fail("memo", t, ph, nph);
		free(hay);
	}
	for (int i = 0; i < nph; i++)
		free(str[i]);
	return bad;
}

/* The memo is consulted: a text asked about twice is answered from its
 * slot, here altered. */
static int memo_consulted(void)
{
	static const char *const phrases[] = {"本年新收", "收申请"};
	static struct text_memo memo;
	struct text_set set;
	text_set_init(&set);
	for (int i = 0; i < 2; i++)
		text_set_add(&set, phrases[i]);
	static const char text[] = "本年新收申请";
	long ends[TEXT_SET_MAX];
	if (text_set_scan_memo(&set, &memo, text, strlen(text), ends) != 0x3)
		return printf("memo: first answer wrong\n"), 1;
	int kept = 0;
	for (int i = 0; i < TEXT_MEMO_SLOTS; i++)
		if (memo.slot[i].len == strlen(text) + 1) {
			memo.slot[i].found = 0x2;
			memo.slot[i].end[0] = 77;
			kept++;
		}
	if (kept != 1)
		return printf("memo: %d slots hold the text, want 1\n", kept), 1;
	if (text_set_scan_memo(&set, &memo, text, strlen(text), ends) != 0x2 || ends[1] != 77)
		return printf("memo: the second answer is not the slot's\n"), 1;
	/* too long to keep: never from a slot */
	char longer[TEXT_MEMO_TEXT + 4];
	memset(longer, 'x', sizeof longer);
	memcpy(longer, "本年新收", strlen("本年新收"));
	memset(&memo, 0, sizeof memo);
	text_set_scan_memo(&set, &memo, longer, sizeof longer, ends);
	for (int i = 0; i < TEXT_MEMO_SLOTS; i++)
		if (memo.slot[i].len)
			return printf("memo: a text longer than TEXT_MEMO_TEXT was kept\n"), 1;
	return 0;
}

static int memo_cases(void)
{
	if (memo_consulted())
		return 1;
	static struct bytes ph[TEXT_SET_MAX + 4], pool[MEMO_POOL];
	static struct text_memo memo;
	for (int c = 0; c < MEMO_SETS; c++) {
		/* now and then more phrases than a slot keeps ends for */
		int many = below(10) == 0;
		int nph = many ? (int)(TEXT_MEMO_ENDS - 2 + below(20)) : (int)(1 + below(10));
		for (int i = 0; i < nph; i++) {
			if (many) { /* distinct phrases, every one taken */
				char name[8];
				ph[i].n = 0;
				put(&ph[i], name, (size_t)snprintf(name, sizeof name, "q%02d", i));
			} else {
				make_phrase(&ph[i], ph, i);
			}
		}
		int npool = 1 + (int)below(MEMO_POOL);
		for (int i = 0; i < npool; i++) {
			make_text(&pool[i], ph, nph);
			if (below(4) == 0) /* many phrases in one text */
				for (int k = 0; k < nph; k++)
					put(&pool[i], ph[k].p, ph[k].n);
		}
		if (memo_case(ph, nph, pool, npool, &memo)) {
			printf("memo set %d\n", c);
			return 1;
		}
	}
	return 0;
}

int main(void)
{
	rng = 0x9E3779B97F4A7C15ull;
	if (hand_cases() || memo_cases())
		return 1;
	static struct bytes ph[TEXT_SET_MAX + 4];
	struct bytes t;
	for (long c = 0; c < CASES; c++) {
		int nph = below(200) == 0 ? (int)(TEXT_SET_MAX - 2 + below(6)) : (int)(1 + below(10));
		for (int i = 0; i < nph; i++)
			make_phrase(&ph[i], ph, i);
		make_text(&t, ph, nph);
		if (check_case(&t, ph, nph)) {
			printf("case %ld\n", c);
			return 1;
		}
	}
	printf("textsearch: %d random cases and the hand-written ones agree with the naive search; "
	       "the memo with the scan in %d sets x %d questions\n",
	       CASES, MEMO_SETS, MEMO_ASKS);
	return 0;
}
