/*
 * lex-codebook.c - the codebook side of a lexicon: definitions, criteria
 * and examples of each code, sense controls (exceptions, the `passing`
 * rule), what a negated match does, and their lint.
 *
 * Kept apart from lex-load.c so that the line format's core stays small:
 * lex-load.c hands each indented `NAME: VALUE` line it does not know to
 * lex_codebook_field() and each margin line it does not know to
 * lex_codebook_directive().  docs/lexicon-format.md "Codebook" and
 * "Sense controls" define them; lex_lint_codebook() is what `hark lexicon
 * check` adds on top of the loader's findings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "lex.h"
#include "banned.h"

static char *
append_line(char *old, const char *s)
{
	struct buf b = BUF_INIT;

	if (old && old[0]) {
		buf_adds(&b, old);
		buf_addc(&b, '\n');
	}
	buf_adds(&b, s);
	free(old);
	return buf_detach(&b, NULL);
}

void
lex_codebook_free(struct lex_code *c)
{
	free(c->cb.incl);
	free(c->cb.excl);
	free(c->cb.typical);
	free(c->cb.border);
	memset(&c->cb, 0, sizeof c->cb);
}

static const char *
skip_ws(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

int
lex_codebook_field(struct lex *lx, int code, const char *s, struct tok *t,
		   int file, unsigned long line)
{
	struct lex_code *c = &lx->codes[code];
	char **slot = NULL;

	if (strncmp(s, "inclusion:", 10) == 0)
		slot = &c->cb.incl, s += 10;
	else if (strncmp(s, "exclusion:", 10) == 0)
		slot = &c->cb.excl, s += 10;
	else if (strncmp(s, "example:", 8) == 0)
		slot = &c->cb.typical, s += 8;
	else if (strncmp(s, "borderline:", 11) == 0)
		slot = &c->cb.border, s += 11;
	if (slot) {
		s = skip_ws(s);
		if (*s == '\0')
			lex_msgf(lx, 1, file, line, "empty field");
		else
			*slot = append_line(*slot, s);
		return 1;
	}
	if (strncmp(s, "negated:", 8) == 0) {
		static const char *const modes[] = { "default", "count",
		    "drop", "flip" };
		size_t i;

		s = skip_ws(s + 8);
		for (i = 1; i < 4; i++)
			if (strcmp(s, modes[i]) == 0)
				break;
		if (i == 4)
			lex_msgf(lx, 1, file, line, "bad 'negated: %s' (count, "
			    "drop or flip)", s);
		else
			c->cb.negmode = (int)i;
		return 1;
	}
	if (strncmp(s, "passing:", 8) == 0) {
		char *end;
		long v;

		s = skip_ws(s + 8);
		v = strtol(s, &end, 10);
		if (*s == '\0' || *end != '\0' || v < 1 || v > 100)
			lex_msgf(lx, 1, file, line, "bad 'passing: %s' (a number "
			    "of mentions, 1 to 100)", s);
		else
			c->cb.passing = (int)v;
		return 1;
	}
	if (strncmp(s, "except:", 7) == 0) {
		int pi = lex_add_pattern(lx, LEX_EXCEPT, skip_ws(s + 7), t,
		    file, line);

		if (pi >= 0) {
			lx->pats[pi].owner = code;
			c->cb.nexcept++;
		}
		return 1;
	}
	return 0;
}

int
lex_codebook_directive(struct lex *lx, const char *w, const char *rest,
		       struct tok *t, int file, unsigned long line)
{
	if (strcmp(w, "except") == 0) {
		if (*rest == '\0')
			lex_msgf(lx, 1, file, line, "'except' needs a pattern");
		else {
			int pi = lex_add_pattern(lx, LEX_EXCEPT, rest, t, file,
			    line);

			if (pi >= 0)
				lx->pats[pi].owner = -1;
		}
		return 1;
	}
	return 0;
}

/* Write a multi-line field as one line per entry. */
static void
put_lines(struct buf *out, const char *field, const char *v)
{
	while (v && *v) {
		size_t k = strcspn(v, "\n");

		buf_addf(out, "\t%s: %.*s\n", field, (int)k, v);
		v += k;
		if (*v)
			v++;
	}
}

void
lex_codebook_write(const struct lex *lx, int code, struct buf *out)
{
	static const char *const modes[] = { "", "count", "drop", "flip" };
	const struct lex_code *c = &lx->codes[code];
	size_t j;

	put_lines(out, "inclusion", c->cb.incl);
	put_lines(out, "exclusion", c->cb.excl);
	put_lines(out, "example", c->cb.typical);
	put_lines(out, "borderline", c->cb.border);
	if (c->cb.negmode)
		buf_addf(out, "\tnegated: %s\n", modes[c->cb.negmode]);
	if (c->cb.passing)
		buf_addf(out, "\tpassing: %d\n", c->cb.passing);
	for (j = 0; j < lx->npats; j++)
		if (lx->pats[j].code == LEX_EXCEPT &&
		    lx->pats[j].owner == code)
			buf_addf(out, "\texcept: %s\n", lx->pats[j].src);
}

int
lex_negmode(const struct lex *lx, int code)
{
	const struct lex_code *c = &lx->codes[code];

	if (c->cb.negmode != LEX_NEG_DEFAULT)
		return c->cb.negmode == LEX_NEG_FLIP && c->polarity < 0 ?
		    LEX_NEG_COUNT : c->cb.negmode;
	return c->polarity >= 0 ? LEX_NEG_FLIP : LEX_NEG_COUNT;
}

/* --- lint ------------------------------------------------------------ */

/* 1 when the words of phrase p (space-separated, ASCII-folded) appear as
 * consecutive whole words in text t (case-insensitive). */
static int
names_phrase(const char *t, const char *p)
{
	size_t n = strlen(p), i;

	if (n < 3)
		return 0;
	for (i = 0; t[i]; i++) {
		size_t k;

		if (i > 0 && ((t[i - 1] >= 'a' && t[i - 1] <= 'z') ||
		    (t[i - 1] >= 'A' && t[i - 1] <= 'Z')))
			continue;
		for (k = 0; k < n && t[i + k]; k++) {
			char a = t[i + k], b = p[k];

			if (a >= 'A' && a <= 'Z')
				a = (char)(a + 32);
			if (a != b)
				break;
		}
		if (k == n && !((t[i + k] >= 'a' && t[i + k] <= 'z') ||
		    (t[i + k] >= 'A' && t[i + k] <= 'Z')))
			return 1;
	}
	return 0;
}

static int
related(const struct lex *lx, int a, int b)
{
	int x;

	for (x = a; x >= 0; x = lx->codes[x].parent)
		if (x == b)
			return 1;
	for (x = b; x >= 0; x = lx->codes[x].parent)
		if (x == a)
			return 1;
	return 0;
}

/* The words of pattern p as written (plain words only), space-separated
 * and ASCII lower-cased; 0 when it has no such words. */
static int
plain_words(const struct lex *lx, const struct lex_pat *p, struct buf *b)
{
	size_t j;

	buf_reset(b);
	if (p->kind != LEX_TOKENS || p->ne == 0)
		return 0;
	for (j = 0; j < p->ne; j++) {
		const struct lex_elem *e = &lx->elems[p->e0 + j];

		if (e->kind != LEX_WORD && e->kind != LEX_FORM)
			return 0;
		if (j)
			buf_addc(b, ' ');
		buf_adds(b, e->s);
	}
	return 1;
}

/* Very common or many-sensed English words that say little on their own
 * (the most frequent content words of case notes and everyday talk). */
static const char *const common[] = {
	"good", "fine", "okay", "ok", "great", "nice", "bad", "well", "help",
	"room", "home", "work", "play", "wait", "share", "safe", "cut",
	"close", "closed", "ended", "end", "place", "time", "day", "way",
	"thing", "things", "people", "person", "new", "old", "get", "got",
	"go", "going", "make", "made", "take", "say", "said", "know", "see",
	"look", "feel", "felt", "want", "like", "love", "lot", "right",
	"just", "back", "still", "case", "plan", "part", "free", "open",
	"support", "service", "services", "care", "office", "group",
	"english", "black", "mood", "id", "send", "pip", "salt", "broke",
	"gas", "electric", "cook", "class", "course", "reception", "sofa",
	"address", "notes", "data", "private", "files", "language", "panic",
	"decided", "views", "voice", "understood", "heard", "shared",
	"never did", "they leave", "instructions", "talking", "speech", NULL
};

static int
is_common(const char *w)
{
	size_t i;

	for (i = 0; common[i]; i++)
		if (strcmp(common[i], w) == 0)
			return 1;
	return 0;
}

static int
is_number(const char *w)
{
	if (*w == '\0')
		return 0;
	for (; *w; w++)
		if (*w < '0' || *w > '9')
			return 0;
	return 1;
}

/* 1 when code c or an ancestor has a sense control: an exception, the
 * passing rule. */
static int
controlled(const struct lex *lx, int c)
{
	for (; c >= 0; c = lx->codes[c].parent)
		if (lx->codes[c].cb.nexcept || lx->codes[c].cb.passing)
			return 1;
	return 0;
}

/* 1 when exception e blocks code c (its owner is c or an ancestor, or
 * it is for every code) and its elements are a run of pattern p's, the
 * same kind and text: then it matches wherever p does and drops it. */
static int
swallows(const struct lex *lx, const struct lex_pat *e,
	 const struct lex_pat *p)
{
	size_t i, j;
	int c;

	if (e->owner >= 0) {
		for (c = p->code; c >= 0 && c != e->owner;
		    c = lx->codes[c].parent)
			;
		if (c < 0)
			return 0;
	}
	if (e->kind != LEX_TOKENS || p->kind != LEX_TOKENS || e->ne == 0 ||
	    e->ne > p->ne)
		return 0;
	for (i = 0; i + e->ne <= p->ne; i++) {
		for (j = 0; j < e->ne; j++) {
			const struct lex_elem *a = &lx->elems[p->e0 + i + j];
			const struct lex_elem *b = &lx->elems[e->e0 + j];

			if (a->kind != b->kind || strcmp(a->s, b->s) != 0)
				break;
		}
		if (j == e->ne)
			return 1;
	}
	return 0;
}

void
lex_lint_codebook(struct lex *lx)
{
	struct buf w = BUF_INIT;
	size_t i, k;

	for (i = 0; i < lx->npats; i++) {
		const struct lex_pat *p = &lx->pats[i];
		int c = p->code;

		/* Alternatives outside a proximity rule: a phrase of their
		 * words, which almost never occurs. */
		if ((c >= 0 || c == LEX_EXCEPT) && p->kind == LEX_TOKENS &&
		    strchr(p->src, '(') && strchr(p->src, '|'))
			lex_msgf(lx, 0, p->file, p->line, "pattern '%s' holds "
			    "a group '(a|b)', which only a side of a NEAR rule "
			    "reads as alternatives: here it is a phrase of all "
			    "its words; write one pattern each", p->src);
		if (c < 0 || !plain_words(lx, p, &w))
			continue;
		/* A pattern that another code's criteria name, its own not. */
		if (!(lx->codes[c].cb.incl && names_phrase(lx->codes[c].cb.incl,
		    w.s))) {
			for (k = 0; k < lx->ncodes; k++) {
				const struct lex_code *d = &lx->codes[k];

				if (related(lx, c, (int)k))
					continue;
				if (d->cb.incl && names_phrase(d->cb.incl, w.s)) {
					lex_msgf(lx, 0, p->file, p->line,
					    "pattern '%s' is under '%s', but "
					    "the criteria of '%s' name it",
					    p->src, lx->codes[c].name, d->name);
					break;
				}
			}
		}
		/* A pattern its own exception always drops. */
		for (k = 0; k < lx->npats; k++) {
			const struct lex_pat *e = &lx->pats[k];

			if (e->code == LEX_EXCEPT && swallows(lx, e, p)) {
				lex_msgf(lx, 0, p->file, p->line, "pattern "
				    "'%s' under '%s' can never match: the "
				    "exception '%s' (line %lu) drops it",
				    p->src, lx->codes[c].name, e->src,
				    e->line);
				break;
			}
		}
		/* A generic word or bare number without a sense control. */
		if (p->ne == 1 && (is_number(w.s) || is_common(w.s)) &&
		    !controlled(lx, c))
			lex_msgf(lx, 0, p->file, p->line, "pattern '%s' under "
			    "'%s' is a %s on its own: give the code an "
			    "'except:' or 'passing:', or use a phrase or "
			    "NEAR/n cue", p->src, lx->codes[c].name,
			    is_number(w.s) ? "bare number" :
			    "common or many-sensed word");
	}
	for (i = 0, k = 0; i < lx->ncodes; i++)
		k += lx->codes[i].cb.incl != NULL;
	/* criteria for some codes and not others */
	for (i = 0; k && i < lx->ncodes; i++) {
		const struct lex_code *c = &lx->codes[i];

		if (c->implicit)
			continue;
		if (!c->cb.incl || !c->cb.excl)
			lex_msgf(lx, 0, c->file, c->line, "code '%s' has no "
			    "%s criteria", c->name, !c->cb.incl ?
			    "inclusion" : "exclusion");
	}
	buf_free(&w);
}
