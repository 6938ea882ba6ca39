/* tab_tsv.c - plain TSV lines for gipa-tab (--long, -p, the spool): the
 * record reader's plain mode (record.h), which makes the line checks. */
#include "tab.h"

#include <string.h>

void tab_tsv_open_fd(struct tab_tsv *t, int fd, const char *name)
{
	memset(t, 0, sizeof *t);
	t->name = name;
	rec_open_tsv_fd(&t->r, fd, name);
}

void tab_tsv_open_source(struct tab_tsv *t, source_read_fn read, void *ctx, const char *name)
{
	memset(t, 0, sizeof *t);
	t->name = name;
	rec_open_source(&t->r, read, ctx, name, 0);
	t->r.plain = 1; /* as rec_open_tsv_fd */
}

int tab_tsv_open(struct tab_tsv *t, const char *path)
{
	memset(t, 0, sizeof *t);
	t->name = path;
	return rec_open_tsv(&t->r, path);
}

void tab_tsv_close(struct tab_tsv *t)
{
	rec_close(&t->r);
	t->f = NULL;
	t->len = NULL;
}

unsigned long tab_tsv_lineno(const struct tab_tsv *t)
{
	return t->r.lines.lineno;
}

int tab_tsv_next(struct tab_tsv *t)
{
	if (!rec_next_line(&t->r, &t->line, &t->linelen, &t->n))
		return 0;
	t->f = t->r.fields;
	t->len = t->r.lens;
	return 1;
}
