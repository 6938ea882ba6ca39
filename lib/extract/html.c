/* html.c - HTML to text lines, streaming.
 *
 * A table row becomes one line with a TAB between its cells; a paragraph,
 * heading or line break outside tables ends a line; inside a cell they
 * become a space.  Spans are not expanded: a cell's text appears once,
 * which is all the label-driven recogniser needs (values are placed by
 * order after their row label, never by grid column).  Entities are
 * decoded; style contents are dropped, and so are scripts' but for the
 * whole tables some pages keep in a script's strings (jsstr.h): those
 * follow the page's own lines (html_script_tables_line).
 *
 * A report page is mostly short tags and short runs of text, so the text
 * state works on the input buffer in place: runs of text are found eight
 * bytes at a time and added at once, a tag whose '>' is in the buffer is
 * read there and its name looked up by a packed key, comments and script
 * bodies are skipped with memchr.  Only markup cut by the end of a buffer
 * goes through the byte-at-a-time states (H_TAG, H_ENTITY), which carry it
 * across reads.  tests/unit/html-test.c checks the output against the
 * byte-at-a-time reader this replaced. */
#include "input.h"
#include "buf.h"
#include "bytes.h"
#include "jsstr.h"
#include "utf8.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define INBUF (64 * 1024)
#define TAG_MAX 4096
#define SCRIPT_MAX (4 * 1024 * 1024) /* a longer script is no page's text: dropped */

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
	/* a script's body, kept to look in its strings for tables (jsstr.h);
	 * those found are read at the end of the page, from line tables_line
	 * on (extract.c reads them only when the page's own text gave no
	 * values: else they are a copy of its tables) */
	struct buf script;
	int keep_script;        /* the raw text being skipped is kept in script */
	struct buf tables;      /* the tables found; while read, in points here */
	int tables_read;
	unsigned long lines_out;   /* lines written so far */
	unsigned long tables_line; /* the first line of the tables, or 0 */
	char *saved_in;         /* the input they were read after, or NULL */
	size_t saved_ilen, saved_ipos;
	int comment_dashes;
	int in_cell;
	int in_row;
	int row_cells;
	int pending_space;
	char last;              /* last byte written */
	struct buf out;
	size_t opos;
};

static void put_newline(struct html *h)
{
	if (h->last != '\n') {
		buf_addc(&h->out, '\n');
		h->last = '\n';
		h->lines_out++;
	}
	h->pending_space = 0;
}

static inline void put_text(struct html *h, const char *s, size_t n)
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

/* Named entities; utf8 NULL for the spaces, which collapse like white space. */
static const struct {
	const char *name;
	const char *utf8;
} entities[] = {
	{"nbsp", NULL}, {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""},
	{"apos", "'"}, {"ldquo", "“"}, {"rdquo", "”"}, {"lsquo", "‘"}, {"rsquo", "’"},
	{"mdash", "—"}, {"ndash", "–"}, {"hellip", "…"}, {"middot", "·"}, {"ensp", NULL},
	{"emsp", NULL}, {"thinsp", NULL}, {"times", "×"}, {"yen", "¥"}, {"copy", "©"},
	{"laquo", "«"}, {"raquo", "»"}, {"bull", "•"}, {"deg", "°"}, {"plusmn", "±"},
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
	for (size_t i = 0; i < sizeof entities / sizeof entities[0]; i++)
		if (strlen(entities[i].name) == body && memcmp(entities[i].name, e, body) == 0) {
			if (entities[i].utf8)
				put_text(h, entities[i].utf8, strlen(entities[i].utf8));
			else
				put_space(h);
			buf_reset(&h->ent);
			return;
		}
	put_text(h, "&", 1);
	put_text(h, e, n);
	buf_reset(&h->ent);
}

/* What a tag does to the text; the tags not listed do nothing. */
enum tag_kind { TAG_RAW, TAG_CELL, TAG_ROW, TAG_TABLE, TAG_BREAK };

static const struct {
	const char *name; /* lower case */
	enum tag_kind kind;
} tag_kinds[] = {
	{"script", TAG_RAW}, {"style", TAG_RAW}, {"textarea", TAG_RAW},
	{"td", TAG_CELL}, {"th", TAG_CELL}, {"tr", TAG_ROW},
	{"table", TAG_TABLE}, {"tbody", TAG_TABLE}, {"thead", TAG_TABLE},
	{"p", TAG_BREAK}, {"div", TAG_BREAK}, {"br", TAG_BREAK}, {"h1", TAG_BREAK},
	{"h2", TAG_BREAK}, {"h3", TAG_BREAK}, {"h4", TAG_BREAK}, {"h5", TAG_BREAK},
	{"h6", TAG_BREAK}, {"li", TAG_BREAK}, {"ul", TAG_BREAK}, {"ol", TAG_BREAK},
	{"title", TAG_BREAK}, {"blockquote", TAG_BREAK}, {"section", TAG_BREAK},
	{"article", TAG_BREAK}, {"header", TAG_BREAK}, {"footer", TAG_BREAK},
	{"pre", TAG_BREAK}, {"hr", TAG_BREAK}, {"dd", TAG_BREAK}, {"dt", TAG_BREAK},
	{"dl", TAG_BREAK}, {"form", TAG_BREAK}, {"center", TAG_BREAK},
	{"caption", TAG_BREAK}, {"body", TAG_BREAK}, {"html", TAG_BREAK},
	{"head", TAG_BREAK},
};

#define TAG_NAME_MAX 10  /* "blockquote" */
#define KIND_BITS 7      /* 128 slots, well above the tags listed */
#define KIND_SLOTS (1u << KIND_BITS)

/* A tag name byte (letter, digit, ':', '-') as 1 to 38, letters first and
 * in either case the same; 0 for the other bytes. */
static unsigned char name_code[256];
/* tag_kinds[] hashed by name key (open addressing): 1 + the index, 0 free. */
static unsigned char kind_slot[KIND_SLOTS];
static uint64_t kind_key[KIND_SLOTS];

/* The end of the tag name at s[i..n); *key packs its bytes' codes, 6 bits
 * each: a key of its own for each name of up to TAG_NAME_MAX bytes. */
static size_t scan_name(const char *s, size_t i, size_t n, uint64_t *key)
{
	uint64_t k = 0;
	unsigned c;
	while (i < n && (c = name_code[(unsigned char)s[i]])) {
		k = k << 6 | c;
		i++;
	}
	*key = k;
	return i;
}

static unsigned kind_hash(uint64_t key)
{
	return (unsigned)((key * 0x9E3779B97F4A7C15ull) >> (64 - KIND_BITS));
}

static void tags_init(void)
{
	static int ready;
	if (ready)
		return;
	ready = 1;
	unsigned code = 1;
	for (int c = 'a'; c <= 'z'; c++, code++)
		name_code[c] = name_code[c - 'a' + 'A'] = (unsigned char)code;
	for (const char *c = "0123456789:-"; *c; c++, code++)
		name_code[(unsigned char)*c] = (unsigned char)code;
	for (size_t i = 0; i < sizeof tag_kinds / sizeof tag_kinds[0]; i++) {
		const char *name = tag_kinds[i].name;
		uint64_t key;
		scan_name(name, 0, strlen(name), &key);
		unsigned k = kind_hash(key);
		while (kind_slot[k])
			k = (k + 1) & (KIND_SLOTS - 1);
		kind_slot[k] = (unsigned char)(i + 1);
		kind_key[k] = key;
	}
}

/* The index in tag_kinds[] of the tag name of n bytes with this key, or -1. */
static int tag_find(uint64_t key, size_t n)
{
	if (n == 0 || n > TAG_NAME_MAX)
		return -1;
	for (unsigned k = kind_hash(key); kind_slot[k]; k = (k + 1) & (KIND_SLOTS - 1))
		if (kind_key[k] == key)
			return kind_slot[k] - 1;
	return -1;
}

/* At the end of the page (its last line ended): are there scripts' tables
 * to read?  Then the input is theirs until they are read. */
static int read_script_tables(struct html *h)
{
	if (h->tables_read || h->tables.len == 0)
		return 0;
	h->tables_read = 1;
	h->tables_line = h->lines_out + 1;
	h->st = H_TEXT; /* whatever the page left open */
	h->in_cell = h->in_row = 0;
	h->saved_in = h->in;
	h->saved_ilen = h->ilen;
	h->saved_ipos = h->ipos;
	h->in = h->tables.p;
	h->ilen = h->tables.len;
	h->ipos = 0;
	return 1;
}

/* A start tag (close 0) or end tag: its name's key and length. */
static void tag(struct html *h, int close, uint64_t key, size_t nl)
{
	int t = tag_find(key, nl);
	if (t < 0)
		return;
	switch (tag_kinds[t].kind) {
	case TAG_RAW:
		if (close)
			break;
		snprintf(h->raw_end, sizeof h->raw_end, "</%s", tag_kinds[t].name);
		h->raw_match = 0;
		h->st = H_RAW;
		/* a script's, unless read from a script's strings already */
		h->keep_script = !h->saved_in && strcmp(tag_kinds[t].name, "script") == 0;
		buf_reset(&h->script);
		break;
	case TAG_CELL:
		if (close) {
			h->in_cell = 0;
			h->pending_space = 0;
			break;
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
		break;
	case TAG_ROW:
		h->in_cell = 0;
		put_newline(h);
		h->in_row = !close;
		h->row_cells = 0;
		break;
	case TAG_TABLE:
		h->in_cell = 0;
		h->in_row = 0;
		put_newline(h);
		break;
	case TAG_BREAK:
		put_break(h);
		break;
	}
}

/* The tag read into h->tag by the byte-at-a-time H_TAG state. */
static void do_tag(struct html *h)
{
	const char *t = h->tag.p ? h->tag.p : "";
	size_t n = h->tag.len;
	size_t s = n > 0 && t[0] == '/';
	uint64_t key;
	size_t end = scan_name(t, s, n, &key);
	tag(h, s == 1, key, end - s);
}

/* The markup at h->in[i] == '<' when it ends in this buffer, read in place:
 * returns where the text goes on.  Else (cut by the buffer's end) the
 * H_TAG state reads it byte by byte, across buffers. */
static size_t markup(struct html *h, size_t i)
{
	const char *s = h->in, *gt;
	size_t n = h->ilen;
	if (i + 1 < n) {
		unsigned char c = (unsigned char)s[i + 1];
		if (c == '!') {
			if (i + 3 < n && s[i + 2] == '-' && s[i + 3] == '-') {
				h->st = H_COMMENT;
				h->comment_dashes = 0;
				return i + 4;
			}
			/* <!DOCTYPE …>, <![CDATA[ …: up to the first '>', no effect */
			if (i + 3 < n && (gt = memchr(s + i + 2, '>', n - i - 2)))
				return (size_t)(gt - s) + 1;
		} else if (c == '>') {
			return i + 2; /* "<>": an empty tag */
		} else if (c == '/' || name_code[c] - 1u < 26) { /* a letter */
			uint64_t key;
			size_t name = i + 1 + (c == '/'), end = scan_name(s, name, n, &key);
			gt = end < n && s[end] == '>' ? s + end : memchr(s + end, '>', n - end);
			if (gt) {
				tag(h, c == '/', key, end - name);
				return (size_t)(gt - s) + 1;
			}
		} else {
			put_text(h, "<", 1); /* not markup */
			return i + 1;
		}
	}
	h->st = H_TAG;
	buf_reset(&h->tag);
	return i + 1;
}

/* Bytes in text: plain, white space, or the start of markup or an entity. */
enum { C_PLAIN, C_SPACE, C_MARKUP, C_ENTITY };
static const unsigned char text_class[256] = {
	['<'] = C_MARKUP, ['&'] = C_ENTITY, [' '] = C_SPACE, ['\t'] = C_SPACE,
	['\n'] = C_SPACE, ['\r'] = C_SPACE, ['\f'] = C_SPACE,
};

#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

/* The high bit of each byte of w below c (c <= 0x80): exact for the
 * lowest such byte, which is all that is asked. */
static inline uint64_t bytes_below(uint64_t w, unsigned char c)
{
	return (w - ONES * c) & ~w & HIGHS;
}

/* The end of the plain text from s[i]: the first '<', '&' or white space,
 * or n.  Eight bytes at a time to the first '<', '&' or byte up to ' ',
 * which may still be plain (a control byte). */
static size_t plain_end(const unsigned char *s, size_t i, size_t n)
{
	while (i + 8 <= n) {
		uint64_t w = load_le64(s + i);
		uint64_t m = bytes_below(w ^ ONES * '<', 1) | bytes_below(w ^ ONES * '&', 1) |
			     bytes_below(w, ' ' + 1);
		if (!m) {
			i += 8;
			continue;
		}
		i += (unsigned)__builtin_ctzll(m) >> 3;
		if (text_class[s[i]] != C_PLAIN)
			return i;
		i++;
	}
	while (i < n && text_class[s[i]] == C_PLAIN)
		i++;
	return i;
}

/* Text and the markup in it, up to the buffer's end or another state.
 * The output grows by at most about a byte per input byte. */
static void text(struct html *h)
{
	const unsigned char *s = (const unsigned char *)h->in;
	size_t i = h->ipos, n = h->ilen;
	while (i < n && h->st == H_TEXT) {
		size_t from = i;
		switch (text_class[s[i]]) {
		case C_PLAIN:
			i = plain_end(s, i + 1, n);
			put_text(h, h->in + from, i - from);
			break;
		case C_SPACE:
			while (++i < n && text_class[s[i]] == C_SPACE)
				;
			put_space(h);
			break;
		case C_MARKUP:
			i = markup(h, i);
			break;
		case C_ENTITY:
			h->st = H_ENTITY;
			buf_reset(&h->ent);
			i++;
			break;
		}
	}
	h->ipos = i;
}

/* Inside <!-- …: up to a '>' right after two '-' or more. */
static void comment(struct html *h)
{
	const char *s = h->in + h->ipos;
	size_t left = h->ilen - h->ipos;
	const char *gt = memchr(s, '>', left);
	size_t run = gt ? (size_t)(gt - s) : left, d = 0;
	while (d < run && d < 2 && s[run - 1 - d] == '-')
		d++;
	int dashes = d == run ? h->comment_dashes + (int)d : (int)d;
	if (!gt) {
		h->comment_dashes = dashes < 2 ? dashes : 2;
		h->ipos = h->ilen;
		return;
	}
	h->comment_dashes = 0;
	h->ipos += run + 1;
	if (dashes >= 2)
		h->st = H_TEXT;
}

/* The tables in the strings of the script just skipped, kept for the end
 * of the page (up to SCRIPT_MAX in all). */
static void script_tables(struct html *h)
{
	if (h->tables.len < SCRIPT_MAX)
		js_table_strings(h->script.p ? h->script.p : "", h->script.len, &h->tables);
}

/* Raw text skipped, kept when it is a script's (to SCRIPT_MAX). */
static void keep_raw(struct html *h, const char *s, size_t n)
{
	if (!h->keep_script)
		return;
	if (h->script.len + n > SCRIPT_MAX) {
		h->keep_script = 0;
		buf_reset(&h->script);
		return;
	}
	buf_add(&h->script, s, n);
}

/* Inside script, style or textarea: up to raw_end ("</script"), any case.
 * Only its first byte, '<', starts it again on a mismatch. */
static void raw(struct html *h)
{
	if (h->raw_match == 0) {
		const char *from = h->in + h->ipos;
		const char *lt = memchr(from, '<', h->ilen - h->ipos);
		size_t skip = lt ? (size_t)(lt - from) : h->ilen - h->ipos;
		keep_raw(h, from, skip);
		h->ipos += skip;
		if (!lt)
			return;
	}
	keep_raw(h, h->in + h->ipos, 1);
	char lc = (char)tolower((unsigned char)h->in[h->ipos++]);
	if (lc == h->raw_end[h->raw_match]) {
		if (h->raw_end[++h->raw_match] == '\0') {
			h->st = H_TAG;
			buf_reset(&h->tag);
			buf_adds(&h->tag, h->raw_end + 1);
			if (h->keep_script) {
				/* the end tag's bytes were kept with the body */
				h->script.len -= strlen(h->raw_end);
				h->keep_script = 0;
				script_tables(h);
			}
		}
	} else {
		h->raw_match = lc == '<' ? 1 : 0;
	}
}

/* A tag cut by the end of a buffer, byte by byte. */
static void tag_byte(struct html *h, char c)
{
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
}

/* An entity, byte by byte: up to ';' or a byte that cannot be in one. */
static void entity_byte(struct html *h, char c)
{
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
}

/* Run the states over the input until some output is ready. */
static void step(struct html *h)
{
	while (h->ipos < h->ilen && h->out.len - h->opos < INBUF) {
		switch (h->st) {
		case H_TEXT:
			text(h);
			break;
		case H_TAG:
			tag_byte(h, h->in[h->ipos++]);
			break;
		case H_COMMENT:
			comment(h);
			break;
		case H_ENTITY:
			entity_byte(h, h->in[h->ipos++]);
			break;
		case H_RAW:
			raw(h);
			break;
		}
	}
}

struct html *html_new(source_read_fn read, void *ctx)
{
	tags_init();
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
	buf_free(&h->script);
	buf_free(&h->tables);
	free(h->saved_in ? h->saved_in : h->in);
	free(h);
}

unsigned long html_script_tables_line(const struct html *h)
{
	return h->tables_line;
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
		if (h->ipos == h->ilen && h->saved_in) {
			/* the scripts' tables read: back to the end of the page */
			h->in = h->saved_in;
			h->ilen = h->saved_ilen;
			h->ipos = h->saved_ipos;
			h->saved_in = NULL;
			continue;
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
				if (read_script_tables(h))
					continue;
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
