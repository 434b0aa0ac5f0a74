/*
 * tally.c - theme counts by key (tally.h).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "tally.h"
#include "banned.h"

static void
empty_slots(struct tally_cell *c, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		c[i].g = UINT32_MAX;
}

void
tally_init(struct tally *t)
{
	memset(t, 0, sizeof *t);
	hash_init(&t->groups);
	hash_init(&t->themes);
	buf_init(&t->last);
	t->last_th = -1;
	t->nslot = 1024;
	t->cell = xmalloc(xmul(t->nslot, sizeof *t->cell));
	empty_slots(t->cell, t->nslot);
}

void
tally_free(struct tally *t)
{
	hash_free(&t->groups);
	hash_free(&t->themes);
	buf_free(&t->last);
	free(t->tot);
	free(t->has_tot);
	free(t->cell);
	memset(t, 0, sizeof *t);
}

size_t
tally_group(struct tally *t, const char *p, size_t n)
{
	int added;
	size_t g = hash_intern(&t->groups, p, n, &added);

	if (added) {
		if (g >= t->gcap) {
			t->gcap = t->gcap ? xmul(t->gcap, 2) : 256;
			t->tot = xrealloc(t->tot,
			    xmul(t->gcap, sizeof *t->tot));
			t->has_tot = xrealloc(t->has_tot, t->gcap);
		}
		memset(t->tot[g], 0, sizeof t->tot[g]);
		t->has_tot[g] = 0;
	}
	return g;
}

static size_t
slot_of(uint32_t g, uint32_t th, size_t mask)
{
	uint64_t v = ((uint64_t)g << 32 | th) * 0x9e3779b97f4a7c15ULL;

	return (size_t)(v >> 29) & mask;
}

static void
grow(struct tally *t)
{
	size_t n = xmul(t->nslot, 2), i;
	struct tally_cell *old = t->cell;

	t->cell = xmalloc(xmul(n, sizeof *t->cell));
	empty_slots(t->cell, n);
	for (i = 0; i < t->nslot; i++) {
		size_t s;

		if (old[i].g == UINT32_MAX)
			continue;
		s = slot_of(old[i].g, old[i].th, n - 1);
		while (t->cell[s].g != UINT32_MAX)
			s = (s + 1) & (n - 1);
		t->cell[s] = old[i];
	}
	free(old);
	t->nslot = n;
}

static int
add_to(uint64_t *v, const uint64_t add[TALLY_NV])
{
	size_t k;

	for (k = 0; k < TALLY_NV; k++)
		if (v[k] > UINT64_MAX - add[k])
			return -1;
	for (k = 0; k < TALLY_NV; k++)
		v[k] += add[k];
	return 0;
}

int
tally_add(struct tally *t, size_t g, const char *p, size_t n,
	  const uint64_t add[TALLY_NV])
{
	uint32_t th;
	size_t s, mask;

	if (n == 1 && *p == '*') {
		t->has_tot[g] = 1;
		return add_to(t->tot[g], add);
	}
	/* Records often repeat the theme just seen. */
	if (t->last_th >= 0 && t->last.len == n &&
	    memcmp(t->last.s, p, n) == 0) {
		th = (uint32_t)t->last_th;
	} else {
		th = (uint32_t)hash_intern(&t->themes, p, n, NULL);
		t->last_th = th;
		buf_reset(&t->last);
		buf_add(&t->last, p, n);
	}
	mask = t->nslot - 1;
	for (s = slot_of((uint32_t)g, th, mask); t->cell[s].g != UINT32_MAX;
	    s = (s + 1) & mask)
		if (t->cell[s].g == (uint32_t)g && t->cell[s].th == th)
			return add_to(t->cell[s].v, add);
	if ((t->ncell + 1) * 2 > t->nslot) {
		grow(t);
		mask = t->nslot - 1;
		for (s = slot_of((uint32_t)g, th, mask);
		    t->cell[s].g != UINT32_MAX; s = (s + 1) & mask)
			;
	}
	t->cell[s].g = (uint32_t)g;
	t->cell[s].th = th;
	memset(t->cell[s].v, 0, sizeof t->cell[s].v);
	t->ncell++;
	return add_to(t->cell[s].v, add);
}

const char *
tally_key(const struct tally *t, size_t g, size_t *n)
{
	return hash_key(&t->groups, g, n);
}

const char *
tally_theme(const struct tally *t, long th, size_t *n)
{
	return hash_key(&t->themes, (size_t)th, n);
}

static int
bytecmp(const char *a, size_t an, const char *b, size_t bn)
{
	int c = memcmp(a, b, an < bn ? an : bn);

	if (c)
		return c;
	return an < bn ? -1 : an > bn;
}

/* qsort() has no context argument in C11: the hash being sorted. */
static const struct hash *sorting;

static int
cmp_key(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y, an, bn;
	const char *ap = hash_key(sorting, a, &an);
	const char *bp = hash_key(sorting, b, &bn);

	return bytecmp(ap, an, bp, bn);
}

/* Ranks of the keys of h in byte order: rank[i] for key i. */
static uint32_t *
ranks(const struct hash *h)
{
	size_t n = h->count, i;
	size_t *order = xmalloc(xmul(n + 1, sizeof *order));
	uint32_t *rank = xmalloc(xmul(n + 1, sizeof *rank));

	for (i = 0; i < n; i++)
		order[i] = i;
	sorting = h;
	qsort(order, n, sizeof *order, cmp_key);
	sorting = NULL;
	for (i = 0; i < n; i++)
		rank[order[i]] = (uint32_t)i;
	free(order);
	return rank;
}

struct sortkey {
	uint64_t key; /* group rank, then 0 for "*" or theme rank + 1 */
	struct tally_row row;
};

static int
cmp_sortkey(const void *x, const void *y)
{
	uint64_t a = ((const struct sortkey *)x)->key;
	uint64_t b = ((const struct sortkey *)y)->key;

	return a < b ? -1 : a > b;
}

/*
 * Comparing the strings for every pair would chase pointers all over
 * memory: rank the groups and the (few) themes once, then sort the pairs
 * by their two ranks.  "*" sorts before every theme name, whose bytes are
 * all above '*'.
 */
struct tally_row *
tally_rows(const struct tally *t, size_t *n)
{
	size_t ng = t->groups.count, nr = ng + t->ncell, i, k = 0;
	uint32_t *grank = ranks(&t->groups), *trank = ranks(&t->themes);
	struct sortkey *sk = xmalloc(xmul(nr + 1, sizeof *sk));
	struct tally_row *rows = xmalloc(xmul(nr + 1, sizeof *rows));

	for (i = 0; i < ng; i++) {
		if (!t->has_tot[i])
			continue;
		sk[k].key = (uint64_t)grank[i] << 32;
		sk[k].row.g = i;
		sk[k].row.th = -1;
		sk[k++].row.v = t->tot[i];
	}
	for (i = 0; i < t->nslot; i++) {
		const struct tally_cell *c = &t->cell[i];

		if (c->g == UINT32_MAX)
			continue;
		sk[k].key = (uint64_t)grank[c->g] << 32 | (trank[c->th] + 1ULL);
		sk[k].row.g = c->g;
		sk[k].row.th = (long)c->th;
		sk[k++].row.v = c->v;
	}
	nr = k;
	qsort(sk, nr, sizeof *sk, cmp_sortkey);
	for (i = 0; i < nr; i++)
		rows[i] = sk[i].row;
	free(sk);
	free(grank);
	free(trank);
	*n = nr;
	return rows;
}
