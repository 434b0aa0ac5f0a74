/*
 * tok.c - the tokeniser shared by tokenise, tag and the full-text index.
 *
 * ICU's word break iterator runs over a UText on the UTF-8 bytes, so its
 * boundaries are byte offsets into the caller's text and nothing is
 * converted up front.  Segments with a word or number status become tokens;
 * others are kept only when they hold an emoji.  Only non-ASCII tokens go
 * through UTF-16 for ICU's NFKC_Casefold; ASCII ones are lowercased in
 * place, which is what NFKC_Casefold does to ASCII.  Under a locale with
 * root's word rules, ASCII text skips ICU (tok-ascii.c): all of a pure
 * ASCII text, and in other text the stretches between cuts where no UAX
 * #29 rule reaches across (see safe_cut()), ICU segmenting the rest.  The
 * variant map, e-mail and URL ranges and the making of tokens from segments
 * are in tok-variants.c, tok-ranges.c and tok-emit.c (tok-impl.h).
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include "err.h"
#include "tok.h"
#include "tok-impl.h"
#include "banned.h"

void
tok_seterr(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL || errlen == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

/* Whether bi's compiled rules are root's (the ASCII fast path mirrors
 * root's rules; a locale that tailors them, e.g. Swedish ":", uses ICU). */
static int
same_rules(struct tok *t, UBreakIterator *bi)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t n;
	uint8_t *p;
	int same;

	if (t->rootrules == NULL)
		return 0;
	n = ubrk_getBinaryRules(bi, NULL, 0, &st);
	if (n != t->nrootrules || (U_FAILURE(st) &&
	    st != U_BUFFER_OVERFLOW_ERROR))
		return 0;
	p = xmalloc((size_t)n);
	st = U_ZERO_ERROR;
	ubrk_getBinaryRules(bi, p, n, &st);
	same = U_SUCCESS(st) && memcmp(p, t->rootrules, (size_t)n) == 0;
	free(p);
	return same;
}

/* Keep a copy of root's compiled word rules. */
static void
root_rules(struct tok *t)
{
	UErrorCode st = U_ZERO_ERROR;
	UBreakIterator *bi = ubrk_open(UBRK_WORD, "", NULL, 0, &st);
	int32_t n;

	if (U_FAILURE(st))
		return;
	n = ubrk_getBinaryRules(bi, NULL, 0, &st);
	if (n > 0 && (U_SUCCESS(st) || st == U_BUFFER_OVERFLOW_ERROR)) {
		t->rootrules = xmalloc((size_t)n);
		st = U_ZERO_ERROR;
		ubrk_getBinaryRules(bi, t->rootrules, n, &st);
		if (U_FAILURE(st)) {
			free(t->rootrules);
			t->rootrules = NULL;
		} else
			t->nrootrules = n;
	}
	ubrk_close(bi);
}

static int
open_loc(struct tok *t, struct loc *l, const char *name, char *err,
	 size_t errlen)
{
	UErrorCode st = U_ZERO_ERROR;

	snprintf(l->name, sizeof l->name, "%s", name);
	l->word = ubrk_open(UBRK_WORD, name, NULL, 0, &st);
	if (U_SUCCESS(st) && (t->flags & TOK_SENTENCES))
		l->sent = ubrk_open(UBRK_SENTENCE, name, NULL, 0, &st);
	if (U_SUCCESS(st))
		l->fast = same_rules(t, l->word);
	if (U_FAILURE(st)) {
		tok_seterr(err, errlen, "cannot open ICU break iterator for '%s': %s",
		       name, u_errorName(st));
		ubrk_close(l->word);
		ubrk_close(l->sent);
		l->word = l->sent = NULL;
		l->name[0] = '\0';
		return -1;
	}
	return 0;
}

int
tok_locale(struct tok *t, const char *locale, char *err, size_t errlen)
{
	int i;

	if (locale == NULL || *locale == '\0')
		locale = t->deflocale;
	if (strcmp(t->loc[t->cur].name, locale) == 0 && t->loc[t->cur].word)
		return 0;
	for (i = 0; i < NLOC; i++)
		if (t->loc[i].word && strcmp(t->loc[i].name, locale) == 0) {
			t->cur = i;
			return 0;
		}
	if (strlen(locale) >= sizeof t->loc[0].name) {
		tok_seterr(err, errlen, "locale name too long: '%.40s'", locale);
		return -1;
	}
	i = t->next;
	t->next = (t->next + 1) % NLOC;
	ubrk_close(t->loc[i].word);
	ubrk_close(t->loc[i].sent);
	t->loc[i].word = t->loc[i].sent = NULL;
	if (open_loc(t, &t->loc[i], locale, err, errlen) < 0) {
		/* keep a usable iterator in the slot: root's */
		if (open_loc(t, &t->loc[i], "", NULL, 0) == 0)
			t->cur = i;
		return -1;
	}
	t->cur = i;
	return 0;
}

/* Grow a UChar array to hold n units. */
static UChar *
ugrow(UChar *p, size_t *cap, size_t n)
{
	if (n <= *cap)
		return p;
	*cap = n < 64 ? 64 : n + n / 2;
	return xrealloc(p, xmul(*cap, sizeof *p));
}

int
tok_fold(struct tok *t, const char *s, size_t n, struct buf *out)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t len, flen, olen, i;
	size_t k, start = out->len;

	/* ASCII: NFKC_Casefold is lowercasing.  Copied lower-cased in one
	 * pass, committed only when every byte was ASCII. */
	if (out->s == NULL || n + 1 >= out->cap - out->len)
		buf_grow(out, n + 1);
	{
		char *d = out->s + out->len;

		for (k = 0; k < n; k++) {
			unsigned char c = (unsigned char)s[k];

			if (c >= 0x80)
				break;
			d[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		}
		if (k == n) {
			out->len += n;
			out->s[out->len] = '\0';
			return 0;
		}
	}
	if (n > INT32_MAX / 4)
		return -1;
	t->u16 = ugrow(t->u16, &t->ucap, n + 1);
	u_strFromUTF8Lenient(t->u16, (int32_t)t->ucap, &len, s, (int32_t)n,
	    &st);
	if (U_FAILURE(st))
		return -1;
	for (;;) {
		st = U_ZERO_ERROR;
		flen = unorm2_normalize(t->nfkc_cf, t->u16, len, t->u16b,
		    (int32_t)t->ubcap, &st);
		if (st != U_BUFFER_OVERFLOW_ERROR)
			break;
		t->u16b = ugrow(t->u16b, &t->ubcap, (size_t)flen + 1);
	}
	if (U_FAILURE(st))
		return -1;
	for (i = 0; i < flen; i++) {
		UChar c = t->u16b[i];

		if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x2032)
			t->u16b[i] = '\'';
		else if (c == ' ')
			t->u16b[i] = '_'; /* a token never holds a space */
	}
	buf_grow(out, (size_t)flen * 3 + 1);
	st = U_ZERO_ERROR;
	u_strToUTF8(out->s + out->len, (int32_t)(out->cap - out->len), &olen,
	    t->u16b, flen, &st);
	if (U_FAILURE(st)) {
		buf_setlen(out, start);
		return -1;
	}
	out->len += (size_t)olen;
	out->s[out->len] = '\0';
	return 0;
}

struct tok *
tok_new(const char *locale, const char *variants_path, int flags, char *err,
	size_t errlen)
{
	struct tok *t = xcalloc(1, sizeof *t);
	UErrorCode st = U_ZERO_ERROR;
	UText ut = UTEXT_INITIALIZER;

	t->flags = flags;
	t->ut = ut;
	t->utc = ut;
	buf_init(&t->vstr);
	if (locale == NULL)
		locale = "";
	if (strlen(locale) >= sizeof t->deflocale) {
		tok_seterr(err, errlen, "locale name too long: '%.40s'", locale);
		goto fail;
	}
	snprintf(t->deflocale, sizeof t->deflocale, "%s", locale);
	t->nfkc_cf = unorm2_getNFKCCasefoldInstance(&st);
	if (U_FAILURE(st)) {
		tok_seterr(err, errlen, "cannot load ICU NFKC_Casefold data: %s",
		    u_errorName(st));
		goto fail;
	}
	if (!(flags & TOK_ICU_ONLY))
		root_rules(t);
	if (open_loc(t, &t->loc[0], t->deflocale, err, errlen) < 0)
		goto fail;
	t->next = 1;
	if (variants_path && tok_var_load(t, variants_path, err, errlen) < 0)
		goto fail;
	return t;
fail:
	tok_free(t);
	return NULL;
}

void
tok_free(struct tok *t)
{
	int i;

	if (t == NULL)
		return;
	for (i = 0; i < NLOC; i++) {
		ubrk_close(t->loc[i].word);
		ubrk_close(t->loc[i].sent);
	}
	utext_close(&t->ut);
	utext_close(&t->utc);
	free(t->rootrules);
	free(t->u16);
	free(t->u16b);
	buf_free(&t->vstr);
	free(t->vtab);
	free(t->rg);
	tok_out_free(&t->win);
	free(t);
}

void
tok_out_free(struct tok_out *out)
{
	buf_free(&out->str);
	free(out->t);
	out->t = NULL;
	out->n = out->cap = 0;
}

/* Where tok_lists() sends tokens: the two columns, and how many so far. */
struct sink {
	struct buf *toks, *spans;
	size_t ntok;
};

/* Append v in decimal at p; returns the end. */
static char *
put_u(char *p, size_t v)
{
	char d[24];
	int n = 0;

	do
		d[n++] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	while (n)
		*p++ = d[--n];
	return p;
}

/* Move the tokens of out onto the sink's lists and empty out.  Each list
 * is grown once per call, so this loop does no per-byte checks. */
static void
flush(struct tok_out *out, struct sink *k)
{
	char *tp, *sp;
	size_t i;

	buf_grow(k->toks, xadd(out->str.len, out->n));
	buf_grow(k->spans, xmul(out->n, 2 * 20 + 2));
	tp = k->toks->s + k->toks->len;
	sp = k->spans->s + k->spans->len;
	for (i = 0; i < out->n; i++) {
		if (k->ntok++) {
			*tp++ = ' ';
			*sp++ = ' ';
		}
		memcpy(tp, out->str.s + out->t[i].off, out->t[i].len);
		tp += out->t[i].len;
		sp = put_u(sp, out->t[i].start);
		*sp++ = ':';
		sp = put_u(sp, out->t[i].end);
	}
	k->toks->len = (size_t)(tp - k->toks->s);
	k->toks->s[k->toks->len] = '\0';
	k->spans->len = (size_t)(sp - k->spans->s);
	k->spans->s[k->spans->len] = '\0';
	buf_reset(&out->str);
	out->n = 0;
}

/* Tokens held at once when they go to a sink. */
#define WINDOW 4096

/*
 * Whether every word-break rule gives a break at s[p], so that the text
 * before it and the text from it segment the same alone as together: p is
 * the start or end, or s[p - 1] is a space or line feed and s[p] an ASCII
 * character other than a space.  After a line feed WB3a breaks; after a
 * space only WB3d (space x space) and WB4 (a space takes the Extend,
 * Format and ZWJ characters after it) join, and no ASCII character is
 * either; no rule that looks behind or ahead (WB6, WB7, WB11, WB12, WB15,
 * WB16, WB3c) passes a space.  tests/conformance/asciifast.c checks the
 * result against ICU on mixed text.
 */
static inline int
safe_cut(const char *s, size_t n, size_t p)
{
	unsigned char c;

	if (p == 0 || p >= n)
		return 1;
	c = (unsigned char)s[p];
	return (s[p - 1] == ' ' || s[p - 1] == '\n') && c < 0x80 && c != ' ';
}

/* The first non-ASCII byte of s[i..n), or n. */
static size_t
next_nonascii(const char *s, size_t n, size_t i)
{
	uint64_t w;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		if (w & 0x8080808080808080ull)
			break;
	}
	for (; i < n; i++)
		if ((unsigned char)s[i] & 0x80)
			return i;
	return n;
}

/* The segments of s[a..e) by the fast path; e is a safe cut or n. */
static int
fast_run(struct tok *t, struct tok_out *out, struct sink *k, const char *s,
	 size_t a, size_t e, size_t *r, size_t *skip, size_t *at)
{
	size_t b;

	for (; a < e; a = b) {
		int32_t rs;

		b = tok_ascii_next(s, e, a, &rs);
		if (a < *skip)
			continue;
		if (tok_segment(t, out, s, a, b, rs, r, skip) < 0) {
			*at = a;
			return -1;
		}
		if (k && out->n >= WINDOW)
			flush(out, k);
	}
	return 0;
}

/* The segments of s[a..e) by ICU: bi runs over that stretch alone. */
static int
icu_run(struct tok *t, struct tok_out *out, struct sink *k,
	UBreakIterator *bi, const char *s, size_t a, size_t e, size_t *r,
	size_t *skip, size_t *at)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t x, y;

	utext_openUTF8(&t->utc, s + a, (int64_t)(e - a), &st);
	if (U_SUCCESS(st))
		ubrk_setUText(bi, &t->utc, &st);
	if (U_FAILURE(st)) {
		*at = a;
		return -1;
	}
	x = ubrk_first(bi);
	while ((y = ubrk_next(bi)) != UBRK_DONE) {
		if (a + (size_t)x >= *skip && tok_segment(t, out, s,
		    a + (size_t)x, a + (size_t)y, ubrk_getRuleStatus(bi), r,
		    skip) < 0) {
			*at = a + (size_t)x;
			return -1;
		}
		if (k && out->n >= WINDOW)
			flush(out, k);
		x = y;
	}
	return 0;
}

/* tok_run(), or with k the tokens go to k's lists a window at a time. */
static long
run(struct tok *t, const char *s, size_t n, struct tok_out *out,
    struct sink *k, char *err, size_t errlen)
{
	UBreakIterator *bi = t->loc[t->cur].word;
	UErrorCode st = U_ZERO_ERROR;
	size_t r = 0, skip = 0, at = 0, a, q, c0, c1;

	buf_reset(&out->str);
	out->n = 0;
	if (bi == NULL) {
		tok_seterr(err, errlen, "no ICU break iterator");
		return -1;
	}
	if (n > INT32_MAX) {
		tok_seterr(err, errlen, "text too long for ICU (%zu bytes)", n);
		return -1;
	}
	utext_openUTF8(&t->ut, s, (int64_t)n, &st);
	if (U_FAILURE(st)) {
		tok_seterr(err, errlen, "ICU cannot segment the text: %s",
		    u_errorName(st));
		return -1;
	}
	tok_ranges_find(t, s, n);
	if (!t->loc[t->cur].fast) {
		if (icu_run(t, out, k, bi, s, 0, n, &r, &skip, &at) < 0)
			goto fail;
	} else {
		/* ASCII stretches by the fast path, the stretches around
		 * non-ASCII characters (from the safe cut before to the one
		 * after) by ICU */
		for (a = 0; a < n; a = c1) {
			q = next_nonascii(s, n, a);
			for (c0 = q; !safe_cut(s, n, c0) && c0 > a; c0--)
				;
			if (fast_run(t, out, k, s, a, c0, &r, &skip, &at) < 0)
				goto fail;
			if (q == n)
				break;
			for (c1 = q + 1; !safe_cut(s, n, c1); c1++)
				;
			if (icu_run(t, out, k, bi, s, c0, c1, &r, &skip,
			    &at) < 0)
				goto fail;
		}
	}
	if (k) {
		flush(out, k);
		return (long)k->ntok;
	}
	if (t->flags & TOK_SENTENCES)
		tok_sentences(t, out);
	return (long)out->n;
fail:
	tok_seterr(err, errlen, "ICU cannot fold a token at byte %ld", (long)at);
	return -1;
}

long
tok_run(struct tok *t, const char *s, size_t n, struct tok_out *out,
	char *err, size_t errlen)
{
	return run(t, s, n, out, NULL, err, errlen);
}

long
tok_lists(struct tok *t, const char *s, size_t n, struct buf *toks,
	  struct buf *spans, char *err, size_t errlen)
{
	struct sink k;

	buf_reset(toks);
	buf_reset(spans);
	k.toks = toks;
	k.spans = spans;
	k.ntok = 0;
	return run(t, s, n, &t->win, &k, err, errlen);
}

long
tok_boundaries(struct tok *t, const char *s, size_t n, size_t *b, size_t max)
{
	UBreakIterator *bi = t->loc[t->cur].word;
	UErrorCode st = U_ZERO_ERROR;
	int32_t k;
	long nb = 0;

	if (bi == NULL || n > INT32_MAX)
		return -1;
	utext_openUTF8(&t->ut, s, (int64_t)n, &st);
	if (U_SUCCESS(st))
		ubrk_setUText(bi, &t->ut, &st);
	if (U_FAILURE(st))
		return -1;
	for (k = ubrk_first(bi); k != UBRK_DONE; k = ubrk_next(bi)) {
		if ((size_t)nb < max)
			b[nb] = (size_t)k;
		nb++;
	}
	return nb;
}
