/* tab_rows.c - keys, column order and row grouping for gipa-tab. */
#include "tab.h"
#include "diag.h"
#include "schema.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

/* ---- keys ------------------------------------------------------------- */

/* Column order: the meta keys, then the keys of both forms merged so that
 * each form's own order is kept (a 2019 report, in its form's order, comes
 * back in that order after a round trip).  The keys the forms share are in
 * the same relative order in both; between two of them, the 2021 keys come
 * before the 2019 ones. */
long tab_rank(const char *key, size_t len)
{
	return schema_rank(key, len); /* both forms, each in its own order */
}

struct tab_key *tab_keys_get(struct tab_keys *t, const char *s, size_t n, int *isnew)
{
	/* Reports list their keys in the same order: try the key that came
	 * after the last one the last time, before hashing. */
	struct tab_key *g = t->last ? t->last->follow : NULL;
	if (g && g->len == n && memcmp(g->key, s, n) == 0) {
		*isnew = 0;
		t->last = g;
		return g;
	}
	if (!t->map.slots)
		hm_init(&t->map);
	size_t id = hm_intern(&t->map, s, n, isnew);
	if (!*isnew) {
		if (t->last)
			t->last->follow = t->list[id];
		return t->last = t->list[id];
	}
	struct tab_key *k = xcalloc(1, sizeof *k);
	k->key = xstrndup(s, n);
	k->len = n;
	k->rank = tab_rank(s, n);
	k->col = -1;
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->list = xrealloc(t->list, t->cap * sizeof *t->list);
	}
	t->list[t->n++] = k; /* at its id */
	if (t->last)
		t->last->follow = k;
	return t->last = k;
}

void tab_keys_free(struct tab_keys *t)
{
	for (size_t i = 0; i < t->n; i++) {
		free(t->list[i]->key);
		free(t->list[i]);
	}
	free(t->list);
	if (t->map.slots)
		hm_free(&t->map);
	memset(t, 0, sizeof *t);
}

static int by_rank(const void *a, const void *b)
{
	const struct tab_key *x = *(struct tab_key *const *)a, *y = *(struct tab_key *const *)b;
	return (x->rank > y->rank) - (x->rank < y->rank);
}

/* Append, depth first, the unknown keys of the child list c (each followed
 * by the keys anchored after it). */
static void place(struct tab_key *c, struct tab_key **stack, struct tab_key **out, size_t *nout)
{
	size_t sp = 0;
	stack[sp++] = c;
	while (sp > 0) {
		struct tab_key *u = stack[--sp];
		if (!u)
			continue;
		out[(*nout)++] = u;
		stack[sp++] = u->next;
		stack[sp++] = u->child;
	}
}

struct tab_key **tab_keys_order(const struct tab_keys *t)
{
	struct tab_key **known = xmalloc((t->n + 1) * sizeof *known);
	struct tab_key **stack = xmalloc((2 * t->n + 2) * sizeof *stack);
	struct tab_key **out = xmalloc((t->n + 1) * sizeof *out);
	struct tab_key *first = NULL; /* unknown keys that came first in a row */
	size_t nk = 0, nout = 0;
	for (size_t i = 0; i < t->n; i++)
		t->list[i]->child = t->list[i]->next = NULL;
	/* Children lists in order of first appearance: prepend in reverse. */
	for (size_t i = t->n; i-- > 0;) {
		struct tab_key *k = t->list[i];
		if (k->rank >= 0) {
			known[nk++] = k;
		} else if (k->anchor) {
			k->next = k->anchor->child;
			k->anchor->child = k;
		} else {
			k->next = first;
			first = k;
		}
	}
	qsort(known, nk, sizeof *known, by_rank);
	place(first, stack, out, &nout);
	for (size_t i = 0; i < nk; i++) {
		out[nout++] = known[i];
		place(known[i]->child, stack, out, &nout);
	}
	free(known);
	free(stack);
	return out;
}

/* ---- patterns and labels ---------------------------------------------- */

/* The next pattern of the comma-separated list at *p, copied into one
 * (NUL-terminated), or NULL at the end.  Empty patterns are skipped; a
 * pattern too long for one is cut (no key is that long). */
static const char *next_pattern(const char **p, char *one, size_t cap)
{
	while (**p) {
		const char *s = *p, *comma = strchr(s, ',');
		size_t n = comma ? (size_t)(comma - s) : strlen(s);
		*p = comma ? comma + 1 : s + n;
		if (n == 0)
			continue;
		if (n >= cap)
			n = cap - 1;
		memcpy(one, s, n);
		one[n] = '\0';
		return one;
	}
	return NULL;
}

int tab_keys_match(const char *patterns, const char *key)
{
	if (!patterns)
		return 1;
	char one[256];
	for (const char *p = patterns; next_pattern(&p, one, sizeof one);)
		if (fnmatch(one, key, 0) == 0)
			return 1;
	return 0;
}

void tab_keys_warn(const char *patterns)
{
	char one[256];
	for (const char *p = patterns; p && next_pattern(&p, one, sizeof one);) {
		int hit = 0;
		for (size_t i = 0; i < schema_nmeta && !hit; i++)
			hit = fnmatch(one, schema_meta_keys[i], 0) == 0;
		for (int f = 0; f < FORM_COUNT && !hit; f++)
			for (size_t i = 0; i < schema_nkeys((enum gipa_form)f) && !hit; i++)
				hit = fnmatch(one, schema_keys((enum gipa_form)f)[i].key, 0) == 0;
		if (!hit)
			errmsg("warning: -k '%s' matches no key of the schema", one);
	}
}

const char *tab_key_of_label(const char *s, size_t n)
{
	static struct hashmap labels;           /* label -> id */
	static const char *key[2 * 256];        /* id -> key */
	static int ready;
	if (!ready) {
		ready = 1;
		hm_init(&labels);
		for (int f = 0; f < FORM_COUNT; f++) {
			const struct gipa_key *k = schema_keys((enum gipa_form)f);
			for (size_t i = 0; i < schema_nkeys((enum gipa_form)f); i++) {
				const char *l = schema_label(k[i].key, strlen(k[i].key));
				size_t id = hm_intern(&labels, l, strlen(l), NULL);
				if (id < sizeof key / sizeof key[0])
					key[id] = k[i].key;
			}
		}
	}
	long id = hm_find(&labels, s, n);
	return id >= 0 && (size_t)id < sizeof key / sizeof key[0] ? key[id] : NULL;
}

/* ---- rows ------------------------------------------------------------- */

int tab_rows_feed(struct tab_rows *g, const struct rec *r, const char *file)
{
	size_t n = r->len[REC_REPORT] + r->len[REC_AGENCY] + r->len[REC_YEAR] + 2;
	if (g->open && g->cur.len == n &&
	    memcmp(g->cur.p, r->f[REC_REPORT], r->len[REC_REPORT]) == 0 &&
	    g->cur.p[r->len[REC_REPORT]] == '\t' &&
	    memcmp(g->cur.p + r->len[REC_REPORT] + 1, r->f[REC_AGENCY], r->len[REC_AGENCY]) == 0 &&
	    g->cur.p[r->len[REC_REPORT] + 1 + r->len[REC_AGENCY]] == '\t' &&
	    memcmp(g->cur.p + n - r->len[REC_YEAR], r->f[REC_YEAR], r->len[REC_YEAR]) == 0)
		return 0;
	if (g->check && !g->seen.slots)
		hm_init(&g->seen);
	if (g->check && g->open)
		hm_intern(&g->seen, g->cur.p, g->cur.len, NULL);
	buf_reset(&g->cur);
	buf_add(&g->cur, r->f[REC_REPORT], r->len[REC_REPORT]);
	buf_addc(&g->cur, '\t');
	buf_add(&g->cur, r->f[REC_AGENCY], r->len[REC_AGENCY]);
	buf_addc(&g->cur, '\t');
	buf_add(&g->cur, r->f[REC_YEAR], r->len[REC_YEAR]);
	g->rowno++;
	g->open = 1;
	if (g->check && hm_find(&g->seen, g->cur.p, g->cur.len) >= 0) {
		errmsg("%s:%lu: report '%s' (agency '%s', year '%s') comes again after other "
		       "reports; its records here make a row of their own (records of one "
		       "report belong together)",
		       file, r->lineno, r->f[REC_REPORT], r->f[REC_AGENCY], r->f[REC_YEAR]);
		exit_status_raise(EXIT_PROBLEM);
	}
	return 1;
}

int tab_rows_take(struct tab_rows *g, struct tab_key *k, const struct rec *r, const char *file)
{
	if (k->stamp == g->rowno) {
		if (g->check) {
			errmsg("%s:%lu: key %s repeated in report '%s'; only its first value is kept",
			       file, r->lineno, k->key, r->f[REC_REPORT]);
			exit_status_raise(EXIT_PROBLEM);
		}
		return 0;
	}
	k->stamp = g->rowno;
	return 1;
}

void tab_rows_restart(struct tab_rows *g)
{
	g->open = 0;
	buf_reset(&g->cur);
}

void tab_rows_free(struct tab_rows *g)
{
	buf_free(&g->cur);
	if (g->seen.slots)
		hm_free(&g->seen);
}
