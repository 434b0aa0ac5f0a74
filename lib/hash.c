/*
 * hash.c - a set of byte strings numbered in order of arrival (hash.h).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "hash.h"
#include "banned.h"

void
hash_init(struct hash *h)
{
	memset(h, 0, sizeof *h);
	buf_init(&h->keys);
}

void
hash_free(struct hash *h)
{
	buf_free(&h->keys);
	free(h->ent);
	free(h->slot);
	memset(h, 0, sizeof *h);
}

uint64_t
hash_bytes(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t v = 0x9e3779b97f4a7c15ULL ^ (uint64_t)n, w;
	size_t i = 0;

	/* Eight bytes at a time, multiply and fold; the tail likewise; then
	 * MurmurHash3's finaliser, so that every input bit reaches the low
	 * bits the table indexes with. */
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		v = (v ^ w) * 0xbf58476d1ce4e5b9ULL;
		v ^= v >> 31;
	}
	if (i < n) {
		/* the tail through a fixed-size copy (which the compiler
		 * inlines), not memcpy() of n - i bytes (a library call):
		 * the same value */
		unsigned char t[8] = { 0 };

		switch (n - i) {
		case 7: t[6] = s[i + 6]; /* FALLTHROUGH */
		case 6: t[5] = s[i + 5]; /* FALLTHROUGH */
		case 5: t[4] = s[i + 4]; /* FALLTHROUGH */
		case 4: t[3] = s[i + 3]; /* FALLTHROUGH */
		case 3: t[2] = s[i + 2]; /* FALLTHROUGH */
		case 2: t[1] = s[i + 1]; /* FALLTHROUGH */
		default: t[0] = s[i];
		}
		memcpy(&w, t, 8);
		v = (v ^ w) * 0xbf58476d1ce4e5b9ULL;
		v ^= v >> 31;
	}
	v ^= v >> 33;
	v *= 0xff51afd7ed558ccdULL;
	v ^= v >> 33;
	v *= 0xc4ceb9fe1a85ec53ULL;
	v ^= v >> 33;
	return v;
}

static void
rehash(struct hash *h)
{
	size_t n = h->nslot ? xmul(h->nslot, 2) : 64, i, j;
	uint64_t *old = h->slot;

	h->slot = xcalloc(n, sizeof *h->slot);
	for (j = 0; j < h->nslot; j++) {
		size_t s;

		if (!(old[j] & 0xffffffffu))
			continue;
		/* The slot keeps only the high half of the hash value: the
		 * index needs the low half, so hash the key again. */
		i = (size_t)(old[j] & 0xffffffffu) - 1;
		s = (size_t)(hash_bytes(h->keys.s + h->ent[i].off,
		    h->ent[i].len) & (n - 1));
		while (h->slot[s])
			s = (s + 1) & (n - 1);
		h->slot[s] = old[j];
	}
	free(old);
	h->nslot = n;
}

static long
lookup(const struct hash *h, const void *p, size_t n, uint64_t v, size_t *at)
{
	uint64_t fp = v & 0xffffffff00000000ULL;
	size_t s;

	if (!h->nslot) {
		*at = 0;
		return -1;
	}
	s = (size_t)(v & (h->nslot - 1));
	while (h->slot[s]) {
		uint64_t e = h->slot[s];

		if ((e & 0xffffffff00000000ULL) == fp) {
			size_t i = (size_t)(e & 0xffffffffu) - 1;

			if (h->ent[i].len == n && (n == 0 ||
			    memcmp(h->keys.s + h->ent[i].off, p, n) == 0))
				return (long)i;
		}
		s = (s + 1) & (h->nslot - 1);
	}
	*at = s;
	return -1;
}

size_t
hash_intern(struct hash *h, const void *p, size_t n, int *added)
{
	uint64_t v = hash_bytes(p, n);
	size_t at, i;
	long k;

	if ((k = lookup(h, p, n, v, &at)) >= 0) {
		if (added)
			*added = 0;
		return (size_t)k;
	}
	if (h->count >= UINT32_MAX - 1)
		die(HARK_ETROUBLE, "too many distinct keys");
	if ((h->count + 1) * 2 > h->nslot) {
		rehash(h);
		lookup(h, p, n, v, &at);
	}
	if (h->count == h->cap) {
		h->cap = h->cap ? xmul(h->cap, 2) : 64;
		h->ent = xrealloc(h->ent, xmul(h->cap, sizeof *h->ent));
	}
	i = h->count++;
	h->ent[i].off = h->keys.len;
	h->ent[i].len = n;
	buf_add(&h->keys, p, n);
	h->slot[at] = (v & 0xffffffff00000000ULL) | (uint64_t)(i + 1);
	if (added)
		*added = 1;
	return i;
}

long
hash_find(const struct hash *h, const void *p, size_t n)
{
	size_t at;

	return lookup(h, p, n, hash_bytes(p, n), &at);
}

const char *
hash_key(const struct hash *h, size_t i, size_t *n)
{
	*n = h->ent[i].len;
	return h->keys.s + h->ent[i].off;
}
