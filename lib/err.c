/*
 * err.c - messages, exit statuses and allocation that cannot fail.
 *
 * Every stage reports trouble in one format so that scripts and people can
 * find the file and line at fault.  Allocation failure is reported and ends
 * the program with status 2 (as git's xmalloc does): a stage that cannot
 * allocate cannot do its job, and a partial stream must not look complete.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "banned.h"

const char *err_prog = "hark";
static char progbuf[64];
int err_quiet;

/* The current record's source line (err_source). */
static struct {
	const char *file;
	unsigned long long line;
	char src[24];
} cur;

/*
 * Repeated messages are capped: a file read in the wrong encoding must not
 * print one line per record.  Messages that name a FILE:LINE are counted by
 * their format; after ERR_CAP of one kind the rest are counted, and one
 * line at exit says how many more there were (HARK_MESSAGES=all shows
 * every one).
 */
#define ERR_CAP 20
#define ERR_KINDS 32
static struct {
	const char *fmt;
	unsigned long long n;
	char first[160]; /* the first one's text, to say what they were */
} kinds[ERR_KINDS];
static int cap_all = -1;

static void
say_capped(void)
{
	size_t i;

	for (i = 0; i < ERR_KINDS && kinds[i].fmt; i++)
		if (kinds[i].n > ERR_CAP)
			fprintf(stderr, "%s: ... and %llu more message%s like "
			    "this one: %s\n", err_prog, kinds[i].n - ERR_CAP,
			    kinds[i].n - ERR_CAP == 1 ? "" : "s",
			    kinds[i].first);
	fflush(stderr);
}

/* Whether a located message of format fmt is still to be printed. */
static int
uncapped(const char *fmt, const char *text)
{
	size_t i;

	if (cap_all < 0) {
		const char *e = getenv("HARK_MESSAGES");

		cap_all = e && strcmp(e, "all") == 0;
	}
	if (cap_all)
		return 1;
	for (i = 0; i < ERR_KINDS && kinds[i].fmt && kinds[i].fmt != fmt; i++)
		;
	if (i == ERR_KINDS)
		return 1; /* too many kinds to keep: say everything */
	if (!kinds[i].fmt) {
		kinds[i].fmt = fmt;
		size_t n = strlen(text);

		if (n >= sizeof kinds[i].first)
			n = sizeof kinds[i].first - 1;
		memcpy(kinds[i].first, text, n);
		kinds[i].first[n] = '\0';
	}
	return ++kinds[i].n <= ERR_CAP;
}

void
err_init(const char *stage)
{
	snprintf(progbuf, sizeof progbuf, "hark-%s", stage);
	err_prog = progbuf;
	atexit(say_capped);
}

void
err_vat(const char *file, unsigned long long line, const char *fmt,
	va_list ap)
{
	/* One fprintf per message part; stderr is unbuffered, so build the
	 * line first to keep concurrent writers from interleaving. */
	char msg[4096];
	int n, body;

	if (file && line)
		n = snprintf(msg, sizeof msg, "%s: %s:%llu: ", err_prog, file,
			     line);
	else if (file)
		n = snprintf(msg, sizeof msg, "%s: %s: ", err_prog, file);
	else
		n = snprintf(msg, sizeof msg, "%s: ", err_prog);
	if (n < 0 || (size_t)n >= sizeof msg)
		n = 0;
	if (file && line && cur.src[0] && line == cur.line &&
	    (file == cur.file || strcmp(file, cur.file) == 0)) {
		int k = snprintf(msg + n, sizeof msg - (size_t)n,
		    "(source line %s) ", cur.src);

		if (k > 0 && (size_t)k < sizeof msg - (size_t)n)
			n += k;
	}
	body = n;
	vsnprintf(msg + n, sizeof msg - (size_t)n, fmt, ap);
	if (file && line && !uncapped(fmt, msg + body))
		return;
	fprintf(stderr, "%s\n", msg);
}

void
err_at(const char *file, unsigned long long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	err_vat(file, line, fmt, ap);
	va_end(ap);
}

void
err_source(const char *file, unsigned long long line, const char *src,
	   size_t n)
{
	size_t i;

	/* Only a line number is worth naming: anything else in the column
	 * (or a value too long to be one) is left out. */
	cur.src[0] = '\0';
	if (n == 0 || n >= sizeof cur.src)
		return;
	for (i = 0; i < n; i++)
		if (src[i] < '0' || src[i] > '9')
			return;
	memcpy(cur.src, src, n);
	cur.src[n] = '\0';
	cur.file = file;
	cur.line = line;
}

void
err_note(const char *fmt, ...)
{
	va_list ap;

	if (err_quiet)
		return;
	va_start(ap, fmt);
	err_vat(NULL, 0, fmt, ap);
	va_end(ap);
}

void
err_msg(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	err_vat(NULL, 0, fmt, ap);
	va_end(ap);
}

void
die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	err_vat(NULL, 0, fmt, ap);
	va_end(ap);
	exit(status);
}

void
die_at(int status, const char *file, unsigned long long line,
       const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	err_vat(file, line, fmt, ap);
	va_end(ap);
	exit(status);
}

static void
oom(void)
{
	die(HARK_ETROUBLE, "out of memory");
}

/*
 * Fault injection for tests: HARK_FAIL_ALLOC=N makes the Nth allocation
 * through these helpers fail, so tests/faults can check that every stage
 * dies cleanly (exit 2, "out of memory") wherever memory runs out.
 * HARK_COUNT_ALLOC=FILE appends the number of allocations the run made to
 * FILE when the program exits (HARK_COUNT_ALLOC=1: to standard error), so
 * the suite knows how many points there are to fail.
 */
static unsigned long alloc_n, alloc_fail_at;
static int alloc_init;
static const char *alloc_count_to;

static void
alloc_report(void)
{
	FILE *f;

	if (strcmp(alloc_count_to, "1") == 0) {
		err_msg("%lu allocations", alloc_n);
		return;
	}
	f = fopen(alloc_count_to, "a");
	if (f) {
		fprintf(f, "%lu\n", alloc_n);
		fclose(f);
	}
}

static void
alloc_tick(void)
{
	if (!alloc_init) {
		const char *s = getenv("HARK_FAIL_ALLOC");

		alloc_init = 1;
		alloc_fail_at = s ? strtoul(s, NULL, 10) : 0;
		alloc_count_to = getenv("HARK_COUNT_ALLOC");
		if (alloc_count_to && *alloc_count_to)
			atexit(alloc_report);
		else
			alloc_count_to = NULL;
	}
	if (alloc_fail_at || alloc_count_to)
		alloc_n++;
	if (alloc_fail_at && alloc_n == alloc_fail_at)
		oom();
}

void *
xmalloc(size_t n)
{
	void *p;

	alloc_tick();
	p = malloc(n ? n : 1);

	if (!p)
		oom();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p;

	alloc_tick();
	p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		oom();
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	void *q;

	alloc_tick();
	q = realloc(p, n ? n : 1);

	if (!q)
		oom();
	return q;
}

size_t
xmul(size_t a, size_t b)
{
	if (b && a > SIZE_MAX / b)
		oom();
	return a * b;
}

size_t
xadd(size_t a, size_t b)
{
	if (a > SIZE_MAX - b)
		oom();
	return a + b;
}

char *
xmemdup(const void *p, size_t n)
{
	char *s = xmalloc(xadd(n, 1));

	if (n)
		memcpy(s, p, n);
	s[n] = '\0';
	return s;
}

char *
xstrdup(const char *s)
{
	return xmemdup(s, strlen(s));
}

void
close_stdout(void)
{
	int failed = ferror(stdout);

	errno = 0;
	if (fclose(stdout) != 0)
		failed = 1;
	if (failed && errno != EPIPE)
		die(HARK_ETROUBLE, "write error on standard output%s%s",
		    errno ? ": " : "", errno ? strerror(errno) : "");
}
