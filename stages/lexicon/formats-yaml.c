/*
 * formats-yaml.c - read a quanteda dictionary (YAML) into a lexicon.
 *
 * Nested keys are codes, a list under a key its patterns (`*` and `?`
 * globs, several words a phrase).  A small part of YAML is read, the part
 * dictionaries use: block mappings and sequences by indentation (spaces; a
 * tab there is an error, as in YAML), flow lists `[a, b]` on one line,
 * plain, 'single' and "double" quoted scalars, comments, `---` and `...`.
 * Anchors, aliases, tags, block scalars and flow mappings are reported as
 * errors at their line.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "lexicon.h"
#include "utf8.h"
#include "banned.h"

#define MAXDEPTH 64

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
				if (u == 0 || u > 0x10FFFF || (u >= 0xD800 &&
				    u <= 0xDFFF))
					return "escape names no character";
				{
					char enc[4];

					buf_add(out, enc, utf8_encode(
					    (uint32_t)u, enc));
				}
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
	{
		size_t b, e = conv_trim(s + *i, k - *i, &b);

		/* A plain scalar starts at a non-blank: b is 0. */
		buf_add(out, s + *i + b, e - b);
	}
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
yaml_pat(struct lex *lx, int code, const struct buf *v, struct tok *t,
	 int file, unsigned long line)
{
	if (v->len == 0)
		lex_msgf(lx, 0, file, line, "empty entry skipped");
	else if (memchr(v->s, '\n', v->len) || memchr(v->s, '\0', v->len))
		lex_msgf(lx, 0, file, line, "entry with a line break or NUL "
		    "not converted");
	else
		conv_pattern(lx, code, v->s, v->len, 0, t, file, line);
}

/* A flow list `[a, "b c"]` at s[i] (on '['); patterns go under code. */
static const char *
flow_list(struct lex *lx, int code, const char *s, size_t n, size_t i,
	  struct buf *v, struct tok *t, int file, unsigned long line)
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
			yaml_pat(lx, code, v, t, file, line);
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
yaml_read(struct lex *lx, const char *path, const char *text, size_t n,
	  struct tok *t)
{
	/* The open keys: indentation, code, and what they hold (0 nothing
	 * yet, 1 a list, 2 keys). */
	size_t stcol[MAXDEPTH], pos = 0, len, depth = 0;
	int stcode[MAXDEPTH], sthas[MAXDEPTH], file = lex_add_file(lx, path);
	int docs = 0, seen = 0;
	unsigned long line = 0;
	struct buf v = BUF_INIT;
	const char *s, *why;

	while (lex_next_line(text, n, &pos, &s, &len)) {
		size_t i = 0, col;

		line++;
		if (!lex_line_ok(lx, file, line, s, len))
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
			yaml_pat(lx, stcode[depth - 1], &v, t, file,
			    line);
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
			    t, file, line);
		else {
			why = scalar(s, len, &i, SC_VALUE, &v);
			if (why == NULL && !rest_empty(s, len, i))
				why = "text after a quoted string";
			if (why == NULL)
				yaml_pat(lx, stcode[depth - 1], &v, t, file,
			    line);
		}
		if (why)
			lex_msgf(lx, 1, file, line, "%s", why);
	}
	buf_free(&v);
}
