/* html.c - HTML to text lines, streaming.
 *
 * A table row becomes one line with a TAB between its cells; a paragraph,
 * heading or line break outside tables ends a line; inside a cell they
 * become a space.  Spans are not expanded: a cell's text appears once,
 * which is all the label-driven recogniser needs (values are placed by
 * order after their row label, never by grid column).  Entities are
 * decoded; script and style contents are dropped. */
#include "input.h"
#include "buf.h"
#include "utf8.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define INBUF (64 * 1024)
#define TAG_MAX 4096

enum hstate { H_TEXT, H_TAG, H_COMMENT, H_ENTITY, H_RAW };

struct html {
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

struct html *html_new(source_read_fn read, void *ctx)
{
	struct html *h = xcalloc(1, sizeof *h);
	h->in = xmalloc(INBUF);
	h->read = read;
	h->ctx = ctx;
	h->last = '\n';
	return h;
}

void html_free(struct html *h)
{
	buf_free(&h->tag);
	buf_free(&h->ent);
	buf_free(&h->out);
	free(h->in);
	free(h);
}

static void put_newline(struct html *h)
{
	if (h->last != '\n') {
		buf_addc(&h->out, '\n');
		h->last = '\n';
	}
	h->pending_space = 0;
}

static void put_text(struct html *h, const char *s, size_t n)
{
	if (h->pending_space && h->last != '\n' && h->last != '\t' && h->last != ' ')
		buf_addc(&h->out, ' ');
	h->pending_space = 0;
	buf_add(&h->out, s, n);
	if (n)
		h->last = s[n - 1];
}

static void put_space(struct html *h)
{
	h->pending_space = 1;
}

static void put_break(struct html *h)
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

static void flush_entity(struct html *h)
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

static void do_tag(struct html *h)
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

static void step(struct html *h)
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

ssize_t html_read(void *ctx, char *p, size_t n)
{
	struct html *h = ctx;
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
