/*
 * stats.h - the statistics of `hark table`, each defined as R computes it
 * so that the fixtures in tests/stats/ (made with R) check them
 * (docs/statistics.md).
 */
#ifndef HARK_STATS_H
#define HARK_STATS_H

#include <stddef.h>
#include <stdint.h>

/* qnorm(0.975): the 95% two-sided normal quantile. */
#define STATS_Z95 1.959963984540054

/* Wilson score interval for x successes in n > 0 trials, as R's
 * prop.test(x, n, correct = FALSE)$conf.int: proportions in [0, 1]. */
void stats_wilson(uint64_t x, uint64_t n, double z, double *lo, double *hi);

/* Fisher's exact test, two-sided, for the 2x2 table (a b / c d), as R's
 * fisher.test(): the sum of the probabilities of the tables with the same
 * margins that are no more likely than the one observed (within a relative
 * 1e-7). */
double stats_fisher(uint64_t a, uint64_t b, uint64_t c, uint64_t d);

/* Odds ratio (a d) / (b c) with Woolf's 95% interval (log scale, standard
 * error sqrt(1/a + 1/b + 1/c + 1/d)).  When any cell is zero, 0.5 is added
 * to every cell first (Haldane-Anscombe); returns 1 then, else 0. */
int stats_odds_ratio(uint64_t a, uint64_t b, uint64_t c, uint64_t d,
		     double z, double *or, double *lo, double *hi);

/* The smallest expected count of the 2x2 table under independence
 * (row total x column total / N); 0 when N is 0. */
double stats_min_expected(uint64_t a, uint64_t b, uint64_t c, uint64_t d);

/* Benjamini-Hochberg adjusted p-values q[0..n) of p[0..n), as R's
 * p.adjust(p, method = "BH"). */
void stats_bh(const double *p, size_t n, double *q);

#endif
