/*
 * spill.c - unit tests for lib/spill.c: the budget from HARK_MEMORY, and
 * what is written to a temporary file coming back, by offset and through
 * buffered readers of stretches smaller and larger than their buffers.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "spill.h"

static void
test_budget(void **state)
{
	unsetenv("HARK_MEMORY");
	assert_int_equal(spill_budget(123), 123);
	setenv("HARK_MEMORY", "4096", 1);
	assert_int_equal(spill_budget(123), 4096);
	setenv("HARK_MEMORY", "4K", 1);
	assert_int_equal(spill_budget(123), 4096);
	setenv("HARK_MEMORY", "16M", 1);
	assert_int_equal(spill_budget(123), 16u << 20);
	setenv("HARK_MEMORY", "2g", 1);
	assert_true(spill_budget(123) == (size_t)2 << 30);
	unsetenv("HARK_MEMORY");
}

static void
test_round_trip(void **state)
{
	struct spill s = { .fd = -1 };
	struct spill_reader r;
	uint32_t i, v, n = 100000; /* 400 KB: past the 64 KiB write buffer */
	uint64_t half = (uint64_t)n / 2 * 4;
	char b[3];

	spill_open(&s);
	for (i = 0; i < n; i++)
		spill_write(&s, &i, 4);
	assert_true(s.len == (uint64_t)n * 4);
	spill_flush(&s);
	spill_pread(&s, 4 * 777, &v, 4);
	assert_int_equal(v, 777);
	v = 5;
	spill_pwrite(&s, 4 * 3, &v, 4);
	/* Two readers over the two halves, with odd buffer sizes. */
	spill_reader_init(&r, &s, 0, half, 100);
	for (i = 0; i < n / 2; i++) {
		assert_int_equal(spill_read(&r, &v, 4), 1);
		assert_int_equal(v, i == 3 ? 5 : i);
	}
	assert_int_equal(spill_read(&r, &v, 4), 0);
	spill_reader_free(&r);
	spill_reader_init(&r, &s, half, s.len, 1 << 20);
	for (i = n / 2; i < n; i++) {
		assert_int_equal(spill_read(&r, &v, 4), 1);
		assert_int_equal(v, i);
	}
	assert_int_equal(spill_read(&r, &v, 4), 0);
	spill_reader_free(&r);
	/* Zeros appended after what was written read back as zeros. */
	spill_zeros(&s, 3);
	spill_pread(&s, (uint64_t)n * 4, b, 3);
	assert_memory_equal(b, "\0\0\0", 3);
	spill_close(&s);
	spill_close(&s); /* twice is fine */
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_budget),
		cmocka_unit_test(test_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
