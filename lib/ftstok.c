/*
 * ftstok.c - the FTS5 tokenizer `hark` and the auxiliary function
 * hark_matches() (see ftstok.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef HARK_FTS_EXT
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT3
#else
#include <sqlite3.h>
#endif

#include "err.h"
#include "ftstok.h"
#include "stemmer.h"
#include "tok.h"
#include "tokcols.h"
#include "banned.h"

struct ftstok {
	struct tok *t;
	struct stemmer *sm;  /* NULL unless `stem LANG` */
	int lang;
	struct tok_out out;
	struct buf stem;
};

/* What ftstok_give() gave. */
static struct {
	const char *text;
	size_t n, ntok;
	const struct str *tok;
	const size_t *start, *end;
} given;

void
ftstok_give(const char *text, size_t n, const struct str *tok,
	    const size_t *start, const size_t *end, size_t ntok)
{
	given.text = text;
	given.n = n;
	given.tok = tok;
	given.start = start;
	given.end = end;
	given.ntok = ntok;
}

/* Report token w[0..n) at bytes start..end, stemmed when asked. */
static int
ft_emit(struct ftstok *f, void *ctx, int (*xtoken)(void *, int,
	const char *, int, int, int), const char *w, size_t n, size_t start,
	size_t end)
{
	if (f->sm) {
		buf_reset(&f->stem);
		stemmer_stem(f->sm, f->lang, w, n, &f->stem);
		w = f->stem.s;
		n = f->stem.len;
	}
	return xtoken(ctx, 0, w, (int)n, (int)start, (int)end);
}

static void
ft_delete(Fts5Tokenizer *p)
{
	struct ftstok *f = (struct ftstok *)p;

	if (f == NULL)
		return;
	tok_free(f->t);
	stemmer_free(f->sm);
	tok_out_free(&f->out);
	buf_free(&f->stem);
	free(f);
}

static int
ft_create(void *ctx, const char **arg, int narg, Fts5Tokenizer **out)
{
	const char *variants = NULL, *locale = NULL, *stem = NULL;
	char err[512];
	struct ftstok *f;
	int i;

	(void)ctx;
	for (i = 0; i + 1 < narg; i += 2) {
		if (strcmp(arg[i], "variants") == 0)
			variants = arg[i + 1];
		else if (strcmp(arg[i], "locale") == 0)
			locale = arg[i + 1];
		else if (strcmp(arg[i], "stem") == 0)
			stem = arg[i + 1];
		else
			return SQLITE_ERROR;
	}
	if (i != narg)
		return SQLITE_ERROR;
	f = calloc(1, sizeof *f);
	if (f == NULL)
		return SQLITE_NOMEM;
	if (variants && strcmp(variants, "none") == 0)
		variants = NULL;
	f->t = tok_new(locale, variants, 0, err, sizeof err);
	if (f->t == NULL) {
		free(f);
		return SQLITE_ERROR;
	}
	if (stem && *stem && strcmp(stem, "none") != 0) {
		f->sm = stemmer_new();
		f->lang = stemmer_lang(f->sm, stem, strlen(stem));
	}
	*out = (Fts5Tokenizer *)f;
	return SQLITE_OK;
}

static int
ft_tokenize(Fts5Tokenizer *p, void *ctx, int flags, const char *text,
	    int ntext, int (*xtoken)(void *, int, const char *, int, int, int))
{
	struct ftstok *f = (struct ftstok *)p;
	struct str s = { text ? text : "", ntext > 0 ? (size_t)ntext : 0 };
	size_t off = 0, e, j;
	char err[512];
	int rc = SQLITE_OK;

	if (s.n == 0)
		return SQLITE_OK;
	if ((flags & FTS5_TOKENIZE_DOCUMENT) && given.text && given.n == s.n &&
	    memcmp(given.text, s.p, s.n) == 0) {
		for (j = 0; j < given.ntok && rc == SQLITE_OK; j++)
			rc = ft_emit(f, ctx, xtoken, given.tok[j].p,
			    given.tok[j].n, given.start[j], given.end[j]);
		return rc;
	}
	do {
		e = tokcols_part_end(s, off);
		if (tok_run(f->t, s.p + off, e - off, &f->out, err,
		    sizeof err) < 0)
			return SQLITE_ERROR;
		for (j = 0; j < f->out.n && rc == SQLITE_OK; j++) {
			const struct tok_token *k = &f->out.t[j];

			rc = ft_emit(f, ctx, xtoken, f->out.str.s + k->off,
			    k->len, off + k->start, off + k->end);
		}
		off = e;
	} while (rc == SQLITE_OK && off < s.n);
	return rc;
}

/* hark_matches(FTS): "FIRST-LAST ..." token ranges of the row's phrase
 * matches in column 0. */
static void
ft_matches(const Fts5ExtensionApi *api, Fts5Context *fts,
	   sqlite3_context *ctx, int nval, sqlite3_value **val)
{
	struct buf b = BUF_INIT;
	int n = 0, i, ph, col, off;

	(void)nval;
	(void)val;
	if (api->xInstCount(fts, &n) != SQLITE_OK) {
		sqlite3_result_error(ctx, "hark_matches: cannot count "
		    "matches", -1);
		return;
	}
	buf_init(&b);
	for (i = 0; i < n; i++) {
		if (api->xInst(fts, i, &ph, &col, &off) != SQLITE_OK ||
		    col != 0)
			continue;
		if (b.len)
			buf_addc(&b, ' ');
		buf_addu(&b, (unsigned)off);
		buf_addc(&b, '-');
		buf_addu(&b, (unsigned)(off + api->xPhraseSize(fts, ph) - 1));
	}
	sqlite3_result_text(ctx, b.s, (int)b.len, SQLITE_TRANSIENT);
	buf_free(&b);
}

int
ftstok_register(struct sqlite3 *db, char *err, size_t errlen)
{
	static fts5_tokenizer tk = { ft_create, ft_delete, ft_tokenize };
	fts5_api *api = NULL;
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) ==
	    SQLITE_OK) {
		sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr",
		    NULL);
		sqlite3_step(st);
	}
	sqlite3_finalize(st);
	if (api == NULL || api->iVersion < 2) {
		snprintf(err, errlen, "this SQLite has no FTS5");
		return -1;
	}
	if (api->xCreateTokenizer(api, "hark", NULL, &tk, NULL) != SQLITE_OK
	    || api->xCreateFunction(api, "hark_matches", NULL, ft_matches,
	    NULL) != SQLITE_OK) {
		snprintf(err, errlen, "cannot register the hark tokenizer: %s",
		    sqlite3_errmsg(db));
		return -1;
	}
	return 0;
}
