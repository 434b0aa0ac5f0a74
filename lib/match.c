/*
 * match.c - the tagging engine: a lexicon compiled into hash tables and
 * tries, run over one record's tokens at a time.
 *
 * Each token becomes a few symbols (its exact word, the globs and the stem
 * it matches); a trie over symbol sequences, entered only at tokens that
 * have a symbol, finds every word, glob, stem and phrase pattern.  Context
 * words (negators, hedges, clause breaks) are patterns of the same trie.
 * Candidates then go through the overlap policy, proximity rules and the
 * negation and hedge scopes of docs/tagging.md.  Scratch memory lives in
 * the matcher and is reused, so steady tagging does not allocate.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <libstemmer.h>

#include "emoji-cat.h"
#include "err.h"
#include "hash.h"
#include "match.h"
#include "banned.h"

#define SYM_GLOB (1u << 29)
#define SYM_STEM (2u << 29)
#define SYM_FORM (3u << 29)  /* a word by its stem (LEX_FORM) */
#define SYM_ECAT (4u << 29)  /* an emoji category (LEX_ECAT) */
#define MEMO_MAX (1u << 18)  /* distinct tokens remembered, then forgotten */
#define SYM_ANY 0xffffffffu

/* Pattern-trie node flags: the walk probes a node's edges only when it
 * has any, and the wildcard's edge only when it has that one. */
enum { N_KIDS = 1, N_ANY = 2 };

/* Token flags. */
enum {
	F_NEG = 1, F_HEDGE = 2, F_BREAK = 4,
	F_NEGSTART = 8,   /* first token of a negator (one per negator) */
	F_PSEUDO = 16,    /* inside a pseudo-negation: no negator */
	F_USED = 32,      /* a negator inside a kept tag: spent */
	F_POST = 64,      /* a negator that follows its term */
	F_POSTSTART = 128,
	F_CONC = 256,     /* a concord word (`concord` line) */
	F_AGREE = 512,    /* a negator in concord with the one before it */
	F_ELLIP = 1024    /* an ellipsis (`ellipsis` line: `but not`) */
};

/* Negative concord: at most this many tokens between two concord
 * negators that agree (`didn't get no help`). */
#define CONC_GAP 2

/* A map from 64-bit keys to 32-bit values (0 = absent), open addressing. */
struct map {
	uint64_t *k;
	uint32_t *v;
	size_t n, cap;      /* cap a power of two */
};

/* A token's symbol and the pattern-trie node it leads to from the root
 * (0 for none): found once, when the token is first seen, so a walk's
 * first step needs no probe. */
struct tsym {
	uint32_t s, root;
};

/* A slot of the memo's probe table: the token's hash, its memo index + 1
 * (0 for empty) and its length. */
struct mslot {
	uint64_t h;
	uint32_t id1, len;
};

struct cand {
	int pat;            /* pattern index, or a code (regex/proximity use
	                       the pattern index too) */
	int code;
	int grp;            /* overlap group: the code, or 0 for all */
	size_t f, l;
	size_t gf, gl;      /* a NEAR match: the tokens between its two
	                       sides (none when gf > gl) */
};

struct match {
	const struct lex *lx;
	int scope, window;
	struct hash words, stems;
	char **globs;       /* folded glob text, by glob id */
	size_t *globlen;
	size_t nglobs;
	struct map gedge;   /* glob prefix trie: (node << 8 | byte) -> child */
	uint32_t *ghead;    /* per glob-trie node: first glob + 1 */
	uint32_t *gnext;    /* per glob: next glob + 1 at the same node */
	size_t ngnodes;
	struct map edge;    /* pattern trie: (node << 32 | sym) -> child */
	uint32_t *acc;      /* per node: first accepted pattern + 1 */
	unsigned char *nflag; /* per node: N_KIDS, N_ANY */
	uint32_t *pnext;    /* per pattern: next pattern + 1 at that node */
	size_t nnodes;
	int *regex;         /* regex pattern indices */
	pcre2_code **re;
	size_t nre;
	pcre2_match_data *md;
	int *prox;          /* per pattern: the proximity rule a LEX_PART
	                       is side A of, or -1 */
	int has_prox;
	int has_ellipsis;
	/* a memo of each distinct token's symbols (word, globs, then word
	 * form and emoji categories), so a token is looked up, glob-walked
	 * and stemmed once: memo_at[k] is where token k's symbols start in
	 * msym, memo_pre[k] how many come before the `stems` column's
	 * symbol, memo_post[k] how many after */
	struct hash forms;  /* stems of LEX_FORM elements */
	struct sb_stemmer *sb;
	struct hash memo;   /* the tokens' bytes, by memo index */
	struct mslot *mtab; /* the memo's own probe table (see memo_find) */
	size_t nmtab;       /* a power of two, or 0 */
	uint32_t *memo_at, *memo_pre, *memo_post;
	size_t capmemo;
	struct tsym *msym;
	size_t nmsym, capmsym;
	uint32_t catmask;   /* categories the lexicon uses */
	int *bside;         /* per pattern: the rule a LEX_PART is a B of */
	int *rule;          /* per code: the code whose `passing` applies,
	                       or -1 */
	int has_except, has_passing, has_concord;
	size_t *exc;        /* scratch: exception candidates */
	size_t capexc;
	uint32_t rootany;   /* the root's wildcard child, or 0 */
	/* scratch, reused per record */
	struct tsym *sym;
	size_t nsym, capsym;
	uint32_t *symoff;   /* per token: its symbols sym[symoff[i]..[i+1]) */
	uint16_t *flags;
	uint32_t *sid;      /* per token: sentence number */
	uint32_t *stamp;    /* per token: the group that holds it */
	size_t captok;
	uint32_t *cur, *nxt;
	size_t capst;
	struct cand *cand;
	size_t ncand, capcand;
	size_t *ord;        /* scratch: candidates by sentence (proximity) */
	size_t capord;
	void *sortbuf;      /* scratch of the merge sorts */
	size_t capsort;
	struct match_tag *tags;
	size_t ntags, captags;
	size_t *tgap;       /* per tag: its candidate's gf, gl */
	size_t captgap;
	uint32_t stampgen;
};

static void
map_init(struct map *m)
{
	m->cap = 64;
	m->n = 0;
	m->k = xcalloc(m->cap, sizeof *m->k);
	m->v = xcalloc(m->cap, sizeof *m->v);
}

static void
map_free(struct map *m)
{
	free(m->k);
	free(m->v);
}

static inline size_t
map_slot(uint64_t k, size_t cap)
{
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdULL;
	k ^= k >> 33;
	return (size_t)k & (cap - 1);
}

static inline uint32_t
map_get(const struct map *m, uint64_t k)
{
	size_t i;

	for (i = map_slot(k, m->cap); m->v[i]; i = (i + 1) & (m->cap - 1))
		if (m->k[i] == k)
			return m->v[i];
	return 0;
}

static void
map_put(struct map *m, uint64_t k, uint32_t v)
{
	size_t i;

	if (2 * (m->n + 1) > m->cap) {
		struct map g;
		size_t j;

		g.cap = m->cap * 2;
		g.n = 0;
		g.k = xcalloc(g.cap, sizeof *g.k);
		g.v = xcalloc(g.cap, sizeof *g.v);
		for (j = 0; j < m->cap; j++)
			if (m->v[j])
				map_put(&g, m->k[j], m->v[j]);
		map_free(m);
		*m = g;
	}
	for (i = map_slot(k, m->cap); m->v[i]; i = (i + 1) & (m->cap - 1))
		if (m->k[i] == k) {
			m->v[i] = v;
			return;
		}
	m->k[i] = k;
	m->v[i] = v;
	m->n++;
}

int
match_glob(const char *g, size_t gn, const char *s, size_t n)
{
	size_t gi = 0, si = 0, gstar = (size_t)-1, sstar = 0;

	while (si < n) {
		if (gi < gn && g[gi] == '*') {
			gstar = gi++;
			sstar = si;
		} else if (gi < gn && g[gi] == '?') {
			gi++;
			si++;
			while (si < n && ((unsigned char)s[si] & 0xc0) == 0x80)
				si++;
		} else if (gi < gn && g[gi] == s[si]) {
			gi++;
			si++;
		} else if (gstar != (size_t)-1) {
			gi = gstar + 1;
			si = ++sstar;
			while (si < n && ((unsigned char)s[si] & 0xc0) == 0x80)
				si = ++sstar;
		} else
			return 0;
	}
	while (gi < gn && g[gi] == '*')
		gi++;
	return gi == gn;
}

static void
grow(void **p, size_t *cap, size_t need, size_t size)
{
	size_t c = *cap ? *cap : 16;

	if (need <= *cap)
		return;
	while (c < need)
		c = xmul(c, 2);
	*p = xrealloc(*p, xmul(c, size));
	*cap = c;
}

static uint32_t
glob_node(struct match *m, size_t node, unsigned char c)
{
	uint64_t k = ((uint64_t)node << 8 | c) + 1;
	uint32_t v = map_get(&m->gedge, k);
	size_t cap;

	if (v)
		return v;
	v = (uint32_t)m->ngnodes++;
	cap = m->ngnodes;
	m->ghead = xrealloc(m->ghead, xmul(cap, sizeof *m->ghead));
	m->ghead[v] = 0;
	map_put(&m->gedge, k, v);
	return v;
}

/* The symbol of element e, adding words, stems and globs as needed. */
static uint32_t
elem_sym(struct match *m, const struct lex_elem *e, struct sb_stemmer *sb)
{
	size_t n = strlen(e->s), i, node = 0, k;
	int added;

	switch (e->kind) {
	case LEX_ANY:
		return SYM_ANY;
	case LEX_STEM: {
		const sb_symbol *st = sb_stemmer_stem(sb, (const sb_symbol *)e->s,
		    (int)n);

		if (st == NULL)
			die(HARK_ETROUBLE, "out of memory");
		return SYM_STEM | (uint32_t)hash_intern(&m->stems, st,
		    (size_t)sb_stemmer_length(sb), NULL);
	}
	case LEX_FORM: {
		const sb_symbol *st = sb_stemmer_stem(m->sb,
		    (const sb_symbol *)e->s, (int)n);

		if (st == NULL)
			die(HARK_ETROUBLE, "out of memory");
		return SYM_FORM | (uint32_t)hash_intern(&m->forms, st,
		    (size_t)sb_stemmer_length(m->sb), NULL);
	}
	case LEX_ECAT: {
		int c = emoji_cat_find(e->s, n);

		m->catmask |= (uint32_t)1 << c;
		return SYM_ECAT | (uint32_t)c;
	}
	case LEX_GLOB:
		for (k = 0; k < m->nglobs; k++)
			if (strcmp(m->globs[k], e->s) == 0)
				return SYM_GLOB | (uint32_t)k;
		break;
	default:
		return (uint32_t)hash_intern(&m->words, e->s, n, &added);
	}
	/* A new glob, hung at the end of its literal prefix. */
	k = m->nglobs++;
	m->globs = xrealloc(m->globs, xmul(m->nglobs, sizeof *m->globs));
	m->globlen = xrealloc(m->globlen, xmul(m->nglobs, sizeof(size_t)));
	m->gnext = xrealloc(m->gnext, xmul(m->nglobs, sizeof *m->gnext));
	m->globs[k] = e->s;
	m->globlen[k] = n;
	for (i = 0; i < n && e->s[i] != '*' && e->s[i] != '?'; i++)
		node = glob_node(m, node, (unsigned char)e->s[i]);
	m->gnext[k] = m->ghead[node];
	m->ghead[node] = (uint32_t)k + 1;
	return SYM_GLOB | (uint32_t)k;
}

struct match *
match_new(const struct lex *lx, int scope, int window, char *err,
	  size_t errlen)
{
	struct match *m = xcalloc(1, sizeof *m);
	struct sb_stemmer *sb = NULL;
	size_t i, j;

	m->lx = lx;
	m->scope = scope;
	m->window = window < 0 ? lx->window : window;
	hash_init(&m->words);
	hash_init(&m->stems);
	hash_init(&m->forms);
	hash_init(&m->memo);
	map_init(&m->gedge);
	map_init(&m->edge);
	m->ngnodes = 1;
	m->ghead = xcalloc(1, sizeof *m->ghead);
	m->nnodes = 1;
	m->acc = xcalloc(1, sizeof *m->acc);
	m->nflag = xcalloc(1, sizeof *m->nflag);
	m->pnext = xcalloc(lx->npats + 1, sizeof *m->pnext);
	m->prox = xmalloc(xmul(lx->npats + 1, sizeof *m->prox));
	m->bside = xmalloc(xmul(lx->npats + 1, sizeof *m->bside));
	m->rule = xmalloc(xmul(lx->ncodes + 1, sizeof *m->rule));
	for (i = 0; i < lx->npats; i++)
		m->prox[i] = m->bside[i] = -1;
	for (i = 0; i < lx->ncodes; i++) {
		int c = (int)i;

		while (c >= 0 && lx->codes[c].cb.passing == 0)
			c = lx->codes[c].parent;
		m->rule[i] = c;
		m->has_passing |= c >= 0;
	}
	if (lx->nform) {
		const char *lang = lx->nlangs ? lx->langs[0] : "en";

		m->sb = sb_stemmer_new(lang, "UTF_8");
		if (m->sb == NULL) {
			snprintf(err, errlen, "no stemmer for language '%s' "
			    "(word patterns match by stem: mark them exact "
			    "with '=')", lang);
			match_free(m);
			return NULL;
		}
	}
	for (i = 0; i < lx->nelems; i++)
		if (lx->elems[i].kind == LEX_STEM) {
			const char *lang = lx->nlangs ? lx->langs[0] : "en";

			sb = sb_stemmer_new(lang, "UTF_8");
			if (sb == NULL) {
				snprintf(err, errlen, "no stemmer for language "
				    "'%s' (stem patterns need one)", lang);
				match_free(m);
				return NULL;
			}
			break;
		}
	for (i = 0; i < lx->npats; i++) {
		const struct lex_pat *p = &lx->pats[i];
		size_t node = 0;

		if (p->kind == LEX_REGEX && p->code >= 0) {
			int ec;
			PCRE2_SIZE eo;
			pcre2_code *re = pcre2_compile((PCRE2_SPTR)p->src + 1,
			    strlen(p->src) - 2, PCRE2_UTF | PCRE2_UCP |
			    PCRE2_CASELESS, &ec, &eo, NULL);

			if (re == NULL) {
				snprintf(err, errlen, "bad pattern '%s'",
				    p->src);
				sb_stemmer_delete(sb);
				match_free(m);
				return NULL;
			}
			pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
			m->re = xrealloc(m->re, xmul(m->nre + 1, sizeof *m->re));
			m->regex = xrealloc(m->regex,
			    xmul(m->nre + 1, sizeof *m->regex));
			m->re[m->nre] = re;
			m->regex[m->nre++] = (int)i;
			continue;
		}
		if (p->kind >= LEX_NEAR && p->code >= 0) {
			int k;

			for (k = 0; k < (p->nalt_a ? p->nalt_a : 1); k++)
				m->prox[p->a + k] = (int)i;
			for (k = 0; k < (p->nalt_b ? p->nalt_b : 1); k++)
				m->bside[p->b + k] = (int)i;
			m->has_prox = 1;
			continue;
		}
		m->has_except |= p->code == LEX_EXCEPT;
		m->has_concord |= p->code == LEX_CONCORD;
		m->has_ellipsis |= p->code == LEX_ELLIPSIS;
		if (p->kind != LEX_TOKENS || p->ne == 0)
			continue;
		for (j = 0; j < p->ne; j++) {
			uint32_t s = elem_sym(m, &lx->elems[p->e0 + j], sb);
			uint64_t k = (uint64_t)node << 32 | s;
			uint32_t c = map_get(&m->edge, k);

			if (c == 0) {
				c = (uint32_t)m->nnodes++;
				m->acc = xrealloc(m->acc,
				    xmul(m->nnodes, sizeof *m->acc));
				m->acc[c] = 0;
				m->nflag = xrealloc(m->nflag,
				    xmul(m->nnodes, sizeof *m->nflag));
				m->nflag[c] = 0;
				m->nflag[node] |= N_KIDS |
				    (s == SYM_ANY ? N_ANY : 0);
				map_put(&m->edge, k, c);
			}
			node = c;
		}
		m->pnext[i] = m->acc[node];
		m->acc[node] = (uint32_t)i + 1;
	}
	sb_stemmer_delete(sb);
	if (m->nflag[0] & N_ANY)
		m->rootany = map_get(&m->edge, SYM_ANY);
	if (m->nre)
		m->md = pcre2_match_data_create(16, NULL);
	return m;
}

void
match_free(struct match *m)
{
	size_t i;

	if (m == NULL)
		return;
	hash_free(&m->words);
	hash_free(&m->stems);
	hash_free(&m->forms);
	hash_free(&m->memo);
	free(m->mtab);
	sb_stemmer_delete(m->sb);
	free(m->memo_at);
	free(m->memo_pre);
	free(m->memo_post);
	free(m->msym);
	free(m->bside);
	free(m->exc);
	free(m->rule);
	free(m->globs);
	free(m->globlen);
	map_free(&m->gedge);
	free(m->ghead);
	free(m->gnext);
	map_free(&m->edge);
	free(m->acc);
	free(m->nflag);
	free(m->pnext);
	for (i = 0; i < m->nre; i++)
		pcre2_code_free(m->re[i]);
	free(m->re);
	free(m->regex);
	pcre2_match_data_free(m->md);
	free(m->prox);
	free(m->sym);
	free(m->symoff);
	free(m->flags);
	free(m->sid);
	free(m->stamp);
	free(m->cur);
	free(m->nxt);
	free(m->cand);
	free(m->ord);
	free(m->sortbuf);
	free(m->tags);
	free(m->tgap);
	free(m);
}

int
match_needs_stems(const struct match *m)
{
	return m->lx->nstem > 0;
}

int
match_needs_text(const struct match *m)
{
	return m->nre > 0;
}

static inline void
add_cand(struct match *m, int pat, int code, size_t f, size_t l)
{
	if (m->ncand == m->capcand)
		grow((void **)&m->cand, &m->capcand, m->ncand + 1,
		    sizeof *m->cand);
	m->cand[m->ncand].pat = pat;
	m->cand[m->ncand].code = code;
	m->cand[m->ncand].grp = 0;
	m->cand[m->ncand].f = f;
	m->cand[m->ncand].l = l;
	m->cand[m->ncand].gf = 1;
	m->cand[m->ncand].gl = 0;
	m->ncand++;
}

/* Append s to the memo's symbol pool. */
static inline void
memo_sym(struct match *m, uint32_t s)
{
	if (m->nmsym == UINT32_MAX)
		die(HARK_ETROUBLE, "too many distinct token symbols");
	if (m->nmsym == m->capmsym)
		grow((void **)&m->msym, &m->capmsym, m->nmsym + 1,
		    sizeof *m->msym);
	m->msym[m->nmsym].s = s;
	m->msym[m->nmsym++].root = map_get(&m->edge, s);
}

/* The hash of a token for the memo's probe table: hash_bytes() in short,
 * inlined here (the memo is probed once a token; nothing outside this
 * file sees the value). */
static inline uint64_t
memo_hash(const char *s, size_t n)
{
	uint64_t v = 0x9e3779b97f4a7c15ULL ^ (uint64_t)n, w;
	unsigned char t[8] = { 0 };

	for (; n >= 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		v = (v ^ w) * 0xbf58476d1ce4e5b9ULL;
		v ^= v >> 31;
	}
	switch (n) {
	case 7: t[6] = (unsigned char)s[6]; /* FALLTHROUGH */
	case 6: t[5] = (unsigned char)s[5]; /* FALLTHROUGH */
	case 5: t[4] = (unsigned char)s[4]; /* FALLTHROUGH */
	case 4: t[3] = (unsigned char)s[3]; /* FALLTHROUGH */
	case 3: t[2] = (unsigned char)s[2]; /* FALLTHROUGH */
	case 2: t[1] = (unsigned char)s[1]; /* FALLTHROUGH */
	case 1: t[0] = (unsigned char)s[0];
		memcpy(&w, t, 8);
		v = (v ^ w) * 0xbf58476d1ce4e5b9ULL;
		v ^= v >> 31;
		break;
	default:
		break;
	}
	v ^= v >> 33;
	v *= 0xff51afd7ed558ccdULL;
	v ^= v >> 33;
	return v;
}

/* The memo index of token s[0..n) with hash h, or -1; *at is the empty
 * slot where it would go. */
static inline long
memo_find(const struct match *m, const char *s, size_t n, uint64_t h,
	  size_t *at)
{
	size_t i, mask = m->nmtab - 1;

	if (m->nmtab == 0) {
		*at = 0;
		return -1;
	}
	for (i = (size_t)h & mask; m->mtab[i].id1; i = (i + 1) & mask) {
		const struct mslot *e = &m->mtab[i];

		if (e->h == h && e->len == n && memcmp(m->memo.keys.s +
		    m->memo.ent[e->id1 - 1].off, s, n) == 0)
			return (long)e->id1 - 1;
	}
	*at = i;
	return -1;
}

/* Put memo index k (token s[0..n), hash h) in the probe table, which
 * grows to keep at most half its slots full. */
static void
memo_put(struct match *m, const char *s, size_t n, uint64_t h, size_t k)
{
	size_t at = 0, i, j, mask;

	if (2 * (m->memo.count + 1) > m->nmtab) {
		struct mslot *old = m->mtab;
		size_t nold = m->nmtab;

		m->nmtab = nold ? xmul(nold, 2) : 1024;
		m->mtab = xcalloc(m->nmtab, sizeof *m->mtab);
		mask = m->nmtab - 1;
		for (j = 0; j < nold; j++) {
			if (old[j].id1 == 0)
				continue;
			for (i = (size_t)old[j].h & mask; m->mtab[i].id1;
			    i = (i + 1) & mask)
				;
			m->mtab[i] = old[j];
		}
		free(old);
	}
	memo_find(m, s, n, h, &at);
	m->mtab[at].h = h;
	m->mtab[at].id1 = (uint32_t)k + 1;
	m->mtab[at].len = (uint32_t)n;
}

/* The memo entry of token s[0..n): its symbols from the lexicon's words
 * and globs, then from its stem (word forms) and emoji categories,
 * computed on first sight; they depend on the token's bytes only.  The
 * memo is forgotten when it holds MEMO_MAX tokens, so memory stays
 * bounded. */
static size_t
memo(struct match *m, const char *s, size_t n)
{
	uint64_t h = memo_hash(s, n);
	size_t k, j, node = 0, at;
	long id = memo_find(m, s, n, h, &at);
	uint32_t g, cats;
	long w;

	if (id >= 0)
		return (size_t)id;
	if (n > UINT32_MAX)
		die(HARK_ETROUBLE, "token too long to tag (%zu bytes)", n);
	if (m->memo.count >= MEMO_MAX) {
		hash_free(&m->memo);
		hash_init(&m->memo);
		if (m->nmtab)
			memset(m->mtab, 0, m->nmtab * sizeof *m->mtab);
		m->nmsym = 0;
	}
	k = hash_intern(&m->memo, s, n, NULL);
	memo_put(m, s, n, h, k);
	if (k >= m->capmemo) {
		size_t cap = m->capmemo;

		grow((void **)&m->memo_at, &cap, k + 1, sizeof *m->memo_at);
		cap = m->capmemo;
		grow((void **)&m->memo_pre, &cap, k + 1, sizeof *m->memo_pre);
		cap = m->capmemo;
		grow((void **)&m->memo_post, &cap, k + 1,
		    sizeof *m->memo_post);
		m->capmemo = cap;
	}
	at = m->nmsym;
	m->memo_at[k] = (uint32_t)at;
	if ((w = hash_find(&m->words, s, n)) >= 0)
		memo_sym(m, (uint32_t)w);
	if (m->nglobs) {
		for (j = 0;; j++) {
			for (g = m->ghead[node]; g; g = m->gnext[g - 1])
				if (match_glob(m->globs[g - 1],
				    m->globlen[g - 1], s, n))
					memo_sym(m, SYM_GLOB | (g - 1));
			if (j == n)
				break;
			node = map_get(&m->gedge,
			    ((uint64_t)node << 8 | (unsigned char)s[j]) + 1);
			if (node == 0)
				break;
		}
	}
	m->memo_pre[k] = (uint32_t)(m->nmsym - at);
	at = m->nmsym;
	if (m->forms.count && m->sb && n < 256) {
		const sb_symbol *st = sb_stemmer_stem(m->sb,
		    (const sb_symbol *)s, (int)n);
		long f;

		if (st == NULL)
			die(HARK_ETROUBLE, "out of memory");
		f = hash_find(&m->forms, st, (size_t)sb_stemmer_length(m->sb));
		if (f >= 0)
			memo_sym(m, SYM_FORM | (uint32_t)f);
	}
	if (m->catmask && n > 2 && s[0] == ':') {
		cats = emoji_cat_of(s, n) & m->catmask;
		for (j = 0; cats; j++, cats >>= 1)
			if (cats & 1)
				memo_sym(m, SYM_ECAT | (uint32_t)j);
	}
	m->memo_post[k] = (uint32_t)(m->nmsym - at);
	return k;
}

/* The symbols of every token. */
static void
symbols(struct match *m, const struct match_rec *in)
{
	size_t i, j;

	m->nsym = 0;
	for (i = 0; i < in->ntok; i++) {
		size_t k = memo(m, in->toks[i].p, in->toks[i].n);
		const struct tsym *ms;
		uint32_t npre = m->memo_pre[k], npost = m->memo_post[k];
		long w;

		m->symoff[i] = (uint32_t)m->nsym;
		if (m->nsym + npre + npost + 1 > m->capsym) {
			if (m->nsym + npre + npost + 1 > UINT32_MAX)
				die(HARK_ETROUBLE, "record too large to tag");
			grow((void **)&m->sym, &m->capsym,
			    m->nsym + npre + npost + 1, sizeof *m->sym);
		}
		ms = m->msym + m->memo_at[k];
		for (j = 0; j < npre; j++)
			m->sym[m->nsym++] = ms[j];
		if (in->stems && m->stems.count &&
		    (w = hash_find(&m->stems, in->stems[i].p, in->stems[i].n))
		    >= 0)
		{
			m->sym[m->nsym].s = SYM_STEM | (uint32_t)w;
			m->sym[m->nsym++].root = map_get(&m->edge,
			    SYM_STEM | (uint32_t)w);
		}
		for (j = 0; j < npost; j++)
			m->sym[m->nsym++] = ms[npre + j];
	}
	m->symoff[in->ntok] = (uint32_t)m->nsym;
}

/* Make room in cur and nxt for most states. */
static void
grow_states(struct match *m, uint64_t most)
{
	size_t cap = m->capst;

	/* states are distinct trie nodes */
	if (most > m->nnodes)
		most = m->nnodes;
	grow((void **)&m->nxt, &cap, (size_t)most, sizeof *m->nxt);
	cap = m->capst;
	grow((void **)&m->cur, &cap, (size_t)most, sizeof *m->cur);
	m->capst = cap;
}

/* The walk reached node c over tokens i..j: keep it for the next token
 * when it has children (a leaf goes no further), and make candidates of
 * the patterns it accepts. */
static inline void
reach(struct match *m, uint32_t c, size_t i, size_t j, int lang,
      size_t *nnxt)
{
	uint32_t a;

	if (m->nflag[c] & N_KIDS)
		m->nxt[(*nnxt)++] = c;
	for (a = m->acc[c]; a; a = m->pnext[a - 1]) {
		const struct lex_pat *p = &m->lx->pats[a - 1];

		if (p->code >= 0 || p->code == LEX_PART ||
		    p->code == LEX_EXCEPT || p->lang == lang)
			add_cand(m, (int)a - 1, p->code, i, j);
	}
}

/* Walk the pattern trie from every token that has a symbol.  The first
 * step from the root reads each symbol's child found in memo(); later
 * steps probe the edge map, the wildcard's edge only where there is one. */
static void
walk(struct match *m, const struct match_rec *in, int lang)
{
	size_t i, j, k, q, ncur, nnxt;

	for (i = 0; i < in->ntok; i++) {
		size_t b0 = m->symoff[i], e0 = m->symoff[i + 1];

		if (b0 == e0)
			continue;
		if (e0 - b0 + 1 > m->capst)
			grow_states(m, e0 - b0 + 1);
		nnxt = 0;
		for (k = b0; k < e0; k++)
			if (m->sym[k].root)
				reach(m, m->sym[k].root, i, i, lang, &nnxt);
		if (m->rootany)
			reach(m, m->rootany, i, i, lang, &nnxt);
		for (j = i + 1; j < in->ntok && nnxt; j++) {
			uint64_t most;
			uint32_t *t = m->cur;

			m->cur = m->nxt;
			m->nxt = t;
			ncur = nnxt;
			/* each state by each symbol and the wildcard; both
			 * factors below 2^32 */
			most = (uint64_t)ncur * (m->symoff[j + 1] -
			    m->symoff[j] + 1);
			if (most > m->capst)
				grow_states(m, most);
			nnxt = 0;
			for (q = 0; q < ncur; q++) {
				uint32_t node = m->cur[q];
				uint64_t base = (uint64_t)node << 32;
				size_t e = m->symoff[j + 1];
				uint32_t c;

				for (k = m->symoff[j]; k < e; k++)
					if ((c = map_get(&m->edge,
					    base | m->sym[k].s)) != 0)
						reach(m, c, i, j, lang, &nnxt);
				if ((m->nflag[node] & N_ANY) &&
				    (c = map_get(&m->edge, base | SYM_ANY)) != 0)
					reach(m, c, i, j, lang, &nnxt);
			}
		}
	}
}

/* Sentence numbers from the gaps between token spans: a gap holding
 * . ! ? ; or a line break ends a sentence.  A run of SENT_MAX tokens with
 * no end (a record with no punctuation at all, or tokens without spans)
 * is cut there: no rule reaches that far, and proximity rules cost the
 * square of a sentence's matches. */
#define SENT_MAX 1000
static void
sentences(struct match *m, const struct match_rec *in)
{
	size_t i, s = 0, b, start = 0;

	for (i = 0; i < in->ntok; i++) {
		if (i > 0 && in->start && in->text) {
			for (b = in->end[i - 1]; b < in->start[i] &&
			    b < in->ntext; b++) {
				char c = in->text[b];

				if (c == '.' || c == '!' || c == '?' ||
				    c == ';' || c == '\n') {
					s++;
					start = i;
					break;
				}
			}
		}
		if (i - start >= SENT_MAX) {
			s++;
			start = i;
		}
		m->sid[i] = (uint32_t)s;
	}
}

static int
cmp_len(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	size_t lx = x->l - x->f, ly = y->l - y->f;

	if (x->grp != y->grp)
		return x->grp < y->grp ? -1 : 1;
	if (lx != ly)
		return lx > ly ? -1 : 1;
	if (x->f != y->f)
		return x->f < y->f ? -1 : 1;
	if (x->code != y->code)
		return x->code < y->code ? -1 : 1;
	return (x->pat > y->pat) - (x->pat < y->pat);
}

static int
cmp_tag(const void *a, const void *b)
{
	const struct match_tag *x = a, *y = b;

	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	if (x->last != y->last)
		return x->last < y->last ? -1 : 1;
	return (x->code > y->code) - (x->code < y->code);
}

static const struct match *ord_m;

/* Candidates by sentence, then in the order they were found. */
static int
cmp_ord(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;
	uint32_t sa = ord_m->sid[ord_m->cand[a].f];
	uint32_t sb = ord_m->sid[ord_m->cand[b].f];

	if (sa != sb)
		return sa < sb ? -1 : 1;
	return (a > b) - (a < b);
}

/*
 * Sorts typed for what they sort, with the comparison inlined: an
 * insertion sort for the few elements a record mostly has, a merge sort
 * (scratch in the match) past that.  glibc's qsort called the comparison
 * through a pointer and allocated: 4% of tag.  Every comparison here is a
 * total order on what it sorts, so any sort gives the same order.
 */
#define TYPED_SORT(name, T, cmp)                                              \
static void                                                                   \
name##_rec(T *a, T *t, size_t n)                                              \
{                                                                             \
	size_t h, i, j, k;                                                    \
                                                                              \
	if (n <= 16) {                                                        \
		for (i = 1; i < n; i++) {                                     \
			T x = a[i];                                           \
                                                                              \
			for (j = i; j > 0 && cmp(&a[j - 1], &x) > 0; j--)     \
				a[j] = a[j - 1];                              \
			a[j] = x;                                             \
		}                                                             \
		return;                                                       \
	}                                                                     \
	h = n / 2;                                                            \
	name##_rec(a, t, h);                                                  \
	name##_rec(a + h, t, n - h);                                          \
	if (cmp(&a[h - 1], &a[h]) <= 0)                                       \
		return;                                                       \
	memcpy(t, a, h * sizeof *a);                                          \
	for (i = 0, j = h, k = 0; i < h; k++)                                 \
		a[k] = j < n && cmp(&a[j], &t[i]) < 0 ? a[j++] : t[i++];      \
}                                                                             \
                                                                              \
static void                                                                   \
name(struct match *m, T *a, size_t n)                                         \
{                                                                             \
	if (n < 2)                                                            \
		return;                                                       \
	if (n > 16)                                                           \
		grow(&m->sortbuf, &m->capsort, xmul(n / 2 + 1, sizeof *a), 1);  \
	name##_rec(a, m->sortbuf, n);                                         \
}

TYPED_SORT(sort_cands, struct cand, cmp_len)
TYPED_SORT(sort_tags, struct match_tag, cmp_tag)
TYPED_SORT(sort_ord, size_t, cmp_ord)

/* Proximity rules: each match of a side A against the matches of its B in
 * the same sentence (only those can count: so a long record costs the sum
 * over its sentences, not the square of its matches). */
static void
proximity(struct match *m)
{
	size_t i, j, k, n = m->ncand, nb = 0, bot, top, s0, e0;

	if (n == 0)
		return;
	/* ord: the candidates that can be a side B, the only ones looked
	 * for below (most candidates are context words) */
	grow((void **)&m->ord, &m->capord, n, sizeof *m->ord);
	for (i = 0; i < n; i++) {
		const struct cand *b = &m->cand[i];

		if (b->pat >= 0 && m->bside[b->pat] >= 0 &&
		    m->lx->pats[b->pat].code == LEX_PART)
			m->ord[nb++] = i;
	}
	ord_m = m;
	sort_ord(m, m->ord, nb);
	for (i = 0; i < n; i++) {
		const struct lex_pat *p;
		struct cand a = m->cand[i];
		int r = a.pat >= 0 ? m->prox[a.pat] : -1, found = 0;
		uint32_t sa;

		if (r < 0 || m->lx->pats[a.pat].code != LEX_PART)
			continue;
		p = &m->lx->pats[r];
		/* the run of ord in a's sentence */
		sa = m->sid[a.f];
		bot = 0;
		top = nb;
		while (bot < top) {
			size_t mid = bot + (top - bot) / 2;

			if (m->sid[m->cand[m->ord[mid]].f] < sa)
				bot = mid + 1;
			else
				top = mid;
		}
		s0 = bot;
		for (e0 = s0; e0 < nb && m->sid[m->cand[m->ord[e0]].f] == sa;
		    e0++)
			;
		for (k = s0; k < e0; k++) {
			struct cand b;

			j = m->ord[k];
			b = m->cand[j];

			if (b.pat < 0 || m->bside[b.pat] != r ||
			    m->lx->pats[b.pat].code != LEX_PART ||
			    m->sid[b.f] != m->sid[a.f])
				continue;
			if (p->kind == LEX_NEAR) {
				size_t lo = a.f < b.f ? a.l : b.l;
				size_t hi = a.f < b.f ? b.f : a.f;

				if (hi <= lo || hi - lo - 1 > (size_t)p->dist)
					continue;
				add_cand(m, r, p->code, a.f < b.f ? a.f : b.f,
				    a.l > b.l ? a.l : b.l);
				m->cand[m->ncand - 1].gf = lo + 1;
				m->cand[m->ncand - 1].gl = hi - 1;
				break;
			}
			if (b.l < a.f) {
				found = 1;
				break;
			}
		}
		if (p->kind == LEX_AFTER && found)
			add_cand(m, r, p->code, a.f, a.l);
		if (p->kind == LEX_NOTAFTER && !found)
			add_cand(m, r, p->code, a.f, a.l);
	}
}

/* Regular expressions over the text, mapped to the tokens they cover. */
static void
regexes(struct match *m, const struct match_rec *in)
{
	size_t r;

	if (in->text == NULL || in->start == NULL || in->ntok == 0)
		return;
	for (r = 0; r < m->nre; r++) {
		PCRE2_SIZE off = 0, *ov;
		int rc;

		while (off <= in->ntext && (rc = pcre2_match(m->re[r],
		    (PCRE2_SPTR)in->text, in->ntext, off, 0, m->md, NULL)) > 0) {
			size_t s, e, f = 0, l;

			ov = pcre2_get_ovector_pointer(m->md);
			s = ov[0];
			e = ov[1];
			off = e > s ? e : e + 1;
			while (off < in->ntext &&
			    ((unsigned char)in->text[off] & 0xc0) == 0x80)
				off++;
			while (f < in->ntok && in->end[f] <= s)
				f++;
			if (f == in->ntok || in->start[f] >= e)
				continue;
			for (l = f; l + 1 < in->ntok && in->start[l + 1] < e; l++)
				;
			add_cand(m, m->regex[r], m->lx->pats[m->regex[r]].code,
			    f, l);
		}
	}
}

/* Negative concord (`don't never`, `didn't get no help`, `never nobody`):
 * a negator whose first token holds a concord word, at most CONC_GAP
 * tokens after the end of another such negator in the same clause
 * (same sentence, no break between), agrees with it: the run negates
 * once.  `not` is left out of the concord words, so `never not` and
 * `not like nobody` stay double negations. */
static void
concord(struct match *m, size_t n)
{
	size_t k, end = 0;
	int prev = 0; /* the last negator seen was a concord word */

	for (k = 0; k < n; k++) {
		unsigned fl = m->flags[k];

		if ((k > 0 && m->sid[k] != m->sid[k - 1]) || (fl & F_BREAK))
			prev = 0;
		if (fl & F_NEGSTART) {
			int c = (fl & F_CONC) != 0;

			if (c && prev && k - end - 1 <= CONC_GAP)
				m->flags[k] |= F_AGREE;
			prev = c;
			end = k;
		} else if ((fl & F_NEG) && prev && end + 1 == k)
			end = k; /* the rest of a phrase negator */
	}
}

/* A run in concord is spent as a whole when any of its negators is
 * spent inside a kept tag (`don't never listen` said by a tag holding
 * `never`). */
static void
concord_spent(struct match *m, size_t n)
{
	size_t k, head = 0;
	int used = 0, run = 0;

	for (k = 0; k <= n; k++) {
		unsigned fl = k < n ? m->flags[k] : F_NEGSTART;

		if (!(fl & F_NEGSTART))
			continue;
		if (k < n && (fl & F_AGREE)) {
			run = 1;
			used |= (fl & F_USED) != 0;
			continue;
		}
		if (run && used) { /* close the run head..k-1 */
			size_t j;

			for (j = head; j < k; j++)
				if (m->flags[j] & F_NEGSTART)
					m->flags[j] |= F_USED;
		}
		head = k;
		run = 0;
		used = k < n && (fl & F_USED) != 0;
	}
}

/* Negated: an odd number of negators (double negation undone) within
 * the window before the match, or of post-negators within the window
 * after it, in the same sentence, with no clause break between; a
 * negator inside a pseudo-negation (`no doubt`) or already spent inside
 * a kept tag does not count, and one of several tokens (`no longer`)
 * counts once.  A negator between the two sides of a NEAR match (gf..gl)
 * counts too, unless a clause break stands there.  Uncertain: a hedge within the window before or after,
 * under the same limits. */
static void
scope(struct match *m, struct match_tag *t, size_t gf, size_t gl,
      size_t ntok)
{
	size_t k, w = (size_t)m->window;
	unsigned nneg = 0;

	/* between the sides of a NEAR match, in one clause */
	for (k = gf; k <= gl; k++)
		if (m->flags[k] & F_BREAK)
			break;
	if (k > gl)
		for (k = gf; k <= gl; k++)
			if ((m->flags[k] & F_NEGSTART) &&
			    !(m->flags[k] & (F_USED | F_AGREE)))
				nneg++;

	for (k = t->first; k > 0 && t->first - k < w; k--) {
		unsigned fl = m->flags[k - 1];

		if (m->sid[k - 1] != m->sid[t->first] || (fl & F_BREAK))
			break;
		if ((fl & F_NEGSTART) && !(fl & (F_USED | F_AGREE)))
			nneg++;
		if (fl & F_HEDGE)
			t->uncertain = 1;
	}
	for (k = t->last + 1; k < ntok && k - t->last <= w; k++) {
		unsigned fl = m->flags[k];

		if (m->sid[k] != m->sid[t->last] || (fl & F_BREAK))
			break;
		if ((fl & F_POSTSTART) && !(fl & F_USED))
			nneg++;
		if (fl & F_HEDGE)
			t->uncertain = 1;
	}
	t->negated = (int)(nneg & 1);
}

/* 1 when the text between tokens a and a + 1 holds one of the bytes of
 * set (the end of the text after the last token). */
static int
gap_has(const struct match_rec *in, size_t a, const char *set)
{
	size_t b, e = a + 1 < in->ntok ? in->start[a + 1] : in->ntext;

	for (b = in->end[a]; b < e && b < in->ntext; b++)
		if (in->text[b] != '\0' && strchr(set, in->text[b]))
			return 1;
	return a + 1 >= in->ntok;
}

/* A bare answer to a question: a sentence ending in `?` followed by one
 * that opens (after a label such as `A:`) with a negator or a hedge that
 * stands alone, up to a comma or the sentence's end (`Q: Do you feel
 * safe? A: no`, `A: not really, ...`, `A: maybe.`).  A negator answer
 * negates every tag of the question once more (so `Do you ever feel
 * unsafe? No` is not unsafe); a hedge makes them uncertain. */
static void
answers(struct match *m, const struct match_rec *in)
{
	size_t n = in->ntok, k, a, e, i;
	unsigned fl, what;

	if (!in->start || !in->text)
		return;
	for (k = 1; k < n; k++) {
		if (m->sid[k] == m->sid[k - 1] || !gap_has(in, k - 1, "?"))
			continue;
		a = k; /* a one-word label ending in a colon */
		if (a + 1 < n && m->sid[a + 1] == m->sid[a] &&
		    gap_has(in, a, ":"))
			a++;
		fl = m->flags[a];
		if (fl & (F_NEGSTART | F_POSTSTART))
			what = F_NEG | F_POST;
		else if (fl & F_HEDGE)
			what = F_HEDGE;
		else
			continue;
		for (e = a; e + 1 < n && m->sid[e + 1] == m->sid[a] &&
		    (m->flags[e + 1] & what) &&
		    !(m->flags[e + 1] & (F_NEGSTART | F_POSTSTART)); e++)
			;
		if (e + 1 < n && m->sid[e + 1] == m->sid[a] &&
		    !gap_has(in, e, ",:") && !(m->flags[e + 1] & F_BREAK))
			continue; /* not alone: `nobody asked me` */
		for (i = 0; i < m->ntags; i++)
			if (m->sid[m->tags[i].first] == m->sid[k - 1]) {
				if (what == F_HEDGE)
					m->tags[i].uncertain = 1;
				else
					m->tags[i].negated ^= 1;
			}
	}
}

/* Ellipsis: a contrast that leaves its predicate out (an `ellipsis`
 * line: `I feel safe at home but not at school`, `I trust my PA but
 * never the police`) denies the last match of a code with a polarity
 * before it in the sentence: when words follow the ellipsis in its
 * clause (up to the next break other than its own words, or the
 * sentence's end) and no tag of a polar code starts there, that match's
 * code is tagged again on the ellipsis, negated once more, so the record
 * has both sides. */
static void
ellipsis(struct match *m, size_t n)
{
	const struct lex *lx = m->lx;
	size_t k, e, c, i, nt = m->ntags, prev;

	for (k = 0; k < n; k++) {
		if (!(m->flags[k] & F_ELLIP) ||
		    (k > 0 && (m->flags[k - 1] & F_ELLIP) &&
		    m->sid[k - 1] == m->sid[k]))
			continue;
		for (e = k; e + 1 < n && (m->flags[e + 1] & F_ELLIP) &&
		    m->sid[e + 1] == m->sid[k]; e++)
			;
		for (c = e; c + 1 < n && m->sid[c + 1] == m->sid[k] &&
		    !(m->flags[c + 1] & F_BREAK); c++)
			;
		if (c == e)
			continue; /* nothing left out: `but not because` */
		prev = nt;
		for (i = 0; i < nt; i++) {
			const struct match_tag *t = &m->tags[i];

			if (lx->codes[t->code].polarity < 0)
				continue;
			if (t->first >= k && t->first <= c)
				break; /* the clause says its own */
			if (t->last < k && m->sid[t->first] == m->sid[k] &&
			    (prev == nt || t->first > m->tags[prev].first))
				prev = i;
		}
		if (i < nt || prev == nt)
			continue;
		if (m->ntags == m->captags)
			grow((void **)&m->tags, &m->captags, m->ntags + 1,
			    sizeof *m->tags);
		m->tags[m->ntags] = m->tags[prev];
		m->tags[m->ntags].first = k;
		m->tags[m->ntags].last = e;
		m->tags[m->ntags].negated ^= 1;
		m->ntags++;
	}
}

/* 1 when an exception candidate overlaps c and blocks its code (it is
 * the exception's owner or under it, or the exception is for all). */
static int
excepted(const struct match *m, const struct cand *c, const size_t *exc,
	 size_t nexc)
{
	size_t i;

	for (i = 0; i < nexc; i++) {
		const struct cand *e = &m->cand[exc[i]];
		int o = m->lx->pats[e->pat].owner, x;

		if (e->l < c->f || e->f > c->l)
			continue;
		if (o < 0)
			return 1;
		for (x = c->code; x >= 0; x = m->lx->codes[x].parent)
			if (x == o)
				return 1;
	}
	return 0;
}

/* The `passing` rule: in a record in the third person (more third- than
 * first-person words), a code with `passing: N` (or under one) keeps its
 * tags only when the record has N of them. */
static void
passing(struct match *m, int person1, int person3)
{
	const struct lex *lx = m->lx;
	size_t i, j;

	if (person3 <= person1)
		return;
	for (i = j = 0; i < m->ntags; i++) {
		int r = m->rule[m->tags[i].code];
		size_t k, n = 0;

		if (r >= 0) {
			for (k = 0; k < m->ntags; k++)
				n += m->rule[m->tags[k].code] == r;
			if (n < (size_t)lx->codes[r].cb.passing)
				continue;
		}
		m->tags[j++] = m->tags[i];
	}
	m->ntags = j;
}

size_t
match_run(struct match *m, const struct match_rec *in,
	  const struct match_tag **tags)
{
	size_t i, j, n = in->ntok, ncode = 0, nexc = 0;
	int person1 = 0, person3 = 0;

	m->ncand = 0;
	m->ntags = 0;
	*tags = m->tags;
	/* Per-token scratch is 32-bit (14 bytes a token, not 26). */
	if (n >= UINT32_MAX)
		die(HARK_ETROUBLE, "record too large to tag (%zu tokens)", n);
	if (n + 1 > m->captok) {
		size_t cap = m->captok;

		grow((void **)&m->symoff, &cap, n + 1, sizeof *m->symoff);
		cap = m->captok;
		grow((void **)&m->flags, &cap, n + 1, sizeof *m->flags);
		cap = m->captok;
		grow((void **)&m->sid, &cap, n + 1, sizeof *m->sid);
		cap = m->captok;
		grow((void **)&m->stamp, &cap, n + 1, sizeof *m->stamp);
		memset(m->stamp, 0, cap * sizeof *m->stamp);
		m->stampgen = 0;
		m->captok = cap;
	}
	if (m->capst == 0) {
		size_t cap = 0;

		grow((void **)&m->cur, &cap, 16, sizeof *m->cur);
		cap = 0;
		grow((void **)&m->nxt, &cap, 16, sizeof *m->nxt);
		m->capst = cap;
	}
	symbols(m, in);
	walk(m, in, in->lang < 0 ? 0 : in->lang);
	if (m->nre)
		regexes(m, in);
	for (i = 0; i < m->ncand; i++)
		if (m->cand[i].code >= 0 || m->cand[i].code == LEX_PART)
			ncode++;
	if (ncode == 0)
		return 0;
	/* Context words mark their tokens: hedges first, so that the `not`
	 * of `not sure` hedges rather than negates. */
	memset(m->flags, 0, n * sizeof *m->flags);
	for (i = 0; i < m->ncand; i++) {
		struct cand *c = &m->cand[i];

		for (j = c->f; j <= c->l; j++) {
			if (c->code == LEX_HEDGE)
				m->flags[j] |= F_HEDGE;
			else if (c->code == LEX_BREAK)
				m->flags[j] |= F_BREAK;
			else if (c->code == LEX_PSEUDO)
				m->flags[j] |= F_PSEUDO;
			else if (c->code == LEX_CONCORD)
				m->flags[j] |= F_CONC;
			else if (c->code == LEX_ELLIPSIS)
				m->flags[j] |= F_ELLIP;
		}
		person1 += c->code == LEX_PERSON1;
		person3 += c->code == LEX_PERSON3;
	}
	for (i = 0; i < m->ncand; i++) {
		struct cand *c = &m->cand[i];
		int pre = c->code == LEX_NEGATOR, post = c->code == LEX_POSTNEG;

		if (!pre && !post)
			continue;
		for (j = c->f; j <= c->l; j++)
			if (m->flags[j] & (F_HEDGE | F_PSEUDO))
				break;
		if (j <= c->l)
			continue; /* part of a hedge or pseudo-negation */
		if (m->flags[c->f] & (pre ? F_NEG : F_POST))
			continue; /* one negator there already */
		for (j = c->f; j <= c->l; j++)
			m->flags[j] |= pre ? F_NEG : F_POST;
		m->flags[c->f] |= pre ? F_NEGSTART : F_POSTSTART;
	}
	sentences(m, in);
	if (m->has_concord)
		concord(m, n);
	if (m->has_prox)
		proximity(m);
	/* Drop context words and proximity sides, then apply the overlap
	 * policy: longest first, a candidate overlapping one already kept
	 * in its group (its code, or the whole lexicon) is dropped. */
	if (m->has_except) {
		/* the exceptions' candidates first, at the front */
		for (i = 0; i < m->ncand; i++)
			if (m->cand[i].code == LEX_EXCEPT) {
				struct cand t = m->cand[nexc];

				m->cand[nexc] = m->cand[i];
				m->cand[i] = t;
				nexc++;
			}
		if (nexc) {
			if (nexc > m->capexc)
				grow((void **)&m->exc, &m->capexc, nexc,
				    sizeof *m->exc);
			for (i = 0; i < nexc; i++)
				m->exc[i] = i;
			for (i = nexc; i < m->ncand; i++)
				if (m->cand[i].code >= 0 &&
				    excepted(m, &m->cand[i], m->exc, nexc))
					m->cand[i].code = LEX_EXCEPT;
		}
	}
	for (i = j = 0; i < m->ncand; i++)
		if (m->cand[i].code >= 0) {
			int c = m->cand[i].code, o = m->lx->codes[c].polarity;

			/* the two sides of a polarity pair are one group: one
			 * stretch of text gives one answer */
			m->cand[i].grp = m->scope == MATCH_SCOPE_LEXICON ? 0 :
			    o >= 0 && o < c ? o : c;
			m->cand[j++] = m->cand[i];
		}
	m->ncand = j;
	if (m->ncand > 1)
		sort_cands(m, m->cand, m->ncand);
	for (i = 0; i < m->ncand; i++) {
		struct cand *c = &m->cand[i];
		int clash = 0;

		if (i == 0 || c->grp != m->cand[i - 1].grp) {
			if (m->stampgen == UINT32_MAX) {
				memset(m->stamp, 0, m->captok *
				    sizeof *m->stamp);
				m->stampgen = 0;
			}
			m->stampgen++;
		}
		for (j = c->f; j <= c->l; j++)
			if (m->stamp[j] == m->stampgen) {
				clash = 1;
				break;
			}
		if (clash)
			continue;
		for (j = c->f; j <= c->l; j++)
			m->stamp[j] = m->stampgen;
		if (m->ntags == m->captags)
			grow((void **)&m->tags, &m->captags, m->ntags + 1,
			    sizeof *m->tags);
		if (2 * m->ntags + 2 > m->captgap)
			grow((void **)&m->tgap, &m->captgap, 2 * m->ntags + 2,
			    sizeof *m->tgap);
		m->tgap[2 * m->ntags] = c->gf;
		m->tgap[2 * m->ntags + 1] = c->gl;
		m->tags[m->ntags].code = c->code;
		m->tags[m->ntags].first = c->f;
		m->tags[m->ntags].last = c->l;
		m->tags[m->ntags].negated = 0;
		m->tags[m->ntags].uncertain = 0;
		m->ntags++;
	}
	/* A negator inside a kept tag is spent (`no say`, `not * listened`,
	 * `nobody NEAR listens` say their own negation), except one between
	 * the two sides of a NEAR match (`never not felt listened to`),
	 * which negates it; then each tag's scope. */
	for (i = 0; i < m->ntags; i++)
		for (j = m->tags[i].first; j <= m->tags[i].last; j++)
			if ((m->flags[j] & (F_NEG | F_POST)) &&
			    (j < m->tgap[2 * i] || j > m->tgap[2 * i + 1]))
				m->flags[j] |= F_USED;
	if (m->has_concord)
		concord_spent(m, n);
	for (i = 0; i < m->ntags; i++)
		scope(m, &m->tags[i], m->tgap[2 * i], m->tgap[2 * i + 1], n);
	if (m->ntags) {
		if (m->has_ellipsis)
			ellipsis(m, n);
		answers(m, in);
	}
	if (m->has_passing)
		passing(m, person1, person3);
	if (m->ntags > 1) /* tags is NULL before the first tag */
		sort_tags(m, m->tags, m->ntags);
	*tags = m->tags;
	return m->ntags;
}
