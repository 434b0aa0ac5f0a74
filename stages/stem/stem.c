/*
 * stem.c - Snowball stems for tokens, one per token.
 *
 * Reads column `tokens` (and `lang`, unless --lang names one language for
 * the whole stream) and writes `stems`: one Snowball stem per token, same
 * order (libstemmer).  Stemmers are made once per language; each distinct
 * token is stemmed once and remembered in a bounded cache.  Tokens in a
 * language without a stemmer pass through unchanged and are counted.
 */
#include <getopt.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>

#include "err.h"
#include "opt.h"
#include "rec.h"
#include "banned.h"

#define NLANG 64              /* languages with a stemmer slot */
#define CACHE_SLOTS (1 << 16) /* cache entries (a power of two) */
#define CACHE_BYTES (4u << 20) /* cache string pool; full means start over */

struct lang {
	char name[40];
	struct sb_stemmer *sb;   /* NULL: no stemmer for this language */
	unsigned long long nrec; /* records passed through unchanged */
};

struct entry {
	uint32_t hash, lang;
	uint32_t koff, klen, soff, slen; /* in pool; klen 0 = free */
};

static struct lang langs[NLANG];
static size_t nlangs;
static struct entry *cache;
static size_t ncache;
static struct buf pool;

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-stem [-h] [--list] [-l LANG] [FILE...]\n");
}

static uint32_t
hash(const char *s, size_t n, uint32_t h)
{
	while (n--)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

/* The language named v ("en", "en_GB", "english", "porter"): libstemmer
 * knows ISO 639 codes and Snowball names; a region is ignored. */
static struct lang *
get_lang(const char *v, size_t n)
{
	char name[40];
	size_t i, k;

	for (k = 0; k < n && k < sizeof name - 1 && v[k] != '_' && v[k] != '-';
	    k++)
		name[k] = (char)(v[k] >= 'A' && v[k] <= 'Z' ? v[k] + 32 : v[k]);
	name[k] = '\0';
	for (i = 0; i < nlangs; i++)
		if (strcmp(langs[i].name, name) == 0)
			return &langs[i];
	if (nlangs == NLANG)
		i = NLANG - 1; /* out of slots: the last one is shared */
	else
		i = nlangs++;
	sb_stemmer_delete(langs[i].sb);
	memset(&langs[i], 0, sizeof langs[i]);
	snprintf(langs[i].name, sizeof langs[i].name, "%s", name);
	if (name[0] && strlen(name) < sizeof name - 1)
		langs[i].sb = sb_stemmer_new(name, "UTF_8");
	return &langs[i];
}

/* The stem of token t[0..n) in language l, from the cache when seen. */
static void
stem(struct lang *l, const char *t, size_t n, struct buf *out)
{
	uint32_t li = (uint32_t)(l - langs), h = hash(t, n, 2166136261u ^ li);
	struct entry *e;
	const sb_symbol *s;
	size_t i;
	int len;

	for (i = h & (CACHE_SLOTS - 1);; i = (i + 1) & (CACHE_SLOTS - 1)) {
		e = &cache[i];
		if (e->klen == 0)
			break;
		if (e->hash == h && e->lang == li && e->klen == n &&
		    memcmp(pool.s + e->koff, t, n) == 0) {
			buf_add(out, pool.s + e->soff, e->slen);
			return;
		}
	}
	s = sb_stemmer_stem(l->sb, (const sb_symbol *)t, (int)n);
	len = s ? sb_stemmer_length(l->sb) : 0;
	if (len <= 0) { /* never write an empty entry: keep the token */
		s = (const sb_symbol *)t;
		len = (int)n;
	}
	buf_add(out, s, (size_t)len);
	if (n > 256)
		return; /* not worth keeping */
	if (ncache * 2 >= CACHE_SLOTS || pool.len + n + (size_t)len >
	    CACHE_BYTES) {
		/* full: forget everything (bounded memory beats LRU here) */
		memset(cache, 0, CACHE_SLOTS * sizeof *cache);
		ncache = 0;
		buf_reset(&pool);
		for (i = h & (CACHE_SLOTS - 1); cache[i].klen;
		    i = (i + 1) & (CACHE_SLOTS - 1))
			;
		e = &cache[i];
	}
	e->hash = h;
	e->lang = li;
	e->koff = (uint32_t)pool.len;
	e->klen = (uint32_t)n;
	buf_add(&pool, t, n);
	e->soff = (uint32_t)pool.len;
	e->slen = (uint32_t)len;
	buf_add(&pool, s, (size_t)len);
	ncache++;
}

/* Stems of the space-separated tokens in v onto out. */
static void
stem_list(struct lang *l, struct str v, struct buf *out)
{
	const char *p = v.p, *e = v.p + v.n;

	buf_reset(out);
	if (v.n == 0)
		return;
	for (;;) {
		const char *sp = memchr(p, ' ', (size_t)(e - p));
		size_t n;

		if (sp == NULL)
			sp = e;
		n = (size_t)(sp - p);
		/* emoji names (":crying_face:") are not words */
		if (l->sb == NULL || n == 0 || (p[0] == ':' && p[n - 1] == ':') ||
		    n > INT_MAX / 4)
			buf_add(out, p, n);
		else
			stem(l, p, n, out);
		if (sp == e)
			break;
		buf_addc(out, ' ');
		p = sp + 1;
	}
}

static void
free_langs(void)
{
	size_t i;

	for (i = 0; i < nlangs; i++)
		sb_stemmer_delete(langs[i].sb);
	nlangs = 0;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "lang", required_argument, NULL, 'l' },
		{ "list", no_argument, NULL, 'L' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const owned[] = { "stems" };
	const char *fixed = NULL;
	struct rec_reader r;
	struct rec_writer w;
	struct rec_plan pl;
	struct arena a;
	struct buf out = BUF_INIT;
	struct lang *l = NULL;
	int c, k, status = HARK_OK, tokcol, langcol = -1;
	unsigned long long npass = 0;
	size_t i;

	err_init("stem");
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hl:", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(stdout);
			close_stdout();
			return HARK_OK;
		case 'l':
			fixed = optarg;
			break;
		case 'L': {
			const char **list = sb_stemmer_list();

			while (*list)
				printf("%s\n", *list++);
			close_stdout();
			return HARK_OK;
		}
		default:
			opt_fail(c, argv, usage);
		}
	}
	if (fixed) {
		l = get_lang(fixed, strlen(fixed));
		if (l->sb == NULL) {
			err_msg("no stemmer for language '%s' (see --list)",
			    fixed);
			free_langs();
			return HARK_ETROUBLE;
		}
	}
	k = rec_open(&r, argv + optind, (size_t)(argc - optind), REC_NEED_ID);
	if (k < 0) {
		rec_report(&r);
		rec_close(&r);
		free_langs();
		return k == REC_FAIL ? HARK_ETROUBLE : HARK_EDATA;
	}
	tokcol = rec_col(&r, "tokens");
	if (!fixed)
		langcol = rec_col(&r, "lang");
	if (tokcol < 0 || (!fixed && langcol < 0)) {
		err_at(r.name, 1, tokcol < 0 ? "no column 'tokens' to stem "
		    "(run hark-tokenise first)" : "no column 'lang': name the "
		    "language with --lang");
		rec_close(&r);
		free_langs();
		return HARK_EDATA;
	}
	cache = xcalloc(CACHE_SLOTS, sizeof *cache);
	buf_init(&pool);
	buf_grow(&pool, CACHE_BYTES);
	buf_init(&out);
	arena_init(&a, 0);
	rec_writer_init(&w, 1);
	rec_plan_init(&pl, &r, owned, 1);
	rec_write_header(&w, &pl);
	while (rec_next(&r, &status)) {
		struct str val;

		if (langcol >= 0) {
			struct str lv = rec_get(&r, (size_t)langcol, &a);

			l = get_lang(lv.p, lv.n);
		}
		if (l->sb == NULL) {
			l->nrec++;
			npass++;
		}
		stem_list(l, rec_get(&r, (size_t)tokcol, &a), &out);
		val.p = out.s;
		val.n = out.len;
		rec_write(&w, &r, &pl, &val);
		arena_reset(&a);
	}
	rec_writer_close(&w);
	if (npass) {
		struct buf msg = BUF_INIT;

		for (i = 0; i < nlangs; i++)
			if (langs[i].sb == NULL && langs[i].nrec)
				buf_addf(&msg, "%s%s%s%s %llu", msg.len ? ", " :
				    "", langs[i].name[0] ? "'" : "no lang",
				    langs[i].name, langs[i].name[0] ? "'" : "",
				    langs[i].nrec);
		err_msg("%llu record%s in languages without a stemmer passed "
		    "through unchanged: %s", npass, npass == 1 ? "" : "s",
		    msg.s);
		buf_free(&msg);
	}
	free_langs();
	free(cache);
	buf_free(&pool);
	buf_free(&out);
	rec_plan_free(&pl);
	rec_close(&r);
	arena_free(&a);
	return status;
}
