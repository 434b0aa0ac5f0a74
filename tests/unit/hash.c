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

/* The rows of t in output order, as "KEY THEME R M N" lines. */
static void
rows_text(struct tally *t, char *out, size_t cap)
{
	size_t i, j, nc, kn, tn, len = 0;

	tally_sort(t);
	out[0] = '\0';
	for (i = 0; i < t->groups.count; i++) {
		const struct tally_cell *c = tally_cells(t, t->order[i], &nc);
		const char *k = tally_key(t, t->order[i], &kn);

		for (j = 0; j < nc; j++) {
			uint64_t v[TALLY_NV];
			const char *th = tally_theme(t, c[j].th, &tn);

			tally_value(t, &c[j], v);
			len += (size_t)snprintf(out + len, cap - len,
			    "%.*s %.*s %llu %llu %llu\n", (int)kn, k, (int)tn,
			    th, (unsigned long long)v[0],
			    (unsigned long long)v[1], (unsigned long long)v[2]);
			assert_true(len < cap);
		}
	}
}

static void
test_tally(void **state)
{
	struct tally t;
	uint64_t one[TALLY_NV] = { 1, 2, 0 }, big[TALLY_NV] = { UINT64_MAX,
	    0, 0 }, u32[TALLY_NV] = { UINT32_MAX, 1, 0 };
	size_t gb, ga, gc, gd, n, i;
	uint32_t x, y, star = TALLY_STAR;
	static char text[8192];
	char name[16];
	const char *p;

	(void)state;
	tally_init(&t);
	gb = tally_group(&t, "b", 1);
	ga = tally_group(&t, "a", 1);
	gc = tally_group(&t, "c", 1);
	gd = tally_group(&t, "ab", 2);
	assert_int_equal(tally_theme_num(&t, "*", 1), TALLY_STAR);
	x = tally_theme_num(&t, "x", 1);
	y = tally_theme_num(&t, "y", 1);
	assert_int_equal(tally_add(&t, gb, x, one), 0);
	assert_int_equal(tally_add(&t, ga, y, one), 0);
	assert_int_equal(tally_add(&t, ga, star, one), 0);
	assert_int_equal(tally_add(&t, ga, y, one), 0);
	assert_int_equal(tally_add(&t, ga, x, one), 0);
	assert_int_equal(tally_add(&t, ga, y, big), -1);
	assert_int_equal(tally_add(&t, ga, star, big), -1);
	/* Sums beyond 32 bits move to the wide counters, and still stop
	 * at 2^64 - 1. */
	for (i = 0; i < 3; i++)
		assert_int_equal(tally_add(&t, gd, x, u32), 0);
	assert_int_equal(tally_add(&t, gd, x, big), -1);
	/* Enough themes to move c's cells several times. */
	for (i = 0; i < 5000; i++) {
		n = (size_t)snprintf(name, sizeof name, "t%zu", i % 50);
		assert_int_equal(tally_add(&t, gc,
		    tally_theme_num(&t, name, n), one), 0);
	}
	assert_int_equal(t.npairs, 3 + 1 + 50 + 1);
	rows_text(&t, text, sizeof text);
	/* a: "*", x, y; ab: x; b: x (no "*" was added); c: 50 themes,
	 * t0 t1 t10 ... by bytes */
	p = "a * 1 2 0\na x 1 2 0\na y 2 4 0\n"
	    "ab x 12884901885 3 0\nb x 1 2 0\n"
	    "c t0 100 200 0\nc t1 100 200 0\nc t10 100 200 0\n";
	assert_memory_equal(text, p, strlen(p));
	tally_free(&t);
}

/* Keys sorted by bytes: the radix pass on eight bytes, then whole keys. */
static void
test_tally_order(void **state)
{
	static const char *const keys[] = {
		"R0000010", "R000001", "R00000010", "R0000001", "", "z",
		"R00000011", "R0000001\\t", "\xc3\xa9", "R0000001\tx",
		"R0000001\ta", "A",
	};
	struct tally t;
	uint64_t one[TALLY_NV] = { 1, 1, 0 };
	size_t i, n, a, b;

	char k[32];

	(void)state;
	tally_init(&t);
	for (i = 0; i < sizeof keys / sizeof keys[0]; i++)
		assert_int_equal(tally_add(&t, tally_group(&t, keys[i],
		    strlen(keys[i])), TALLY_STAR, one), 0);
	/* Many keys sharing prefixes, arriving out of order. */
	for (i = 0; i < 3000; i++) {
		n = (size_t)snprintf(k, sizeof k, "P%zu", (i * 7919) % 3000);
		assert_int_equal(tally_add(&t, tally_group(&t, k, n),
		    TALLY_STAR, one), 0);
	}
	tally_sort(&t);
	for (i = 1; i < t.groups.count; i++) {
		const char *p = tally_key(&t, t.order[i - 1], &a);
		const char *q = tally_key(&t, t.order[i], &b);
		int c = memcmp(p, q, a < b ? a : b);

		assert_true(c < 0 || (c == 0 && a < b));
	}
	n = t.groups.count;
	assert_int_equal(n, sizeof keys / sizeof keys[0] + 3000);
	tally_free(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_intern),
		cmocka_unit_test(test_tally),
		cmocka_unit_test(test_tally_order),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
