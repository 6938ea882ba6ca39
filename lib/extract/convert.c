/* convert.c - PDF and DOC files read through a converter program.
 *
 * A PDF is turned into text by `pdftotext -layout -enc UTF-8 FILE -`
 * (poppler-utils), a Word 97-2003 DOC into HTML by `wvWare` (wv), which
 * html.c then reads like any HTML page: wvWare keeps the tables whole
 * (rows, cells, spans), where antiword loses the tables of a report made
 * with row spans and catdoc garbles their text.  The program runs as a
 * child process (fork and exec, no shell); its standard output is the
 * byte source, its messages go to an unlinked temporary file so that a
 * failure can be named in one line.  Standard input and bytes in memory
 * are first copied to a temporary file, removed at the end.
 *
 * Before any line is handed on, the output is read up to its first byte
 * that is not white space: a converter that failed, or a PDF whose pages
 * are only images (pdftotext writes nothing but form feeds), is reported
 * as such, in one line, and never as a report without tables. */
#include "input.h"
#include "buf.h"
#include "diag.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define PROBE_MAX (1024 * 1024) /* white space looked at before giving up */
#define CPU_LIMIT 300           /* seconds of CPU a converter may use */
#define COPY_BUF (64 * 1024)

int input_converters = 1;

struct convert {
	struct input *in;
	const char *prog;       /* for messages */
	pid_t pid;
	int out;                /* its standard output */
	int err;                /* its standard error (a temporary file) */
	int reaped, status;
	char *dir;              /* a temporary directory it may write to */
	struct buf pre;         /* output read by the probe */
	size_t pre_pos;
};

/* ---- temporary files, removed at the end even on exit() ----------------- */

#define TMP_MAX_PATHS 8
static char *tmp_paths[TMP_MAX_PATHS];

static void remove_path(const char *p)
{
	struct stat st;
	if (lstat(p, &st) != 0)
		return;
	if (S_ISDIR(st.st_mode)) {
		/* a converter's scratch directory: flat */
		DIR *d = opendir(p);
		struct dirent *e;
		while (d && (e = readdir(d)) != NULL)
			if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
				unlinkat(dirfd(d), e->d_name, 0);
		if (d)
			closedir(d);
		rmdir(p);
	} else {
		unlink(p);
	}
}

static void remove_all(void)
{
	for (int i = 0; i < TMP_MAX_PATHS; i++)
		if (tmp_paths[i]) {
			remove_path(tmp_paths[i]);
			free(tmp_paths[i]);
			tmp_paths[i] = NULL;
		}
}

static void tmp_register(const char *p)
{
	static int registered;
	if (!registered) {
		atexit(remove_all);
		registered = 1;
	}
	for (int i = 0; i < TMP_MAX_PATHS; i++)
		if (!tmp_paths[i]) {
			tmp_paths[i] = xstrdup(p);
			return;
		}
}

/* Remove p now and forget it. */
static void tmp_remove(const char *p)
{
	remove_path(p);
	for (int i = 0; i < TMP_MAX_PATHS; i++)
		if (tmp_paths[i] && strcmp(tmp_paths[i], p) == 0) {
			free(tmp_paths[i]);
			tmp_paths[i] = NULL;
		}
}

int input_as_file(struct input *in, const char **path, int *fd)
{
	struct stat st;
	if (!in->mem && strcmp(in->path, "-") != 0 && fstat(in->fd, &st) == 0 && S_ISREG(st.st_mode)) {
		/* the file itself; input_sha256 reads the rest for the hash */
		*path = in->path;
		*fd = in->fd;
		return 0;
	}
	int t = input_tmpfile(&in->tmp_path);
	if (t >= 0)
		tmp_register(in->tmp_path);
	if (t < 0) {
		errmsg("%s: cannot make a temporary copy to read it: %s", in->path, strerror(errno));
		exit_status_raise(EXIT_TROUBLE);
		return -1;
	}
	in->tmp_fd = t;
	char *b = xmalloc(COPY_BUF);
	ssize_t r;
	while ((r = input_raw_read(in, b, COPY_BUF)) > 0)
		if (input_write_all(t, b, (size_t)r) < 0) {
			errmsg("%s: cannot make a temporary copy to read it: %s", in->path, strerror(errno));
			break;
		}
	if (r < 0)
		errmsg("%s: read error: %s", in->path, strerror(errno));
	free(b);
	if (r != 0 || lseek(t, 0, SEEK_SET) < 0) {
		exit_status_raise(EXIT_TROUBLE);
		return -1;
	}
	*path = in->tmp_path;
	*fd = t;
	return 0;
}

/* ---- the child process --------------------------------------------------- */

static void reap(struct convert *c)
{
	if (c->reaped)
		return;
	while (waitpid(c->pid, &c->status, 0) < 0)
		if (errno != EINTR) {
			c->status = 0;
			break;
		}
	c->reaped = 1;
}

/* The converter's last line of messages, for the error line. */
static void last_message(struct convert *c, char *out, size_t outsz)
{
	out[0] = '\0';
	char b[4096];
	off_t size = lseek(c->err, 0, SEEK_END);
	if (size <= 0)
		return;
	off_t at = size > (off_t)sizeof b - 1 ? size - (off_t)sizeof b + 1 : 0;
	ssize_t r = pread(c->err, b, sizeof b - 1, at);
	if (r <= 0)
		return;
	b[r] = '\0';
	char *end = b + r;
	while (end > b && (end[-1] == '\n' || end[-1] == '\r' || end[-1] == ' '))
		*--end = '\0';
	char *start = end;
	while (start > b && start[-1] != '\n')
		start--;
	for (char *p = start; *p; p++)
		if ((unsigned char)*p < 0x20)
			*p = ' ';
	/* GLib's messages (wvWare): "(process:PID): DOMAIN-CRITICAL **:
	 * HH:MM:SS.mmm: text"; keep the line the same from run to run */
	if (strncmp(start, "(process:", 9) == 0 && strstr(start, "): "))
		start = strstr(start, "): ") + 3;
	char *stars = strstr(start, "**: ");
	if (stars) {
		char *t = stars + 4;
		size_t k = strspn(t, "0123456789:.");
		if (k > 1 && t[k - 1] == ':' && t[k] == ' ')
			memmove(t, t + k + 1, strlen(t + k + 1) + 1);
	}
	snprintf(out, outsz, ": %.200s", start);
}

/* "pdftotext failed (exit status 1): its message", or "" if it did not. */
static int failure(struct convert *c, char *out, size_t outsz)
{
	reap(c);
	char msg[256];
	if (WIFEXITED(c->status) && WEXITSTATUS(c->status) == 0)
		return 0;
	last_message(c, msg, sizeof msg);
	if (WIFSIGNALED(c->status))
		snprintf(out, outsz, "%s was killed by signal %d (%s)%s", c->prog, WTERMSIG(c->status),
			 strsignal(WTERMSIG(c->status)), msg);
	else
		snprintf(out, outsz, "%s failed (exit status %d)%s", c->prog, WEXITSTATUS(c->status), msg);
	return 1;
}

static void set_cloexec(int fd)
{
	fcntl(fd, F_SETFD, FD_CLOEXEC);
}

/* Start argv[0] with its output to a pipe.  NULL after a message naming
 * the package when the program is not installed. */
static struct convert *spawn(struct input *in, char *const argv[], const char *package)
{
	const char *path = in->path;
	int out[2] = {-1, -1}, st[2] = {-1, -1};
	int err = input_tmpfile(NULL);
	if (err < 0 || pipe(out) < 0 || pipe(st) < 0) {
		errmsg("%s: cannot start %s: %s", path, argv[0], strerror(errno));
		goto fail;
	}
	set_cloexec(out[0]);
	set_cloexec(out[1]);
	set_cloexec(st[0]);
	set_cloexec(st[1]);
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		errmsg("%s: cannot start %s: %s", path, argv[0], strerror(errno));
		goto fail;
	}
	if (pid == 0) {
		int null = open("/dev/null", O_RDONLY);
		if (null >= 0)
			dup2(null, STDIN_FILENO);
		dup2(out[1], STDOUT_FILENO);
		dup2(err, STDERR_FILENO);
		struct rlimit rl = {CPU_LIMIT, CPU_LIMIT};
		setrlimit(RLIMIT_CPU, &rl);
		signal(SIGPIPE, SIG_DFL);
		execvp(argv[0], argv);
		int e = errno;
		ssize_t w = write(st[1], &e, sizeof e);
		(void)w;
		_exit(127);
	}
	close(out[1]);
	close(st[1]);
	int e = 0;
	ssize_t r;
	while ((r = read(st[0], &e, sizeof e)) < 0 && errno == EINTR)
		;
	close(st[0]);
	struct convert *c = xcalloc(1, sizeof *c);
	c->in = in;
	c->prog = argv[0];
	c->pid = pid;
	c->out = out[0];
	c->err = err;
	if (r == (ssize_t)sizeof e) {
		/* exec failed */
		reap(c);
		if (e == ENOENT)
			errmsg("%s: reading this file needs %s, which is not installed: install %s "
			       "(apt-get install %s)",
			       path, argv[0], package, package);
		else
			errmsg("%s: cannot run %s: %s", path, argv[0], strerror(e));
		close(c->out);
		close(c->err);
		free(c);
		exit_status_raise(EXIT_TROUBLE);
		return NULL;
	}
	return c;
fail:
	if (err >= 0)
		close(err);
	for (int i = 0; i < 2; i++) {
		if (out[i] >= 0)
			close(out[i]);
		if (st[i] >= 0)
			close(st[i]);
	}
	exit_status_raise(EXIT_TROUBLE);
	return NULL;
}

static ssize_t read_out(struct convert *c, char *p, size_t n)
{
	for (;;) {
		ssize_t r = read(c->out, p, n);
		if (r < 0 && errno == EINTR)
			continue;
		return r;
	}
}

static ssize_t convert_read(void *ctx, char *p, size_t n)
{
	struct convert *c = ctx;
	if (c->pre_pos < c->pre.len) {
		size_t k = c->pre.len - c->pre_pos < n ? c->pre.len - c->pre_pos : n;
		memcpy(p, c->pre.p + c->pre_pos, k);
		c->pre_pos += k;
		return (ssize_t)k;
	}
	if (c->reaped)
		return 0;
	ssize_t r = read_out(c, p, n);
	if (r == 0 && failure(c, c->in->error, sizeof c->in->error)) {
		errno = EIO;
		return -1;
	}
	return r;
}

static int white(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v';
}

/* Read up to the first byte that is not white space.  Returns 1 when text
 * follows, 0 when the output was only white space, -1 when the converter
 * failed (message printed). */
static int probe(struct convert *c)
{
	char b[4096];
	while (c->pre.len < PROBE_MAX) {
		ssize_t r = read_out(c, b, sizeof b);
		if (r < 0) {
			errmsg("%s: reading the output of %s: %s", c->in->path, c->prog, strerror(errno));
			return -1;
		}
		if (r == 0) {
			char msg[512];
			if (failure(c, msg, sizeof msg)) {
				errmsg("%s: %s", c->in->path, msg);
				return -1;
			}
			return 0;
		}
		buf_add(&c->pre, b, (size_t)r);
		for (ssize_t i = 0; i < r; i++)
			if (!white(b[i]))
				return 1;
	}
	return 1;
}

/* wvWare writes the document's Title property (mostly "Untitled") in the
 * page's <title>: not text of the report.  Start after </head>. */
static const char *find(const char *s, size_t n, const char *lit)
{
	size_t k = strlen(lit);
	for (size_t i = 0; i + k <= n; i++)
		if (memcmp(s + i, lit, k) == 0)
			return s + i;
	return NULL;
}

static void skip_head(struct convert *c)
{
	char b[4096];
	const char *end = NULL;
	while (!(end = find(c->pre.p, c->pre.len, "</head>")) && c->pre.len < PROBE_MAX) {
		ssize_t r = read_out(c, b, sizeof b);
		if (r <= 0)
			break; /* an error or the end: convert_read will tell */
		buf_add(&c->pre, b, (size_t)r);
	}
	if (end)
		c->pre_pos = (size_t)(end - c->pre.p) + 7;
}

static int turned_off(struct input *in, const char *prog)
{
	if (input_converters)
		return 0;
	errmsg("%s: reading this file needs %s, which is turned off here", in->path, prog);
	exit_status_raise(EXIT_TROUBLE);
	return 1;
}

/* A path the converter will not take for an option. */
static char *arg_path(const char *p)
{
	struct buf b = BUF_INIT;
	buf_printf(&b, "%s%s", p[0] == '-' ? "./" : "", p);
	return b.p;
}

enum input_status convert_open_pdf(struct input *in, size_t maxline)
{
	const char *path;
	int fd;
	if (turned_off(in, "pdftotext") || input_as_file(in, &path, &fd) < 0)
		return INPUT_FAIL;
	char *arg = arg_path(path);
	char *argv[] = {"pdftotext", "-layout", "-enc", "UTF-8", arg, "-", NULL};
	in->conv = spawn(in, argv, "poppler-utils");
	free(arg);
	if (!in->conv)
		return INPUT_FAIL;
	snprintf(in->encoding, sizeof in->encoding, "UTF-8");
	int p = probe(in->conv);
	if (p == 0)
		errmsg("%s: PDF has no text layer (scanned?); OCR it first", in->path);
	if (p <= 0) {
		exit_status_raise(EXIT_TROUBLE);
		return INPUT_FAIL;
	}
	lines_init(&in->lines, convert_read, in->conv, maxline);
	return INPUT_OK;
}

enum input_status convert_open_doc(struct input *in, size_t maxline)
{
	const char *path;
	int fd;
	if (turned_off(in, "wvWare") || input_as_file(in, &path, &fd) < 0)
		return INPUT_FAIL;
	/* wvWare writes the pictures of the document into a directory */
	char *dir = input_tmpname();
	if (!mkdtemp(dir)) {
		errmsg("%s: cannot make a temporary directory: %s", in->path, strerror(errno));
		free(dir);
		exit_status_raise(EXIT_TROUBLE);
		return INPUT_FAIL;
	}
	tmp_register(dir);
	char *arg = arg_path(path);
	struct buf d = BUF_INIT;
	buf_printf(&d, "--dir=%s", dir);
	char *argv[] = {"wvWare", "--charset=utf-8", "--nographics", d.p, arg, NULL};
	in->conv = spawn(in, argv, "wv");
	free(arg);
	buf_free(&d);
	if (!in->conv) {
		tmp_remove(dir);
		free(dir);
		return INPUT_FAIL;
	}
	in->conv->dir = dir;
	snprintf(in->encoding, sizeof in->encoding, "UTF-8");
	if (probe(in->conv) < 0) {
		exit_status_raise(EXIT_TROUBLE);
		return INPUT_FAIL;
	}
	skip_head(in->conv);
	in->is_html = 1;
	in->html = html_new(convert_read, in->conv);
	lines_init(&in->lines, html_read, in->html, maxline);
	return INPUT_OK;
}

void convert_free(struct input *in)
{
	struct convert *c = in->conv;
	if (c) {
		close(c->out);
		if (!c->reaped) {
			/* stopped early: it gets SIGPIPE, or this */
			kill(c->pid, SIGTERM);
			reap(c);
		}
		close(c->err);
		if (c->dir) {
			tmp_remove(c->dir);
			free(c->dir);
		}
		buf_free(&c->pre);
		free(c);
		in->conv = NULL;
	}
	if (in->tmp_fd >= 0)
		close(in->tmp_fd);
	in->tmp_fd = -1;
	if (in->tmp_path) {
		tmp_remove(in->tmp_path);
		free(in->tmp_path);
		in->tmp_path = NULL;
	}
}
