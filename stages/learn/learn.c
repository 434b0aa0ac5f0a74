/*
 * learn.c - hark-learn: a lexicon of weighted codes learned from coded
 * records.
 *
 * Reads `text` (or `tokens`, and `stems` when present) and a code list per
 * record (`codes`, or --codes COL: entries NAME or NAME=COUNT), and learns
 * one linear model per code with LIBLINEAR over binary features (tokens,
 * stems, two-token phrases), choosing C and the decision threshold per
 * code by cross-validation on the training records.  Writes the models as
 * a lexicon (docs/lexicon-format.md, "Weighted codes") with its provenance
 * in comments; `hark tag` applies it.  The method is in docs/learning.md.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linear.h>
#include <sodium.h>

#include "err.h"
#include "hash.h"
#include "lex.h"
#include "lists.h"
#include "opt.h"
#include "rec.h"
#include "stemmer.h"
#include "tok.h"
#include "tokcols.h"
#include "learn.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-learn [-hq] [--codes COL] [--model lr|svm] "
	    "[--folds N] [--min-count N]\n"
	    "                  [--min-records N] [--min-f1 F] [--prune W] "
	    "[--name NAME]\n"
	    "                  [-o FILE] [FILE...]\n");
}

static const char help[] =
	"  --codes COL             the column of codes (default codes)\n"
	"  --model lr|svm          logistic regression or linear SVM (default svm)\n"
	"  --folds N               cross-validation folds, 2 to 20 (default 5)\n"
	"  --min-count N           use features seen in N records or more (default 2)\n"
	"  --min-records N         learn codes with N records or more (default 5)\n"
	"  --min-f1 F              keep codes whose cross-validated F1 is F or more\n"
	"                          (default 0.1; 0 keeps every code learned)\n"
	"  --prune W               leave out weights smaller than W (default 0.01)\n"
	"  --name NAME             the lexicon's name (default learned)\n"
	"  -o FILE                 write the lexicon to FILE\n"
	OPT_HELP_COMMON;

static void
quiet(const char *s)
{
	(void)s;
}

/* The features of one record: tokens, stems, phrases of two tokens. */
static void
features(struct learn *L, const struct str *tok, const struct str *stem,
	 size_t n, struct buf *ids)
{
	size_t i;

	buf_reset(ids);
	L->stamp++;
	for (i = 0; i < n; i++) {
		learn_feature(L, 'w', tok[i], (struct str){ NULL, 0 }, tok[i],
		    ids);
		if (stem != NULL)
			learn_feature(L, 's', stem[i], (struct str){ NULL, 0 },
			    tok[i], ids);
		if (i + 1 < n)
			learn_feature(L, 'p', tok[i], tok[i + 1], tok[i], ids);
	}
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "codes", required_argument, NULL, 'c' },
		{ "model", required_argument, NULL, 'm' },
		{ "folds", required_argument, NULL, 'f' },
		{ "min-count", required_argument, NULL, 'n' },
		{ "min-records", required_argument, NULL, 'r' },
		{ "min-f1", required_argument, NULL, 'F' },
		{ "prune", required_argument, NULL, 'p' },
		{ "name", required_argument, NULL, 'N' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const models[] = { "lr", "svm", NULL };
	struct learn L;
	struct rec_reader r;
	struct arena a;
	struct list toks, stems, cl;
	struct tok_out to = TOK_OUT_INIT;
	struct tok *t;
	struct stemmer *sm;
	struct buf ids = BUF_INIT, stembuf = BUF_INIT, codes = BUF_INIT;
	struct str *tv = NULL, *own = NULL;
	size_t capown = 0, i;
	const char *codecol = "codes", *out = NULL;
	char err[512];
	int c, status = HARK_OK, cc, tokcol, stemcol, textcol, langcol, en;

	err_init("learn");
	learn_init(&L);
	while ((c = getopt_long(argc, argv, ":hqo:", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			opt_help(usage, help);
		case 'q':
			err_quiet = 1;
			break;
		case 'c':
			codecol = optarg;
			break;
		case 'm':
			L.model = opt_choice("--model", optarg, models, usage);
			break;
		case 'f':
			L.folds = (int)opt_uint("--folds", optarg, 2, 20,
			    usage);
			break;
		case 'n':
			L.mincount = (unsigned)opt_uint("--min-count", optarg,
			    1, 1000000, usage);
			break;
		case 'r':
			L.minrec = (unsigned)opt_uint("--min-records", optarg,
			    2, 1000000, usage);
			break;
		case 'F':
			L.minf1 = opt_double("--min-f1", optarg, 0, 1,
			    "an F1, 0 to 1", usage);
			break;
		case 'p':
			L.prune = opt_double("--prune", optarg, 0, 1e6,
			    "a weight, 0 or more", usage);
			break;
		case 'N':
			if (!lex_valid_name(optarg, strlen(optarg))) {
				err_msg("bad --name '%s' (ASCII letters, digits "
				    "and _ . -)", optarg);
				usage(stderr);
				return HARK_ETROUBLE;
			}
			L.name = optarg;
			break;
		case 'o':
			out = optarg;
			break;
		default:
			opt_fail(c, argv, usage);
		}
	}
	if (sodium_init() < 0)
		die(HARK_ETROUBLE, "cannot start libsodium");
	set_print_string_function(quiet);
	rec_open_or_exit(&r, argv + optind, (size_t)(argc - optind),
	    REC_NEED_ID);
	cc = rec_need_col(&r, codecol, "give the coded column with --codes");
	tokcol = rec_col(&r, "tokens");
	stemcol = tokcol >= 0 ? rec_col(&r, "stems") : -1;
	textcol = tokcol >= 0 ? rec_col(&r, "text") :
	    rec_need_col(&r, "text", "nor 'tokens': nothing to learn from");
	langcol = rec_col(&r, "lang");
	t = tok_new(NULL, NULL, 0, err, sizeof err);
	if (t == NULL)
		die(HARK_ETROUBLE, "%s", err);
	L.tok = t;
	sm = stemmer_new();
	en = stemmer_lang(sm, "en", 2);
	arena_init(&a, 0);
	memset(&toks, 0, sizeof toks);
	memset(&stems, 0, sizeof stems);
	memset(&cl, 0, sizeof cl);
	while (rec_next(&r, &status)) {
		struct str lang = { "", 0 }, text = { "", 0 };
		const struct str *sp = NULL;
		const char *why = NULL;
		size_t n = 0;
		int l = en;

		if (langcol >= 0) {
			lang = rec_get(&r, (size_t)langcol, &a);
			if (lang.n)
				l = stemmer_lang(sm, lang.p, lang.n);
		}
		if (textcol >= 0)
			text = rec_get(&r, (size_t)textcol, &a);
		why = learn_codes(&L, rec_get(&r, (size_t)cc, &a), &cl,
		    &codes);
		if (why == NULL && tokcol >= 0) {
			if (list_split(rec_get(&r, (size_t)tokcol, &a), &toks))
				why = "empty token in 'tokens' (two spaces "
				    "together, or one at an end)";
			n = toks.n;
			tv = toks.v;
			if (why == NULL && stemcol >= 0) {
				if (list_split(rec_get(&r, (size_t)stemcol, &a),
				    &stems) || stems.n != n)
					why = "'stems' and 'tokens' do not fit";
				sp = stems.v;
			}
		} else if (why == NULL) {
			if (langcol >= 0 && tokcols_locale(t, lang, err,
			    sizeof err) < 0) {
				err_at(r.name, r.line, "%s: using the root "
				    "locale", err);
				status = HARK_EDATA;
			}
			if (tok_run(t, text.p, text.n, &to, err, sizeof err) < 0)
				why = err;
			n = to.n;
			if (n + 1 > capown) {
				capown = xadd(n, 256);
				own = xrealloc(own, xmul(capown, sizeof *own));
			}
			for (i = 0; i < n; i++) {
				own[i].p = to.str.s + to.t[i].off;
				own[i].n = to.t[i].len;
			}
			tv = own;
		}
		if (why != NULL) {
			err_at(r.name, r.line, "%s", why);
			status = HARK_EDATA;
			arena_reset(&a);
			continue;
		}
		if (sp == NULL) {
			/* stems as `hark stem` and `hark tag` make them */
			if (n + 1 > stems.cap) {
				stems.cap = xadd(n, 256);
				stems.v = xrealloc(stems.v, xmul(stems.cap,
				    sizeof *stems.v));
			}
			buf_reset(&stembuf);
			for (i = 0; i < n; i++) {
				stemmer_stem(sm, l, tv[i].p, tv[i].n, &stembuf);
				stems.v[i].n = stembuf.len;
			}
			for (i = n; i-- > 0;) {
				size_t b = i ? stems.v[i - 1].n : 0;

				stems.v[i].p = stembuf.s + b;
				stems.v[i].n -= b;
			}
			sp = stems.v;
		}
		features(&L, tv, sp, n, &ids);
		learn_record(&L, rec_get(&r, (size_t)rec_col(&r, "id"), &a),
		    &ids, &codes, text);
		arena_reset(&a);
	}
	if (status != HARK_ETROUBLE) {
		if (learn_fit(&L, err, sizeof err) < 0)
			die(HARK_EDATA, "%s", err);
		learn_weak(&L, err_quiet);
		learn_write(&L, out, r.name);
	}
	free(own);
	learn_free(&L);
	tok_out_free(&to);
	tok_free(t);
	stemmer_free(sm);
	list_free(&toks);
	list_free(&stems);
	list_free(&cl);
	buf_free(&ids);
	buf_free(&stembuf);
	buf_free(&codes);
	arena_free(&a);
	rec_close(&r);
	return status;
}
