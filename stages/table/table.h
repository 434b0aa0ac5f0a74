/*
 * table.h - what hark-table's files share: the counters read from the
 * rows (struct table), and the two halves of the stage, reading the rows
 * into counters (read.c) and writing the table from them (write.c).
 * table.c parses the options and ties the two together.
 */
#ifndef HARK_TABLE_TABLE_H
#define HARK_TABLE_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "hash.h"
#include "rec.h"
#include "sdc.h"

/* An outcome value with no value (binary() in read.c). */
enum { MISSING = 2 };

struct table {
	size_t nby, nt, no;
	int *bycol, *tcol, *ocol;
	int rcol;              /* the records column, or -1 */
	int unit_records;      /* --unit records: every row one record */
	uint64_t norecords;    /* rows with records 0, left out */
	int *pcol;             /* the person key columns (count --wide's keys
	                          that are not --by columns), -1 ended */
	uint64_t noperson;     /* rows with an empty person key, left out */
	const char *pname;     /* the first person key column's name */
	char **by, **tname, **oname;
	uint64_t *missing;     /* per outcome: rows with no value */
	struct hash cohorts;   /* by-values as in the stream, TAB-joined */
	uint64_t *cnt;         /* per cohort, a block of bsz counters */
	size_t bsz, cap;
	int bom, excel_safe;   /* CSV for Excel: --bom, --excel-safe */
	char **columns;        /* --columns: the output columns kept */
	size_t ncolumns;
	/* The codebook (codebook.c): -l, else the lexicons that the
	 * tagged_with column of the first row names. */
	const char *lexicon;   /* -l: its path, or NULL */
	int withcol;           /* the tagged_with column, or -1 */
	char *with;            /* its value in the first row, or NULL */
	int codebook;          /* 1: a codebook was loaded */
	char **tlabel;         /* per theme: its label, or NULL */
	long *trank;           /* per theme: its place in the codebook, or
	                          -1 when the codebook has no such code */
};

/* The counters of cohort c: n, then x per theme, then per theme and
 * outcome the 2x2 table (theme & yes, theme & no, none & yes, none & no). */
static inline uint64_t *
block(const struct table *t, size_t c)
{
	return t->cnt + c * t->bsz;
}

static inline uint64_t *
cell4(const struct table *t, uint64_t *b, size_t th, size_t o)
{
	return b + 1 + t->nt + (th * t->no + o) * 4;
}

/* Read every row of r into t's counters; returns the rows rejected (each
 * reported on standard error).  Exits 2 on a read failure. */
int table_read(struct table *t, struct rec_reader *r);

/* The codebook's labels and order for t's themes (t->tlabel, t->trank),
 * from t->lexicon or t->with; without either, names sorted by bytes.
 * A lexicon given with -l that cannot be loaded ends the program (2); one
 * named by tagged_with that cannot be read now is a warning. */
void table_codebook(struct table *t);
void table_codebook_free(struct table *t);

/* Write the table of t to stdout in format fmt (out.h) under policy s,
 * with unit naming the count column; then the notes on standard error. */
void table_write(struct table *t, const struct sdc *s, int fmt,
		 const char *unit);

#endif
