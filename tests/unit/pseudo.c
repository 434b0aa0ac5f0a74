/*
 * pseudo.c - unit tests for lib/pseudo.c: keyed pseudonyms are
 * HMAC-SHA256(key, TYPE NUL VALUE) in hex (the expected values from
 * Python's hmac module), the same whichever key was used before (the
 * keyed state is kept between calls), for short keys and long ones.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "pseudo.h"

static unsigned char k1[32], k2[16], k3[300];

static const char *
ps(const unsigned char *key, size_t keylen, const char *type,
   const char *value, size_t digits)
{
	static char out[65];

	pseudo_hex(key, keylen, type, value, strlen(value), out, digits);
	return out;
}

static void
test_known(void **state)
{
	(void)state;
	assert_string_equal(ps(k1, sizeof k1, "PERSON", "Tyler Smith", 16),
	    "bcdd03450d9a473e");
	assert_string_equal(ps(k2, sizeof k2, "PERSON", "Tyler Smith", 16),
	    "7081dec5dcb13b06");
	assert_string_equal(ps(k3, sizeof k3, "EMAIL", "a@b.uk", 16),
	    "43f16de123dc3649");
	assert_string_equal(ps(k1, sizeof k1, "ID", "", 16),
	    "d5a0265900b96f35");
	/* more digits than the MAC has: all 64 */
	assert_string_equal(ps(k1, sizeof k1, "ID", "P0001", 100),
	    "a45971dcee2255907474bd2bc0deb332"
	    "3b6db4f3bdd0b46d185efbc29fd8dfdf");
}

/* Keys taken in turn, and a key changed in place: each answer is the
 * key's own. */
static void
test_keys_in_turn(void **state)
{
	int i;

	(void)state;
	for (i = 0; i < 3; i++) {
		assert_string_equal(ps(k2, sizeof k2, "PERSON", "Tyler Smith",
		    16), "7081dec5dcb13b06");
		assert_string_equal(ps(k1, sizeof k1, "PERSON", "Tyler Smith",
		    16), "bcdd03450d9a473e");
		assert_string_equal(ps(k3, sizeof k3, "EMAIL", "a@b.uk", 16),
		    "43f16de123dc3649");
	}
	k1[0] = 'x';
	assert_string_not_equal(ps(k1, sizeof k1, "PERSON", "Tyler Smith", 16),
	    "bcdd03450d9a473e");
	k1[0] = 'k';
	assert_string_equal(ps(k1, sizeof k1, "PERSON", "Tyler Smith", 16),
	    "bcdd03450d9a473e");
	/* the same bytes, one shorter: another key */
	assert_string_not_equal(ps(k1, sizeof k1 - 1, "PERSON", "Tyler Smith",
	    16), "bcdd03450d9a473e");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_known),
		cmocka_unit_test(test_keys_in_turn),
	};
	size_t i;

	memset(k1, 'k', sizeof k1);
	for (i = 0; i < sizeof k2; i++)
		k2[i] = (unsigned char)i;
	memset(k3, 'L', sizeof k3);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
