/*
 * tokloop.c - the baseline for hark's token path in `make bench`: the
 * least a C program must do to find lexicon words in voice records with
 * ICU and Snowball, and nothing more.
 *
 *   tokloop LEXICON < STREAM
 *
 * For the `text` field of every record of a hark stream: UTF-8 to UTF-16,
 * ICU NFC normalisation, ICU word breaks (root locale), each word
 * case-folded (ICU) and back to UTF-8, its stem from a cache (Snowball
 * English on a miss), and one hash lookup of the stem in the set of the
 * lexicon's single-word entries (stemmed).  Prints the records, tokens and
 * hits.  No negation, phrases, globs, spans, escapes or output stream:
 * hark's `normalise | tag` does all of that besides, so the ratio of the
 * two per core is what hark's extra work costs.  Built and run by
 * bench/55-tokloop.sh; not part of hark, not installed.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

/* An open-addressing map from byte strings to a value string (the stem
 * cache) or to nothing (the lexicon set); cleared when half full. */
struct ent {
	char *k, *v;
	size_t kn, vn;
	uint64_t h;
};
struct map {
	struct ent *e;
	size_t cap, n;
};

static uint64_t
hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h ^ (h >> 29);
}

static void *
xmalloc(size_t n)
{
	void *p = malloc(n);

	if (p == NULL) {
		fputs("tokloop: out of memory\n", stderr);
		exit(2);
	}
	return p;
}

static char *
dup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

static void
map_init(struct map *m, size_t cap)
{
	m->cap = cap;
	m->n = 0;
	m->e = calloc(cap, sizeof *m->e);
	if (m->e == NULL)
		exit(2);
}

static void
map_clear(struct map *m)
{
	size_t i;

	for (i = 0; i < m->cap; i++) {
		free(m->e[i].k);
		free(m->e[i].v);
	}
	memset(m->e, 0, m->cap * sizeof *m->e);
	m->n = 0;
}

/* The entry of s[0..n): found, or an empty slot for it (k NULL). */
static struct ent *
map_slot(struct map *m, const char *s, size_t n, uint64_t h)
{
	size_t i = (size_t)h & (m->cap - 1);

	for (; m->e[i].k; i = (i + 1) & (m->cap - 1))
		if (m->e[i].h == h && m->e[i].kn == n &&
		    memcmp(m->e[i].k, s, n) == 0)
			break;
	return &m->e[i];
}

static struct sb_stemmer *sb;
static struct map cache, lex;

static const char *
stem(const char *s, size_t n, size_t *sn)
{
	uint64_t h = hash(s, n);
	struct ent *e = map_slot(&cache, s, n, h);
	const sb_symbol *st;

	if (e->k == NULL) {
		if (cache.n * 2 >= cache.cap) {
			map_clear(&cache);
			e = map_slot(&cache, s, n, h);
		}
		st = sb_stemmer_stem(sb, (const sb_symbol *)s, (int)n);
		e->k = dup(s, n);
		e->kn = n;
		e->h = h;
		e->vn = (size_t)sb_stemmer_length(sb);
		e->v = dup((const char *)st, e->vn);
		cache.n++;
	}
	*sn = e->vn;
	return e->v;
}

int
main(int argc, char **argv)
{
	UErrorCode st = U_ZERO_ERROR;
	const UNormalizer2 *nfc = unorm2_getNFCInstance(&st);
	UBreakIterator *bi = ubrk_open(UBRK_WORD, "", NULL, 0, &st);
	UChar *u = NULL, *v = NULL, f[256];
	char *line = NULL, tok[1024];
	size_t lcap = 0, ucap = 0, col = 0, i;
	unsigned long long nrec = 0, ntok = 0, nhit = 0;
	ssize_t got;
	FILE *fp;

	if (argc != 2 || U_FAILURE(st)) {
		fputs("usage: tokloop LEXICON < STREAM\n", stderr);
		return 2;
	}
	sb = sb_stemmer_new("english", "UTF_8");
	map_init(&cache, 1u << 18);
	map_init(&lex, 1u << 16);
	/* the lexicon's one-word entries: TAB word, no glob or rule */
	if ((fp = fopen(argv[1], "r")) == NULL)
		return 2;
	while ((got = getline(&line, &lcap, fp)) > 0) {
		size_t n = (size_t)got, sn;
		const char *s;
		struct ent *e;

		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			n--;
		if (n < 2 || line[0] != '\t' || strpbrk(line + 1, " *:?\"/~")
		    || lex.n * 2 >= lex.cap)
			continue;
		s = stem(line + 1, n - 1, &sn);
		e = map_slot(&lex, s, sn, hash(s, sn));
		if (e->k == NULL) {
			e->k = dup(s, sn);
			e->kn = sn;
			e->h = hash(s, sn);
			lex.n++;
		}
	}
	fclose(fp);
	/* the header: which field is text */
	if ((got = getline(&line, &lcap, stdin)) <= 0)
		return 1;
	{
		char *p = line, *t;

		for (col = 0; (t = strsep(&p, "\t\n")) && strcmp(t, "text");
		    col++)
			;
	}
	while ((got = getline(&line, &lcap, stdin)) > 0) {
		char *p = line, *end = line + got, *q;
		int32_t ul, vl, a, b;

		for (i = 0; i < col && p < end; i++) {
			q = memchr(p, '\t', (size_t)(end - p));
			p = q ? q + 1 : end;
		}
		q = p;
		while (q < end && *q != '\t' && *q != '\n')
			q++;
		nrec++;
		if ((size_t)(q - p) + 1 > ucap) {
			ucap = 2 * (size_t)(q - p) + 16;
			free(u);
			free(v);
			u = xmalloc(ucap * sizeof *u);
			v = xmalloc(2 * ucap * sizeof *v);
		}
		st = U_ZERO_ERROR;
		u_strFromUTF8Lenient(u, (int32_t)ucap, &ul, p,
		    (int32_t)(q - p), &st);
		vl = unorm2_normalize(nfc, u, ul, v, (int32_t)(2 * ucap), &st);
		ubrk_setText(bi, v, vl, &st);
		if (U_FAILURE(st))
			return 2;
		for (a = ubrk_first(bi); (b = ubrk_next(bi)) != UBRK_DONE;
		    a = b) {
			int32_t fl, tl;
			const char *s;
			size_t sn;

			if (ubrk_getRuleStatus(bi) < UBRK_WORD_NONE_LIMIT ||
			    b - a > 200)
				continue;
			st = U_ZERO_ERROR;
			fl = u_strFoldCase(f, 256, v + a, b - a,
			    U_FOLD_CASE_DEFAULT, &st);
			u_strToUTF8(tok, sizeof tok, &tl, f, fl, &st);
			if (U_FAILURE(st))
				continue;
			ntok++;
			s = stem(tok, (size_t)tl, &sn);
			nhit += map_slot(&lex, s, sn, hash(s, sn))->k != NULL;
		}
	}
	printf("%llu records, %llu tokens, %llu lexicon hits\n", nrec, ntok,
	    nhit);
	return 0;
}
