/*
 * stem.c - Snowball stems for tokens, one per token.
 *
 * Reads column `tokens` (and `lang`, unless --lang names one language for
 * the whole stream) and writes `stems`: one Snowball stem per token, same
 * order (libstemmer).  Stemmers are made once per language; each distinct
 * token is stemmed once and remembered in a bounded cache.  Tokens in a
 * language without a stemmer pass through unchanged and are counted.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>

#include "err.h"
#include "opt.h"
#include "rec.h"
#include "stemmer.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-stem [-hq] [--list] [-l LANG] [FILE...]\n");
}

static const char help[] =
	"  --list                  print the stemmers libstemmer ships and exit\n"
	"  -l, --lang LANG         stem every record in LANG\n"
	OPT_HELP_COMMON;

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "lang", required_argument, NULL, 'l' },
		{ "list", no_argument, NULL, 'L' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const owned[] = { "stems" };
	const char *fixed = NULL;
	struct rec_reader r;
	struct rec_writer w;
	struct rec_plan pl;
	struct arena a;
	struct buf out = BUF_INIT;
	struct stemmer *sm;
	unsigned long long nrec[64] = { 0 }, npass = 0, ndefault = 0;
	int c, status = HARK_OK, tokcol, langcol = -1, l = -1, en;
	size_t i;

	err_init("stem");
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hql:", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			opt_help(usage, help);
		case 'q':
			err_quiet = 1;
			break;
		case 'l':
			fixed = optarg;
			break;
		case 'L': {
			const char **list = sb_stemmer_list();

			while (*list)
				printf("%s\n", *list++);
			close_stdout();
			return HARK_OK;
		}
		default:
			opt_fail(c, argv, usage);
		}
	}
	sm = stemmer_new();
	en = stemmer_lang(sm, "en", 2);
	if (fixed) {
		l = stemmer_lang(sm, fixed, strlen(fixed));
		if (!stemmer_known(sm, l)) {
			err_msg("no stemmer for language '%s' (see --list)",
			    fixed);
			stemmer_free(sm);
			return HARK_ETROUBLE;
		}
	}
	rec_open_or_exit(&r, argv + optind, (size_t)(argc - optind),
	    REC_NEED_ID);
	tokcol = rec_need_col(&r, "tokens", "run hark tokenise first");
	if (!fixed)
		langcol = rec_col(&r, "lang");
	if (!fixed && langcol < 0)
		l = en; /* said in the summary */
	buf_init(&out);
	arena_init(&a, 0);
	rec_writer_init(&w, 1);
	rec_plan_init(&pl, &r, owned, 1);
	rec_write_header(&w, &pl);
	while (rec_next(&r, &status)) {
		struct str val;

		if (langcol >= 0) {
			struct str lv = rec_get(&r, (size_t)langcol, &a);

			/* a record that names no language is English */
			l = lv.n ? stemmer_lang(sm, lv.p, lv.n) : en;
			ndefault += lv.n == 0;
		} else if (!fixed) {
			ndefault++;
		}
		if (!stemmer_known(sm, l)) {
			nrec[l]++;
			npass++;
		}
		stemmer_list(sm, l, rec_get(&r, (size_t)tokcol, &a), &out);
		val.p = out.s ? out.s : "";
		val.n = out.len;
		rec_write(&w, &r, &pl, &val);
		arena_reset(&a);
	}
	rec_writer_close(&w);
	if (ndefault)
		err_note("%llu record%s with no language (%s) stemmed as English "
		    "(--lang names another)", ndefault, ndefault == 1 ? "" :
		    "s", langcol < 0 ? "no 'lang' column" : "empty 'lang'");
	if (npass) {
		struct buf msg = BUF_INIT;

		for (i = 0; i < 64; i++)
			if (nrec[i])
				buf_addf(&msg, "%s'%s' %llu", msg.len ? ", " :
				    "", stemmer_name(sm, (int)i), nrec[i]);
		err_msg("%llu record%s in languages without a stemmer passed "
		    "through unchanged: %s", npass, npass == 1 ? "" : "s",
		    msg.s);
		buf_free(&msg);
	}
	stemmer_free(sm);
	buf_free(&out);
	rec_plan_free(&pl);
	rec_close(&r);
	arena_free(&a);
	return status;
}
