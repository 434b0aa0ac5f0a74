/*
 * score.c - weighted codes scored per record (score.h).
 *
 * Words and phrases are looked up in one hash by their folded tokens
 * joined with spaces (every n-gram up to the longest phrase, from each
 * token), stems in another; each key leads to its patterns through a
 * chain.  A pattern counts once per record (a stamp per pattern), as the
 * features of `hark learn` do.
 */
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "hash.h"
#include "score.h"
#include "stemmer.h"
#include "banned.h"

struct score {
	const struct lex *lx;
	struct hash words, stems;   /* key -> index: head[] then next[] */
	int *whead, *shead, *next;
	size_t maxn;                /* tokens of the longest phrase */
	unsigned *stamp, now;       /* per pattern: record it counted in */
	double *sc;                 /* per code */
	struct buf key;
	struct match_tag *tags, *hits;
	size_t ntags, cap, nhits, caphits;
	int nstem;
	int collect;                /* second pass: tags of passing codes */
	unsigned char *pass;        /* per code: it passed */
};

static int *
chain(struct hash *h, int *head, size_t *cap, const char *k, size_t n,
      int i, int *next)
{
	size_t ix = hash_intern(h, k, n, NULL);

	if (ix >= *cap) {
		size_t old = *cap;

		*cap = 2 * ix + 16;
		head = xrealloc(head, xmul(*cap, sizeof *head));
		while (old < *cap)
			head[old++] = -1;
	}
	next[i] = head[ix];
	head[ix] = i;
	return head;
}

struct score *
score_new(const struct lex *lx)
{
	struct score *s;
	struct stemmer *sm = NULL;
	size_t i, wcap = 0, scap = 0;
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
	s->next = xmalloc(xmul(lx->nwpats + 1, sizeof *s->next));
	s->stamp = xcalloc(lx->nwpats + 1, sizeof *s->stamp);
	s->sc = xcalloc(lx->ncodes + 1, sizeof *s->sc);
	s->pass = xcalloc(lx->ncodes + 1, 1);
	for (i = 0; i < lx->nwpats; i++) {
		const struct lex_wpat *w = &lx->wpats[i];

		if (w->stem) {
			if (sm == NULL) {
				sm = stemmer_new();
				l = lx->nlangs ? stemmer_lang(sm, lx->langs[0],
				    strlen(lx->langs[0])) : stemmer_lang(sm,
				    "en", 2);
			}
			buf_reset(&s->key);
			stemmer_stem(sm, l, w->key, strlen(w->key), &s->key);
			s->shead = chain(&s->stems, s->shead, &scap, s->key.s,
			    s->key.len, (int)i, s->next);
			s->nstem++;
		} else {
			s->whead = chain(&s->words, s->whead, &wcap, w->key,
			    strlen(w->key), (int)i, s->next);
			if (w->ntok > s->maxn)
				s->maxn = w->ntok;
		}
	}
	stemmer_free(sm);
	return s;
}

void
score_free(struct score *s)
{
	if (s == NULL)
		return;
	hash_free(&s->words);
	hash_free(&s->stems);
	free(s->whead);
	free(s->shead);
	free(s->next);
	free(s->stamp);
	free(s->sc);
	free(s->pass);
	free(s->tags);
	free(s->hits);
	buf_free(&s->key);
	free(s);
}

int
score_needs_stems(const struct score *s)
{
	return s != NULL && s->nstem > 0;
}

static void
hit(struct score *s, int head, size_t f, size_t l)
{
	int i;

	for (i = head; i >= 0; i = s->next[i]) {
		const struct lex_wpat *w = &s->lx->wpats[i];

		if (!s->collect) {
			if (s->stamp[i] != s->now) {
				s->stamp[i] = s->now;
				s->sc[w->code] += w->weight;
			}
			continue;
		}
		if (w->weight <= 0 || !s->pass[w->code])
			continue;
		if (s->nhits == s->caphits) {
			s->caphits = 2 * s->caphits + 64;
			s->hits = xrealloc(s->hits, xmul(s->caphits,
			    sizeof *s->hits));
		}
		s->hits[s->nhits].code = w->code;
		s->hits[s->nhits].first = f;
		s->hits[s->nhits].last = l;
		s->hits[s->nhits].negated = 0;
		s->hits[s->nhits].uncertain = 0;
		s->nhits++;
	}
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

/* One pass over the tokens: scores, or (s->collect) the hits of the
 * codes that passed. */
static void
pass(struct score *s, const struct match_rec *in)
{
	size_t i, n;
	long ix;

	for (i = 0; i < in->ntok; i++) {
		buf_reset(&s->key);
		for (n = 1; n <= s->maxn && i + n <= in->ntok; n++) {
			if (n > 1)
				buf_addc(&s->key, ' ');
			buf_add(&s->key, in->toks[i + n - 1].p,
			    in->toks[i + n - 1].n);
			ix = hash_find(&s->words, s->key.s, s->key.len);
			if (ix >= 0)
				hit(s, s->whead[ix], i, i + n - 1);
		}
		if (s->nstem && in->stems != NULL &&
		    (ix = hash_find(&s->stems, in->stems[i].p,
		    in->stems[i].n)) >= 0)
			hit(s, s->shead[ix], i, i);
	}
}

size_t
score_run(struct score *s, const struct match_rec *in,
	  const struct match_tag **tags, double *scores)
{
	const struct lex *lx = s->lx;
	size_t i, k, np = 0;

	if (++s->now == 0) {
		memset(s->stamp, 0, lx->nwpats * sizeof *s->stamp);
		s->now = 1;
	}
	for (i = 0; i < lx->ncodes; i++)
		s->sc[i] = lx->codes[i].intercept;
	s->nhits = s->ntags = 0;
	s->collect = 0;
	pass(s, in);
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
	/* Only now the tags, for the few codes that passed. */
	s->collect = 1;
	pass(s, in);
	/* The tags of the codes that pass, each span once per code. */
	if (s->nhits > 1)
		qsort(s->hits, s->nhits, sizeof *s->hits, cmp_tag);
	if (s->nhits > s->cap) {
		s->cap = s->nhits;
		s->tags = xrealloc(s->tags, xmul(s->cap, sizeof *s->tags));
	}
	for (k = 0; k < s->nhits; k++) {
		const struct match_tag *h = &s->hits[k];

		if (s->ntags && cmp_tag(&s->tags[s->ntags - 1], h) == 0)
			continue;
		s->tags[s->ntags++] = *h;
	}
	*tags = s->tags;
	return s->ntags;
}
