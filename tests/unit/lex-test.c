/* lex-test.c - lib/extract/lex.c against the lexer it replaced (lex-old.c).
 *
 * lex_line was made faster; it must lex every line exactly as before: the
 * same kind, flags, tokens (type, the bytes of the line they point to,
 * canonical digits and their flags) and store use; lex_cells and
 * lex_is_furniture must agree too, and lex_moved must make the tokens of
 * a copy of the line those of the copy lexed.  The lines: every line of the files
 * named on the command line (the fixtures and examples, read as
 * gipa-extract reads them: decoded, NFKC), then random lines made of the
 * pieces the lexer looks at (white space, separators, rules and box
 * drawing, dashes, numbers with signs, separators, decimals and units,
 * page furniture, CJK), short and very long (past MAX_TOKENS tokens and
 * cells, past the store), and a few with bytes that are not UTF-8.  Fixed
 * seed; each line is allocated to its exact size so that ASan sees a read
 * past the end; the results are written over garbage, as the grid slots
 * are reused.  Built and run by tests/unit.bats; prints one line, exits 1
 * at the first mismatch with the line in hex. */
#include "buf.h"
#include "input.h"
#include "lex.h"
#include "norm.h"
#include "utf8.h"
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The reference, its entry points renamed (its lex.h is the one above). */
#define lex_line old_lex_line
#define lex_cells old_lex_cells
#define lex_is_furniture old_lex_is_furniture
#include "lex-old.c"
#undef lex_line
#undef lex_cells
#undef lex_is_furniture

#define CASES 400000

static long checked;

static const char *token_mismatch(const char *line, const struct lexed *a, const struct lexed *b, int i)
{
	const struct token *x = &a->tok[i], *y = &b->tok[i];
	if (x->type != y->type || x->n != y->n)
		return "token type or length";
	if (x->type == TOK_NUM) {
		if (x->s - a->store != y->s - b->store || memcmp(x->s, y->s, x->n) != 0)
			return "number's digits";
		if (x->decimal != y->decimal || x->negative != y->negative || x->unit != y->unit ||
		    x->wan != y->wan)
			return "number's flags";
	} else if (x->s - line != y->s - line) {
		return "token's place in the line";
	}
	return NULL;
}

static const char *lexed_mismatch(const char *line, const struct lexed *a, const struct lexed *b)
{
	if (a->kind != b->kind)
		return "kind";
	if (a->cells != b->cells || a->partial_rule != b->partial_rule || a->drawn != b->drawn ||
	    a->spaces != b->spaces || a->overflow != b->overflow)
		return "flags";
	if (a->ntok != b->ntok)
		return "token count";
	if (a->used != b->used)
		return "store used";
	for (int i = 0; i < a->ntok; i++) {
		const char *why = token_mismatch(line, a, b, i);
		if (why)
			return why;
	}
	return NULL;
}

static const char *cells_mismatch(const char *line, size_t n, int max)
{
	enum { MAXC = 300 };
	static const char *ca[MAXC], *cb[MAXC];
	static size_t la[MAXC], lb[MAXC];
	int na = lex_cells(line, n, ca, la, max), nb = old_lex_cells(line, n, cb, lb, max);
	if (na != nb)
		return "lex_cells count";
	for (int i = 0; i < na; i++)
		if (ca[i] != cb[i] || la[i] != lb[i])
			return "lex_cells cell";
	return NULL;
}

static void show(const char *why, const char *line, size_t n, const struct lexed *a, const struct lexed *b)
{
	printf("MISMATCH (%s)\n", why);
	hex("line", line, n);
	printf("  lex_line: kind %d, %d tokens; the old one: kind %d, %d tokens\n", a->kind, a->ntok, b->kind,
	       b->ntok);
}

/* Both lexers on a copy of s[0..n) of its exact size. */
static int check(const char *s, size_t n)
{
	static struct lexed a, b;
	char *line = malloc(n ? n : 1);
	memcpy(line, s, n);
	memset(&a, 0xA5, sizeof a);
	memset(&b, 0x5A, sizeof b);
	lex_line(line, n, &a);
	old_lex_line(line, n, &b);
	const char *why = lexed_mismatch(line, &a, &b);
	if (!why)
		why = cells_mismatch(line, n, 64);
	if (!why)
		why = cells_mismatch(line, n, 1 + (int)below(299));
	if (!why && lex_is_furniture(line, n) != old_lex_is_furniture(line, n))
		why = "lex_is_furniture";
	/* lex_moved: as if the copy had been lexed */
	char *copy = malloc(n ? n : 1);
	memcpy(copy, line, n);
	lex_moved(&a, line, copy);
	old_lex_line(copy, n, &b);
	if (!why && (why = lexed_mismatch(copy, &a, &b)) != NULL)
		why = "lex_moved";
	if (why)
		show(why, line, n, &a, &b);
	free(copy);
	free(line);
	checked++;
	return why != NULL;
}

/* ---- the lines of files, as gipa-extract reads them ---------------------- */

static int file_lines(const char *path)
{
	struct input in;
	if (input_open(&in, path, 1 << 20) != INPUT_OK) {
		input_close(&in);
		return 0; /* a converter may be missing: its lines are not ours to test */
	}
	struct buf norm = BUF_INIT, fixed = BUF_INIT;
	char *line;
	size_t len;
	int toolong, bad = 0;
	while (!bad && input_line(&in, &line, &len, &toolong) > 0) {
		if (toolong)
			continue;
		if (len > 0 && line[len - 1] == '\r')
			len--;
		const char *text;
		size_t textlen;
		if (norm_line(line, len, &norm, &text, &textlen) < 0) {
			buf_reset(&fixed);
			utf8_repair(line, len, &fixed);
			norm_line(fixed.p, fixed.len, &norm, &text, &textlen);
		}
		bad = check(text, textlen);
	}
	if (bad)
		printf("in %s, line %lu\n", path, in.lines.lineno);
	buf_free(&norm);
	buf_free(&fixed);
	input_close(&in);
	return bad;
}

/* ---- random lines ------------------------------------------------------------ */

static const char *const pieces[] = {
	/* white space and separators */
	" ", " ", " ", "  ", "        ", "         ", "\t", "\t", "|", "| ", " |", "_", "__", "\v", "\f", "\r",
	"\u200B", "\uFEFF", "\u3000",
	/* box drawing: separators, border pieces, others */
	"│", "┃", "║", "┆", "┊", "─", "━", "├", "┤", "┬", "┴", "┼", "╋", "═", "╔", "┄", "╳", "▒",
	/* rules and dashes */
	"-", "--", "---", "=", "===", "+", ":", "~", "—", "——", "–", "―", "·", "/", "\\",
	/* numbers */
	"0", "1", "7", "12", "146", "0012", "1,286", "12,345,678", "1,23", "1234,567", ",", ".", "1.",
	".5", "1.25", "0.0", "-0", "-0.0", "+5", "-3", "+", "1,000.50", "99999999999999999999",
	"万元", "元", "件", "条", "个", "项", "次", "篇", "万",
	/* furniture */
	"第", "页", "共", "Page", "PAGE", "page", "P.", "p", "P", "、", ",",
	/* text */
	"行政许可", "无", "空", "合计", "A", "a", "(一)", "3.其他", "本年", "é", "😀",
};
#define NPIECES (sizeof pieces / sizeof *pieces)

static const char *const invalid[] = {"\x80", "\xE2", "\xE2\x94", "\xEF\xBB", "\xFF", "\xE6\x9C"};
#define NINVALID (sizeof invalid / sizeof *invalid)

static size_t add(char *s, size_t n, const char *p)
{
	size_t k = strlen(p);
	memcpy(s + n, p, k);
	return n + k;
}

/* A short line of what page furniture is made of. */
static int furniture_line(void)
{
	static const char *const bits[] = {
		" ", "  ", "-", "—", "–", "―", "─", "~", "第", "页", "共", "P.", "Page", "PAGE", "page",
		"P", "/", ",", "、", "1", "3", "12", "1234567", "12345678",
	};
	char s[256];
	size_t n = 0;
	for (size_t k = 1 + below(8); k > 0; k--)
		n = add(s, n, bits[below(sizeof bits / sizeof *bits)]);
	return check(s, n);
}

/* A line of pieces; its shape (cells or not, long or short) random too. */
static int random_line(void)
{
	static char s[16384];
	size_t n = 0;
	if (below(10) == 0)
		return furniture_line();
	size_t count = below(20) == 0 ? below(1200) : below(16);
	int bad = below(50) == 0, sep = (int)below(4);
	static const char *const seps[] = {"\t", "|", "│", " "};
	if (below(3) == 0)
		n = add(s, n, below(2) ? seps[sep] : "    ");
	for (size_t k = 0; k < count && n + 64 < sizeof s; k++) {
		unsigned r = (unsigned)below(100);
		if (bad && r < 5)
			n = add(s, n, invalid[below(NINVALID)]);
		else if (r < 30)
			n = add(s, n, seps[sep]);
		else if (r < 40) /* a long number: the store fills */
			for (size_t m = below(40); m > 0; m--)
				s[n++] = (char)('0' + below(10));
		else
			n = add(s, n, pieces[below(NPIECES)]);
	}
	return check(s, n);
}

/* Lines that stress one rule each. */
static int hand_lines(void)
{
	static const char *const lines[] = {
		"", " ", "   ", "\t", "|", "||", "│", "---", "- - -", "--", "===", "_ _ _", "+--+--+",
		"├───┼───┤", "│ 1 │ 2 │", "| a | b |", "|a|b", "a|b|", "\t0", "\t\t", "0\t", "1\t2\t3",
		"— 3 —", "- 6 -", "~ 7 ~", "第 3 页", "第3页 共9页", "共 9 页 第 3 页", "第3页,", "第3页、共9页",
		"Page 9 - 标题", "P. 9", "p. 9", "3/12", " 3 / 12 ", "3/12 页", "1234567890/12345",
		"1234567890/123456", "  1234567890/12345", "1234567890 /12345",
		"1.属于国家秘密", "行政许可2", "行政许可 2", "A2", "第3", "共3", "1,286", "1,286.5万元",
		"-0", "-0.0", "+0", "0012", "1.", "1.2.3", "万元", "12万元", "12 万元", "12件", "12页",
		"\u200B", "\uFEFF", " \u200B ", "─", "│ │", "┊1┊2┊", "║1║", "┆ ┆", "┃x┃",
		"| (二)部分公开 | 0 | 63 | 11 |", "│                │人  │业│", "  - 1 -  ", "—", "——", "–", "―",
		"/", "\\", "无", "空", "─", "-- 3", "3 --", "\t-\t—\t/\t无\t",
		/* not UTF-8: a break byte inside a character, one cut short */
		"\xE4 1", "1\xE6\x9C|2", "\xE6|\x9C 3", "a \xE2\x94", "\xE2\x94\x82\xE5 \t", "1 \xEF\xBB",
	};
	for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
		if (check(lines[i], strlen(lines[i])))
			return 1;
	/* MAX_TOKENS and more: cells, pieces, a drawn separator past the limit */
	static char s[8192];
	for (int k = 250; k < 262; k++) {
		size_t n = 0;
		for (int i = 0; i < k; i++)
			n = add(s, n, "\t1");
		if (check(s, n) || (n = add(s, n, "│"), check(s, n)))
			return 1;
		n = 0;
		for (int i = 0; i < k; i++)
			n = add(s, n, " 1");
		if (check(s, n))
			return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (hand_lines())
		return 1;
	long files = 0;
	for (int i = 1; i < argc; i++, files++)
		if (file_lines(argv[i]))
			return 1;
	long from_files = checked;
	for (long c = 0; c < CASES; c++)
		if (random_line()) {
			printf("case %ld\n", c);
			return 1;
		}
	printf("lex: %ld lines (%ld from %ld files), lex_line, lex_cells and lex_is_furniture agree with the old lexer\n",
	       checked, from_files, files);
	return 0;
}
