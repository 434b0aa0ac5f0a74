/*
 * tokenise.c - cut the voice into tokens, each with its byte span.
 *
 * Reads column `text` (and `lang`, when present and no --locale is given)
 * and writes `tokens` (words, numbers and emoji, NFKC-casefolded, folded
 * through an optional variant map) and `spans` (START:END byte offsets into
 * the unescaped text, one per token).  The rules live in lib/tok.c, shared
 * with tagging and the full-text index; docs/tokenising.md states them.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "opt.h"
#include "rec.h"
#include "tok.h"
#include "tokcols.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-tokenise [-hq] [-l LOCALE] [-v FILE] [FILE...]\n");
}

static const char help[] =
	"  -l, --locale LOCALE     cut every record with the rules of LOCALE\n"
	"  -v, --variants FILE     fold tokens through the variant map FILE\n"
	OPT_HELP_COMMON;

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "locale", required_argument, NULL, 'l' },
		{ "variants", required_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const owned[] = { "tokens", "spans",
	    "tokenised_with" };
	const char *locale = NULL, *variants = NULL;
	struct rec_reader r;
	struct rec_writer w;
	struct rec_plan pl;
	struct arena a;
	struct tok *t;
	struct buf toks = BUF_INIT, spans = BUF_INIT, with = BUF_INIT;
	char err[512];
	int c, status = HARK_OK, textcol, langcol = -1;

	err_init("tokenise");
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hql:v:", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			opt_help(usage, help);
		case 'q':
			err_quiet = 1;
			break;
		case 'l':
			locale = optarg;
			break;
		case 'v':
			variants = optarg;
			break;
		default:
			opt_fail(c, argv, usage);
		}
	}
	t = tok_new(locale, variants, 0, err, sizeof err);
	if (t == NULL)
		die(HARK_ETROUBLE, "%s", err);
	rec_open_or_exit(&r, argv + optind, (size_t)(argc - optind),
	    REC_NEED_ID);
	textcol = rec_need_col(&r, "text", NULL);
	if (locale == NULL)
		langcol = rec_col(&r, "lang");
	if (tokcols_settings(&with, locale, langcol, variants, err,
	    sizeof err) < 0)
		die(HARK_ETROUBLE, "%s", err);
	buf_init(&toks);
	buf_init(&spans);
	arena_init(&a, 0);
	rec_writer_init(&w, 1);
	rec_plan_init(&pl, &r, owned, 3);
	rec_write_header(&w, &pl);
	while (rec_next(&r, &status)) {
		struct str text, vals[3];

		if (langcol >= 0 && tokcols_locale(t, rec_get(&r,
		    (size_t)langcol, &a), err, sizeof err) < 0) {
			/* tok_locale() fell back to root's rules */
			err_at(r.name, r.line, "%s: using the root locale",
			    err);
			status = HARK_EDATA;
		}
		text = rec_get(&r, (size_t)textcol, &a);
		if (tok_lists(t, text.p, text.n, &toks, &spans, err,
		    sizeof err) < 0) {
			err_at(r.name, r.line, "%s", err);
			status = HARK_EDATA;
			arena_reset(&a);
			continue;
		}
		vals[0].p = toks.s ? toks.s : "";
		vals[0].n = toks.len;
		vals[1].p = spans.s ? spans.s : "";
		vals[1].n = spans.len;
		vals[2].p = with.s;
		vals[2].n = with.len;
		rec_write(&w, &r, &pl, vals);
		arena_reset(&a);
	}
	rec_writer_close(&w);
	rec_plan_free(&pl);
	rec_close(&r);
	arena_free(&a);
	buf_free(&toks);
	buf_free(&spans);
	buf_free(&with);
	tok_free(t);
	return status;
}
