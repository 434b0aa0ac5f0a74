/*
 * csv.h - a small reader for the outcome tables hark-join attaches: RFC
 * 4180 CSV (quoted fields, "" for a quote, line breaks inside quotes,
 * CRLF or LF, a UTF-8 byte order mark skipped), read from memory.
 */
#ifndef HARK_JOIN_CSV_H
#define HARK_JOIN_CSV_H

#include <stddef.h>

#include "buf.h"

struct csv {
	const char *p, *end;
	unsigned long long next;  /* line where the next row starts */
	/* The current row. */
	unsigned long long line;  /* line where it starts */
	size_t nf;                /* fields */
	struct buf val;           /* the values, one after another */
	size_t *off, *len, cap;   /* per field */
	const char *err;          /* why csv_row() failed */
	unsigned long long errline;
};

/* Read from p[0..n), which the caller keeps; checks nothing yet. */
void csv_init(struct csv *c, const char *p, size_t n);
void csv_free(struct csv *c);
/* The next row: 1, 0 at the end, -1 on malformed input (c->err,
 * c->errline). */
int csv_row(struct csv *c);

#endif
