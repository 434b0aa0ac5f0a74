/*
 * tok.c - the tokeniser shared by tokenise, tag and the full-text index.
 *
 * ICU's word break iterator runs over a UText on the UTF-8 bytes, so its
 * boundaries are byte offsets into the caller's text and nothing is
 * converted up front.  Segments with a word or number status become tokens;
 * others are kept only when they hold an emoji.  Only non-ASCII tokens go
 * through UTF-16 for ICU's NFKC_Casefold; ASCII ones are lowercased in
 * place, which is what NFKC_Casefold does to ASCII.  Pure-ASCII text under
 * a locale with root's word rules skips ICU altogether: ascii_next() gives
 * ICU's segments and statuses (tests/conformance/asciifast.c checks it).
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
#include "utf8.h"
#include "banned.h"

#define NLOC 8 /* locales whose iterators are kept at once */

struct loc {
	char name[64];
	UBreakIterator *word, *sent;
	int fast; /* same word rules as root: the ASCII fast path applies */
};

struct var {
	uint32_t hash;
	uint32_t koff, klen, voff, vlen; /* into vstr */
};

struct range {
	size_t a, b;
};

struct tok {
	int flags;
	char deflocale[64];
	struct loc loc[NLOC];
	int cur, next; /* current locale slot; slot to replace next */
	const UNormalizer2 *nfkc_cf;
	uint8_t *rootrules; /* root's compiled word rules, to compare */
	int32_t nrootrules;
	UText ut;
	UChar *u16, *u16b;
	size_t ucap, ubcap;
	/* the variant map: open addressing, keys and values in vstr */
	struct var *vtab;
	size_t vcap, nvar;
	struct buf vstr;
	/* protected ranges (e-mail addresses, URLs) of the current text */
	struct range *rg;
	size_t nrg, rgcap;
};

static uint32_t
hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	while (n--)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static void seterr(char *err, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void
seterr(char *err, size_t errlen, const char *fmt, ...)
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
		seterr(err, errlen, "cannot open ICU break iterator for '%s': %s",
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
		seterr(err, errlen, "locale name too long: '%.40s'", locale);
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

	for (k = 0; k < n && (unsigned char)s[k] < 0x80; k++)
		;
	if (k == n) { /* ASCII: NFKC_Casefold is lowercasing */
		buf_grow(out, n + 1);
		for (k = 0; k < n; k++) {
			unsigned char c = (unsigned char)s[k];

			out->s[out->len++] = (char)(c >= 'A' && c <= 'Z' ?
			    c + 32 : c);
		}
		out->s[out->len] = '\0';
		return 0;
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

/* ---- the variant map ---- */

static struct var *
var_find(const struct tok *t, const char *k, size_t n, uint32_t h)
{
	size_t i;

	if (t->vcap == 0)
		return NULL;
	for (i = h & (t->vcap - 1);; i = (i + 1) & (t->vcap - 1)) {
		struct var *v = &t->vtab[i];

		if (v->klen == 0)
			return v;
		if (v->hash == h && v->klen == n &&
		    memcmp(t->vstr.s + v->koff, k, n) == 0)
			return v;
	}
}

static void
var_grow(struct tok *t)
{
	struct var *old = t->vtab;
	size_t i, oldcap = t->vcap;

	t->vcap = oldcap ? oldcap * 2 : 256;
	t->vtab = xcalloc(t->vcap, sizeof *t->vtab);
	for (i = 0; i < oldcap; i++)
		if (old[i].klen)
			*var_find(t, t->vstr.s + old[i].koff, old[i].klen,
			    old[i].hash) = old[i];
	free(old);
}

/* Fold the space-separated words of s[0..n) onto vstr, one space between. */
static int
fold_words(struct tok *t, const char *s, size_t n)
{
	size_t i = 0, j, first = 1;

	while (i < n) {
		while (i < n && s[i] == ' ')
			i++;
		for (j = i; j < n && s[j] != ' '; j++)
			;
		if (j > i) {
			if (!first)
				buf_addc(&t->vstr, ' ');
			first = 0;
			if (tok_fold(t, s + i, j - i, &t->vstr) < 0)
				return -1;
		}
		i = j;
	}
	return first ? -1 : 0;
}

static int
load_variants(struct tok *t, const char *path, char *err, size_t errlen)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	long lineno = 0;
	int rc = 0;

	if (fp == NULL) {
		seterr(err, errlen, "%s: cannot open variant map", path);
		return -1;
	}
	while ((len = getline(&line, &cap, fp)) >= 0) {
		char *tab;
		size_t n = (size_t)len, koff, klen;
		uint32_t h;
		struct var *v;

		lineno++;
		if (n && line[n - 1] == '\n')
			line[--n] = '\0';
		if (n == 0 || line[0] == '#')
			continue;
		if (utf8_check(line, n) != n) {
			seterr(err, errlen, "%s:%ld: invalid UTF-8", path, lineno);
			rc = -1;
			break;
		}
		tab = memchr(line, '\t', n);
		if (tab == NULL || tab == line || tab + 1 == line + n ||
		    memchr(tab + 1, '\t', (size_t)(line + n - tab - 1))) {
			seterr(err, errlen, "%s:%ld: expected VARIANT<TAB>STANDARD",
			    path, lineno);
			rc = -1;
			break;
		}
		if (memchr(line, ' ', (size_t)(tab - line))) {
			seterr(err, errlen, "%s:%ld: a variant is one token, "
			    "without spaces", path, lineno);
			rc = -1;
			break;
		}
		if ((t->nvar + 1) * 2 > t->vcap)
			var_grow(t);
		koff = t->vstr.len;
		if (tok_fold(t, line, (size_t)(tab - line), &t->vstr) < 0)
			goto bad;
		klen = t->vstr.len - koff;
		h = hash(t->vstr.s + koff, klen);
		v = var_find(t, t->vstr.s + koff, klen, h);
		if (v->klen) {
			seterr(err, errlen, "%s:%ld: duplicate variant", path,
			    lineno);
			rc = -1;
			break;
		}
		buf_addc(&t->vstr, '\0');
		v->hash = h;
		v->koff = (uint32_t)koff;
		v->klen = (uint32_t)klen;
		v->voff = (uint32_t)t->vstr.len;
		if (fold_words(t, tab + 1, (size_t)(line + n - tab - 1)) < 0)
			goto bad;
		v->vlen = (uint32_t)(t->vstr.len - v->voff);
		buf_addc(&t->vstr, '\0');
		t->nvar++;
		if (t->vstr.len > UINT32_MAX / 2) {
			seterr(err, errlen, "%s:%ld: variant map too large", path,
			    lineno);
			rc = -1;
			break;
		}
		continue;
bad:
		seterr(err, errlen, "%s:%ld: cannot fold entry", path, lineno);
		rc = -1;
		break;
	}
	if (rc == 0 && ferror(fp)) {
		seterr(err, errlen, "%s: read error", path);
		rc = -1;
	}
	free(line);
	fclose(fp);
	return rc;
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
	buf_init(&t->vstr);
	if (locale == NULL)
		locale = "";
	if (strlen(locale) >= sizeof t->deflocale) {
		seterr(err, errlen, "locale name too long: '%.40s'", locale);
		goto fail;
	}
	snprintf(t->deflocale, sizeof t->deflocale, "%s", locale);
	t->nfkc_cf = unorm2_getNFKCCasefoldInstance(&st);
	if (U_FAILURE(st)) {
		seterr(err, errlen, "cannot load ICU NFKC_Casefold data: %s",
		    u_errorName(st));
		goto fail;
	}
	if (!(flags & TOK_ICU_ONLY))
		root_rules(t);
	if (open_loc(t, &t->loc[0], t->deflocale, err, errlen) < 0)
		goto fail;
	t->next = 1;
	if (variants_path && load_variants(t, variants_path, err, errlen) < 0)
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
	free(t->rootrules);
	free(t->u16);
	free(t->u16b);
	buf_free(&t->vstr);
	free(t->vtab);
	free(t->rg);
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

/* ---- e-mail addresses and URLs, kept whole ---- */

static int
isalnum_a(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

static void
add_range(struct tok *t, size_t a, size_t b)
{
	if (t->nrg && a < t->rg[t->nrg - 1].b)
		return; /* overlaps the previous one */
	if (t->nrg == t->rgcap) {
		t->rgcap = t->rgcap ? t->rgcap * 2 : 8;
		t->rg = xrealloc(t->rg, xmul(t->rgcap, sizeof *t->rg));
	}
	t->rg[t->nrg].a = a;
	t->rg[t->nrg].b = b;
	t->nrg++;
}

static int
urlchar(int c)
{
	return c > 0x20 && c < 0x7F && !strchr("<>\"'`{}|\\^", c);
}

static int
emailchar(int c)
{
	return isalnum_a(c) || (c && strchr("._%+-", c));
}

/* Whether s[0..n) contains the three bytes p (memmem is not POSIX). */
static int
has3(const char *s, size_t n, const char *p)
{
	const char *b = s, *e = s + n, *q;

	/* look for the middle byte, so that both neighbours are in range */
	while (e - s >= 2 && (q = memchr(s, p[1], (size_t)(e - s - 1))) !=
	    NULL) {
		if (q > b && q[-1] == p[0] && q[1] == p[2])
			return 1;
		s = q + 1;
	}
	return 0;
}

/*
 * Find e-mail addresses (local@domain.tld) and URLs (http://, https://,
 * www.) in text[0..n), in order.  ASCII only: the rest of the text is words.
 */
static void
find_ranges(struct tok *t, const char *s, size_t n)
{
	size_t i;

	t->nrg = 0;
	/* most records hold none: look for the signs first */
	if (!memchr(s, '@', n) && !has3(s, n, "://") && !has3(s, n, "ww.") &&
	    !has3(s, n, "WW."))
		return;
	for (i = 0; i < n; i++) {
		size_t a, b, dot;
		int c = (unsigned char)s[i];

		if (c == '@') {
			for (a = i; a > 0 && emailchar((unsigned char)s[a - 1]); a--)
				;
			while (a < i && s[a] == '.')
				a++;
			for (b = i + 1; b < n && (isalnum_a((unsigned char)s[b]) ||
			    s[b] == '.' || s[b] == '-'); b++)
				;
			while (b > i + 1 && (s[b - 1] == '.' || s[b - 1] == '-'))
				b--;
			for (dot = i + 1; dot < b && s[dot] != '.'; dot++)
				;
			if (a < i && dot > i + 1 && dot + 1 < b &&
			    (t->nrg == 0 || a >= t->rg[t->nrg - 1].b)) {
				add_range(t, a, b);
				i = b - 1;
			}
			continue;
		}
		if (i > 0 && isalnum_a((unsigned char)s[i - 1]))
			continue;
		if ((c == 'h' || c == 'H') && ((n - i > 7 &&
		    strncasecmp(s + i, "http://", 7) == 0) || (n - i > 8 &&
		    strncasecmp(s + i, "https://", 8) == 0)))
			;
		else if ((c == 'w' || c == 'W') && n - i > 4 &&
		    strncasecmp(s + i, "www.", 4) == 0)
			;
		else
			continue;
		for (b = i; b < n && urlchar((unsigned char)s[b]); b++)
			;
		while (b > i && strchr(".,;:!?)]", s[b - 1]))
			b--;
		if (b > i + 4) {
			add_range(t, i, b);
			i = b - 1;
		}
	}
}

/* ---- emitting tokens ---- */

static void
push(struct tok_out *out, size_t start, size_t end, size_t off)
{
	struct tok_token *k;

	if (out->n == out->cap) {
		out->cap = out->cap ? out->cap * 2 : 64;
		out->t = xrealloc(out->t, xmul(out->cap, sizeof *out->t));
	}
	k = &out->t[out->n++];
	k->start = start;
	k->end = end;
	k->off = off;
	k->len = out->str.len - off;
	k->sent = 0;
	if (out->str.cap - out->str.len < 2)
		buf_grow(&out->str, 1);
	out->str.s[out->str.len++] = '\0';
	out->str.s[out->str.len] = '\0';
}

/* Emit the folded word s[a..b) as one token, or as the words of its
 * variant, all with the span [a, b). */
static int
emit_word(struct tok *t, struct tok_out *out, const char *s, size_t a,
	  size_t b)
{
	size_t off = out->str.len;
	struct var *v;

	if (tok_fold(t, s + a, b - a, &out->str) < 0)
		return -1;
	if (out->str.len == off)
		return 0; /* only ignorable characters */
	if (t->nvar) {
		const char *k = out->str.s + off;
		size_t n = out->str.len - off;

		v = var_find(t, k, n, hash(k, n));
		if (v && v->klen) {
			const char *p = t->vstr.s + v->voff, *e = p + v->vlen;

			buf_setlen(&out->str, off);
			while (p < e) {
				const char *sp = memchr(p, ' ', (size_t)(e - p));

				if (sp == NULL)
					sp = e;
				off = out->str.len;
				buf_add(&out->str, p, (size_t)(sp - p));
				push(out, a, b, off);
				p = sp + 1;
			}
			return 0;
		}
	}
	push(out, a, b, off);
	return 0;
}

static const char *const tlds[] = {
	"com", "org", "net", "uk", "gov", "edu", "io", "info", "nhs", NULL
};

/* Split a word segment at full stops between words ("care.Staff"): only
 * when every part has at least two characters and the last part is not a
 * common top-level domain ("bbc.co.uk"). */
static int
emit_dotted(struct tok *t, struct tok_out *out, const char *s, size_t a,
	    size_t b)
{
	size_t i, p, ncp;
	int split = 1, j;

	if (!memchr(s + a, '.', b - a))
		return emit_word(t, out, s, a, b);
	for (p = a, ncp = 0, i = a; i <= b; i++) {
		if (i == b || s[i] == '.') {
			if (ncp < 2)
				split = 0;
			if (i == b)
				for (j = 0; tlds[j]; j++)
					if (i - p == strlen(tlds[j]) &&
					    strncasecmp(s + p, tlds[j], i - p) == 0)
						split = 0;
			p = i + 1;
			ncp = 0;
		} else if (((unsigned char)s[i] & 0xC0) != 0x80)
			ncp++;
	}
	if (!split)
		return emit_word(t, out, s, a, b);
	for (p = a, i = a; i <= b; i++)
		if (i == b || s[i] == '.') {
			if (emit_word(t, out, s, p, i) < 0)
				return -1;
			p = i + 1;
		}
	return 0;
}

static int
is_emoji(UChar32 c)
{
	return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ||
	    u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR);
}

/* Append the lower-case ICU name of c, spaces as '_'. */
static void
add_name(struct buf *out, UChar32 c)
{
	char name[128];
	UErrorCode st = U_ZERO_ERROR;
	int32_t n, i;

	n = u_charName(c, U_UNICODE_CHAR_NAME, name, (int32_t)sizeof name, &st);
	if (U_FAILURE(st) || n <= 0 || n >= (int32_t)sizeof name) {
		buf_addf(out, "u+%04x", (unsigned)c);
		return;
	}
	for (i = 0; i < n; i++) {
		char ch = name[i];

		buf_addc(out, ch == ' ' ? '_' : (ch >= 'A' && ch <= 'Z') ?
		    ch + 32 : ch);
	}
}

/*
 * Name the emoji sequence s[a..b): ":NAME_NAME:" from the names of its
 * pictographs, leaving out joiners, variation selectors and skin-tone
 * modifiers; a pair of regional indicators is ":flag_xx:", a black flag
 * with tag letters ":flag_gbeng:".  Returns 0 when s[a..b) holds no emoji.
 */
static int
emit_emoji(struct tok_out *out, const char *s, size_t a, size_t b)
{
	size_t i = a, off = out->str.len, len;
	int any = 0, flag = 0;
	uint32_t c;

	buf_addc(&out->str, ':');
	while (i < b) {
		i += utf8_decode(s + i, b - i, &c);
		if (c >= 0x1F1E6 && c <= 0x1F1FF) { /* regional indicator */
			if (!flag) {
				if (any)
					buf_addc(&out->str, '_');
				buf_adds(&out->str, "flag_");
				flag = 1;
			}
			buf_addc(&out->str, (int)('a' + (c - 0x1F1E6)));
			any = 1;
			continue;
		}
		if (c >= 0xE0061 && c <= 0xE007A && any) { /* tag letter */
			if (!flag) {
				/* the black flag's name gives way to "flag_" */
				buf_setlen(&out->str, off + 1);
				buf_adds(&out->str, "flag_");
				flag = 1;
			}
			buf_addc(&out->str, (int)('a' + (c - 0xE0061)));
			continue;
		}
		flag = 0;
		if (c == 0x200D || c == 0xFE0F || c == 0xFE0E ||
		    (c >= 0x1F3FB && c <= 0x1F3FF) ||
		    (c >= 0xE0000 && c <= 0xE007F))
			continue;
		if (any)
			buf_addc(&out->str, '_');
		add_name(&out->str, (UChar32)c);
		any = 1;
	}
	len = out->str.len - off;
	if (!any || len < 2) {
		buf_setlen(&out->str, off);
		return 0;
	}
	buf_addc(&out->str, ':');
	buf_grow(&out->str, 1);
	push(out, a, b, off);
	return 1;
}

static int
has_emoji(const char *s, size_t a, size_t b)
{
	size_t i = a;
	uint32_t c;

	while (i < b) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		i += utf8_decode(s + i, b - i, &c);
		if (is_emoji((UChar32)c))
			return 1;
	}
	return 0;
}

/* ICU 72 gives a lone "@" a word status; a token needs a letter or digit
 * (any non-ASCII character in a word segment counts as one). */
static int
has_alnum(const char *s, size_t a, size_t b)
{
	for (; a < b; a++)
		if (isalnum_a((unsigned char)s[a]) || (unsigned char)s[a] >= 0x80)
			return 1;
	return 0;
}

static void
set_sentences(struct tok *t, struct tok_out *out)
{
	UBreakIterator *sb = t->loc[t->cur].sent;
	UErrorCode st = U_ZERO_ERROR;
	size_t i, idx = 0;
	int32_t lim;

	ubrk_setUText(sb, &t->ut, &st);
	if (U_FAILURE(st))
		return;
	lim = ubrk_next(sb);
	for (i = 0; i < out->n; i++) {
		while (lim != UBRK_DONE && (size_t)lim <= out->t[i].start) {
			lim = ubrk_next(sb);
			idx++;
		}
		out->t[i].sent = idx;
	}
}

/*
 * One segment s[a..b) with ICU rule status rs: emit what it holds.  An
 * e-mail address or URL (range r) is one token whatever the segments; the
 * caller then skips segments that start before *skip, as ICU's
 * ubrk_following() would.
 */
static int
segment(struct tok *t, struct tok_out *out, const char *s, size_t a,
	size_t b, int32_t rs, size_t *r, size_t *skip)
{
	while (*r < t->nrg && t->rg[*r].b <= a)
		(*r)++;
	if (*r < t->nrg && t->rg[*r].a < b) {
		size_t ra = t->rg[*r].a, rb = t->rg[*r].b;

		if (ra < a)
			ra = a;
		(*r)++;
		*skip = rb;
		return emit_word(t, out, s, ra, rb);
	}
	if (rs >= UBRK_WORD_LETTER && rs < UBRK_WORD_IDEO_LIMIT)
		return has_alnum(s, a, b) ? emit_dotted(t, out, s, a, b) : 0;
	if (rs >= UBRK_WORD_NUMBER && rs < UBRK_WORD_NUMBER_LIMIT)
		return emit_word(t, out, s, a, b);
	if (has_emoji(s, a, b))
		emit_emoji(out, s, a, b);
	return 0;
}

/* ---- the ASCII fast path ---- */

static int
is_ascii(const char *s, size_t n)
{
	size_t i = 0;
	uint64_t w, acc = 0;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		acc |= w;
	}
	for (; i < n; i++)
		acc |= (unsigned char)s[i];
	return (acc & 0x8080808080808080ull) == 0;
}

/* UAX #29 word-break classes of ASCII, as ICU 72's root rules have them:
 * "@" counts as a letter, ":" is not MidLetter (CLDR 42). */
enum { W_OTHER, W_LETTER, W_NUM, W_EXTNUM, W_MIDNUMLET, W_MIDNUM, W_SPACE,
	W_CR, W_NL };

static int
wclass(unsigned char c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@')
		return W_LETTER;
	if (c >= '0' && c <= '9')
		return W_NUM;
	switch (c) {
	case '_':
		return W_EXTNUM;
	case '.':
	case '\'':
		return W_MIDNUMLET;
	case ',':
	case ';':
		return W_MIDNUM;
	case ' ':
		return W_SPACE;
	case '\r':
		return W_CR;
	case '\n':
	case 0x0B:
	case 0x0C:
		return W_NL;
	}
	return W_OTHER;
}

/*
 * The end of the ICU word segment of ASCII text that starts at s[i], and
 * its rule status in *rs: UAX #29 rules WB3-WB3d, WB5-WB13b restricted to
 * ASCII, and ICU 72's rule statuses (below).  tests/conformance checks this
 * against ICU exhaustively on short strings and on whole corpora.
 */
static size_t
ascii_next(const char *s, size_t n, size_t i, int32_t *rs)
{
	int c = wclass((unsigned char)s[i]), prev, last;
	size_t j = i + 1;

	*rs = UBRK_WORD_NONE;
	switch (c) {
	case W_CR:
		return j < n && s[j] == '\n' ? j + 1 : j;
	case W_SPACE:
		while (j < n && s[j] == ' ')
			j++;
		return j;
	case W_LETTER:
	case W_NUM:
	case W_EXTNUM:
		break;
	default:
		return j;
	}
	prev = c;
	while (j < n) {
		int d = wclass((unsigned char)s[j]);

		if (d == W_LETTER || d == W_NUM || d == W_EXTNUM)
			j++;
		else if (j + 1 < n && ((d == W_MIDNUMLET && prev == W_LETTER &&
		    wclass((unsigned char)s[j + 1]) == W_LETTER) ||
		    ((d == W_MIDNUMLET || d == W_MIDNUM) && prev == W_NUM &&
		    wclass((unsigned char)s[j + 1]) == W_NUM)))
			j += 2;
		else
			break;
		prev = wclass((unsigned char)s[j - 1]);
	}
	/* ICU 72's status, found by experiment and checked exhaustively:
	 * two or more trailing "_" make a letter word; otherwise the last
	 * letter or digit decides; a lone "_" is no word */
	if (j - i >= 2 && s[j - 1] == '_' && s[j - 2] == '_')
		*rs = UBRK_WORD_LETTER;
	else if (s[j - 1] == '_' && j - i == 1)
		*rs = UBRK_WORD_NONE;
	else {
		last = wclass((unsigned char)s[s[j - 1] == '_' ? j - 2 : j - 1]);
		*rs = last == W_LETTER ? UBRK_WORD_LETTER : UBRK_WORD_NUMBER;
	}
	return j;
}

long
tok_run(struct tok *t, const char *s, size_t n, struct tok_out *out,
	char *err, size_t errlen)
{
	UBreakIterator *bi = t->loc[t->cur].word;
	UErrorCode st = U_ZERO_ERROR;
	int32_t a, b;
	size_t r = 0, skip = 0;
	int fast;

	buf_reset(&out->str);
	out->n = 0;
	if (bi == NULL) {
		seterr(err, errlen, "no ICU break iterator");
		return -1;
	}
	if (n > INT32_MAX) {
		seterr(err, errlen, "text too long for ICU (%zu bytes)", n);
		return -1;
	}
	utext_openUTF8(&t->ut, s, (int64_t)n, &st);
	fast = t->loc[t->cur].fast && is_ascii(s, n);
	if (U_SUCCESS(st) && !fast)
		ubrk_setUText(bi, &t->ut, &st);
	if (U_FAILURE(st)) {
		seterr(err, errlen, "ICU cannot segment the text: %s",
		    u_errorName(st));
		return -1;
	}
	find_ranges(t, s, n);
	if (fast) {
		/* the same segments and statuses as ICU, without ICU */
		for (a = 0; (size_t)a < n; a = b) {
			int32_t rs;

			b = (int32_t)ascii_next(s, n, (size_t)a, &rs);
			if ((size_t)a < skip)
				continue;
			if (segment(t, out, s, (size_t)a, (size_t)b, rs, &r,
			    &skip) < 0)
				goto fail;
		}
	} else {
		a = ubrk_first(bi);
		while ((b = ubrk_next(bi)) != UBRK_DONE) {
			if ((size_t)a >= skip && segment(t, out, s, (size_t)a,
			    (size_t)b, ubrk_getRuleStatus(bi), &r, &skip) < 0)
				goto fail;
			a = b;
		}
	}
	if (t->flags & TOK_SENTENCES)
		set_sentences(t, out);
	return (long)out->n;
fail:
	seterr(err, errlen, "ICU cannot fold a token at byte %ld", (long)a);
	return -1;
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
