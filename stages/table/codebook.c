/*
 * codebook.c - hark-table's codebook: the labels and order of the themes.
 *
 * The lexicon given with -l (found as every stage finds one, lex_find()),
 * else those that the first row's `tagged_with` names (PATH@FINGERPRINT,
 * as `hark tag` wrote it and `hark count --wide` passed it on).  A theme
 * column theme:NAME whose NAME is a code of it takes the code's label and
 * its place in the codebook; the others follow by name.  Without a
 * codebook, the themes are sorted by name and shown by name.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "lex.h"
#include "settings.h"
#include "table.h"
#include "banned.h"

void
table_codebook(struct table *t)
{
	/* Static: reachable when a message ends the program. */
	static struct lex lx;
	static struct buf path;
	struct str list = { "", 0 }, with;
	char fp[SETTINGS_FP_LEN + 1], now[SETTINGS_FP_LEN + 1], err[512];
	size_t i;

	t->tlabel = xcalloc(t->nt + 1, sizeof *t->tlabel);
	t->trank = xmalloc(xmul(t->nt + 1, sizeof *t->trank));
	for (i = 0; i < t->nt; i++)
		t->trank[i] = -1;
	if (t->lexicon == NULL) {
		if (t->with == NULL)
			return;
		with.p = t->with;
		with.n = strlen(t->with);
		if (!settings_get(with, "lexicons", &list) || list.n == 0)
			return;
	}
	lex_init(&lx);
	lx.nocheck = 1;
	if (t->lexicon) {
		lex_load(&lx, t->lexicon, NULL);
	} else {
		for (i = 0; settings_file(list, i, &path, fp); i++) {
			if (settings_fingerprint(path.s, now, err,
			    sizeof err) < 0) {
				err_msg("warning: the codebook %s (named in "
				    "tagged_with) cannot be read now (%s): "
				    "themes shown by code name; give it "
				    "with -l", path.s, err);
				lex_free(&lx);
				buf_free(&path);
				return;
			}
			if (fp[0] && strcmp(fp, now) != 0)
				err_msg("warning: the codebook %s has changed "
				    "since the tags were made (fingerprint %s "
				    "then, %s now): its labels are as it is "
				    "now", path.s, fp, now);
			lex_load(&lx, path.s, NULL);
		}
		buf_free(&path);
	}
	lex_finish(&lx);
	if (lex_report(&lx, 0))
		exit(HARK_ETROUBLE);
	t->codebook = 1;
	for (i = 0; i < t->nt; i++) {
		int c = lex_code(&lx, t->tname[i], strlen(t->tname[i]));

		if (c < 0)
			continue;
		t->trank[i] = c;
		if (lx.codes[c].label[0])
			t->tlabel[i] = xstrdup(lx.codes[c].label);
	}
	lex_free(&lx);
}

void
table_codebook_free(struct table *t)
{
	size_t i;

	for (i = 0; t->tlabel && i < t->nt; i++)
		free(t->tlabel[i]);
	free(t->tlabel);
	free(t->trank);
	free(t->with);
}
