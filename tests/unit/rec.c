/* Unit tests for lib/rec.c: escapes, the reader on files with good and bad
 * records, several inputs, and output plans (rewrite in place, append). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "err.h"
#include "rec.h"

static char *
tmpfile_with(const char *content, size_t n)
{
	char *path = strdup("/tmp/hark-unit-XXXXXX");
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	assert_int_equal(write(fd, content, n), (ssize_t)n);
	close(fd);
	return path;
}

static void
escapes(void **state)
{
	struct buf b = BUF_INIT, u = BUF_INIT;
	const char v[] = "a\tb\nc\rd\\e";
	size_t off = 0;

	rec_escape(&b, v, sizeof v - 1);
	assert_string_equal(b.s, "a\\tb\\nc\\rd\\\\e");
	assert_null(rec_check_escapes(b.s, b.len, &off));
	rec_unescape(&u, b.s, b.len);
	assert_int_equal(u.len, sizeof v - 1);
	assert_memory_equal(u.s, v, u.len);
	assert_non_null(rec_check_escapes("x\\q", 3, &off));
	assert_int_equal(off, 1);
	assert_non_null(rec_check_escapes("x\\", 2, &off));
	buf_free(&b);
	buf_free(&u);
}

static void
reader(void **state)
{
	static const char s[] =
		"id\ttext\tn\n"
		"1\thello\\tworld\t3\n"
		"2\tshort\n"
		"3\tbad \\x escape\t1\n"
		"4\t\xC3(\t1\n"
		"5\tlast\t9";
	char *path = tmpfile_with(s, sizeof s - 1);
	char *paths[] = { path, path };
	struct rec_reader r;
	struct arena a;
	struct str v;

	arena_init(&a, 0);
	assert_int_equal(rec_open(&r, paths, 2, REC_NEED_ID), 0);
	assert_int_equal(r.ncols, 3);
	assert_string_equal(r.cols[1], "text");
	assert_int_equal(rec_col(&r, "n"), 2);
	assert_int_equal(rec_col(&r, "nope"), -1);
	assert_int_equal(rec_read(&r), REC_OK);
	assert_int_equal(r.line, 2);
	v = rec_get(&r, 1, &a);
	assert_int_equal(v.n, 11);
	assert_memory_equal(v.p, "hello\tworld", 11);
	assert_int_equal(rec_read(&r), REC_BAD);
	assert_string_equal(r.err, "expected 3 fields, found 2");
	assert_int_equal(rec_read(&r), REC_BAD);
	assert_int_equal(r.line, 4);
	assert_int_equal(rec_read(&r), REC_BAD);
	assert_non_null(strstr(r.err, "invalid UTF-8"));
	assert_int_equal(rec_read(&r), REC_OK); /* no final newline */
	assert_int_equal(r.line, 6);
	/* The second input: same header, line numbers restart. */
	assert_int_equal(rec_read(&r), REC_OK);
	assert_int_equal(r.line, 2);
	while (rec_read(&r) != REC_EOF)
		;
	assert_int_equal(r.nread, 4);
	assert_int_equal(r.nbad, 6);
	rec_close(&r);
	arena_free(&a);
	unlink(path);
	free(path);
}

static void
bad_headers(void **state)
{
	struct rec_reader r;
	char *p1 = tmpfile_with("text\tx\n", 7);
	char *p2 = tmpfile_with("id\tid\n", 6);
	char *p3 = tmpfile_with("", 0);
	char *p4 = tmpfile_with("id\tother\n", 9);
	char *missing = "/nonexistent/file";
	char *two[] = { p1, p4 };

	assert_int_equal(rec_open(&r, &p1, 1, REC_NEED_ID), REC_BAD);
	assert_string_equal(r.err, "bad header: no 'id' column (not a record "
	    "stream: run hark ingest first; it reads TSV too)");
	rec_close(&r);
	assert_int_equal(rec_open(&r, &p1, 1, 0), 0);
	rec_close(&r);
	assert_int_equal(rec_open(&r, &p2, 1, 0), REC_BAD);
	rec_close(&r);
	assert_int_equal(rec_open(&r, &p3, 1, 0), REC_BAD);
	rec_close(&r);
	assert_int_equal(rec_open(&r, &missing, 1, 0), REC_FAIL);
	rec_close(&r);
	assert_int_equal(rec_open(&r, two, 2, 0), 0);
	assert_int_equal(rec_read(&r), REC_FAIL); /* headers differ */
	rec_close(&r);
	unlink(p1); unlink(p2); unlink(p3); unlink(p4);
	free(p1); free(p2); free(p3); free(p4);
}

/* A CSV (one column named with commas or semicolons) is not a stream; a
 * stream whose names merely hold a comma is. */
static void
csv_headers(void **state)
{
	struct rec_reader r;
	char *csv = tmpfile_with("id,text\n1,a\n", 12);
	char *semi = tmpfile_with("id;text\n1;a\n", 12);
	char *ok = tmpfile_with("id\ta,b\n1\tx\n", 12);

	assert_int_equal(rec_open(&r, &csv, 1, 0), REC_BAD);
	assert_string_equal(r.err, "bad header: one column named 'id,text' "
	    "(not a record stream: run hark ingest first)");
	rec_close(&r);
	assert_int_equal(rec_open(&r, &semi, 1, REC_NEED_ID), REC_BAD);
	assert_non_null(strstr(r.err, "run hark ingest first"));
	rec_close(&r);
	assert_int_equal(rec_open(&r, &ok, 1, REC_NEED_ID), 0);
	assert_int_equal(rec_read(&r), REC_OK);
	rec_close(&r);
	unlink(csv); unlink(semi); unlink(ok);
	free(csv); free(semi); free(ok);
}

/* Messages located at a record of a stream with source_line name it; notes
 * are silent once err_quiet is set, errors are not. */
static void
source_lines(void **state)
{
	static const char s[] = "id\ttext\tsource_line\n1\tx\t42\n"
	    "2\tbad \\q\t43\n3\tragged\t44\textra\n";
	char *path = tmpfile_with(s, sizeof s - 1);
	struct rec_reader r;
	FILE *fp = tmpfile();
	int saved = dup(2);
	char got[1024], want[1024];
	size_t n;

	assert_int_equal(rec_open(&r, &path, 1, REC_NEED_ID), 0);
	dup2(fileno(fp), 2);
	assert_int_equal(rec_read(&r), REC_OK);
	err_at(r.name, r.line, "about record %d", 1);
	err_at(r.name, 1, "about the header");
	err_note("a note");
	err_quiet = 1;
	err_note("a note not shown");
	assert_int_equal(rec_read(&r), REC_BAD);
	rec_report(&r);
	assert_int_equal(rec_read(&r), REC_BAD);
	rec_report(&r);
	err_quiet = 0;
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	rewind(fp);
	n = fread(got, 1, sizeof got - 1, fp);
	got[n] = '\0';
	snprintf(want, sizeof want,
	    "hark: %s:2: (source line 42) about record 1\n"
	    "hark: %s:1: about the header\n"
	    "hark: a note\n"
	    "hark: %s:3: (source line 43) unknown escape (only \\\\ \\t "
	    "\\n \\r are allowed) at byte 7\n"
	    "hark: %s:4: (source line 44) expected 3 fields, found 4\n",
	    path, path, path,
	    path);
	assert_string_equal(got, want);
	fclose(fp);
	rec_close(&r);
	unlink(path);
	free(path);
}

static void
plans(void **state)
{
	static const char s[] = "id\ta\tb\ttokens\tc\n1\tA\tB\told\tC\n";
	char *path = tmpfile_with(s, sizeof s - 1);
	const char *owned[] = { "tokens", "spans" };
	struct rec_reader r;
	struct rec_plan pl;
	struct rec_writer w;
	struct str vals[2] = { { "x\ty", 3 }, { "0:1", 3 } };
	char out[256];
	FILE *fp = tmpfile();
	size_t n;

	assert_int_equal(rec_open(&r, &path, 1, REC_NEED_ID), 0);
	rec_plan_init(&pl, &r, owned, 2);
	assert_int_equal(pl.nout, 6);
	assert_int_equal(pl.slot[0], 3); /* rewritten in place */
	assert_int_equal(pl.slot[1], 5); /* appended */
	assert_int_equal(pl.nruns, 4);   /* [id a b] tokens [c] spans */
	rec_writer_init(&w, dup(fileno(fp)));
	rec_write_header(&w, &pl);
	assert_int_equal(rec_read(&r), REC_OK);
	rec_write(&w, &r, &pl, vals);
	rec_writer_close(&w);
	rewind(fp);
	n = fread(out, 1, sizeof out - 1, fp);
	out[n] = '\0';
	assert_string_equal(out, "id\ta\tb\ttokens\tc\tspans\n"
				 "1\tA\tB\tx\\ty\tC\t0:1\n");
	fclose(fp);
	rec_plan_free(&pl);
	rec_close(&r);
	unlink(path);
	free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(escapes),
		cmocka_unit_test(reader),
		cmocka_unit_test(bad_headers),
		cmocka_unit_test(csv_headers),
		cmocka_unit_test(source_lines),
		cmocka_unit_test(plans),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
