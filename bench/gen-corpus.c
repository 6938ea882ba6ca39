/* gen-corpus.c - the benchmark corpus of gipa-extract (bench/extract.sh).
 *
 *   gen-corpus corpus [-a AGENCIES] [-y FIRST-LAST] OUTDIR RECORDS TEMPLATE...
 *   gen-corpus template [-t TRUTH.tsv] [-e ENCODING] FIXTURE GIPA-EXTRACT >NAME.tpl
 *
 * `corpus` writes one report for every agency and year into OUTDIR/YEAR/,
 * each made from one of the templates (bench/templates/NAME.tpl) with values of
 * its own, and writes to RECORDS the records gipa-extract must give for
 * them, computed here from the same values (paths relative to OUTDIR, in
 * the order a shell lists them, year by year).  The values are drawn
 * from a fixed pseudo-random sequence per (agency, year), so the corpus is
 * the same bytes on every machine; the form's identities I1-I4 hold in
 * every report (SCHEMA.md 3.1), most cells are not zero.  Years up to 2020
 * use the templates of the 2019 form, later years those of the 2021 form.
 *
 * A template is a report that gipa-extract reads completely (a fixture of
 * tests/fixtures, or a real report of examples/reports), with every value
 * of its tables replaced by a marker @{KEY:WIDTH}, its year and the next
 * year by @{Y} and @{Z}, its agency by @{A} (and in the records it gives,
 * meta.sha256 by @{H}, the hash of each report made).  `template` makes one: it
 * changes each number of FIXTURE in turn, runs GIPA-EXTRACT over all the
 * variants, and takes as the cell of KEY the number whose change changed
 * exactly KEY's value, and nothing else.  It fails unless every value of
 * the report (the TRUTH file's, when given) was found so.  Templates are
 * UTF-8; ENCODING (gbk, gb18030) is the one the reports are written in.
 *
 * A value wider than the number it replaces takes the room of the spaces
 * after it, keeping one (pdftotext -layout, w3m, pandoc columns); a
 * narrower one is padded with spaces where spaces follow. */
#include "buf.h"
#include "diag.h"
#include "schema.h"
#include "sha256.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static struct buf read_file(const char *path)
{
	struct buf b = BUF_INIT;
	FILE *f = fopen(path, "rb");
	if (!f)
		die("%s: %s", path, strerror(errno));
	char tmp[65536];
	size_t n;
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		buf_add(&b, tmp, n);
	if (ferror(f))
		die("%s: read error", path);
	fclose(f);
	if (!b.p)
		buf_add(&b, "", 0);
	return b;
}

static void write_file(const char *path, const char *p, size_t n)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		die("%s: %s", path, strerror(errno));
	if (fwrite(p, 1, n, f) != n || fclose(f) != 0)
		die("%s: write error", path);
}

/* Convert s[0..n) from one encoding to another (appended to out). */
static void convert(const char *to, const char *from, const char *s, size_t n, struct buf *out)
{
	iconv_t cd = iconv_open(to, from);
	if (cd == (iconv_t)-1)
		die("iconv %s -> %s: %s", from, to, strerror(errno));
	char *in = (char *)s;
	size_t left = n;
	while (left > 0) {
		buf_grow(out, left * 2 + 16);
		char *o = out->p + out->len;
		size_t room = out->cap - out->len - 1;
		size_t r = iconv(cd, &in, &left, &o, &room);
		out->len = (size_t)(o - out->p);
		if (r == (size_t)-1 && errno != E2BIG)
			die("iconv %s -> %s: %s", from, to, strerror(errno));
	}
	out->p[out->len] = '\0';
	iconv_close(cd);
}

/* ---- records ------------------------------------------------------------ */

struct kv {
	char *key, *val;
};

struct report {
	char *name, *agency, *year;
	struct kv *kv;
	size_t n, cap;
};

struct reports {
	struct report *r;
	size_t n, cap;
};

/* Parse gipa records (header line first) into reports, by report name. */
static void parse_records(char *p, struct reports *out)
{
	int first = 1;
	while (*p) {
		char *nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		char *f[5];
		int nf = 0;
		char *s = p;
		while (nf < 5) {
			f[nf++] = s;
			char *t = strchr(s, '\t');
			if (!t)
				break;
			*t = '\0';
			s = t + 1;
		}
		if (!first && nf == 5) {
			struct report *r = out->n ? &out->r[out->n - 1] : NULL;
			if (!r || strcmp(r->name, f[0]) != 0) {
				if (out->n == out->cap) {
					out->cap = out->cap ? out->cap * 2 : 64;
					out->r = xrealloc(out->r, out->cap * sizeof *out->r);
				}
				r = &out->r[out->n++];
				memset(r, 0, sizeof *r);
				r->name = f[0];
				r->agency = f[1];
				r->year = f[2];
			}
			if (r->n == r->cap) {
				r->cap = r->cap ? r->cap * 2 : 256;
				r->kv = xrealloc(r->kv, r->cap * sizeof *r->kv);
			}
			r->kv[r->n].key = f[3];
			r->kv[r->n].val = f[4];
			r->n++;
		}
		first = 0;
		if (!nl)
			break;
		p = nl + 1;
	}
}

static const struct report *find_report(const struct reports *rs, const char *name)
{
	for (size_t i = 0; i < rs->n; i++)
		if (strcmp(rs->r[i].name, name) == 0)
			return &rs->r[i];
	return NULL;
}

static const char *value_of(const struct report *r, const char *key, size_t hint)
{
	if (hint < r->n && strcmp(r->kv[hint].key, key) == 0)
		return r->kv[hint].val;
	for (size_t i = 0; i < r->n; i++)
		if (strcmp(r->kv[i].key, key) == 0)
			return r->kv[i].val;
	return NULL;
}

/* ---- template: find the cells ------------------------------------------- */

static void shell_quote(struct buf *b, const char *s)
{
	buf_addc(b, '\'');
	for (; *s; s++) {
		if (*s == '\'')
			buf_adds(b, "'\\''");
		else
			buf_addc(b, *s);
	}
	buf_addc(b, '\'');
}

/* Run cmd, return its standard output; *status is the exit status. */
static struct buf run(const char *cmd, int *status)
{
	FILE *p = popen(cmd, "r");
	if (!p)
		die("cannot run %s", cmd);
	struct buf b = BUF_INIT;
	char tmp[65536];
	size_t n;
	while ((n = fread(tmp, 1, sizeof tmp, p)) > 0)
		buf_add(&b, tmp, n);
	int st = pclose(p);
	*status = WIFEXITED(st) ? WEXITSTATUS(st) : 2;
	if (!b.p)
		buf_add(&b, "", 0);
	return b;
}

struct token {
	size_t off, len;
	const char *key;  /* the value it is, or NULL */
	int year;         /* 1 the report's year, 2 the next, else 0 */
};

struct edit {
	size_t off, len;
	char *text;
};

static int edit_cmp(const void *a, const void *b)
{
	const struct edit *x = a, *y = b;
	return (x->off > y->off) - (x->off < y->off);
}

static void rm_tree(const char *dir)
{
	struct buf c = BUF_INIT;
	buf_adds(&c, "rm -rf ");
	shell_quote(&c, dir);
	if (system(c.p) != 0)
		errmsg("could not remove %s", dir);
	buf_free(&c);
}

static int make_template(int argc, char **argv)
{
	const char *truth = NULL, *enc = "utf-8";
	int i = 0;
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "-t") == 0 && i + 1 < argc)
			truth = argv[++i];
		else if (strcmp(argv[i], "-e") == 0 && i + 1 < argc)
			enc = argv[++i];
		else
			usage_error("template: unknown option %s", argv[i]);
	}
	if (argc - i != 2)
		usage_error("template: FIXTURE GIPA-EXTRACT expected");
	const char *fixture = argv[i];
	char *extract = realpath(argv[i + 1], NULL);
	if (!extract)
		die("%s: %s", argv[i + 1], strerror(errno));
	struct buf src = read_file(fixture);
	const char *dot = strrchr(fixture, '.');
	const char *ext = dot && !strchr(dot, '/') ? dot : "";

	/* the numbers of the text */
	struct token *tok = NULL;
	size_t ntok = 0, tokcap = 0;
	for (size_t j = 0; j < src.len;) {
		if (src.p[j] < '0' || src.p[j] > '9') {
			j++;
			continue;
		}
		size_t s = j;
		while (j < src.len && src.p[j] >= '0' && src.p[j] <= '9')
			j++;
		if (j + 1 < src.len && src.p[j] == '.' && src.p[j + 1] >= '0' && src.p[j + 1] <= '9') {
			j++;
			while (j < src.len && src.p[j] >= '0' && src.p[j] <= '9')
				j++;
		}
		if (ntok == tokcap) {
			tokcap = tokcap ? tokcap * 2 : 256;
			tok = xrealloc(tok, tokcap * sizeof *tok);
		}
		tok[ntok++] = (struct token){s, j - s, NULL, 0};
	}

	/* the report as it is, and one variant per number */
	char dir[] = "/tmp/gen-corpus.XXXXXX";
	if (!mkdtemp(dir))
		die("mkdtemp: %s", strerror(errno));
	struct buf path = BUF_INIT, cmd = BUF_INIT;
	buf_printf(&path, "%s/base%s", dir, ext);
	write_file(path.p, src.p, src.len);
	shell_quote(&cmd, extract);
	buf_adds(&cmd, " -q ");
	shell_quote(&cmd, path.p);
	int st;
	struct buf base_out = run(cmd.p, &st);
	if (st != 0)
		die("%s: gipa-extract exits %d on it; not a template", fixture, st);
	struct reports base = {0};
	parse_records(base_out.p, &base);
	if (base.n != 1)
		die("%s: %zu reports in it; one expected", fixture, base.n);
	const struct report *b = &base.r[0];
	if (truth) {
		struct buf t = read_file(truth);
		struct reports tr = {0};
		parse_records(t.p, &tr);
		if (tr.n != 1 || tr.r[0].n != b->n || strcmp(tr.r[0].agency, b->agency) != 0 ||
		    strcmp(tr.r[0].year, b->year) != 0)
			die("%s: gipa-extract does not give %s", fixture, truth);
		for (size_t k = 0; k < b->n; k++)
			if (strcmp(tr.r[0].kv[k].key, b->kv[k].key) != 0 ||
			    strcmp(tr.r[0].kv[k].val, b->kv[k].val) != 0)
				die("%s: gipa-extract does not give %s (%s)", fixture, truth,
				    b->kv[k].key);
	}
	for (size_t t = 0; t < ntok; t++) {
		char *v = xmalloc(src.len + 1);
		memcpy(v, src.p, src.len);
		char *d = &v[tok[t].off + tok[t].len - 1];
		*d = *d == '9' ? '8' : (char)(*d + 1);
		buf_reset(&path);
		buf_printf(&path, "%s/v%06zu%s", dir, t, ext);
		write_file(path.p, v, src.len);
		free(v);
	}
	buf_reset(&cmd);
	buf_adds(&cmd, "cd ");
	shell_quote(&cmd, dir);
	buf_adds(&cmd, " && ");
	shell_quote(&cmd, extract);
	buf_adds(&cmd, " -q v*");
	struct buf var_out = run(cmd.p, &st);
	struct reports var = {0};
	parse_records(var_out.p, &var);

	/* which key each number is */
	size_t nvalues = 0;
	for (size_t k = 0; k < b->n; k++)
		if (strncmp(b->kv[k].key, "meta.", 5) != 0)
			nvalues++;
	const char **found = xcalloc(b->n, sizeof *found);
	for (size_t t = 0; t < ntok; t++) {
		char name[32];
		snprintf(name, sizeof name, "v%06zu%s", t, ext);
		const struct report *r = find_report(&var, name);
		if (!r || strcmp(r->agency, b->agency) != 0 || strcmp(r->year, b->year) != 0)
			continue;
		long changed = -1;
		int nchanged = r->n != b->n;
		for (size_t k = 0; k < b->n && nchanged <= 1; k++) {
			if (strcmp(b->kv[k].key, "meta.sha256") == 0)
				continue; /* the bytes changed, so does their hash */
			const char *nv = value_of(r, b->kv[k].key, k);
			if (!nv || strcmp(nv, b->kv[k].val) != 0) {
				nchanged++;
				changed = (long)k;
			}
		}
		if (nchanged != 1 || changed < 0 || strncmp(b->kv[changed].key, "meta.", 5) == 0)
			continue;
		/* the value must be this number as printed, perhaps after a minus */
		const char *val = b->kv[changed].val;
		size_t off = tok[t].off, len = tok[t].len;
		if (val[0] == '-' && off > 0 && src.p[off - 1] == '-') {
			off--;
			len++;
		}
		if (strlen(val) != len || memcmp(val, src.p + off, len) != 0)
			continue;
		if (found[changed])
			die("%s: %s is found twice", fixture, b->kv[changed].key);
		found[changed] = b->kv[changed].key;
		tok[t].off = off;
		tok[t].len = len;
		tok[t].key = b->kv[changed].key;
	}
	size_t nfound = 0, nmissing = 0;
	for (size_t k = 0; k < b->n; k++) {
		if (strncmp(b->kv[k].key, "meta.", 5) == 0)
			continue;
		if (found[k])
			nfound++;
		else if (nmissing++ < 10)
			errmsg("%s: the cell of %s (%s) not found", fixture, b->kv[k].key, b->kv[k].val);
	}
	if (nfound != nvalues)
		die("%s: %zu of %zu values found; not a template", fixture, nfound, nvalues);

	/* the edits: cells, years, agency */
	int year = atoi(b->year);
	char ys[16], zs[16];
	snprintf(ys, sizeof ys, "%d", year);
	snprintf(zs, sizeof zs, "%d", year + 1);
	struct edit *ed = NULL;
	size_t ned = 0, edcap = 0;
#define ADD_EDIT(o, l, fmt, ...)                                                          \
	do {                                                                              \
		if (ned == edcap) {                                                       \
			edcap = edcap ? edcap * 2 : 256;                                  \
			ed = xrealloc(ed, edcap * sizeof *ed);                            \
		}                                                                         \
		struct buf e_ = BUF_INIT;                                                 \
		buf_printf(&e_, fmt, __VA_ARGS__);                                        \
		ed[ned++] = (struct edit){(o), (l), e_.p};                                \
	} while (0)
	for (size_t t = 0; t < ntok; t++) {
		if (tok[t].key)
			ADD_EDIT(tok[t].off, tok[t].len, "@{%s:%zu}", tok[t].key, tok[t].len);
		else if (tok[t].len == 4 && memcmp(src.p + tok[t].off, ys, 4) == 0)
			ADD_EDIT(tok[t].off, 4, "%s", "@{Y}");
		else if (tok[t].len == 4 && memcmp(src.p + tok[t].off, zs, 4) == 0)
			ADD_EDIT(tok[t].off, 4, "%s", "@{Z}");
	}
	struct buf agency = BUF_INIT;
	if (strcmp(enc, "utf-8") == 0)
		buf_adds(&agency, b->agency);
	else
		convert(enc, "UTF-8", b->agency, strlen(b->agency), &agency);
	size_t nagency = 0;
	if (agency.len > 0)
		for (size_t j = 0; j + agency.len <= src.len;) {
			if (memcmp(src.p + j, agency.p, agency.len) == 0) {
				ADD_EDIT(j, agency.len, "%s", "@{A}");
				nagency++;
				j += agency.len;
			} else {
				j++;
			}
		}
	if (nagency == 0)
		errmsg("%s: note: the agency %s is not in the text as it is", fixture, b->agency);
	qsort(ed, ned, sizeof *ed, edit_cmp);
	struct buf body = BUF_INIT;
	size_t at = 0;
	for (size_t e = 0; e < ned; e++) {
		if (ed[e].off < at)
			die("%s: overlapping edits at byte %zu", fixture, ed[e].off);
		buf_add(&body, src.p + at, ed[e].off - at);
		buf_adds(&body, ed[e].text);
		at = ed[e].off + ed[e].len;
	}
	buf_add(&body, src.p + at, src.len - at);

	/* out: the header, then the text (UTF-8) */
	const char *form = value_of(b, "meta.form", 0);
	printf("gipa-template 1\nsource %s\nform %s\nencoding %s\next %s\nagency %s\nyear %s\n",
	       fixture, form ? form : "2021", enc, *ext ? ext + 1 : "txt", b->agency, b->year);
	for (size_t k = 0; k < b->n; k++) {
		if (strncmp(b->kv[k].key, "meta.", 5) != 0)
			continue;
		printf("meta %s\t", b->kv[k].key);
		if (strcmp(b->kv[k].key, "meta.sha256") == 0) {
			puts("@{H}");
			continue;
		}
		for (const char *v = b->kv[k].val; *v;) {
			if (strncmp(v, ys, 4) == 0) {
				fputs("@{Y}", stdout);
				v += 4;
			} else if (strncmp(v, zs, 4) == 0) {
				fputs("@{Z}", stdout);
				v += 4;
			} else {
				putchar(*v++);
			}
		}
		putchar('\n');
	}
	fputs("text\n", stdout);
	if (strcmp(enc, "utf-8") == 0) {
		fwrite(body.p, 1, body.len, stdout);
	} else {
		struct buf u = BUF_INIT;
		convert("UTF-8", enc, body.p, body.len, &u);
		fwrite(u.p, 1, u.len, stdout);
	}
	rm_tree(dir);
	errmsg("%s: %zu values, %zu agency names", fixture, nfound, nagency);
	return fflush(stdout) == 0 ? 0 : 2;
}

/* ---- corpus --------------------------------------------------------------- */

enum piece_kind { P_TEXT, P_KEY, P_YEAR, P_NEXT, P_AGENCY };

struct piece {
	enum piece_kind kind;
	const char *p;   /* P_TEXT */
	size_t n;
	int key;         /* P_KEY: index in the form's key list */
	size_t width;    /* P_KEY: width of the number it replaces */
	size_t spaces;   /* spaces that follow it in the text */
};

struct tpl {
	char *name;      /* file name without .tpl */
	enum gipa_form form;
	char *enc, *ext;
	char **meta;     /* "key\tvalue" with @{Y}, @{Z} */
	size_t nmeta;
	unsigned char *has; /* keys of the form present */
	struct piece *pc;
	size_t npc;
	struct buf src;
};

static void parse_template(const char *path, struct tpl *t)
{
	memset(t, 0, sizeof *t);
	t->src = read_file(path);
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *dot = strrchr(base, '.');
	t->name = xstrndup(base, dot ? (size_t)(dot - base) : strlen(base));
	t->enc = xstrdup("utf-8");
	t->ext = xstrdup("txt");
	t->form = FORM_2021;
	char *p = t->src.p;
	if (strncmp(p, "gipa-template 1\n", 16) != 0)
		die("%s: not a template", path);
	char *text = NULL;
	while (*p) {
		char *nl = strchr(p, '\n');
		if (!nl)
			die("%s: no text", path);
		*nl = '\0';
		if (strcmp(p, "text") == 0) {
			text = nl + 1;
			break;
		}
		if (strncmp(p, "form ", 5) == 0)
			t->form = strcmp(p + 5, "2019") == 0 ? FORM_2019 : FORM_2021;
		else if (strncmp(p, "encoding ", 9) == 0)
			t->enc = xstrdup(p + 9);
		else if (strncmp(p, "ext ", 4) == 0)
			t->ext = xstrdup(p + 4);
		else if (strncmp(p, "meta ", 5) == 0) {
			t->meta = xrealloc(t->meta, (t->nmeta + 1) * sizeof *t->meta);
			t->meta[t->nmeta++] = p + 5;
		}
		p = nl + 1;
	}
	if (!text)
		die("%s: no text", path);
	size_t nk = schema_nkeys(t->form);
	t->has = xcalloc(nk, 1);
	size_t cap = 0;
	const char *end = t->src.p + t->src.len;
	const char *lit = text;
	for (const char *s = text; s < end;) {
		if (!(s[0] == '@' && s + 1 < end && s[1] == '{')) {
			s++;
			continue;
		}
		const char *close = memchr(s, '}', (size_t)(end - s));
		if (!close)
			die("%s: unterminated marker", path);
		struct piece pc = {P_TEXT, NULL, 0, -1, 0, 0};
		const char *m = s + 2;
		size_t mn = (size_t)(close - m);
		if (mn == 1 && *m == 'Y')
			pc.kind = P_YEAR;
		else if (mn == 1 && *m == 'Z')
			pc.kind = P_NEXT;
		else if (mn == 1 && *m == 'A')
			pc.kind = P_AGENCY;
		else {
			const char *colon = memchr(m, ':', mn);
			if (!colon)
				die("%s: bad marker %.*s", path, (int)mn, m);
			pc.kind = P_KEY;
			pc.key = schema_index(t->form, m, (size_t)(colon - m));
			if (pc.key < 0)
				die("%s: unknown key %.*s", path, (int)(colon - m), m);
			pc.width = (size_t)atoi(colon + 1);
			t->has[pc.key] = 1;
		}
		for (const char *q = close + 1; q < end && *q == ' '; q++)
			pc.spaces++;
		if (t->npc + 2 > cap) {
			cap = cap ? cap * 2 : 512;
			t->pc = xrealloc(t->pc, cap * sizeof *t->pc);
		}
		if (s > lit)
			t->pc[t->npc++] = (struct piece){P_TEXT, lit, (size_t)(s - lit), -1, 0, 0};
		t->pc[t->npc++] = pc;
		s = lit = close + 1;
	}
	if (t->npc + 1 > cap)
		t->pc = xrealloc(t->pc, (t->npc + 1) * sizeof *t->pc);
	if (end > lit)
		t->pc[t->npc++] = (struct piece){P_TEXT, lit, (size_t)(end - lit), -1, 0, 0};
}

/* splitmix64: the same numbers everywhere */
static uint64_t next_rand(uint64_t *s)
{
	uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

static long rnd(uint64_t *s, long n)
{
	return n <= 0 ? 0 : (long)(next_rand(s) % (uint64_t)n);
}

/* A count in a report of this scale: zero about one time in three. */
static long cell(uint64_t *s, long scale)
{
	return rnd(s, 3) == 0 ? 0 : 1 + rnd(s, scale);
}

#define VALW 24

static void set_int(enum gipa_form form, char (*val)[VALW], const char *table, const char *row,
		    const char *col, long v)
{
	char key[96];
	snprintf(key, sizeof key, "%s.%s.%s", table, row, col);
	int i = schema_index(form, key, strlen(key));
	if (i < 0)
		die("no key %s", key);
	snprintf(val[i], VALW, "%ld", v);
}

/* The values of one report, as printed, by index in the form's key list. */
static void make_values(enum gipa_form form, uint64_t *s, long scale, char (*val)[VALW])
{
	const struct gipa_tabledef *act = schema_table(form, TAB_ACTIVE);
	for (int r = 0; r < act->nrows; r++)
		for (int c = 0; c < act->rows[r].ncols; c++) {
			const struct gipa_col *col = &act->rows[r].cols[c];
			char key[96];
			snprintf(key, sizeof key, "active.%s.%s", act->rows[r].key, col->key);
			int i = schema_index(form, key, strlen(key));
			if (col->unit == UNIT_SIGNED)
				snprintf(val[i], VALW, "%ld", rnd(s, 7) - 3);
			else if (col->unit == UNIT_COUNT)
				snprintf(val[i], VALW, "%ld", cell(s, scale * 3));
			else
				snprintf(val[i], VALW, "%ld.%02ld", rnd(s, scale), 1 + rnd(s, 99));
		}

	const struct gipa_tabledef *ap = schema_table(form, TAB_APPLY);
	enum { MAXR = 32 };
	long v[MAXR][8];
	int nrows = ap->nrows, total = -1, next = -1, newr = -1, carried = -1, first = -1;
	for (int r = 0; r < nrows; r++) {
		const char *k = ap->rows[r].key;
		if (strcmp(k, "total") == 0)
			total = r;
		else if (strcmp(k, "carry_next") == 0)
			next = r;
		else if (strcmp(k, "new") == 0)
			newr = r;
		else if (strcmp(k, "carried") == 0)
			carried = r;
		else if (first < 0 && ap->rows[r].group &&
			 strcmp(ap->rows[r].group, "三、本年度办理结果") == 0)
			first = r;
	}
	if (total < 0 || next < 0 || newr < 0 || carried < 0 || first < 0 || nrows > MAXR)
		die("the apply table is not as expected");
	int ncols = ap->rows[0].ncols; /* the last is the total */
	for (int c = 0; c < ncols - 1; c++) {
		/* natural persons ask most, legal services least */
		long sc = c == 0 ? scale : c == 1 ? scale / 2 + 1 : scale / 4 + 1;
		long sum = 0;
		for (int r = 0; r < nrows; r++)
			if (r != total && r != next && r != newr && r != carried) {
				/* granted and partial are the common outcomes */
				long x = r == first || r == first + 1 ? cell(s, sc * 4) : cell(s, sc);
				v[r][c] = x;
				if (r >= first && r < total)
					sum += x;
			}
		v[total][c] = sum;
		v[next][c] = rnd(s, sum / 4 + 2);
		long room = sum + v[next][c];
		v[carried][c] = rnd(s, (room < sc ? room : sc) + 1);
		v[newr][c] = room - v[carried][c];
	}
	for (int r = 0; r < nrows; r++) {
		long sum = 0;
		for (int c = 0; c < ncols - 1; c++)
			sum += v[r][c];
		v[r][ncols - 1] = sum;
		for (int c = 0; c < ncols; c++)
			set_int(form, val, "apply", ap->rows[r].key, ap->rows[r].cols[c].key, v[r][c]);
	}

	const struct gipa_tabledef *rv = schema_table(form, TAB_REVIEW);
	for (int r = 0; r < rv->nrows; r++) {
		const struct gipa_row *row = &rv->rows[r];
		long sum = 0;
		for (int c = 0; c < row->ncols - 1; c++) {
			long x = cell(s, scale / 3 + 1);
			sum += x;
			set_int(form, val, "review", row->key, row->cols[c].key, x);
		}
		set_int(form, val, "review", row->key, row->cols[row->ncols - 1].key, sum);
	}
}

/* An agency name of 11 characters (two-character city and district, and a
 * bureau), one for each number below 80,000. */
static void agency_name(long a, char *out, size_t cap)
{
	static const char *const c1[] = {"东", "西", "南", "北", "清", "临", "安", "平", "新", "长"};
	static const char *const c2[] = {"山", "河", "川", "阳", "江", "源", "宁", "丰", "州", "林"};
	static const char *const d2[] = {"城", "湖", "桥", "水", "岭", "台", "沙", "海"};
	static const char *const bureau[] = {"卫生健康局", "自然资源局", "交通运输局", "生态环境局",
					     "市场监管局", "住房建设局", "农业农村局", "文化旅游局",
					     "应急管理局", "水利水务局"};
	long city = a % 100, dist = (a / 100) % 80, bu = (a / 8000) % 10;
	snprintf(out, cap, "%s%s市%s%s区%s", c1[city / 10], c2[city % 10], c2[dist % 10],
		 d2[dist / 10], bureau[bu]);
}

static void put_value(struct buf *o, const struct piece *pc, const char *v)
{
	size_t n = strlen(v);
	buf_add(o, v, n);
	if (n < pc->width && pc->spaces > 0)
		for (size_t k = n; k < pc->width; k++)
			buf_addc(o, ' ');
}

/* Spaces after a value that a wider value has taken. */
static size_t eaten(const struct piece *pc, const char *v)
{
	size_t n = strlen(v);
	if (n <= pc->width || pc->spaces < 2)
		return 0;
	size_t want = n - pc->width, room = pc->spaces - 1;
	return want < room ? want : room;
}

static int make_corpus(int argc, char **argv)
{
	long agencies = 4000, y0 = 2019, y1 = 2024;
	int i = 0;
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "-a") == 0 && i + 1 < argc)
			agencies = atol(argv[++i]);
		else if (strcmp(argv[i], "-y") == 0 && i + 1 < argc) {
			if (sscanf(argv[++i], "%ld-%ld", &y0, &y1) != 2)
				usage_error("-y FIRST-LAST");
		} else
			usage_error("corpus: unknown option %s", argv[i]);
	}
	if (argc - i < 3 || agencies < 1 || agencies > 80000 || y0 < 2019 || y1 < y0 || y1 > 2099)
		usage_error("corpus: [-a AGENCIES] [-y FIRST-LAST] OUTDIR RECORDS TEMPLATE...");
	const char *outdir = argv[i], *records = argv[i + 1];
	int ntpl = argc - i - 2;
	struct tpl *tpl = xcalloc((size_t)ntpl, sizeof *tpl);
	int nform[FORM_COUNT] = {0, 0};
	for (int t = 0; t < ntpl; t++) {
		parse_template(argv[i + 2 + t], &tpl[t]);
		nform[tpl[t].form]++;
	}
	FILE *rec = fopen(records, "w");
	if (!rec)
		die("%s: %s", records, strerror(errno));
	fputs("report\tagency\tyear\tkey\tvalue\n", rec);
	if (mkdir(outdir, 0777) < 0 && errno != EEXIST)
		die("%s: %s", outdir, strerror(errno));
	struct buf path = BUF_INIT, text = BUF_INIT, conv = BUF_INIT, rbuf = BUF_INIT;
	char (*val)[VALW] = xcalloc(256, sizeof *val);
	long nreports = 0;
	size_t bytes = 0;
	for (long y = y0; y <= y1; y++) {
		enum gipa_form form = y <= 2020 ? FORM_2019 : FORM_2021;
		if (nform[form] == 0)
			die("no template of the %s form", schema_form_name(form));
		buf_reset(&path);
		buf_printf(&path, "%s/%ld", outdir, y);
		if (mkdir(path.p, 0777) < 0 && errno != EEXIST)
			die("%s: %s", path.p, strerror(errno));
		/* The reports of a year in the order the shell lists them. */
		for (long a = 0; a < agencies; a++) {
			uint64_t seed = (uint64_t)a * 1000003u + (uint64_t)y;
			uint64_t as = (uint64_t)a * 7919u + 17;
			long scale = (long)(next_rand(&as) % 3);
			scale = scale == 0 ? 3 : scale == 1 ? 12 : 40;
			int pick = (int)(next_rand(&seed) % (uint64_t)nform[form]);
			struct tpl *t = NULL;
			for (int k = 0; k < ntpl; k++)
				if (tpl[k].form == form && pick-- == 0) {
					t = &tpl[k];
					break;
				}
			memset(val, 0, 256 * sizeof *val);
			make_values(form, &seed, scale, val);
			char agency[64], ys[24], zs[24];
			agency_name(a, agency, sizeof agency);
			snprintf(ys, sizeof ys, "%ld", y);
			snprintf(zs, sizeof zs, "%ld", y + 1);
			buf_reset(&text);
			size_t skip = 0;
			for (size_t k = 0; k < t->npc; k++) {
				const struct piece *pc = &t->pc[k];
				switch (pc->kind) {
				case P_TEXT:
					buf_add(&text, pc->p + skip, pc->n - skip);
					skip = 0;
					break;
				case P_KEY:
					put_value(&text, pc, val[pc->key]);
					skip = eaten(pc, val[pc->key]);
					break;
				case P_YEAR:
					buf_adds(&text, ys);
					skip = 0;
					break;
				case P_NEXT:
					buf_adds(&text, zs);
					skip = 0;
					break;
				case P_AGENCY:
					buf_adds(&text, agency);
					skip = 0;
					break;
				}
			}
			const char *out = text.p;
			size_t outn = text.len;
			if (strcmp(t->enc, "utf-8") != 0) {
				buf_reset(&conv);
				convert(t->enc, "UTF-8", text.p, text.len, &conv);
				out = conv.p;
				outn = conv.len;
			}
			char name[128], hash[65];
			snprintf(name, sizeof name, "%ld/a%05ld-%s.%s", y, a, t->name, t->ext);
			struct sha256 sh;
			sha256_init(&sh);
			sha256_update(&sh, out, outn);
			sha256_final_hex(&sh, hash);
			buf_reset(&path);
			buf_printf(&path, "%s/%s", outdir, name);
			write_file(path.p, out, outn);
			bytes += outn;
			nreports++;

			/* its records: the template's metadata, then the values */
			buf_reset(&rbuf);
			for (size_t m = 0; m < t->nmeta; m++) {
				buf_printf(&rbuf, "%s\t%s\t%ld\t", name, agency, y);
				for (const char *v = t->meta[m]; *v;) {
					if (strncmp(v, "@{Y}", 4) == 0) {
						buf_adds(&rbuf, ys);
						v += 4;
					} else if (strncmp(v, "@{Z}", 4) == 0) {
						buf_adds(&rbuf, zs);
						v += 4;
					} else if (strncmp(v, "@{H}", 4) == 0) {
						buf_adds(&rbuf, hash);
						v += 4;
					} else {
						buf_addc(&rbuf, *v++);
					}
				}
				buf_addc(&rbuf, '\n');
			}
			const struct gipa_key *keys = schema_keys(form);
			size_t nk = schema_nkeys(form);
			for (size_t k = 0; k < nk; k++)
				if (t->has[k])
					buf_printf(&rbuf, "%s\t%s\t%ld\t%s\t%s\n", name, agency, y,
						   keys[k].key, val[k]);
			if (fwrite(rbuf.p, 1, rbuf.len, rec) != rbuf.len)
				die("%s: write error", records);
		}
	}
	if (fclose(rec) != 0)
		die("%s: write error", records);
	errmsg("%ld reports, %zu bytes in %s", nreports, bytes, outdir);
	return 0;
}

int main(int argc, char **argv)
{
	set_program_name(argv[0]);
	if (argc >= 2 && strcmp(argv[1], "corpus") == 0)
		return make_corpus(argc - 2, argv + 2);
	if (argc >= 2 && strcmp(argv[1], "template") == 0)
		return make_template(argc - 2, argv + 2);
	fputs("usage: gen-corpus corpus [-a AGENCIES] [-y FIRST-LAST] OUTDIR RECORDS TEMPLATE...\n"
	      "       gen-corpus template [-t TRUTH.tsv] [-e ENCODING] FIXTURE GIPA-EXTRACT\n",
	      stderr);
	return 2;
}
