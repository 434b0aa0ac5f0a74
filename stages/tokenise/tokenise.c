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
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-tokenise [-h] [-l LOCALE] [-v FILE] [FILE...]\n");
}

/* A lang value usable as an ICU locale: letters, digits, '_' and '-'. */
static int
locale_ok(struct str v)
{
	size_t i;

	if (v.n == 0 || v.n > 32)
		return 0;
	for (i = 0; i < v.n; i++) {
		char c = v.p[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '_' || c == '-'))
			return 0;
	}
	return 1;
}

/* Append v in decimal at p; returns the end. */
static char *
put_u(char *p, size_t v)
{
	char d[24];
	int n = 0;

	do
		d[n++] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	while (n)
		*p++ = d[--n];
	return p;
}

/* The tokens and spans columns, each grown once per record (this loop runs
 * once per token of the corpus, so it avoids per-byte helpers). */
static void
fmt_lists(const struct tok_out *out, size_t textlen, struct buf *toks,
	  struct buf *spans)
{
	char *tp, *sp;
	size_t i, nd;

	buf_reset(toks);
	buf_reset(spans);
	buf_grow(toks, xadd(out->str.len, out->n));
	for (i = 1, nd = 1; i <= textlen / 10; i *= 10)
		nd++; /* digits of the largest offset */
	buf_grow(spans, xmul(out->n, 2 * nd + 2));
	tp = toks->s;
	sp = spans->s;
	for (i = 0; i < out->n; i++) {
		if (i) {
			*tp++ = ' ';
			*sp++ = ' ';
		}
		memcpy(tp, out->str.s + out->t[i].off, out->t[i].len);
		tp += out->t[i].len;
		sp = put_u(sp, out->t[i].start);
		*sp++ = ':';
		sp = put_u(sp, out->t[i].end);
	}
	toks->len = (size_t)(tp - toks->s); /* buf_grow() made the room */
	toks->s[toks->len] = '\0';
	spans->len = (size_t)(sp - spans->s);
	spans->s[spans->len] = '\0';
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "locale", required_argument, NULL, 'l' },
		{ "variants", required_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const owned[] = { "tokens", "spans" };
	const char *locale = NULL, *variants = NULL;
	struct rec_reader r;
	struct rec_writer w;
	struct rec_plan pl;
	struct arena a;
	struct tok *t;
	struct tok_out out = TOK_OUT_INIT;
	struct buf toks = BUF_INIT, spans = BUF_INIT;
	char err[512], lang[40];
	int c, k, status = HARK_OK, textcol, langcol = -1;

	err_init("tokenise");
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hl:v:", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(stdout);
			close_stdout();
			return HARK_OK;
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
	k = rec_open(&r, argv + optind, (size_t)(argc - optind), REC_NEED_ID);
	if (k < 0) {
		rec_report(&r);
		rec_close(&r);
		tok_free(t);
		return k == REC_FAIL ? HARK_ETROUBLE : HARK_EDATA;
	}
	textcol = rec_col(&r, "text");
	if (textcol < 0) {
		err_at(r.name, 1, "no column 'text' to tokenise");
		rec_close(&r);
		tok_free(t);
		return HARK_EDATA;
	}
	if (locale == NULL)
		langcol = rec_col(&r, "lang");
	buf_init(&toks);
	buf_init(&spans);
	arena_init(&a, 0);
	rec_writer_init(&w, 1);
	rec_plan_init(&pl, &r, owned, 2);
	rec_write_header(&w, &pl);
	while (rec_next(&r, &status)) {
		struct str text, vals[2];

		if (langcol >= 0) {
			struct str l = rec_get(&r, (size_t)langcol, &a);

			lang[0] = '\0';
			if (locale_ok(l))
				snprintf(lang, sizeof lang, "%.*s", (int)l.n, l.p);
			if (tok_locale(t, lang, err, sizeof err) < 0) {
				/* tok_locale() fell back to root's rules */
				err_at(r.name, r.line, "%s: using the root "
				    "locale", err);
				status = HARK_EDATA;
			}
		}
		text = rec_get(&r, (size_t)textcol, &a);
		if (tok_run(t, text.p, text.n, &out, err, sizeof err) < 0) {
			err_at(r.name, r.line, "%s", err);
			status = HARK_EDATA;
			arena_reset(&a);
			continue;
		}
		fmt_lists(&out, text.n, &toks, &spans);
		vals[0].p = toks.s;
		vals[0].n = toks.len;
		vals[1].p = spans.s;
		vals[1].n = spans.len;
		rec_write(&w, &r, &pl, vals);
		arena_reset(&a);
	}
	rec_writer_close(&w);
	rec_plan_free(&pl);
	rec_close(&r);
	arena_free(&a);
	buf_free(&toks);
	buf_free(&spans);
	tok_out_free(&out);
	tok_free(t);
	return status;
}
