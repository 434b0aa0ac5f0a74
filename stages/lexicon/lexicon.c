/*
 * lexicon.c - check and convert lexicons (codebooks).
 *
 * `check FILE...` loads native lexicons with the tokeniser and prints every
 * finding as FILE:LINE (errors, and warnings marked so); `convert` reads a
 * native lexicon, a LIWC .dic, a WordStat .cat, a quanteda YAML file, a
 * Lexicoder .lc3 or a REFI-QDA codebook (formats-*.c, one file a format)
 * and writes the native format or a REFI-QDA codebook (.qdc XML) on
 * standard output.  Reads no record stream.  docs/lexicon-format.md defines the formats.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "opt.h"
#include "lex.h"
#include "tok.h"
#include "lexicon.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-lexicon [-hq] check [-v FILE] LEXICON...\n"
	    "       hark-lexicon [-hq] convert [--to native|qdc] FILE\n");
}

static const char help[] =
	"  -v, --variants FILE     check: the variant map to fold patterns with\n"
	"  --to native|qdc         convert: the output format (default native)\n"
	OPT_HELP_COMMON;

static int
check(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "variants", required_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 }
	};
	const char *variants = NULL;
	struct lex lx;
	struct tok *t;
	char err[512];
	int c, i, status;

	optind = 1;
	while ((c = getopt_long(argc, argv, ":hqv:", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			opt_help(usage, help);
		case 'q':
			err_quiet = 1;
			break;
		case 'v':
			variants = optarg;
			break;
		default:
			opt_fail(c, argv, usage);
		}
	}
	if (optind == argc) {
		err_msg("no lexicon to check");
		usage(stderr);
		return HARK_ETROUBLE;
	}
	t = tok_new(NULL, variants, 0, err, sizeof err);
	if (t == NULL)
		die(HARK_ETROUBLE, "%s", err);
	status = HARK_OK;
	/* Each lexicon on its own: codes shared between lexicons are what
	 * `hark tag` refuses, but checking says what is wrong inside one. */
	for (i = optind; i < argc; i++) {
		lex_init(&lx);
		lx.strict = 1;
		if (lex_load(&lx, lex_find_or_exit(argv[i]), t) < 0)
			status = HARK_ETROUBLE;
		lex_finish(&lx);
		lex_lint_codebook(&lx);
		if (lex_report(&lx, 1) && status == HARK_OK)
			status = HARK_EDATA;
		lex_free(&lx);
	}
	tok_free(t);
	return status;
}

static int
ends_with(const char *s, const char *suf)
{
	size_t n = strlen(s), m = strlen(suf);

	return n >= m && strcasecmp(s + n - m, suf) == 0;
}

static int
convert(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "to", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 }
	};
	static const struct {
		const char *ext;
		void (*read)(struct lex *, const char *, const char *, size_t,
		    struct tok *);
	} readers[] = {
		{ ".lex", NULL }, { ".dic", liwc_read }, { ".cat", cat_read },
		{ ".yml", yaml_read }, { ".yaml", yaml_read },
		{ ".lc3", lc3_read }, { ".qdc", qdc_read }, { NULL, NULL }
	}, *rd;
	const char *to = "native", *path;
	struct lex lx;
	struct buf in = BUF_INIT, out = BUF_INIT;
	struct tok *t;
	char err[512];
	int c, status = HARK_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, ":hqt:", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			opt_help(usage, help);
		case 'q':
			err_quiet = 1;
			break;
		case 't':
			to = optarg;
			if (strcmp(to, "native") && strcmp(to, "qdc")) {
				err_msg("bad format '%s' (native or qdc)", to);
				usage(stderr);
				return HARK_ETROUBLE;
			}
			break;
		default:
			opt_fail(c, argv, usage);
		}
	}
	if (argc - optind != 1) {
		err_msg("convert takes one file");
		usage(stderr);
		return HARK_ETROUBLE;
	}
	path = argv[optind];
	for (rd = readers; rd->ext; rd++)
		if (ends_with(path, rd->ext))
			break;
	if (rd->ext == NULL) {
		err_msg("%s: cannot read this format: convert reads .lex, "
		    ".dic, .cat, .yml, .yaml, .lc3 and .qdc files", path);
		return HARK_ETROUBLE;
	}
	if (buf_read_file(&in, path, (size_t)-1) < 0)
		die(HARK_ETROUBLE, "%s: cannot read: %s", path, strerror(errno));
	/* The tokeniser only splits globs such as fair-* into phrases. */
	t = tok_new(NULL, NULL, 0, err, sizeof err);
	if (t == NULL)
		die(HARK_ETROUBLE, "%s", err);
	lex_init(&lx);
	lx.nocheck = 1;
	if (rd->read)
		rd->read(&lx, path, in.s ? in.s : "", in.len, t);
	else
		lex_load_mem(&lx, path, in.s ? in.s : "", in.len, NULL);
	lex_finish(&lx);
	/* Converting reports what it could not carry over; codes without
	 * descriptions and words in several categories are normal in those
	 * formats (`hark lexicon check` on the result shows them). */
	{
		size_t i;

		for (i = 0; i < lx.nmsgs; i++) {
			const struct lex_msg *g = &lx.msgs[i];

			if (!g->error && (strstr(g->text, "has no "
			    "description") || strstr(g->text, "two codes")))
				continue;
			err_at(lx.files[g->file < 0 ? 0 : g->file], g->line,
			    "%s%s", g->error ? "" : "warning: ", g->text);
		}
	}
	if (lx.nerrors)
		status = HARK_EDATA;
	else {
		if (strcmp(to, "qdc") == 0) {
			size_t i, nctx = 0;

			for (i = 0; i < lx.npats; i++)
				nctx += lx.pats[i].code < 0 &&
				    lx.pats[i].code >= LEX_BREAK;
			if (nctx || lx.window != 4)
				err_msg("%s: warning: context words (%zu) and "
				    "the window not carried to .qdc", path,
				    nctx);
			qdc_write(&lx, &out);
		}
		else
			lex_write_native(&lx, &out);
		fwrite(out.s, 1, out.len, stdout);
	}
	buf_free(&in);
	buf_free(&out);
	lex_free(&lx);
	tok_free(t);
	close_stdout();
	return status;
}

int
main(int argc, char **argv)
{
	err_init("lexicon");
	opterr = 0;
	/* -q before the command is the same as after it */
	while (argc > 1 && (strcmp(argv[1], "-q") == 0 ||
	    strcmp(argv[1], "--quiet") == 0)) {
		err_quiet = 1;
		argv[1] = argv[0];
		argc--;
		argv++;
	}
	if (argc > 1 && (strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "--help") == 0))
		opt_help(usage, help);
	if (argc > 1 && strcmp(argv[1], "--version") == 0) {
		printf("%s %s\n", err_prog, HARK_VERSION);
		close_stdout();
		return HARK_OK;
	}
	if (argc > 1 && strcmp(argv[1], "check") == 0)
		return check(argc - 1, argv + 1);
	if (argc > 1 && strcmp(argv[1], "convert") == 0)
		return convert(argc - 1, argv + 1);
	if (argc > 1)
		err_msg("unknown command '%s' (check or convert)", argv[1]);
	else
		err_msg("no command (check or convert)");
	usage(stderr);
	return HARK_ETROUBLE;
}
