/*
 * write.c - hark-table's output: the cohorts sorted by their values with a
 * Total row summed from them, disclosure control applied along each column
 * (primary, then secondary suppression), Fisher's p and the
 * Benjamini-Hochberg q across the whole table, then one row per theme,
 * cohort and outcome through out.c's writers (docs/statistics.md).
 * Themes come in codebook order with their labels when there is a
 * codebook (codebook.c), else by name.  The stream and CSV carry figures
 * for programs (p and q to four significant digits, %.4g); Markdown and
 * HTML carry them for people (p and q to three decimals, below 0.001
 * written <0.001; odds ratios to two decimals).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "err.h"
#include "out.h"
#include "stats.h"
#include "table.h"
#include "banned.h"

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

static struct str num(struct arena *a, const char *fmt, double v);

static const struct table *sort_t;

/* Codebook order first (themes the codebook has), then by name. */
static int
cmp_theme(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;
	long ra = sort_t->trank[a], rb = sort_t->trank[b];

	if ((ra < 0) != (rb < 0))
		return ra < 0 ? 1 : -1;
	if (ra != rb)
		return ra < rb ? -1 : 1;
	return strcmp(sort_t->tname[a], sort_t->tname[b]);
}

/* A p or q for people: three decimals, <0.001 below that. */
static struct str
pval(struct arena *a, double v, int human)
{
	if (!human)
		return num(a, "%.4g", v);
	if (v < 0.001)
		return (struct str){ "<0.001", 6 };
	return num(a, "%.3f", v);
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
	     const uint64_t *d, int hid, double p, double q, int human)
{
	const char *orf = human ? "%.2f" : "%.3f";
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
	v[k++] = num(a, orf, orr);
	v[k++] = num(a, orf, lo);
	v[k++] = num(a, orf, hi);
	v[k++] = pval(a, p, human);
	v[k++] = pval(a, q, human);
	v[k].p = corr && small ? "zero_cell small_expected" :
	    corr ? "zero_cell" : small ? "small_expected" : "";
	v[k].n = strlen(v[k].p);
	return k + 1;
}

/* What an empty cohort value is shown as, for people (Markdown, HTML):
 * a row label that is not blank. */
static const struct str BLANK = { "(blank)", 7 };

/* The --by values of cohort c (-1: the Total row), unescaped, into v; an
 * empty one as BLANK when human. */
static size_t
cohort_vals(const struct table *t, long c, struct arena *a, struct buf *tmp,
	    struct str *v, int human)
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
		if (human && tmp->len == 0)
			v[i] = BLANK;
		kp = e + (e < end);
	}
	return t->nby;
}

void
table_write(struct table *t, const struct sdc *s, int fmt, const char *unit)
{
	size_t nc = t->cohorts.count, C = nc + 1, i, j, c, o, th, np = 0;
	size_t *order = xmalloc(xmul(C, sizeof *order));
	size_t *torder = xmalloc(xmul(t->nt + 1, sizeof *torder));
	size_t ncols = 0, nrows;
	const char **cols = xmalloc(xmul(t->nby + 22, sizeof *cols));
	uint64_t *tot, *v;
	unsigned char *hn, *hx, *ho;
	double *p, *q;
	struct str *vals;
	struct arena a;
	struct buf unesc = BUF_INIT;
	struct out out;
	char caption[512];
	int thr = s->kind == SDC_THRESHOLD;
	int human = fmt != FMT_TSV && fmt != FMT_CSV;
	struct buf title = BUF_INIT;

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
	sort_t = t;
	qsort(torder, t->nt, sizeof *torder, cmp_theme);

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
	if (!human)
		cols[ncols++] = "sdc";
	if (!human && t->codebook)
		cols[ncols++] = "label";
	/* The lexicons the counts were made with travel on in the stream
	 * (hark pack checks them against its store). */
	if (fmt == FMT_TSV && t->with)
		cols[ncols++] = "tagged_with";
	memset(&out, 0, sizeof out);
	out.bom = t->bom;
	out.excel_safe = t->excel_safe;
	if (t->ncolumns) {
		unsigned char *keep = xcalloc(ncols, 1);
		size_t k;

		for (k = 0; k < t->ncolumns; k++) {
			for (i = 0; i < ncols; i++)
				if (strcmp(cols[i], t->columns[k]) == 0)
					break;
			if (i == ncols)
				die(HARK_ETROUBLE, "--columns: the table has no "
				    "column '%s'", t->columns[k]);
			keep[i] = 1;
		}
		out.keep = keep;
	}
	/* The page's title: what the table shows. */
	buf_adds(&title, "Themes by ");
	for (i = 0; i < t->nby; i++)
		buf_addf(&title, "%s%s", i == 0 ? "" : i + 1 < t->nby ? ", " :
		    " and ", t->by[i]);
	for (o = 0; o < t->no; o++)
		buf_addf(&title, "%s%s", o == 0 ? t->no > 1 ?
		    ", with outcomes " : ", with outcome " : o + 1 < t->no ?
		    ", " : " and ", t->oname[o]);
	out.title = title.s;
	out.unit = unit;
	out.sdc = s;
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

			vals[k].p = human && t->tlabel[th] ? t->tlabel[th] :
			    t->tname[th];
			vals[k].n = strlen(vals[k].p);
			k++;
			k += cohort_vals(t, order[i] == nc ? -1 :
			    (long)order[i], &a, &unesc, vals + k, human);
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
					    p[np], q[np], human);
					np += d[0] + d[1] > 0 &&
					    d[2] + d[3] > 0;
				}
				if (!human) {
					vals[k].p = s->name;
					vals[k++].n = strlen(s->name);
				}
				if (!human && t->codebook) {
					vals[k].p = t->tlabel[th] ?
					    t->tlabel[th] : "";
					vals[k].n = strlen(vals[k].p);
					k++;
				}
				if (fmt == FMT_TSV && t->with) {
					vals[k].p = t->with;
					vals[k].n = strlen(t->with);
					k++;
				}
				out_row(&out, vals);
			}
			arena_reset(&a);
		}
	}
	out_end(&out);
	free((void *)out.keep);
	buf_free(&title);
	if (t->norecords)
		err_msg("%llu %s with records 0 (no records), left out of "
		    "the table", (unsigned long long)t->norecords, unit);
	if (t->noperson)
		err_msg("%llu row%s with an empty '%s' (records with no person, "
		    "not one person each) left out of the people counted: count "
		    "by record to include them (hark count --by id,... --wide, "
		    "then --unit records)", (unsigned long long)t->noperson,
		    t->noperson == 1 ? "" : "s", t->pname);
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
