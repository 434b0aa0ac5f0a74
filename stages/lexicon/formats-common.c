/*
 * formats-common.c - what the foreign-format readers of hark-lexicon share.
 *
 * Category names become valid code names (conv_name, conv_code), entries
 * become patterns the way every reader wants them (conv_pattern: ASCII
 * lower-cased, globs that tokenise would split made phrases), and lines
 * are trimmed without ever computing a length below zero (conv_trim).
 * Lines themselves come from lex_next_line() (lib/lex-load.c), which
 * reads CR, LF and CRLF line ends alike.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "lexicon.h"
#include "banned.h"

char *
conv_name(const char *s)
{
	char *c = xstrdup(s);
	size_t i;

	for (i = 0; c[i]; i++)
		if (!lex_valid_name(c + i, 1) || c[i] == '/')
			c[i] = '_';
	return c;
}

int
conv_code(struct lex *lx, int parent, const char *raw, size_t n, int file,
	  unsigned long line)
{
	struct buf b = BUF_INIT;
	char *label = xmemdup(raw, n), *nm = conv_name(label);
	int c;

	if (parent >= 0) {
		buf_adds(&b, lx->codes[parent].name);
		buf_addc(&b, '/');
	}
	buf_adds(&b, nm[0] ? nm : "_");
	c = lex_code(lx, b.s, b.len);
	if (c >= 0 && !lx->codes[c].implicit)
		lex_msgf(lx, 0, file, line, "category '%s' appears twice "
		    "(first at line %lu): merged", label, lx->codes[c].line);
	else
		c = lex_add_code(lx, b.s, strcmp(nm, label) ? label : NULL,
		    NULL, file, line);
	buf_free(&b);
	free(nm);
	free(label);
	return c;
}

size_t
conv_trim(const char *s, size_t n, size_t *b)
{
	size_t i = 0;

	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	while (n > i && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	*b = i;
	return n;
}

void
conv_lines_init(struct conv_lines *r, struct lex *lx, const char *path,
		const char *text, size_t n)
{
	memset(r, 0, sizeof *r);
	r->lx = lx;
	r->text = text;
	r->n = n;
	r->file = lex_add_file(lx, path);
}

int
conv_next_line(struct conv_lines *r)
{
	size_t len;

	while (lex_next_line(r->text, r->n, &r->pos, &r->s, &len)) {
		r->line++;
		if (!lex_line_ok(r->lx, r->file, r->line, r->s, len))
			continue;
		r->e = conv_trim(r->s, len, &r->b);
		if (r->b < r->e)
			return 1;
	}
	return 0;
}

void
conv_pattern(struct lex *lx, int code, const char *p, size_t n,
	     int keep_near, struct tok *t, int file, unsigned long line)
{
	struct buf out = BUF_INIT, part = BUF_INIT;
	size_t i = 0, last = (size_t)-1;
	int split = 0;

	while (i < n) {
		size_t b, k;

		while (i < n && (p[i] == ' ' || p[i] == '\t'))
			i++;
		if (i == n)
			break;
		for (b = i; i < n && p[i] != ' ' && p[i] != '\t'; i++)
			;
		/* The blanks between words as written. */
		if (last != (size_t)-1)
			buf_add(&out, p + last, b - last);
		last = i;
		if (keep_near && i - b > 5 && memcmp(p + b, "NEAR/", 5) == 0) {
			buf_add(&out, p + b, i - b);
			continue;
		}
		buf_reset(&part);
		for (k = b; k < i; k++)
			buf_addc(&part, p[k] >= 'A' && p[k] <= 'Z' ?
			    p[k] + 32 : p[k]);
		/* A glob word tokenise splits (`fair-*`) could never match:
		 * the phrase of its parts does. */
		if (t && (memchr(part.s, '*', part.len) ||
		    memchr(part.s, '?', part.len)) &&
		    lex_split_glob(t, part.s, part.len, &out))
			split = 1;
		else
			buf_add(&out, part.s, part.len);
	}
	if (out.s == NULL)
		buf_adds(&out, "");
	if (out.len >= 3 && out.s[0] == '/' && out.s[out.len - 1] == '/')
		lex_msgf(lx, 0, file, line, "entry '%s' not converted (it would "
		    "read as a regular expression)", out.s);
	else {
		if (split)
			lex_msgf(lx, 0, file, line, "entry '%.*s' written as "
			    "the phrase '%s' (tokenise splits it into words)",
			    (int)n, p, out.s);
		lex_add_pattern(lx, code, out.s, NULL, file, line);
	}
	buf_free(&part);
	buf_free(&out);
}
