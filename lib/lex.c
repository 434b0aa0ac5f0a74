/*
 * lex.c - the lexicon object: codes, files and findings.
 *
 * A struct lex holds the codes (hierarchical, made with their parents),
 * the patterns and the context words of one or more lexicon files, and
 * the findings about them with FILE:LINE, collected rather than printed:
 * lex_report() prints them for the stages, and lex_finish() adds the
 * checks across files.  Reading the format is in lex-load.c, patterns in
 * lex-pattern.c, writing in lex-write.c (docs/lexicon-format.md).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "err.h"
#include "lex.h"
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
		lex_codebook_free(&lx->codes[i]);
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
	lex_weight_free(lx);
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

	lex_weight_finish(lx);
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

		if (p->code == LEX_PART || p->code == LEX_EXCEPT ||
		    p->key == NULL)
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
