/* tab_tsv.c - plain TSV lines for gipa-tab (--long, -p, the spool). */
#include "tab.h"
#include "diag.h"
#include "utf8.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define TSV_MAXLINE (1024 * 1024)

void tab_tsv_open_fd(struct tab_tsv *t, int fd, const char *name)
{
	memset(t, 0, sizeof *t);
	t->name = name;
	t->fd = fd;
	lines_init(&t->lines, fd_source_read, &t->fd, TSV_MAXLINE);
}

int tab_tsv_open(struct tab_tsv *t, const char *path)
{
	int fd = STDIN_FILENO;
	if (strcmp(path, "-") != 0) {
		fd = open(path, O_RDONLY);
		struct stat st;
		if (fd >= 0 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
			close(fd);
			fd = -1;
			errno = EISDIR;
		}
		if (fd < 0) {
			errmsg("%s: %s", path, strerror(errno));
			exit_status_raise(EXIT_TROUBLE);
			return -1;
		}
	}
	tab_tsv_open_fd(t, fd, path);
	return 0;
}

void tab_tsv_close(struct tab_tsv *t)
{
	lines_free(&t->lines);
	if (t->fd != STDIN_FILENO && t->fd >= 0)
		close(t->fd);
	t->fd = -1;
	free(t->f);
	free(t->len);
	t->f = NULL;
	t->len = NULL;
}

unsigned long tab_tsv_lineno(const struct tab_tsv *t)
{
	return t->lines.lineno;
}

static void bad(struct tab_tsv *t, const char *why)
{
	errmsg("%s:%lu: %s", t->name, t->lines.lineno, why);
	exit_status_raise(EXIT_PROBLEM);
}

int tab_tsv_next(struct tab_tsv *t)
{
	char *line;
	size_t len;
	int toolong;
	for (;;) {
		int got = lines_next(&t->lines, &line, &len, &toolong);
		if (got < 0) {
			errmsg("%s: read error: %s", t->name, strerror(t->lines.err));
			exit_status_raise(EXIT_TROUBLE);
			return 0;
		}
		if (got == 0)
			return 0;
		if (toolong) {
			bad(t, "line longer than 1 MiB, skipped");
			continue;
		}
		if (t->lines.lineno == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
			line += 3;
			len -= 3;
		}
		if (len > 0 && line[len - 1] == '\r')
			line[--len] = '\0';
		if (memchr(line, '\0', len)) {
			bad(t, "NUL byte, line skipped");
			continue;
		}
		if (utf8_invalid_at(line, len) != len) {
			bad(t, "invalid UTF-8, line skipped");
			continue;
		}
		t->line = line;
		t->linelen = len;
		t->n = 0;
		char *p = line, *end = line + len;
		for (;;) {
			if (t->n == t->cap) {
				t->cap = t->cap ? t->cap * 2 : 16;
				t->f = xrealloc(t->f, (size_t)t->cap * sizeof *t->f);
				t->len = xrealloc(t->len, (size_t)t->cap * sizeof *t->len);
			}
			char *tab = memchr(p, '\t', (size_t)(end - p));
			char *fe = tab ? tab : end;
			t->f[t->n] = p;
			t->len[t->n] = (size_t)(fe - p);
			t->n++;
			if (!tab)
				break;
			p = tab + 1;
		}
		return 1;
	}
}
