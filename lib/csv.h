/*
 * csv.h - CSV and TSV records from an input (input.h): RFC 4180 with
 * Excel's habits, the one delimited-text reader of hark (ingest's CSV and
 * TSV files, join's outcome tables).
 *
 * A quote is special only at the start of a field; "" inside quotes is one
 * quote; text after a closing quote is kept as it is; records end at LF,
 * CRLF or a lone CR, and a quoted field may hold any of them; a line with
 * nothing on it is no record.  csv_next() returns one record at a time as a
 * row of field values (unescaped, as the file meant them), with the line
 * where the record starts and its raw bytes.  A malformed record (an
 * unterminated quote, or longer than maxrec) still comes back, with
 * row.err saying why: its first line only, and reading goes on at the next
 * line, so one stray quote costs one record, not the rest of the file.
 *
 * Nothing here prints or exits (except xmalloc on exhaustion): read errors
 * are returned in the caller's err[errlen].
 */
#ifndef HARK_CSV_H
#define HARK_CSV_H

#include <stddef.h>

#include "buf.h"
#include "input.h"

/* One record.  The row owns vals, off and len, and keeps their capacity
 * from record to record. */
struct csv_row {
	struct buf vals;           /* the values, one after another */
	size_t *off, *len;         /* field i is vals.s[off[i] .. +len[i]) */
	size_t nf, cap;            /* fields in this row; room for */
	unsigned long long line;   /* line where the record starts */
	const char *raw;           /* the record's bytes in the input's buffer: */
	size_t rawn;               /* borrowed, valid until the next read */
	char err[256];             /* why the record is malformed, or "" */
};

/* The reader's settings and position; set the first three, then call
 * csv_reset() before the first record of each input. */
struct csv {
	int delim;                 /* field separator, e.g. ',' or '\t' */
	int quote;                 /* quote byte, or -1 for none */
	size_t maxrec;             /* longest record accepted, in bytes */
	unsigned long long line;   /* next line to read, from 1 */
	int skipping;              /* discarding the rest of an overlong line */
};

void csv_row_init(struct csv_row *row);
void csv_row_free(struct csv_row *row);
/* Empty the row (no fields, no error) for the next record. */
void csv_row_clear(struct csv_row *row);
/* End a field that runs from vals.s[start] to the end of vals. */
void csv_row_end_field(struct csv_row *row, size_t start);
/* Append empty fields until the row has n. */
void csv_row_pad(struct csv_row *row, size_t n);

/* Start reading a new input (line numbers restart at 1). */
void csv_reset(struct csv *c);
/* Next record into row: 1, 0 at the end of input, -1 on a read error
 * (err set).  A malformed record is returned (1) with row->err set. */
int csv_next(struct csv *c, struct input *in, struct csv_row *row,
	     char *err, size_t errlen);

/*
 * The framing, shared with other line-based readers (hark ingest's JSON
 * Lines, lines and paragraphs), so that they count lines and refuse
 * overlong records the same way.
 */
/* Length of the first line of p[0..n) with its terminator (LF, CRLF or
 * CR); 0 when it is not complete and more input may come (!final). */
size_t csv_take_line(const char *p, size_t n, int final);
/* n without the line terminator at the end of p[0..n). */
size_t csv_chomp(const char *p, size_t n);
/* Line breaks (LF, CRLF, lone CR) in p[0..n). */
unsigned long long csv_count_lines(const char *p, size_t n);
/* When c->skipping: drop the rest of the overlong line.  Returns 1 when
 * the line has ended (carry on reading), 0 when more input is needed. */
int csv_skip(struct csv *c, struct input *in);
/* The record is in[beg .. beg+used): set row's line and raw bytes, count
 * its lines and consume it. */
void csv_took(struct csv *c, struct input *in, struct csv_row *row,
	      size_t used);
/* No record fits in c->maxrec bytes: make row a malformed record (its
 * first line, or the start of it) saying so, with hint after the reason,
 * and skip it. */
void csv_too_long(struct csv *c, struct input *in, struct csv_row *row,
		  const char *hint);

/*
 * Would a spreadsheet read the field p[0..n) (unescaped) as a formula?  It
 * begins with = + - @ TAB or CR and is not a plain number ("-14.1",
 * "+3", "-2e5" are left alone: guarding them would turn them into text).
 * Writers that offer --excel-safe put a ' before such a field.
 */
int csv_formula_risk(const char *p, size_t n);

#endif
