/*
 * lex-weight.c - weighted codes: the lines a learned model is written in.
 *
 * A code with an `intercept:`, `threshold:` or `weight: W PATTERN` line is
 * weighted: a record has it when the intercept plus the weights of its
 * distinct patterns found in the record reaches the threshold (lib/score.c
 * scores; docs/lexicon-format.md, "Weighted codes").  Its patterns are kept
 * apart from the matcher's (lx->wpats), so matching is unchanged.  A
 * pattern is a word, a phrase of words, or stem:WORD, folded with the
 * tokeniser as every pattern is.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "lex.h"
#include "tok.h"
#include "banned.h"

/* A finite number at the start of s; *end after it. */
static int
number(const char *s, double *v, const char **end)
{
	char *e;

	if (*s == '\0' || *s == ' ' || *s == '\t')
		return -1;
	*v = strtod(s, &e);
	if (e == s || !isfinite(*v))
		return -1;
	*end = e;
	return 0;
}

/* Fold the words of src[0..n) into key (tokens joined by single spaces);
 * returns the number of tokens. */
static size_t
fold(const char *src, size_t n, struct tok *t, struct buf *key)
{
	size_t i, k = 0;

	buf_reset(key);
	if (t != NULL) {
		struct tok_out o = TOK_OUT_INIT;
		char err[256];

		if (tok_run(t, src, n, &o, err, sizeof err) > 0)
			for (i = 0; i < o.n; i++, k++) {
				if (k)
					buf_addc(key, ' ');
				buf_add(key, o.str.s + o.t[i].off, o.t[i].len);
			}
		tok_out_free(&o);
		return k;
	}
	for (i = 0; i < n;) {
		while (i < n && src[i] == ' ')
			i++;
		if (i == n)
			break;
		if (k++)
			buf_addc(key, ' ');
		for (; i < n && src[i] != ' '; i++)
			buf_addc(key, src[i] >= 'A' && src[i] <= 'Z' ?
			    src[i] + 32 : src[i]);
	}
	return k;
}

int
lex_weight_line(struct lex *lx, int code, const char *s, struct tok *t,
		int file, unsigned long line)
{
	static const char *const keys[] = { "intercept:", "threshold:",
	    "weight:" };
	struct lex_code *c = &lx->codes[code];
	struct lex_wpat *w;
	struct buf key = BUF_INIT;
	const char *e;
	double v;
	int k;

	for (k = 0; k < 3; k++)
		if (strncmp(s, keys[k], strlen(keys[k])) == 0)
			break;
	if (k == 3)
		return 0;
	s += strlen(keys[k]);
	while (*s == ' ' || *s == '\t')
		s++;
	if (number(s, &v, &e) < 0 || (k < 2 && *e != '\0') ||
	    (k == 2 && *e != ' ' && *e != '\t')) {
		lex_msgf(lx, 1, file, line, "bad '%s' line (want %s)", keys[k],
		    k < 2 ? "a number" : "a number, then a pattern");
		return 1;
	}
	c->weighted = 1;
	if (k == 0) {
		c->intercept = v;
		return 1;
	}
	if (k == 1) {
		c->threshold = v;
		return 1;
	}
	while (*e == ' ' || *e == '\t')
		e++;
	if (lx->nwpats == lx->capwpats) {
		lx->capwpats = lx->capwpats ? 2 * lx->capwpats : 64;
		lx->wpats = xrealloc(lx->wpats, xmul(lx->capwpats,
		    sizeof *lx->wpats));
	}
	w = &lx->wpats[lx->nwpats];
	memset(w, 0, sizeof *w);
	w->code = code;
	w->weight = v;
	w->file = file;
	w->line = line;
	w->stem = strncmp(e, "stem:", 5) == 0;
	w->ntok = fold(e + 5 * w->stem, strlen(e + 5 * w->stem), t, &key);
	if (w->ntok == 0 || (w->stem && w->ntok != 1) || strpbrk(e, "/*?") != NULL) {
		lex_msgf(lx, lx->strict || w->ntok > 0, file, line,
		    "weighted pattern '%s' must be a word, a phrase of words "
		    "or stem:WORD%s", e, w->ntok ? "" : " (it holds no token)");
		buf_free(&key);
		return 1;
	}
	w->key = buf_detach(&key, NULL);
	w->src = xstrdup(e);
	lx->nwpats++;
	return 1;
}

void
lex_weight_finish(struct lex *lx)
{
	size_t i;

	for (i = 0; i < lx->npats; i++) {
		const struct lex_pat *p = &lx->pats[i];

		if (p->code >= 0 && lx->codes[p->code].weighted)
			lex_msgf(lx, 1, p->file, p->line, "pattern '%s' has no "
			    "weight, but code '%s' is weighted (write it "
			    "'weight: W %s')", p->src,
			    lx->codes[p->code].name, p->src);
	}
}

void
lex_weight_free(struct lex *lx)
{
	size_t i;

	for (i = 0; i < lx->nwpats; i++) {
		free(lx->wpats[i].key);
		free(lx->wpats[i].src);
	}
	free(lx->wpats);
}

void
lex_weight_write(const struct lex *lx, size_t code, struct buf *out)
{
	const struct lex_code *c = &lx->codes[code];
	size_t i;

	if (!c->weighted)
		return;
	buf_addf(out, "\tintercept: %.6g\n\tthreshold: %.6g\n", c->intercept,
	    c->threshold);
	for (i = 0; i < lx->nwpats; i++)
		if (lx->wpats[i].code == (int)code)
			buf_addf(out, "\tweight: %.6g %s\n", lx->wpats[i].weight,
			    lx->wpats[i].src);
}
