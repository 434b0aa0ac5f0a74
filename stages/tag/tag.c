/*
 * tag.c - tag every record's tokens with the codes of one or more lexicons.
 *
 * Reads `tokens`, `stems` and `spans` when the stream has them and makes
 * them from `text` with the one tokeniser and stemmer when it does not (so
 * the analyst's chain need not carry them), `lang` (which negators and
 * hedges apply) and `tokenised_with` (the variant map the tokens were made
 * with); writes `tags` (CODE@FIRST-LAST entries in token order, `!` when
 * negated, `?` when uncertain) and `tagged_with` (the lexicons, with their
 * fingerprints, so `hark theme` needs no -l).  The lexicons are compiled
 * once (lib/match.c); the rules are in docs/tagging.md.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "opt.h"
#include "lex.h"
#include "match.h"
#include "score.h"
#include "lists.h"
#include "rec.h"
#include "settings.h"
#include "stemmer.h"
#include "tok.h"
#include "tokcols.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-tag [-hq] [-s code|lexicon] [-v FILE] [-w N] "
	    "-l LEXICON... [FILE...]\n");
}

static const char help[] =
	"  -l, --lexicon LEXICON   a lexicon file (repeatable; required)\n"
	"  -s, --scope code|lexicon  overlap policy (default code)\n"
	"  -v, --variants FILE     the variant map to fold tokens and patterns\n"
	"  -w, --window N          negation and hedge window in tokens (0 to 100)\n"
	OPT_HELP_COMMON;

/*
 * The variant map to fold patterns with.  Tokens made by `hark tokenise`
 * say in `tokenised_with` which map made them; the lexicon must be folded
 * with the same one, so -v is checked against it, or taken from it.
 * Returns the path to use (NULL for none), borrowed from given or path.
 */
static const char *
resolve_variants(const struct rec_reader *r, struct str with,
		 const char *given, struct buf *path)
{
	char fp[SETTINGS_FP_LEN + 1], gfp[SETTINGS_FP_LEN + 1], err[512];
	struct str v;
	int none;

	if (!settings_get(with, "variants", &v))
		return given; /* tokens of unknown making: trust the user */
	none = v.n == 4 && memcmp(v.p, "none", 4) == 0;
	if (!none)
		settings_file(v, 0, path, fp);
	if (given == NULL) {
		if (none)
			return NULL;
		if (settings_fingerprint(path->s, gfp, err, sizeof err) < 0)
			die_at(HARK_ETROUBLE, r->name, r->line, "the tokens "
			    "were made with variant map %s, which cannot be "
			    "read now (%s): give it with --variants", path->s,
			    err);
		if (fp[0] && strcmp(fp, gfp) != 0)
			die_at(HARK_ETROUBLE, r->name, r->line, "variant map "
			    "%s has changed since the tokens were made with it "
			    "(fingerprint %s then, %s now): run hark tokenise "
			    "again", path->s, fp, gfp);
		return path->s;
	}
	if (settings_fingerprint(given, gfp, err, sizeof err) < 0)
		die(HARK_ETROUBLE, "%s", err);
	if (none)
		die_at(HARK_ETROUBLE, r->name, r->line, "the tokens were made "
		    "with no variant map, but --variants names %s: run hark "
		    "tokenise --variants %s, or leave --variants out", given,
		    given);
	if (strcmp(fp, gfp) != 0)
		die_at(HARK_ETROUBLE, r->name, r->line, "the tokens were made "
		    "with variant map %s (fingerprint %s), but --variants "
		    "names %s (fingerprint %s): tokenise again with %s, or "
		    "leave --variants out", path->s, fp, given, gfp, given);
	return given;
}

/* What the record loop keeps from one record to the next. */
struct run {
	const struct lex *lx;
	struct match *m;
	struct score *sc;        /* the weighted codes, or NULL */
	struct match_tag *all;   /* matched and scored tags, merged */
	size_t capall;
	struct stemmer *sm;      /* when tag stems the tokens itself */
	struct tok_out to;       /* tokens tag made itself */
	struct list toks, stems;
	struct list_spans sp;
	struct buf stembuf, out; /* the stems; the record's tags */
};

/* run->to's tokens as the token list and spans the matcher reads. */
static void
self_tokens(struct run *run)
{
	const struct tok_out *to = &run->to;
	size_t j;

	if (to->n + 1 > run->toks.cap) {
		run->toks.cap = xadd(to->n, 256);
		run->toks.v = xrealloc(run->toks.v, xmul(run->toks.cap,
		    sizeof *run->toks.v));
	}
	if (to->n + 1 > run->sp.cap) {
		run->sp.cap = xadd(to->n, 256);
		run->sp.start = xrealloc(run->sp.start, xmul(run->sp.cap,
		    sizeof *run->sp.start));
		run->sp.end = xrealloc(run->sp.end, xmul(run->sp.cap,
		    sizeof *run->sp.end));
	}
	for (j = 0; j < to->n; j++) {
		run->toks.v[j].p = to->str.s + to->t[j].off;
		run->toks.v[j].n = to->t[j].len;
		run->sp.start[j] = to->t[j].start;
		run->sp.end[j] = to->t[j].end;
	}
	run->toks.n = run->sp.n = to->n;
}

/* The stems of run->toks in language l, as `hark stem` makes them. */
static void
self_stems(struct run *run, int l)
{
	size_t j, n = run->toks.n;

	if (run->stems.cap < n + 1) {
		run->stems.cap = xadd(n, 256);
		run->stems.v = xrealloc(run->stems.v, xmul(run->stems.cap,
		    sizeof *run->stems.v));
	}
	/* end offsets first (in n): stembuf may move while it grows */
	buf_reset(&run->stembuf);
	for (j = 0; j < n; j++) {
		stemmer_stem(run->sm, l, run->toks.v[j].p, run->toks.v[j].n,
		    &run->stembuf);
		run->stems.v[j].n = run->stembuf.len;
	}
	for (j = n; j-- > 0;) {
		size_t b = j ? run->stems.v[j - 1].n : 0;

		run->stems.v[j].p = run->stembuf.s + b;
		run->stems.v[j].n -= b;
	}
	run->stems.n = n;
}

/* Match in and append its tags to run->out, token indices moved on by
 * base (the tokens of the record's earlier parts). */
static void
tag_part(struct run *run, const struct match_rec *in, size_t base)
{
	const struct match_tag *tg, *st;
	size_t n = match_run(run->m, in, &tg), j, k = 0, ns;

	/* Weighted codes (lib/score.c): their tags merged in token order. */
	if (run->sc != NULL && (ns = score_run(run->sc, in, &st, NULL)) > 0) {
		if (n + ns > run->capall) {
			run->capall = xadd(n, ns);
			run->all = xrealloc(run->all, xmul(run->capall,
			    sizeof *run->all));
		}
		for (j = 0; j < n || k < ns;) {
			int take = k >= ns || (j < n && (tg[j].first <
			    st[k].first || (tg[j].first == st[k].first &&
			    (tg[j].last < st[k].last || (tg[j].last ==
			    st[k].last && tg[j].code <= st[k].code)))));

			run->all[j + k] = take ? tg[j] : st[k];
			if (take)
				j++;
			else
				k++;
		}
		tg = run->all;
		n += ns;
	}

	for (j = 0; j < n; j++) {
		if (run->out.len)
			buf_addc(&run->out, ' ');
		buf_adds(&run->out, run->lx->codes[tg[j].code].name);
		buf_addc(&run->out, '@');
		buf_addu(&run->out, base + tg[j].first);
		buf_addc(&run->out, '-');
		buf_addu(&run->out, base + tg[j].last);
		if (tg[j].negated)
			buf_addc(&run->out, '!');
		if (tg[j].uncertain)
			buf_addc(&run->out, '?');
	}
}

/* A tokeniser with the variant map variants (NULL for none), and the
 * lexicons folded with it into lx; their mistakes end the program. */
static struct tok *
load(struct lex *lx, const char **paths, size_t n, const char *variants)
{
	char err[512];
	struct tok *t = tok_new(NULL, variants, 0, err, sizeof err);
	size_t i;

	if (t == NULL)
		die(HARK_ETROUBLE, "%s", err);
	lex_init(lx);
	for (i = 0; i < n; i++)
		lex_load(lx, paths[i], t);
	lex_finish(lx);
	if (lex_report(lx, 0))
		exit(HARK_ETROUBLE);
	return t;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "lexicon", required_argument, NULL, 'l' },
		{ "scope", required_argument, NULL, 's' },
		{ "variants", required_argument, NULL, 'v' },
		{ "window", required_argument, NULL, 'w' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const owned[] = { "tags", "tagged_with",
	    "tokenised_with" };
	const char **lexpaths = NULL, *variants = NULL, *given = NULL;
	size_t nlex = 0, i;
	struct rec_reader r;
	struct rec_writer w;
	struct rec_plan pl;
	struct arena a;
	struct lex lx;
	struct match *m;
	struct tok *t;
	struct run run = { NULL, NULL, NULL, NULL, 0, NULL, TOK_OUT_INIT, { 0 }, { 0 },
	    { 0 }, BUF_INIT, BUF_INIT };
	struct buf tagged = BUF_INIT, tokd = BUF_INIT, vpath = BUF_INIT;
	char err[512], fp[SETTINGS_FP_LEN + 1];
	int c, status = HARK_OK, scope = MATCH_SCOPE_CODE, window = -1;
	int tokcol, stemcol, spancol, textcol, langcol, withcol, en = -1;
	int have, self_tok, self_stem;

	err_init("tag");
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hql:s:v:w:", longopts, NULL))
	    != -1) {
		switch (c) {
		case 'h':
			opt_help(usage, help);
		case 'q':
			err_quiet = 1;
			break;
		case 'l':
			lexpaths = xrealloc(lexpaths,
			    xmul(nlex + 1, sizeof *lexpaths));
			lexpaths[nlex++] = lex_find_or_exit(optarg);
			break;
		case 's': {
			static const char *const scopes[] = { "code",
			    "lexicon", NULL };

			scope = opt_choice("--scope", optarg, scopes, usage) ?
			    MATCH_SCOPE_LEXICON : MATCH_SCOPE_CODE;
			break;
		}
		case 'v':
			given = optarg;
			break;
		case 'w':
			window = (int)opt_uint("--window", optarg, 0, 100,
			    usage);
			break;
		default:
			opt_fail(c, argv, usage);
		}
	}
	nlex = lex_unique(lexpaths, nlex);
	if (nlex == 0) {
		err_msg("no lexicon given (-l LEXICON)");
		usage(stderr);
		return HARK_ETROUBLE;
	}
	/* Load the lexicons before reading: their mistakes are said first.
	 * If the tokens turn out to be made with another variant map, they
	 * are loaded again with it below. */
	t = load(&lx, lexpaths, nlex, given);
	rec_open_or_exit(&r, argv + optind, (size_t)(argc - optind),
	    REC_NEED_ID);
	tokcol = rec_col(&r, "tokens");
	stemcol = rec_col(&r, "stems");
	spancol = rec_col(&r, "spans");
	textcol = rec_col(&r, "text");
	langcol = rec_col(&r, "lang");
	withcol = rec_col(&r, "tokenised_with");
	self_tok = tokcol < 0;
	if (self_tok)
		textcol = rec_need_col(&r, "text", "nor 'tokens': nothing to "
		    "tag");
	arena_init(&a, 0);
	/* The settings the tokens were made with come with the first
	 * record. */
	have = rec_next(&r, &status);
	variants = given;
	if (!self_tok && withcol >= 0 && have)
		variants = resolve_variants(&r, rec_get(&r, (size_t)withcol,
		    &a), given, &vpath);
	if (variants != given) {
		lex_free(&lx);
		tok_free(t);
		t = load(&lx, lexpaths, nlex, variants);
	}
	m = match_new(&lx, scope, window, err, sizeof err);
	if (m == NULL)
		die(HARK_ETROUBLE, "%s", err);
	run.lx = &lx;
	run.m = m;
	run.sc = score_new(&lx);
	self_stem = (match_needs_stems(m) || score_needs_stems(run.sc)) &&
	    (self_tok || stemcol < 0);
	if (!match_needs_stems(m) && !score_needs_stems(run.sc))
		stemcol = -1;
	if (self_stem) {
		run.sm = stemmer_new();
		en = stemmer_lang(run.sm, "en", 2);
	}
	if (!self_tok && match_needs_text(m) && (spancol < 0 || textcol < 0))
		die_at(HARK_ETROUBLE, r.name, 1, "the lexicons have regular "
		    "expressions but the stream has no '%s' column (run hark "
		    "tokenise again, or drop 'tokens' so that tag makes "
		    "them)", textcol < 0 ? "text" : "spans");
	/* tagged_with: the lexicons, each with its fingerprint. */
	buf_adds(&tagged, "lexicons=");
	for (i = 0; i < nlex; i++) {
		/* By its absolute path, so that theme, table and suggest
		 * find it from any folder (-l ./x.lex as -l NAME). */
		char *abs = realpath(lexpaths[i], NULL);

		if (settings_fingerprint(lexpaths[i], fp, err, sizeof err) < 0)
			die(HARK_ETROUBLE, "%s", err);
		settings_add_file(&tagged, abs ? abs : lexpaths[i], fp, i > 0);
		free(abs);
	}
	if (scope == MATCH_SCOPE_LEXICON)
		settings_add(&tagged, "scope", "lexicon");
	if (window >= 0)
		buf_addf(&tagged, " window=%d", window);
	if (self_stem)
		settings_add(&tagged, "stems", langcol >= 0 ? "lang" : "en");
	if (self_tok && tokcols_settings(&tokd, NULL, langcol, variants, err,
	    sizeof err) < 0)
		die(HARK_ETROUBLE, "%s", err);
	rec_writer_init(&w, 1);
	rec_plan_init(&pl, &r, owned, self_tok ? 3 : 2);
	rec_write_header(&w, &pl);
	for (; have; have = rec_next(&r, &status)) {
		struct match_rec in;
		struct str v[3], text = { "", 0 }, lang = { "", 0 };
		const char *why = NULL;
		int l = en;

		memset(&in, 0, sizeof in);
		buf_reset(&run.out);
		if (langcol >= 0)
			lang = rec_get(&r, (size_t)langcol, &a);
		if (textcol >= 0)
			text = rec_get(&r, (size_t)textcol, &a);
		in.lang = langcol >= 0 ? lex_lang(&lx, lang.p, lang.n) : -1;
		if (self_stem && lang.n)
			l = stemmer_lang(run.sm, lang.p, lang.n);
		if (self_tok) {
			size_t off = 0, base = 0, e;

			if (langcol >= 0 && tokcols_locale(t, lang, err,
			    sizeof err) < 0) {
				err_at(r.name, r.line, "%s: using the root "
				    "locale", err);
				status = HARK_EDATA;
			}
			/* a long text in parts, so memory stays a small
			 * multiple of the record */
			do {
				e = tokcols_part_end(text, off);
				if (tok_run(t, text.p + off, e - off, &run.to,
				    err, sizeof err) < 0) {
					why = err;
					break;
				}
				self_tokens(&run);
				if (self_stem)
					self_stems(&run, l);
				in.toks = run.toks.v;
				in.ntok = run.toks.n;
				in.stems = self_stem ? run.stems.v : NULL;
				in.text = text.p + off;
				in.ntext = e - off;
				in.start = run.sp.start;
				in.end = run.sp.end;
				tag_part(&run, &in, base);
				base += run.toks.n;
				off = e;
			} while (off < text.n);
		} else {
			why = list_split(rec_get(&r, (size_t)tokcol, &a),
			    &run.toks);
			if (why)
				why = "empty token in 'tokens' (two spaces "
				    "together, or one at an end)";
			if (!why && spancol >= 0 && textcol >= 0)
				why = list_spans(rec_get(&r, (size_t)spancol,
				    &a), run.toks.n, text, &run.sp);
			if (!why && stemcol >= 0) {
				why = list_split(rec_get(&r, (size_t)stemcol,
				    &a), &run.stems);
				if (!why && run.stems.n != run.toks.n)
					why = "'stems' and 'tokens' have "
					    "different numbers of entries";
			} else if (!why && self_stem) {
				self_stems(&run, l);
			}
			in.toks = run.toks.v;
			in.ntok = run.toks.n;
			if (stemcol >= 0 || self_stem)
				in.stems = run.stems.v;
			if (textcol >= 0 && spancol >= 0) {
				in.text = text.p;
				in.ntext = text.n;
				in.start = run.sp.start;
				in.end = run.sp.end;
			}
			if (!why)
				tag_part(&run, &in, 0);
		}
		if (why) {
			err_at(r.name, r.line, "%s", why);
			status = HARK_EDATA;
			arena_reset(&a);
			continue;
		}
		v[0].p = run.out.s ? run.out.s : "";
		v[0].n = run.out.len;
		v[1].p = tagged.s;
		v[1].n = tagged.len;
		v[2].p = tokd.s ? tokd.s : "";
		v[2].n = tokd.len;
		rec_write(&w, &r, &pl, v);
		arena_reset(&a);
	}
	rec_writer_close(&w);
	rec_plan_free(&pl);
	rec_close(&r);
	arena_free(&a);
	buf_free(&run.out);
	buf_free(&tagged);
	buf_free(&tokd);
	buf_free(&vpath);
	buf_free(&run.stembuf);
	tok_out_free(&run.to);
	stemmer_free(run.sm);
	list_free(&run.toks);
	list_free(&run.stems);
	list_spans_free(&run.sp);
	match_free(m);
	score_free(run.sc);
	free(run.all);
	lex_free(&lx);
	tok_free(t);
	free(lexpaths);
	return status;
}
