/* Unit tests for lib/utf8.c: validation per Unicode Table 3-7, decoding,
 * encoding, and the U+FFFD substitution lengths. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "utf8.h"

#define CHECK(s) utf8_check((s), sizeof(s) - 1)

static void
valid_text(void **state)
{
	assert_int_equal(CHECK(""), 0);
	assert_int_equal(CHECK("plain ASCII, longer than eight bytes"), 36);
	assert_int_equal(CHECK("caf\xC3\xA9"), 5);
	assert_int_equal(CHECK("\xE2\x80\x99"), 3);          /* ’ */
	assert_int_equal(CHECK("\xF0\x9F\x98\xA2"), 4);      /* 😢 */
	assert_int_equal(CHECK("\xF4\x8F\xBF\xBF"), 4);      /* U+10FFFF */
	assert_int_equal(CHECK("\xEF\xBF\xBF"), 3);          /* U+FFFF */
	assert_int_equal(CHECK("nul\0inside"), 10);          /* NUL is valid */
}

static void
invalid_text(void **state)
{
	assert_int_equal(CHECK("ab\x80"), 2);                /* lone continuation */
	assert_int_equal(CHECK("\xC0\xAF"), 0);              /* overlong / */
	assert_int_equal(CHECK("\xC1\xBF"), 0);
	assert_int_equal(CHECK("\xE0\x9F\xBF"), 0);          /* overlong 3-byte */
	assert_int_equal(CHECK("\xF0\x8F\xBF\xBF"), 0);      /* overlong 4-byte */
	assert_int_equal(CHECK("x\xED\xA0\x80"), 1);         /* surrogate D800 */
	assert_int_equal(CHECK("\xED\xBF\xBF"), 0);          /* surrogate DFFF */
	assert_int_equal(CHECK("\xF4\x90\x80\x80"), 0);      /* > U+10FFFF */
	assert_int_equal(CHECK("\xF5\x80\x80\x80"), 0);
	assert_int_equal(CHECK("\xFF"), 0);
	assert_int_equal(CHECK("abcdefgh\xC3"), 8);          /* truncated at end */
	assert_int_equal(CHECK("\xE2\x80"), 0);
	assert_string_equal(utf8_why("\xC0\xAF", 2), "overlong encoding");
	assert_string_equal(utf8_why("\xED\xA0\x80", 3), "surrogate code point");
	assert_string_equal(utf8_why("\x80", 1), "unexpected continuation byte");
	assert_string_equal(utf8_why("\xC3(", 2), "incomplete multi-byte sequence");
	assert_string_equal(utf8_why("\xF4\x90\x80\x80", 4), "code point beyond U+10FFFF");
}

static void
substitution_lengths(void **state)
{
	/* Unicode's "maximal subpart" practice (Table 3-8). */
	assert_int_equal(utf8_badlen("\xE2\x80(", 3), 2);
	assert_int_equal(utf8_badlen("\xC0\xAF", 2), 1);
	assert_int_equal(utf8_badlen("\xED\xA0\x80", 3), 1);
	assert_int_equal(utf8_badlen("\xF0\x9F\x98", 3), 3);
	assert_int_equal(utf8_badlen("\xFF", 1), 1);
}

static void
round_trip(void **state)
{
	static const uint32_t cps[] = { 0, 0x41, 0x7F, 0x80, 0x7FF, 0x800,
		0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F622, 0x10FFFF };
	size_t i;

	for (i = 0; i < sizeof cps / sizeof cps[0]; i++) {
		char b[4];
		uint32_t cp = 1;
		size_t n = utf8_encode(cps[i], b);

		assert_int_equal(utf8_check(b, n), n);
		assert_int_equal(utf8_decode(b, n, &cp), n);
		assert_int_equal(cp, cps[i]);
	}
	{
		uint32_t cp;
		assert_int_equal(utf8_decode("\xC0\xAF", 2, &cp), 1);
		assert_int_equal(cp, 0xFFFD);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(valid_text),
		cmocka_unit_test(invalid_text),
		cmocka_unit_test(substitution_lengths),
		cmocka_unit_test(round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
