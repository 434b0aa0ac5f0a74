/*
 * table.h - hark-join's outcome table, held in memory: its columns, its
 * keys (one hash entry a row) and the values of its other columns.
 */
#ifndef JOIN_TABLE_H
#define JOIN_TABLE_H

#include <stddef.h>

#include "buf.h"
#include "hash.h"
#include "rec.h"
#include "spill.h"

struct slot;

/* The outcome table: keys (escaped values joined by TAB) and, per row,
 * the escaped values of its other columns. */
struct table {
	/* Set by the caller before table_load(). */
	const char *path;
	const char *encoding;   /* --encoding, or NULL for UTF-8 */
	int delim;              /* --delimiter, or 0 */
	const unsigned char *pkey; /* --pseudonymise-key: the key, or NULL */
	size_t pkeylen;
	/* Filled by table_load(); the table owns them. */
	size_t ncols, nval;     /* columns; columns that are not keys */
	char **cols;            /* names */
	int *keyat;             /* per --on column: its table column */
	int *isval;             /* per table column: not a key */
	const char **valname;   /* names of the value columns */
	struct hash keys;       /* row i has key i */
	unsigned long long *line;
	unsigned char *matched;
	struct buf vals;        /* escaped values */
	size_t *voff, *vlen;    /* nrows * nval */
	size_t cap, empty;      /* rows left out for an empty key */
	unsigned long long hline; /* line of the header */
	size_t nrows;           /* rows held (keys) */
	/* Over the budget (HARK_MEMORY): the rows in a temporary file, each
	 * line (8 bytes), key length and values length (4 each), key, and
	 * values (escaped, TAB between), and an open-addressing index of
	 * them in another, slots of fingerprint, offset + 1 and row. */
	int disk;
	size_t budget;
	struct spill rows, slots;
	struct slot *mslots;    /* the index in memory when it fits */
	uint64_t nslots;
	char win[1 << 16];      /* rows read in order: a window of the file */
	uint64_t winoff, winlen, lastoff;
	struct buf rowbuf;      /* the row last read */
	size_t rowkey;          /* its key's length */
	struct spill_reader seq; /* table_key()'s walk */
	size_t seqrow;
};

/*
 * Read the table at t->path keyed by the columns on[0..non) (table names)
 * into t, whose hash keys and vals are initialised.  A CSV (or other
 * delimited) table is read with lib/input.c and lib/csv.c; a UTF-8
 * TAB-delimited one without --delimiter as a stream.  Ends the program
 * with FILE:LINE: what is wrong on a malformed table.
 */
void table_load(struct table *t, const char *const *on, size_t non);

/* The row of key p[0..n) (the stream's escaped fields joined by TAB),
 * or -1. */
long table_find(struct table *t, const char *p, size_t n);
/* The values of row into v[0..nval) (borrowed until the next call). */
void table_vals(struct table *t, size_t row, struct str *v);
/* The key of row (borrowed until the next call); on disk, the rows must
 * be asked for in increasing order. */
const char *table_key(struct table *t, size_t row, size_t *n);
void table_free(struct table *t);

#endif
