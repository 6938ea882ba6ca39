/* html-test.c - lib/extract/html.c (html_read) against the reader it
 * replaced.
 *
 * html_read reads text runs, tags, comments and script bodies in place, a
 * word or a memchr at a time, and classifies tag names by a hash; the old
 * reader (copied below, unchanged but for its names) went byte by byte
 * through one state machine.  The text they give must be the same, byte
 * for byte, for any input and however it is cut into reads.  So: the HTML
 * files named on the command line (tests/fixtures), whole and cut up, and
 * random documents of HTML-ish pieces (tags of every kind the reader knows
 * in any case, unknown and overlong names, attributes with quotes and '>',
 * rowspan/colspan, unclosed tags, comments well and badly closed, CDATA,
 * doctype, script/style/textarea bodies with near-miss end tags, entities
 * named, numeric, broken and overlong, white space of every kind, raw
 * bytes, NUL and invalid UTF-8), each read through sources that return
 * random lengths (1 byte up to the whole 64 KiB asked for, different for
 * the two readers) and scribble past what they return, with random read
 * sizes on the output side, some ending in a read error.  Both must return
 * the same bytes, then the same 0 or -1.  Fixed seed.  Built and run by
 * tests/unit.bats; prints one line, exits 1 at the first mismatch with the
 * input in hex. */
#include "buf.h"
#include "input.h"
#include "unit.h"
#include "utf8.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define CASES 300000

/* ---- the reference: lib/extract/html.c as it was (git 12cc0ce) ---------- */

#define INBUF (64 * 1024)
#define TAG_MAX 4096

enum hstate { H_TEXT, H_TAG, H_COMMENT, H_ENTITY, H_RAW };

struct ref_html {
	source_read_fn read;
	void *ctx;
	char *in;               /* INBUF bytes, not cleared: read before use */
	size_t ilen, ipos;
	int eof;
	enum hstate st;
	struct buf tag;         /* text of the tag being read */
	struct buf ent;         /* entity being read */
	char raw_end[16];       /* "</script" while skipping raw text */
	size_t raw_match;
	int comment_dashes;
	int in_cell;
	int in_row;
	int row_cells;
	int pending_space;
	char last;              /* last byte written */
	struct buf out;
	size_t opos;
};

static struct ref_html *ref_html_new(source_read_fn read, void *ctx)
{
	struct ref_html *h = xcalloc(1, sizeof *h);
	h->in = xmalloc(INBUF);
	h->read = read;
	h->ctx = ctx;
	h->last = '\n';
	return h;
}

static void ref_html_free(struct ref_html *h)
{
	buf_free(&h->tag);
	buf_free(&h->ent);
	buf_free(&h->out);
	free(h->in);
	free(h);
}

static void put_newline(struct ref_html *h)
{
	if (h->last != '\n') {
		buf_addc(&h->out, '\n');
		h->last = '\n';
	}
	h->pending_space = 0;
}

static void put_text(struct ref_html *h, const char *s, size_t n)
{
	if (h->pending_space && h->last != '\n' && h->last != '\t' && h->last != ' ')
		buf_addc(&h->out, ' ');
	h->pending_space = 0;
	buf_add(&h->out, s, n);
	if (n)
		h->last = s[n - 1];
}

static void put_space(struct ref_html *h)
{
	h->pending_space = 1;
}

static void put_break(struct ref_html *h)
{
	if (h->in_cell)
		put_space(h);
	else
		put_newline(h);
}

static const struct {
	const char *name;
	const char *utf8;
} entities[] = {
	{"nbsp", "\xC2\xA0"}, {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""},
	{"apos", "'"}, {"ldquo", "“"}, {"rdquo", "”"}, {"lsquo", "‘"}, {"rsquo", "’"},
	{"mdash", "—"}, {"ndash", "–"}, {"hellip", "…"}, {"middot", "·"}, {"ensp", " "},
	{"emsp", " "}, {"thinsp", " "}, {"times", "×"}, {"yen", "¥"}, {"copy", "©"},
	{"laquo", "«"}, {"raquo", "»"}, {"bull", "•"}, {"deg", "°"}, {"plusmn", "±"},
	{NULL, NULL},
};

static void flush_entity(struct ref_html *h)
{
	const char *e = h->ent.p ? h->ent.p : "";
	size_t n = h->ent.len;
	/* e holds the text after '&', maybe ending in ';' */
	int semi = n > 0 && e[n - 1] == ';';
	size_t body = semi ? n - 1 : n;
	if (body > 1 && e[0] == '#') {
		long cp;
		char *end;
		if (e[1] == 'x' || e[1] == 'X')
			cp = strtol(e + 2, &end, 16);
		else
			cp = strtol(e + 1, &end, 10);
		if (end == e + body && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
			struct buf b = BUF_INIT;
			if (cp == '\t' || cp == '\n' || cp == '\r' || cp == ' ')
				put_space(h);
			else {
				utf8_encode(&b, (int32_t)cp);
				put_text(h, b.p, b.len);
			}
			buf_free(&b);
			buf_reset(&h->ent);
			return;
		}
	}
	for (int i = 0; entities[i].name; i++)
		if (strlen(entities[i].name) == body && memcmp(entities[i].name, e, body) == 0) {
			if (strcmp(entities[i].name, "nbsp") == 0 || strcmp(entities[i].name, "ensp") == 0 ||
			    strcmp(entities[i].name, "emsp") == 0 || strcmp(entities[i].name, "thinsp") == 0)
				put_space(h);
			else
				put_text(h, entities[i].utf8, strlen(entities[i].utf8));
			buf_reset(&h->ent);
			return;
		}
	put_text(h, "&", 1);
	put_text(h, e, n);
	buf_reset(&h->ent);
}

static int tag_is(const char *name, size_t n, const char *lit)
{
	return strlen(lit) == n && strncasecmp(name, lit, n) == 0;
}

static void do_tag(struct ref_html *h)
{
	const char *t = h->tag.p ? h->tag.p : "";
	size_t n = h->tag.len;
	int close = 0;
	size_t i = 0;
	if (i < n && t[i] == '/') {
		close = 1;
		i++;
	}
	size_t s = i;
	while (i < n && (isalnum((unsigned char)t[i]) || t[i] == ':' || t[i] == '-'))
		i++;
	const char *name = t + s;
	size_t nl = i - s;
	if (nl == 0)
		return;
	if (!close && (tag_is(name, nl, "script") || tag_is(name, nl, "style") ||
		       tag_is(name, nl, "textarea"))) {
		snprintf(h->raw_end, sizeof h->raw_end, "</%.*s", (int)nl, name);
		for (char *p = h->raw_end; *p; p++)
			*p = (char)tolower((unsigned char)*p);
		h->raw_match = 0;
		h->st = H_RAW;
		return;
	}
	if (tag_is(name, nl, "td") || tag_is(name, nl, "th")) {
		if (close) {
			h->in_cell = 0;
			h->pending_space = 0;
			return;
		}
		if (!h->in_row) {
			put_newline(h);
			h->in_row = 1;
			h->row_cells = 0;
		}
		if (h->row_cells++ > 0) {
			buf_addc(&h->out, '\t');
			h->last = '\t';
		}
		h->in_cell = 1;
		h->pending_space = 0;
		return;
	}
	if (tag_is(name, nl, "tr")) {
		h->in_cell = 0;
		put_newline(h);
		h->in_row = !close;
		h->row_cells = 0;
		return;
	}
	if (tag_is(name, nl, "table") || tag_is(name, nl, "tbody") || tag_is(name, nl, "thead")) {
		h->in_cell = 0;
		h->in_row = 0;
		put_newline(h);
		return;
	}
	static const char *const blocks[] = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6",
					     "li", "ul", "ol", "title", "blockquote", "section",
					     "article", "header", "footer", "pre", "hr", "dd", "dt",
					     "dl", "form", "center", "caption", "body", "html", "head",
					     NULL};
	for (int k = 0; blocks[k]; k++)
		if (tag_is(name, nl, blocks[k])) {
			put_break(h);
			return;
		}
}

/* Run the state machine over the input until some output is ready. */
/* Bytes that end a run of plain text: markup, entities, white space. */
static const unsigned char text_stop[256] = {
	['<'] = 1, ['&'] = 1, [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\f'] = 1,
};

static void step(struct ref_html *h)
{
	while (h->ipos < h->ilen && h->out.len - h->opos < INBUF) {
		char c = h->in[h->ipos++];
		switch (h->st) {
		case H_TEXT:
			if (c == '<') {
				h->st = H_TAG;
				buf_reset(&h->tag);
			} else if (c == '&') {
				h->st = H_ENTITY;
				buf_reset(&h->ent);
			} else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
				put_space(h);
			} else {
				/* the whole run of plain text at once */
				size_t from = h->ipos - 1, to = h->ipos;
				while (to < h->ilen && !text_stop[(unsigned char)h->in[to]])
					to++;
				put_text(h, h->in + from, to - from);
				h->ipos = to;
			}
			break;
		case H_ENTITY:
			if (c == ';' || h->ent.len >= 12 || !(isalnum((unsigned char)c) || c == '#')) {
				if (c == ';')
					buf_addc(&h->ent, c);
				flush_entity(h);
				h->st = H_TEXT;
				if (c != ';')
					h->ipos--; /* reread c as text */
			} else {
				buf_addc(&h->ent, c);
			}
			break;
		case H_TAG:
			if (h->tag.len == 0 && c == '!') {
				buf_addc(&h->tag, c);
			} else if (h->tag.len == 2 && memcmp(h->tag.p, "!-", 2) == 0 && c == '-') {
				h->st = H_COMMENT;
				h->comment_dashes = 0;
			} else if (c == '>') {
				h->st = H_TEXT;
				do_tag(h);
			} else if (h->tag.len == 0 && !(isalpha((unsigned char)c) || c == '/' || c == '!')) {
				/* not a tag: a literal '<' */
				h->st = H_TEXT;
				put_text(h, "<", 1);
				h->ipos--;
			} else if (h->tag.len >= 3 && h->tag.len < TAG_MAX) {
				/* past the "!--" check: the rest up to '>' at once */
				const char *from = h->in + h->ipos - 1;
				size_t left = h->ilen - (h->ipos - 1);
				const char *gt = memchr(from, '>', left);
				size_t run = gt ? (size_t)(gt - from) : left;
				size_t room = TAG_MAX - h->tag.len;
				buf_add(&h->tag, from, run < room ? run : room);
				h->ipos += run - 1;
			} else if (h->tag.len < TAG_MAX) {
				buf_addc(&h->tag, c);
			}
			break;
		case H_COMMENT:
			if (c == '>' && h->comment_dashes >= 2)
				h->st = H_TEXT;
			h->comment_dashes = c == '-' ? h->comment_dashes + 1 : 0;
			break;
		case H_RAW: {
			char lc = (char)tolower((unsigned char)c);
			if (lc == h->raw_end[h->raw_match]) {
				if (h->raw_end[++h->raw_match] == '\0') {
					h->st = H_TAG;
					buf_reset(&h->tag);
					buf_adds(&h->tag, h->raw_end + 1);
				}
			} else {
				h->raw_match = lc == '<' ? 1 : 0;
			}
			break;
		}
		}
	}
}

static ssize_t ref_html_read(void *ctx, char *p, size_t n)
{
	struct ref_html *h = ctx;
	for (;;) {
		if (h->opos < h->out.len) {
			size_t k = h->out.len - h->opos;
			if (k > n)
				k = n;
			memcpy(p, h->out.p + h->opos, k);
			h->opos += k;
			if (h->opos == h->out.len) {
				buf_reset(&h->out);
				h->opos = 0;
			}
			return (ssize_t)k;
		}
		if (h->ipos == h->ilen) {
			if (h->eof) {
				if (h->st == H_ENTITY) {
					flush_entity(h);
					h->st = H_TEXT;
				}
				if (h->last != '\n') {
					put_newline(h);
					continue;
				}
				return 0;
			}
			ssize_t r = h->read(h->ctx, h->in, INBUF);
			if (r < 0)
				return -1;
			if (r == 0)
				h->eof = 1;
			h->ilen = (size_t)r;
			h->ipos = 0;
			continue;
		}
		step(h);
	}
}

/* ---- sources and readers ------------------------------------------------ */

/* The document, handed out in reads of random length. */
struct source {
	const char *p;
	size_t n, pos;
	int split;      /* 0: as much as asked; 1: 1-16 bytes; 2: 1-4096; 3: any */
	long fail_at;   /* a read error after this many bytes, or -1 */
};

static ssize_t source_read(void *ctx, char *p, size_t n)
{
	struct source *s = ctx;
	if (s->fail_at >= 0 && s->pos >= (size_t)s->fail_at)
		return -1;
	size_t k = (s->fail_at >= 0 ? (size_t)s->fail_at : s->n) - s->pos;
	size_t most = s->split == 0 ? n : s->split == 1 ? 1 + below(16)
				 : s->split == 2 ? 1 + below(4096) : 1 + below(n);
	if (k > most)
		k = most;
	if (k > n)
		k = n;
	memcpy(p, s->p + s->pos, k);
	s->pos += k;
	/* what lies past the bytes returned must not be read: make it markup */
	static const char junk[16] = "<>&-;!/ \ntd#x<>-";
	uint64_t r = next();
	for (size_t i = k; i < n && i < k + 16; i++, r >>= 4)
		p[i] = junk[r & 15];
	return (ssize_t)k;
}

typedef ssize_t read_fn(void *ctx, char *p, size_t n);

/* Everything a reader gives, in reads of random size; its last return. */
static ssize_t drain(read_fn *rd, void *h, struct buf *out)
{
	static char chunk[1 << 17];
	int mode = (int)below(3);
	buf_reset(out);
	for (;;) {
		size_t n = mode == 0 ? sizeof chunk : mode == 1 ? 1 + below(64) : 1 + below(sizeof chunk);
		ssize_t r = rd(h, chunk, n);
		if (r <= 0)
			return r;
		buf_add(out, chunk, (size_t)r);
	}
}

static long checked, fixture_runs, bytes;

/* Both readers over doc[0..n), each with its own random reads. */
static int check(const char *doc, size_t n)
{
	static struct buf got = BUF_INIT, want = BUF_INIT;
	long fail_at = below(8) == 0 ? (long)below(n + 1) : -1;
	struct source s1 = {doc, n, 0, (int)below(4), fail_at};
	struct source s2 = {doc, n, 0, (int)below(4), fail_at};
	struct html *h = html_new(source_read, &s1);
	ssize_t r1 = drain(html_read, h, &got);
	html_free(h);
	struct ref_html *ref = ref_html_new(source_read, &s2);
	ssize_t r2 = drain(ref_html_read, ref, &want);
	ref_html_free(ref);
	checked++;
	bytes += (long)n;
	if (r1 == r2 && got.len == want.len && (got.len == 0 || memcmp(got.p, want.p, got.len) == 0))
		return 0;
	printf("MISMATCH: html_read %zd, reference %zd (reads: %d and %d, error at %ld)\n", r1, r2,
	       s1.split, s2.split, fail_at);
	hex("document", doc, n);
	hex("html_read", got.p, got.len);
	hex("reference", want.p, want.len);
	return 1;
}

/* ---- random documents ----------------------------------------------------- */

static const char *const names[] = {
	"td", "TD", "Td", "th", "tH", "tr", "TR", "table", "TABLE", "tbody", "thead", "tfoot",
	"p", "P", "div", "br", "BR", "h1", "h6", "h7", "li", "ul", "ol", "title", "blockquote",
	"BlockQuote", "section", "article", "header", "footer", "pre", "hr", "dd", "dt", "dl",
	"form", "center", "caption", "body", "html", "head", "script", "SCRIPT", "style", "Style",
	"textarea", "span", "strong", "font", "b", "a", "img", "meta", "o:p", "w:t", "x-td",
	"tdd", "t", "d", "tabl", "tables", "blockquotes", "blockquoteblockquote", "scrip",
	"scripts", "td1", "h10", "brr", "p2", "body-", "HEAD:", "caption1234567",
};
static const char *const attrs[] = {
	" colspan=\"2\"", " rowspan=\"3\"", " colspan=2", " rowspan='4'", " width=\"28%\"",
	" style=\"text-align:center\"", " title='a>b'", " alt=\"<td>\"", " x", " =", " /",
	"/", " class=\"TRS_Editor\"", " onclick=\"a&&b\"", " data-x=\"&amp;\"", "\n\tid=t",
	" href=\"<!--\"", " v='-->'",
};
static const char *const bits[] = {
	"<", "<>", "< td>", "<1", "<<", "</>", "</ td>", "<!>", "<!->", "<!-->", "<!--->",
	"<!---->", "<!-- x -->", "<!-- a -- b --->", "<!-- - -- >-->", "-->", "--->", "--", "-",
	">", "<!DOCTYPE html>", "<!doctype HTML PUBLIC \"-//W3C//DTD\">", "<![CDATA[ a<b>c ]]>",
	"<?xml version='1.0'?>", "<!-", "<!--", "<!", "</", "<\xE4\xB8\xAD>", "<\x80>",
	"</td", "<td", "</script", "</SCRIPT>", "</style >", "</textarea>", "</scr", "<</script>",
	"&amp;", "&amp", "&AMP;", "&nbsp;", "&nbsp", "&NBSP;", "&ensp;", "&emsp;", "&thinsp;",
	"&lt;", "&gt;", "&quot;", "&apos;", "&ldquo;", "&rdquo;", "&lsquo;", "&rsquo;", "&mdash;",
	"&ndash;", "&hellip;", "&middot;", "&times;", "&yen;", "&copy;", "&laquo;", "&raquo;",
	"&bull;", "&deg;", "&plusmn;", "&#32;", "&#x20;", "&#9;", "&#10;", "&#13;", "&#0;",
	"&#x110000;", "&#x10FFFF;", "&#xD800;", "&#xdfff;", "&#12345678901234;", "&#;", "&#x;",
	"&#X4E2D;", "&#x4e2d", "&#20013;", "&#65", "&bogus;", "&", "&&", "&;", "&#",
	"&aaaaaaaaaaaaaaaaaaa;", "&abcdefghijkl;", "&abcdefghijk;", "&#-1;", "&#+5;", "&# 1;",
	"&#0x10;", "&#x", "&#xZ;", "&nbsp&nbsp", "&amp;lt;",
	" ", "  ", "\t", "\n", "\r\n", "\f", "\v", " \n\t ", "\xC2\xA0", "\xE3\x80\x80",
	"a", "Z", "7", "33", "0", "-", ";", "#", "x", "本年新", "收到申请数", "（一）", "规章",
	"\xE4\xB8", "\xFF", "\x80", "\x01", "", "\"", "'", "=", "/",
};
#define N(a) (sizeof(a) / sizeof *(a))

static void add_name(struct buf *b)
{
	if (below(6)) {
		buf_adds(b, names[below(N(names))]);
		return;
	}
	static const char chars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:-";
	for (size_t k = 1 + below(below(4) ? 4 : 14); k > 0; k--)
		buf_addc(b, chars[below(sizeof chars - 1)]);
}

static void add_tag(struct buf *b)
{
	buf_addc(b, '<');
	if (below(3) == 0)
		buf_addc(b, '/');
	add_name(b);
	for (size_t k = below(4) ? 0 : below(4); k > 0; k--)
		buf_adds(b, attrs[below(N(attrs))]);
	if (below(12))
		buf_addc(b, '>');
}

/* A script, style or textarea body, with near misses of its end tag. */
static void add_raw(struct buf *b)
{
	static const char *const kinds[] = {"script", "style", "textarea", "SCRIPT", "Style"};
	static const char *const body[] = {"x", " ", "<", "</", "</s", "</scr", "</scrip", "</sty",
					   "</text", "<td>", "</td>", "&amp;", "<!--", "-->", "<</",
					   "\n", "</ script>", "</scriptx"};
	const char *k = kinds[below(N(kinds))];
	buf_printf(b, "<%s%s>", k, below(3) ? "" : " type=\"text/javascript\"");
	for (size_t n = below(8); n > 0; n--)
		buf_adds(b, body[below(N(body))]);
	if (below(6)) {
		static const char *const ends[] = {"</%s>", "</%s >", "</%s", "</%sx>", "<//%s>"};
		char end[32];
		snprintf(end, sizeof end, ends[below(N(ends))], below(2) ? k : "SCRIPT");
		buf_adds(b, end);
	}
}

static void add_row(struct buf *b)
{
	buf_adds(b, below(2) ? "<tr>" : "<TR class=r>");
	for (size_t c = below(5); c > 0; c--) {
		buf_adds(b, below(4) ? "<td>" : below(2) ? "<td colspan=\"2\">" : "<th rowspan=2>");
		for (size_t k = below(4); k > 0; k--)
			buf_adds(b, bits[below(N(bits))]);
		if (below(4))
			buf_adds(b, below(2) ? "</td>" : "</th>");
	}
	if (below(4))
		buf_adds(b, "</tr>");
}

static void add_piece(struct buf *b)
{
	switch (below(24)) {
	case 0: case 1: case 2: case 3:
		add_tag(b);
		break;
	case 4:
		add_raw(b);
		break;
	case 5:
		add_row(b);
		break;
	case 6:
		buf_addc(b, (char)below(256));
		break;
	case 7: { /* a long run: text, white space, dashes, a tag or comment */
		static const char *const runs[] = {"a", "本", " ", "\n", "-", "x=1 "};
		const char *r = runs[below(N(runs))];
		int wrap = (int)below(4);
		buf_adds(b, wrap == 1 ? "<td " : wrap == 2 ? "<!--" : "");
		for (size_t k = below(below(64) ? 40 : 5000); k > 0; k--)
			buf_adds(b, r);
		buf_adds(b, wrap == 1 ? ">" : wrap == 2 ? "-->" : "");
		break;
	}
	default:
		buf_adds(b, bits[below(N(bits))]);
		break;
	}
}

/* ---- fixtures --------------------------------------------------------------- */

static struct buf fixtures[64];
static size_t nfixtures;

static int load(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f || nfixtures == N(fixtures)) {
		printf("cannot read %s\n", path);
		return 1;
	}
	struct buf *b = &fixtures[nfixtures++];
	char tmp[4096];
	size_t k;
	while ((k = fread(tmp, 1, sizeof tmp, f)) > 0)
		buf_add(b, tmp, k);
	fclose(f);
	return 0;
}

/* A random document: pieces, now and then mixed with a stretch of a fixture. */
static void random_doc(struct buf *b)
{
	buf_reset(b);
	size_t pieces = below(4) ? below(16) : below(64);
	for (size_t k = 0; k < pieces; k++) {
		if (nfixtures && below(60) == 0) {
			struct buf *f = &fixtures[below(nfixtures)];
			size_t at = below(f->len + 1), len = below(f->len - at + 1);
			buf_add(b, f->p + at, len < 600 ? len : 600);
		} else {
			add_piece(b);
		}
	}
}

int main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++)
		if (load(argv[i]))
			return 1;
	/* each fixture whole, many times, and from every 211th byte on */
	for (size_t f = 0; f < nfixtures; f++) {
		const struct buf *b = &fixtures[f];
		for (int k = 0; k < 50; k++, fixture_runs++)
			if (check(b->p, b->len))
				return 1;
		for (size_t at = 0; at < b->len; at += 211, fixture_runs++)
			if (check(b->p + at, b->len - at))
				return 1;
	}
	/* and one document longer than two input buffers */
	struct buf doc = BUF_INIT;
	for (int k = 0; k < 20 && nfixtures; k++)
		buf_add(&doc, fixtures[k % nfixtures].p, fixtures[k % nfixtures].len);
	for (int k = 0; k < 10; k++)
		if (check(doc.p ? doc.p : "", doc.len))
			return 1;
	for (long c = 0; c < CASES; c++) {
		random_doc(&doc);
		if (check(doc.p ? doc.p : "", doc.len)) {
			printf("case %ld\n", c);
			return 1;
		}
	}
	buf_free(&doc);
	printf("html: %ld documents, %ld bytes (%zu fixtures, %ld runs of them): html_read agrees"
	       " with the byte-at-a-time reader\n",
	       checked, bytes, nfixtures, fixture_runs);
	return 0;
}
