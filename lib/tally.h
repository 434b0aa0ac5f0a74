/*
 * tally.h - theme counts by key, as written by `hark count` and summed by
 * `hark merge`.
 *
 * A tally holds, for every (key, theme) pair seen, three counters:
 * records, mentions and negated.  The key is the key columns' fields as
 * they stand in the stream (escaped), joined by TAB.  The theme "*" holds
 * the totals for the key (docs/statistics.md).  Memory grows with the
 * number of distinct pairs, never with the records counted.
 *
 * Keys and theme names are interned once.  Each key's pairs sit side by
 * side in one pool of 16-byte cells (theme number and three 32-bit
 * counters; a cell whose sum outgrows 32 bits moves its counters to a
 * side table of 64-bit ones), so that counting a theme of a record reads
 * the one or two cache lines of its key, and keys seen close together in
 * the input stay close together in memory.
 */
#ifndef HARK_TALLY_H
#define HARK_TALLY_H

#include <stddef.h>
#include <stdint.h>

#include "hash.h"

enum { TALLY_RECORDS, TALLY_MENTIONS, TALLY_NEGATED, TALLY_NV };

/* The theme number of "*", the key's totals. */
#define TALLY_STAR 0u

struct tally_cell {
	uint32_t th;               /* theme number; TALLY_WIDE set: the
	                              counters are wide[v[0]] */
	uint32_t v[TALLY_NV];
};

#define TALLY_WIDE 0x80000000u

/* A key's cells: pool[off .. off + n), room for a power of two. */
struct tally_grp {
	uint32_t off, n;
};

struct tally {
	struct hash groups;        /* keys */
	struct hash themes;        /* theme names; "*" is number 0 */
	struct tally_grp *grp;     /* per key */
	size_t gcap;
	struct tally_cell *pool;
	size_t pool_len, pool_cap;
	uint32_t freed[32];        /* per room 2^k: a free run, chained
	                              through its first cell's th */
	uint64_t (*wide)[TALLY_NV];
	size_t nwide, wide_cap;
	size_t npairs;             /* pairs held */
	struct tally_hint {        /* where (g, th) was last found, for
	                              keys with many themes */
		uint32_t g, th, i;
	} *hint;
	uint32_t *order;           /* after tally_sort(): keys by bytes */
	uint32_t *trank;           /* after tally_sort(): per theme, its
	                              rank by name ("*" has rank 0) */
	uint32_t *tsorted;         /* after tally_sort(): themes by name */
};

void tally_init(struct tally *t);
void tally_free(struct tally *t);
/* Number of the group for key p[0..n) (escaped fields joined by TAB). */
size_t tally_group(struct tally *t, const char *p, size_t n);
/* Number of theme p[0..n) ("*" is TALLY_STAR), added when new. */
uint32_t tally_theme_num(struct tally *t, const char *p, size_t n);
/* Add the counters add[] to (group g, theme th).  Returns 0, or -1 when a
 * sum would overflow 2^64 - 1 (nothing is added then). */
int tally_add(struct tally *t, size_t g, uint32_t th,
	      const uint64_t add[TALLY_NV]);
/*
 * Put the tally in output order: keys by bytes, and each key's cells by
 * theme bytes ("*" first).  Afterwards t->order[0 .. groups.count) lists
 * the keys, t->tsorted[0 .. themes.count) the themes, and tally_cells()
 * gives each key's cells in order.  No tally_add() after it.
 */
void tally_sort(struct tally *t);
struct rec_writer;
/* Write the counts wide (`hark count --wide`): a header of the key columns
 * by[0..nby), `records` and `theme:NAME` per theme (sorted), then one row
 * per key with its records and the mentions of each theme (0 when none);
 * with with not NULL, a last column `tagged_with` holding it (a field as
 * it stands in the stream, escaped) on every row, so that the codebook
 * travels on to `hark table`.  Sorts t first. */
void tally_write_wide(struct rec_writer *w, struct tally *t,
		      const char *const *by, size_t nby, const char *with);
/* Cells of group g (borrowed). */
const struct tally_cell *tally_cells(const struct tally *t, size_t g,
				     size_t *n);
/* The counters of cell c. */
void tally_value(const struct tally *t, const struct tally_cell *c,
		 uint64_t v[TALLY_NV]);
/* Key of group g and name of theme th, borrowed. */
const char *tally_key(const struct tally *t, size_t g, size_t *n);
const char *tally_theme(const struct tally *t, uint32_t th, size_t *n);
/* The order of keys and themes in tally_sort(): by bytes, a prefix first
 * (what a merge of spilled tallies must follow too). */
int tally_bytecmp(const char *a, size_t an, const char *b, size_t bn);

#endif
