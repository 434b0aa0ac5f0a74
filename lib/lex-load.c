/*
 * lex-load.c - read the native lexicon format into a struct lex.
 *
 * One entry a line (CR, LF or CRLF line ends, a byte-order mark skipped):
 * directives at the margin (lexicon, version, window, language, negator,
 * hedge, break, code), and under a code, indented, its description,
 * polarity and patterns.  What cannot be read is added to lx->msgs with
 * its FILE:LINE and reading goes on, so that `check` shows every finding.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "lex.h"
#include "utf8.h"
#include "banned.h"

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

const char *const lex_context_names[LEX_NCONTEXT] = {
	"negator", "hedge", "break", "", "", "postneg", "pseudo", "person1",
	"person3", "concord", "ellipsis"
};

/* The context kind a directive names (LEX_NEGATOR ...), or 0. */
static int
context_kind(const char *w)
{
	for (int k = 0; k < LEX_NCONTEXT; k++)
		if (lex_context_names[k][0] && strcmp(w, lex_context_names[k]) == 0)
			return -k - 1;
	return 0;
}

static void
parse_line(struct lex *lx, int file, unsigned long line, char *s,
	   struct tok *t, int *code)
{
	char *w, *rest;
	int kind;

	if (*s == '#' || *trim(s) == '\0')
		return;
	if (*s == ' ' || *s == '\t') {
		s = trim(s);
		if (*code < 0) {
			lex_msgf(lx, 1, file, line, "pattern '%s' before any "
			    "'code' line", s);
			return;
		}
		if (lex_codebook_field(lx, *code, s, t, file, line))
			return;
		if (strncmp(s, "description:", 12) == 0) {
			free(lx->codes[*code].desc);
			lx->codes[*code].desc = xstrdup(trim(s + 12));
		} else if (strncmp(s, "polarity:", 9) == 0) {
			free(lx->codes[*code].polname);
			lx->codes[*code].polname = xstrdup(trim(s + 9));
			lx->codes[*code].polline = line;
		} else if (!lex_weight_line(lx, *code, s, t, file, line))
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
	} else if ((kind = context_kind(w)) != 0)
		add_context(lx, kind, rest, t, file, line, w);
	else if (lex_codebook_directive(lx, w, rest, t, file, line))
		;
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
