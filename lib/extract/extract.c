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
	struct buf norm = BUF_INIT;
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
		const char *why = NULL;
		if (toolong)
			why = "line longer than 1 MiB, ignored";
		else if (memchr(line, '\0', len))
			why = "NUL byte in the text, line ignored";
		else if (utf8_invalid_at(line, len) != len)
			why = "invalid UTF-8, line ignored";
		if (why) {
			if (++problems <= MAX_INPUT_PROBLEMS)
				report_input_problem(r, ln, why);
			continue;
		}
		if (len > 0 && line[len - 1] == '\r')
			len--;
		buf_reset(&norm);
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
	lineinfo_free(&li);
	input_close(&in);
	return status;
}
