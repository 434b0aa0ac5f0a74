/*
 * stats.c - unit tests for lib/stats.c against values computed with R
 * 4 (fisher.test, prop.test(correct = FALSE), p.adjust(method = "BH");
 * made by tests/stats/unit-values.R).
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "stats.h"

static void
close_to(double got, double want, double rel)
{
	double tol = rel * fabs(want);

	if (tol < 1e-300)
		tol = 1e-300;
	if (fabs(got - want) > tol)
		fail_msg("got %.17g, want %.17g", got, want);
}

static void
test_fisher(void **state)
{
	static const struct { uint64_t a, b, c, d; double p; } t[] = {
		{ 3, 1, 1, 3, 0.48571428571428582 },
		{ 10, 20, 30, 40, 0.50447576985162823 },
		{ 0, 5, 5, 0, 0.0079365079365079395 },
		{ 1200, 3400, 2100, 5300, 0.0062746716235910849 },
		{ 50000, 49000, 48500, 51000, 4.2556269462608441e-15 },
		{ 0, 0, 3, 4, 1 },
		{ 7, 0, 0, 0, 1 },
		{ 2, 7, 8, 2, 0.023014137565221159 },
		{ 100, 1, 1, 100, 5.661471233318759e-56 },
	};
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++)
		close_to(stats_fisher(t[i].a, t[i].b, t[i].c, t[i].d), t[i].p,
		    1e-6);
}

static void
test_wilson(void **state)
{
	static const struct { uint64_t x, n; double lo, hi; } t[] = {
		{ 0, 10, 0, 0.27753279986288915 },
		{ 10, 10, 0.72246720013711085, 1 },
		{ 3, 7, 0.1582198552514697, 0.74954163547234265 },
		{ 124, 300, 0.35904873016909178, 0.46980938484316281 },
		{ 1, 1000000, 1.7652457674537213e-07, 5.6649118043114411e-06 },
		{ 500000, 1000000, 0.49902001989000477, 0.50097998010999523 },
	};
	size_t i;
	double lo, hi;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		stats_wilson(t[i].x, t[i].n, STATS_Z95, &lo, &hi);
		close_to(lo, t[i].lo, 1e-9);
		close_to(hi, t[i].hi, 1e-9);
	}
}

static void
test_bh(void **state)
{
	static const double p[] = { 0.01, 0.04, 0.03, 0.005, 0.5, 0.04, 1,
	    0.2 };
	static const double want[] = { 0.04, 0.064, 0.064, 0.04,
	    0.5714285714285714, 0.064, 1, 0.26666666666666666 };
	double q[8];
	size_t i;

	stats_bh(p, 8, q);
	for (i = 0; i < 8; i++)
		close_to(q[i], want[i], 1e-12);
	stats_bh(p, 0, q);
}

static void
test_odds_ratio(void **state)
{
	double or, lo, hi, se;

	/* (10 * 40) / (20 * 30); se = sqrt(1/10 + 1/20 + 1/30 + 1/40) */
	assert_int_equal(stats_odds_ratio(10, 20, 30, 40, STATS_Z95, &or,
	    &lo, &hi), 0);
	close_to(or, 2.0 / 3.0, 1e-12);
	se = sqrt(0.20833333333333334);
	close_to(lo, exp(log(2.0 / 3.0) - STATS_Z95 * se), 1e-12);
	close_to(hi, exp(log(2.0 / 3.0) + STATS_Z95 * se), 1e-12);
	/* A zero cell: 0.5 added to each. */
	assert_int_equal(stats_odds_ratio(0, 5, 5, 5, STATS_Z95, &or, &lo,
	    &hi), 1);
	close_to(or, (0.5 * 5.5) / (5.5 * 5.5), 1e-12);
	close_to(stats_min_expected(10, 20, 30, 40), 30.0 * 40 / 100, 1e-12);
	assert_true(stats_min_expected(0, 0, 0, 0) == 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fisher),
		cmocka_unit_test(test_wilson),
		cmocka_unit_test(test_bh),
		cmocka_unit_test(test_odds_ratio),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
