/* gipa-tab - reshape and show gipa records for people and spreadsheets.
 *
 *   wide (default)  records -> one row per report, one column per key
 *   --csv           the same as RFC 4180 CSV with a UTF-8 BOM
 *   --long          a wide table -> records (the inverse)
 *   -p, --pretty    records -> the wide table aligned for a terminal;
 *                   any other TSV -> aligned as it is
 *   --form          records -> each report drawn as the official tables
 *
 * Wide cells: no record -> empty cell; a record with an empty value (the
 * report left the cell blank) -> "-"; a value made only of dashes gets one
 * more dash, so the cell text always gives the value back.
 *
 * The wide header needs the set of keys before the first row.  Unless
 * --all-keys fixes the columns (one pass, streaming), the input is read
 * twice: regular files are read again (standard input too, when it is
 * one); any other input (a pipe) is first copied, as records, to a
 * temporary file.  Memory stays bounded by one row plus the set of keys
 * and of reports. */
#include "buf.h"
#include "diag.h"
#include "out.h"
#include "record.h"
#include "schema.h"
#include "tab.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *patterns;  /* -k */
static int all_keys, labels, csv, no_header, pretty;

/* ---- output cells ------------------------------------------------------ */

/* The wide line being written: whole lines go to standard output, or to
 * the pretty-printer with -p. */
static struct buf line;

static void put_cell(const char *s, size_t n, int first)
{
	if (!first)
		buf_addc(&line, csv ? ',' : '\t');
	if (!csv || (!memchr(s, ',', n) && !memchr(s, '"', n) && !memchr(s, '\r', n) &&
		     !memchr(s, '\n', n))) {
		buf_add(&line, s, n);
		return;
	}
	buf_addc(&line, '"');
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"')
			buf_addc(&line, '"');
		buf_addc(&line, s[i]);
	}
	buf_addc(&line, '"');
}

static void end_line(void)
{
	if (pretty) {
		tab_pretty_line(line.p, line.len);
	} else {
		out_add(line.p, line.len);
		if (csv)
			out_addc('\r');
		out_endline();
	}
	buf_reset(&line);
}

static int all_dashes(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != '-')
			return 0;
	return 1;
}

/* A record's value as a wide cell: "" -> "-", "-" -> "--", ... */
static void put_value(const char *s, size_t n)
{
	static struct buf b = BUF_INIT;
	if (!all_dashes(s, n)) {
		put_cell(s, n, 0);
		return;
	}
	buf_reset(&b);
	buf_addc(&b, '-');
	buf_add(&b, s, n);
	put_cell(b.p, b.len, 0);
}

/* ---- wide ---------------------------------------------------------------- */

static struct tab_keys keys;
static struct tab_rows rows;
static struct tab_key **cols;
static size_t ncols;

/* The row being built. */
static struct buf tuple;          /* report TAB agency TAB year */
static int have_row;
static unsigned long row_id;      /* rows.rowno of the row being built */
static struct buf vals;           /* values of the row, back to back */
static size_t *voff, *vlen;
static unsigned long *vrow;       /* row number that set the cell */

static void header_line(void)
{
	if (csv)
		buf_add(&line, "\xEF\xBB\xBF", 3);
	for (int i = 0; i < REC_KEY; i++)
		put_cell(rec_colnames[i], strlen(rec_colnames[i]), i == 0);
	for (size_t i = 0; i < ncols; i++) {
		const char *l = labels ? schema_label(cols[i]->key, cols[i]->len) : NULL;
		if (l)
			put_cell(l, strlen(l), 0);
		else
			put_cell(cols[i]->key, cols[i]->len, 0);
	}
	end_line();
}

static void set_columns(struct tab_key **order, size_t n)
{
	cols = xmalloc((n + 1) * sizeof *cols);
	for (size_t i = 0; i < n; i++) {
		if (tab_keys_match(patterns, order[i]->key)) {
			order[i]->col = (int)ncols;
			cols[ncols++] = order[i];
		}
	}
	voff = xcalloc(ncols + 1, sizeof *voff);
	vlen = xcalloc(ncols + 1, sizeof *vlen);
	vrow = xcalloc(ncols + 1, sizeof *vrow);
}

static void emit_row(void)
{
	if (!have_row)
		return;
	const char *p = tuple.p, *end = tuple.p + tuple.len;
	for (int i = 0; i < REC_KEY; i++) {
		const char *tab = memchr(p, '\t', (size_t)(end - p));
		const char *fe = tab ? tab : end;
		put_cell(p, (size_t)(fe - p), i == 0);
		p = tab ? tab + 1 : end;
	}
	for (size_t c = 0; c < ncols; c++) {
		if (vrow[c] == row_id)
			put_value(vals.p + voff[c], vlen[c]);
		else
			put_cell("", 0, 0);
	}
	end_line();
}

/* One record into the row; rows are written as they complete.  Returns 0
 * for a key repeated within its row (dropped), else 1. */
static int wide_record(const struct rec *r, const char *file)
{
	if (tab_rows_feed(&rows, r, file)) {
		emit_row();
		buf_reset(&tuple);
		buf_add(&tuple, rows.cur.p, rows.cur.len);
		buf_reset(&vals);
		have_row = 1;
		row_id = rows.rowno;
	}
	int isnew;
	struct tab_key *k = tab_keys_get(&keys, r->f[REC_KEY], r->len[REC_KEY], &isnew);
	if (!tab_rows_take(&rows, k, r, file))
		return 0;
	if (k->col < 0) {
		/* Only with --all-keys can a wanted key lack a column. */
		if (all_keys && k->rank < 0 && !k->warned && tab_keys_match(patterns, k->key)) {
			k->warned = 1;
			errmsg("%s:%lu: key %s is not in the schema: --all-keys gives it no "
			       "column, its records are dropped", file, r->lineno, k->key);
			exit_status_raise(EXIT_PROBLEM);
		}
		return 1;
	}
	voff[k->col] = vals.len;
	vlen[k->col] = r->len[REC_VALUE];
	vrow[k->col] = rows.rowno;
	buf_add(&vals, r->f[REC_VALUE], r->len[REC_VALUE]);
	return 1;
}

/* Whether path can be read a second time: a regular file (standard input
 * too, when it is one: it is sought back to where it began). */
static int is_regular(const char *path)
{
	struct stat st;
	if (strcmp(path, "-") != 0)
		return stat(path, &st) == 0 && S_ISREG(st.st_mode);
	return fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode) &&
	       lseek(STDIN_FILENO, 0, SEEK_CUR) >= 0;
}

static void spool_field(FILE *f, const char *s, size_t n, int last)
{
	fwrite(s, 1, n, f);
	putc(last ? '\n' : '\t', f);
}

/* A temporary file in $TMPDIR, already unlinked: nothing is left behind. */
static int temp_fd(void)
{
	const char *dir = getenv("TMPDIR");
	char path[4096];
	if (!dir || !*dir)
		dir = "/tmp";
	snprintf(path, sizeof path, "%s/gipa-tab.XXXXXX", dir);
	int fd = mkstemp(path);
	if (fd < 0)
		die("cannot make a temporary file in %s: %s", dir, strerror(errno));
	unlink(path);
	return fd;
}

/* Every good record of the files, in one pass, to fn. */
static void each_record(char **files, int nfiles, int (*fn)(const struct rec *, const char *))
{
	for (int i = 0; i < nfiles; i++) {
		struct rec_reader rr;
		struct rec r;
		if (rec_open(&rr, files[i], no_header) < 0)
			continue;
		while (rec_next(&rr, &r))
			fn(&r, files[i]);
		rec_close(&rr);
	}
}

/* Columns from the schema (--all-keys): one pass. */
static void wide_all_keys(char **files, int nfiles)
{
	int isnew;
	for (size_t i = 0; i < schema_nmeta; i++)
		tab_keys_get(&keys, schema_meta_keys[i], strlen(schema_meta_keys[i]), &isnew);
	for (int f = 0; f < FORM_COUNT; f++) {
		const struct gipa_key *k = schema_keys((enum gipa_form)f);
		for (size_t i = 0; i < schema_nkeys((enum gipa_form)f); i++)
			tab_keys_get(&keys, k[i].key, strlen(k[i].key), &isnew);
	}
	struct tab_key **order = tab_keys_order(&keys);
	set_columns(order, keys.n);
	free(order);
	header_line();
	rows.check = 1;
	each_record(files, nfiles, wide_record);
	emit_row();
}

/* Columns from the input: two passes. */
static void wide_two_pass(char **files, int nfiles)
{
	FILE *spool = NULL;
	for (int i = 0; i < nfiles && !spool; i++) {
		if (!is_regular(files[i]) && !(spool = fdopen(temp_fd(), "w+")))
			die("temporary file: %s", strerror(errno));
	}

	/* Pass one: the keys, every diagnostic, the spool. */
	unsigned long *count = xcalloc((size_t)nfiles + 1, sizeof *count);
	int *opened = xcalloc((size_t)nfiles + 1, sizeof *opened);
	off_t *start = xcalloc((size_t)nfiles + 1, sizeof *start); /* of stdin */
	rows.check = 1;
	for (int i = 0; i < nfiles; i++) {
		struct rec_reader rr;
		struct rec r;
		if (!spool && strcmp(files[i], "-") == 0)
			start[i] = lseek(STDIN_FILENO, 0, SEEK_CUR);
		if (rec_open(&rr, files[i], no_header) < 0)
			continue;
		opened[i] = 1;
		struct tab_key *prev = NULL;
		while (rec_next(&rr, &r)) {
			if (tab_rows_feed(&rows, &r, files[i]))
				prev = NULL;
			int isnew;
			struct tab_key *k = tab_keys_get(&keys, r.f[REC_KEY], r.len[REC_KEY], &isnew);
			if (isnew && k->rank < 0)
				k->anchor = prev;
			if (!tab_rows_take(&rows, k, &r, files[i]))
				continue;
			prev = k;
			count[i]++;
			if (spool)
				for (int c = 0; c < REC_NCOLS; c++)
					spool_field(spool, r.f[c], r.len[c], c == REC_VALUE);
		}
		rec_close(&rr);
	}

	struct tab_key **order = tab_keys_order(&keys);
	set_columns(order, keys.n);
	free(order);
	header_line();

	/* Pass two: the rows. */
	rows.check = 0;
	tab_rows_restart(&rows);
	if (spool) {
		if (fflush(spool) != 0 || ferror(spool) || fseek(spool, 0, SEEK_SET) != 0)
			die("temporary file: %s", strerror(errno));
		struct tab_tsv t;
		struct rec r;
		tab_tsv_open_fd(&t, dup(fileno(spool)), "(temporary file)");
		while (tab_tsv_next(&t)) {
			if (t.n != REC_NCOLS)
				die("temporary file: damaged at line %lu", tab_tsv_lineno(&t));
			for (int c = 0; c < REC_NCOLS; c++) {
				r.f[c] = t.f[c];
				r.len[c] = t.len[c];
			}
			r.lineno = tab_tsv_lineno(&t);
			wide_record(&r, t.name);
		}
		tab_tsv_close(&t);
		fclose(spool);
	} else {
		for (int i = 0; i < nfiles; i++) {
			struct rec_reader rr;
			struct rec r;
			if (!opened[i])
				continue;
			if (strcmp(files[i], "-") == 0 && lseek(STDIN_FILENO, start[i], SEEK_SET) < 0)
				die("-: cannot read standard input again: %s", strerror(errno));
			if (rec_open(&rr, files[i], no_header) < 0)
				continue;
			unsigned long n = 0;
			diag_quiet = 1; /* pass one has said it all */
			while (rec_next(&rr, &r))
				n += (unsigned long)wide_record(&r, files[i]);
			diag_quiet = 0;
			rec_close(&rr);
			if (n != count[i]) {
				errmsg("%s: changed while being read; the output is incomplete", files[i]);
				exit_status_raise(EXIT_TROUBLE);
			}
		}
	}
	emit_row();
	free(count);
	free(opened);
	free(start);
}

/* ---- --long --------------------------------------------------------------- */

/* Records from one wide table. */
static void long_file(const char *path)
{
	struct tab_tsv t;
	if (tab_tsv_open(&t, path) == 0)
		tab_long(&t, patterns);
}

/* ---- --form ------------------------------------------------------------- */

static struct buf cellbuf;           /* values of the report */
static struct tab_cell *cells;
static size_t ncells, cellcap;

static void form_flush(void)
{
	if (!have_row)
		return;
	for (size_t i = 0; i < ncells; i++)
		cells[i].val = cellbuf.p + (size_t)(uintptr_t)cells[i].val;
	const char *p = tuple.p;
	const char *t1 = strchr(p, '\t'), *t2 = strchr(t1 + 1, '\t');
	char *report = xstrndup(p, (size_t)(t1 - p));
	char *agency = xstrndup(t1 + 1, (size_t)(t2 - t1 - 1));
	tab_form_draw(report, agency, t2 + 1, cells, ncells);
	free(report);
	free(agency);
}

static int form_record(const struct rec *r, const char *file)
{
	if (tab_rows_feed(&rows, r, file)) {
		form_flush();
		buf_reset(&tuple);
		buf_add(&tuple, rows.cur.p, rows.cur.len);
		buf_reset(&cellbuf);
		ncells = 0;
		have_row = 1;
	}
	int isnew;
	struct tab_key *k = tab_keys_get(&keys, r->f[REC_KEY], r->len[REC_KEY], &isnew);
	if (!tab_rows_take(&rows, k, r, file))
		return 0;
	if (ncells == cellcap) {
		cellcap = cellcap ? cellcap * 2 : 256;
		cells = xrealloc(cells, cellcap * sizeof *cells);
	}
	/* The value's offset for now: cellbuf may move. */
	cells[ncells++] = (struct tab_cell){k->key, k->len, (const char *)(uintptr_t)cellbuf.len,
					    r->len[REC_VALUE]};
	buf_add(&cellbuf, r->f[REC_VALUE], r->len[REC_VALUE]);
	return 1;
}

static void form(char **files, int nfiles)
{
	rows.check = 1;
	each_record(files, nfiles, form_record);
	form_flush();
	free(cells);
	buf_free(&cellbuf);
}

/* ---- -p: records or any TSV? ------------------------------------------- */

/* Whether the first line of path names the record columns.  It is read
 * without being lost: a regular file (or standard input that is one) is
 * read again later; from a pipe on standard input the line is taken byte
 * by byte, and then *consumed is set and the line is left in *first.  A
 * named file that is not a regular one (a FIFO) is not looked at: it is
 * taken for plain TSV. */
static int first_line_is_records(const char *path, struct buf *first, int *consumed)
{
	int fd = STDIN_FILENO;
	struct stat st;
	off_t at = -1;
	if (strcmp(path, "-") != 0) {
		if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
			return 0; /* a FIFO, or an error said when it is read */
		fd = open(path, O_RDONLY);
		if (fd < 0)
			return 0;
	} else if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
		at = lseek(fd, 0, SEEK_CUR);
	}
	if (fd == STDIN_FILENO && at < 0) {
		char c;
		while (first->len < (1 << 20) && read(fd, &c, 1) == 1 && c != '\n')
			buf_addc(first, c);
		*consumed = 1;
	} else {
		char chunk[4096];
		ssize_t n;
		off_t off = at < 0 ? 0 : at;
		while (first->len < (1 << 20) && (n = pread(fd, chunk, sizeof chunk, off)) > 0) {
			char *nl = memchr(chunk, '\n', (size_t)n);
			buf_add(first, chunk, nl ? (size_t)(nl - chunk) : (size_t)n);
			if (nl)
				break;
			off += n;
		}
		if (fd != STDIN_FILENO)
			close(fd);
	}
	const char *p = first->p ? first->p : "", *end = p + first->len;
	if (end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	if (end > p && end[-1] == '\r')
		end--;
	int found = 0;
	for (;;) {
		const char *tab = memchr(p, '\t', (size_t)(end - p));
		const char *fe = tab ? tab : end;
		for (int c = 0; c < REC_NCOLS; c++)
			if ((size_t)(fe - p) == strlen(rec_colnames[c]) &&
			    memcmp(p, rec_colnames[c], (size_t)(fe - p)) == 0)
				found |= 1 << c;
		if (!tab)
			break;
		p = tab + 1;
	}
	return found == (1 << REC_NCOLS) - 1;
}

/* Records from a pipe whose first line was taken: the line and the rest go
 * to a temporary file that becomes standard input (read twice, named "-"). */
static void spool_stdin(const struct buf *first)
{
	int fd = temp_fd();
	char chunk[65536];
	ssize_t n;
	int bad = write(fd, first->p, first->len) != (ssize_t)first->len || write(fd, "\n", 1) != 1;
	while (!bad && (n = read(STDIN_FILENO, chunk, sizeof chunk)) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			die("-: read error: %s", strerror(errno));
		}
		bad = write(fd, chunk, (size_t)n) != n;
	}
	if (bad)
		die("temporary file: %s", strerror(errno));
	if (dup2(fd, STDIN_FILENO) < 0 || lseek(STDIN_FILENO, 0, SEEK_SET) < 0)
		die("temporary file: %s", strerror(errno));
	close(fd);
}

/* ---- main --------------------------------------------------------------- */

static void usage(void)
{
	printf("Usage: %s [OPTION]... [FILE]...\n", program_name);
	fputs("Reshape gipa records (report, agency, year, key, value) for people and\n"
	      "spreadsheets, and back.  With no FILE, or when FILE is -, read standard input.\n"
	      "\n"
	      "Default: a wide TSV table, one row per report (report, agency, year, then one\n"
	      "column per key in schema order).  An empty cell: no record; '-': the report\n"
	      "left the cell blank (a value made of dashes gets one dash more).\n"
	      "\n"
	      "  -k, --keys=PATTERNS  only the keys matching one of the comma-separated shell\n"
	      "                       globs, e.g. 'apply.new.*,apply.total.total'\n"
	      "      --all-keys       a column for every key of the schema (matching -k), not\n"
	      "                       only the keys present; reads the input once, streaming\n"
	      "      --labels         head the columns with the official labels, not keys\n"
	      "      --csv            write the wide table as CSV (RFC 4180, UTF-8 BOM, CRLF)\n"
	      "      --long           the inverse: read wide TSV tables, write records\n"
	      "  -p, --pretty         align for a terminal (display width, numbers right-\n"
	      "                       aligned, header underlined): records as the wide\n"
	      "                       table (with -k, --labels, --all-keys), any other TSV\n"
	      "                       as it is (e.g. gipa-diff output)\n"
	      "      --lookahead=N    with -p: size the columns from the first N lines\n"
	      "                       (default 1000); wider cells later widen the column\n"
	      "      --form           draw each report as the official tables of its form\n"
	      "                       ('-' blank in the report, '?' missing)\n"
	      "  -H, --no-header      the input has no header line (records: report, agency,\n"
	      "                       year, key, value; with -p: plain TSV, not underlined)\n"
	      "      --help           display this help and exit\n"
	      "      --version        output version information and exit\n"
	      "\n"
	      "Without --all-keys the input is read twice (a pipe is first copied to a\n"
	      "temporary file in $TMPDIR) so that the header can name only the keys present.\n"
	      "\n"
	      "Exit status: 0 all good, 1 bad lines or repeated keys were skipped,\n"
	      "2 trouble (usage, unreadable input).\n",
	      stdout);
}

enum { OPT_ALL_KEYS = 256, OPT_LABELS, OPT_CSV, OPT_LONG, OPT_LOOKAHEAD, OPT_FORM, OPT_HELP,
       OPT_VERSION };

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"keys", required_argument, NULL, 'k'},
		{"all-keys", no_argument, NULL, OPT_ALL_KEYS},
		{"labels", no_argument, NULL, OPT_LABELS},
		{"csv", no_argument, NULL, OPT_CSV},
		{"long", no_argument, NULL, OPT_LONG},
		{"pretty", no_argument, NULL, 'p'},
		{"lookahead", required_argument, NULL, OPT_LOOKAHEAD},
		{"form", no_argument, NULL, OPT_FORM},
		{"no-header", no_argument, NULL, 'H'},
		{"help", no_argument, NULL, OPT_HELP},
		{"version", no_argument, NULL, OPT_VERSION},
		{NULL, 0, NULL, 0},
	};
	set_program_name(argv[0]);
	int longform = 0, drawform = 0, lookahead_set = 0;
	size_t lookahead = 1000;
	struct buf pat = BUF_INIT;
	int c;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":k:pH", longopts, NULL)) != -1) {
		switch (c) {
		case 'k':
			if (!*optarg)
				usage_error("empty key pattern");
			if (pat.len)
				buf_addc(&pat, ',');
			buf_adds(&pat, optarg);
			break;
		case OPT_ALL_KEYS: all_keys = 1; break;
		case OPT_LABELS: labels = 1; break;
		case OPT_CSV: csv = 1; break;
		case OPT_LONG: longform = 1; break;
		case 'p': pretty = 1; break;
		case OPT_LOOKAHEAD: {
			char *end;
			errno = 0;
			unsigned long long v = strtoull(optarg, &end, 10);
			if (!*optarg || *end || errno || optarg[0] == '-' || v > 100000000ULL)
				usage_error("invalid --lookahead '%s' (a number of lines, at most 100000000)",
					    optarg);
			lookahead = (size_t)v;
			lookahead_set = 1;
			break;
		}
		case OPT_FORM: drawform = 1; break;
		case 'H': no_header = 1; break;
		case OPT_HELP: usage(); return 0;
		case OPT_VERSION: print_version(); return 0;
		default:
			option_error(c, argv);
		}
	}
	if (pat.len)
		patterns = pat.p;

	if (pretty + longform + drawform > 1)
		usage_error("choose one of --pretty, --long and --form");
	const char *mode = longform ? "--long" : drawform ? "--form" : NULL;
	if (csv && (mode || pretty))
		usage_error("--csv writes the wide table as CSV; it does not go with %s",
			    mode ? mode : "--pretty");
	if (mode && labels)
		usage_error("--labels heads the wide table; it does not go with %s", mode);
	if (mode && all_keys)
		usage_error("--all-keys shapes the wide table; it does not go with %s", mode);
	if (drawform && patterns)
		usage_error("-k selects wide columns or --long keys; it does not go with --form");
	if (longform && no_header)
		usage_error("--long needs the header of the wide table; -H does not go with it");
	if (pretty && no_header && (patterns || labels || all_keys))
		usage_error("with -p and -H the input is plain TSV; -k, --labels and --all-keys "
			    "need records with their header");
	if (lookahead_set && !pretty)
		usage_error("--lookahead goes with --pretty");

	char *stdin_only[] = {"-"};
	char **files = optind < argc ? argv + optind : stdin_only;
	int nfiles = optind < argc ? argc - optind : 1;

	tab_keys_warn(patterns);

	struct buf first = BUF_INIT;
	int consumed = 0;
	if (pretty && !no_header && !first_line_is_records(files[0], &first, &consumed)) {
		/* Any TSV: aligned as it is. */
		if (patterns || labels || all_keys) {
			errmsg("%s: not gipa records (no columns report, agency, year, key, value): "
			       "-k, --labels and --all-keys need records", files[0]);
			exit_status_raise(EXIT_TROUBLE);
		} else {
			tab_pretty_start(1, lookahead);
			tab_pretty(files, nfiles, consumed ? first.p : NULL, first.len);
			tab_pretty_finish();
		}
	} else if (pretty && no_header) {
		tab_pretty_start(0, lookahead);
		tab_pretty(files, nfiles, NULL, 0);
		tab_pretty_finish();
	} else if (pretty) {
		/* Records: the wide table, aligned. */
		if (consumed)
			spool_stdin(&first);
		tab_pretty_start(1, lookahead);
		if (all_keys)
			wide_all_keys(files, nfiles);
		else
			wide_two_pass(files, nfiles);
		tab_pretty_finish();
	} else if (longform) {
		for (int i = 0; i < REC_NCOLS; i++) {
			if (i > 0)
				out_addc('\t');
			out_adds(rec_colnames[i]);
		}
		out_endline();
		for (int i = 0; i < nfiles; i++)
			long_file(files[i]);
	} else if (drawform) {
		form(files, nfiles);
	} else if (all_keys) {
		wide_all_keys(files, nfiles);
	} else {
		wide_two_pass(files, nfiles);
	}
	out_flush();
	buf_free(&first);
	buf_free(&line);
	buf_free(&pat);
	tab_rows_free(&rows);
	tab_keys_free(&keys);
	buf_free(&tuple);
	buf_free(&vals);
	free(cols);
	free(voff);
	free(vlen);
	free(vrow);
	return exit_status();
}
