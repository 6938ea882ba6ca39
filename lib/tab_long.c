/* tab_long.c - gipa-tab --long: records from a wide table, the inverse of
 * the wide table (tab.h). */
#include "tab.h"
#include "diag.h"
#include "hashmap.h"
#include "out.h"

#include <stdlib.h>
#include <string.h>

static int all_dashes(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != '-')
			return 0;
	return 1;
}

void tab_long(struct tab_tsv *t, const char *patterns)
{
	const char *path = t->name;
	if (!tab_tsv_next(t)) {
		tab_tsv_close(t);
		return;
	}
	/* The header: report, agency and year by name; every other column is
	 * a key, or the official label of one. */
	int n = t->n, at[REC_KEY] = {-1, -1, -1};
	char **key = xcalloc((size_t)n, sizeof *key);
	struct buf header = BUF_INIT;
	struct hashmap seen;
	hm_init(&seen);
	int ok = 1;
	buf_add(&header, t->line, t->linelen);
	for (int i = 0; i < n && ok; i++) {
		int named = 0;
		for (int c = 0; c < REC_KEY; c++) {
			if (at[c] < 0 && t->len[i] == strlen(rec_colnames[c]) &&
			    memcmp(t->f[i], rec_colnames[c], t->len[i]) == 0) {
				at[c] = i;
				named = 1;
			}
		}
		if (named)
			continue;
		const char *k = tab_key_of_label(t->f[i], t->len[i]);
		char *name = k ? xstrdup(k) : xstrndup(t->f[i], t->len[i]);
		if (!*name) {
			errmsg("%s:%lu: column %d has no name; file skipped", path, tab_tsv_lineno(t),
			       i + 1);
			ok = 0;
		} else if (hm_find(&seen, name, strlen(name)) >= 0) {
			errmsg("%s:%lu: key %s has two columns; file skipped", path, tab_tsv_lineno(t),
			       name);
			ok = 0;
		}
		hm_intern(&seen, name, strlen(name), NULL);
		if (tab_keys_match(patterns, name))
			key[i] = name;
		else
			free(name);
	}
	if (ok && at[REC_REPORT] < 0) {
		errmsg("%s:%lu: not a wide gipa table (no column named report); file skipped", path,
		       tab_tsv_lineno(t));
		ok = 0;
	}
	if (!ok)
		exit_status_raise(EXIT_TROUBLE);
	while (ok && tab_tsv_next(t)) {
		if (t->linelen == header.len && memcmp(t->line, header.p, header.len) == 0)
			continue; /* a repeated header: concatenated tables */
		if (t->linelen == header.len + 3 && memcmp(t->line, "\xEF\xBB\xBF", 3) == 0 &&
		    memcmp(t->line + 3, header.p, header.len) == 0)
			continue; /* the same, of a table that began with a BOM */
		if (t->n != n) {
			errmsg("%s:%lu: %d fields where the header has %d, line skipped", path,
			       tab_tsv_lineno(t), t->n, n);
			exit_status_raise(EXIT_PROBLEM);
			continue;
		}
		for (int i = 0; i < n; i++) {
			if (!key[i] || t->len[i] == 0)
				continue;
			for (int c = 0; c < REC_KEY; c++) {
				if (at[c] >= 0)
					out_add(t->f[at[c]], t->len[at[c]]);
				out_addc('\t');
			}
			out_adds(key[i]);
			out_addc('\t');
			/* "-" is a blank; one dash less gives the value back. */
			if (all_dashes(t->f[i], t->len[i]))
				out_add(t->f[i] + 1, t->len[i] - 1);
			else
				out_add(t->f[i], t->len[i]);
			out_endline();
		}
	}
	for (int i = 0; i < n; i++)
		free(key[i]);
	free(key);
	buf_free(&header);
	hm_free(&seen);
	tab_tsv_close(t);
}
