/*
 * table.c - hark-table: themes by cohort beside outcomes, with disclosure
 * control.
 *
 * Reads person-level (or record-level) rows: the --by cohort columns, the
 * theme columns (`theme:NAME`, as `hark count --wide` writes them, or those
 * named by --themes; a value above 0 means the theme is present) and the
 * binary --outcome columns.  Writes one row per theme and cohort (and per
 * outcome): people, with_theme, the percentage with its Wilson interval,
 * and for each outcome the rates with and without the theme, their
 * difference, the odds ratio with its Woolf interval, Fisher's exact p and
 * the Benjamini-Hochberg q, after the disclosure-control policy
 * (docs/statistics.md, docs/disclosure-control.md).
 */
#include <getopt.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "err.h"
#include "opt.h"
#include "hash.h"
#include "out.h"
#include "rec.h"
#include "sdc.h"
#include "stats.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-table [-h] --by COL[,COL...] "
	    "[--outcome COL]... [--themes COL[,COL...]]\n"
	    "                  [--sdc POLICY] [--unit people|records] "
	    "[--format tsv|csv|markdown|html]\n"
	    "                  [FILE...]\n");
}

enum { MISSING = 2 };

struct table {
	size_t nby, nt, no;
	int *bycol, *tcol, *ocol;
	int rcol;              /* the records column, or -1 */
	uint64_t norecords;    /* rows with records 0, left out */
	char **by, **tname, **oname;
	uint64_t *missing;     /* per outcome: rows with no value */
	struct hash cohorts;   /* by-values as in the stream, TAB-joined */
	uint64_t *cnt;         /* per cohort, a block of bsz counters */
	size_t bsz, cap;
};

/* The counters of cohort c: n, then x per theme, then per theme and
 * outcome the 2x2 table (theme & yes, theme & no, none & yes, none & no). */
static uint64_t *
block(const struct table *t, size_t c)
{
	return t->cnt + c * t->bsz;
}

static uint64_t *
cell4(const struct table *t, uint64_t *b, size_t th, size_t o)
{
	return b + 1 + t->nt + (th * t->no + o) * 4;
}

static size_t
split_cols(const char *spec, char ***out, size_t n0)
{
	size_t n = n0;
	const char *p = spec;

	for (;;) {
		const char *c = strchr(p, ',');
		size_t len = c ? (size_t)(c - p) : strlen(p);

		if (len == 0)
			die(HARK_ETROUBLE, "empty column name in '%s'", spec);
		*out = xrealloc(*out, xmul(n + 1, sizeof **out));
		(*out)[n++] = xmemdup(p, len);
		if (!c)
			break;
		p = c + 1;
	}
	return n;
}

/* yes/no, true/false, 1/0, y/n in any case; the empty value is missing.
 * Returns 0, 1, MISSING, or -1. */
static int
binary(struct str v)
{
	static const char *const yes[] = { "yes", "true", "1", "y" };
	static const char *const no[] = { "no", "false", "0", "n" };
	size_t i;

	if (v.n == 0)
		return MISSING;
	for (i = 0; i < 4; i++) {
		if (strlen(yes[i]) == v.n && strncasecmp(v.p, yes[i], v.n) == 0)
			return 1;
		if (strlen(no[i]) == v.n && strncasecmp(v.p, no[i], v.n) == 0)
			return 0;
	}
	return -1;
}

/* A theme value: a count; above 0 means present.  Returns 0, 1 or -1. */
static int
present(struct str v)
{
	size_t i;
	int any = 0;

	if (v.n == 0)
		return -1;
	for (i = 0; i < v.n; i++) {
		if (v.p[i] < '0' || v.p[i] > '9')
			return -1;
		any |= v.p[i] != '0';
	}
	return any;
}

static int
read_rows(struct table *t, struct rec_reader *r)
{
	/* Static: reachable when a message ends the program. */
	static struct arena a;
	static struct buf key;
	static unsigned char *has, *yn;
	int k, bad = 0;
	size_t i, j;

	has = xmalloc(t->nt + 1);
	yn = xmalloc(t->no + 1);

	arena_init(&a, 0);
	buf_init(&key);
	while ((k = rec_read(r)) != REC_EOF) {
		uint64_t *b;
		size_t c;
		int added;

		if (k == REC_FAIL) {
			rec_report(r);
			exit(HARK_ETROUBLE);
		}
		if (k == REC_BAD) {
			rec_report(r);
			bad++;
			continue;
		}
		for (i = 0; i < t->nt; i++) {
			struct str v = rec_get(r, (size_t)t->tcol[i], &a);
			int h = present(v);

			if (h < 0) {
				err_at(r->name, r->line, "bad count '%.*s' in "
				    "theme column '%s' (want a number)",
				    (int)(v.n > 200 ? 200 : v.n), v.p,
				    r->cols[t->tcol[i]]);
				break;
			}
			has[i] = (unsigned char)h;
		}
		for (j = 0; i == t->nt && j < t->no; j++) {
			struct str v = rec_get(r, (size_t)t->ocol[j], &a);
			int y = binary(v);

			if (y < 0) {
				err_at(r->name, r->line, "bad value '%.*s' in "
				    "outcome column '%s' (want yes/no, "
				    "true/false, 1/0 or Y/N, or empty when "
				    "missing)", (int)(v.n > 200 ? 200 : v.n),
				    v.p, t->oname[j]);
				break;
			}
			yn[j] = (unsigned char)y;
		}
		if (i == t->nt && j == t->no && t->rcol >= 0) {
			struct str v = rec_get(r, (size_t)t->rcol, &a);
			int h = present(v);

			if (h < 0) {
				err_at(r->name, r->line, "bad count '%.*s' in "
				    "column 'records' (want a number)",
				    (int)(v.n > 200 ? 200 : v.n), v.p);
				i = 0;
			} else if (h == 0) {
				/* No records: nothing is known of its themes,
				 * so the row is not in the table at all. */
				t->norecords++;
				arena_reset(&a);
				continue;
			}
		}
		arena_reset(&a);
		if (i < t->nt || j < t->no) {
			bad++;
			continue;
		}
		buf_reset(&key);
		for (i = 0; i < t->nby; i++) {
			if (i)
				buf_addc(&key, '\t');
			buf_add(&key, r->f[t->bycol[i]].p, r->f[t->bycol[i]].n);
		}
		c = hash_intern(&t->cohorts, key.s, key.len, &added);
		if (added) {
			if (c >= t->cap) {
				t->cap = t->cap ? xmul(t->cap, 2) : 64;
				t->cnt = xrealloc(t->cnt,
				    xmul(xmul(t->cap, t->bsz), sizeof *t->cnt));
			}
			memset(block(t, c), 0, t->bsz * sizeof *t->cnt);
		}
		b = block(t, c);
		b[0]++;
		for (j = 0; j < t->no; j++)
			t->missing[j] += yn[j] == MISSING;
		for (i = 0; i < t->nt; i++) {
			b[1 + i] += has[i];
			for (j = 0; j < t->no; j++)
				if (yn[j] != MISSING)
					cell4(t, b, i, j)[(has[i] ? 0 : 2) +
					    (yn[j] ? 0 : 1)]++;
		}
	}
	buf_free(&key);
	arena_free(&a);
	free(has);
	free(yn);
	return bad;
}

/* ---- building the output ---- */

static const struct hash *sort_h;

static int
cmp_key(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y, an, bn;
	const char *ap = hash_key(sort_h, a, &an);
	const char *bp = hash_key(sort_h, b, &bn);
	int c = memcmp(ap, bp, an < bn ? an : bn);

	return c ? c : an < bn ? -1 : an > bn;
}

static char *const *sort_names;

static int
cmp_name(const void *x, const void *y)
{
	return strcmp(sort_names[*(const size_t *)x],
	    sort_names[*(const size_t *)y]);
}

/* Printed numbers: fixed decimals, never "-0.0". */
static struct str
num(struct arena *a, const char *fmt, double v)
{
	char tmp[64];
	int n = snprintf(tmp, sizeof tmp, fmt, v);
	struct str s;

	if (strcmp(tmp, "-0.0") == 0 || strcmp(tmp, "-0.000") == 0 ||
	    strcmp(tmp, "-0") == 0)
		n = snprintf(tmp, sizeof tmp, fmt, 0.0);
	s.p = arena_memdup(a, tmp, (size_t)n);
	s.n = (size_t)n;
	return s;
}

static struct str
count(struct arena *a, const struct sdc *s, uint64_t v)
{
	char tmp[32];
	uint64_t r = sdc_round(s, v);
	int n;
	struct str out;

	if (r == 0 && v > 0)
		return (struct str){ "k", 1 };
	n = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)r);
	out.p = arena_memdup(a, tmp, (size_t)n);
	out.n = (size_t)n;
	return out;
}

static const struct str SYM_C = { "c", 1 }, SYM_Z = { "z", 1 };
static const struct str EMPTY = { "", 0 };

/*
 * The ten outcome columns of a row, from its 2x2 table d (theme & yes,
 * theme & no, none & yes, none & no), into v; hid when disclosure control
 * suppresses them; p and q of the table when both groups are present.
 */
static size_t
outcome_vals(struct arena *a, struct str *v, const char *name,
	     const uint64_t *d, int hid, double p, double q)
{
	uint64_t nw = d[0] + d[1], no = d[2] + d[3];
	double rw = nw ? 100.0 * (double)d[0] / (double)nw : 0;
	double ro = no ? 100.0 * (double)d[2] / (double)no : 0;
	double orr, lo, hi;
	size_t k = 0, m;
	int corr, small;

	v[k].p = name;
	v[k++].n = strlen(name);
	if (hid) {
		for (m = 0; m < 8; m++)
			v[k++] = SYM_C;
		v[k++] = EMPTY;
		return k;
	}
	v[k++] = nw ? num(a, "%.1f", rw) : SYM_Z;
	v[k++] = no ? num(a, "%.1f", ro) : SYM_Z;
	if (!nw || !no) {
		for (m = 0; m < 6; m++)
			v[k++] = SYM_Z;
		v[k++] = EMPTY;
		return k;
	}
	corr = stats_odds_ratio(d[0], d[1], d[2], d[3], STATS_Z95, &orr,
	    &lo, &hi);
	small = stats_min_expected(d[0], d[1], d[2], d[3]) < 5;
	v[k++] = num(a, "%.1f", rw - ro);
	v[k++] = num(a, "%.3f", orr);
	v[k++] = num(a, "%.3f", lo);
	v[k++] = num(a, "%.3f", hi);
	v[k++] = num(a, "%.4g", p);
	v[k++] = num(a, "%.4g", q);
	v[k].p = corr && small ? "zero_cell small_expected" :
	    corr ? "zero_cell" : small ? "small_expected" : "";
	v[k].n = strlen(v[k].p);
	return k + 1;
}

/* The --by values of cohort c (-1: the Total row), unescaped, into v. */
static size_t
cohort_vals(const struct table *t, long c, struct arena *a, struct buf *tmp,
	    struct str *v)
{
	const char *kp, *end, *e;
	size_t i, kn;

	if (c < 0) {
		for (i = 0; i < t->nby; i++)
			v[i] = (struct str){ "Total", 5 };
		return t->nby;
	}
	kp = hash_key(&t->cohorts, (size_t)c, &kn);
	end = kp + kn;
	for (i = 0; i < t->nby; i++) {
		if (!(e = memchr(kp, '\t', (size_t)(end - kp))))
			e = end;
		buf_reset(tmp);
		rec_unescape(tmp, kp, (size_t)(e - kp));
		v[i].p = arena_memdup(a, tmp->s, tmp->len);
		v[i].n = tmp->len;
		kp = e + (e < end);
	}
	return t->nby;
}

static void
write_table(struct table *t, const struct sdc *s, int fmt, const char *unit)
{
	size_t nc = t->cohorts.count, C = nc + 1, i, j, c, o, th, np = 0;
	size_t *order = xmalloc(xmul(C, sizeof *order));
	size_t *torder = xmalloc(xmul(t->nt + 1, sizeof *torder));
	size_t ncols = 0, nrows;
	const char **cols = xmalloc(xmul(t->nby + 20, sizeof *cols));
	uint64_t *tot, *v;
	unsigned char *hn, *hx, *ho;
	double *p, *q;
	struct str *vals;
	struct arena a;
	struct buf unesc = BUF_INIT;
	struct out out;
	char caption[512];
	int thr = s->kind == SDC_THRESHOLD;

	/* Cohorts in key order, then the total in slot nc. */
	for (i = 0; i < nc; i++)
		order[i] = i;
	sort_h = &t->cohorts;
	qsort(order, nc, sizeof *order, cmp_key);
	order[nc] = nc;
	t->cnt = xrealloc(t->cnt, xmul(xmul(C, t->bsz), sizeof *t->cnt));
	tot = block(t, nc);
	memset(tot, 0, t->bsz * sizeof *tot);
	for (c = 0; c < nc; c++)
		for (j = 0; j < t->bsz; j++)
			tot[j] += block(t, c)[j];
	for (i = 0; i < t->nt; i++)
		torder[i] = i;
	sort_names = t->tname;
	qsort(torder, t->nt, sizeof *torder, cmp_name);

	/* Suppression: people, then with_theme per theme, then the outcome
	 * statistics per theme and outcome, each along the cohorts and their
	 * total (slot nc), in the cohorts' output order. */
	v = xmalloc(xmul(C, sizeof *v));
	hn = xcalloc(C, 1);
	hx = xcalloc(xmul(t->nt + 1, C), 1);
	ho = xcalloc(xmul(xmul(t->nt + 1, t->no + 1), C), 1);
	for (i = 0; i < C; i++) {
		v[i] = block(t, order[i])[0];
		hn[i] = thr && sdc_small(s, v[i]);
	}
	if (thr)
		sdc_secondary(v, hn, C);
	for (th = 0; th < t->nt; th++) {
		unsigned char *h = hx + th * C;

		for (i = 0; i < C; i++) {
			uint64_t *b = block(t, order[i]);

			v[i] = b[1 + th];
			h[i] = hn[i] || sdc_small(s, v[i]) ||
			    sdc_small(s, b[0] - v[i]);
		}
		if (thr)
			sdc_secondary(v, h, C);
		for (o = 0; o < t->no; o++) {
			unsigned char *g = ho + (th * t->no + o) * C;

			for (i = 0; i < C; i++) {
				uint64_t *d = cell4(t, block(t, order[i]),
				    th, o);

				v[i] = d[0];
				for (j = 0; j < 4; j++) {
					g[i] |= sdc_small(s, d[j]);
					if (d[j] < v[i])
						v[i] = d[j];
				}
				g[i] |= h[i];
			}
			if (thr)
				sdc_secondary(v, g, C);
		}
	}

	/* Fisher's p for every table with both groups present, in output
	 * order; BH across all of them. */
	nrows = xmul(xmul(t->nt, C), t->no);
	p = xcalloc(nrows + 1, sizeof *p);
	q = xcalloc(nrows + 1, sizeof *q);
	for (j = 0; j < t->nt; j++)
		for (i = 0; i < C; i++)
			for (o = 0; o < t->no; o++) {
				uint64_t *d = cell4(t, block(t, order[i]),
				    torder[j], o);

				if (d[0] + d[1] > 0 && d[2] + d[3] > 0)
					p[np++] = stats_fisher(d[0], d[1],
					    d[2], d[3]);
			}
	stats_bh(p, np, q);

	cols[ncols++] = "theme";
	for (i = 0; i < t->nby; i++)
		cols[ncols++] = t->by[i];
	cols[ncols++] = unit;
	cols[ncols++] = "with_theme";
	cols[ncols++] = "pct";
	cols[ncols++] = "pct_low";
	cols[ncols++] = "pct_high";
	if (t->no) {
		static const char *const oc[] = { "outcome", "rate_with",
		    "rate_without", "difference", "odds_ratio", "or_low",
		    "or_high", "p", "q", "note" };

		for (i = 0; i < 10; i++)
			cols[ncols++] = oc[i];
	}
	if (fmt == FMT_TSV || fmt == FMT_CSV)
		cols[ncols++] = "sdc";
	out_begin(&out, fmt, cols, ncols, sdc_describe(s, caption,
	    sizeof caption));
	vals = xmalloc(xmul(ncols, sizeof *vals));
	arena_init(&a, 0);
	buf_init(&unesc);
	np = 0;
	for (j = 0; j < t->nt; j++) {
		th = torder[j];
		for (i = 0; i < C; i++) {
			uint64_t *b = block(t, order[i]);
			uint64_t n = b[0], x = b[1 + th];
			int hid_n = hn[i], hid_x = hx[th * C + i];
			size_t k = 0, base;

			vals[k].p = t->tname[th];
			vals[k++].n = strlen(t->tname[th]);
			k += cohort_vals(t, order[i] == nc ? -1 :
			    (long)order[i], &a, &unesc, vals + k);
			vals[k++] = hid_n ? SYM_C : count(&a, s, n);
			vals[k++] = thr && hid_x ? SYM_C : count(&a, s, x);
			if (hid_x) {
				vals[k++] = SYM_C;
				vals[k++] = SYM_C;
				vals[k++] = SYM_C;
			} else if (n == 0) {
				vals[k++] = SYM_Z;
				vals[k++] = SYM_Z;
				vals[k++] = SYM_Z;
			} else {
				double lo, hi;

				stats_wilson(x, n, STATS_Z95, &lo, &hi);
				vals[k++] = num(&a, "%.1f", 100.0 * (double)x /
				    (double)n);
				vals[k++] = num(&a, "%.1f", 100 * lo);
				vals[k++] = num(&a, "%.1f", 100 * hi);
			}
			base = k;
			for (o = 0; o < t->no || (o == 0 && t->no == 0); o++) {
				k = base;
				if (t->no) {
					const uint64_t *d = cell4(t, b, th, o);

					k += outcome_vals(&a, vals + k,
					    t->oname[o], d,
					    ho[(th * t->no + o) * C + i],
					    p[np], q[np]);
					np += d[0] + d[1] > 0 &&
					    d[2] + d[3] > 0;
				}
				if (fmt == FMT_TSV || fmt == FMT_CSV) {
					vals[k].p = s->name;
					vals[k++].n = strlen(s->name);
				}
				out_row(&out, vals);
			}
			arena_reset(&a);
		}
	}
	out_end(&out);
	if (t->norecords)
		err_msg("%llu %s with records 0 (no records), left out of "
		    "the table", (unsigned long long)t->norecords, unit);
	for (o = 0; o < t->no; o++)
		if (t->missing[o])
			err_msg("outcome '%s': %llu %s with no value, left out "
			    "of its statistics", t->oname[o],
			    (unsigned long long)t->missing[o], unit);
	arena_free(&a);
	buf_free(&unesc);
	free(vals);
	free(cols);
	free(order);
	free(torder);
	free(v);
	free(hn);
	free(hx);
	free(ho);
	free(p);
	free(q);
}

static int
find_col(const struct rec_reader *r, const char *name)
{
	int i = rec_col(r, name);

	if (i < 0)
		die_at(HARK_EDATA, r->name, 1, "no column '%s'", name);
	return i;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "by", required_argument, NULL, 'b' },
		{ "outcome", required_argument, NULL, 'o' },
		{ "themes", required_argument, NULL, 't' },
		{ "sdc", required_argument, NULL, 's' },
		{ "unit", required_argument, NULL, 'u' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	/* Static: reachable when a message ends the program. */
	static struct table t;
	static struct rec_reader r;
	static char **themes;
	struct sdc s;
	const char *unit = "people";
	size_t nthemes = 0, i, j;
	int c, fmt = FMT_TSV, bad;

	err_init("table");
	opterr = 0;
	sdc_parse(&s, SDC_DEFAULT);
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (c) {
		case 'b':
			for (i = 0; i < t.nby; i++)
				free(t.by[i]);
			t.nby = split_cols(optarg, &t.by, 0);
			break;
		case 'o':
			t.no = split_cols(optarg, &t.oname, t.no);
			break;
		case 't':
			nthemes = split_cols(optarg, &themes, nthemes);
			break;
		case 's':
			if (sdc_parse(&s, optarg) < 0) {
				err_msg("unknown disclosure-control policy "
				    "'%s' (want threshold[:K], threshold0[:K], "
				    "round[:B] or none)", optarg);
				return HARK_ETROUBLE;
			}
			break;
		case 'u':
			if (strcmp(optarg, "people") &&
			    strcmp(optarg, "records")) {
				err_msg("--unit: want people or records");
				return HARK_ETROUBLE;
			}
			unit = optarg;
			break;
		case 'f':
			if (strcmp(optarg, "tsv") == 0)
				fmt = FMT_TSV;
			else if (strcmp(optarg, "csv") == 0)
				fmt = FMT_CSV;
			else if (strcmp(optarg, "markdown") == 0 ||
			    strcmp(optarg, "md") == 0)
				fmt = FMT_MD;
			else if (strcmp(optarg, "html") == 0)
				fmt = FMT_HTML;
			else {
				err_msg("--format: want tsv, csv, markdown or "
				    "html");
				return HARK_ETROUBLE;
			}
			break;
		case 'h':
			usage(stdout);
			close_stdout();
			return HARK_OK;
		default:
			opt_fail(c, argv, usage);
		}
	}
	if (t.nby == 0) {
		err_msg("--by is required");
		usage(stderr);
		return HARK_ETROUBLE;
	}
	c = rec_open(&r, argv + optind, (size_t)(argc - optind), 0);
	if (c < 0) {
		rec_report(&r);
		rec_close(&r);
		return c == REC_FAIL ? HARK_ETROUBLE : HARK_EDATA;
	}
	t.bycol = xmalloc(xmul(t.nby, sizeof *t.bycol));
	for (i = 0; i < t.nby; i++)
		t.bycol[i] = find_col(&r, t.by[i]);
	t.ocol = xmalloc(xmul(t.no + 1, sizeof *t.ocol));
	for (i = 0; i < t.no; i++)
		t.ocol[i] = find_col(&r, t.oname[i]);
	/* Theme columns: --themes, else every column named theme:NAME. */
	if (nthemes) {
		t.tcol = xmalloc(xmul(nthemes, sizeof *t.tcol));
		for (i = 0; i < nthemes; i++)
			t.tcol[t.nt++] = find_col(&r, themes[i]);
	} else {
		t.tcol = xmalloc(xmul(r.ncols, sizeof *t.tcol));
		for (i = 0; i < r.ncols; i++)
			if (strncmp(r.cols[i], "theme:", 6) == 0)
				t.tcol[t.nt++] = (int)i;
	}
	if (t.nt == 0)
		die_at(HARK_EDATA, r.name, 1, "no theme columns: want columns "
		    "named theme:NAME (hark count --wide) or --themes");
	t.tname = xmalloc(xmul(t.nt, sizeof *t.tname));
	for (i = 0; i < t.nt; i++) {
		const char *n = r.cols[t.tcol[i]];

		for (j = 0; j < i; j++)
			if (t.tcol[j] == t.tcol[i])
				die(HARK_ETROUBLE, "--themes: column '%s' "
				    "named twice", n);
		t.tname[i] = xstrdup(strncmp(n, "theme:", 6) == 0 ? n + 6 : n);
	}
	/* A records column (hark count --wide): a row with 0 records is
	 * not in the population. */
	t.rcol = rec_col(&r, "records");
	for (i = 0; t.rcol >= 0 && i < t.nt; i++)
		if (t.tcol[i] == t.rcol)
			t.rcol = -1;
	t.missing = xcalloc(t.no + 1, sizeof *t.missing);
	t.bsz = 1 + t.nt + t.nt * t.no * 4;
	hash_init(&t.cohorts);

	bad = read_rows(&t, &r);
	if (bad) {
		err_msg("table not written: %d %s rejected", bad,
		    bad == 1 ? "row" : "rows");
		close_stdout();
		return HARK_EDATA;
	}
	write_table(&t, &s, fmt, unit);

	for (i = 0; i < t.nby; i++)
		free(t.by[i]);
	for (i = 0; i < t.no; i++)
		free(t.oname[i]);
	for (i = 0; i < nthemes; i++)
		free(themes[i]);
	for (i = 0; i < t.nt; i++)
		free(t.tname[i]);
	free(t.by);
	free(t.oname);
	free(themes);
	free(t.tname);
	free(t.bycol);
	free(t.tcol);
	free(t.ocol);
	free(t.missing);
	free(t.cnt);
	hash_free(&t.cohorts);
	rec_close(&r);
	return HARK_OK;
}
