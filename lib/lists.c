/*
 * lists.c - parsers for the list-valued columns (see lists.h).  They never
 * allocate per entry: arrays grow to the longest record and are kept.
 */
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "lex.h"
#include "lists.h"
#include "banned.h"

const char *
list_split(struct str f, struct list *l)
{
	size_t i = 0;

	l->n = 0;
	if (f.n == 0)
		return NULL;
	for (;;) {
		const char *sp = memchr(f.p + i, ' ', f.n - i);
		size_t e = sp ? (size_t)(sp - f.p) : f.n;

		if (e == i)
			return "empty entry (two spaces together, or one at "
			    "an end)";
		if (l->n == l->cap) {
			l->cap = l->cap ? xmul(l->cap, 2) : 256;
			l->v = xrealloc(l->v, xmul(l->cap, sizeof *l->v));
		}
		l->v[l->n].p = f.p + i;
		l->v[l->n].n = e - i;
		l->n++;
		if (sp == NULL)
			return NULL;
		i = e + 1;
	}
}

void
list_free(struct list *l)
{
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* A decimal number at *p (no sign, no leading '+'); -1 on overflow or
 * when there is no digit. */
static int
num(const char **p, const char *end, size_t *v)
{
	size_t x = 0;
	const char *s = *p;

	if (s == end || *s < '0' || *s > '9')
		return -1;
	for (; s < end && *s >= '0' && *s <= '9'; s++) {
		if (x > ((size_t)-1 - 9) / 10)
			return -1;
		x = x * 10 + (size_t)(*s - '0');
	}
	*p = s;
	*v = x;
	return 0;
}

/* Is offset i of text on a character boundary (not a continuation byte)? */
static int
boundary(struct str text, size_t i)
{
	return i == text.n ||
	    ((unsigned char)text.p[i] & 0xC0) != 0x80;
}

const char *
list_spans(struct str f, size_t ntok, struct str text, struct list_spans *s)
{
	const char *p = f.p, *end = f.p + f.n;
	size_t i, prev = 0;

	if (ntok + 1 > s->cap) {
		s->cap = xadd(ntok, 256);
		s->start = xrealloc(s->start, xmul(s->cap, sizeof *s->start));
		s->end = xrealloc(s->end, xmul(s->cap, sizeof *s->end));
	}
	s->n = 0;
	for (i = 0; i < ntok; i++) {
		if (i > 0 && (p == end || *p++ != ' '))
			return "'spans' has fewer entries than 'tokens'";
		if (num(&p, end, &s->start[i]) < 0 || p == end ||
		    *p++ != ':' || num(&p, end, &s->end[i]) < 0)
			return "malformed 'spans' entry (START:END expected)";
		if (s->start[i] >= s->end[i] || s->end[i] > text.n)
			return "'spans' entry outside 'text' or empty";
		/* a variant that becomes several tokens ("gonna": "going
		 * to") repeats its span; any other overlap is wrong */
		if (s->start[i] < prev && !(i > 0 &&
		    s->start[i] == s->start[i - 1] && s->end[i] == prev))
			return "'spans' entries overlap or go backwards";
		if (!boundary(text, s->start[i]) || !boundary(text, s->end[i]))
			return "'spans' entry cuts a UTF-8 character";
		prev = s->end[i];
	}
	if (p != end)
		return "'spans' has more entries than 'tokens'";
	s->n = ntok;
	return NULL;
}

void
list_spans_free(struct list_spans *s)
{
	free(s->start);
	free(s->end);
	memset(s, 0, sizeof *s);
}

/* Code and theme names: ASCII letters, digits and _ . / - */
static int
name_ok(const char *p, size_t n)
{
	size_t i;

	if (n == 0)
		return 0;
	for (i = 0; i < n; i++) {
		char c = p[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '_' || c == '.' ||
		    c == '/' || c == '-'))
			return 0;
	}
	return 1;
}

const char *
list_tag(const char *p, size_t n, size_t ntok, struct list_tag *t)
{
	const char *end = p + n, *at = memchr(p, '@', n), *s;

	memset(t, 0, sizeof *t);
	if (at == NULL || !name_ok(p, (size_t)(at - p)))
		return "malformed";
	t->code.p = p;
	t->code.n = (size_t)(at - p);
	while (end > at + 1 && (end[-1] == '!' || end[-1] == '?')) {
		if (end[-1] == '!')
			t->negated = 1;
		else
			t->uncertain = 1;
		end--;
	}
	s = at + 1;
	if (num(&s, end, &t->first) < 0 || s == end || *s++ != '-' ||
	    num(&s, end, &t->last) < 0 || s != end || t->last < t->first)
		return "malformed";
	if (ntok != (size_t)-1 && t->last >= ntok)
		return "out-of-range";
	return NULL;
}

const char *
list_count(const char *p, size_t n, struct str *name, unsigned long long *count)
{
	const char *eq = memchr(p, '=', n), *s, *end = p + n;
	unsigned long long x = 0;

	if (eq == NULL || !name_ok(p, (size_t)(eq - p)))
		return "bad entry (want NAME=COUNT)";
	name->p = p;
	name->n = (size_t)(eq - p);
	s = eq + 1;
	if (s == end)
		return "bad entry (want NAME=COUNT)";
	for (; s < end; s++) {
		if (*s < '0' || *s > '9')
			return "bad entry (want NAME=COUNT)";
		if (x > (~0ULL - 9) / 10)
			return "count too large";
		x = x * 10 + (unsigned long long)(*s - '0');
	}
	*count = x;
	return NULL;
}

const char *
list_code(const char *p, size_t n, struct str *name, unsigned long long *count)
{
	const char *why;

	name->p = p;
	name->n = n;
	*count = 1;
	if (memchr(p, '=', n) != NULL &&
	    (why = list_count(p, n, name, count)) != NULL)
		return why;
	if (!lex_valid_name(name->p, name->n))
		return "bad code name (ASCII letters, digits, _ . - and / "
		    "between levels)";
	return NULL;
}
