/*
 * tally.c - theme counts by key (tally.h).
 *
 * Every key owns one run of cells in the pool, with room for a power of
 * two (at least four) of them; a run that fills up moves to a run twice
 * its size and leaves its old place on a free list for the next key that
 * grows to that size.  The keys of a count are mostly few themes each, so
 * a key's cells are found by a scan of one or two cache lines.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "rec.h"
#include "tally.h"
#include "banned.h"

#define NONE UINT32_MAX
#define MIN_ROOM_LOG 2
/* Keys with more cells than SCAN are searched through the hints first. */
#define SCAN 8
#define HINT_LOG 12

void
tally_init(struct tally *t)
{
	size_t k;

	memset(t, 0, sizeof *t);
	hash_init(&t->groups);
	hash_init(&t->themes);
	for (k = 0; k < sizeof t->freed / sizeof t->freed[0]; k++)
		t->freed[k] = NONE;
	(void)hash_intern(&t->themes, "*", 1, NULL); /* TALLY_STAR */
	t->hint = xmalloc(xmul((size_t)1 << HINT_LOG, sizeof *t->hint));
	for (k = 0; k < (size_t)1 << HINT_LOG; k++)
		t->hint[k].g = NONE;
}

void
tally_free(struct tally *t)
{
	hash_free(&t->groups);
	hash_free(&t->themes);
	free(t->grp);
	free(t->hint);
	free(t->pool);
	free(t->wide);
	free(t->order);
	free(t->trank);
	free(t->tsorted);
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
			t->grp = xrealloc(t->grp,
			    xmul(t->gcap, sizeof *t->grp));
		}
		t->grp[g].off = NONE;
		t->grp[g].n = 0;
	}
	return g;
}

uint32_t
tally_theme_num(struct tally *t, const char *p, size_t n)
{
	return (uint32_t)hash_intern(&t->themes, p, n, NULL);
}

/* log2 of the room of a run holding n > 0 cells. */
static unsigned
room_log(uint32_t n)
{
	unsigned k = MIN_ROOM_LOG;

	while (((uint32_t)1 << k) < n)
		k++;
	return k;
}

/* A free run with room for 2^k cells: its offset in the pool. */
static uint32_t
run_alloc(struct tally *t, unsigned k)
{
	size_t room = (size_t)1 << k;
	uint32_t off;

	if (t->freed[k] != NONE) {
		off = t->freed[k];
		t->freed[k] = t->pool[off].th;
		return off;
	}
	if (t->pool_len + room > t->pool_cap) {
		size_t cap = t->pool_cap ? xmul(t->pool_cap, 2) : 4096;

		while (cap < t->pool_len + room)
			cap = xmul(cap, 2);
		if (cap > NONE)
			die(HARK_ETROUBLE, "too many counts");
		t->pool = xrealloc(t->pool, xmul(cap, sizeof *t->pool));
		t->pool_cap = cap;
	}
	off = (uint32_t)t->pool_len;
	t->pool_len += room;
	return off;
}

static int
add64(uint64_t *v, const uint64_t add[TALLY_NV])
{
	size_t k;

	for (k = 0; k < TALLY_NV; k++)
		if (v[k] > UINT64_MAX - add[k])
			return -1;
	for (k = 0; k < TALLY_NV; k++)
		v[k] += add[k];
	return 0;
}

/* The cell for theme th of group g, added (zero) when absent. */
static struct tally_cell *
cell_of(struct tally *t, size_t g, uint32_t th)
{
	struct tally_grp *gr = &t->grp[g];
	struct tally_cell *c;
	struct tally_hint *hi = NULL;
	uint32_t i, n = gr->n;

	if (n > SCAN) {
		/* A key with many themes (a count by site): a scan would
		 * cost more than the count. */
		hi = &t->hint[((uint32_t)g * 0x9e3779b1u ^ th * 0x85ebca6bu) >>
		    (32 - HINT_LOG)];
		c = t->pool + gr->off;
		if (hi->g == (uint32_t)g && hi->th == th)
			return &c[hi->i];
	}
	if (n) {
		c = t->pool + gr->off;
		for (i = 0; i < n; i++)
			if ((c[i].th & ~TALLY_WIDE) == th) {
				if (hi) {
					hi->g = (uint32_t)g;
					hi->th = th;
					hi->i = i;
				}
				return &c[i];
			}
	}
	if (n == 0 || (n >= (1u << MIN_ROOM_LOG) && (n & (n - 1)) == 0)) {
		/* Full (or no run yet): move to a run twice the size. */
		unsigned k = n ? room_log(n) + 1 : MIN_ROOM_LOG;
		uint32_t off;

		if (k >= sizeof t->freed / sizeof t->freed[0])
			die(HARK_ETROUBLE, "too many themes");
		off = run_alloc(t, k);
		gr = &t->grp[g];
		if (n) {
			memcpy(t->pool + off, t->pool + gr->off,
			    n * sizeof *t->pool);
			k = room_log(n);
			t->pool[gr->off].th = t->freed[k];
			t->freed[k] = gr->off;
		}
		gr->off = off;
	}
	c = t->pool + gr->off + n;
	c->th = th;
	c->v[0] = c->v[1] = c->v[2] = 0;
	if (hi) {
		hi->g = (uint32_t)g;
		hi->th = th;
		hi->i = n;
	}
	gr->n = n + 1;
	t->npairs++;
	return c;
}

int
tally_add(struct tally *t, size_t g, uint32_t th,
	  const uint64_t add[TALLY_NV])
{
	struct tally_cell *c = cell_of(t, g, th);
	size_t k;

	if (c->th & TALLY_WIDE)
		return add64(t->wide[c->v[0]], add);
	if (add[0] <= UINT32_MAX - c->v[0] && add[1] <= UINT32_MAX - c->v[1] &&
	    add[2] <= UINT32_MAX - c->v[2]) {
		for (k = 0; k < TALLY_NV; k++)
			c->v[k] += (uint32_t)add[k];
		return 0;
	}
	/* A sum outgrows 32 bits: the counters move to the wide table (a
	 * 32-bit counter plus any addend fits in 64 bits unless the addend
	 * is itself near 2^64). */
	for (k = 0; k < TALLY_NV; k++)
		if (add[k] > UINT64_MAX - c->v[k])
			return -1;
	if (t->nwide == t->wide_cap) {
		t->wide_cap = t->wide_cap ? xmul(t->wide_cap, 2) : 16;
		t->wide = xrealloc(t->wide, xmul(t->wide_cap, sizeof *t->wide));
	}
	if (t->nwide >= TALLY_WIDE)
		die(HARK_ETROUBLE, "too many counts");
	for (k = 0; k < TALLY_NV; k++)
		t->wide[t->nwide][k] = c->v[k] + add[k];
	c->th |= TALLY_WIDE;
	c->v[0] = (uint32_t)t->nwide++;
	c->v[1] = c->v[2] = 0;
	return 0;
}

void
tally_value(const struct tally *t, const struct tally_cell *c,
	    uint64_t v[TALLY_NV])
{
	size_t k;

	if (c->th & TALLY_WIDE) {
		for (k = 0; k < TALLY_NV; k++)
			v[k] = t->wide[c->v[0]][k];
	} else {
		for (k = 0; k < TALLY_NV; k++)
			v[k] = c->v[k];
	}
}

const struct tally_cell *
tally_cells(const struct tally *t, size_t g, size_t *n)
{
	*n = t->grp[g].n;
	return *n ? t->pool + t->grp[g].off : NULL;
}

const char *
tally_key(const struct tally *t, size_t g, size_t *n)
{
	return hash_key(&t->groups, g, n);
}

const char *
tally_theme(const struct tally *t, uint32_t th, size_t *n)
{
	return hash_key(&t->themes, th & ~TALLY_WIDE, n);
}

int
tally_bytecmp(const char *a, size_t an, const char *b, size_t bn)
{
	int c = memcmp(a, b, an < bn ? an : bn);

	if (c)
		return c;
	return an < bn ? -1 : an > bn;
}

struct keyref {
	uint64_t pre;  /* the key's first eight bytes, big-endian, NUL padded */
	uint32_t i;
};

/* qsort() has no context argument in C11: the hash being sorted. */
static const struct hash *sorting;

static int
cmp_ref(const void *x, const void *y)
{
	uint32_t a = ((const struct keyref *)x)->i;
	uint32_t b = ((const struct keyref *)y)->i;
	size_t an, bn;
	const char *ap = hash_key(sorting, a, &an);
	const char *bp = hash_key(sorting, b, &bn);

	return tally_bytecmp(ap, an, bp, bn);
}

/*
 * The keys of h in byte order.  A comparison sort of strings would chase
 * a pointer for every comparison: sort by the first eight bytes with a
 * radix sort (keys hold no NUL, so padding with NUL keeps a prefix
 * first), then compare whole strings only within runs of equal prefixes.
 */
static uint32_t *
sort_keys(const struct hash *h)
{
	size_t n = h->count, i, j, b, cnt[256];
	struct keyref *a = xmalloc(xmul(n + 1, sizeof *a));
	struct keyref *tmp = xmalloc(xmul(n + 1, sizeof *tmp)), *sw;
	uint32_t *order;

	for (i = 0; i < n; i++) {
		size_t kn;
		const unsigned char *p =
		    (const unsigned char *)hash_key(h, i, &kn);
		uint64_t v = 0;

		for (j = 0; j < 8; j++)
			v = v << 8 | (j < kn ? p[j] : 0);
		a[i].pre = v;
		a[i].i = (uint32_t)i;
	}
	for (b = 0; b < 64; b += 8) {
		size_t sum = 0, c;

		memset(cnt, 0, sizeof cnt);
		for (i = 0; i < n; i++)
			cnt[a[i].pre >> b & 0xff]++;
		if (n == 0 || cnt[a[0].pre >> b & 0xff] == n)
			continue; /* every key has the same byte here */
		for (i = 0; i < 256; i++) {
			c = cnt[i];
			cnt[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			tmp[cnt[a[i].pre >> b & 0xff]++] = a[i];
		sw = a;
		a = tmp;
		tmp = sw;
	}
	free(tmp);
	sorting = h;
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && a[j].pre == a[i].pre; j++)
			;
		if (j - i > 1)
			qsort(a + i, j - i, sizeof *a, cmp_ref);
	}
	sorting = NULL;
	order = xmalloc(xmul(n + 1, sizeof *order));
	for (i = 0; i < n; i++)
		order[i] = a[i].i;
	free(a);
	return order;
}

void
tally_sort(struct tally *t)
{
	size_t nt = t->themes.count, ng = t->groups.count, i, g;

	free(t->order);
	free(t->tsorted);
	free(t->trank);
	t->order = sort_keys(&t->groups);
	t->tsorted = sort_keys(&t->themes);
	t->trank = xmalloc(xmul(nt + 1, sizeof *t->trank));
	for (i = 0; i < nt; i++)
		t->trank[t->tsorted[i]] = (uint32_t)i;
	/* Each key's few cells by theme rank: insertion sort. */
	for (g = 0; g < ng; g++) {
		struct tally_cell *c = t->pool + t->grp[g].off, x;
		uint32_t n = t->grp[g].n, k, m, r;

		for (k = 1; k < n; k++) {
			x = c[k];
			r = t->trank[x.th & ~TALLY_WIDE];
			for (m = k; m > 0 &&
			    t->trank[c[m - 1].th & ~TALLY_WIDE] > r; m--)
				c[m] = c[m - 1];
			c[m] = x;
		}
	}
}

/* One row per key: records, then mentions per theme, themes sorted ("*",
 * the key's totals, sorts first and gives the records). */
void
tally_write_wide(struct rec_writer *w, struct tally *t, const char *const *by,
		 size_t nby, const char *with)
{
	size_t ng = t->groups.count, nt = t->themes.count, i, j, k, n, nc;
	const char *p;

	tally_sort(t);
	for (k = 0; k < nby; k++) {
		rec_put_esc(w, by[k], strlen(by[k]));
		rec_putc(w, '\t');
	}
	rec_put(w, "records", 7);
	for (i = 1; i < nt; i++) {
		p = tally_theme(t, t->tsorted[i], &n);
		rec_put(w, "\ttheme:", 7);
		rec_put(w, p, n);
	}
	if (with)
		rec_put(w, "\ttagged_with", 12);
	rec_putc(w, '\n');
	for (i = 0; i < ng; i++) {
		size_t g = t->order[i], col = 1;
		const struct tally_cell *c = tally_cells(t, g, &nc);
		uint64_t v[TALLY_NV];

		p = tally_key(t, g, &n);
		rec_put(w, p, n);
		rec_putc(w, '\t');
		j = 0;
		if (nc && (c[0].th & ~TALLY_WIDE) == TALLY_STAR) {
			tally_value(t, &c[0], v);
			rec_putu(w, v[TALLY_RECORDS]);
			j = 1;
		} else {
			rec_putc(w, '0');
		}
		for (; j < nc; j++) {
			size_t r = t->trank[c[j].th & ~TALLY_WIDE];

			for (; col < r; col++)
				rec_put(w, "\t0", 2);
			tally_value(t, &c[j], v);
			rec_putc(w, '\t');
			rec_putu(w, v[TALLY_MENTIONS]);
			col++;
		}
		for (; col < nt; col++)
			rec_put(w, "\t0", 2);
		if (with) {
			rec_putc(w, '\t');
			rec_put(w, with, strlen(with));
		}
		rec_putc(w, '\n');
	}
}
