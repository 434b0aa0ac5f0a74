/*
 * suggest.c - grow a lexicon from the data in the embedded store
 * (docs/store.md): the most frequent words and two- and three-word
 * phrases that no pattern of the lexicons covers, with counts and example
 * records; with --by COL, the terms over- or under-represented in one
 * cohort against the rest by log-likelihood (G²).  The text is tokenised
 * again with hark's tokeniser and the store's variant map.  Writes a
 * count-like record stream (no `id`), or with --format lexicon, commented
 * candidate lines under a `code CANDIDATES` for a human to file.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "err.h"
#include "hash.h"
#include "lex.h"
#include "match.h"
#include "opt.h"
#include "rec.h"
#include "settings.h"
#include "stemmer.h"
#include "store.h"
#include "tok.h"
#include "tokcols.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-suggest [-hq] --db FILE [-l LEXICON]... "
	    "[--by COL] [--min-count N] [--limit N] "
	    "[--format stream|lexicon] [--allow-unredacted]\n");
}

static const char help[] =
	"  --db FILE               the store (required)\n"
	"  -l LEXICON              cover terms with these lexicons (repeatable)\n"
	"  --by COL                keyness by the cohorts of column COL\n"
	"  --min-count N           only terms that occur at least N times\n"
	"  --limit N               at most N rows (default 50)\n"
	"  --format stream|lexicon  the output (default stream)\n"
	"  --allow-unredacted      read a store from an unredacted stream\n"
	OPT_HELP_COMMON;

/* The stop words: never a candidate alone, nor the first or last word of
 * a phrase (docs/store.md and suggest.1 list them). */
static const char *const stop[] = {
	"a", "about", "all", "am", "an", "and", "are", "as", "at", "be",
	"been", "but", "by", "can", "could", "did", "do", "for", "from",
	"had", "has", "have", "he", "her", "him", "his", "i", "i'm", "if",
	"in", "into", "is", "it", "it's", "its", "just", "me", "my", "of",
	"on", "or", "our", "she", "so", "some", "that", "the", "their",
	"them", "then", "there", "they", "this", "to", "too", "up", "us",
	"very", "was", "we", "were", "what", "when", "which", "who", "will",
	"with", "would", "you", "your", NULL
};

struct term {
	unsigned long occ, recs, last; /* last: record number + 1 */
	char *ex[3];
	int nex, n;                     /* examples; words */
};

struct sg {
	struct hash terms, stops, cohorts, pairs; /* pairs: cohort\1term */
	struct hash ctx;          /* the lexicons' context words */
	struct term *t;
	size_t cap;
	unsigned long *pocc;      /* per pair */
	size_t cappairs;
	unsigned long *csize;     /* per cohort: tokens */
	size_t capc;
	unsigned long nrec;
};

static int
is_stop(struct sg *s, const char *w, size_t n)
{
	return hash_find(&s->stops, w, n) >= 0;
}

/* How far a token may be from the [ and ] of a mark around it. */
#define MARK_REACH 60

/*
 * Whether the token lies inside square brackets in the text: a redaction
 * placeholder ("[PERSON_1a2b]", "[PERSON]") or the export's own editorial
 * mark ("[name redacted]", "[Redacted for data protection]",
 * "[unreadable]"), not the voice.  Both brackets on the same line, within
 * MARK_REACH bytes, with no other bracket between.
 */
static int
in_brackets(const char *text, size_t tlen, const struct tok_token *k)
{
	size_t i, lo = k->start > MARK_REACH ? k->start - MARK_REACH : 0;
	size_t hi = tlen - k->end > MARK_REACH ? k->end + MARK_REACH : tlen;

	for (i = k->start; i > lo; i--) {
		char c = text[i - 1];

		if (c == '[')
			break;
		if (c == ']' || c == '\n')
			return 0;
	}
	if (i == lo)
		return 0;
	for (i = k->end; i < hi; i++) {
		char c = text[i];

		if (c == ']')
			return 1;
		if (c == '[' || c == '\n')
			return 0;
	}
	return 0;
}

/* A mask of Xs in the text, as exports and `hark redact --mode mask`
 * write them: a token of four or more x in either case ("XXXX", "xxxx"),
 * or one that starts with three capital X ("XXXX's", "XXXs"). "xxx", a row
 * of kisses, is a word. */
static int
is_mask(const char *text, const struct tok_token *k)
{
	size_t i, n = k->end - k->start;
	const char *p = text + k->start;

	if (n >= 3 && p[0] == 'X' && p[1] == 'X' && p[2] == 'X')
		return 1;
	if (n < 4)
		return 0;
	for (i = 0; i < n; i++)
		if (p[i] != 'X' && p[i] != 'x')
			return 0;
	return 1;
}

/* A token that is a number ("42", "3.5", "1,000") or a mark of redaction
 * in the text ("[PERSON_1a2b]", "[name redacted]", "XXXX"). */
static int
is_bad(const char *text, size_t tlen, const struct tok_token *k,
       const char *w)
{
	size_t i;
	int digit = 0;

	if (in_brackets(text, tlen, k) || is_mask(text, k))
		return 1;
	for (i = 0; i < k->len; i++) {
		if (w[i] >= '0' && w[i] <= '9')
			digit = 1;
		else if (w[i] != '.' && w[i] != ',')
			return 0;
	}
	return digit;
}

static void
add_term(struct sg *s, struct buf *key, int n, const char *id, long cohort)
{
	int added;
	size_t i = hash_intern(&s->terms, key->s, key->len, &added);
	struct term *t;

	if (i >= s->cap) {
		size_t old = s->cap;

		s->cap = xadd(i, 1024);
		s->t = xrealloc(s->t, xmul(s->cap, sizeof *s->t));
		memset(s->t + old, 0, (s->cap - old) * sizeof *s->t);
	}
	t = &s->t[i];
	t->n = n;
	t->occ++;
	if (t->last != s->nrec) {
		t->last = s->nrec;
		t->recs++;
		if (t->nex < 3)
			t->ex[t->nex++] = xstrdup(id);
	}
	if (cohort >= 0) {
		char pre[32];
		struct buf pk = BUF_INIT;
		size_t p;

		snprintf(pre, sizeof pre, "%ld\1", cohort);
		buf_adds(&pk, pre);
		buf_add(&pk, key->s, key->len);
		p = hash_intern(&s->pairs, pk.s, pk.len, &added);
		if (p >= s->cappairs) {
			size_t old = s->cappairs;

			s->cappairs = xadd(p, 1024);
			s->pocc = xrealloc(s->pocc, xmul(s->cappairs,
			    sizeof *s->pocc));
			memset(s->pocc + old, 0, (s->cappairs - old) *
			    sizeof *s->pocc);
		}
		s->pocc[p]++;
		buf_free(&pk);
	}
}

/* Count the words and phrases of one part's tokens. */
static void
count_part(struct sg *s, const char *text, size_t tlen,
	   const struct tok_out *to, const char *id, long cohort)
{
	struct buf key = BUF_INIT;
	size_t i, j;
	int n;

	for (i = 0; i < to->n; i++) {
		for (n = 1; n <= 3 && i + (size_t)n <= to->n; n++) {
			const struct tok_token *a = &to->t[i];
			const struct tok_token *z = &to->t[i + n - 1];
			int ok = 1;

			if (z->sent != a->sent)
				break;
			buf_reset(&key);
			for (j = i; j < i + (size_t)n && ok; j++) {
				const char *w = to->str.s + to->t[j].off;

				if (is_bad(text, tlen, &to->t[j], w) ||
				    hash_find(&s->ctx, w, to->t[j].len) >= 0)
					ok = 0;
				if (j > i)
					buf_addc(&key, ' ');
				buf_add(&key, w, to->t[j].len);
			}
			if (!ok)
				break;
			if (is_stop(s, to->str.s + a->off, a->len) ||
			    is_stop(s, to->str.s + z->off, z->len) ||
			    (n > 1 && hash_find(&s->ctx, key.s, key.len) >= 0))
				continue;
			add_term(s, &key, n, id, cohort);
		}
	}
	buf_free(&key);
}

/*
 * The lexicons' context words (negators, hedges, clause breaks, pseudo-
 * negations, person cues: what tagging reads around a term, never a term
 * itself): no candidate holds one of the words, nor is one of the phrases
 * as declared (`no longer`).  Globs among them are left out.
 */
static void
add_context_words(struct sg *s, const struct lex *lx)
{
	struct buf key = BUF_INIT;
	size_t i, j;
	int added;

	for (i = 0; i < lx->npats; i++) {
		const struct lex_pat *p = &lx->pats[i];
		int ok = p->kind == LEX_TOKENS && p->ne > 0;

		if (p->code >= 0 || p->code == LEX_PART ||
		    p->code == LEX_EXCEPT)
			continue;
		buf_reset(&key);
		for (j = 0; ok && j < p->ne; j++) {
			const struct lex_elem *e = &lx->elems[p->e0 + j];

			if ((e->kind != LEX_WORD && e->kind != LEX_FORM &&
			    e->kind != LEX_STEM) || e->s == NULL)
				ok = 0;
			else {
				if (j)
					buf_addc(&key, ' ');
				buf_adds(&key, e->s);
			}
		}
		if (ok)
			(void)hash_intern(&s->ctx, key.s, key.len, &added);
	}
	buf_free(&key);
}

/* Load the lexicons: those named, else those the store recorded. */
static void
load_lexicons(struct lex *lx, sqlite3 *db, const char *path, char **lex,
	      size_t nlex, struct tok *t)
{
	sqlite3_stmt *st;
	size_t i;

	lex_init(lx);
	for (i = 0; i < nlex; i++)
		lex_load(lx, lex[i], t);
	if (nlex == 0) {
		if (sqlite3_prepare_v2(db, "SELECT path, fingerprint FROM "
		    "lexicons ORDER BY rowid", -1, &st, NULL) != SQLITE_OK)
			die(HARK_ETROUBLE, "%s: %s", path, sqlite3_errmsg(db));
		while (sqlite3_step(st) == SQLITE_ROW) {
			const char *p = (const char *)sqlite3_column_text(st,
			    0);
			FILE *f = p ? fopen(p, "r") : NULL;

			if (f == NULL)
				die(HARK_ETROUBLE, "%s: the store's lexicon %s "
				    "cannot be read now: name the lexicons "
				    "with -l", path, p ? p : "");
			const char *fp = (const char *)sqlite3_column_text(st,
			    1);
			char now[SETTINGS_FP_LEN + 1], e[512];

			fclose(f);
			if (settings_fingerprint(p, now, e, sizeof e) == 0 &&
			    fp && strcmp(fp, now) != 0)
				err_msg("%s: warning: lexicon %s has changed "
				    "since the store was made: it covers "
				    "terms as it is now", path, p);
			lex_load(lx, p, t);
		}
		sqlite3_finalize(st);
	}
	lex_finish(lx);
	if (lex_report(lx, 0))
		exit(HARK_ETROUBLE);
}

struct cover {
	struct match *m;
	struct stemmer *sm;
	int en;
	struct tok *t;
};

/* 1 when the lexicons tag any token of the term (as one record). */
static int
covered(struct cover *c, const char *key, size_t klen)
{
	struct str toks[3], stems[3];
	size_t start[3], end[3], n = 0, i, b = 0;
	struct buf sb = BUF_INIT;
	const struct match_tag *tags;
	struct match_rec in;
	size_t off[3];
	int r;

	for (i = 0; i <= klen; i++) {
		if (i == klen || key[i] == ' ') {
			toks[n].p = key + b;
			toks[n].n = i - b;
			start[n] = b;
			end[n] = i;
			n++;
			b = i + 1;
		}
	}
	memset(&in, 0, sizeof in);
	in.toks = toks;
	in.ntok = n;
	in.text = key;
	in.ntext = klen;
	in.start = start;
	in.end = end;
	in.lang = -1;
	if (match_needs_stems(c->m)) {
		for (i = 0; i < n; i++) {
			off[i] = sb.len;
			stemmer_stem(c->sm, c->en, toks[i].p, toks[i].n, &sb);
			stems[i].n = sb.len - off[i];
		}
		for (i = 0; i < n; i++)
			stems[i].p = sb.s + off[i];
		in.stems = stems;
	}
	r = match_run(c->m, &in, &tags) > 0;
	buf_free(&sb);
	return r;
}

/* A term that can be written as a plain pattern line. */
static int
plain(const char *k)
{
	return strpbrk(k, "*?()|=/\\") == NULL && strstr(k, "stem:") == NULL
	    && strstr(k, "emoji:") == NULL;
}

struct key {
	size_t term;
	long cohort;
	double g2;
	unsigned long in, out;
};

static struct sg *sortsg;

static int
by_count(const void *a, const void *b)
{
	const struct term *x = &sortsg->t[*(const size_t *)a];
	const struct term *y = &sortsg->t[*(const size_t *)b];
	const char *kx, *ky;
	size_t nx, ny;
	int c;

	if (x->occ != y->occ)
		return x->occ < y->occ ? 1 : -1;
	if (x->recs != y->recs)
		return x->recs < y->recs ? 1 : -1;
	kx = hash_key(&sortsg->terms, *(const size_t *)a, &nx);
	ky = hash_key(&sortsg->terms, *(const size_t *)b, &ny);
	c = memcmp(kx, ky, nx < ny ? nx : ny);
	return c ? c : (nx > ny) - (nx < ny);
}

static int
by_g2(const void *a, const void *b)
{
	const struct key *x = a, *y = b;

	if (x->g2 != y->g2)
		return x->g2 < y->g2 ? 1 : -1;
	if (x->cohort != y->cohort)
		return x->cohort < y->cohort ? -1 : 1;
	return (x->term > y->term) - (x->term < y->term);
}

/* Dunning's log-likelihood for a occurrences in a cohort of n1 tokens and
 * b in the rest (n2 tokens), as Rayson and Garside compute keyness. */
static double
g2(double a, double b, double n1, double n2)
{
	double e1 = n1 * (a + b) / (n1 + n2), e2 = n2 * (a + b) / (n1 + n2);
	double g = 0;

	if (a > 0)
		g += a * log(a / e1);
	if (b > 0)
		g += b * log(b / e2);
	return 2 * g;
}

static void
put_examples(struct rec_writer *w, const struct term *t, const char *sep)
{
	int i;

	for (i = 0; i < t->nex; i++) {
		if (i)
			rec_puts(w, sep);
		rec_put_esc(w, t->ex[i], strlen(t->ex[i]));
	}
}

/* A candidate as lexicon lines: the comment (counts, then examples) and
 * the pattern, indented, ready to paste under a code. */
static void
put_lex_candidate(struct rec_writer *w, const char *comment,
		  const struct term *t, const char *key, size_t kn)
{
	rec_puts(w, comment);
	put_examples(w, t, " ");
	rec_puts(w, "\n\t");
	rec_put(w, key, kn);
	rec_putc(w, '\n');
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "db", required_argument, NULL, 'd' },
		{ "lexicon", required_argument, NULL, 'l' },
		{ "by", required_argument, NULL, 'b' },
		{ "min-count", required_argument, NULL, 'm' },
		{ "limit", required_argument, NULL, 'n' },
		{ "format", required_argument, NULL, 'f' },
		{ "allow-unredacted", no_argument, NULL, 'u' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const formats[] = { "stream", "lexicon", NULL };
	const char *path = NULL, *by = NULL;
	char **lexv = NULL, err[1024];
	size_t nlex = 0, i, ncand = 0, *cand, nkeys = 0, nout = 0;
	unsigned long mincount = 2, limit = 50;
	int c, allow = 0, lexfmt = 0, unredacted, rc, added;
	struct sg s;
	struct lex lx;
	struct cover cv;
	struct tok_out to = TOK_OUT_INIT;
	struct rec_writer w;
	struct buf sql = BUF_INIT;
	struct key *keys = NULL;
	sqlite3 *db;
	sqlite3_stmt *st;

	err_init("suggest");
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hqd:l:b:m:n:f:u", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'h':
			opt_help(usage, help);
		case 'q':
			err_quiet = 1;
			break;
		case 'd':
			path = optarg;
			break;
		case 'l':
			lexv = xrealloc(lexv, xmul(nlex + 1, sizeof *lexv));
			lexv[nlex++] = (char *)lex_find_or_exit(optarg);
			break;
		case 'b':
			by = optarg;
			break;
		case 'm':
			mincount = opt_uint("--min-count", optarg, 1,
			    1000000000, usage);
			break;
		case 'n':
			limit = opt_uint("--limit", optarg, 1, 1000000000,
			    usage);
			break;
		case 'f':
			lexfmt = opt_choice("--format", optarg, formats, usage);
			break;
		case 'u':
			allow = 1;
			break;
		default:
			opt_fail(c, argv, usage);
		}
	}
	if (path == NULL || optind < argc) {
		err_msg("%s", path == NULL ? "no store given (--db FILE)" :
		    "unexpected argument (the store is given with --db)");
		usage(stderr);
		return HARK_ETROUBLE;
	}
	db = store_open_shown(path, allow, " (a run loaded it with "
	    "--allow-unredacted): give --allow-unredacted to show words from "
	    "it", 1, &unredacted);
	if (by && (!store_has_col(db, by) || strcmp(by, "text") == 0))
		die(HARK_ETROUBLE, "%s: --by %s: the store's records have no "
		    "such column", path, by);
	cv.t = store_tok(db, TOK_SENTENCES, err, sizeof err);
	if (cv.t == NULL)
		die(HARK_ETROUBLE, "%s: the store's tokenizer: %s", path, err);
	nlex = lex_unique((const char **)lexv, nlex);
	load_lexicons(&lx, db, path, lexv, nlex, cv.t);
	cv.m = match_new(&lx, MATCH_SCOPE_CODE, -1, err, sizeof err);
	if (cv.m == NULL)
		die(HARK_ETROUBLE, "%s", err);
	cv.sm = stemmer_new();
	cv.en = stemmer_lang(cv.sm, "en", 2);

	memset(&s, 0, sizeof s);
	hash_init(&s.terms);
	hash_init(&s.stops);
	hash_init(&s.ctx);
	hash_init(&s.cohorts);
	hash_init(&s.pairs);
	for (i = 0; stop[i]; i++)
		hash_intern(&s.stops, stop[i], strlen(stop[i]), &added);
	add_context_words(&s, &lx);
	buf_adds(&sql, "SELECT id, text");
	if (by) {
		buf_adds(&sql, ", ");
		store_ident(&sql, by);
	}
	buf_adds(&sql, " FROM records ORDER BY _rid");
	if (sqlite3_prepare_v2(db, sql.s, -1, &st, NULL) != SQLITE_OK)
		die(HARK_ETROUBLE, "%s: %s", path, sqlite3_errmsg(db));
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *id = (const char *)sqlite3_column_text(st, 0);
		const char *text = (const char *)sqlite3_column_text(st, 1);
		size_t len = (size_t)sqlite3_column_bytes(st, 1), off = 0, e;
		struct str tx = { text, len };
		long cohort = -1;

		s.nrec++;
		if (by) {
			const char *v = (const char *)sqlite3_column_text(st,
			    2);
			size_t vn = (size_t)sqlite3_column_bytes(st, 2);

			cohort = (long)hash_intern(&s.cohorts, v ? v : "",
			    v ? vn : 0, &added);
			if ((size_t)cohort >= s.capc) {
				size_t old = s.capc;

				s.capc = xadd((size_t)cohort, 64);
				s.csize = xrealloc(s.csize, xmul(s.capc,
				    sizeof *s.csize));
				memset(s.csize + old, 0, (s.capc - old) *
				    sizeof *s.csize);
			}
		}
		while (text && off < len) {
			e = tokcols_part_end(tx, off);
			if (tok_run(cv.t, text + off, e - off, &to, err,
			    sizeof err) < 0)
				die(HARK_ETROUBLE, "%s", err);
			if (cohort >= 0)
				s.csize[cohort] += to.n;
			count_part(&s, text + off, e - off, &to, id ? id : "",
			    cohort);
			off = e;
		}
	}
	if (rc != SQLITE_DONE)
		die(HARK_ETROUBLE, "%s: %s", path, sqlite3_errmsg(db));
	sqlite3_finalize(st);

	/* the candidates: frequent enough, most frequent first */
	cand = xmalloc(xmul(s.terms.count + 1, sizeof *cand));
	for (i = 0; i < s.terms.count; i++)
		if (s.t[i].occ >= mincount)
			cand[ncand++] = i;
	sortsg = &s;
	qsort(cand, ncand, sizeof *cand, by_count);

	rec_writer_init(&w, 1);
	if (lexfmt) {
		if (unredacted)
			rec_puts(&w, "# UNREDACTED TEXT (--allow-unredacted): "
			    "do not share\n");
		rec_puts(&w, "# Candidates from hark suggest: frequent words "
		    "and phrases that no pattern of the\n# lexicons covers. "
		    "They are not coded: a person must read each, decide\n"
		    "# whether it belongs to a code, and move it there (or "
		    "drop it).\ncode CANDIDATES Candidates to file (not a "
		    "code)\n\tdescription: words and phrases from the data, "
		    "not yet filed under a code\n");
	} else if (by) {
		rec_puts(&w, "cohort\tterm\twords\tcount_in\tcount_out\t"
		    "tokens_in\ttokens_out\tg2\tdirection");
	} else {
		rec_puts(&w, "term\twords\tcount\trecords\texamples");
	}
	if (!lexfmt) {
		if (unredacted)
			rec_puts(&w, "\tunredacted");
		rec_putc(&w, '\n');
	}

	if (by) {
		unsigned long total = 0;
		size_t cap = 0, k;

		for (k = 0; k < s.cohorts.count; k++)
			total += s.csize[k];
		for (i = 0; i < ncand; i++) {
			size_t kn;
			const char *key = hash_key(&s.terms, cand[i], &kn);

			if (covered(&cv, key, kn))
				continue;
			for (k = 0; k < s.cohorts.count; k++) {
				struct buf pk = BUF_INIT;
				char pre[32];
				long p;
				unsigned long a;

				snprintf(pre, sizeof pre, "%zu\1", k);
				buf_adds(&pk, pre);
				buf_add(&pk, key, kn);
				p = hash_find(&s.pairs, pk.s, pk.len);
				buf_free(&pk);
				a = p >= 0 ? s.pocc[p] : 0;
				if (nkeys == cap) {
					cap = cap ? 2 * cap : 256;
					keys = xrealloc(keys, xmul(cap,
					    sizeof *keys));
				}
				keys[nkeys].term = cand[i];
				keys[nkeys].cohort = (long)k;
				keys[nkeys].in = a;
				keys[nkeys].out = s.t[cand[i]].occ - a;
				keys[nkeys].g2 = g2((double)a,
				    (double)keys[nkeys].out,
				    (double)s.csize[k],
				    (double)(total - s.csize[k]));
				nkeys++;
			}
		}
		if (nkeys)
			qsort(keys, nkeys, sizeof *keys, by_g2);
		for (i = 0; i < nkeys && nout < limit; i++) {
			struct key *q = &keys[i];
			const struct term *t = &s.t[q->term];
			size_t kn, cn;
			const char *key = hash_key(&s.terms, q->term, &kn);
			const char *co = hash_key(&s.cohorts, (size_t)q->cohort,
			    &cn);
			unsigned long n1 = s.csize[q->cohort];
			unsigned long n2 = total - n1;
			int over = (double)q->in * n2 > (double)q->out * n1;
			char g[64];

			snprintf(g, sizeof g, "%.2f", q->g2);
			if (lexfmt) {
				char line[256];

				if (!over || !plain(key))
					continue;
				rec_puts(&w, "# ");
				rec_puts(&w, by);
				rec_putc(&w, '=');
				rec_put_esc(&w, co, cn);
				snprintf(line, sizeof line, ": %lu in, %lu "
				    "out, G² %s, e.g. ", q->in, q->out, g);
				put_lex_candidate(&w, line, t, key, kn);
			} else {
				rec_put_esc(&w, co, cn);
				rec_putc(&w, '\t');
				rec_put_esc(&w, key, kn);
				rec_putc(&w, '\t');
				rec_putu(&w, (unsigned long long)t->n);
				rec_putc(&w, '\t');
				rec_putu(&w, q->in);
				rec_putc(&w, '\t');
				rec_putu(&w, q->out);
				rec_putc(&w, '\t');
				rec_putu(&w, n1);
				rec_putc(&w, '\t');
				rec_putu(&w, n2);
				rec_putc(&w, '\t');
				rec_puts(&w, g);
				rec_puts(&w, over ? "\tover" : q->in * n2 ==
				    q->out * n1 ? "\teven" : "\tunder");
				if (unredacted)
					rec_puts(&w, "\tyes");
				rec_putc(&w, '\n');
			}
			nout++;
		}
	} else {
		for (i = 0; i < ncand && nout < limit; i++) {
			const struct term *t = &s.t[cand[i]];
			size_t kn;
			const char *key = hash_key(&s.terms, cand[i], &kn);

			if (covered(&cv, key, kn))
				continue;
			if (lexfmt) {
				char line[128];

				if (!plain(key))
					continue;
				snprintf(line, sizeof line, "# %lu record%s, "
				    "%lu time%s, e.g. ", t->recs, t->recs == 1
				    ? "" : "s", t->occ, t->occ == 1 ? "" : "s");
				put_lex_candidate(&w, line, t, key, kn);
			} else {
				rec_put_esc(&w, key, kn);
				rec_putc(&w, '\t');
				rec_putu(&w, (unsigned long long)t->n);
				rec_putc(&w, '\t');
				rec_putu(&w, t->occ);
				rec_putc(&w, '\t');
				rec_putu(&w, t->recs);
				rec_putc(&w, '\t');
				put_examples(&w, t, " ");
				if (unredacted)
					rec_puts(&w, "\tyes");
				rec_putc(&w, '\n');
			}
			nout++;
		}
	}
	rec_writer_close(&w);
	store_close(db);
	for (i = 0; i < s.terms.count; i++) {
		int j;

		for (j = 0; j < s.t[i].nex; j++)
			free(s.t[i].ex[j]);
	}
	free(s.t);
	free(s.pocc);
	free(s.csize);
	free(cand);
	free(keys);
	free(lexv);
	hash_free(&s.terms);
	hash_free(&s.stops);
	hash_free(&s.ctx);
	hash_free(&s.cohorts);
	hash_free(&s.pairs);
	buf_free(&sql);
	match_free(cv.m);
	lex_free(&lx);
	stemmer_free(cv.sm);
	tok_free(cv.t);
	tok_out_free(&to);
	return HARK_OK;
}
