/*
 * err.h - exit statuses and messages shared by every hark stage.
 *
 * Messages read "hark-STAGE: FILE:LINE: what is wrong", lower case, no final
 * full stop.  Library code returns errors and leaves printing and exiting to
 * the stages, except for helpers whose whole job is the stage's common
 * answer: the xmalloc family (out of memory, exit 2), opt_fail() and the
 * opt_* value checks (bad option, exit 2), rec_need_col() (missing column,
 * exit 2), rec_report() and rec_next() (a record's FILE:LINE message), and
 * rec_plan_init(), which says once which stale columns it dropped.
 */
#ifndef HARK_ERR_H
#define HARK_ERR_H

#include <stdarg.h>
#include <stddef.h>

/* Exit statuses, the same for every stage and listed in every man page. */
enum {
	HARK_OK = 0,      /* success */
	HARK_EDATA = 1,   /* bad input data: records rejected or malformed */
	HARK_ETROUBLE = 2 /* usage error or trouble: bad option, unreadable
	                     file, write failure, out of memory */
};

/* The program name used in messages, e.g. "hark-ingest".  Set once by
 * err_init() from the stage name ("ingest"); defaults to "hark". */
extern const char *err_prog;

void err_init(const char *stage);

/* "hark-STAGE: message" on stderr. */
void err_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "hark-STAGE: FILE:LINE: message" on stderr; line 0 omits ":LINE". */
void err_at(const char *file, unsigned long long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void err_vat(const char *file, unsigned long long line, const char *fmt,
	     va_list ap);
/*
 * Quiet (-q, --quiet in every stage; docs/conventions.md): notes are not
 * printed.  A note says what a stage did for information (columns
 * dropped, ids generated, counts of what was done, progress); everything
 * that says something is wrong -- errors, warnings, the summary of records
 * rejected or left out, "... and N more" -- is printed all the same.
 */
extern int err_quiet;
/* A note: "hark-STAGE: message" on stderr, unless err_quiet. */
void err_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * Where the record being read came from: the reader (lib/rec.c) calls this
 * for every record of a stream with a `source_line` column, and a later
 * message located at the same FILE:LINE names it:
 * "hark-STAGE: FILE:LINE: (source line N) what is wrong".  src[0..n) is
 * the field's bytes (borrowed, copied here); n = 0 forgets it.
 */
void err_source(const char *file, unsigned long long line, const char *src,
		size_t n);

/* err_msg() then exit(status). */
void die(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3), noreturn));
/* err_at() then exit(status). */
void die_at(int status, const char *file, unsigned long long line,
	    const char *fmt, ...)
	__attribute__((format(printf, 4, 5), noreturn));

/* Allocation that cannot fail: on exhaustion prints "out of memory" and
 * exits with HARK_ETROUBLE.  xmalloc(0) returns a valid pointer. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
/* Multiply with overflow check (dies on overflow). */
size_t xmul(size_t a, size_t b);
size_t xadd(size_t a, size_t b);
char *xstrdup(const char *s);
char *xmemdup(const void *p, size_t n); /* NUL-terminated copy */

/*
 * Flush and close stdout and report a write failure (exit 2).  A closed
 * pipe ends quietly: SIGPIPE keeps its default action, and EPIPE is not
 * reported.  Call at the end of main() before returning.
 */
void close_stdout(void);

#endif
