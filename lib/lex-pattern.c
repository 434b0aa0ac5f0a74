/*
 * lex-pattern.c - one lexicon pattern, parsed and normalised.
 *
 * Every pattern word goes through the same tokeniser as `hark tokenise`
 * (with the same variant map), so `Don’t` in a lexicon is the token
 * `don't` and a word the tokeniser splits (`self-harm`) becomes a phrase.
 * Regular expressions are compiled once to check them; proximity rules are
 * two sub-patterns.  A pattern that can never match what tokenise writes
 * is an error when checking and a warning otherwise (lx->strict).
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "emoji-cat.h"
#include "err.h"
#include "lex.h"
#include "tok.h"
#include "utf8.h"
#include "banned.h"

/* A pattern that can never match what tokenise writes: an error when
 * checking (lx->strict), else a warning that lex_report() always shows,
 * so that a real dictionary with a few such entries still tags. */
static void __attribute__((format(printf, 4, 5)))
never_match(struct lex *lx, int file, unsigned long line, const char *fmt,
	    ...)
{
	struct buf b = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(&b, fmt, ap);
	va_end(ap);
	lex_msgf(lx, lx->strict, file, line, "%s", b.s);
	lx->msgs[lx->nmsgs - 1].loud = !lx->strict;
	buf_free(&b);
}

static int
new_pat(struct lex *lx)
{
	struct lex_pat *p;

	if (lx->npats == lx->cappats) {
		lx->cappats = lx->cappats ? xmul(lx->cappats, 2) : 256;
		lx->pats = xrealloc(lx->pats, xmul(lx->cappats, sizeof *lx->pats));
	}
	p = &lx->pats[lx->npats];
	memset(p, 0, sizeof *p);
	p->lang = -1;
	p->a = p->b = -1;
	return (int)lx->npats++;
}

static void
add_elem(struct lex *lx, int kind, const char *s, size_t n)
{
	if (lx->nelems == lx->capelems) {
		lx->capelems = lx->capelems ? xmul(lx->capelems, 2) : 256;
		lx->elems = xrealloc(lx->elems,
		    xmul(lx->capelems, sizeof *lx->elems));
	}
	lx->elems[lx->nelems].kind = kind;
	lx->elems[lx->nelems].s = xmemdup(s, n);
	lx->nelems++;
}

static int
is_emoji_name(const char *s, size_t n)
{
	size_t i;

	if (n < 3 || s[0] != ':' || s[n - 1] != ':')
		return 0;
	for (i = 1; i + 1 < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' &&
		    s[i] <= '9') || s[i] == '_'))
			return 0;
	return 1;
}

/* Fold word w[0..n) into the tokens the tokeniser makes of it, added as
 * LEX_WORD elements.  Returns the number added, or -1 (message added). */
static long
fold_words(struct lex *lx, struct tok *t, struct tok_out *out,
	   const char *w, size_t n, int file, unsigned long line)
{
	char err[256];
	long k, i;

	if (t == NULL) {
		char *s = xmemdup(w, n);

		for (i = 0; i < (long)n; i++)
			if (s[i] >= 'A' && s[i] <= 'Z')
				s[i] = (char)(s[i] + 32);
		add_elem(lx, LEX_WORD, s, n);
		free(s);
		return 1;
	}
	k = tok_run(t, w, n, out, err, sizeof err);
	if (k < 0) {
		lex_msgf(lx, 1, file, line, "%s", err);
		return -1;
	}
	for (i = 0; i < k; i++)
		add_elem(lx, LEX_WORD, out->str.s + out->t[i].off,
		    out->t[i].len);
	return k;
}

/* A glob word: folded with the tokeniser's folding; an error when the
 * tokeniser could never produce one token of that shape. */
static int
add_glob(struct lex *lx, struct tok *t, struct tok_out *out, const char *w,
	 size_t n, int file, unsigned long line)
{
	struct buf probe = BUF_INIT, f = BUF_INIT;
	char err[256];
	long k;
	size_t i;
	int rc = 0;

	if (t == NULL) {
		char *s = xmemdup(w, n);

		for (i = 0; i < n; i++)
			if (s[i] >= 'A' && s[i] <= 'Z')
				s[i] = (char)(s[i] + 32);
		add_elem(lx, LEX_GLOB, s, n);
		free(s);
		return 0;
	}
	/* Put a letter where each wildcard is and see what tokenise does. */
	for (i = 0; i < n; i++)
		buf_addc(&probe, w[i] == '*' || w[i] == '?' ? 'x' : w[i]);
	k = tok_run(t, probe.s, probe.len, out, err, sizeof err);
	if (k != 1 || out->t[0].start != 0 || out->t[0].end != probe.len) {
		never_match(lx, file, line, "pattern '%.*s' can never match: "
		    "tokenise splits or drops it", (int)n, w);
		rc = -1;
	} else if (tok_fold(t, w, n, &f) < 0) {
		lex_msgf(lx, 1, file, line, "cannot fold '%.*s'", (int)n, w);
		rc = -1;
	} else
		add_elem(lx, LEX_GLOB, f.s, f.len);
	buf_free(&probe);
	buf_free(&f);
	return rc;
}

/* 1 when folded word s has a letter (a word to stem, not a number). */
static int
has_letter(const char *s)
{
	for (; *s; s++)
		if ((*s >= 'a' && *s <= 'z') || (unsigned char)*s >= 0x80)
			return 1;
	return 0;
}

/* Parse the token pattern src[0..n) into elements of p. */
static int
parse_tokens(struct lex *lx, int pi, const char *src, size_t n,
	     struct tok *t, int file, unsigned long line)
{
	struct tok_out out = TOK_OUT_INIT;
	struct buf key = BUF_INIT;
	size_t i = 0, e0 = lx->nelems, j;
	int rc = 0, form = lx->pats[pi].code >= 0 ||
	    lx->pats[pi].code == LEX_PART || lx->pats[pi].code == LEX_EXCEPT;

	while (i < n && rc == 0) {
		size_t b, m;
		const char *w;

		while (i < n && (src[i] == ' ' || src[i] == '\t'))
			i++;
		if (i == n)
			break;
		for (b = i; i < n && src[i] != ' ' && src[i] != '\t'; i++)
			;
		w = src + b;
		m = i - b;
		if (m == 1 && w[0] == '*')
			add_elem(lx, LEX_ANY, "*", 1);
		else if (m > 6 && memcmp(w, "emoji:", 6) == 0) {
			if (emoji_cat_find(w + 6, m - 6) < 0) {
				lex_msgf(lx, 1, file, line, "unknown emoji "
				    "category '%.*s' (docs/lexicon-format.md "
				    "lists them)", (int)(m - 6), w + 6);
				rc = -1;
			} else {
				add_elem(lx, LEX_ECAT, w + 6, m - 6);
				lx->necat++;
			}
		}
		else if (m > 5 && memcmp(w, "stem:", 5) == 0) {
			size_t e = lx->nelems;

			if (fold_words(lx, t, &out, w + 5, m - 5, file, line)
			    != 1 || lx->nelems != e + 1) {
				lex_msgf(lx, 1, file, line, "stem pattern "
				    "'%.*s' must be one word", (int)m, w);
				rc = -1;
			} else
				lx->elems[e].kind = LEX_STEM;
		} else if (is_emoji_name(w, m))
			add_elem(lx, LEX_WORD, w, m);
		else if (memchr(w, '*', m) || memchr(w, '?', m))
			rc = add_glob(lx, t, &out, w, m, file, line);
		else {
			int exact = m > 1 && w[0] == '=';
			size_t e = lx->nelems;
			long k;

			if (exact)
				w++, m--;
			k = fold_words(lx, t, &out, w, m, file, line);
			/* A word matches its inflections through the stem
			 * unless marked exact; context words are exact. */
			for (; k > 0 && !exact && form && e < lx->nelems; e++)
				if (has_letter(lx->elems[e].s)) {
					lx->elems[e].kind = LEX_FORM;
					lx->nform++;
				}
			if (k == 0) {
				never_match(lx, file, line, "'%.*s' can never "
				    "match: tokenise makes no token of it",
				    (int)m, w);
				rc = -1;
			} else if (k < 0)
				rc = -1;
		}
	}
	tok_out_free(&out);
	if (rc == 0 && lx->nelems == e0) {
		lex_msgf(lx, 1, file, line, "empty pattern");
		rc = -1;
	}
	if (rc == 0 && (lx->elems[e0].kind == LEX_ANY ||
	    lx->elems[lx->nelems - 1].kind == LEX_ANY)) {
		lex_msgf(lx, 1, file, line, "pattern '%.*s' starts or ends "
		    "with a lone '*'", (int)n, src);
		rc = -1;
	}
	if (rc < 0) {
		while (lx->nelems > e0)
			free(lx->elems[--lx->nelems].s);
		buf_free(&key);
		return -1;
	}
	for (j = e0; j < lx->nelems; j++) {
		static const char kinds[] = "wgasfe";

		if (j > e0)
			buf_addc(&key, ' ');
		buf_addc(&key, kinds[lx->elems[j].kind]);
		buf_addc(&key, ':');
		buf_adds(&key, lx->elems[j].s);
		if (lx->elems[j].kind == LEX_STEM)
			lx->nstem += lx->pats[pi].code >= 0 ||
			    lx->pats[pi].code == LEX_PART;
	}
	lx->pats[pi].e0 = e0;
	lx->pats[pi].ne = lx->nelems - e0;
	lx->pats[pi].key = buf_detach(&key, NULL);
	return 0;
}

/* Find the proximity operator in src: sets *ob, *oe (its bytes) and
 * returns the kind, or LEX_TOKENS when there is none. */
static int
find_op(const char *src, size_t n, size_t *ob, size_t *oe, int *dist)
{
	size_t i = 0;

	while (i < n) {
		size_t b;

		while (i < n && src[i] == ' ')
			i++;
		for (b = i; i < n && src[i] != ' '; i++)
			;
		if (i - b > 5 && memcmp(src + b, "NEAR/", 5) == 0) {
			char *end;
			long d = strtol(src + b + 5, &end, 10);

			if (i - b == 6 && src[b + 5] == 's') {
				/* NEAR/s: anywhere in the sentence */
				d = 1000;
				end = (char *)(uintptr_t)(src + i);
			}

			if (end != src + i || d < 0 || d > 1000)
				return -1;
			*dist = (int)d;
			*ob = b;
			*oe = i;
			return LEX_NEAR;
		}
		if (i - b == 5 && memcmp(src + b, "AFTER", 5) == 0) {
			*ob = b;
			*oe = i;
			return LEX_AFTER;
		}
		if (i - b == 3 && memcmp(src + b, "NOT", 3) == 0 &&
		    i + 6 <= n && memcmp(src + i, " AFTER", 6) == 0 &&
		    (i + 6 == n || src[i + 6] == ' ')) {
			*ob = b;
			*oe = i + 6;
			return LEX_NOTAFTER;
		}
	}
	return LEX_TOKENS;
}

/* One side of a proximity rule: a pattern, or alternatives `(x|y|z)`,
 * added as consecutive LEX_PART patterns.  Returns the first (*nalt of
 * them) or -1. */
static int
add_side(struct lex *lx, const char *s, struct tok *t, int file,
	 unsigned long line, int *nalt)
{
	size_t n = strlen(s);
	int first = -1, k;

	while (n && s[n - 1] == ' ')
		n--;
	while (n && *s == ' ')
		s++, n--;
	*nalt = 1;
	if (n < 2 || s[0] != '(' || s[n - 1] != ')')
		return lex_add_pattern(lx, LEX_PART, s, t, file, line);
	s++;
	n -= 2;
	*nalt = 0;
	while (1) {
		size_t e = 0;
		char *alt;

		while (e < n && s[e] != '|')
			e++;
		alt = xmemdup(s, e);
		k = lex_add_pattern(lx, LEX_PART, alt, t, file, line);
		free(alt);
		if (k < 0)
			return -1;
		if (first < 0)
			first = k;
		else if (k != first + *nalt)
			return -1; /* not consecutive: cannot happen */
		(*nalt)++;
		if (e == n)
			break;
		s += e + 1;
		n -= e + 1;
	}
	return first;
}

int
lex_add_pattern(struct lex *lx, int code, const char *src, struct tok *t,
		int file, unsigned long line)
{
	size_t n = strlen(src), ob = 0, oe = 0;
	int pi, kind, dist = 0, na = 1, nb = 1;

	while (n && (src[n - 1] == ' ' || src[n - 1] == '\t'))
		n--;
	while (n && (*src == ' ' || *src == '\t'))
		src++, n--;
	if (utf8_check(src, n) != n) {
		lex_msgf(lx, 1, file, line, "pattern is not valid UTF-8");
		return -1;
	}
	pi = new_pat(lx);
	lx->pats[pi].code = code;
	lx->pats[pi].src = xmemdup(src, n);
	lx->pats[pi].file = file;
	lx->pats[pi].line = line;
	if (code >= 0)
		lx->codes[code].npats++;
	if (n >= 3 && src[0] == '/' && src[n - 1] == '/') {
		int ec;
		PCRE2_SIZE eo;
		pcre2_code *re;

		lx->pats[pi].kind = LEX_REGEX;
		re = pcre2_compile((PCRE2_SPTR)src + 1, n - 2, PCRE2_UTF |
		    PCRE2_UCP | PCRE2_CASELESS, &ec, &eo, NULL);
		if (re == NULL) {
			PCRE2_UCHAR msg[256];

			pcre2_get_error_message(ec, msg, sizeof msg);
			lex_msgf(lx, 1, file, line, "bad pattern '%.*s': %s "
			    "(at offset %zu)", (int)n, src, (char *)msg,
			    (size_t)eo);
			goto bad;
		}
		pcre2_code_free(re);
		lx->pats[pi].key = xmemdup(src, n);
		if (code >= 0)
			lx->nregex++;
		return pi;
	}
	kind = find_op(src, n, &ob, &oe, &dist);
	if (kind < 0) {
		lex_msgf(lx, 1, file, line, "bad NEAR/n in '%.*s' (n is a "
		    "number of tokens, 0 to 1000)", (int)n, src);
		goto bad;
	}
	if (kind != LEX_TOKENS) {
		char *l = xmemdup(src, ob), *r = xmemdup(src + oe, n - oe);
		int a, b;

		lx->pats[pi].kind = kind;
		lx->pats[pi].dist = dist;
		if (code < 0) {
			lex_msgf(lx, 1, file, line, "context words cannot be "
			    "proximity rules");
			free(l);
			free(r);
			goto bad;
		}
		a = add_side(lx, l, t, file, line, &na);
		b = a < 0 ? -1 : add_side(lx, r, t, file, line, &nb);
		free(l);
		free(r);
		if (a < 0 || b < 0)
			goto bad;
		lx->pats[pi].a = a;
		lx->pats[pi].b = b;
		lx->pats[pi].nalt_a = na;
		lx->pats[pi].nalt_b = nb;
		{
			struct buf k = BUF_INIT;

			if (na > 1 || nb > 1)
				buf_addf(&k, "%.*s", (int)n, src);
			else
				buf_addf(&k, "(%s) %.*s (%s)", lx->pats[a].key,
				    (int)(oe - ob), src + ob, lx->pats[b].key);
			lx->pats[pi].key = buf_detach(&k, NULL);
		}
		return pi;
	}
	lx->pats[pi].kind = LEX_TOKENS;
	if (parse_tokens(lx, pi, src, n, t, file, line) == 0)
		return pi;
bad:
	if (code >= 0)
		lx->codes[code].npats--;
	/* Keep the failed pattern out of matching: an inert pseudo-pattern
	 * is simpler than unwinding the sub-patterns. */
	lx->pats[pi].code = LEX_PART;
	lx->pats[pi].kind = LEX_TOKENS;
	lx->pats[pi].ne = 0;
	return -1;
}

int
lex_split_glob(struct tok *t, const char *w, size_t n, struct buf *out)
{
	struct tok_out o = TOK_OUT_INIT;
	struct buf probe = BUF_INIT;
	char err[256];
	long k, i;

	/* As add_glob() does: a letter for each wildcard, so that the
	 * tokens' offsets are offsets into w. */
	for (i = 0; i < (long)n; i++)
		buf_addc(&probe, w[i] == '*' || w[i] == '?' ? 'x' : w[i]);
	k = tok_run(t, probe.s ? probe.s : "", probe.len, &o, err, sizeof err);
	for (i = 0; k >= 2 && i < k; i++) {
		size_t b = o.t[i].start, e = o.t[i].end;

		if (i)
			buf_addc(out, ' ');
		if (e == b + 1 && w[b] == '*')
			buf_adds(out, "?*");
		else
			buf_add(out, w + b, e - b);
	}
	tok_out_free(&o);
	buf_free(&probe);
	return k >= 2;
}
