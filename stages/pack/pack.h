/*
 * pack.h - what the parts of hark-pack share: the pack being written, the
 * table read from `hark table`, the codebook, and the output helpers.
 */
#ifndef HARK_PACK_H
#define HARK_PACK_H

#include <stddef.h>
#include <stdio.h>

#include "hash.h"
#include "sdc.h"

struct sqlite3;
struct stemmer;

/* The table from `hark table` (a record stream), every field unescaped. */
struct table {
	char **hdr;
	size_t ncol;
	char **cell;       /* nrows * ncol */
	size_t nrows;
};

/* One code of the codebook, in codebook order. */
struct code {
	char *code, *label, *desc, *patterns;
	char **incl, **excl;
	size_t nincl, nexcl;
};

struct pack {
	struct sqlite3 *db;
	const char *path;       /* the store */
	FILE *out;
	struct table t;
	const char *by;         /* the cohort column (the table's second) */
	int by_in_store;        /* records has the column */
	int person_in_store;
	int by_person;          /* the table counts people, not records */
	const char *unit;       /* "people" or "records" */
	long rejected;          /* --rejected, or -1: not known */
	struct sdc sdc;         /* the table's disclosure control */
	const char *mismatch;   /* how the table differs from the store
	                           (--allow-mismatch), or NULL */
	const char *person;
	struct code *codes;
	size_t ncodes;
	/* rare words: index by word family (the stem of the case-folded
	 * word; hash), people using it */
	struct hash words;
	struct stemmer *stemmer;
	int stem_lang;
	/* records quoted so far (under any theme), by _rid */
	long long *quoted;
	size_t nquoted;
	unsigned *wcount;
	size_t *wlast;
	unsigned long rare_k;
	unsigned long nquotes;
	unsigned long quotes_shown, words_masked, quotes_skipped;
};

/* table.c-like helpers (pack.c) */
int tab_col(const struct table *t, const char *name);
const char *tab_get(const struct table *t, size_t row, int col);
/* The row of theme and cohort (the cohort column's value), or -1; with no
 * outcome the first such row. */
long tab_row(const struct table *t, const char *theme, const char *cohort);

/* HTML-escaped text */
void html_esc(FILE *fp, const char *s, size_t n);
void html_escs(FILE *fp, const char *s);

/* quotes.c */
void quotes_count_words(struct pack *p);
/* Frees what quotes_count_words and quotes_write kept. */
void quotes_free(struct pack *p);
/* Writes the quotes of theme; returns how many. */
size_t quotes_write(struct pack *p, const char *theme);
/* Length of a keyed pseudonym `[TYPE_hex]` at s (0 when none); *tn the
 * length of TYPE. */
size_t quote_pseudonym(const char *s, size_t n, size_t *tn);

#endif
