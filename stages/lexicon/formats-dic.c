/*
 * formats-dic.c - read a LIWC dictionary (.dic) into a lexicon.
 *
 * LIWC files as they are found: CR, CRLF or LF line ends, `%`-fenced
 * category headers (ID NAME) aligned with spaces or tabs, several category
 * ids in one field, the same word on several lines (the union counts, each
 * pair once), trailing spaces, multi-word entries.  Conditional entries
 * (`<of>`, `(02 134)125/464`) are reported and only their plain categories
 * kept; a glob that tokenise would split (`fair-*`) becomes a phrase.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "hash.h"
#include "lexicon.h"
#include "banned.h"

/* Split line s (NUL-terminated, modified) into fields at spaces and
 * tabs; returns the count (at most max). */
static size_t
fields(char *s, char **f, size_t max)
{
	size_t n = 0;

	for (;;) {
		while (*s == ' ' || *s == '\t')
			s++;
		if (*s == '\0' || n == max)
			return n;
		f[n++] = s;
		while (*s && *s != ' ' && *s != '\t')
			s++;
		if (*s)
			*s++ = '\0';
	}
}

static int
digits(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

/* What the reader keeps across lines. */
struct dic {
	struct lex *lx;
	struct tok *t;
	int file;
	struct hash ids;   /* category id (no leading zeros) -> slot */
	struct hash seen;  /* "slot word": each pair once */
	int *code;         /* per slot: its code, or -1 */
	size_t ncode;
};

/* A header line: ID NAME (a name may hold spaces). */
static void
header(struct dic *d, unsigned long line, char **f, size_t nf)
{
	struct lex *lx = d->lx;
	struct buf b = BUF_INIT;
	const char *id = f[0] + strspn(f[0], "0");
	char *nm, *label;
	size_t k, slot;
	int added;

	if (nf < 2 || !digits(f[0])) {
		lex_msgf(lx, 1, d->file, line, "bad category line (ID NAME "
		    "expected)");
		return;
	}
	for (k = 1; k < nf; k++) {
		if (k > 1)
			buf_addc(&b, ' ');
		buf_adds(&b, f[k]);
	}
	label = buf_detach(&b, NULL);
	nm = conv_name(label);
	slot = hash_intern(&d->ids, id, strlen(id), &added);
	if (!added)
		lex_msgf(lx, 1, d->file, line, "category %s declared twice",
		    f[0]);
	else {
		d->code = xrealloc(d->code, xmul(slot + 1, sizeof *d->code));
		d->code[slot] = lex_code(lx, nm, strlen(nm)) >= 0 ? -1 :
		    lex_add_code(lx, nm, strcmp(nm, label) ? label : NULL, NULL,
		    d->file, line);
		if (d->code[slot] < 0)
			lex_msgf(lx, 1, d->file, line, "category name '%s' "
			    "used twice", label);
		d->ncode = slot + 1;
	}
	free(nm);
	free(label);
}

/* An entry line: words, then category ids (the trailing fields that are
 * numbers or conditional). */
static void
entry(struct dic *d, unsigned long line, char **f, size_t nf)
{
	struct lex *lx = d->lx;
	struct buf w = BUF_INIT;
	size_t j, k;

	for (k = nf; k > 1; k--)
		if (!digits(f[k - 1]) && !strpbrk(f[k - 1], "<>()/[]"))
			break;
	if (k == nf) {
		lex_msgf(lx, 0, d->file, line, "'%s' has no category: "
		    "skipped", f[0]);
		return;
	}
	for (j = 0; j < k; j++) {
		if (j)
			buf_addc(&w, ' ');
		buf_adds(&w, f[j]);
	}
	for (j = k; j < nf; j++) {
		const char *id = f[j] + strspn(f[j], "0");
		struct buf key = BUF_INIT;
		long x;
		int added;

		if (!digits(f[j])) {
			lex_msgf(lx, 0, d->file, line, "conditional category "
			    "'%s' of '%s' not converted (the native format "
			    "cannot say it)", f[j], w.s);
			continue;
		}
		x = hash_find(&d->ids, id, strlen(id));
		if (x < 0 || (size_t)x >= d->ncode || d->code[x] < 0) {
			lex_msgf(lx, 1, d->file, line, "unknown category %s "
			    "for '%s'", f[j], w.s);
			continue;
		}
		buf_addf(&key, "%ld %s", x, w.s);
		hash_intern(&d->seen, key.s, key.len, &added);
		buf_free(&key);
		if (added)
			conv_pattern(lx, d->code[x], w.s, w.len, 0, d->t,
			    d->file, line);
	}
	buf_free(&w);
}

void
liwc_read(struct lex *lx, const char *path, const char *text, size_t n,
	  struct tok *t)
{
	struct dic d;
	int fences = 0;
	unsigned long line = 0;
	size_t pos = 0, len, nf;
	const char *l;
	char *f[256];

	memset(&d, 0, sizeof d);
	d.lx = lx;
	d.t = t;
	d.file = lex_add_file(lx, path);
	hash_init(&d.ids);
	hash_init(&d.seen);
	while (lex_next_line(text, n, &pos, &l, &len)) {
		char *s;

		line++;
		if (!lex_line_ok(lx, d.file, line, l, len))
			continue;
		s = xmemdup(l, len);
		nf = fields(s, f, sizeof f / sizeof f[0]);
		if (nf == 1 && strcmp(f[0], "%") == 0)
			fences++;
		else if (nf && fences == 1)
			header(&d, line, f, nf);
		else if (nf && fences < 2)
			lex_msgf(lx, 1, d.file, line, "entry before the '%%' "
			    "fenced category header");
		else if (nf)
			entry(&d, line, f, nf);
		free(s);
	}
	if (fences < 2)
		lex_msgf(lx, 1, d.file, line, "no '%%' fenced category header");
	free(d.code);
	hash_free(&d.ids);
	hash_free(&d.seen);
}
