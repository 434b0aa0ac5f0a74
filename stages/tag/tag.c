/*
 * tag.c - tag every record's tokens with the codes of one or more lexicons.
 *
 * Reads `tokens` (always), `stems` (only when a lexicon has stem patterns),
 * `spans` and `text` (for sentence ends and regular expressions, when
 * present) and `lang` (which negators and hedges apply); writes `tags`:
 * CODE@FIRST-LAST entries in token order, `!` when negated, `?` when
 * uncertain.  The lexicons are compiled once (lib/match.c); the rules are
 * in docs/tagging.md.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "opt.h"
#include "lex.h"
#include "match.h"
#include "rec.h"
#include "tok.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-tag [-h] [-s code|lexicon] [-v FILE] [-w N] "
	    "-l LEXICON... [FILE...]\n");
}

/* Growable scratch arrays, kept for the whole run. */
static struct str *toks, *stems;
static size_t *starts, *ends;
static size_t cap;

static void
need(size_t n)
{
	if (n <= cap)
		return;
	while (cap < n)
		cap = cap ? xmul(cap, 2) : 256;
	toks = xrealloc(toks, xmul(cap, sizeof *toks));
	stems = xrealloc(stems, xmul(cap, sizeof *stems));
	starts = xrealloc(starts, xmul(cap, sizeof *starts));
	ends = xrealloc(ends, xmul(cap, sizeof *ends));
}

/* Split a space-separated list into v; returns the number of entries. */
static size_t
split(struct str f, struct str **v)
{
	size_t n = 0, i = 0;

	if (f.n == 0)
		return 0;
	for (;;) {
		const char *sp = memchr(f.p + i, ' ', f.n - i);
		size_t e = sp ? (size_t)(sp - f.p) : f.n;

		need(n + 1);
		(*v)[n].p = f.p + i;
		(*v)[n].n = e - i;
		n++;
		if (sp == NULL)
			return n;
		i = e + 1;
	}
}

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

/* Parse `spans` into starts/ends; NULL, or what is wrong. */
static const char *
parse_spans(struct str f, size_t ntok, size_t ntext)
{
	const char *p = f.p, *end = f.p + f.n;
	size_t i;

	need(ntok + 1);
	for (i = 0; i < ntok; i++) {
		if (i > 0 && (p == end || *p++ != ' '))
			return "'spans' has fewer entries than 'tokens'";
		if (num(&p, end, &starts[i]) < 0 || p == end || *p++ != ':' ||
		    num(&p, end, &ends[i]) < 0)
			return "malformed 'spans' entry (START:END expected)";
		if (starts[i] > ends[i] || ends[i] > ntext)
			return "'spans' entry outside 'text'";
	}
	if (p != end)
		return "'spans' has more entries than 'tokens'";
	return NULL;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "lexicon", required_argument, NULL, 'l' },
		{ "scope", required_argument, NULL, 's' },
		{ "variants", required_argument, NULL, 'v' },
		{ "window", required_argument, NULL, 'w' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const owned[] = { "tags" };
	const char **lexpaths = NULL, *variants = NULL, *stemsrc = NULL;
	size_t nlex = 0, i;
	struct rec_reader r;
	struct rec_writer w;
	struct rec_plan pl;
	struct arena a;
	struct lex lx;
	struct match *m;
	struct tok *t;
	struct buf out = BUF_INIT;
	char err[512], *end;
	int c, k, status = HARK_OK, scope = MATCH_SCOPE_CODE, window = -1;
	int tokcol, stemcol, spancol, textcol, langcol;

	err_init("tag");
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hl:s:v:w:", longopts, NULL))
	    != -1) {
		switch (c) {
		case 'h':
			usage(stdout);
			close_stdout();
			return HARK_OK;
		case 'l':
			lexpaths = xrealloc(lexpaths,
			    xmul(nlex + 1, sizeof *lexpaths));
			lexpaths[nlex++] = optarg;
			break;
		case 's':
			if (strcmp(optarg, "code") == 0)
				scope = MATCH_SCOPE_CODE;
			else if (strcmp(optarg, "lexicon") == 0)
				scope = MATCH_SCOPE_LEXICON;
			else {
				err_msg("bad scope '%s' (code or lexicon)",
				    optarg);
				usage(stderr);
				free(lexpaths);
				return HARK_ETROUBLE;
			}
			break;
		case 'v':
			variants = optarg;
			break;
		case 'w': {
			long v = strtol(optarg, &end, 10);

			if (*optarg == '\0' || *end != '\0' || v < 0 ||
			    v > 100) {
				err_msg("bad window '%s' (0 to 100 tokens)",
				    optarg);
				usage(stderr);
				free(lexpaths);
				return HARK_ETROUBLE;
			}
			window = (int)v;
			break;
		}
		default:
			opt_fail(c, argv, usage);
		}
	}
	if (nlex == 0) {
		err_msg("no lexicon given (-l LEXICON)");
		usage(stderr);
		return HARK_ETROUBLE;
	}
	t = tok_new(NULL, variants, 0, err, sizeof err);
	if (t == NULL)
		die(HARK_ETROUBLE, "%s", err);
	lex_init(&lx);
	for (i = 0; i < nlex; i++)
		lex_load(&lx, lexpaths[i], t);
	lex_finish(&lx);
	if (lex_report(&lx, 0)) {
		lex_free(&lx);
		tok_free(t);
		free(lexpaths);
		return HARK_ETROUBLE;
	}
	m = match_new(&lx, scope, window, err, sizeof err);
	if (m == NULL)
		die(HARK_ETROUBLE, "%s", err);
	k = rec_open(&r, argv + optind, (size_t)(argc - optind), REC_NEED_ID);
	if (k < 0) {
		rec_report(&r);
		rec_close(&r);
		match_free(m);
		lex_free(&lx);
		tok_free(t);
		free(lexpaths);
		return k == REC_FAIL ? HARK_ETROUBLE : HARK_EDATA;
	}
	tokcol = rec_col(&r, "tokens");
	stemcol = rec_col(&r, "stems");
	spancol = rec_col(&r, "spans");
	textcol = rec_col(&r, "text");
	langcol = rec_col(&r, "lang");
	for (i = 0; i < lx.npats && stemsrc == NULL; i++)
		if (lx.pats[i].code >= 0 || lx.pats[i].code == LEX_PART) {
			size_t e;

			for (e = 0; e < lx.pats[i].ne; e++)
				if (lx.elems[lx.pats[i].e0 + e].kind == LEX_STEM)
					stemsrc = lx.files[lx.pats[i].file];
		}
	if (tokcol < 0)
		die_at(HARK_ETROUBLE, r.name, 1, "no column 'tokens' to tag "
		    "(run hark tokenise first)");
	if (stemsrc && stemcol < 0) {
		const char *b = strrchr(stemsrc, '/');

		die_at(HARK_ETROUBLE, r.name, 1, "lexicon %s has stem patterns "
		    "but the stream has no 'stems' column (run hark stem "
		    "first)", b ? b + 1 : stemsrc);
	}
	if (match_needs_text(m) && (spancol < 0 || textcol < 0))
		die_at(HARK_ETROUBLE, r.name, 1, "the lexicons have regular "
		    "expressions but the stream has no '%s' column (run hark "
		    "tokenise first)", textcol < 0 ? "text" : "spans");
	if (!stemsrc)
		stemcol = -1;
	arena_init(&a, 0);
	rec_writer_init(&w, 1);
	rec_plan_init(&pl, &r, owned, 1);
	rec_write_header(&w, &pl);
	while (rec_next(&r, &status)) {
		struct match_rec in;
		const struct match_tag *tg;
		struct str v;
		const char *why = NULL;
		size_t n, j;

		memset(&in, 0, sizeof in);
		in.lang = -1;
		in.ntok = split(rec_get(&r, (size_t)tokcol, &a), &toks);
		in.toks = toks;
		for (j = 0; j < in.ntok && !why; j++)
			if (toks[j].n == 0)
				why = "empty token in 'tokens' (two spaces "
				    "together, or one at an end)";
		if (!why && stemcol >= 0) {
			if (split(rec_get(&r, (size_t)stemcol, &a), &stems) !=
			    in.ntok)
				why = "'stems' and 'tokens' have different "
				    "numbers of entries";
			in.stems = stems;
		}
		if (!why && spancol >= 0 && textcol >= 0) {
			struct str tx = rec_get(&r, (size_t)textcol, &a);

			why = parse_spans(rec_get(&r, (size_t)spancol, &a),
			    in.ntok, tx.n);
			in.text = tx.p;
			in.ntext = tx.n;
			in.start = starts;
			in.end = ends;
		}
		if (why) {
			err_at(r.name, r.line, "%s", why);
			status = HARK_EDATA;
			arena_reset(&a);
			continue;
		}
		if (langcol >= 0) {
			struct str l = rec_get(&r, (size_t)langcol, &a);

			in.lang = lex_lang(&lx, l.p, l.n);
		}
		n = match_run(m, &in, &tg);
		buf_reset(&out);
		for (j = 0; j < n; j++) {
			if (j)
				buf_addc(&out, ' ');
			buf_adds(&out, lx.codes[tg[j].code].name);
			buf_addc(&out, '@');
			buf_addu(&out, tg[j].first);
			buf_addc(&out, '-');
			buf_addu(&out, tg[j].last);
			if (tg[j].negated)
				buf_addc(&out, '!');
			if (tg[j].uncertain)
				buf_addc(&out, '?');
		}
		v.p = out.s ? out.s : "";
		v.n = out.len;
		rec_write(&w, &r, &pl, &v);
		arena_reset(&a);
	}
	rec_writer_close(&w);
	rec_plan_free(&pl);
	rec_close(&r);
	arena_free(&a);
	buf_free(&out);
	match_free(m);
	lex_free(&lx);
	tok_free(t);
	free(lexpaths);
	free(toks);
	free(stems);
	free(starts);
	free(ends);
	return status;
}
