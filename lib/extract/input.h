/* input.h - a report file as UTF-8 text lines.
 *
 * The encoding is decided from the first 64 KiB: a byte order mark
 * (UTF-8, UTF-16), an HTML <meta> charset, valid UTF-8, else GB18030 (which
 * covers GBK and GB2312).  HTML is turned into text on the way: one line per
 * table row with TAB between cells, one per paragraph outside tables. */
#ifndef GIPA_INPUT_H
#define GIPA_INPUT_H

#include "lines.h"

#include <iconv.h>
#include <stddef.h>

struct html;

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
};

enum input_status { INPUT_OK, INPUT_EMPTY, INPUT_FAIL };

/* Open path ("-" is standard input) and sniff it.  On INPUT_FAIL a
 * message was printed (exit status 2). */
enum input_status input_open(struct input *in, const char *path, size_t maxline);
/* The same over bytes in memory (fuzzing, tests); name is for messages. */
enum input_status input_open_mem(struct input *in, const char *name, const char *data, size_t len,
				 size_t maxline);
void input_close(struct input *in);

/* Next text line as in lines_next(). */
int input_line(struct input *in, char **line, size_t *len, int *toolong);

/* HTML to text (html.c). */
struct html *html_new(source_read_fn read, void *ctx);
void html_free(struct html *h);
ssize_t html_read(void *ctx, char *p, size_t n);

#endif
