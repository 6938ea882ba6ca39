/* input.c - open, sniff and decode a report file. */
#include "input.h"
#include "buf.h"
#include "diag.h"
#include "gb18030.h"
#include "textsearch.h"
#include "utf8.h"

#include <ctype.h>
#include <stdio.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#define SNIFF (64 * 1024)
#define IBUF (64 * 1024)

/* Bytes from the file, or from memory for input_open_mem.  Every byte
 * passes here once, and is hashed here. */
static ssize_t source_bytes(struct input *in, char *p, size_t n)
{
	ssize_t r;
	if (in->mem) {
		size_t k = in->mem_len - in->mem_pos < n ? in->mem_len - in->mem_pos : n;
		memcpy(p, in->mem + in->mem_pos, k);
		in->mem_pos += k;
		r = (ssize_t)k;
	} else if (in->src_eof && in->spool_fd < 0) {
		r = 0; /* told already: no read to hear it again */
	} else {
		int fd = in->spool_fd >= 0 ? in->spool_fd : in->fd;
		do
			r = fd >= 0 ? read(fd, p, n) : 0;
		while (r < 0 && errno == EINTR);
		if (r == 0 && in->spool_failed) {
			errno = EIO;
			r = -1;
		}
	}
	if (r < 0 && in->sha_state == SHA_RUNNING)
		in->sha_state = SHA_LOST;
	else if (r == 0 && n > 0)
		in->src_eof = 1;
	else if (r > 0 && in->sha_state == SHA_RUNNING && in->spool_fd < 0)
		sha256_update(&in->sha, p, (size_t)r);
	return r;
}

static ssize_t raw_read(struct input *in, char *p, size_t n)
{
	if (in->pre_pos < in->pre_len) {
		size_t k = in->pre_len - in->pre_pos;
		if (k > n)
			k = n;
		memcpy(p, in->pre + in->pre_pos, k);
		in->pre_pos += k;
		return (ssize_t)k;
	}
	ssize_t r = source_bytes(in, p, n);
	if (r > 0)
		in->total += (size_t)r;
	return r;
}

ssize_t input_raw_read(struct input *in, char *p, size_t n)
{
	return raw_read(in, p, n);
}

static ssize_t plain_read(void *ctx, char *p, size_t n)
{
	return raw_read(ctx, p, n);
}

/* More raw bytes into ibuf, after those it holds; -1 on a read error. */
static int fill_ibuf(struct input *in)
{
	ssize_t r = raw_read(in, in->ibuf + in->ilen, IBUF - in->ilen);
	if (r < 0)
		return -1;
	if (r == 0)
		in->raw_eof = 1;
	in->ilen += (size_t)r;
	return 0;
}

/* Decode through iconv; undecodable bytes become U+FFFD and are counted. */
static ssize_t iconv_read(void *ctx, char *p, size_t n)
{
	struct input *in = ctx;
	for (;;) {
		if (in->ilen < 16 && !in->raw_eof && fill_ibuf(in) < 0)
			return -1;
		if (in->ilen == 0)
			return 0;
		char *ip = in->ibuf, *op = p;
		size_t il = in->ilen, ol = n;
		size_t rc = iconv(in->cd, &ip, &il, &op, &ol);
		int err = rc == (size_t)-1 ? errno : 0;
		size_t used = in->ilen - il;
		memmove(in->ibuf, ip, il);
		in->ilen = il;
		size_t out = n - ol;
		if (err == EILSEQ || (err == EINVAL && in->raw_eof)) {
			/* skip one undecodable byte */
			if (ol >= 3) {
				memcpy(op, "\xEF\xBF\xBD", 3);
				out += 3;
				memmove(in->ibuf, in->ibuf + 1, --in->ilen);
				in->bad_bytes++;
			}
		} else if (err == EINVAL && !in->raw_eof && in->ilen < IBUF) {
			/* an incomplete sequence at the end: read more */
			if (fill_ibuf(in) < 0)
				return -1;
		}
		if (out > 0)
			return (ssize_t)out;
		if (used == 0 && err == 0 && in->ilen == 0 && in->raw_eof)
			return 0;
	}
}

/* GB18030 the same, a few times faster (gb18030.h); n is 4 or more. */
static ssize_t gb_read(void *ctx, char *p, size_t n)
{
	struct input *in = ctx;
	for (;;) {
		size_t used, out = gb18030_decode(in->cd, in->ibuf, in->ilen, in->raw_eof, p, n, &used,
						  &in->bad_bytes);
		in->ilen -= used;
		memmove(in->ibuf, in->ibuf + used, in->ilen);
		if (out > 0 || in->raw_eof) /* nothing out at the end: all decoded */
			return (ssize_t)out;
		if (fill_ibuf(in) < 0)
			return -1;
	}
}

static int looks_html(const char *s, size_t n)
{
	size_t i = 0;
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < n && isspace((unsigned char)s[i]))
		i++;
	if (i >= n || s[i] != '<')
		return 0;
	size_t m = n - i < 4096 ? n - i : 4096;
	static const char *const tags[] = {"<html", "<!doctype html", "<table", "<body", "<head",
					   "<meta", "<div", "<p>", "<p ", "<tr", NULL};
	for (int k = 0; tags[k]; k++)
		if (text_find_markup(s + i, m, tags[k]))
			return 1;
	return 0;
}

/* charset=... in an HTML <meta>, copied to out (upper case). */
static int html_charset(const char *s, size_t n, char *out, size_t outsz)
{
	size_t k = strlen("charset");
	for (size_t i = 0; i + k < n; i++) {
		if ((s[i] | 0x20) != 'c' || strncasecmp(s + i, "charset", k) != 0)
			continue;
		size_t j = i + k;
		while (j < n && (s[j] == ' ' || s[j] == '='))
			j++;
		while (j < n && (s[j] == '"' || s[j] == '\''))
			j++;
		size_t o = 0;
		while (j < n && o + 1 < outsz && (isalnum((unsigned char)s[j]) || s[j] == '-' || s[j] == '_'))
			out[o++] = (char)toupper((unsigned char)s[j++]);
		out[o] = '\0';
		if (o)
			return 1;
	}
	return 0;
}

/* Is there a three-byte character led by 0xE1..0xEC (CJK, the commonest)
 * at s[i]?  It is valid whenever the two bytes after the lead continue it:
 * utf8_char_len's answer, in one test. */
static inline int cjk3_at(const unsigned char *s, size_t i, size_t n)
{
	return s[i] >= 0xE1 && s[i] <= 0xEC && i + 2 < n && (s[i + 1] & 0xC0) == 0x80 &&
	       (s[i + 2] & 0xC0) == 0x80;
}

/* Valid UTF-8 but for a character cut at the end of the sample.  Deciding
 * needs evidence, not the whole sample: GB18030 text is not valid UTF-8
 * for 256 bytes beyond ASCII (every line is checked again as it is read,
 * and a bad one is repaired and named). */
static int sample_is_utf8(const char *str, size_t n, int complete)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, seen = 0;
	while (seen < 256) {
		i = utf8_skip_ascii(s, i, n);
		if (i == n)
			return 1;
		size_t k = cjk3_at(s, i, n) ? 3 : utf8_char_len(s + i, n - i);
		if (k == 0)
			return !complete && n - i < 4;
		i += k;
		seen += k;
	}
	return 1;
}

/* Does the sample decode as GB18030?  Its first 1 KiB of bytes beyond
 * ASCII is evidence enough (and the decoding counts and names any bad byte
 * later); the sample is converted again when the text is read. */
static int gb_decodes(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t end = 0, high = 0;
	while (end < n && high < 1024) {
		end = utf8_skip_ascii(u, end, n);
		for (; end < n && u[end] >= 0x80; end++)
			high++;
	}
	n = end;
	iconv_t cd = iconv_open("UTF-8", "GB18030");
	if (cd == (iconv_t)-1)
		return 0;
	char out[4096];
	unsigned long bad = 0;
	size_t used = 1;
	/* a character cut at the end of the sample stops it, and is no fault */
	for (size_t i = 0; i < n && used > 0 && !bad; i += used)
		gb18030_decode(cd, s + i, n - i, 0, out, sizeof out, &used, &bad);
	iconv_close(cd);
	return !bad;
}

static int setup_iconv(struct input *in, const char *from)
{
	in->cd = iconv_open("UTF-8", from);
	if (in->cd == (iconv_t)-1) {
		errmsg("%s: cannot decode %s text on this system", in->path, from);
		exit_status_raise(EXIT_TROUBLE);
		return -1;
	}
	in->use_iconv = 1;
	in->ibuf = xmalloc(IBUF);
	snprintf(in->encoding, sizeof in->encoding, "%s", from);
	return 0;
}

static int normal_charset(const char *cs, char *out, size_t outsz)
{
	if (!strcmp(cs, "GBK") || !strcmp(cs, "GB2312") || !strcmp(cs, "GB18030") ||
	    !strcmp(cs, "X-GBK") || !strcmp(cs, "CP936") || !strcmp(cs, "EUC-CN"))
		snprintf(out, outsz, "GB18030");
	else if (!strcmp(cs, "UTF-8") || !strcmp(cs, "UTF8"))
		snprintf(out, outsz, "UTF-8");
	else if (!strcmp(cs, "BIG5") || !strcmp(cs, "BIG5-HKSCS"))
		snprintf(out, outsz, "BIG5-HKSCS");
	else
		return 0;
	return 1;
}

static enum input_status sniff(struct input *in, const char *path, size_t maxline);

static void input_init(struct input *in, const char *path)
{
	memset(in, 0, sizeof *in);
	in->path = path;
	in->cd = (iconv_t)-1;
	in->spool_fd = -1;
	in->tmp_fd = -1;
	sha256_init(&in->sha);
}

enum input_status input_open(struct input *in, const char *path, size_t maxline)
{
	input_init(in, path);
	if (strcmp(path, "-") == 0) {
		in->fd = STDIN_FILENO;
	} else {
		in->fd = open(path, O_RDONLY);
		if (in->fd < 0) {
			errmsg("%s: %s", path, strerror(errno));
			exit_status_raise(EXIT_TROUBLE);
			return INPUT_FAIL;
		}
	}
	struct stat st;
	if (fstat(in->fd, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			errmsg("%s: Is a directory", path);
			exit_status_raise(EXIT_TROUBLE);
			return INPUT_FAIL;
		}
		if (S_ISREG(st.st_mode))
			in->size_hint = st.st_size;
	}
	return sniff(in, path, maxline);
}

enum input_status input_open_mem(struct input *in, const char *name, const char *data, size_t len,
				 size_t maxline)
{
	input_init(in, name);
	in->fd = -1;
	in->mem = data;
	in->mem_len = len;
	return sniff(in, name, maxline);
}

/* Read the first 64 KiB, decide what the input is, set up decoding. */
static enum input_status sniff(struct input *in, const char *path, size_t maxline)
{
	/* no bigger than the input, when its size is known: most reports
	 * are a few KiB */
	size_t cap = SNIFF;
	if (in->mem && in->mem_len < cap)
		cap = in->mem_len + 1;
	else if (!in->mem && in->size_hint > 0 && (size_t)in->size_hint < cap)
		cap = (size_t)in->size_hint + 1;
	in->pre = xmalloc(cap);
	size_t got = 0;
	int complete = 0;
	while (got < cap) {
		ssize_t r = source_bytes(in, in->pre + got, cap - got);
		if (r < 0) {
			errmsg("%s: read error: %s", path, strerror(errno));
			exit_status_raise(EXIT_TROUBLE);
			return INPUT_FAIL;
		}
		if (r == 0) {
			complete = 1;
			break;
		}
		got += (size_t)r;
		if (!in->mem && in->spool_fd < 0 && (off_t)got == in->size_hint) {
			/* the whole regular file, as big as it was when opened */
			complete = 1;
			in->src_eof = 1;
			break;
		}
	}
	in->pre_len = got;
	in->total = got;
	if (got == 0)
		return INPUT_EMPTY;
	const unsigned char *u = (const unsigned char *)in->pre;
	const char *from = NULL;
	if (got >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		in->pre_pos = 3;
		snprintf(in->encoding, sizeof in->encoding, "UTF-8");
	} else if (got >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
		in->pre_pos = 2;
		from = "UTF-16LE";
	} else if (got >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
		in->pre_pos = 2;
		from = "UTF-16BE";
	} else if (got >= 5 && memcmp(u, "%PDF-", 5) == 0) {
		return convert_open_pdf(in, maxline);
	} else if (got >= 4 && memcmp(u, "PK\x03\x04", 4) == 0) {
		return docx_open(in, maxline);
	} else if (got >= 8 && memcmp(u, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0) {
		return convert_open_doc(in, maxline);
	} else {
		/* UTF-16 without a BOM: NULs in every other byte of ASCII text */
		size_t even = 0, odd = 0, m = got < 8192 ? got : 8192;
		if (memchr(u, 0, m))
			for (size_t i = 0; i < m; i++)
				if (!u[i])
					*(i & 1 ? &odd : &even) += 1;
		if (m >= 16 && odd > m / 4 && even == 0)
			from = "UTF-16LE";
		else if (m >= 16 && even > m / 4 && odd == 0)
			from = "UTF-16BE";
		else if (odd + even > 0) {
			size_t at = (size_t)((const char *)memchr(in->pre, 0, m) - in->pre);
			errmsg("%s: binary data (a NUL byte at offset %zu), not a text report", path, at);
			exit_status_raise(EXIT_TROUBLE);
			return INPUT_FAIL;
		}
	}
	in->is_html = looks_html(in->pre + in->pre_pos, got - in->pre_pos);
	if (!from && !in->encoding[0]) {
		char cs[32], norm[32];
		if (in->is_html && html_charset(in->pre, got, cs, sizeof cs) &&
		    normal_charset(cs, norm, sizeof norm)) {
			/* A page that says GBK but is valid UTF-8 with CJK text was
			 * transcoded by its server: believe the bytes. */
			int ascii = utf8_skip_ascii(u, 0, got) == got;
			if (strcmp(norm, "UTF-8") == 0 || (!ascii && sample_is_utf8(in->pre, got, complete)))
				snprintf(in->encoding, sizeof in->encoding, "UTF-8");
			else
				from = strcmp(norm, "GB18030") == 0 ? "GB18030" : "BIG5-HKSCS";
		}
		if (!from && !in->encoding[0]) {
			if (sample_is_utf8(in->pre, got, complete))
				snprintf(in->encoding, sizeof in->encoding, "UTF-8");
			else if (gb_decodes(in->pre, got))
				from = "GB18030";
			else
				snprintf(in->encoding, sizeof in->encoding, "UTF-8");
		}
	}
	if (from && setup_iconv(in, from) < 0)
		return INPUT_FAIL;
	source_read_fn rd = plain_read;
	if (in->use_iconv)
		rd = strcmp(from, "GB18030") == 0 ? gb_read : iconv_read;
	if (in->is_html) {
		in->html = html_new(rd, in);
		lines_init(&in->lines, html_read, in->html, maxline);
	} else if (rd == plain_read) {
		/* the bytes read so far are the text: the reader takes them */
		lines_init_buf(&in->lines, rd, in, maxline, in->pre, cap, in->pre_pos, got, complete);
		in->pre = NULL;
		in->pre_len = in->pre_pos = 0;
	} else {
		lines_init(&in->lines, rd, in, maxline);
	}
	return INPUT_OK;
}

/* ---- temporary files ---------------------------------------------------- */

char *input_tmpname(void)
{
	const char *dir = getenv("TMPDIR");
	if (!dir || !*dir)
		dir = "/tmp";
	struct buf b = BUF_INIT;
	buf_printf(&b, "%s/gipa-extract-XXXXXX", dir);
	return b.p;
}

int input_tmpfile(char **path)
{
	char *t = input_tmpname();
	int fd = mkstemp(t);
	if (fd < 0) {
		int e = errno;
		free(t);
		errno = e;
		return -1;
	}
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	if (path) {
		*path = t;
	} else {
		unlink(t);
		free(t);
	}
	return fd;
}

int input_write_all(int fd, const void *p, size_t n)
{
	const char *s = p;
	while (n > 0) {
		ssize_t w = write(fd, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -1;
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

/* ---- meta.sha256 ------------------------------------------------------ */

/* Hash what the reader has not reached yet, leaving it where it is. */
static void hash_rest(struct input *in)
{
	char *b = xmalloc(IBUF);
	ssize_t r;
	if (in->mem) {
		sha256_update(&in->sha, in->mem + in->mem_pos, in->mem_len - in->mem_pos);
	} else if (in->spool_fd < 0 && lseek(in->fd, 0, SEEK_CUR) >= 0) {
		/* a file: read the rest again later */
		off_t at = lseek(in->fd, 0, SEEK_CUR);
		while ((r = pread(in->fd, b, IBUF, at)) != 0) {
			if (r < 0 && errno == EINTR)
				continue;
			if (r < 0) {
				in->sha_state = SHA_LOST;
				break;
			}
			sha256_update(&in->sha, b, (size_t)r);
			at += r;
		}
	} else if (in->spool_fd < 0) {
		/* a pipe: keep the rest in an unlinked temporary file, which the
		 * reader then reads instead; if that fails, the reader stops
		 * there with in->error */
		int fd = input_tmpfile(NULL);
		const char *what = "cannot keep the rest of the input to hash it";
		int err = fd < 0 ? errno : 0;
		while (!err && (r = read(in->fd, b, IBUF)) != 0) {
			if (r < 0 && errno == EINTR)
				continue;
			if (r < 0)
				what = "read error";
			if (r < 0 || input_write_all(fd, b, (size_t)r) < 0)
				err = errno;
			else
				sha256_update(&in->sha, b, (size_t)r);
		}
		if (!err && lseek(fd, 0, SEEK_SET) < 0)
			err = errno;
		if (err) {
			snprintf(in->error, sizeof in->error, "%s: %s", what, strerror(err));
			in->sha_state = SHA_LOST;
			in->spool_failed = 1;
		}
		in->spool_fd = fd;
	}
	free(b);
}

const char *input_sha256(struct input *in)
{
	if (in->sha_state == SHA_RUNNING) {
		if (!in->src_eof)
			hash_rest(in);
		if (in->sha_state == SHA_RUNNING) {
			sha256_final_hex(&in->sha, in->sha_hex);
			in->sha_state = SHA_DONE;
		}
	}
	return in->sha_state == SHA_DONE ? in->sha_hex : NULL;
}

void input_close(struct input *in)
{
	lines_free(&in->lines);
	if (in->html)
		html_free(in->html);
	if (in->docx)
		docx_free(in->docx);
	convert_free(in);
	if (in->spool_fd >= 0)
		close(in->spool_fd);
	if (in->use_iconv)
		iconv_close(in->cd);
	free(in->ibuf);
	free(in->pre);
	if (!in->mem && in->fd != STDIN_FILENO && in->fd >= 0)
		close(in->fd);
	in->fd = -1;
}
