/* jsstr.h - the tables a report page keeps in JavaScript strings.
 *
 * Some sites' pages hold the report's body, tables and all, in a string of
 * a script (var content = "<table …>…</table>"; document.write('…')),
 * with \" \' \/ \n \uXXXX escapes (SCHEMA.md §5.10).  Only a string that
 * holds a whole table, from <table to </table>, is taken: its markup is
 * in the page as written.  A table put together when the page runs (a
 * value added to a string with +, written by several calls) is not, and
 * is left unread rather than read with its values missing. */
#ifndef GIPA_JSSTR_H
#define GIPA_JSSTR_H

#include <stddef.h>

struct buf;

/* Append to out the decoded text of each string literal ('…', "…", or
 * `…` without ${…}) of the script s[0..n) that holds a whole table, one
 * after the other; returns how many.  Comments are skipped. */
int js_table_strings(const char *s, size_t n, struct buf *out);

#endif
