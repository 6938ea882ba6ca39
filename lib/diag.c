/* diag.c - diagnostics and exit statuses. */
#include "diag.h"
#include "version.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *program_name = "gipa";
int diag_quiet;
static int status = EXIT_OK;

void set_program_name(const char *argv0)
{
	const char *slash = strrchr(argv0, '/');
	program_name = slash ? slash + 1 : argv0;
}

void exit_status_raise(int s)
{
	if (s > status)
		status = s;
}

int exit_status(void)
{
	return status;
}

static void vmsg(const char *fmt, va_list ap)
{
	fflush(stdout);
	fprintf(stderr, "%s: ", program_name);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void errmsg(const char *fmt, ...)
{
	if (diag_quiet)
		return;
	va_list ap;
	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
}

void die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
	exit(EXIT_TROUBLE);
}

void usage_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
	fprintf(stderr, "Try '%s --help' for more information.\n", program_name);
	exit(EXIT_TROUBLE);
}

void option_error(int c, char **argv)
{
	const char *arg = argv[optind - 1];
	if (c == ':') {
		if (strncmp(arg, "--", 2) == 0)
			usage_error("option '%s' requires an argument", arg);
		usage_error("option requires an argument -- '%c'", optopt);
	}
	if (optopt > 0 && optopt < 128)
		usage_error("invalid option -- '%c'", optopt);
	usage_error("invalid option '%s'", arg);
}

void print_version(void)
{
	printf("%s (gipa) %s\n"
	       "Schema: 政府信息公开工作年度报告, 国办公开办函〔2021〕30号 form.\n"
	       "This is free software: you are free to change and redistribute it.\n",
	       program_name, GIPA_VERSION);
}
