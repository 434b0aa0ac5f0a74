/*
 * parse.h - hark-ingest's parsers: CSV/TSV (lib/csv.h), JSON Lines, lines,
 * paragraphs.
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
#include "csv.h"
#include "input.h"

enum fmt { FMT_CSV, FMT_TSV, FMT_JSONL, FMT_LINES, FMT_PARAS, FMT_QDPX };

struct parser {
	enum fmt fmt;
	struct csv csv;            /* delimiter, quote, longest record, line */
	/* JSON Lines: the columns (from the first object or --columns). */
	char **keys;
	size_t nkeys;
	int keys_fixed;
	/* JSON Lines scratch, kept between records: no allocation each. */
	struct buf key;
	unsigned char *seen;
};

/* Start a parser for a new input (line numbers restart at 1). */
void parse_reset(struct parser *ps);
/* Next record: 1, 0 at the end of input, -1 on a read error (err set). */
int parse_next(struct parser *ps, struct input *in, struct csv_row *row,
	       char *err, size_t errlen);
void parse_free(struct parser *ps);

#endif
