/* docx.c - DOCX to text lines, from word/document.xml.
 *
 * The zip is opened with libzip and word/document.xml is inflated and
 * parsed as it streams (expat), so the table structure comes straight
 * from the document rather than from a text dump: the lines are those
 * html.c makes of an HTML page.
 *
 *   - a paragraph (w:p) outside tables is a line; w:br ends a line;
 *     w:tab separates fields with a TAB (a run of tabs is one separator,
 *     none at the start or end of a line);
 *   - a table row (w:tr) is a line, with a TAB between its cells (w:tc);
 *     inside a cell, paragraphs, w:br and w:tab are a space;
 *   - spans are not expanded, as in html.c: a cell spanning columns
 *     (w:gridSpan) is one field, and a cell continuing a vertical merge
 *     (w:vMerge without "restart", or the old w:hMerge) is no field at
 *     all, exactly as a rowspan'd HTML cell has no <td> in the rows below.
 *     So a row shows the cells it has and nothing else: no empty field is
 *     ever made up among its values.  An empty cell is an empty field;
 *   - a row of one cell (a frame drawn around text) keeps its paragraphs
 *     as lines, and a table inside it has its rows as lines;
 *   - text is taken from w:t only: deleted and moved-away text of tracked
 *     changes (and the old properties they record), field codes, hidden
 *     runs (w:vanish) and the fallback copy of a text box (mc:Fallback)
 *     are not read.
 *
 * Only the row being read is held in memory (a frame row can hold the
 * whole document; document.xml of a report is small, a few hundred KiB).
 * A document.xml with a DTD is refused (no entity expansion). */
#include "input.h"
#include "buf.h"
#include "diag.h"

#include <errno.h>
#include <expat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

#define ZCHUNK (32 * 1024)
#define MAX_DEPTH 32                  /* tables inside tables */
#define ROW_MAX (64 * 1024 * 1024)    /* the text of one table row */
#define PART "word/document.xml"

#define NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_W_STRICT "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define NS_MC "http://schemas.openxmlformats.org/markup-compatibility/2006"

/* In the row buffer: the separator of the outermost table's cells.  XML
 * 1.0 text cannot hold this control character. */
#define CELL_SEP '\x1f'

enum cell_state { CELL_NONE, CELL_UNDECIDED, CELL_OPEN, CELL_SKIPPED };

struct level {
	int tcs;                /* w:tc elements in the current row */
	int cells;              /* cells written in the current row */
	enum cell_state cell;
	int cont;               /* the cell continues a merge */
	int xdepth;             /* XML depth of the w:tc */
};

struct docx {
	struct input *in;
	zip_t *za;
	zip_file_t *zf;
	XML_Parser xp;
	char z[ZCHUNK];
	int done, failed;
	struct buf out;         /* text lines ready for the reader */
	size_t opos;
	struct buf row;         /* the outermost table row being read */

	int xdepth;             /* XML element depth */
	int skip_at;            /* descendants of the element at this depth are ignored */
	int in_t;               /* inside w:t */
	int in_rpr;             /* inside a run's w:rPr */
	int hidden;             /* the run is hidden (w:vanish) */
	int tdepth;             /* table nesting, 0 outside tables */
	int too_deep;           /* tables nested deeper than MAX_DEPTH */
	struct level lv[MAX_DEPTH + 1];
	int pending_space, pending_tab;
	char out_last;          /* last byte of the output already read */
};

/* ---- names ---------------------------------------------------------------- */

/* expat gives "URI local" (ParserCreateNS with ' '). */
static int is_w(const char *name, const char *local)
{
	const char *sp = strrchr(name, ' ');
	if (!sp || strcmp(sp + 1, local) != 0)
		return 0;
	size_t n = (size_t)(sp - name);
	return (n == strlen(NS_W) && memcmp(name, NS_W, n) == 0) ||
	       (n == strlen(NS_W_STRICT) && memcmp(name, NS_W_STRICT, n) == 0);
}

static int is_mc(const char *name, const char *local)
{
	const char *sp = strrchr(name, ' ');
	return sp && strcmp(sp + 1, local) == 0 && (size_t)(sp - name) == strlen(NS_MC) &&
	       memcmp(name, NS_MC, strlen(NS_MC)) == 0;
}

static const char *w_attr(const char **atts, const char *local)
{
	for (int i = 0; atts[i]; i += 2)
		if (is_w(atts[i], local))
			return atts[i + 1];
	return NULL;
}

/* w:val of an on/off property: absent means on. */
static int on_off(const char **atts)
{
	const char *v = w_attr(atts, "val");
	return !v || !(strcmp(v, "0") == 0 || strcmp(v, "false") == 0 || strcmp(v, "off") == 0);
}

/* ---- output --------------------------------------------------------------- */

/* Stop reading; msg is the error line (after the file name). */
static void fail(struct docx *d, const char *msg)
{
	if (d->failed)
		return;
	d->failed = 1;
	snprintf(d->in->error, sizeof d->in->error, "%s", msg);
	XML_StopParser(d->xp, XML_FALSE);
}

static struct buf *target(struct docx *d)
{
	return d->tdepth > 0 ? &d->row : &d->out;
}

/* The last byte written to b ('\n' at the start); the reader may have
 * taken and cleared the output already. */
static char last_of(struct docx *d, struct buf *b)
{
	if (b->len)
		return b->p[b->len - 1];
	return b == &d->out ? d->out_last : '\n';
}

/* A line break in the row buffer: a frame row's lines, else a space. */
static void row_break(struct docx *d)
{
	d->pending_space = d->pending_tab = 0;
	char c = last_of(d, &d->row);
	if (d->row.len && c != '\n' && c != CELL_SEP)
		buf_addc(&d->row, '\n');
}

/* The end of a paragraph, a w:br: a new line outside tables and in a
 * frame cell, a space deeper down. */
static void put_newline(struct docx *d)
{
	if (d->tdepth == 1) {
		row_break(d);
	} else if (d->tdepth > 1) {
		d->pending_space = 1;
	} else {
		d->pending_space = d->pending_tab = 0;
		if (last_of(d, &d->out) != '\n')
			buf_addc(&d->out, '\n');
	}
}

static void put_text(struct docx *d, const char *s, size_t n)
{
	struct buf *b = target(d);
	char c = last_of(d, b);
	int at_start = b->len == 0 || c == '\n' || c == '\t' || c == CELL_SEP;
	if (d->pending_tab && !at_start)
		buf_addc(b, '\t');
	else if (d->pending_space && !at_start && c != ' ')
		buf_addc(b, ' ');
	d->pending_space = d->pending_tab = 0;
	buf_add(b, s, n);
	if (d->row.len > ROW_MAX)
		fail(d, PART ": a table row of more than 64 MiB of text");
}

/* ---- tables --------------------------------------------------------------- */

/* The cell's merge state is known once its w:tcPr has been read: write
 * its separator, or skip it. */
static void decide(struct docx *d)
{
	struct level *l = &d->lv[d->tdepth];
	if (d->tdepth == 0 || l->cell != CELL_UNDECIDED)
		return;
	if (l->cont) {
		l->cell = CELL_SKIPPED;
		d->skip_at = l->xdepth;
		return;
	}
	l->cell = CELL_OPEN;
	if (l->cells++ == 0) {
		/* the row's first cell */
	} else if (d->tdepth <= 2) {
		/* a table inside a frame cell keeps its cells apart */
		buf_addc(&d->row, d->tdepth == 1 ? CELL_SEP : '\t');
		d->pending_space = d->pending_tab = 0;
	} else {
		d->pending_space = 1;
	}
}

/* The outermost row, as one line (or, for a frame row, several). */
static void flush_row(struct docx *d)
{
	struct buf *o = &d->out;
	int frame = d->lv[1].tcs == 1;
	int space = 0;
	if (last_of(d, o) != '\n')
		buf_addc(o, '\n');
	size_t line_start = o->len;
	for (size_t i = 0; i < d->row.len; i++) {
		char c = d->row.p[i];
		if (c == CELL_SEP) {
			buf_addc(o, '\t');
			space = 0;
		} else if (frame && c == '\n') {
			if (o->len > line_start && last_of(d, o) != '\n') {
				buf_addc(o, '\n');
				line_start = o->len;
			}
			space = 0;
		} else if (frame && c == '\t') {
			buf_addc(o, '\t');
			space = 0;
		} else if (c == ' ' || c == '\n' || c == '\t') {
			space = 1;
		} else {
			char p = last_of(d, o);
			if (space && o->len > line_start && p != '\t' && p != '\n')
				buf_addc(o, ' ');
			space = 0;
			buf_addc(o, c);
		}
	}
	if (o->len > line_start || d->lv[1].tcs > 1)
		buf_addc(o, '\n');
	buf_reset(&d->row);
}

/* ---- expat handlers ------------------------------------------------------- */

static void XMLCALL on_start(void *ud, const char *name, const char **atts)
{
	struct docx *d = ud;
	d->xdepth++;
	if (d->skip_at && d->xdepth > d->skip_at)
		return;
	struct level *l = &d->lv[d->tdepth];
	/* a child of a cell other than its properties: the cell has begun */
	if (d->tdepth > 0 && l->cell == CELL_UNDECIDED && d->xdepth == l->xdepth + 1 &&
	    !is_w(name, "tcPr")) {
		decide(d);
		if (l->cell == CELL_SKIPPED)
			return;
	}
	if (is_w(name, "t")) {
		d->in_t = 1;
	} else if (is_w(name, "r")) {
		d->hidden = 0;
	} else if (is_w(name, "rPr")) {
		d->in_rpr = 1;
	} else if (is_w(name, "vanish") && d->in_rpr) {
		d->hidden = on_off(atts);
	} else if (is_w(name, "br") || is_w(name, "cr")) {
		put_newline(d);
	} else if (is_w(name, "tab")) {
		if (d->tdepth > 0)
			d->pending_space = 1;
		else
			d->pending_tab = 1;
	} else if (is_w(name, "noBreakHyphen")) {
		if (!d->hidden)
			put_text(d, "-", 1);
	} else if (is_w(name, "tbl")) {
		put_newline(d);
		if (d->tdepth < MAX_DEPTH) {
			d->tdepth++;
			memset(&d->lv[d->tdepth], 0, sizeof d->lv[d->tdepth]);
		} else {
			d->too_deep++; /* read as part of the table it is in */
		}
	} else if (is_w(name, "tr") && d->tdepth > 0) {
		l->tcs = 0;
		l->cells = 0;
		l->cell = CELL_NONE;
		if (d->tdepth == 1)
			buf_reset(&d->row);
		else if (d->tdepth == 2)
			row_break(d);
		else
			d->pending_space = 1;
	} else if (is_w(name, "tc") && d->tdepth > 0) {
		l->tcs++;
		l->cell = CELL_UNDECIDED;
		l->cont = 0;
		l->xdepth = d->xdepth;
	} else if ((is_w(name, "vMerge") || is_w(name, "hMerge")) && d->tdepth > 0 &&
		   l->cell == CELL_UNDECIDED) {
		const char *v = w_attr(atts, "val");
		l->cont = !v || strcmp(v, "restart") != 0;
	} else if (is_mc(name, "Fallback") || is_w(name, "moveFrom") || is_w(name, "del") ||
		   is_w(name, "instrText") || is_w(name, "delText") || is_w(name, "rPrChange") ||
		   is_w(name, "pPrChange") || is_w(name, "tcPrChange") || is_w(name, "trPrChange") ||
		   is_w(name, "tblPrChange")) {
		/* not printed: tracked changes' old text and old properties */
		d->skip_at = d->xdepth;
	}
}

static void XMLCALL on_end(void *ud, const char *name)
{
	struct docx *d = ud;
	if (d->skip_at && d->xdepth > d->skip_at) {
		d->xdepth--;
		return;
	}
	if (d->skip_at == d->xdepth)
		d->skip_at = 0;
	d->xdepth--;
	struct level *l = &d->lv[d->tdepth];
	if (is_w(name, "t")) {
		d->in_t = 0;
	} else if (is_w(name, "rPr")) {
		d->in_rpr = 0;
	} else if (is_w(name, "r")) {
		d->hidden = 0;
	} else if (is_w(name, "p")) {
		put_newline(d);
	} else if (is_w(name, "tcPr") && d->tdepth > 0) {
		decide(d);
	} else if (is_w(name, "tc") && d->tdepth > 0) {
		decide(d);
		l->cell = CELL_NONE;
		d->pending_space = d->pending_tab = 0;
	} else if (is_w(name, "tr") && d->tdepth == 1) {
		flush_row(d);
	} else if (is_w(name, "tbl") && d->too_deep > 0) {
		d->too_deep--;
	} else if (is_w(name, "tbl") && d->tdepth > 0) {
		if (d->tdepth == 1 && d->row.len)
			flush_row(d);
		d->tdepth--;
		if (d->tdepth > 0)
			put_newline(d);
		else
			d->pending_space = d->pending_tab = 0;
	}
}

static void XMLCALL on_text(void *ud, const char *s, int len)
{
	struct docx *d = ud;
	if (!d->in_t || d->hidden || (d->skip_at && d->xdepth >= d->skip_at))
		return;
	if (d->tdepth > 0 && d->lv[d->tdepth].cell != CELL_OPEN)
		return;
	size_t n = (size_t)len, i = 0;
	while (i < n) {
		/* white space (and U+00A0) is a space, collapsed */
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
			d->pending_space = 1;
			i++;
		} else if ((unsigned char)s[i] == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
			d->pending_space = 1;
			i += 2;
		} else {
			size_t j = i;
			while (j < n && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r' &&
			       !((unsigned char)s[j] == 0xC2 && j + 1 < n && (unsigned char)s[j + 1] == 0xA0))
				j++;
			put_text(d, s + i, j - i);
			i = j;
		}
	}
}

static void XMLCALL on_doctype(void *ud, const char *name, const char *sysid, const char *pubid,
			       int has_internal)
{
	(void)name;
	(void)sysid;
	(void)pubid;
	(void)has_internal;
	struct docx *d = ud;
	fail(d, PART " has a DTD; not read");
}

/* ---- reading -------------------------------------------------------------- */

/* Parse one chunk of the document. */
static void fill(struct docx *d)
{
	zip_int64_t r = zip_fread(d->zf, d->z, sizeof d->z);
	char msg[300];
	if (r < 0) {
		snprintf(msg, sizeof msg, PART " cannot be read: %s", zip_file_strerror(d->zf));
		fail(d, msg);
		return;
	}
	if (XML_Parse(d->xp, d->z, (int)r, r == 0) == XML_STATUS_ERROR) {
		snprintf(msg, sizeof msg, PART ":%lu: %s", (unsigned long)XML_GetCurrentLineNumber(d->xp),
			 XML_ErrorString(XML_GetErrorCode(d->xp)));
		fail(d, msg);
		return;
	}
	if (r == 0) {
		if (d->row.len)
			flush_row(d);
		d->tdepth = 0;
		put_newline(d);
		d->done = 1;
	}
}

static ssize_t docx_read(void *ctx, char *p, size_t n)
{
	struct docx *d = ctx;
	for (;;) {
		if (d->opos < d->out.len) {
			size_t k = d->out.len - d->opos < n ? d->out.len - d->opos : n;
			memcpy(p, d->out.p + d->opos, k);
			d->opos += k;
			return (ssize_t)k;
		}
		if (d->out.len)
			d->out_last = d->out.p[d->out.len - 1];
		buf_reset(&d->out);
		d->opos = 0;
		if (d->failed) {
			errno = EIO;
			return -1;
		}
		if (d->done)
			return 0;
		fill(d);
	}
}

void docx_free(struct docx *d)
{
	if (d->xp)
		XML_ParserFree(d->xp);
	if (d->zf)
		zip_fclose(d->zf);
	if (d->za)
		zip_discard(d->za);
	buf_free(&d->out);
	buf_free(&d->row);
	free(d);
}

static enum input_status open_fail(struct input *in, struct docx *d)
{
	exit_status_raise(EXIT_TROUBLE);
	in->docx = NULL;
	docx_free(d);
	return INPUT_FAIL;
}

enum input_status docx_open(struct input *in, size_t maxline)
{
	struct docx *d = xcalloc(1, sizeof *d);
	d->in = in;
	d->out_last = '\n';
	in->docx = d;
	zip_error_t ze;
	zip_error_init(&ze);
	if (in->mem) {
		zip_source_t *src = zip_source_buffer_create(in->mem, in->mem_len, 0, &ze);
		if (src && !(d->za = zip_open_from_source(src, ZIP_RDONLY, &ze)))
			zip_source_free(src);
	} else {
		const char *path;
		int fd, fd2 = -1;
		if (input_as_file(in, &path, &fd) < 0)
			return open_fail(in, d);
		int code = 0;
		if ((fd2 = dup(fd)) < 0) {
			errmsg("%s: %s", in->path, strerror(errno));
			return open_fail(in, d);
		}
		if (!(d->za = zip_fdopen(fd2, 0, &code))) {
			close(fd2);
			zip_error_init_with_code(&ze, code);
		}
	}
	if (!d->za) {
		errmsg("%s: a ZIP file that cannot be read (a DOCX cut short?): %s", in->path,
		       zip_error_strerror(&ze));
		zip_error_fini(&ze);
		return open_fail(in, d);
	}
	zip_error_fini(&ze);
	zip_int64_t idx = zip_name_locate(d->za, PART, ZIP_FL_NOCASE);
	if (idx < 0) {
		if (zip_name_locate(d->za, "content.xml", 0) >= 0)
			errmsg("%s: an OpenDocument file (ODT?), not a DOCX: save it as DOCX or PDF",
			       in->path);
		else
			errmsg("%s: a ZIP file that is not a DOCX (no %s in it)", in->path, PART);
		return open_fail(in, d);
	}
	if (!(d->zf = zip_fopen_index(d->za, (zip_uint64_t)idx, 0))) {
		errmsg("%s: DOCX %s cannot be read: %s", in->path, PART, zip_strerror(d->za));
		return open_fail(in, d);
	}
	d->xp = XML_ParserCreateNS(NULL, ' ');
	if (!d->xp)
		die("out of memory");
	XML_SetUserData(d->xp, d);
	XML_SetElementHandler(d->xp, on_start, on_end);
	XML_SetCharacterDataHandler(d->xp, on_text);
	XML_SetStartDoctypeDeclHandler(d->xp, on_doctype);
	/* a document that is not XML at all is one clear error, here */
	while (!d->out.len && !d->done && !d->failed)
		fill(d);
	if (d->failed) {
		errmsg("%s: %s", in->path, in->error);
		in->error[0] = '\0';
		return open_fail(in, d);
	}
	snprintf(in->encoding, sizeof in->encoding, "UTF-8");
	lines_init(&in->lines, docx_read, d, maxline);
	return INPUT_OK;
}
