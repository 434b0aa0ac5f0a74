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
 * Keys and theme names are interned once; the pairs live in an open-
 * addressed table of (key, theme) numbers with their counters inline, so
 * that counting a theme of a record costs one probe of one cache line.
 */
#ifndef HARK_TALLY_H
#define HARK_TALLY_H

#include <stddef.h>
#include <stdint.h>

#include "hash.h"

enum { TALLY_RECORDS, TALLY_MENTIONS, TALLY_NEGATED, TALLY_NV };

struct tally_cell {
	uint32_t g, th;            /* group and theme numbers; g ==
	                              UINT32_MAX marks an empty slot */
	uint64_t v[TALLY_NV];
};

struct tally {
	struct hash groups;        /* keys */
	struct hash themes;        /* theme names ("*" is never here) */
	uint64_t (*tot)[TALLY_NV]; /* per group: the "*" counters */
	unsigned char *has_tot;    /* per group: "*" was added to */
	size_t gcap;
	struct tally_cell *cell;   /* the table of pairs */
	size_t ncell, nslot;       /* pairs held; slots (a power of two) */
	long last_th;              /* the last theme looked up, and its name */
	struct buf last;
};

/* One row of the output: group g, theme th (-1 for "*"), counters v. */
struct tally_row {
	size_t g;
	long th;
	const uint64_t *v;
};

void tally_init(struct tally *t);
void tally_free(struct tally *t);
/* Number of the group for key p[0..n) (escaped fields joined by TAB). */
size_t tally_group(struct tally *t, const char *p, size_t n);
/* Add the counters add[] to (group g, theme p[0..n)); the theme "*" is
 * the group's totals.  Returns 0, or -1 when a sum would overflow
 * 2^64 - 1 (nothing is added then). */
int tally_add(struct tally *t, size_t g, const char *p, size_t n,
	      const uint64_t add[TALLY_NV]);
/* The rows in output order: by key bytes, then "*", then theme bytes.
 * Returns a new array of *n rows that the caller frees; the counters are
 * borrowed until the next tally_add(). */
struct tally_row *tally_rows(const struct tally *t, size_t *n);
/* Key of group g and name of theme th (th >= 0), borrowed. */
const char *tally_key(const struct tally *t, size_t g, size_t *n);
const char *tally_theme(const struct tally *t, long th, size_t *n);

#endif
