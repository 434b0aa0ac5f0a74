/*
 * theme.c - roll tags up the codebook into per-record theme counts.
 *
 * Reads `tags` (and `tokens` with --percent) and writes `themes` (every
 * mention, NAME=COUNT in codebook order) and `themes_negated` (the
 * mentions that are still negated after polarity); with --percent also
 * `wc` and one `pct_NAME` column per theme, as LIWC does.  A negated tag of
 * a code with a polarity counts, not negated, for its polarity code
 * (`safety/safe@3-3!` counts as `safety/unsafe`).  docs/tagging.md.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "opt.h"
#include "lex.h"
#include "rec.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-theme [-h] [-p] [-L LEVEL] -l LEXICON... "
	    "[FILE...]\n");
}

/* "FIRST-LAST" in s[0..z): two numbers, FIRST <= LAST. */
static int
span_ok(const char *s, const char *z)
{
	unsigned long long f = 0, l = 0;
	const char *b = s;

	for (; s < z && *s >= '0' && *s <= '9' && s - b < 18; s++)
		f = f * 10 + (unsigned)(*s - '0');
	if (s == b || s == z || *s++ != '-')
		return 0;
	for (b = s; s < z && *s >= '0' && *s <= '9' && s - b < 18; s++)
		l = l * 10 + (unsigned)(*s - '0');
	return s != b && s == z && f <= l;
}

static int
cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

/* Append "NAME=COUNT ..." for the touched themes (sorted) with count > 0. */
static void
fmt_counts(struct buf *b, const struct lex *lx, const int *th, size_t n,
	   const unsigned long *cnt)
{
	size_t i;

	buf_reset(b);
	for (i = 0; i < n; i++) {
		if (cnt[th[i]] == 0)
			continue;
		if (b->len)
			buf_addc(b, ' ');
		buf_adds(b, lx->codes[th[i]].name);
		buf_addc(b, '=');
		buf_addu(b, cnt[th[i]]);
	}
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "lexicon", required_argument, NULL, 'l' },
		{ "level", required_argument, NULL, 'L' },
		{ "percent", no_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 }
	};
	const char **lexpaths = NULL, **owned;
	size_t nlex = 0, nowned = 2, nthemes = 0, i;
	struct rec_reader r;
	struct rec_writer w;
	struct rec_plan pl;
	struct arena a;
	struct lex lx;
	struct buf all = BUF_INIT, neg = BUF_INIT, names = BUF_INIT;
	struct buf *pct = NULL;
	struct str *vals;
	unsigned long *cnt, *ncnt;
	int *touched, *themes, *col;
	char *end;
	int c, k, status = HARK_OK, level = 1, percent = 0, tagcol, tokcol;

	err_init("theme");
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hl:L:p", longopts, NULL)) != -1) {
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
		case 'L': {
			long v = strtol(optarg, &end, 10);

			if (*optarg == '\0' || *end != '\0' || v < 1 ||
			    v > 100) {
				err_msg("bad level '%s' (1 for top-level "
				    "themes, 2 for the codes under them ...)",
				    optarg);
				usage(stderr);
				free(lexpaths);
				return HARK_ETROUBLE;
			}
			level = (int)v;
			break;
		}
		case 'p':
			percent = 1;
			break;
		default:
			opt_fail(c, argv, usage);
		}
	}
	if (nlex == 0) {
		err_msg("no lexicon given (-l LEXICON)");
		usage(stderr);
		return HARK_ETROUBLE;
	}
	lex_init(&lx);
	lx.nocheck = 1;
	for (i = 0; i < nlex; i++)
		lex_load(&lx, lexpaths[i], NULL);
	lex_finish(&lx);
	if (lex_report(&lx, 0)) {
		lex_free(&lx);
		free(lexpaths);
		return HARK_ETROUBLE;
	}
	/* The themes at this level, in codebook order. */
	themes = xmalloc(xmul(lx.ncodes + 1, sizeof *themes));
	col = xmalloc(xmul(lx.ncodes + 1, sizeof *col));
	for (i = 0; i < lx.ncodes; i++) {
		col[i] = -1;
		if (lx.codes[i].level <= level)
			col[i] = (int)nthemes, themes[nthemes++] = (int)i;
	}
	if (percent)
		nowned += 1 + nthemes;
	owned = xmalloc(xmul(nowned, sizeof *owned));
	owned[0] = "themes";
	owned[1] = "themes_negated";
	if (percent) {
		size_t *off = xmalloc(xmul(nthemes + 1, sizeof *off));

		owned[2] = "wc";
		for (i = 0; i < nthemes; i++) {
			off[i] = names.len;
			buf_adds(&names, "pct_");
			buf_adds(&names, lx.codes[themes[i]].name);
			buf_addc(&names, '\0');
		}
		for (i = 0; i < nthemes; i++)
			owned[3 + i] = names.s + off[i];
		free(off);
		pct = xcalloc(nthemes + 1, sizeof *pct);
	}
	vals = xcalloc(nowned, sizeof *vals);
	cnt = xcalloc(lx.ncodes + 1, sizeof *cnt);
	ncnt = xcalloc(lx.ncodes + 1, sizeof *ncnt);
	touched = xmalloc(xmul(lx.ncodes + 1, sizeof *touched));
	k = rec_open(&r, argv + optind, (size_t)(argc - optind), REC_NEED_ID);
	if (k < 0) {
		rec_report(&r);
		rec_close(&r);
		free(pct);
		free(vals);
		free(cnt);
		free(ncnt);
		free(touched);
		free(themes);
		free(col);
		free(owned);
		free(lexpaths);
		buf_free(&names);
		lex_free(&lx);
		return k == REC_FAIL ? HARK_ETROUBLE : HARK_EDATA;
	}
	tagcol = rec_col(&r, "tags");
	tokcol = rec_col(&r, "tokens");
	if (tagcol < 0)
		die_at(HARK_ETROUBLE, r.name, 1, "no column 'tags' (run hark "
		    "tag first)");
	if (percent && tokcol < 0)
		die_at(HARK_ETROUBLE, r.name, 1, "--percent needs the "
		    "'tokens' column to count words");
	arena_init(&a, 0);
	rec_writer_init(&w, 1);
	rec_plan_init(&pl, &r, owned, nowned);
	rec_write_header(&w, &pl);
	while (rec_next(&r, &status)) {
		struct str f;
		size_t p = 0, nt = 0, wc = 0;
		const char *why = NULL;

		f = rec_get(&r, (size_t)tagcol, &a);
		while (p < f.n && !why) {
			const char *e = memchr(f.p + p, ' ', f.n - p), *at;
			size_t q = e ? (size_t)(e - f.p) : f.n, n = q - p;
			int code, negd = 0, th;

			at = n ? memchr(f.p + p, '@', n) : NULL;
			if (at == NULL || at == f.p + p) {
				why = "malformed";
			} else {
				const char *s = at + 1, *z = f.p + q;

				while (z > s && (z[-1] == '!' || z[-1] == '?'))
					negd |= *--z == '!';
				code = lex_code(&lx, f.p + p,
				    (size_t)(at - (f.p + p)));
				if (!span_ok(s, z))
					why = "malformed";
				else if (code < 0)
					why = "unknown";
				else {
					if (negd && lx.codes[code].polarity >= 0) {
						code = lx.codes[code].polarity;
						negd = 0;
					}
					th = lex_ancestor(&lx, code, level);
					if (col[th] < 0)
						; /* shallower than --level */
					else {
						if (cnt[th] == 0 && ncnt[th] == 0)
							touched[nt++] = th;
						cnt[th]++;
						ncnt[th] += (unsigned long)negd;
					}
				}
			}
			if (why) {
				err_at(r.name, r.line, "%s 'tags' entry '%.*s'%s",
				    why, (int)(n > 60 ? 60 : n), f.p + p,
				    why[0] == 'u' ? " (its code is not in the "
				    "lexicons given)" : "");
				break;
			}
			p = q + 1;
		}
		qsort(touched, nt, sizeof *touched, cmp_int);
		fmt_counts(&all, &lx, touched, nt, cnt);
		fmt_counts(&neg, &lx, touched, nt, ncnt);
		vals[0].p = all.s ? all.s : "";
		vals[0].n = all.len;
		vals[1].p = neg.s ? neg.s : "";
		vals[1].n = neg.len;
		if (percent && !why) {
			struct str tk = rec_get(&r, (size_t)tokcol, &a);
			char num[32];

			if (tk.n)
				wc = 1;
			for (i = 0; i < tk.n; i++)
				wc += tk.p[i] == ' ';
			buf_reset(&pct[nthemes]);
			buf_addu(&pct[nthemes], wc);
			vals[2].p = pct[nthemes].s;
			vals[2].n = pct[nthemes].len;
			for (i = 0; i < nthemes; i++) {
				double v = wc ? 100.0 * (double)cnt[themes[i]] /
				    (double)wc : 0.0;
				int m = snprintf(num, sizeof num, "%.2f", v);

				buf_reset(&pct[i]);
				buf_add(&pct[i], num, (size_t)m);
				vals[3 + i].p = pct[i].s;
				vals[3 + i].n = pct[i].len;
			}
		}
		for (i = 0; i < nt; i++)
			cnt[touched[i]] = ncnt[touched[i]] = 0;
		if (why)
			status = HARK_EDATA;
		else
			rec_write(&w, &r, &pl, vals);
		arena_reset(&a);
	}
	rec_writer_close(&w);
	rec_plan_free(&pl);
	rec_close(&r);
	arena_free(&a);
	buf_free(&all);
	buf_free(&neg);
	buf_free(&names);
	if (pct)
		for (i = 0; i <= nthemes; i++)
			buf_free(&pct[i]);
	free(pct);
	free(vals);
	free(cnt);
	free(ncnt);
	free(touched);
	free(themes);
	free(col);
	free(owned);
	free(lexpaths);
	lex_free(&lx);
	return status;
}
