/*
 * sdc.c - unit tests for lib/sdc.c: policy names, small counts, rounding
 * and secondary suppression.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "sdc.h"

static void
test_parse(void **state)
{
	struct sdc s;

	assert_int_equal(sdc_parse(&s, SDC_DEFAULT), 0);
	assert_int_equal(s.kind, SDC_THRESHOLD);
	assert_int_equal(s.k, 6);
	assert_string_equal(s.name, "threshold:6");
	assert_int_equal(sdc_parse(&s, "threshold"), 0);
	assert_string_equal(s.name, "threshold:6");
	assert_int_equal(sdc_parse(&s, "threshold0:10"), 0);
	assert_true(s.zero);
	assert_int_equal(sdc_parse(&s, "round"), 0);
	assert_string_equal(s.name, "round:10");
	assert_int_equal(sdc_parse(&s, "round:5"), 0);
	assert_int_equal(sdc_parse(&s, "none"), 0);
	assert_int_equal(s.kind, SDC_NONE);
	assert_int_equal(sdc_parse(&s, "threshold:"), -1);
	assert_int_equal(sdc_parse(&s, "threshold:1"), -1);
	assert_int_equal(sdc_parse(&s, "threshold:x"), -1);
	assert_int_equal(sdc_parse(&s, "thresholdx"), -1);
	assert_int_equal(sdc_parse(&s, "round:0"), -1);
	assert_int_equal(sdc_parse(&s, "nonesuch"), -1);
	assert_int_equal(sdc_parse(&s, ""), -1);
}

static void
test_small_round(void **state)
{
	struct sdc s;

	sdc_parse(&s, "threshold:6");
	assert_false(sdc_small(&s, 0));
	assert_true(sdc_small(&s, 1));
	assert_true(sdc_small(&s, 5));
	assert_false(sdc_small(&s, 6));
	sdc_parse(&s, "threshold0:6");
	assert_true(sdc_small(&s, 0));
	sdc_parse(&s, "round:5");
	assert_int_equal(sdc_round(&s, 2), 0);
	assert_int_equal(sdc_round(&s, 3), 5);
	assert_int_equal(sdc_round(&s, 7), 5);
	assert_int_equal(sdc_round(&s, 8), 10);
	assert_true(sdc_small(&s, 4));
	assert_false(sdc_small(&s, 5));
	sdc_parse(&s, "none");
	assert_false(sdc_small(&s, 1));
	assert_int_equal(sdc_round(&s, 7), 7);
}

static void
test_secondary(void **state)
{
	/* Cells 12, 3, 40, 9 and their total 64: 3 alone would be
	 * recoverable, so the next smallest (9) goes too. */
	uint64_t v[] = { 12, 3, 40, 9, 64 };
	unsigned char h[] = { 0, 1, 0, 0, 0 };
	unsigned char h2[] = { 0, 1, 0, 1, 0 };
	unsigned char h3[] = { 0, 0, 0, 0, 1 };
	uint64_t one[] = { 4, 4 };
	unsigned char h4[] = { 1, 0 };

	assert_int_equal(sdc_secondary(v, h, 5), 1);
	assert_memory_equal(h, ((unsigned char[]){ 0, 1, 0, 1, 0 }), 5);
	/* Two hidden already: nothing to add. */
	assert_int_equal(sdc_secondary(v, h2, 5), 0);
	/* The total alone hidden: a cell goes with it. */
	assert_int_equal(sdc_secondary(v, h3, 5), 1);
	assert_int_equal(h3[1], 1);
	/* One cell and its total: the total goes. */
	assert_int_equal(sdc_secondary(one, h4, 2), 1);
	assert_int_equal(h4[1], 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_small_round),
		cmocka_unit_test(test_secondary),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
