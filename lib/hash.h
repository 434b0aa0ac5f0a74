/*
 * hash.h - a set of byte strings, each numbered in order of arrival.
 *
 * hash_intern() gives every distinct key a dense index 0, 1, 2, ... so
 * callers keep their values in plain arrays indexed by it; the keys
 * themselves live in one growing buffer.  Open addressing with linear
 * probing and FNV-1a; memory grows with the number of distinct keys only.
 */
#ifndef HARK_HASH_H
#define HARK_HASH_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

struct hash_ent {
	size_t off;        /* offset of the key in keys */
	size_t len;        /* key length */
};

struct hash {
	struct buf keys;   /* every key's bytes, one after another */
	struct hash_ent *ent; /* per index */
	size_t count, cap; /* keys held; capacity of ent */
	/* Table: high 32 bits of the hash value, then index + 1 (0 for an
	 * empty slot), so that most misses are settled in the table. */
	uint64_t *slot;
	size_t nslot;      /* a power of two */
};

void hash_init(struct hash *h);
/* Free everything; accepts a zeroed hash. */
void hash_free(struct hash *h);
/* The hash value hash_intern() uses for p[0..n). */
uint64_t hash_bytes(const void *p, size_t n);
/* Index of key p[0..n), added when absent (then *added is set to 1, else
 * 0; added may be NULL).  Dies (exit 2) beyond 2^32 - 2 keys. */
size_t hash_intern(struct hash *h, const void *p, size_t n, int *added);
/* Index of key p[0..n), or -1 when absent. */
long hash_find(const struct hash *h, const void *p, size_t n);
/* Key number i: borrowed, valid until the next hash_intern(). */
const char *hash_key(const struct hash *h, size_t i, size_t *n);

#endif
