/*
 * table.h - hark-join's outcome table, held in memory: its columns, its
 * keys (one hash entry a row) and the values of its other columns.
 */
#ifndef JOIN_TABLE_H
#define JOIN_TABLE_H

#include <stddef.h>

#include "buf.h"
#include "hash.h"

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
};

/*
 * Read the table at t->path keyed by the columns on[0..non) (table names)
 * into t, whose hash keys and vals are initialised.  A CSV (or other
 * delimited) table is read with lib/input.c and lib/csv.c; a UTF-8
 * TAB-delimited one without --delimiter as a stream.  Ends the program
 * with FILE:LINE: what is wrong on a malformed table.
 */
void table_load(struct table *t, const char *const *on, size_t non);

#endif
