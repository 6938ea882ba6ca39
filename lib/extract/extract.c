/* extract.c - read → normalise → recognise → emit, one input at a time. */
#include "extract.h"
#include "diag.h"
#include "input.h"
#include "norm.h"
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

/* meta.sha256: the hash of the whole input, for each report in it. */
static int finish(struct report *r, int numbered, struct input *in)
{
	const char *sha = r->opt->check ? NULL : input_sha256(in);
	if (sha)
		snprintf(r->sha256, sizeof r->sha256, "%s", sha);
	int s = report_finish(r, numbered);
	report_delete(r);
	return s;
}

/* Several reports in one input (cat *.txt | gipa-extract).  A report ends
 * where the next one's section 一 (or 二) begins.  The next one's title
 * and introduction come before that heading; from a title line seen after
 * the tables, lines are kept (a bounded number) so that they can be given
 * to the new report if a new report does begin. */
#define PEND_MAX 64

struct pending {
	int active;
	int n;
	struct buf line[PEND_MAX];
	unsigned long lineno[PEND_MAX];
	struct buf prev;            /* the last non-empty line */
	unsigned long prev_lineno;
};

/* Just after the last "。" of s, or NULL. */
static const char *last_sentence_end(const char *s, size_t n)
{
	for (size_t i = n; i >= 3; i--)
		if (memcmp(s + i - 3, "。", 3) == 0)
			return s + i;
	return NULL;
}

/* Feed the kept lines to r after all. */
static void pend_replay(struct pending *p, struct report *r)
{
	struct lineinfo li;
	memset(&li, 0, sizeof li);
	for (int i = 0; i < p->n; i++) {
		lineinfo_set(&li, p->line[i].p, p->line[i].len, p->lineno[i]);
		report_line(r, &li);
	}
	lineinfo_free(&li);
	p->active = 0;
	p->n = 0;
}

static void pend_push(struct pending *p, const char *s, size_t n, unsigned long ln)
{
	buf_reset(&p->line[p->n]);
	buf_add(&p->line[p->n], s, n);
	p->lineno[p->n++] = ln;
}

static struct report *split(struct report *r, struct pending *p, const char *name,
			    const struct options *opt, int *status, struct input *in)
{
	struct report *next = report_new(name, r->seq + 1, opt);
	if (!p->active)
		report_hand_over(r, next);
	int s = finish(r, 1, in);
	if (s > *status)
		*status = s;
	if (p->active)
		pend_replay(p, next);
	return next;
}

static struct report *feed_line(struct report *r, struct lineinfo *li, struct pending *p,
				const char *name, const struct options *opt, int *status,
				struct input *in)
{
	if (report_wants_split(r, li)) {
		r = split(r, p, name, opt, status, in);
	} else if (p->active) {
		if (p->n < PEND_MAX) {
			pend_push(p, li->line, li->n, li->lineno);
			return r;
		}
		pend_replay(p, r); /* too long for a title block: no new report */
	} else if (r->max_section >= 5 && !li->heading && meta_is_title(li->sq.p, li->sq.len)) {
		p->active = 1;
		p->n = 0;
		/* the agency line above the title was fed to r already; the new
		 * report gets a copy */
		if (p->prev.len && meta_is_agency(p->prev.p, p->prev.len)) {
			pend_push(p, p->prev.p, p->prev.len, p->prev_lineno);
		} else if (p->prev.len) {
			/* a file without a final newline, then cat: "…。<agency>" */
			const char *tail = last_sentence_end(p->prev.p, p->prev.len);
			size_t k = (size_t)(p->prev.p + p->prev.len - tail);
			if (tail && k && meta_is_agency(tail, k))
				pend_push(p, tail, k, p->prev_lineno);
		}
		pend_push(p, li->line, li->n, li->lineno);
		goto remember;
	}
	report_line(r, li);
remember:
	if (li->sq.len) {
		/* no copy: the buffers change places (li is done with) */
		struct buf t = p->prev;
		p->prev = li->sq;
		li->sq = t;
		p->prev_lineno = li->lineno;
	}
	return r;
}

static int extract_input(struct input *in, enum input_status st, const char *path, const char *name,
			 const struct options *opt);

/* The buffers an input's lines pass through, kept from input to input:
 * they keep their size, so most inputs' lines need no allocation.  (One
 * input is read at a time.) */
static struct {
	struct lineinfo li;
	struct pending pend;
	struct buf norm, fixed;
} scratch;

int extract_path(const char *path, const char *name, const struct options *opt)
{
	struct input in;
	enum input_status st = input_open(&in, path, MAXLINE);
	return extract_input(&in, st, path, name, opt);
}

int extract_memory(const char *data, size_t len, const char *name, const struct options *opt)
{
	struct input in;
	enum input_status st = input_open_mem(&in, name, data, len, MAXLINE);
	return extract_input(&in, st, name, name, opt);
}

static int extract_input(struct input *in, enum input_status st, const char *path, const char *name,
			 const struct options *opt)
{
	if (st == INPUT_FAIL) {
		input_close(in);
		return EXIT_TROUBLE;
	}
	struct report *r = report_new(name, 1, opt);
	if (st == INPUT_EMPTY) {
		r->empty = 1;
		int s = finish(r, 0, in);
		input_close(in);
		return s;
	}
	struct lineinfo *li = &scratch.li;
	struct pending *pend = &scratch.pend;
	pend->active = 0;
	pend->n = 0;
	pend->prev.len = 0;
	struct buf *norm = &scratch.norm, *fixed = &scratch.fixed;
	int status = EXIT_OK, problems = 0;
	int script_copy = -1; /* the scripts' tables are a copy: 1, not: 0, not known yet: -1 */
	char *line;
	size_t len;
	int toolong;
	for (;;) {
		int got = input_line(in, &line, &len, &toolong);
		if (got < 0) {
			if (in->error[0])
				errmsg("%s: %s", path, in->error);
			else
				errmsg("%s: read error: %s", path, strerror(in->lines.err));
			status = EXIT_TROUBLE;
			break;
		}
		if (got == 0)
			break;
		unsigned long ln = in->lines.lineno;
		/* the tables of the page's scripts, after its own lines: a copy,
		 * not read again, when the page's own text gave values */
		unsigned long tables_from = in->html ? html_script_tables_line(in->html) : 0;
		if (tables_from && ln >= tables_from) {
			if (script_copy < 0)
				script_copy = r->any_value;
			if (script_copy)
				continue;
		}
		if (!toolong && len > 0 && line[len - 1] == '\r')
			line[--len] = '\0';
		const char *text;
		size_t textlen;
		/* norm_line finds NUL bytes too (before invalid UTF-8) */
		int st = toolong ? 0 : norm_line(line, len, norm, &text, &textlen);
		if (toolong || st == NORM_NUL) {
			if (++problems <= MAX_INPUT_PROBLEMS)
				report_input_problem(r, ln, toolong ? "line longer than 1 MiB, ignored"
								    : "NUL byte in the text, line ignored");
			continue;
		}
		if (st < 0) {
			/* keep the line: labels may survive, digits always do */
			if (++problems <= MAX_INPUT_PROBLEMS)
				report_input_problem(r, ln, "invalid UTF-8, bytes replaced by U+FFFD");
			buf_reset(fixed);
			utf8_repair(line, len, fixed);
			norm_line(fixed->p, fixed->len, norm, &text, &textlen);
		}
		lineinfo_set(li, text, textlen, ln);
		r = feed_line(r, li, pend, name, opt, &status, in);
	}
	if (pend->active)
		pend_replay(pend, r);
	if (problems > MAX_INPUT_PROBLEMS)
		report_input_problem(r, 0, "more lines with invalid text were ignored");
	if (in->bad_bytes) {
		char msg[160];
		snprintf(msg, sizeof msg, "%lu byte%s could not be decoded as %s and became U+FFFD",
			 in->bad_bytes, in->bad_bytes == 1 ? "" : "s", in->encoding);
		report_input_problem(r, 0, msg);
	}
	int s = finish(r, r->seq > 1, in);
	if (s > status)
		status = s;
	input_close(in);
	return status;
}
