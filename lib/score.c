/*
 * score.c - weighted codes scored per record (score.h).
 *
 * Compiled for speed, as a learned lexicon has tens of thousands of
 * weights over a few thousand features.  Words and phrases are looked up
 * in one hash by their folded tokens joined with spaces, stems in
 * another; each key leads to one run of (code, weight) entries, the
 * weights of the patterns with that key summed per code (a pattern counts
 * once per record, so two patterns with one key and code count as their
 * sum).  Every proper prefix of a phrase is a key too, marked, so that
 * the search for longer phrases from a token stops at the first prefix
 * that no phrase has.  The first pass adds each key's entries once per
 * record (a stamp per key) and keeps where the keys were found; the tags
 * of the codes that pass come from those places, not from a second walk.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "hash.h"
#include "score.h"
#include "stemmer.h"
#include "banned.h"

/* One compiled key: its entries are ent[off .. off + n). */
struct skey {
	unsigned off, n;
	unsigned stamp;            /* record it last counted in */
	unsigned prefix;           /* 1: a longer phrase starts with it */
	uint64_t pos;              /* bit code % 64 set: a positive weight */
};

struct sent {
	int code;
	double w;
};

struct found {
	unsigned key;              /* index into keys[] of its table */
	unsigned stem;             /* 1: s->skeys, else s->wkeys */
	size_t first, last;
};

struct score {
	const struct lex *lx;
	struct hash words, stems;
	struct skey *wkeys, *skeys;
	struct sent *ent;
	size_t maxn;               /* tokens of the longest phrase */
	unsigned now;
	double *sc;                /* per code */
	struct buf key;
	struct match_tag *tags;
	size_t ntags, cap;
	struct found *found;
	size_t nfound, capfound;
	int nstem;
	unsigned char *pass;       /* per code: it passed */
	int *pc;                   /* the codes that passed */
};

/* A weighted pattern's place while compiling. */
struct raw {
	unsigned stem, key;
	int code;
	double w;
};

static int
cmp_raw(const void *x, const void *y)
{
	const struct raw *a = x, *b = y;

	if (a->stem != b->stem)
		return a->stem < b->stem ? -1 : 1;
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return (a->code > b->code) - (a->code < b->code);
}

/* Mark every proper prefix (in tokens) of the phrase k[0..n) as a key. */
static void
prefixes(struct hash *h, const char *k, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (k[i] == ' ')
			hash_intern(h, k, i, NULL);
}

struct score *
score_new(const struct lex *lx)
{
	struct score *s;
	struct stemmer *sm = NULL;
	struct raw *raw;
	size_t i, j, nent;
	int l = 0;

	for (i = 0; i < lx->ncodes; i++)
		if (lx->codes[i].weighted)
			break;
	if (i == lx->ncodes)
		return NULL;
	s = xcalloc(1, sizeof *s);
	s->lx = lx;
	hash_init(&s->words);
	hash_init(&s->stems);
	s->sc = xcalloc(lx->ncodes + 1, sizeof *s->sc);
	s->pass = xcalloc(lx->ncodes + 1, 1);
	s->pc = xcalloc(lx->ncodes + 1, sizeof *s->pc);
	raw = xmalloc(xmul(lx->nwpats + 1, sizeof *raw));
	for (i = 0; i < lx->nwpats; i++) {
		const struct lex_wpat *w = &lx->wpats[i];

		raw[i].code = w->code;
		raw[i].w = w->weight;
		raw[i].stem = (unsigned)w->stem;
		if (w->stem) {
			if (sm == NULL) {
				sm = stemmer_new();
				l = lx->nlangs ? stemmer_lang(sm, lx->langs[0],
				    strlen(lx->langs[0])) : stemmer_lang(sm,
				    "en", 2);
			}
			buf_reset(&s->key);
			stemmer_stem(sm, l, w->key, strlen(w->key), &s->key);
			raw[i].key = (unsigned)hash_intern(&s->stems, s->key.s,
			    s->key.len, NULL);
			s->nstem++;
		} else {
			raw[i].key = (unsigned)hash_intern(&s->words, w->key,
			    strlen(w->key), NULL);
			if (w->ntok > s->maxn)
				s->maxn = w->ntok;
		}
	}
	stemmer_free(sm);
	/* The prefixes after the patterns' own keys: a key may be both. */
	for (i = 0; i < lx->nwpats; i++)
		if (!lx->wpats[i].stem && lx->wpats[i].ntok > 1)
			prefixes(&s->words, lx->wpats[i].key,
			    strlen(lx->wpats[i].key));
	s->wkeys = xcalloc(s->words.count + 1, sizeof *s->wkeys);
	s->skeys = xcalloc(s->stems.count + 1, sizeof *s->skeys);
	for (i = 0; i < lx->nwpats; i++)
		if (!lx->wpats[i].stem && lx->wpats[i].ntok > 1) {
			const char *k = lx->wpats[i].key;

			for (j = 0; k[j] != '\0'; j++)
				if (k[j] == ' ')
					s->wkeys[hash_find(&s->words, k,
					    j)].prefix = 1;
		}
	if (lx->nwpats > 1)
		qsort(raw, lx->nwpats, sizeof *raw, cmp_raw);
	s->ent = xmalloc(xmul(lx->nwpats + 1, sizeof *s->ent));
	for (i = nent = 0; i < lx->nwpats; i++) {
		struct skey *k = raw[i].stem ? &s->skeys[raw[i].key] :
		    &s->wkeys[raw[i].key];

		if (i > 0 && cmp_raw(&raw[i - 1], &raw[i]) == 0) {
			s->ent[nent - 1].w += raw[i].w;
			continue;
		}
		if (k->n == 0)
			k->off = (unsigned)nent;
		k->n++;
		s->ent[nent].code = raw[i].code;
		s->ent[nent++].w = raw[i].w;
	}
	free(raw);
	for (i = 0; i < s->words.count + s->stems.count; i++) {
		struct skey *k = i < s->words.count ? &s->wkeys[i] :
		    &s->skeys[i - s->words.count];

		for (j = k->off; j < (size_t)k->off + k->n; j++)
			if (s->ent[j].w > 0)
				k->pos |= (uint64_t)1 << (s->ent[j].code & 63);
	}
	return s;
}

void
score_free(struct score *s)
{
	if (s == NULL)
		return;
	hash_free(&s->words);
	hash_free(&s->stems);
	free(s->wkeys);
	free(s->skeys);
	free(s->ent);
	free(s->sc);
	free(s->pass);
	free(s->pc);
	free(s->tags);
	free(s->found);
	buf_free(&s->key);
	free(s);
}

int
score_needs_stems(const struct score *s)
{
	return s != NULL && s->nstem > 0;
}

/* Key k (index ix, of the stems when stem) found at tokens f..l. */
static void
hit(struct score *s, struct skey *k, unsigned ix, unsigned stem, size_t f,
    size_t l)
{
	const struct sent *e, *end;
	struct found *fd;

	if (k->n == 0)
		return;
	if (k->stamp != s->now) {
		k->stamp = s->now;
		for (e = s->ent + k->off, end = e + k->n; e < end; e++)
			s->sc[e->code] += e->w;
	}
	if (s->nfound == s->capfound) {
		s->capfound = 2 * s->capfound + 64;
		s->found = xrealloc(s->found, xmul(s->capfound,
		    sizeof *s->found));
	}
	fd = &s->found[s->nfound++];
	fd->key = ix;
	fd->stem = stem;
	fd->first = f;
	fd->last = l;
}

static int
cmp_tag(const void *x, const void *y)
{
	const struct match_tag *a = x, *b = y;

	if (a->first != b->first)
		return a->first < b->first ? -1 : 1;
	if (a->last != b->last)
		return a->last < b->last ? -1 : 1;
	return (a->code > b->code) - (a->code < b->code);
}

/* Every key found from each token: words and phrases, then its stem. */
static void
find(struct score *s, const struct match_rec *in)
{
	size_t i, n;
	long ix;

	for (i = 0; i < in->ntok; i++) {
		ix = hash_find(&s->words, in->toks[i].p, in->toks[i].n);
		if (ix >= 0) {
			hit(s, &s->wkeys[ix], (unsigned)ix, 0, i, i);
			if (s->wkeys[ix].prefix) {
				buf_reset(&s->key);
				buf_add(&s->key, in->toks[i].p, in->toks[i].n);
				for (n = 2; n <= s->maxn && i + n <= in->ntok;
				    n++) {
					buf_addc(&s->key, ' ');
					buf_add(&s->key, in->toks[i + n - 1].p,
					    in->toks[i + n - 1].n);
					ix = hash_find(&s->words, s->key.s,
					    s->key.len);
					if (ix < 0)
						break;
					hit(s, &s->wkeys[ix], (unsigned)ix, 0,
					    i, i + n - 1);
					if (!s->wkeys[ix].prefix)
						break;
				}
			}
		}
		if (s->nstem && in->stems != NULL &&
		    (ix = hash_find(&s->stems, in->stems[i].p,
		    in->stems[i].n)) >= 0)
			hit(s, &s->skeys[ix], (unsigned)ix, 1, i, i);
	}
}

size_t
score_run(struct score *s, const struct match_rec *in,
	  const struct match_tag **tags, double *scores)
{
	const struct lex *lx = s->lx;
	size_t i, k, np = 0, nt = 0;
	uint64_t pm = 0;

	if (++s->now == 0) {
		for (i = 0; i < s->words.count; i++)
			s->wkeys[i].stamp = 0;
		for (i = 0; i < s->stems.count; i++)
			s->skeys[i].stamp = 0;
		s->now = 1;
	}
	for (i = 0; i < lx->ncodes; i++)
		s->sc[i] = lx->codes[i].intercept;
	s->nfound = s->ntags = 0;
	find(s, in);
	for (i = 0; i < lx->ncodes; i++) {
		s->pass[i] = lx->codes[i].weighted &&
		    s->sc[i] >= lx->codes[i].threshold;
		np += s->pass[i];
	}
	if (scores != NULL)
		for (i = 0; i < lx->ncodes; i++)
			scores[i] = s->sc[i];
	*tags = s->tags;
	if (np == 0)
		return 0;
	/* Only now the tags, for the few codes that passed: each place a
	 * key was found that adds to one of them (a mask of the codes a
	 * key has positive weights for, modulo 64, settles most; a key's
	 * entries are in code order, so the rest are a binary search). */
	for (i = np = 0; i < lx->ncodes; i++)
		if (s->pass[i]) {
			s->pc[np++] = (int)i;
			pm |= (uint64_t)1 << (i & 63);
		}
	for (k = 0; k < s->nfound; k++) {
		const struct found *fd = &s->found[k];
		const struct skey *key = fd->stem ? &s->skeys[fd->key] :
		    &s->wkeys[fd->key];
		const struct sent *e = s->ent + key->off;
		uint64_t m = key->pos & pm;

		for (i = 0; m != 0 && i < np; i++) {
			size_t lo = 0, hi = key->n;

			if (!(m >> (s->pc[i] & 63) & 1))
				continue;

			while (lo < hi) {
				size_t mid = lo + (hi - lo) / 2;

				if (e[mid].code < s->pc[i])
					lo = mid + 1;
				else
					hi = mid;
			}
			if (lo == key->n || e[lo].code != s->pc[i] ||
			    e[lo].w <= 0)
				continue;
			if (nt == s->cap) {
				s->cap = 2 * s->cap + 64;
				s->tags = xrealloc(s->tags, xmul(s->cap,
				    sizeof *s->tags));
			}
			s->tags[nt].code = s->pc[i];
			s->tags[nt].first = fd->first;
			s->tags[nt].last = fd->last;
			s->tags[nt].negated = 0;
			s->tags[nt].uncertain = 0;
			nt++;
		}
	}
	/* In token order, each span once per code: the places come nearly
	 * in order (a stem after the phrases from its token), so an
	 * insertion sort. */
	for (k = 1; k < nt; k++) {
		struct match_tag t = s->tags[k];

		for (i = k; i > 0 && cmp_tag(&s->tags[i - 1], &t) > 0; i--)
			s->tags[i] = s->tags[i - 1];
		s->tags[i] = t;
	}
	for (k = 0; k < nt; k++)
		if (s->ntags == 0 ||
		    cmp_tag(&s->tags[s->ntags - 1], &s->tags[k]) != 0)
			s->tags[s->ntags++] = s->tags[k];
	*tags = s->tags;
	return s->ntags;
}
