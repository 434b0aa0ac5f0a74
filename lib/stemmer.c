/*
 * stemmer.c - Snowball stemmers with a bounded cache (see stemmer.h).
 *
 * A corpus repeats a small vocabulary many times, so each distinct
 * (language, token) pair is stemmed once and remembered in an open-address
 * table over a string pool.  When either fills, everything is forgotten:
 * bounded memory beats LRU bookkeeping at this size.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>

#include "err.h"
#include "hash.h"
#include "stemmer.h"
#include "banned.h"

#define NLANG 64               /* languages with a stemmer slot */
#define CACHE_SLOTS (1 << 16)  /* cache entries (a power of two) */
#define CACHE_BYTES (4u << 20) /* cache string pool; full means start over */

struct slot {
	char name[40];
	struct sb_stemmer *sb; /* NULL: no stemmer for this language */
};

struct entry {
	uint32_t hash, lang;
	uint32_t koff, klen, soff, slen; /* in pool; klen 0 = free */
};

struct stemmer {
	struct slot langs[NLANG];
	size_t nlangs;
	struct entry *cache;
	size_t ncache;
	struct buf pool;
};

struct stemmer *
stemmer_new(void)
{
	struct stemmer *s = xcalloc(1, sizeof *s);

	s->cache = xcalloc(CACHE_SLOTS, sizeof *s->cache);
	buf_init(&s->pool);
	return s;
}

void
stemmer_free(struct stemmer *s)
{
	size_t i;

	if (s == NULL)
		return;
	for (i = 0; i < s->nlangs; i++)
		sb_stemmer_delete(s->langs[i].sb);
	free(s->cache);
	buf_free(&s->pool);
	free(s);
}

int
stemmer_lang(struct stemmer *s, const char *v, size_t n)
{
	char name[40];
	size_t i, k;

	for (k = 0; k < n && k < sizeof name - 1 && v[k] != '_' && v[k] != '-';
	    k++)
		name[k] = (char)(v[k] >= 'A' && v[k] <= 'Z' ? v[k] + 32 : v[k]);
	name[k] = '\0';
	for (i = 0; i < s->nlangs; i++)
		if (strcmp(s->langs[i].name, name) == 0)
			return (int)i;
	if (s->nlangs == NLANG) {
		i = NLANG - 1; /* out of slots: the last one is shared */
		/* its cached stems belong to the language it held */
		memset(s->cache, 0, CACHE_SLOTS * sizeof *s->cache);
		s->ncache = 0;
		buf_reset(&s->pool);
	} else {
		i = s->nlangs++;
	}
	sb_stemmer_delete(s->langs[i].sb);
	memset(&s->langs[i], 0, sizeof s->langs[i]);
	snprintf(s->langs[i].name, sizeof s->langs[i].name, "%s", name);
	if (name[0] && strlen(name) < sizeof name - 1)
		s->langs[i].sb = sb_stemmer_new(name, "UTF_8");
	return (int)i;
}

int
stemmer_known(const struct stemmer *s, int l)
{
	return l >= 0 && (size_t)l < s->nlangs && s->langs[l].sb != NULL;
}

const char *
stemmer_name(const struct stemmer *s, int l)
{
	return l >= 0 && (size_t)l < s->nlangs ? s->langs[l].name : "";
}

void
stemmer_stem(struct stemmer *s, int l, const char *t, size_t n,
	     struct buf *out)
{
	struct sb_stemmer *sb;
	uint32_t li = (uint32_t)l, h;
	struct entry *e;
	const sb_symbol *st;
	size_t i;
	int len;

	if (!stemmer_known(s, l) || n == 0 || n > INT_MAX / 4 ||
	    (t[0] == ':' && t[n - 1] == ':')) {
		/* emoji names (":crying_face:") are not words */
		buf_add(out, t, n);
		return;
	}
	sb = s->langs[l].sb;
	h = (uint32_t)(hash_bytes(t, n) >> 32) ^ (li * 2654435761u);
	for (i = h & (CACHE_SLOTS - 1);; i = (i + 1) & (CACHE_SLOTS - 1)) {
		e = &s->cache[i];
		if (e->klen == 0)
			break;
		if (e->hash == h && e->lang == li && e->klen == n &&
		    memcmp(s->pool.s + e->koff, t, n) == 0) {
			buf_add(out, s->pool.s + e->soff, e->slen);
			return;
		}
	}
	st = sb_stemmer_stem(sb, (const sb_symbol *)t, (int)n);
	len = st ? sb_stemmer_length(sb) : 0;
	if (len <= 0) { /* never write an empty entry: keep the token */
		st = (const sb_symbol *)t;
		len = (int)n;
	}
	buf_add(out, st, (size_t)len);
	if (n > 256)
		return; /* not worth keeping */
	if (s->ncache * 2 >= CACHE_SLOTS ||
	    s->pool.len + n + (size_t)len > CACHE_BYTES) {
		memset(s->cache, 0, CACHE_SLOTS * sizeof *s->cache);
		s->ncache = 0;
		buf_reset(&s->pool);
		for (i = h & (CACHE_SLOTS - 1); s->cache[i].klen;
		    i = (i + 1) & (CACHE_SLOTS - 1))
			;
		e = &s->cache[i];
	}
	e->hash = h;
	e->lang = li;
	e->koff = (uint32_t)s->pool.len;
	e->klen = (uint32_t)n;
	buf_add(&s->pool, t, n);
	e->soff = (uint32_t)s->pool.len;
	e->slen = (uint32_t)len;
	buf_add(&s->pool, st, (size_t)len);
	s->ncache++;
}

void
stemmer_list(struct stemmer *s, int l, struct str v, struct buf *out)
{
	const char *p = v.p, *e = v.p + v.n;

	buf_reset(out);
	if (v.n == 0)
		return;
	for (;;) {
		const char *sp = memchr(p, ' ', (size_t)(e - p));

		if (sp == NULL)
			sp = e;
		stemmer_stem(s, l, p, (size_t)(sp - p), out);
		if (sp == e)
			break;
		buf_addc(out, ' ');
		p = sp + 1;
	}
}
