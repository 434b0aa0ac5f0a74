/*
 * hash.c - unit tests for lib/hash.c and lib/tally.c.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "hash.h"
#include "tally.h"

static void
test_intern(void **state)
{
	struct hash h;
	char k[32];
	size_t i, n;
	int added;

	hash_init(&h);
	assert_int_equal(hash_find(&h, "a", 1), -1);
	for (i = 0; i < 10000; i++) {
		n = (size_t)snprintf(k, sizeof k, "key%zu", i);
		assert_int_equal(hash_intern(&h, k, n, &added), i);
		assert_int_equal(added, 1);
	}
	assert_int_equal(hash_intern(&h, "", 0, &added), 10000);
	for (i = 0; i < 10000; i++) {
		const char *p;
		size_t pn;

		n = (size_t)snprintf(k, sizeof k, "key%zu", i);
		assert_int_equal(hash_intern(&h, k, n, &added), i);
		assert_int_equal(added, 0);
		assert_int_equal(hash_find(&h, k, n), (long)i);
		p = hash_key(&h, i, &pn);
		assert_int_equal(pn, n);
		assert_memory_equal(p, k, n);
	}
	assert_int_equal(hash_find(&h, "", 0), 10000);
	assert_int_equal(hash_find(&h, "key10000", 8), -1);
	hash_free(&h);
	hash_free(&h);
}

static void
test_tally(void **state)
{
	struct tally t;
	uint64_t one[TALLY_NV] = { 1, 2, 0 }, big[TALLY_NV] = { UINT64_MAX,
	    0, 0 };
	struct tally_row *rows;
	size_t gb, ga, gc, nr, n, i;
	const char *p;
	char name[16];

	tally_init(&t);
	gb = tally_group(&t, "b", 1);
	ga = tally_group(&t, "a", 1);
	gc = tally_group(&t, "c", 1);
	assert_int_equal(tally_add(&t, gb, "x", 1, one), 0);
	assert_int_equal(tally_add(&t, ga, "y", 1, one), 0);
	assert_int_equal(tally_add(&t, ga, "*", 1, one), 0);
	assert_int_equal(tally_add(&t, ga, "y", 1, one), 0);
	assert_int_equal(tally_add(&t, ga, "x", 1, one), 0);
	assert_int_equal(tally_add(&t, ga, "y", 1, big), -1);
	assert_int_equal(tally_add(&t, ga, "*", 1, big), -1);
	/* Enough pairs to grow the table several times. */
	for (i = 0; i < 5000; i++) {
		n = (size_t)snprintf(name, sizeof name, "t%zu", i % 50);
		assert_int_equal(tally_add(&t, gc, name, n, one), 0);
	}
	rows = tally_rows(&t, &nr);
	/* a: "*", x, y; b: x (no "*" was added); c: 50 themes */
	assert_int_equal(nr, 3 + 1 + 50);
	p = tally_key(&t, rows[0].g, &n);
	assert_memory_equal(p, "a", 1);
	assert_int_equal(rows[0].th, -1);
	assert_int_equal(rows[0].v[TALLY_RECORDS], 1);
	p = tally_theme(&t, rows[1].th, &n);
	assert_memory_equal(p, "x", 1);
	p = tally_theme(&t, rows[2].th, &n);
	assert_memory_equal(p, "y", 1);
	assert_int_equal(rows[2].v[TALLY_MENTIONS], 4);
	p = tally_key(&t, rows[3].g, &n);
	assert_memory_equal(p, "b", 1);
	p = tally_theme(&t, rows[4].th, &n);
	assert_memory_equal(p, "t0", 2);
	assert_int_equal(rows[4].v[TALLY_RECORDS], 100);
	p = tally_theme(&t, rows[5].th, &n);
	assert_memory_equal(p, "t1", 2);
	p = tally_theme(&t, rows[6].th, &n);
	assert_memory_equal(p, "t10", 3);
	free(rows);
	tally_free(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_intern),
		cmocka_unit_test(test_tally),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
