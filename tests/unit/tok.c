/*
 * tok.c - unit tests for lib/tok.c (the tokeniser) and lib/norm.c (the
 * normaliser that feeds it): tokens, spans, folding, emoji names, the
 * full-stop rule, e-mail addresses and URLs, variants, sentences, locale
 * switching, buffer reuse and the boundary engine.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "buf.h"
#include "norm.h"
#include "tok.h"

/* Tokens of s joined by spaces, and spans as "a:b a:b". */
static void
run(struct tok *t, const char *s, char *toks, size_t tn, char *spans,
    size_t sn)
{
	struct tok_out out = TOK_OUT_INIT;
	char err[256];
	size_t i, tl = 0, sl = 0;
	long n = tok_run(t, s, strlen(s), &out, err, sizeof err);

	assert_true(n >= 0);
	toks[0] = spans[0] = '\0';
	for (i = 0; i < out.n; i++) {
		tl += (size_t)snprintf(toks + tl, tn - tl, "%s%s", i ? " " : "",
		    out.str.s + out.t[i].off);
		sl += (size_t)snprintf(spans + sl, sn - sl, "%s%zu:%zu",
		    i ? " " : "", out.t[i].start, out.t[i].end);
		assert_int_equal(strlen(out.str.s + out.t[i].off),
		    out.t[i].len);
	}
	tok_out_free(&out);
	/* tok_lists() writes the same two lists */
	{
		struct buf lt = BUF_INIT, ls = BUF_INIT;

		assert_int_equal(tok_lists(t, s, strlen(s), &lt, &ls, err,
		    sizeof err), n);
		assert_string_equal(lt.s ? lt.s : "", toks);
		assert_string_equal(ls.s ? ls.s : "", spans);
		buf_free(&lt);
		buf_free(&ls);
	}
}


#define CHECK(t, text, wtoks, wspans) do { \
	char tk_[1024], sp_[1024]; \
	run(t, text, tk_, sizeof tk_, sp_, sizeof sp_); \
	assert_string_equal(tk_, wtoks); \
	if (wspans) \
		assert_string_equal(sp_, (const char *)wspans); \
} while (0)

static void
words(void **state)
{
	char err[256];
	struct tok *t = tok_new(NULL, NULL, 0, err, sizeof err);

	assert_non_null(t);
	CHECK(t, "", "", "");
	CHECK(t, "  ...!? ", "", "");
	CHECK(t, "I don\xe2\x80\x99t FEEL safe.", "i don't feel safe",
	    "0:1 2:9 10:14 15:19");
	CHECK(t, "Stra\xc3\x9f" "e \xef\xac\x81ne", "strasse fine",
	    "0:7 8:13");
	CHECK(t, "3.5 hours, 1,000 people", "3.5 hours 1,000 people", NULL);
	tok_free(t);
}

static void
dotted(void **state)
{
	char err[256];
	struct tok *t = tok_new("", NULL, 0, err, sizeof err);

	CHECK(t, "care.Staff were helpful.reliable", "care staff were helpful "
	    "reliable", "0:4 5:10 11:15 16:23 24:32");
	CHECK(t, "e.g. i.e. Ph.D", "e.g i.e ph.d", NULL);
	CHECK(t, "bbc.co.uk", "bbc.co.uk", "0:9");
	CHECK(t, "mail jo.smith@example.org now", "mail jo.smith@example.org now",
	    "0:4 5:25 26:29");
	CHECK(t, "see https://www.gov.uk/help, or www.nhs.uk.", "see "
	    "https://www.gov.uk/help or www.nhs.uk", "0:3 4:27 29:31 32:42");
	CHECK(t, "www.care.Staff", "www.care.staff", "0:14");
	CHECK(t, "x www.care.Staff.", "x www.care.staff", "0:1 2:16");
	CHECK(t, "WWW.care.Staff", "www.care.staff", "0:14");
	/* ICU 72 keeps "a@b" as one word; a lone "@" is not a token */
	CHECK(t, "@ a@b x@y.z @@", "a@b x@y.z", NULL);
	tok_free(t);
}

static void
emoji(void **state)
{
	char err[256];
	struct tok *t = tok_new(NULL, NULL, 0, err, sizeof err);

	CHECK(t, "sad\xf0\x9f\x98\xa2", "sad :crying_face:", "0:3 3:7");
	/* thumbs up + skin tone: one token, tone left out of the name */
	CHECK(t, "\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd", ":thumbs_up_sign:", "0:8");
	/* man ZWJ woman ZWJ girl */
	CHECK(t, "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d"
	    "\xf0\x9f\x91\xa7", ":man_woman_girl:", "0:18");
	CHECK(t, "\xf0\x9f\x87\xac\xf0\x9f\x87\xa7", ":flag_gb:", "0:8");
	tok_free(t);
}

static char *
write_map(const char *body)
{
	static char path[64];
	FILE *fp;

	snprintf(path, sizeof path, "/tmp/hark-tok-test-%ld.tsv",
	    (long)getpid());
	fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(body, fp);
	fclose(fp);
	return path;
}

static void
variants(void **state)
{
	char err[256], *path;
	struct tok *t;

	path = write_map("# comment\n\nDunno\tdon't know\nsw\tSocial Worker\n"
	    "colour\tcolour\n");
	t = tok_new(NULL, path, 0, err, sizeof err);
	assert_non_null(t);
	CHECK(t, "dunno my SW", "don't know my social worker",
	    "0:5 0:5 6:8 9:11 9:11");
	tok_free(t);
	path = write_map("a\tb\na\tc\n");
	assert_null(tok_new(NULL, path, 0, err, sizeof err));
	assert_non_null(strstr(err, ":2: duplicate variant"));
	path = write_map("a b\tc\n");
	assert_null(tok_new(NULL, path, 0, err, sizeof err));
	assert_non_null(strstr(err, ":1: a variant is one token"));
	path = write_map("ab\t\n");
	assert_null(tok_new(NULL, path, 0, err, sizeof err));
	assert_non_null(strstr(err, ":1: expected"));
	unlink(path);
	assert_null(tok_new(NULL, path, 0, err, sizeof err));
	assert_non_null(strstr(err, "cannot open"));
}

/* tok_lists() on a text of many windows of tokens, ASCII and not, with
 * variants, addresses, URLs and emoji, against tok_run(). */
static void
lists(void **state)
{
	static const char *const parts[] = { "Dunno ", "my SW said ",
	    "care.Staff ", "mail a.b@example.org ", "see www.x.org/a, ",
	    "caf\xc3\xa9 ", "\xf0\x9f\x98\xa2 ", "2,000.5 ", "don't ",
	    "\xef\xac\x81le. " };
	struct buf text = BUF_INIT, want_t = BUF_INIT, want_s = BUF_INIT;
	struct buf lt = BUF_INIT, ls = BUF_INIT;
	struct tok_out out = TOK_OUT_INIT;
	char err[256], *path;
	struct tok *t;
	size_t i, round;

	path = write_map("Dunno\tdon't know\nsw\tSocial Worker\n");
	t = tok_new(NULL, path, 0, err, sizeof err);
	assert_non_null(t);
	for (round = 0; round < 2; round++) {
		/* round 0: ASCII only (the fast path); round 1: all parts */
		buf_reset(&text);
		for (i = 0; i < 30000; i++)
			buf_adds(&text, parts[(i * 7) % (round ? 10 : 5)]);
		assert_true(tok_run(t, text.s, text.len, &out, err,
		    sizeof err) > 8192);
		buf_reset(&want_t);
		buf_reset(&want_s);
		for (i = 0; i < out.n; i++) {
			buf_addf(&want_t, "%s%s", i ? " " : "",
			    out.str.s + out.t[i].off);
			buf_addf(&want_s, "%s%zu:%zu", i ? " " : "",
			    out.t[i].start, out.t[i].end);
		}
		assert_int_equal(tok_lists(t, text.s, text.len, &lt, &ls, err,
		    sizeof err), (long)out.n);
		assert_int_equal(lt.len, want_t.len);
		assert_int_equal(ls.len, want_s.len);
		assert_memory_equal(lt.s, want_t.s, lt.len);
		assert_memory_equal(ls.s, want_s.s, ls.len);
	}
	tok_free(t);
	unlink(path);
	tok_out_free(&out);
	buf_free(&text);
	buf_free(&want_t);
	buf_free(&want_s);
	buf_free(&lt);
	buf_free(&ls);
}

/* A map with CRLF or CR-only line ends reads as with LF: the same tokens,
 * and errors on the same line numbers. */
static void
variants_line_ends(void **state)
{
	static const char *const ends[] = { "\r\n", "\r" };
	char err[256], map[256], *path;
	struct tok *t;
	size_t i;

	for (i = 0; i < 2; i++) {
		const char *e = ends[i];

		snprintf(map, sizeof map, "# comment%s%sDunno\tdon't know%s"
		    "sw\tSocial Worker%scolour\tcolour%s", e, e, e, e, e);
		path = write_map(map);
		t = tok_new(NULL, path, 0, err, sizeof err);
		assert_non_null(t);
		CHECK(t, "dunno my SW colour", "don't know my social worker "
		    "colour", "0:5 0:5 6:8 9:11 9:11 12:18");
		tok_free(t);
		snprintf(map, sizeof map, "a\tb%s%sa\tc%s", e, e, e);
		path = write_map(map);
		assert_null(tok_new(NULL, path, 0, err, sizeof err));
		assert_non_null(strstr(err, ":3: duplicate variant"));
		unlink(path);
	}
}

static void
sentences(void **state)
{
	char err[256];
	struct tok *t = tok_new("en", NULL, TOK_SENTENCES, err, sizeof err);
	struct tok_out out = TOK_OUT_INIT;
	const char *s = "I am safe. I am not! Are you? ok";
	size_t want[] = { 0, 0, 0, 1, 1, 1, 2, 2, 3 }, i;

	assert_int_equal(tok_run(t, s, strlen(s), &out, err, sizeof err), 9);
	for (i = 0; i < 9; i++)
		assert_int_equal(out.t[i].sent, want[i]);
	tok_out_free(&out);
	tok_free(t);
}

static void
locales_and_reuse(void **state)
{
	static const char *const locs[] = { "en", "fr", "de", "sv", "fi", "ja",
		"th", "zh", "ar", "he", "en_GB", "" };
	char err[256];
	struct tok *t = tok_new(NULL, NULL, 0, err, sizeof err);
	struct tok_out out = TOK_OUT_INIT;
	const char *s = "one two three four five six";
	size_t i, cap = 0, tcap = 0;

	/* more locales than the cache holds: evicted ones are rebuilt */
	for (i = 0; i < 3 * sizeof locs / sizeof *locs; i++) {
		assert_int_equal(tok_locale(t, locs[i % 12], err, sizeof err), 0);
		assert_int_equal(tok_run(t, s, strlen(s), &out, err, sizeof err),
		    6);
		if (i == 0) {
			cap = out.str.cap;
			tcap = out.cap;
		}
		/* steady state: the output buffers do not grow */
		assert_int_equal(out.str.cap, cap);
		assert_int_equal(out.cap, tcap);
	}
	tok_out_free(&out);
	tok_free(t);
}

static void
fold_and_boundaries(void **state)
{
	char err[256];
	struct tok *t = tok_new(NULL, NULL, 0, err, sizeof err);
	struct buf b = BUF_INIT;
	size_t bd[8];

	assert_int_equal(tok_fold(t, "DON\xe2\x80\x99T", 7, &b), 0);
	assert_string_equal(b.s, "don't");
	assert_int_equal(tok_boundaries(t, "ab cd", 5, bd, 8), 4);
	assert_int_equal(bd[0], 0);
	assert_int_equal(bd[1], 2);
	assert_int_equal(bd[2], 3);
	assert_int_equal(bd[3], 5);
	buf_free(&b);
	tok_free(t);
}

static void
normaliser(void **state)
{
	char err[256];
	struct norm *nm = norm_new(NORM_NFC, NORM_CLEAN | NORM_MOJIBAKE, err,
	    sizeof err);
	struct buf b = BUF_INIT;
	const char *m = "I\xc3\xa2\xe2\x82\xac\xe2\x84\xa2m  ok\r\n\xe2\x80\xae"
	    "x\x01";

	assert_non_null(nm);
	assert_int_equal(norm_run(nm, m, strlen(m), &b), 1);
	assert_string_equal(b.s, "I\xe2\x80\x99m ok\nx");
	assert_int_equal(norm_run(nm, "cafe\xcc\x81", 6, &b), 0);
	assert_string_equal(b.s, "caf\xc3\xa9");
	assert_int_equal(norm_run(nm, "", 0, &b), 0);
	assert_string_equal(b.s, "");
	norm_free(nm);
	nm = norm_new(NORM_NFKC, NORM_QUOTES, err, sizeof err);
	assert_int_equal(norm_run(nm, "\xe2\x80\x9cx\xe2\x80\x9d \xef\xac\x81",
	    11, &b), 0);
	assert_string_equal(b.s, "\"x\" fi");
	norm_free(nm);
	norm_free(NULL);
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(words),
		cmocka_unit_test(dotted),
		cmocka_unit_test(emoji),
		cmocka_unit_test(variants),
		cmocka_unit_test(variants_line_ends),
		cmocka_unit_test(lists),
		cmocka_unit_test(sentences),
		cmocka_unit_test(locales_and_reuse),
		cmocka_unit_test(fold_and_boundaries),
		cmocka_unit_test(normaliser),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
