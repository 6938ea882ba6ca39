/* extract.c - read → normalise → recognise → emit, one input at a time. */
#include "extract.h"
#include "diag.h"
#include "input.h"
#include "out.h"
#include "utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXLINE (1024 * 1024)
#define MAX_INPUT_PROBLEMS 5

void extract_header(const struct options *opt)
{
	if (opt->check)
		out_adds("report\tagency\tyear\tline\tseverity\tcheck\tmessage");
	else
		out_adds(opt->line_numbers ? "report\tagency\tyear\tkey\tvalue\tline"
					   : "report\tagency\tyear\tkey\tvalue");
	out_endline();
}

/* pandoc's plain text marks an empty table cell with a lone no-break
 * space; NFKC would make it an ordinary space and the cell would vanish.
 * Write it as a dash, which reads as a blank cell. */
static void blank_nbsp(char **line, size_t *len, struct buf *tmp)
{
	char *s = *line;
	size_t n = *len;
	size_t k = 0;
	while (k + 1 < n && !((unsigned char)s[k] == 0xC2 && (unsigned char)s[k + 1] == 0xA0))
		k++;
	if (k + 1 >= n)
		return;
	struct buf out = BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if ((unsigned char)s[i] == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0 &&
		    (i == 0 || s[i - 1] == ' ') && (i + 2 == n || s[i + 2] == ' ')) {
			buf_adds(&out, "—");
			i++;
		} else {
			buf_addc(&out, s[i]);
		}
	}
	buf_reset(tmp);
	buf_add(tmp, out.p, out.len);
	buf_free(&out);
	*line = tmp->p;
	*len = tmp->len;
}

static int finish(struct report *r, int numbered)
{
	int s = report_finish(r, numbered);
	report_free(r);
	return s;
}

int extract_path(const char *path, const char *name, const struct options *opt)
{
	struct input in;
	enum input_status st = input_open(&in, path, MAXLINE);
	if (st == INPUT_FAIL) {
		input_close(&in);
		return EXIT_TROUBLE;
	}
	struct report *r = xmalloc(sizeof *r);
	report_init(r, name, 1, opt);
	if (st == INPUT_EMPTY) {
		r->empty = 1;
		int s = finish(r, 0);
		free(r);
		input_close(&in);
		return s;
	}
	struct lineinfo li;
	memset(&li, 0, sizeof li);
	struct buf norm = BUF_INIT, fixed = BUF_INIT;
	int status = EXIT_OK, problems = 0;
	char *line;
	size_t len;
	int toolong;
	for (;;) {
		int got = input_line(&in, &line, &len, &toolong);
		if (got < 0) {
			errmsg("%s: read error: %s", path, strerror(in.lines.err));
			status = EXIT_TROUBLE;
			break;
		}
		if (got == 0)
			break;
		unsigned long ln = in.lines.lineno;
		if (toolong || memchr(line, '\0', len)) {
			if (++problems <= MAX_INPUT_PROBLEMS)
				report_input_problem(r, ln, toolong ? "line longer than 1 MiB, ignored"
								    : "NUL byte in the text, line ignored");
			continue;
		}
		if (utf8_invalid_at(line, len) != len) {
			/* keep the line: labels may survive, digits always do */
			if (++problems <= MAX_INPUT_PROBLEMS)
				report_input_problem(r, ln, "invalid UTF-8, bytes replaced by U+FFFD");
			buf_reset(&fixed);
			utf8_repair(line, len, &fixed);
			line = fixed.p;
			len = fixed.len;
		}
		if (len > 0 && line[len - 1] == '\r')
			len--;
		buf_reset(&norm);
		blank_nbsp(&line, &len, &fixed);
		utf8_nfkc(line, len, &norm);
		lineinfo_set(&li, norm.p, norm.len, ln);
		if (report_wants_split(r, &li)) {
			struct report *next = xmalloc(sizeof *next);
			report_init(next, name, r->seq + 1, opt);
			report_hand_over(r, next);
			int s = finish(r, 1);
			if (s > status)
				status = s;
			free(r);
			r = next;
		}
		report_line(r, &li);
	}
	if (problems > MAX_INPUT_PROBLEMS)
		report_input_problem(r, 0, "more lines with invalid text were ignored");
	if (in.bad_bytes) {
		char msg[160];
		snprintf(msg, sizeof msg, "%lu byte%s could not be decoded as %s and became U+FFFD",
			 in.bad_bytes, in.bad_bytes == 1 ? "" : "s", in.encoding);
		report_input_problem(r, 0, msg);
	}
	int s = finish(r, r->seq > 1);
	if (s > status)
		status = s;
	free(r);
	buf_free(&norm);
	buf_free(&fixed);
	lineinfo_free(&li);
	input_close(&in);
	return status;
}
