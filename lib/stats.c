/*
 * stats.c - intervals, exact tests and adjusted p-values (stats.h).
 *
 * Each follows R's own code, operation for operation where it matters, so
 * that hark's figures agree with R's to the printed precision.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "err.h"
#include "stats.h"
#include "banned.h"

void
stats_wilson(uint64_t x, uint64_t n, double z, double *lo, double *hi)
{
	double dn = (double)n, p = (double)x / dn;
	double z22n = z * z / (2 * dn);
	double root = z * sqrt(p * (1 - p) / dn + z22n / (2 * dn));

	/* R: p.u <- if (p >= 1) 1 else (p + z22n + ...) / (1 + 2 * z22n) */
	*hi = p >= 1 ? 1 : (p + z22n + root) / (1 + 2 * z22n);
	*lo = p <= 0 ? 0 : (p + z22n - root) / (1 + 2 * z22n);
	if (*lo < 0)
		*lo = 0;
	if (*hi > 1)
		*hi = 1;
}

/*
 * The hypergeometric distribution of the top-left cell given the margins:
 * densities relative to the mode by the ratio of neighbours,
 *   d(x + 1) / d(x) = (m - x)(k - x) / ((x + 1)(nn - k + x + 1)),
 * walking out from the mode until they underflow, which R's
 * exp(log d - max log d) would do as well.
 */
double
stats_fisher(uint64_t a, uint64_t b, uint64_t c, uint64_t d)
{
	double m = (double)a + (double)c;    /* column 1 total */
	double nn = (double)b + (double)d;   /* column 2 total */
	double k = (double)a + (double)b;    /* row 1 total */
	double lo = k - nn > 0 ? k - nn : 0, hi = k < m ? k : m;
	double mode, x, r, obs, sum, tail, lim;

	if (hi <= lo)
		return 1;
	/* The mode of the hypergeometric distribution. */
	mode = floor((k + 1) * (m + 1) / (m + nn + 2));
	if (mode < lo)
		mode = lo;
	if (mode > hi)
		mode = hi;
	/* Density of the observed table relative to the mode. */
	x = (double)a;
	obs = (lgamma(m + 1) - lgamma(x + 1) - lgamma(m - x + 1) +
	    lgamma(nn + 1) - lgamma(k - x + 1) - lgamma(nn - k + x + 1)) -
	    (lgamma(m + 1) - lgamma(mode + 1) - lgamma(m - mode + 1) +
	    lgamma(nn + 1) - lgamma(k - mode + 1) - lgamma(nn - k + mode + 1));
	obs = exp(obs);
	if (obs > 1)
		obs = 1;
	lim = obs * (1 + 1e-7);
	sum = 1;
	tail = 1 <= lim ? 1 : 0;
	for (r = 1, x = mode; x < hi; x++) {
		r *= (m - x) * (k - x) / ((x + 1) * (nn - k + x + 1));
		if (r == 0)
			break;
		sum += r;
		if (r <= lim)
			tail += r;
	}
	for (r = 1, x = mode; x > lo; x--) {
		r *= x * (nn - k + x) / ((m - x + 1) * (k - x + 1));
		if (r == 0)
			break;
		sum += r;
		if (r <= lim)
			tail += r;
	}
	r = tail / sum;
	return r > 1 ? 1 : r;
}

int
stats_odds_ratio(uint64_t a, uint64_t b, uint64_t c, uint64_t d, double z,
		 double *or, double *lo, double *hi)
{
	double fa = (double)a, fb = (double)b, fc = (double)c, fd = (double)d;
	double se, l;
	int corr = a == 0 || b == 0 || c == 0 || d == 0;

	if (corr) {
		fa += 0.5;
		fb += 0.5;
		fc += 0.5;
		fd += 0.5;
	}
	*or = (fa * fd) / (fb * fc);
	l = log(*or);
	se = sqrt(1 / fa + 1 / fb + 1 / fc + 1 / fd);
	*lo = exp(l - z * se);
	*hi = exp(l + z * se);
	return corr;
}

double
stats_min_expected(uint64_t a, uint64_t b, uint64_t c, uint64_t d)
{
	double n = (double)a + (double)b + (double)c + (double)d;
	double r1 = (double)a + (double)b, r2 = (double)c + (double)d;
	double c1 = (double)a + (double)c, c2 = (double)b + (double)d;
	double rmin = r1 < r2 ? r1 : r2, cmin = c1 < c2 ? c1 : c2;

	return n > 0 ? rmin * cmin / n : 0;
}

static const double *bh_p;

/* Descending p, ties by index (R's order(p, decreasing = TRUE)). */
static int
cmp_desc(const void *x, const void *y)
{
	size_t i = *(const size_t *)x, j = *(const size_t *)y;

	if (bh_p[i] != bh_p[j])
		return bh_p[i] > bh_p[j] ? -1 : 1;
	return i < j ? -1 : i > j;
}

void
stats_bh(const double *p, size_t n, double *q)
{
	size_t *o, i;
	double run = INFINITY;

	if (n == 0)
		return;
	o = xmalloc(xmul(n, sizeof *o));
	for (i = 0; i < n; i++)
		o[i] = i;
	bh_p = p;
	qsort(o, n, sizeof *o, cmp_desc);
	bh_p = NULL;
	/* R: pmin(1, cummin(n / i * p[o]))[ro], i = n:1 */
	for (i = 0; i < n; i++) {
		double v = (double)n / (double)(n - i) * p[o[i]];

		if (v < run)
			run = v;
		q[o[i]] = run < 1 ? run : 1;
	}
	free(o);
}
