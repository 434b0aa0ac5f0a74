/*
 * formats-text.c - WordStat .cat, quanteda YAML and Lexicoder .lc3 readers.
 *
 * Each reads a whole file held in memory into a struct lex (codes named
 * from the categories, made valid by conv_code(); entries become
 * patterns), adding FILE:LINE findings for what it cannot read (errors)
 * and for what it read but cannot carry over (warnings), never dropping
 * an entry silently.  Any line end (CR, LF, CRLF) and a BOM are accepted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "lexicon.h"
#include "banned.h"

#define MAXDEPTH 64

/* Leading white space of s[0..n): *cols with a tab to the next multiple
 * of 8; returns its length in bytes and sets *mixed when both occur. */
static size_t
indent(const char *s, size_t n, size_t *cols, int *mixed)
{
	size_t i, c = 0;
	int sp = 0, tab = 0;

	for (i = 0; i < n && (s[i] == ' ' || s[i] == '\t'); i++) {
		if (s[i] == '\t') {
			c = (c / 8 + 1) * 8;
			tab = 1;
		} else {
			c++;
			sp = 1;
		}
	}
	*cols = c;
	*mixed = sp && tab;
	return i;
}

static size_t
rtrim(const char *s, size_t n)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return n;
}

/* 1 when the word s[0..n) is a WordStat proximity operator with a
 * distance: NEAR/n, AFTER/n, BEFORE/n. */
static int
prox_op(const char *s, size_t n)
{
	static const char *ops[] = { "NEAR/", "AFTER/", "BEFORE/", NULL };
	size_t k, m, i;

	for (k = 0; ops[k]; k++) {
		m = strlen(ops[k]);
		if (n <= m || memcmp(s, ops[k], m) != 0)
			continue;
		for (i = m; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			;
		return i == n;
	}
	return 0;
}

/* Add pattern p[0..n) under code, lower-cased in ASCII so that entries
 * in capitals (as WordStat and Lexicoder files are) cannot read as the
 * native operators NEAR, AFTER and NOT; with keep_near a NEAR/n word
 * stays an operator.  The native reader reports what it cannot take. */
static void
add_pat(struct lex *lx, int code, const char *p, size_t n, int keep_near,
	int file, unsigned long line)
{
	char *s = xmemdup(p, n);
	size_t i = 0;

	while (i < n) {
		size_t b;

		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		for (b = i; i < n && s[i] != ' ' && s[i] != '\t'; i++)
			;
		if (keep_near && i - b > 5 && memcmp(s + b, "NEAR/", 5) == 0)
			continue;
		for (; b < i; b++)
			if (s[b] >= 'A' && s[b] <= 'Z')
				s[b] = (char)(s[b] + 32);
	}
	if (n >= 3 && s[0] == '/' && s[n - 1] == '/')
		lex_msgf(lx, 0, file, line, "entry '%s' not converted (it would "
		    "read as a regular expression)", s);
	else
		lex_add_pattern(lx, code, s, NULL, file, line);
	free(s);
}

/*
 * WordStat: categories at the left margin, subcategories and entries
 * indented below them (tabs or spaces; a tab counts as 8 columns), each
 * entry followed by its weight `(1)`.  Entries are usually in capitals,
 * so AFTER or NOT in one is a word.  An entry is a rule when it names a
 * category (`@`) or holds an operator with a distance (NEAR/n, AFTER/n,
 * BEFORE/n); `A NEAR/n B` of words and phrases is translated, other rules
 * are reported.  Returns 0 for a plain entry, 1 for a translatable rule,
 * 2 for one that is not.
 */
static int
cat_rule(const char *s, size_t n)
{
	size_t i = 0, nops = 0, nwords = 0, opat = 0;
	int near = 0;

	while (i < n) {
		size_t b;

		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i == n)
			break;
		for (b = i; i < n && s[i] != ' ' && s[i] != '\t'; i++)
			;
		if (prox_op(s + b, i - b)) {
			nops++;
			opat = nwords;
			near = s[b] == 'N';
		}
		nwords++;
	}
	if (memchr(s, '@', n))
		return 2;
	if (nops == 0)
		return 0;
	return nops == 1 && near && opat > 0 && opat + 1 < nwords ? 1 : 2;
}

void
cat_read(struct lex *lx, const char *path, const char *text, size_t n)
{
	size_t stcol[MAXDEPTH], pos = 0, len, depth = 0;
	int stcode[MAXDEPTH], file = lex_add_file(lx, path), warned = 0;
	unsigned long line = 0;
	const char *s;

	while (next_line(text, n, &pos, &s, &len)) {
		size_t cols, b, e;
		int mixed, parent;

		line++;
		if (!line_ok(lx, file, line, s, len))
			continue;
		b = indent(s, len, &cols, &mixed);
		e = rtrim(s, len);
		if (b == e)
			continue;
		if (mixed && !warned) {
			lex_msgf(lx, 0, file, line, "indentation mixes tabs "
			    "and spaces (a tab counts as 8 columns)");
			warned = 1;
		}
		while (depth && stcol[depth - 1] >= cols)
			depth--;
		parent = depth ? stcode[depth - 1] : -1;
		if (e > b && s[e - 1] == ')' && memchr(s + b, '(', e - b)) {
			/* An entry: WORDS (WEIGHT). */
			const char *o = s + e - 1;
			size_t wn;
			int rule;

			while (*o != '(')
				o--;
			wn = rtrim(s + b, (size_t)(o - (s + b)));
			if (parent < 0) {
				lex_msgf(lx, 1, file, line, "entry '%.*s' "
				    "outside any category", (int)wn, s + b);
				continue;
			}
			if (wn == 0) {
				lex_msgf(lx, 1, file, line, "entry without "
				    "words");
				continue;
			}
			if (!(o + 3 == s + e && o[1] == '1'))
				lex_msgf(lx, 0, file, line, "weight %.*s of "
				    "'%.*s' not converted (the native format "
				    "has no weights)", (int)(s + e - o), o,
				    (int)wn, s + b);
			rule = cat_rule(s + b, wn);
			if (rule == 2) {
				lex_msgf(lx, 0, file, line, "rule '%.*s' not "
				    "converted (the native format cannot say "
				    "it)", (int)wn, s + b);
				continue;
			}
			add_pat(lx, parent, s + b, wn, rule, file, line);
			continue;
		}
		if (depth == MAXDEPTH) {
			lex_msgf(lx, 1, file, line, "categories nested more "
			    "than %d deep", MAXDEPTH);
			continue;
		}
		stcol[depth] = cols;
		stcode[depth] = conv_code(lx, parent, s + b, e - b, file, line);
		depth++;
	}
}

/*
 * Lexicoder: `+category` lines, each followed by its patterns, one per
 * line (`*` globs, multi-word entries).  Blank lines are skipped.
 */
void
lc3_read(struct lex *lx, const char *path, const char *text, size_t n)
{
	size_t pos = 0, len;
	int code = -1, file = lex_add_file(lx, path);
	unsigned long line = 0;
	const char *s;

	while (next_line(text, n, &pos, &s, &len)) {
		size_t cols, b, e;
		int mixed;

		line++;
		if (!line_ok(lx, file, line, s, len))
			continue;
		b = indent(s, len, &cols, &mixed);
		e = rtrim(s, len);
		if (b == e)
			continue;
		if (s[b] == '+') {
			b++;
			while (b < e && (s[b] == ' ' || s[b] == '\t'))
				b++;
			if (b == e) {
				lex_msgf(lx, 1, file, line, "'+' without a "
				    "category name");
				code = -1;
				continue;
			}
			code = conv_code(lx, -1, s + b, e - b, file, line);
		} else if (code < 0)
			lex_msgf(lx, 1, file, line, "entry '%.*s' before any "
			    "'+category' line", (int)(e - b), s + b);
		else
			add_pat(lx, code, s + b, e - b, 0, file, line);
	}
}

/*
 * quanteda YAML: nested keys are codes, lists under a key its patterns
 * (`*` and `?` globs, several words a phrase).  A small part of YAML is
 * read, the part dictionaries use: block mappings and sequences by
 * indentation (spaces; a tab there is an error, as in YAML), flow lists
 * `[a, b]` on one line, plain, 'single' and "double" quoted scalars,
 * comments, `---` and `...`.  Anchors, aliases, tags, block scalars and
 * flow mappings are reported as errors at their line.
 */

/* Append the UTF-8 of code point u to b; 0, or -1 when u is not one. */
static int
put_utf8(struct buf *b, unsigned long u)
{
	if (u == 0 || u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF))
		return -1;
	if (u < 0x80)
		buf_addc(b, (int)u);
	else if (u < 0x800) {
		buf_addc(b, (int)(0xC0 | u >> 6));
		buf_addc(b, (int)(0x80 | (u & 0x3F)));
	} else if (u < 0x10000) {
		buf_addc(b, (int)(0xE0 | u >> 12));
		buf_addc(b, (int)(0x80 | (u >> 6 & 0x3F)));
		buf_addc(b, (int)(0x80 | (u & 0x3F)));
	} else {
		buf_addc(b, (int)(0xF0 | u >> 18));
		buf_addc(b, (int)(0x80 | (u >> 12 & 0x3F)));
		buf_addc(b, (int)(0x80 | (u >> 6 & 0x3F)));
		buf_addc(b, (int)(0x80 | (u & 0x3F)));
	}
	return 0;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * One scalar at s[*i..n) into out (reset first).  In a flow list a plain
 * scalar ends at `,` or `]`; in a key at `: `; a comment (` #`) ends it
 * anywhere.  Returns NULL, or what is wrong.
 */
enum { SC_VALUE, SC_FLOW, SC_KEY };

static const char *
scalar(const char *s, size_t n, size_t *i, int ctx, struct buf *out)
{
	size_t k = *i;

	buf_reset(out);
	if (k < n && s[k] == '\'') {
		for (k++;; k++) {
			if (k == n)
				return "single-quoted string not closed on "
				    "its line";
			if (s[k] == '\'') {
				if (k + 1 < n && s[k + 1] == '\'') {
					buf_addc(out, '\'');
					k++;
					continue;
				}
				break;
			}
			buf_addc(out, s[k]);
		}
		*i = k + 1;
		return NULL;
	}
	if (k < n && s[k] == '"') {
		for (k++;; k++) {
			if (k == n)
				return "double-quoted string not closed on "
				    "its line";
			if (s[k] == '"')
				break;
			if (s[k] != '\\') {
				buf_addc(out, s[k]);
				continue;
			}
			if (++k == n)
				return "'\\' at the end of the line";
			switch (s[k]) {
			case '\\': case '"': case '/': case '\'':
				buf_addc(out, s[k]);
				break;
			case 't': buf_addc(out, '\t'); break;
			case 'n': buf_addc(out, '\n'); break;
			case ' ': buf_addc(out, ' '); break;
			case 'x': case 'u': case 'U': {
				int w = s[k] == 'x' ? 2 : s[k] == 'u' ? 4 : 8;
				unsigned long u = 0;

				while (w--) {
					int h = ++k < n ? hexval(s[k]) : -1;

					if (h < 0)
						return "bad \\x, \\u or \\U escape";
					u = u * 16 + (unsigned long)h;
				}
				if (put_utf8(out, u) < 0)
					return "escape names no character";
				break;
			}
			default:
				return "unknown escape in a double-quoted "
				    "string";
			}
		}
		*i = k + 1;
		return NULL;
	}
	if (k < n && strchr("&*!|>{}%@`", s[k]))
		return s[k] == '*' ? "an alias ('*' first): quote a glob "
		    "that starts with '*'" : s[k] == '{' ? "flow mappings "
		    "are not read" : s[k] == '|' || s[k] == '>' ? "block "
		    "scalars are not read" : "anchors, tags and reserved "
		    "characters are not read";
	for (; k < n; k++) {
		if (s[k] == '#' && (k == *i || s[k - 1] == ' ' ||
		    s[k - 1] == '\t'))
			break;
		if (ctx == SC_FLOW && (s[k] == ',' || s[k] == ']' ||
		    s[k] == '['))
			break;
		if (ctx == SC_KEY && s[k] == ':' && (k + 1 == n ||
		    s[k + 1] == ' ' || s[k + 1] == '\t'))
			break;
	}
	buf_add(out, s + *i, rtrim(s + *i, k - *i));
	*i = k;
	return NULL;
}

/* Only blanks or a comment from s[i]. */
static int
rest_empty(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i == n || s[i] == '#';
}

static void
yaml_pat(struct lex *lx, int code, const struct buf *v, int file,
	 unsigned long line)
{
	if (v->len == 0)
		lex_msgf(lx, 0, file, line, "empty entry skipped");
	else if (memchr(v->s, '\n', v->len) || memchr(v->s, '\0', v->len))
		lex_msgf(lx, 0, file, line, "entry with a line break or NUL "
		    "not converted");
	else
		add_pat(lx, code, v->s, v->len, 0, file, line);
}

/* A flow list `[a, "b c"]` at s[i] (on '['); patterns go under code. */
static const char *
flow_list(struct lex *lx, int code, const char *s, size_t n, size_t i,
	  struct buf *v, int file, unsigned long line)
{
	const char *why;

	i++;
	for (;;) {
		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i == n || s[i] == '#')
			return "flow list not closed on its line";
		if (s[i] == ']')
			break;
		if (s[i] == ',' || s[i] == '[')
			return s[i] == ',' ? "empty item in a flow list" :
			    "nested lists are not read";
		if ((why = scalar(s, n, &i, SC_FLOW, v)) != NULL)
			return why;
		if (code >= 0)
			yaml_pat(lx, code, v, file, line);
		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (rest_empty(s, n, i))
			return "flow list not closed on its line";
		if (i < n && s[i] == ',') {
			i++;
			continue;
		}
		if (i < n && s[i] == ']')
			break;
		return "',' or ']' expected in a flow list";
	}
	return rest_empty(s, n, i + 1) ? NULL : "text after a flow list";
}

void
yaml_read(struct lex *lx, const char *path, const char *text, size_t n)
{
	/* The open keys: indentation, code, and what they hold (0 nothing
	 * yet, 1 a list, 2 keys). */
	size_t stcol[MAXDEPTH], pos = 0, len, depth = 0;
	int stcode[MAXDEPTH], sthas[MAXDEPTH], file = lex_add_file(lx, path);
	int docs = 0, seen = 0;
	unsigned long line = 0;
	struct buf v = BUF_INIT;
	const char *s, *why;

	while (next_line(text, n, &pos, &s, &len)) {
		size_t i = 0, col;

		line++;
		if (!line_ok(lx, file, line, s, len))
			continue;
		while (i < len && s[i] == ' ')
			i++;
		col = i;
		if (rest_empty(s, len, i))
			continue;
		if (s[i] == '\t') {
			lex_msgf(lx, 1, file, line, "tab in indentation "
			    "(YAML indents with spaces)");
			continue;
		}
		if (col == 0 && len >= 3 && (memcmp(s, "---", 3) == 0 ||
		    memcmp(s, "...", 3) == 0) && rest_empty(s, len, 3)) {
			if (s[0] == '-' && seen && docs++ == 0)
				lex_msgf(lx, 1, file, line, "a second YAML "
				    "document (one dictionary per file)");
			continue;
		}
		if (col == 0 && s[0] == '%') {
			lex_msgf(lx, 0, file, line, "YAML directive ignored");
			continue;
		}
		seen = 1;
		if (s[i] == '-' && (i + 1 == len || s[i + 1] == ' ' ||
		    s[i + 1] == '\t')) {
			/* A list item: a pattern of the nearest open key. */
			while (depth && stcol[depth - 1] > col)
				depth--;
			if (depth && stcol[depth - 1] == col &&
			    sthas[depth - 1] == 2)
				depth = 0;
			if (depth == 0 || sthas[depth - 1] == 2) {
				lex_msgf(lx, 1, file, line, "list item outside "
				    "a key's list");
				continue;
			}
			sthas[depth - 1] = 1;
			i++;
			while (i < len && (s[i] == ' ' || s[i] == '\t'))
				i++;
			if (i < len && s[i] == '[') {
				lex_msgf(lx, 1, file, line, "nested lists "
				    "are not read");
				continue;
			}
			why = scalar(s, len, &i, SC_KEY, &v);
			if (why == NULL && i < len && s[i] == ':')
				why = "a mapping inside a list is not read";
			if (why == NULL && !rest_empty(s, len, i))
				why = "text after a quoted string";
			if (why) {
				lex_msgf(lx, 1, file, line, "%s", why);
				continue;
			}
			yaml_pat(lx, stcode[depth - 1], &v, file, line);
			continue;
		}
		/* A key. */
		while (depth && stcol[depth - 1] >= col)
			depth--;
		if (depth && sthas[depth - 1] == 1) {
			lex_msgf(lx, 1, file, line, "a key inside a list "
			    "(check the indentation)");
			continue;
		}
		why = scalar(s, len, &i, SC_KEY, &v);
		while (why == NULL && i < len && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (why == NULL && (i == len || s[i] != ':'))
			why = "cannot read this line (KEY: or - ITEM expected)";
		if (why == NULL && v.len == 0)
			why = "empty key";
		if (why) {
			lex_msgf(lx, 1, file, line, "%s", why);
			continue;
		}
		if (depth == MAXDEPTH) {
			lex_msgf(lx, 1, file, line, "keys nested more than %d "
			    "deep", MAXDEPTH);
			continue;
		}
		if (depth)
			sthas[depth - 1] = 2;
		stcol[depth] = col;
		stcode[depth] = conv_code(lx, depth ? stcode[depth - 1] : -1,
		    v.s, v.len, file, line);
		sthas[depth] = 0;
		depth++;
		i++;
		while (i < len && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (rest_empty(s, len, i))
			continue;
		sthas[depth - 1] = 1;
		if (s[i] == '[')
			why = flow_list(lx, stcode[depth - 1], s, len, i, &v,
			    file, line);
		else {
			why = scalar(s, len, &i, SC_VALUE, &v);
			if (why == NULL && !rest_empty(s, len, i))
				why = "text after a quoted string";
			if (why == NULL)
				yaml_pat(lx, stcode[depth - 1], &v, file, line);
		}
		if (why)
			lex_msgf(lx, 1, file, line, "%s", why);
	}
	buf_free(&v);
}
