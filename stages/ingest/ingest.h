/*
 * ingest.h - what the parts of hark-ingest share: the options, the columns
 * and the counts of the run (ingest.c reads the inputs, columns.c decides
 * the output columns, record.c writes or rejects each record).
 */
#ifndef INGEST_INGEST_H
#define INGEST_INGEST_H

#include <stddef.h>

#include "arena.h"
#include "csv.h"
#include "input.h"
#include "rec.h"

/* Options and the state of the whole run. */
struct ingest_opt {
	const char *format, *encoding, *idcol, *idprefix, *rejects, *columns;
	const char **textcols;
	size_t ntext;
	int quiet, repair, noheader, noquotes, delim, noidcheck, srcline;
	size_t maxrec;
};

struct ingest_cols {
	char **names;          /* source column names */
	size_t ncols;
	int id_src;            /* source column of the id, or -1 */
	int *text_src;         /* source columns joined into text */
	size_t ntext;
	int has_text;
	int *others;           /* source columns written under own names */
	size_t nothers;
	char **outnames;       /* output header */
	size_t nout;
	const char *first;     /* first input's name */
};

extern struct ingest_opt opt;
extern struct ingest_cols cols;
extern unsigned long long n_in, n_out, n_rej, n_rep, n_ord;
extern unsigned long long n_bad_utf8; /* rejected for invalid UTF-8 */
extern unsigned long long n_empty;    /* written with no text */
extern unsigned long long n_late; /* duplicate ids found after writing */
extern struct rec_writer out;
extern struct arena arena;

/* ingest.c: --blocks PREFIX: the stream in files PREFIX000001, ... of
 * about --block-size bytes, each with the header, each file's name on
 * standard output when it is whole. */
extern const char *blocks;
extern struct buf header;     /* the header line, to begin each block */
/* Before a record: open the next block when none is open. */
void block_ready(void);
/* After a record: end the block when it is big enough. */
void block_check(void);

/* columns.c */
/* Decide the output columns from cols.names (file names the first input
 * for messages). */
void setup_columns(const char *file);
void write_header(void);
/* Column names from a header row, made valid for the stream (the caller
 * owns the array and the names). */
char **header_names(const struct csv_row *row, const struct input *in,
		    size_t *n);
/* cols.names from --columns A,B,C. */
void names_from_list(const char *list);
int same_names(char **a, size_t na, char **b, size_t nb);

/* record.c */
void open_rejects(void);
/* The id check's end: merge what went to disk and report the duplicate
 * ids found there (record.c); frees the check's memory. */
void ids_finish(void);
void close_rejects(void);
/* Write one source record to the stream, or reject it with a reason. */
void record(const struct input *in, struct csv_row *row);

#endif
