/*
 * normalise.c - clean the voice text: Unicode NFC, no hidden controls.
 *
 * Rewrites column `text` in place: Unicode NFC (or NFKC), C0/C1 controls
 * other than LF and TAB and the bidirectional controls removed, line breaks
 * and white space unified, and on request curly quotes and dashes made
 * plain and Windows-1252 mojibake repaired (lib/norm.c).  Emoji sequences
 * pass untouched.  Every other column passes through.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "opt.h"
#include "norm.h"
#include "rec.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-normalise [-hmq] [-f nfc|nfkc] [--quotes] "
	    "[FILE...]\n");
}

static const char help[] =
	"  -f, --form nfc|nfkc     the Unicode normalisation form (default nfc)\n"
	"  -m, --fix-mojibake      repair Windows-1252 mojibake\n"
	"  --quotes                make curly quotes, apostrophes and dashes plain\n"
	OPT_HELP_COMMON;

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "form", required_argument, NULL, 'f' },
		{ "fix-mojibake", no_argument, NULL, 'm' },
		{ "quotes", no_argument, NULL, 'Q' },
		{ "quiet", no_argument, NULL, 'q' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const owned[] = { "text" };
	struct rec_reader r;
	struct rec_writer w;
	struct rec_plan pl;
	struct arena a;
	struct norm *nm;
	struct buf out = BUF_INIT;
	unsigned long long nfixed = 0, nrecfixed = 0;
	int c, status = HARK_OK, form = NORM_NFC, flags = NORM_CLEAN;
	int textcol, quiet = 0;
	char err[256];

	err_init("normalise");
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hf:mq", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			opt_help(usage, help);
		case 'f': {
			static const char *const forms[] = { "nfc", "nfkc",
			    NULL };

			form = opt_choice("--form", optarg, forms, usage) ?
			    NORM_NFKC : NORM_NFC;
			break;
		}
		case 'm':
			flags |= NORM_MOJIBAKE;
			break;
		case 'q':
			quiet = err_quiet = 1;
			break;
		case 'Q':
			flags |= NORM_QUOTES;
			break;
		default:
			opt_fail(c, argv, usage);
		}
	}
	nm = norm_new(form, flags, err, sizeof err);
	if (nm == NULL)
		die(HARK_ETROUBLE, "%s", err);
	rec_open_or_exit(&r, argv + optind, (size_t)(argc - optind),
	    REC_NEED_ID);
	textcol = rec_need_col(&r, "text", NULL);
	buf_init(&out);
	arena_init(&a, 0);
	rec_writer_init(&w, 1);
	rec_plan_init(&pl, &r, owned, 1);
	rec_write_header(&w, &pl);
	while (rec_next(&r, &status)) {
		struct str text, val;
		long fixed;

		text = rec_get(&r, (size_t)textcol, &a);
		fixed = norm_run(nm, text.p, text.n, &out);
		if (fixed < 0) {
			err_at(r.name, r.line, "ICU cannot normalise the text");
			status = HARK_EDATA;
			arena_reset(&a);
			continue;
		}
		if (fixed) {
			nfixed += (unsigned long long)fixed;
			nrecfixed++;
		}
		val.p = out.s;
		val.n = out.len;
		rec_write(&w, &r, &pl, &val);
		arena_reset(&a);
	}
	rec_writer_close(&w);
	if ((flags & NORM_MOJIBAKE) && !quiet && nfixed)
		err_msg("repaired %llu mojibake sequence%s in %llu of %llu "
		    "records", nfixed, nfixed == 1 ? "" : "s", nrecfixed,
		    r.nread);
	rec_plan_free(&pl);
	rec_close(&r);
	arena_free(&a);
	buf_free(&out);
	norm_free(nm);
	return status;
}
