/* gipa-extract - report text -> gipa records.
 *
 * Reads 政府信息公开工作年度报告 in any of the layouts they arrive in and
 * writes the values of the three statistical tables as records
 * (DESIGN.md).  A value that cannot be placed with certainty is not
 * written; the reason goes to standard error. */
#include "buf.h"
#include "diag.h"
#include "extract/extract.h"
#include "out.h"
#include "schema.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Each input's records written when it is done, for a person watching a
 * terminal (and its diagnostics then come in order); into a pipe or a
 * file, in 64 KiB writes. */
static int flush_each;

static void usage(void)
{
	printf("Usage: %s [OPTION]... [FILE]...\n", program_name);
	fputs("Extract the statistical tables of 政府信息公开工作年度报告 as gipa records.\n"
	      "\n"
	      "Reads each FILE (standard input when none, or for -) as it was downloaded:\n"
	      "PDF (through pdftotext), DOCX, DOC (through wvWare), HTML pages (whole tables\n"
	      "in a script's strings too, unless a copy of the page's own), or text in\n"
	      "any layout reports arrive in (pdftotext with or without -layout, DOCX and\n"
	      "HTML dumps, markdown/grid/box-drawing tables, one cell per line, tab-separated\n"
	      "rows); the kind is told by the content, not the name.  Text may be UTF-8,\n"
	      "GB18030/GBK or UTF-16 with a BOM.  Writes TSV records: report, agency, year,\n"
	      "key, value (schema keys, see gipa(7)), with meta.sha256, the SHA-256 of the\n"
	      "file.  Several reports in one input are numbered NAME#1, NAME#2, ...\n"
	      "\n"
	      "  -n, --line-numbers  add a column `line`: the input line of each value\n"
	      "      --check         write the findings (missing rows, broken identities)\n"
	      "                      as TSV instead of the records\n"
	      "      --files0-from=F read the FILEs from the NUL-separated names in file F\n"
	      "                      (- for standard input: find ... -print0 | ...)\n"
	      "      --name NAME     call standard input NAME in the report column\n"
	      "  -H, --no-header     do not write the header line\n"
	      "  -q, --quiet         no diagnostics on standard error (exit status still tells)\n"
	      "      --schema[=FORM] list every key of the 2021 (or 2019) form with its\n"
	      "                      official labels, and exit\n"
	      "  -h, --help          display this help and exit\n"
	      "  -V, --version       output version information and exit\n"
	      "\n"
	      "A value is written only when its row was found by its label and the row\n"
	      "showed exactly as many values as the form gives it; otherwise the row is\n"
	      "left out and named on standard error.  The form's identities (I1-I4) are\n"
	      "checked and each broken one is named.\n"
	      "\n"
	      "Exit status: 0 every report complete and consistent; 1 a value missing or an\n"
	      "identity broken somewhere; 2 trouble (a file that cannot be read, a PDF with\n"
	      "no text layer, a converter missing or failing, bad usage).\n",
	      stdout);
}

static void print_schema(enum gipa_form form)
{
	out_adds("seq\tkey\tgroup\trow_label\tcol_label\tunit");
	out_endline();
	static const char *const units[] = {"count", "wan_yuan", "signed", "money_as_printed"};
	const struct gipa_key *k = schema_keys(form);
	size_t n = schema_nkeys(form);
	for (size_t i = 0; i < n; i++) {
		char seq[16];
		snprintf(seq, sizeof seq, "%d", k[i].seq);
		out_adds(seq);
		out_addc('\t');
		out_adds(k[i].key);
		out_addc('\t');
		out_adds(k[i].row->group ? k[i].row->group : "-");
		out_addc('\t');
		out_adds(k[i].row->label);
		out_addc('\t');
		if (k[i].col->parent) {
			out_adds(k[i].col->parent);
			out_addc('/');
		}
		out_adds(k[i].col->label);
		out_addc('\t');
		out_adds(units[k[i].col->unit]);
		out_endline();
	}
}

/* The next name of a --files0-from list into b: 1, or 0 at the end.  A name
 * longer than PATH_MAX is not kept (memory stays bounded whatever F holds:
 * a report given by mistake is one long "name"): *toolong is set. */
static int next_name(FILE *f, struct buf *b, int *toolong)
{
	int c;
	buf_reset(b);
	*toolong = 0;
	while ((c = getc(f)) != EOF && c != '\0') {
		if (b->len < PATH_MAX)
			buf_addc(b, (char)c);
		else
			*toolong = 1;
	}
	return c != EOF || b->len > 0;
}

/* --files0-from=F: the names in F, each ended by a NUL (the last one may
 * not be), as du and wc read them.  A file that fails is named and the
 * run goes on. */
static void extract_files0(const char *from, const char *name, const struct options *opt)
{
	int is_stdin = strcmp(from, "-") == 0;
	FILE *f = is_stdin ? stdin : fopen(from, "r");
	if (!f)
		die("cannot open '%s' for reading: %s", from, strerror(errno));
	struct buf path = BUF_INIT;
	int toolong;
	unsigned long item = 0;
	while (errno = 0, next_name(f, &path, &toolong)) {
		item++;
		if (toolong) {
			errmsg("%s:%lu: a file name longer than %d bytes (not a list of names?), skipped",
			       is_stdin ? "-" : from, item, PATH_MAX);
			exit_status_raise(EXIT_TROUBLE);
			continue;
		}
		if (path.len == 0) {
			errmsg("%s:%lu: invalid zero-length file name", is_stdin ? "-" : from, item);
			exit_status_raise(EXIT_TROUBLE);
			continue;
		}
		if (is_stdin && strcmp(path.p, "-") == 0) {
			errmsg("when reading file names from standard input, no file name of '-' allowed");
			exit_status_raise(EXIT_TROUBLE);
			continue;
		}
		const char *nm = strcmp(path.p, "-") == 0 && name ? name : path.p;
		exit_status_raise(extract_path(path.p, nm, opt));
		if (flush_each)
			out_flush();
	}
	if (ferror(f))
		die("%s: read error: %s", from, strerror(errno));
	buf_free(&path);
	if (!is_stdin)
		fclose(f);
}

int main(int argc, char **argv)
{
	set_program_name(argv[0]);
	struct options opt = {0, 0, 0};
	const char *name = NULL, *files0 = NULL;
	int no_header = 0;
	enum { OPT_CHECK = 256, OPT_NAME, OPT_SCHEMA, OPT_FILES0 };
	static const struct option longopts[] = {
		{"line-numbers", no_argument, NULL, 'n'},
		{"check", no_argument, NULL, OPT_CHECK},
		{"files0-from", required_argument, NULL, OPT_FILES0},
		{"name", required_argument, NULL, OPT_NAME},
		{"no-header", no_argument, NULL, 'H'},
		{"quiet", no_argument, NULL, 'q'},
		{"schema", optional_argument, NULL, OPT_SCHEMA},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	int c;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":nHqhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'n':
			opt.line_numbers = 1;
			break;
		case OPT_CHECK:
			opt.check = 1;
			break;
		case OPT_NAME:
			name = optarg;
			break;
		case OPT_FILES0:
			files0 = optarg;
			break;
		case 'H':
			no_header = 1;
			break;
		case 'q':
			diag_quiet = 1;
			break;
		case OPT_SCHEMA:
			if (optarg && strcmp(optarg, "2019") != 0 && strcmp(optarg, "2021") != 0)
				usage_error("--schema takes 2021 or 2019, not '%s'", optarg);
			print_schema(optarg && strcmp(optarg, "2019") == 0 ? FORM_2019 : FORM_2021);
			out_flush();
			return 0;
		case 'h':
			usage();
			return 0;
		case 'V':
			print_version();
			return 0;
		default:
			option_error(c, argv);
		}
	}
	if (files0 && optind < argc)
		usage_error("extra operand '%s': file operands cannot be combined with --files0-from",
			    argv[optind]);
	flush_each = isatty(STDOUT_FILENO);
	if (!no_header)
		extract_header(&opt);
	if (files0) {
		extract_files0(files0, name, &opt);
	} else if (optind == argc) {
		exit_status_raise(extract_path("-", name ? name : "-", &opt));
	} else {
		for (int i = optind; i < argc; i++) {
			const char *path = argv[i];
			const char *nm = strcmp(path, "-") == 0 && name ? name : path;
			exit_status_raise(extract_path(path, nm, &opt));
			if (flush_each)
				out_flush();
		}
	}
	out_flush();
	return exit_status();
}
