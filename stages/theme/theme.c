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
#include "lists.h"
#include "rec.h"
#include "settings.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-theme [-hq] [-p] [-L LEVEL] [-u count|drop] "
	    "[-l LEXICON]... [FILE...]\n");
}

static const char help[] =
	"  -l, --lexicon LEXICON   the lexicons the tags were made with\n"
	"  -L, --level LEVEL       roll up to this level\n"
	"  -p, --percent           also write wc and pct_NAME (needs tokens: "
	"tokenise)\n"
	"  -u, --uncertain count|drop  count hedged (?) tags or leave them out\n"
	OPT_HELP_COMMON;

/* A tag entry of the current record, for finding repeats. */
struct ent {
	int code;
	size_t first, last;
};

static int
cmp_ent(const void *pa, const void *pb)
{
	const struct ent *x = pa, *y = pb;

	if (x->code != y->code)
		return (x->code > y->code) - (x->code < y->code);
	if (x->first != y->first)
		return (x->first > y->first) - (x->first < y->first);
	return (x->last > y->last) - (x->last < y->last);
}

/*
 * The lexicons that made the tags, as `tagged_with` names them: taken when
 * no -l is given, checked against -l when one is (a mismatch is trouble,
 * naming both).  Returns the paths to load (*n of them).
 */
static const char **
resolve_lexicons(const struct rec_reader *r, struct str with,
		 const char **given, size_t *n, struct buf *paths)
{
	/* Static: reachable when a message ends the program. */
	static struct buf p, said, gave;
	static size_t *offs;
	struct str list;
	char fp[SETTINGS_FP_LEN + 1], now[SETTINGS_FP_LEN + 1], err[512];
	size_t i, k, m = 0;
	const char **out;
	int same;

	if (!settings_get(with, "lexicons", &list) || list.n == 0)
		return given;
	for (i = 0; settings_file(list, i, &p, fp); i++) {
		offs = xrealloc(offs, xmul(i + 1, sizeof *offs));
		offs[i] = paths->len;
		buf_add(paths, p.s, p.len + 1);
		buf_addf(&said, "%s%s@%s", i ? ", " : "", p.s, fp);
		if (*n)
			continue;
		if (settings_fingerprint(p.s, now, err, sizeof err) < 0)
			die_at(HARK_ETROUBLE, r->name, r->line, "the tags were "
			    "made with lexicon %s, which cannot be read now "
			    "(%s): give it with -l", p.s, err);
		if (fp[0] && strcmp(fp, now) != 0)
			die_at(HARK_ETROUBLE, r->name, r->line, "lexicon %s has "
			    "changed since the tags were made with it "
			    "(fingerprint %s then, %s now): run hark tag "
			    "again", p.s, fp, now);
	}
	m = i;
	if (*n) {
		/* -l given: the same files, by fingerprint, in any order */
		same = m == *n;
		for (k = 0; k < *n; k++) {
			if (settings_fingerprint(given[k], now, err,
			    sizeof err) < 0)
				die(HARK_ETROUBLE, "%s", err);
			buf_addf(&gave, "%s%s@%s", k ? ", " : "", given[k],
			    now);
			if (same && strstr(said.s, now) == NULL)
				same = 0;
		}
		if (!same)
			die_at(HARK_ETROUBLE, r->name, r->line, "the tags were "
			    "made with lexicons %s, but -l names %s: run hark "
			    "tag again with them, or leave -l out", said.s,
			    gave.s);
		buf_free(&p);
		buf_free(&said);
		buf_free(&gave);
		free(offs);
		offs = NULL;
		return given;
	}
	out = xmalloc(xmul(m + 1, sizeof *out));
	for (i = 0; i < m; i++)
		out[i] = paths->s + offs[i];
	*n = m;
	buf_free(&p);
	buf_free(&said);
	buf_free(&gave);
	free(offs);
	offs = NULL;
	return out;
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
		{ "quiet", no_argument, NULL, 'q' },
		{ "lexicon", required_argument, NULL, 'l' },
		{ "level", required_argument, NULL, 'L' },
		{ "percent", no_argument, NULL, 'p' },
		{ "uncertain", required_argument, NULL, 'u' },
		{ NULL, 0, NULL, 0 }
	};
	const char **lexpaths = NULL, **owned;
	size_t nlex = 0, nowned = 3, nthemes = 0, i;
	struct rec_reader r;
	struct rec_writer w;
	struct rec_plan pl;
	struct arena a;
	struct lex lx;
	struct buf all = BUF_INIT, neg = BUF_INIT, names = BUF_INIT;
	struct buf mix = BUF_INIT;
	struct buf *pct = NULL;
	struct str *vals;
	unsigned long *cnt, *ncnt;
	int *touched, *themes, *col;
	int c, status = HARK_OK, level = 1, percent = 0, tagcol, tokcol;
	int withcol, have, drop_uncertain = 0;
	unsigned long *scnt;
	int *sides, *mixed;
	struct buf lexbuf = BUF_INIT;
	struct ent *ents = NULL;
	size_t nents = 0, cents = 0;

	err_init("theme");
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hql:L:pu:", longopts, NULL)) != -1) {
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
		case 'L':
			/* 1 for top-level themes, 2 for the codes under
			 * them ... */
			level = (int)opt_uint("--level", optarg, 1, 100, usage);
			break;
		case 'p':
			percent = 1;
			break;
		case 'u': {
			static const char *const how[] = { "count", "drop",
			    NULL };

			/* hedged (`?`) tags: counted (default) or left out */
			drop_uncertain = opt_choice("--uncertain", optarg, how,
			    usage);
			break;
		}
		default:
			opt_fail(c, argv, usage);
		}
	}
	rec_open_or_exit(&r, argv + optind, (size_t)(argc - optind),
	    REC_NEED_ID);
	tagcol = rec_need_col(&r, "tags", "run hark tag first");
	tokcol = rec_col(&r, "tokens");
	withcol = rec_col(&r, "tagged_with");
	if (percent && tokcol < 0)
		die_at(HARK_ETROUBLE, r.name, 1, "--percent needs the "
		    "'tokens' column to count words (run hark tokenise "
		    "before hark tag)");
	arena_init(&a, 0);
	/* The lexicons that made the tags are named on every record. */
	have = rec_next(&r, &status);
	if (have && withcol >= 0) {
		const char **got = resolve_lexicons(&r, rec_get(&r,
		    (size_t)withcol, &a), lexpaths, &nlex, &lexbuf);

		if (got != lexpaths) {
			free(lexpaths);
			lexpaths = got;
		}
	}
	nlex = lex_unique(lexpaths, nlex);
	if (nlex == 0 && (have || percent)) {
		err_msg("no lexicon given (-l LEXICON), and the stream does "
		    "not say which made its tags (no 'tagged_with' column)");
		usage(stderr);
		rec_close(&r);
		arena_free(&a);
		free(lexpaths);
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
	owned[2] = "themes_mixed";
	if (percent) {
		size_t *off = xmalloc(xmul(nthemes + 1, sizeof *off));

		owned[3] = "wc";
		for (i = 0; i < nthemes; i++) {
			off[i] = names.len;
			buf_adds(&names, "pct_");
			buf_adds(&names, lx.codes[themes[i]].name);
			buf_addc(&names, '\0');
		}
		for (i = 0; i < nthemes; i++)
			owned[4 + i] = names.s + off[i];
		free(off);
		pct = xcalloc(nthemes + 1, sizeof *pct);
	}
	vals = xcalloc(nowned, sizeof *vals);
	cnt = xcalloc(lx.ncodes + 1, sizeof *cnt);
	ncnt = xcalloc(lx.ncodes + 1, sizeof *ncnt);
	touched = xmalloc(xmul(lx.ncodes + 1, sizeof *touched));
	scnt = xcalloc(lx.ncodes + 1, sizeof *scnt);
	sides = xmalloc(xmul(lx.ncodes + 1, sizeof *sides));
	mixed = xmalloc(xmul(lx.ncodes + 1, sizeof *mixed));
	rec_writer_init(&w, 1);
	rec_plan_init(&pl, &r, owned, nowned);
	rec_write_header(&w, &pl);
	for (; have; have = rec_next(&r, &status)) {
		struct str f;
		size_t p = 0, nt = 0, wc = 0, ntok = (size_t)-1, ns = 0, nmix = 0;
		const char *why = NULL;
		struct list_tag tg;

		if (tokcol >= 0) {
			struct str tk = rec_get(&r, (size_t)tokcol, &a);

			ntok = tk.n ? 1 : 0;
			for (i = 0; i < tk.n; i++)
				ntok += tk.p[i] == ' ';
		}
		f = rec_get(&r, (size_t)tagcol, &a);
		nents = 0;
		while (p < f.n && !why) {
			const char *e = memchr(f.p + p, ' ', f.n - p);
			size_t q = e ? (size_t)(e - f.p) : f.n, n = q - p;
			int code = -1;

			why = list_tag(f.p + p, n, ntok, &tg);
			if (!why && (code = lex_code(&lx, tg.code.p,
			    tg.code.n)) < 0)
				why = "unknown";
			if (!why) {
				if (nents == cents) {
					cents = cents ? xmul(cents, 2) : 64;
					ents = xrealloc(ents, xmul(cents,
					    sizeof *ents));
				}
				ents[nents].code = code;
				ents[nents].first = tg.first;
				ents[nents++].last = tg.last;
			}
			if (why) {
				err_at(r.name, r.line, "%s 'tags' entry "
				    "'%.*s'%s", why, (int)(n > 60 ? 60 : n),
				    f.p + p, why[0] == 'u' ? " (its code is "
				    "not in the lexicons given)" : why[0] ==
				    'o' ? " (past the last of 'tokens')" : "");
				break;
			}
			p = q + 1;
		}
		/* the same code on the same tokens twice is not two mentions
		 * but a broken stream */
		if (!why && nents > 1) {
			qsort(ents, nents, sizeof *ents, cmp_ent);
			for (i = 1; i < nents && !why; i++)
				if (cmp_ent(&ents[i - 1], &ents[i]) == 0) {
					why = "repeated";
					err_at(r.name, r.line, "repeated 'tags' "
					    "entry '%s@%zu-%zu'",
					    lx.codes[ents[i].code].name,
					    ents[i].first, ents[i].last);
				}
		}
		for (p = 0; p < f.n && !why;) {
			const char *e = memchr(f.p + p, ' ', f.n - p);
			size_t q = e ? (size_t)(e - f.p) : f.n;
			int code, negd, th;

			list_tag(f.p + p, q - p, ntok, &tg);
			code = lex_code(&lx, tg.code.p, tg.code.n);
			negd = tg.negated;
			p = q + 1;
			if (tg.uncertain && drop_uncertain)
				continue;
			if (negd) {
				int how = lex_negmode(&lx, code);

				if (how == LEX_NEG_DROP)
					continue;
				if (how == LEX_NEG_FLIP) {
					code = lx.codes[code].polarity;
					negd = 0;
				}
			}
			/* a side of a polarity pair below the level: kept
			 * to show mixed polarity */
			if (lx.codes[code].polarity >= 0 &&
			    lx.codes[code].level > level) {
				if (scnt[code] == 0)
					sides[ns++] = code;
				scnt[code]++;
			}
			th = lex_ancestor(&lx, code, level);
			if (col[th] >= 0) { /* else shallower than --level */
				if (cnt[th] == 0 && ncnt[th] == 0)
					touched[nt++] = th;
				cnt[th]++;
				ncnt[th] += (unsigned long)negd;
			}
		}
		/* Mixed polarity: both sides of a pair below the level
		 * present, so both are written in themes_mixed (not in themes,
		 * whose entries count as themes downstream). */
		nmix = 0;
		for (i = 0; i < ns; i++) {
			int sc = sides[i];

			if (scnt[lx.codes[sc].polarity] && !why)
				mixed[nmix++] = sc;
		}
		qsort(mixed, nmix, sizeof *mixed, cmp_int);
		fmt_counts(&mix, &lx, mixed, nmix, scnt);
		for (i = 0; i < ns; i++)
			scnt[sides[i]] = 0;
		qsort(touched, nt, sizeof *touched, cmp_int);
		fmt_counts(&all, &lx, touched, nt, cnt);
		fmt_counts(&neg, &lx, touched, nt, ncnt);
		vals[0].p = all.s ? all.s : "";
		vals[0].n = all.len;
		vals[1].p = neg.s ? neg.s : "";
		vals[1].n = neg.len;
		vals[2].p = mix.s ? mix.s : "";
		vals[2].n = mix.len;
		if (percent && !why) {
			char num[32];

			wc = ntok;
			buf_reset(&pct[nthemes]);
			buf_addu(&pct[nthemes], wc);
			vals[3].p = pct[nthemes].s;
			vals[3].n = pct[nthemes].len;
			for (i = 0; i < nthemes; i++) {
				double v = wc ? 100.0 * (double)cnt[themes[i]] /
				    (double)wc : 0.0;
				int m = snprintf(num, sizeof num, "%.2f", v);

				buf_reset(&pct[i]);
				buf_add(&pct[i], num, (size_t)m);
				vals[4 + i].p = pct[i].s;
				vals[4 + i].n = pct[i].len;
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
	buf_free(&mix);
	buf_free(&names);
	if (pct)
		for (i = 0; i <= nthemes; i++)
			buf_free(&pct[i]);
	free(pct);
	free(vals);
	free(cnt);
	free(ncnt);
	free(touched);
	free(scnt);
	free(sides);
	free(mixed);
	free(themes);
	free(col);
	free(owned);
	free(lexpaths);
	free(ents);
	buf_free(&lexbuf);
	lex_free(&lx);
	return status;
}
