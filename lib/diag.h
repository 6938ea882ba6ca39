/* diag.h - diagnostics and exit statuses shared by every gipa binary.
 *
 * Exit statuses (DESIGN.md): 0 all good, 1 done but problems found,
 * 2 trouble (usage, I/O, unreadable input).  The worst one seen wins. */
#ifndef GIPA_DIAG_H
#define GIPA_DIAG_H

enum { EXIT_OK = 0, EXIT_PROBLEM = 1, EXIT_TROUBLE = 2 };

extern const char *program_name;

void set_program_name(const char *argv0);

/* Raise the final exit status to at least s. */
void exit_status_raise(int s);
int exit_status(void);

/* "PROGRAM: message" on stderr. */
void errmsg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print like errmsg, then exit 2. */
void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
/* Usage error: message plus "Try 'PROGRAM --help'", exit 2. */
void usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* After getopt_long returned ':' or '?' (with opterr = 0 and an optstring
 * starting with ':'): name the bad option like coreutils, exit 2. */
void option_error(int c, char **argv) __attribute__((noreturn));

/* --version text, identical layout in every binary. */
void print_version(void);

/* Quiet mode: errmsg prints nothing (exit statuses still count). */
extern int diag_quiet;

#endif
