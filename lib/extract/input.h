/* input.h - a report file as UTF-8 text lines.
 *
 * The encoding is decided from the first 64 KiB: a byte order mark
 * (UTF-8, UTF-16), an HTML <meta> charset, valid UTF-8, else GB18030 (which
 * covers GBK and GB2312).  HTML is turned into text on the way: one line per
 * table row with TAB between cells, one per paragraph outside tables.
 * Documents are recognised by their first bytes and read as text: DOCX
 * directly (docx.c), PDF and DOC through a converter program (convert.c).
 * The SHA-256 of the raw bytes is computed on the way (meta.sha256). */
#ifndef GIPA_INPUT_H
#define GIPA_INPUT_H

#include "lines.h"
#include "sha256.h"

#include <iconv.h>
#include <stddef.h>

struct html;
struct docx;
struct convert;

enum sha_state { SHA_RUNNING, SHA_DONE, SHA_LOST };

struct input {
	const char *path;
	int fd;
	const char *mem;        /* input_open_mem: the bytes */
	size_t mem_len, mem_pos;
	/* the sniffed prefix, replayed before further reads */
	char *pre;
	size_t pre_len, pre_pos;
	/* decoding */
	char encoding[32];      /* "UTF-8", "GB18030", "UTF-16LE", … */
	iconv_t cd;
	int use_iconv;
	char *ibuf;
	size_t ilen;
	int raw_eof;
	unsigned long bad_bytes;  /* bytes that could not be decoded */
	/* HTML */
	int is_html;
	struct html *html;
	struct lines lines;
	size_t total;           /* raw bytes read */
	int src_eof;            /* the source has no more bytes */
	off_t size_hint;        /* a regular file's size when opened, else 0 */
	/* the SHA-256 of every raw byte (meta.sha256) */
	struct sha256 sha;
	enum sha_state sha_state;
	char sha_hex[65];
	int spool_fd;           /* the rest of a pipe, kept to hash it early */
	int spool_failed;       /* … but it could not all be kept */
	/* documents (docx.c, convert.c) */
	struct docx *docx;
	struct convert *conv;
	int tmp_fd;             /* the input copied to a temporary file */
	char *tmp_path;
	char error[512];        /* why reading stopped, when errno does not say */
};

enum input_status { INPUT_OK, INPUT_EMPTY, INPUT_FAIL };

/* Open path ("-" is standard input) and sniff it.  On INPUT_FAIL a
 * message was printed (exit status 2). */
enum input_status input_open(struct input *in, const char *path, size_t maxline);
/* The same over bytes in memory (fuzzing, tests); name is for messages. */
enum input_status input_open_mem(struct input *in, const char *name, const char *data, size_t len,
				 size_t maxline);
void input_close(struct input *in);

/* Next text line as in lines_next().  Inline: a call a line. */
static inline int input_line(struct input *in, char **line, size_t *len, int *toolong)
{
	return lines_next(&in->lines, line, len, toolong);
}

/* The SHA-256 of the input's raw bytes as 64 hex digits, or NULL when a
 * read error left it unknown.  Bytes not yet read are hashed without
 * disturbing the reader (read again from a file, kept from a pipe). */
const char *input_sha256(struct input *in);

/* The raw bytes (the sniffed prefix first), as the decoders read them. */
ssize_t input_raw_read(struct input *in, char *p, size_t n);

/* A new temporary file in $TMPDIR (else /tmp), open for reading and
 * writing; with path NULL it is unlinked at once, else *path is its name
 * (the caller removes it and frees the name).  Returns the descriptor, or
 * -1 (errno).  input_tmpname: a mkstemp template there, to free. */
int input_tmpfile(char **path);
char *input_tmpname(void);
int input_write_all(int fd, const void *p, size_t n);

/* HTML to text (html.c). */
struct html *html_new(source_read_fn read, void *ctx);
void html_free(struct html *h);
ssize_t html_read(void *ctx, char *p, size_t n);
/* The number of the first line made of the whole tables found in the
 * page's scripts (jsstr.h), which follow the page's own lines; 0 while
 * there is none. */
unsigned long html_script_tables_line(const struct html *h);

/* DOCX to text (docx.c): word/document.xml read with libzip and expat. */
enum input_status docx_open(struct input *in, size_t maxline);
void docx_free(struct docx *d);

/* PDF and DOC through pdftotext and wvWare (convert.c).  With
 * input_converters 0 no program is run and such files are refused (exit
 * status 2): for fuzzing, where they would only test the converters. */
extern int input_converters;
enum input_status convert_open_pdf(struct input *in, size_t maxline);
enum input_status convert_open_doc(struct input *in, size_t maxline);
void convert_free(struct input *in);
/* The whole input as a file that can be opened again: the file itself, or
 * a temporary copy (removed by input_close).  Every byte is hashed.
 * Returns 0, or -1 after a message. */
int input_as_file(struct input *in, const char **path, int *fd);

#endif
