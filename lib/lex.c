/*
 * lex.c - load, check and write lexicons (docs/lexicon-format.md).
 *
 * The loader reads the native line format into codes and patterns.  Every
 * pattern word goes through the same tokeniser as `hark tokenise` (with
 * the same variant map), so `Don’t` in a lexicon is the token `don't`, and
 * a word the tokeniser splits (`self-harm`) becomes a phrase.  Findings are
 * collected with FILE:LINE rather than printed: `hark lexicon check` shows
 * them all, `hark tag` refuses a lexicon with errors.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "err.h"
#include "lex.h"
#include "tok.h"
#include "utf8.h"
#include "banned.h"

void
lex_init(struct lex *lx)
{
	memset(lx, 0, sizeof *lx);
	hash_init(&lx->codeix);
	lx->window = 4;
}

void
lex_free(struct lex *lx)
{
	size_t i;

	for (i = 0; i < lx->nfiles; i++) {
		free(lx->files[i]);
		free(lx->names[i]);
		free(lx->versions[i]);
	}
	free(lx->files);
	free(lx->names);
	free(lx->versions);
	for (i = 0; i < lx->ncodes; i++) {
		free(lx->codes[i].name);
		free(lx->codes[i].label);
		free(lx->codes[i].desc);
		free(lx->codes[i].polname);
	}
	free(lx->codes);
	hash_free(&lx->codeix);
	for (i = 0; i < lx->npats; i++) {
		free(lx->pats[i].src);
		free(lx->pats[i].key);
	}
	free(lx->pats);
	for (i = 0; i < lx->nelems; i++)
		free(lx->elems[i].s);
	free(lx->elems);
	free(lx->langs);
	for (i = 0; i < lx->nmsgs; i++)
		free(lx->msgs[i].text);
	free(lx->msgs);
	memset(lx, 0, sizeof *lx);
}

void
lex_msgf(struct lex *lx, int error, int file, unsigned long line,
	 const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(&b, fmt, ap);
	va_end(ap);
	if (lx->nmsgs == lx->capmsgs) {
		lx->capmsgs = lx->capmsgs ? xmul(lx->capmsgs, 2) : 16;
		lx->msgs = xrealloc(lx->msgs, xmul(lx->capmsgs,
		    sizeof *lx->msgs));
	}
	lx->msgs[lx->nmsgs].error = error;
	lx->msgs[lx->nmsgs].file = file;
	lx->msgs[lx->nmsgs].line = line;
	lx->msgs[lx->nmsgs].loud = 0;
	lx->msgs[lx->nmsgs].text = buf_detach(&b, NULL);
	lx->nmsgs++;
	if (error)
		lx->nerrors++;
}

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

int
lex_add_file(struct lex *lx, const char *path)
{
	const char *base = strrchr(path, '/');
	size_t n;

	base = base ? base + 1 : path;
	n = strcspn(base, ".");
	lx->files = xrealloc(lx->files, xmul(lx->nfiles + 1, sizeof(char *)));
	lx->names = xrealloc(lx->names, xmul(lx->nfiles + 1, sizeof(char *)));
	lx->versions = xrealloc(lx->versions,
	    xmul(lx->nfiles + 1, sizeof(char *)));
	lx->files[lx->nfiles] = xstrdup(path);
	lx->names[lx->nfiles] = xmemdup(base, n);
	lx->versions[lx->nfiles] = xstrdup("");
	return (int)lx->nfiles++;
}

int
lex_valid_name(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || s[0] == '/' || s[n - 1] == '/')
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '/' && s[i + 1] == '/')
			return 0;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '_' || c == '.' ||
		    c == '-' || c == '/'))
			return 0;
	}
	return 1;
}

int
lex_code(const struct lex *lx, const char *name, size_t n)
{
	return (int)hash_find(&lx->codeix, name, n);
}

int
lex_ancestor(const struct lex *lx, int c, int level)
{
	while (c >= 0 && lx->codes[c].level > level)
		c = lx->codes[c].parent;
	return c;
}

int
lex_lang(const struct lex *lx, const char *lang, size_t n)
{
	size_t i, k;

	for (k = 0; k < n && lang[k] != '_' && lang[k] != '-'; k++)
		;
	for (i = 0; i < lx->nlangs; i++)
		if (strlen(lx->langs[i]) == k &&
		    strncasecmp(lx->langs[i], lang, k) == 0)
			return (int)i;
	return -1;
}

int
lex_add_code(struct lex *lx, const char *name, const char *label,
	     const char *desc, int file, unsigned long line)
{
	size_t n = strlen(name);
	const char *slash = strrchr(name, '/');
	struct lex_code *c;
	int added, parent = -1, level = 1, k;
	size_t i;

	if (slash) {
		char *pn = xmemdup(name, (size_t)(slash - name));

		parent = lex_add_code(lx, pn, NULL, NULL, -1, 0);
		free(pn);
		level = lx->codes[parent].level + 1;
	}
	i = hash_intern(&lx->codeix, name, n, &added);
	if (!added) {
		c = &lx->codes[i];
		if (file < 0)
			return (int)i;
		if (!c->implicit) {
			lex_msgf(lx, 1, file, line,
			    "code '%s' declared twice (first at line %lu)",
			    name, c->line);
			return (int)i;
		}
	} else {
		if (lx->ncodes == lx->capcodes) {
			lx->capcodes = lx->capcodes ? xmul(lx->capcodes, 2) : 32;
			lx->codes = xrealloc(lx->codes,
			    xmul(lx->capcodes, sizeof *lx->codes));
		}
		c = &lx->codes[lx->ncodes++];
		memset(c, 0, sizeof *c);
		c->name = xstrdup(name);
		c->label = xstrdup("");
		c->desc = xstrdup("");
		c->parent = parent;
		c->polarity = -1;
		c->level = level;
		c->implicit = 1;
		c->file = file;
		if (file < 0)
			return (int)i;
	}
	c->implicit = 0;
	c->file = file;
	c->line = line;
	if (label) {
		free(c->label);
		c->label = xstrdup(label);
	}
	if (desc) {
		free(c->desc);
		c->desc = xstrdup(desc);
	}
	k = (int)i;
	return k;
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

/* Parse the token pattern src[0..n) into elements of p. */
static int
parse_tokens(struct lex *lx, int pi, const char *src, size_t n,
	     struct tok *t, int file, unsigned long line)
{
	struct tok_out out = TOK_OUT_INIT;
	struct buf key = BUF_INIT;
	size_t i = 0, e0 = lx->nelems, j;
	int rc = 0;

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
			long k = fold_words(lx, t, &out, w, m, file, line);

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
		static const char kinds[] = "wgas";

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

int
lex_add_pattern(struct lex *lx, int code, const char *src, struct tok *t,
		int file, unsigned long line)
{
	size_t n = strlen(src), ob = 0, oe = 0;
	int pi, kind, dist = 0;

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
		a = lex_add_pattern(lx, LEX_PART, l, t, file, line);
		b = a < 0 ? -1 : lex_add_pattern(lx, LEX_PART, r, t, file,
		    line);
		free(l);
		free(r);
		if (a < 0 || b < 0)
			goto bad;
		lx->pats[pi].a = a;
		lx->pats[pi].b = b;
		{
			struct buf k = BUF_INIT;

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

static char *
trim(char *s)
{
	size_t n;

	while (*s == ' ' || *s == '\t')
		s++;
	n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		s[--n] = '\0';
	return s;
}

/* Split "word rest": NUL-terminates the word and returns rest (trimmed). */
static char *
split_word(char *s)
{
	char *p = s + strcspn(s, " \t");

	if (*p == '\0')
		return p;
	*p++ = '\0';
	return trim(p);
}

static void
add_context(struct lex *lx, int kind, const char *rest, struct tok *t,
	    int file, unsigned long line, const char *what)
{
	int pi;

	if (lx->nlangs == 0) {
		lex_msgf(lx, 1, file, line, "'%s' before any 'language' line",
		    what);
		return;
	}
	if (*rest == '\0') {
		lex_msgf(lx, 1, file, line, "'%s' needs a word or phrase", what);
		return;
	}
	pi = lex_add_pattern(lx, kind, rest, t, file, line);
	if (pi >= 0) {
		lx->pats[pi].lang = (int)lx->nlangs - 1;
		if (lx->pats[pi].kind != LEX_TOKENS) {
			lex_msgf(lx, 1, file, line, "'%s' takes words, not a "
			    "regular expression", what);
			lx->pats[pi].code = LEX_PART;
			lx->pats[pi].ne = 0;
		}
	}
}

static void
parse_line(struct lex *lx, int file, unsigned long line, char *s,
	   struct tok *t, int *code)
{
	char *w, *rest;

	if (*s == '#' || *trim(s) == '\0')
		return;
	if (*s == ' ' || *s == '\t') {
		s = trim(s);
		if (*code < 0) {
			lex_msgf(lx, 1, file, line, "pattern '%s' before any "
			    "'code' line", s);
			return;
		}
		if (strncmp(s, "description:", 12) == 0) {
			free(lx->codes[*code].desc);
			lx->codes[*code].desc = xstrdup(trim(s + 12));
		} else if (strncmp(s, "polarity:", 9) == 0) {
			free(lx->codes[*code].polname);
			lx->codes[*code].polname = xstrdup(trim(s + 9));
			lx->codes[*code].polline = line;
		} else
			lex_add_pattern(lx, *code, s, t, file, line);
		return;
	}
	s = trim(s);
	w = s;
	rest = split_word(s);
	if (strcmp(w, "code") == 0) {
		char *name = rest, *label = split_word(rest);

		if (!lex_valid_name(name, strlen(name))) {
			lex_msgf(lx, 1, file, line, "bad code name '%s' (ASCII "
			    "letters, digits and _ . - with / between levels)",
			    name);
			*code = -1;
			return;
		}
		*code = lex_add_code(lx, name, label, NULL, file, line);
	} else if (strcmp(w, "lexicon") == 0 || strcmp(w, "version") == 0) {
		char **slot = w[0] == 'l' ? &lx->names[file] :
		    &lx->versions[file];

		if (*rest == '\0')
			lex_msgf(lx, 1, file, line, "'%s' needs a value", w);
		free(*slot);
		*slot = xstrdup(rest);
	} else if (strcmp(w, "language") == 0) {
		size_t n = strlen(rest);

		if (n == 0 || n >= 16 || strcspn(rest, " \t") != n) {
			lex_msgf(lx, 1, file, line, "bad language '%s'", rest);
			return;
		}
		if (lex_lang(lx, rest, n) >= 0) {
			/* Back to a language seen before: move it last so
			 * that the words that follow join it. */
			int k = lex_lang(lx, rest, n);
			char tmp[16];

			memcpy(tmp, lx->langs[k], 16);
			memmove(lx->langs + k, lx->langs + k + 1,
			    (lx->nlangs - (size_t)k - 1) * 16);
			memcpy(lx->langs[lx->nlangs - 1], tmp, 16);
			/* Patterns name languages by index: renumber. */
			for (size_t i = 0; i < lx->npats; i++) {
				int *l = &lx->pats[i].lang;

				if (*l == k)
					*l = (int)lx->nlangs - 1;
				else if (*l > k)
					(*l)--;
			}
			return;
		}
		lx->langs = xrealloc(lx->langs, xmul(lx->nlangs + 1, 16));
		memset(lx->langs[lx->nlangs], 0, 16);
		memcpy(lx->langs[lx->nlangs], rest, n);
		lx->nlangs++;
	} else if (strcmp(w, "window") == 0) {
		char *end;
		long v = strtol(rest, &end, 10);

		if (*rest == '\0' || *end != '\0' || v < 0 || v > 100)
			lex_msgf(lx, 1, file, line, "bad window '%s' (a number "
			    "of tokens, 0 to 100)", rest);
		else
			lx->window = (int)v;
	} else if (strcmp(w, "negator") == 0)
		add_context(lx, LEX_NEGATOR, rest, t, file, line, w);
	else if (strcmp(w, "hedge") == 0)
		add_context(lx, LEX_HEDGE, rest, t, file, line, w);
	else if (strcmp(w, "break") == 0)
		add_context(lx, LEX_BREAK, rest, t, file, line, w);
	else
		lex_msgf(lx, 1, file, line, "unknown line '%s' (patterns are "
		    "indented under a 'code' line)", w);
}

int
lex_next_line(const char *text, size_t n, size_t *pos, const char **s,
	      size_t *len)
{
	size_t i = *pos, e;

	if (i == 0 && n >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	if (i >= n)
		return 0;
	for (e = i; e < n && text[e] != '\n' && text[e] != '\r'; e++)
		;
	*s = text + i;
	*len = e - i;
	*pos = e + (e + 1 < n && text[e] == '\r' && text[e + 1] == '\n' ?
	    2 : 1);
	return 1;
}

int
lex_line_ok(struct lex *lx, int file, unsigned long line, const char *s,
	    size_t n)
{
	if (memchr(s, '\0', n)) {
		lex_msgf(lx, 1, file, line, "NUL byte");
		return 0;
	}
	if (utf8_check(s, n) != n) {
		lex_msgf(lx, 1, file, line, "not valid UTF-8");
		return 0;
	}
	return 1;
}

int
lex_load_mem(struct lex *lx, const char *path, const char *text, size_t n,
	     struct tok *t)
{
	int file = lex_add_file(lx, path), code = -1;
	unsigned long line = 0;
	size_t pos = 0, len;
	const char *l;

	while (lex_next_line(text, n, &pos, &l, &len)) {
		line++;
		if (lex_line_ok(lx, file, line, l, len)) {
			char *s = xmemdup(l, len);

			parse_line(lx, file, line, s, t, &code);
			free(s);
		}
	}
	return 0;
}

int
lex_load(struct lex *lx, const char *path, struct tok *t)
{
	struct buf b = BUF_INIT;
	int rc = buf_read_file(&b, path, (size_t)-1);

	if (rc < 0) {
		lex_msgf(lx, 1, lex_add_file(lx, path), 0, "cannot %s: %s",
		    rc == -1 ? "open" : "read", strerror(errno));
		buf_free(&b);
		return -1;
	}
	rc = lex_load_mem(lx, path, b.s ? b.s : "", b.len, t);
	buf_free(&b);
	return rc;
}

size_t
lex_report(const struct lex *lx, int warnings)
{
	size_t i;

	for (i = 0; i < lx->nmsgs; i++) {
		const struct lex_msg *g = &lx->msgs[i];
		const char *w = g->error ? "" : "warning: ";

		if (!g->error && !g->loud && !warnings)
			continue;
		if (g->file < 0)
			err_msg("%s%s", w, g->text);
		else
			err_at(lx->files[g->file], g->line, "%s%s", w, g->text);
	}
	return lx->nerrors;
}

void
lex_finish(struct lex *lx)
{
	struct hash keys;
	int *first;
	size_t i;

	for (i = 0; i < lx->ncodes; i++) {
		struct lex_code *c = &lx->codes[i];

		if (c->polname) {
			int k = lex_code(lx, c->polname, strlen(c->polname));

			if (k < 0)
				lex_msgf(lx, 1, c->file, c->polline, "polarity "
				    "names unknown code '%s'", c->polname);
			else if (k == (int)i)
				lex_msgf(lx, 1, c->file, c->polline, "code "
				    "'%s' is its own polarity", c->name);
			else
				c->polarity = k;
		}
		if (c->implicit)
			lex_msgf(lx, 0, -1, 0, "code '%s' is not declared (it "
			    "is the parent of other codes) and has no "
			    "description", c->name);
		else if (c->desc[0] == '\0')
			lex_msgf(lx, 0, c->file, c->line, "code '%s' has no "
			    "description", c->name);
	}
	hash_init(&keys);
	first = xmalloc(xmul(lx->npats + 1, sizeof *first));
	for (i = 0; i < lx->npats; i++) {
		struct lex_pat *p = &lx->pats[i], *q;
		int added;
		size_t k;

		if (p->code == LEX_PART || p->key == NULL)
			continue;
		k = hash_intern(&keys, p->key, strlen(p->key), &added);
		if (added) {
			first[k] = (int)i;
			continue;
		}
		q = &lx->pats[first[k]];
		if (q->code == p->code)
			lex_msgf(lx, 0, p->file, p->line, "duplicate pattern "
			    "'%s' (also at line %lu)", p->src, q->line);
		else if (p->code >= 0 && q->code >= 0)
			lex_msgf(lx, 0, p->file, p->line, "pattern '%s' is "
			    "under two codes: '%s' (line %lu) and '%s'",
			    p->src, lx->codes[q->code].name, q->line,
			    lx->codes[p->code].name);
	}
	free(first);
	hash_free(&keys);
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

/* Write s with its line breaks turned into spaces (the format is one
 * entry per line). */
static void
add_flat(struct buf *out, const char *s)
{
	for (; *s; s++)
		buf_addc(out, *s == '\n' || *s == '\r' || *s == '\t' ? ' ' : *s);
}

void
lex_write_native(const struct lex *lx, struct buf *out)
{
	static const char *ctx[] = { "negator", "hedge", "break" };
	size_t i, j, l;

	buf_adds(out, "# hark lexicon (docs/lexicon-format.md)\n");
	if (lx->nfiles) {
		buf_adds(out, "lexicon ");
		add_flat(out, lx->names[0]);
		buf_addc(out, '\n');
		if (lx->versions[0][0]) {
			buf_adds(out, "version ");
			add_flat(out, lx->versions[0]);
			buf_addc(out, '\n');
		}
	}
	if (lx->window != 4)
		buf_addf(out, "window %d\n", lx->window);
	for (l = 0; l < lx->nlangs; l++) {
		buf_addf(out, "\nlanguage %s\n", lx->langs[l]);
		for (i = 0; i < lx->npats; i++) {
			const struct lex_pat *p = &lx->pats[i];

			if (p->code < 0 && p->code >= LEX_BREAK &&
			    p->lang == (int)l)
				buf_addf(out, "%s %s\n", ctx[-p->code - 1],
				    p->src);
		}
	}
	for (i = 0; i < lx->ncodes; i++) {
		const struct lex_code *c = &lx->codes[i];

		buf_addf(out, "\ncode %s", c->name);
		if (c->label[0]) {
			buf_addc(out, ' ');
			add_flat(out, c->label);
		}
		buf_addc(out, '\n');
		if (c->desc[0]) {
			buf_adds(out, "\tdescription: ");
			add_flat(out, c->desc);
			buf_addc(out, '\n');
		}
		if (c->polname)
			buf_addf(out, "\tpolarity: %s\n", c->polname);
		for (j = 0; j < lx->npats; j++)
			if (lx->pats[j].code == (int)i) {
				buf_addc(out, '\t');
				add_flat(out, lx->pats[j].src);
				buf_addc(out, '\n');
			}
	}
}
