/* Unit tests for lib/csv.c and lib/input.c: quotes, doubled quotes, CRLF
 * and lone CR, quoted fields over several lines (also across the input's
 * refills), an unterminated quote costing one record, overlong records,
 * and the decoding of a byte order mark, UTF-16 and Windows-1252. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "buf.h"
#include "csv.h"
#include "input.h"

/* A reader over the bytes p[0..n), through a temporary file. */
struct reader {
	struct input in;
	struct csv c;
	struct csv_row row;
	char err[512];
};

static void
open_bytes(struct reader *r, const char *p, size_t n, const char *enc,
	   int delim, int quote, size_t maxrec)
{
	char path[] = "/tmp/hark-csv-XXXXXX";
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	assert_int_equal(write(fd, p, n), (ssize_t)n);
	close(fd);
	assert_int_equal(input_open(&r->in, path, enc, r->err, sizeof r->err), 0);
	unlink(path);
	memset(&r->c, 0, sizeof r->c);
	r->c.delim = delim;
	r->c.quote = quote;
	r->c.maxrec = maxrec;
	csv_reset(&r->c);
	csv_row_init(&r->row);
}

static void
open_csv(struct reader *r, const char *s)
{
	open_bytes(r, s, strlen(s), NULL, ',', '"', (size_t)1 << 24);
}

static void
close_reader(struct reader *r)
{
	csv_row_free(&r->row);
	input_close(&r->in);
}

/* Read the next record and check its line and fields (NULL-terminated). */
static void
expect(struct reader *r, unsigned long long line, ...)
{
	va_list ap;
	const char *want;
	size_t i = 0;

	assert_int_equal(csv_next(&r->c, &r->in, &r->row, r->err,
				  sizeof r->err), 1);
	assert_string_equal(r->row.err, "");
	assert_int_equal(r->row.line, line);
	va_start(ap, line);
	while ((want = va_arg(ap, const char *)) != NULL) {
		assert_true(i < r->row.nf);
		assert_int_equal(r->row.len[i], strlen(want));
		assert_memory_equal(r->row.vals.s + r->row.off[i], want,
				    strlen(want));
		i++;
	}
	va_end(ap);
	assert_int_equal(r->row.nf, i);
}

static void
expect_end(struct reader *r)
{
	assert_int_equal(csv_next(&r->c, &r->in, &r->row, r->err,
				  sizeof r->err), 0);
}

static void
quotes(void **state)
{
	struct reader r;

	(void)state;
	open_csv(&r, "a,\"b,c\",d\n\"\",x,\"\"\n");
	expect(&r, 1, "a", "b,c", "d", NULL);
	expect(&r, 2, "", "x", "", NULL);
	expect_end(&r);
	close_reader(&r);
}

static void
doubled_quotes(void **state)
{
	struct reader r;

	(void)state;
	/* "" inside quotes is one quote; a quote after text is text (Excel). */
	open_csv(&r, "\"say \"\"hi\"\"\",\"\"\"\"\nab\"c,\"q\"tail\n");
	expect(&r, 1, "say \"hi\"", "\"", NULL);
	expect(&r, 2, "ab\"c", "qtail", NULL);
	expect_end(&r);
	close_reader(&r);
}

static void
line_ends(void **state)
{
	struct reader r;

	(void)state;
	/* CRLF, a lone CR, a blank line, and no newline at the end. */
	open_csv(&r, "a,b\r\nc,d\re,f\r\n\r\ng,h");
	expect(&r, 1, "a", "b", NULL);
	expect(&r, 2, "c", "d", NULL);
	expect(&r, 3, "e", "f", NULL);
	expect(&r, 5, "g", "h", NULL);
	expect_end(&r);
	close_reader(&r);
}

static void
multi_line(void **state)
{
	struct reader r;

	(void)state;
	open_csv(&r, "id,note\r\n1,\"x\r\ny, z\r\n\"\"w\"\"\"\r\n2,after\r\n");
	expect(&r, 1, "id", "note", NULL);
	expect(&r, 2, "1", "x\r\ny, z\r\n\"w\"", NULL);
	assert_int_equal(r.row.rawn, strlen("1,\"x\r\ny, z\r\n\"\"w\"\"\""));
	expect(&r, 5, "2", "after", NULL);
	expect_end(&r);
	close_reader(&r);
}

static void
multi_line_across_refills(void **state)
{
	struct reader r;
	struct buf b = BUF_INIT;
	static const char piece[] = "a line of a long note, then a line break\n";
	size_t i;

	(void)state;
	/* A quoted field of 2.5 MB with line breaks: more than one read. */
	buf_adds(&b, "id,note\n1,\"");
	for (i = 0; i < 60000; i++)
		buf_adds(&b, piece);
	buf_adds(&b, "\"\n2,x\n");
	open_bytes(&r, b.s, b.len, NULL, ',', '"', (size_t)1 << 24);
	expect(&r, 1, "id", "note", NULL);
	assert_int_equal(csv_next(&r.c, &r.in, &r.row, r.err, sizeof r.err), 1);
	assert_int_equal(r.row.line, 2);
	assert_int_equal(r.row.nf, 2);
	assert_int_equal(r.row.len[1], 60000 * (sizeof piece - 1));
	assert_memory_equal(r.row.vals.s + r.row.off[1] + 41 * (sizeof piece - 1),
			    piece, sizeof piece - 1);
	expect(&r, 60003, "2", "x", NULL);
	expect_end(&r);
	close_reader(&r);
	buf_free(&b);
}

static void
unterminated_quote(void **state)
{
	struct reader r;

	(void)state;
	/* The open quote costs its first line only; reading goes on. */
	open_csv(&r, "a,b\n1,\"open\n2,c\n");
	expect(&r, 1, "a", "b", NULL);
	assert_int_equal(csv_next(&r.c, &r.in, &r.row, r.err, sizeof r.err), 1);
	assert_int_equal(r.row.line, 2);
	assert_string_equal(r.row.err, "unterminated quoted field");
	assert_int_equal(r.row.rawn, strlen("1,\"open"));
	assert_memory_equal(r.row.raw, "1,\"open", r.row.rawn);
	expect(&r, 3, "2", "c", NULL);
	expect_end(&r);
	close_reader(&r);
}

static void
overlong(void **state)
{
	struct reader r;
	const char *s = "a,b\n\"0123456789012345678901234567890123456789\n"
			"0123456789012345678901234567890123456789\n";

	(void)state;
	open_bytes(&r, s, strlen(s), NULL, ',', '"', 32);
	expect(&r, 1, "a", "b", NULL);
	assert_int_equal(csv_next(&r.c, &r.in, &r.row, r.err, sizeof r.err), 1);
	assert_int_equal(r.row.line, 2);
	assert_string_equal(r.row.err,
			    "record longer than 32 bytes (unterminated quote?)");
	close_reader(&r);
}

static void
tsv_without_quotes(void **state)
{
	struct reader r;
	const char *s = "a\tb\n\"x\t y\"\n";

	(void)state;
	open_bytes(&r, s, strlen(s), NULL, '\t', -1, (size_t)1 << 24);
	expect(&r, 1, "a", "b", NULL);
	expect(&r, 2, "\"x", " y\"", NULL);
	expect_end(&r);
	close_reader(&r);
}

static void
encodings(void **state)
{
	struct reader r;
	/* UTF-8 with a byte order mark. */
	static const char bom[] = "\xEF\xBB\xBFname\nZo\xC3\xAB\n";
	/* UTF-16LE with a byte order mark: "k,v\r\n1,\"\xE2\x82\xAC\"\r\n". */
	static const char u16[] = "\xFF\xFE" "k\0,\0v\0\r\0\n\0" "1\0,\0\"\0"
				  "\xAC\x20\"\0\r\0\n\0";
	/* Windows-1252: e with diaeresis, curly quotes, the euro sign. */
	static const char cp[] = "a\nZo\xEB \x93hi\x94 \x80\n";

	(void)state;
	open_bytes(&r, bom, sizeof bom - 1, NULL, ',', '"', (size_t)1 << 24);
	expect(&r, 1, "name", NULL);
	expect(&r, 2, "Zo\xC3\xAB", NULL);
	expect_end(&r);
	close_reader(&r);

	open_bytes(&r, u16, sizeof u16 - 1, NULL, ',', '"', (size_t)1 << 24);
	assert_string_equal(r.in.encoding, "UTF-16LE");
	expect(&r, 1, "k", "v", NULL);
	expect(&r, 2, "1", "\xE2\x82\xAC", NULL);
	expect_end(&r);
	close_reader(&r);

	open_bytes(&r, cp, sizeof cp - 1, "windows-1252", ',', '"',
		   (size_t)1 << 24);
	expect(&r, 1, "a", NULL);
	expect(&r, 2, "Zo\xC3\xAB \xE2\x80\x9Chi\xE2\x80\x9D \xE2\x82\xAC",
	       NULL);
	expect_end(&r);
	close_reader(&r);
}

static void
refusals(void **state)
{
	struct input in;
	char path[] = "/tmp/hark-csv-XXXXXX", err[512];
	int fd = mkstemp(path);

	(void)state;
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "PK\3\4rest", 8), 8);
	close(fd);
	assert_int_equal(input_open(&in, path, NULL, err, sizeof err), -1);
	assert_non_null(strstr(err, "a ZIP archive"));
	input_close(&in);
	assert_int_equal(input_open(&in, path, "no-such-encoding", err,
				    sizeof err), -1);
	input_close(&in);
	unlink(path);
	assert_int_equal(input_open(&in, path, NULL, err, sizeof err), -1);
	assert_non_null(strstr(err, "cannot open"));
	input_close(&in);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(quotes),
		cmocka_unit_test(doubled_quotes),
		cmocka_unit_test(line_ends),
		cmocka_unit_test(multi_line),
		cmocka_unit_test(multi_line_across_refills),
		cmocka_unit_test(unterminated_quote),
		cmocka_unit_test(overlong),
		cmocka_unit_test(tsv_without_quotes),
		cmocka_unit_test(encodings),
		cmocka_unit_test(refusals),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
