/*
 * lex-write.c - write a lexicon in the native format.
 *
 * The canonical layout that `hark lexicon convert` writes: the name and
 * version, the window when it is not the default, the context words by
 * language, then every code with its label, description, polarity and
 * patterns as written, in the order of the file.  Reading it back gives
 * the same bytes.
 */
#include <stdio.h>
#include <string.h>

#include "lex.h"
#include "banned.h"

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

			if (p->code < 0 && -p->code <= LEX_NCONTEXT &&
			    lex_context_names[-p->code - 1][0] &&
			    p->lang == (int)l)
				buf_addf(out, "%s %s\n",
				    lex_context_names[-p->code - 1], p->src);
		}
	}
	for (i = 0; i < lx->npats; i++)
		if (lx->pats[i].code == LEX_EXCEPT && lx->pats[i].owner < 0)
			buf_addf(out, "except %s\n", lx->pats[i].src);
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
		lex_codebook_write(lx, (int)i, out);
		for (j = 0; j < lx->npats; j++)
			if (lx->pats[j].code == (int)i) {
				buf_addc(out, '\t');
				add_flat(out, lx->pats[j].src);
				buf_addc(out, '\n');
			}
		lex_weight_write(lx, i, out);
	}
}
