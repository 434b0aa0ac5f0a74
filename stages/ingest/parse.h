/*
 * parse.h - hark-ingest's parsers: CSV/TSV, JSON Lines, lines, paragraphs.
 *
 * A parser takes UTF-8 bytes from an input and returns one source record at
 * a time as a row of field values (unescaped, as the source meant them),
 * with the line where the record starts and its raw bytes for the rejects
 * file.  A malformed record still comes back, with row.err saying why, so
 * that the caller can reject it by name and line and go on.
 */
#ifndef INGEST_PARSE_H
#define INGEST_PARSE_H

#include <stddef.h>

#include "buf.h"
#include "input.h"

enum fmt { FMT_CSV, FMT_TSV, FMT_JSONL, FMT_LINES, FMT_PARAS };

struct row {
	struct buf vals;           /* the values, one after another */
	size_t *off, *len;         /* field i is vals.s[off[i] .. +len[i]) */
	size_t nf, cap;            /* fields in this row; room for */
	unsigned long long line;   /* line where the record starts */
	const char *raw;           /* the record's bytes in the input; valid */
	size_t rawn;               /* until the next parse_next() */
	char err[256];             /* why the record is malformed, or "" */
};

struct parser {
	enum fmt fmt;
	int delim;                 /* CSV/TSV field separator */
	int quote;                 /* quote byte, or -1 for none */
	size_t maxrec;             /* longest record accepted, in bytes */
	unsigned long long line;   /* next line to read, from 1 */
	int skipping;              /* discarding the rest of an overlong line */
	/* JSON Lines: the columns (from the first object or --columns). */
	char **keys;
	size_t nkeys;
	int keys_fixed;
	/* JSON Lines scratch, kept between records: no allocation each. */
	struct buf key;
	unsigned char *seen;
};

void row_init(struct row *row);
void row_free(struct row *row);
/* Append empty fields until the row has n. */
void row_pad(struct row *row, size_t n);

/* Start a parser for a new input (line numbers restart at 1). */
void parse_reset(struct parser *ps);
/* Next record: 1, 0 at the end of input, -1 on a read error (err set). */
int parse_next(struct parser *ps, struct input *in, struct row *row,
	       char *err, size_t errlen);
void parse_free(struct parser *ps);

#endif
