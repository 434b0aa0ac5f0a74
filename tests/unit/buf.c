/* Unit tests for lib/buf.c and lib/arena.c: growth, formatting, reuse,
 * alignment, and large allocations. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>
#include <cmocka.h>

#include "arena.h"
#include "buf.h"

static void
buf_basics(void **state)
{
	struct buf b = BUF_INIT;
	size_t i, cap;
	char *s;

	buf_init(&b);
	assert_int_equal(b.len, 0);
	assert_string_equal(b.s, "");
	buf_adds(&b, "voice");
	buf_addc(&b, ' ');
	buf_addf(&b, "%d records", 42);
	buf_addc(&b, ' ');
	buf_addu(&b, 18446744073709551615ULL);
	assert_string_equal(b.s, "voice 42 records 18446744073709551615");
	for (i = 0; i < 10000; i++)
		buf_add(&b, "0123456789", 10);
	assert_int_equal(b.len, 37 + 100000);
	assert_int_equal(b.s[b.len], '\0');
	cap = b.cap;
	buf_reset(&b);
	assert_int_equal(b.len, 0);
	assert_int_equal(b.cap, cap); /* capacity kept */
	buf_addf(&b, "%s", "x");
	buf_setlen(&b, 0);
	assert_string_equal(b.s, "");
	buf_adds(&b, "kept");
	s = buf_detach(&b, &i);
	assert_string_equal(s, "kept");
	assert_int_equal(i, 4);
	assert_int_equal(b.len, 0);
	free(s);
	buf_free(&b);
	buf_free(&b); /* twice is fine */
}

static void
buf_long_format(void **state)
{
	struct buf b = BUF_INIT;
	char big[5000];

	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	buf_addf(&b, "[%s]", big);
	assert_int_equal(b.len, sizeof big + 1);
	assert_int_equal(b.s[0], '[');
	assert_int_equal(b.s[b.len - 1], ']');
	buf_free(&b);
}

static void
read_file(void **state)
{
	char path[] = "/tmp/hark-unit-buf-XXXXXX";
	struct buf b = BUF_INIT;
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	assert_int_equal(write(fd, "key bytes\n", 10), 10);
	close(fd);
	buf_adds(&b, ">");
	assert_int_equal(buf_read_file(&b, path, 100), 0);
	assert_string_equal(b.s, ">key bytes\n"); /* appended */
	buf_reset(&b);
	assert_int_equal(buf_read_file(&b, path, 5), -2);
	assert_int_equal(errno, EFBIG);
	unlink(path);
	assert_int_equal(buf_read_file(&b, path, 100), -1);
	assert_int_equal(errno, ENOENT);
	buf_free(&b);
}

static void
arena_basics(void **state)
{
	struct arena a;
	char *p, *q, *big;
	int i;

	arena_init(&a, 1024);
	p = arena_alloc(&a, 10);
	q = arena_alloc(&a, 10);
	assert_true(q >= p + 10);
	assert_int_equal((uintptr_t)q % _Alignof(max_align_t), 0);
	for (i = 0; i < 1000; i++)
		memset(arena_alloc(&a, 100), i & 0xff, 100); /* many blocks */
	big = arena_alloc(&a, 10 << 20); /* larger than a block */
	memset(big, 1, 10 << 20);
	arena_reset(&a);
	p = arena_memdup(&a, "abc", 3);
	assert_string_equal(p, "abc");
	for (i = 0; i < 1000; i++)
		memset(arena_alloc(&a, 100), 0, 100);
	arena_free(&a);
	arena_free(&a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(buf_basics),
		cmocka_unit_test(buf_long_format),
		cmocka_unit_test(read_file),
		cmocka_unit_test(arena_basics),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
