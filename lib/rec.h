/*
 * rec.h - the record stream: reader, writer and output plans.
 *
 * The stream is defined in docs/record-format.md: UTF-8, one record per
 * LF-terminated line, a TAB-separated header naming the columns, fields
 * escaped with \\ \t \n \r.  The reader checks every record as it reads
 * it (UTF-8, field count, escapes, no raw CR or NUL) and hands out fields
 * as pointers into its buffer, still escaped: stages pass untouched
 * columns through byte for byte and unescape only what they read.
 */
#ifndef HARK_REC_H
#define HARK_REC_H

#include <stddef.h>

#include "arena.h"
#include "buf.h"

/* A byte string that is not NUL-terminated. */
struct str {
	const char *p;
	size_t n;
};

/* One field of the current record, as it stands in the stream (escaped). */
struct rec_field {
	const char *p;
	size_t n;
};

/* rec_read() results. */
enum {
	REC_EOF = 0,   /* no more records in any input */
	REC_OK = 1,    /* r->f holds a well-formed record */
	REC_BAD = -1,  /* malformed record, skipped: r->err says why, r->line
	                  where; the next call goes on with the next line */
	REC_FAIL = -2  /* trouble: unreadable file or a header that differs
	                  from the first input's; r->err says why */
};

/* rec_open() flags. */
enum {
	REC_NEED_ID = 1, /* the header must have an "id" column */
	REC_SMALL_BUF = 2 /* start with a 16 KiB buffer, not 1 MiB (a reader
	                     among many, as merge's inputs are) */
};

struct rec_reader {
	/* Read-only for callers. */
	const char *name;          /* input's name for messages ("<stdin>") */
	unsigned long long line;   /* line number of the current record */
	size_t ncols;              /* columns in the header */
	char **cols;               /* column names, unescaped, NUL-terminated */
	struct rec_field *f;       /* fields of the current record; borrowed,
	                              valid until the next rec_read() */
	struct str raw;            /* the current line without its LF */
	char err[512];             /* why the last call failed */
	unsigned long long nread;  /* records returned as REC_OK */
	unsigned long long nbad;   /* records returned as REC_BAD */
	unsigned long long nheaders; /* repeated header lines skipped */

	/* Private. */
	char *const *paths;        /* inputs still to open; NULL = stdin */
	size_t npaths, ipath;
	int fd;
	int flags;
	int eof;                   /* current input fully read */
	int has_bs;                /* current line contains a backslash */
	char *buf;
	size_t cap, beg, end;
	size_t scan;               /* bytes from beg already searched for LF */
	struct buf hdr;            /* first input's header line, to compare */
	size_t keycol, keylen;     /* the column whose name marks a header
	                              line met again (id, else the first) */
	int srccol;                /* the `source_line` column, or -1 */
};

/*
 * Open the inputs: paths[0..n) ("-" is stdin), or stdin when n is 0, and
 * read the first input's header.  Returns 0; REC_FAIL when the input cannot
 * be opened or read (trouble, exit 2); REC_BAD when it is empty or its header
 * is malformed or lacks a required "id" (bad data, exit 1).  r->err says
 * why.  Later inputs must have a header identical to the first.
 */
int rec_open(struct rec_reader *r, char *const *paths, size_t n, int flags);
/* The stage's open: rec_open(), and on failure rec_report() and exit with
 * status 2 (REC_FAIL) or 1 (REC_BAD). */
void rec_open_or_exit(struct rec_reader *r, char *const *paths, size_t n,
		      int flags);
/* Read the next record (see the REC_ values).  When the stream has a
 * `source_line` column, messages located at the record's FILE:LINE name
 * it (err_source()). */
int rec_read(struct rec_reader *r);
/*
 * The stage loop's read: the next well-formed record.  A malformed record
 * is reported (FILE:LINE), skipped, and raises *status to HARK_EDATA;
 * trouble is reported and sets *status to HARK_ETROUBLE.  Returns 1 with a
 * record in r->f, 0 when there are no more (or after trouble).
 */
int rec_next(struct rec_reader *r, int *status);
/* Release everything; accepts a reader that failed to open. */
void rec_close(struct rec_reader *r);

/* Print r->err as "hark-STAGE: FILE:LINE: ..." (no LINE before any was
 * read). */
void rec_report(const struct rec_reader *r);

/* Index of the column named name, or -1. */
int rec_col(const struct rec_reader *r, const char *name);
/* Index of the column named name, which the stage needs: when the stream
 * lacks it, print "FILE:1: no column 'NAME' (HINT)" and exit with status 2
 * (the same for every stage; hint may be NULL). */
int rec_need_col(const struct rec_reader *r, const char *name,
		 const char *hint);

/* The unescaped value of field i of the current record: the raw bytes when
 * the field holds no escape, otherwise an unescaped copy from the arena
 * (valid until arena_reset()). */
struct str rec_get(const struct rec_reader *r, size_t i, struct arena *a);

/* Unescape p[0..n) (which the reader has already checked) onto out. */
void rec_unescape(struct buf *out, const char *p, size_t n);
/* Escape p[0..n) onto out. */
void rec_escape(struct buf *out, const char *p, size_t n);
/* Check that p[0..n) is a well-formed escaped field: returns NULL, or a
 * static phrase saying what is wrong and sets *off to where. */
const char *rec_check_escapes(const char *p, size_t n, size_t *off);

/* ---- output ---- */

struct rec_writer {
	int fd;
	char *buf;
	size_t len, cap;
	unsigned long long flushed; /* bytes written to fd so far */
};

/* Writer on file descriptor fd (1 for stdout). */
void rec_writer_init(struct rec_writer *w, int fd);
void rec_put(struct rec_writer *w, const void *p, size_t n);
void rec_putc(struct rec_writer *w, int c);
/* Write the NUL-terminated s as it is (not escaped). */
void rec_puts(struct rec_writer *w, const char *s);
/* Write v in decimal. */
void rec_putu(struct rec_writer *w, unsigned long long v);
/* Escape p[0..n) as a field value. */
void rec_put_esc(struct rec_writer *w, const char *p, size_t n);
/* Bytes put so far, buffered ones included. */
#define rec_written(w) ((w)->flushed + (w)->len)
/* Flush buffered output; returns 0 or -1 with errno set. */
int rec_flush(struct rec_writer *w);
/* Flush, close the descriptor and free; on a write error other than a
 * closed pipe, report it and exit with status 2.  A closed pipe exits
 * quietly with status 2. */
void rec_writer_close(struct rec_writer *w);

/*
 * An output plan: the input's columns in order, with the columns a stage
 * owns rewritten in place when the input has them and appended (in the
 * order given) when it does not (docs/record-format.md, "Owned columns").
 * A column derived, directly or not, from a column the stage owns is left
 * out unless the stage owns it too, so that nothing stale travels on (for
 * `redact`, nothing unredacted): rec_plan_init() says so once on stderr.
 */
struct rec_plan {
	size_t nout;        /* output columns */
	size_t nowned;
	const char **names; /* output column names (borrowed) */
	int *slot;          /* per owned column: its output index */
	int *in;            /* per owned column: its input index, or -1 */
	/* Runs of the output: input columns [a,b) copied as one block, or
	 * owned value k (a = -1, b = k). */
	struct rec_run { int a, b; } *runs;
	size_t nruns;
	size_t ndropped;    /* stale derived columns left out */
};

/*
 * The columns that column col is derived from (NULL-terminated), or NULL
 * when col is not a derived column (docs/record-format.md).
 */
const char *const *rec_derived_from(const char *col);
/* The stage that writes column col (tokens, tags, themes, redactions, the
 * settings columns...), or NULL for a column of the data's own. */
const char *rec_written_by(const char *col);

void rec_plan_init(struct rec_plan *pl, const struct rec_reader *r,
		   const char *const *owned, size_t nowned);
void rec_plan_free(struct rec_plan *pl);
/* Write the output header. */
void rec_write_header(struct rec_writer *w, const struct rec_plan *pl);
/* Write the current record of r with vals[k] (unescaped) as the value of
 * owned column k. */
void rec_write(struct rec_writer *w, const struct rec_reader *r,
	       const struct rec_plan *pl, const struct str *vals);
/* As rec_write(), but vals[k] are already escaped (e.g. copied from
 * another stream field). */
void rec_write_raw(struct rec_writer *w, const struct rec_reader *r,
		   const struct rec_plan *pl, const struct str *vals);

#endif
