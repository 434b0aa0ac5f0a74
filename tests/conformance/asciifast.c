/*
 * asciifast.c - check lib/tok.c's ASCII fast path against ICU.
 *
 *   asciifast [FILE...]
 *
 * The fast path cuts pure-ASCII text without ICU; it must give exactly the
 * tokens and spans that ICU's word break iterator gives.  This runs both
 * (TOK_ICU_ONLY for the reference) on every string of up to 5 characters
 * over an alphabet with one or two characters of each ASCII word-break
 * class (up to 4 for the locales other than root), on
 * 300,000 random strings of 5 to 24 characters over a wider alphabet, on
 * 300,000 random strings mixing ASCII with non-ASCII characters of the
 * classes whose rules reach across neighbours (combining marks, ZWJ,
 * format characters, emoji, regional indicators, Unicode spaces, CJK and
 * Thai, which ICU segments by dictionary) -- ICU then segments the
 * stretches around the non-ASCII characters and the fast path the rest --
 * and on every line of each FILE, under several locales.  Prints the first
 * differences and "ok" or "FAIL".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "tok.h"
#include "banned.h"

static const char *const locales[] = { "", "en", "en_GB", "fr", "de" };
#define NLOC (sizeof locales / sizeof *locales)

static struct tok *fast[NLOC], *icu[NLOC];
static struct tok_out fo = TOK_OUT_INIT, io = TOK_OUT_INIT;
static long nfail, ncase;

static int
same(void)
{
	size_t i;

	if (fo.n != io.n)
		return 0;
	for (i = 0; i < fo.n; i++)
		if (fo.t[i].start != io.t[i].start || fo.t[i].end !=
		    io.t[i].end || fo.t[i].len != io.t[i].len ||
		    memcmp(fo.str.s + fo.t[i].off, io.str.s + io.t[i].off,
		    fo.t[i].len) != 0)
			return 0;
	return 1;
}

static void
check_in(const char *s, size_t n, size_t nloc)
{
	char err[256];
	size_t k;

	for (k = 0; k < nloc; k++) {
		ncase++;
		if (tok_run(fast[k], s, n, &fo, err, sizeof err) < 0 ||
		    tok_run(icu[k], s, n, &io, err, sizeof err) < 0)
			die(2, "%s", err);
		if (!same() && nfail++ < 10)
			printf("  locale '%s': fast path differs from ICU on "
			    "\"%.*s\"\n", locales[k], (int)n, s);
	}
}

static void
check(const char *s, size_t n)
{
	check_in(s, n, NLOC);
}

int
main(int argc, char **argv)
{
	static const char cls[] = "aB1_@.',;: \t\n\r-\x0b";
	static const char wide[] = "aBcxyzZ019_@.',;:  \t\n\r-/!?\"()\x0b\x0cw"
	    "ht:p";
	static const char *const mixed[] = { "a", "B", "z", "1", "2", "_",
	    "@", ".", "'", ",", ":", " ", " ", " ", "  ", "\n", "\r", "-",
	    "\t", "x", "k9", "\xc3\xa9" /* e acute */,
	    "\xcc\x81" /* combining acute (Extend) */,
	    "\xe2\x80\x8d" /* ZWJ */, "\xef\xbb\xbf" /* ZWNBSP (Format) */,
	    "\xf0\x9f\x98\xa4" /* emoji */, "\xe2\x9d\xa4" /* heart */,
	    "\xef\xb8\x8f" /* VS16 */, "\xf0\x9f\x87\xac" /* RI G */,
	    "\xf0\x9f\x87\xa7" /* RI B */, "\xc2\xa0" /* NBSP */,
	    "\xe2\x80\x83" /* em space */, "\xe3\x80\x80" /* ideographic
	    space */, "\xe6\x97\xa5", "\xe6\x9c\xac" /* CJK */,
	    "\xe0\xb8\x81", "\xe0\xb8\xb2" /* Thai */,
	    "\xe2\x80\x99" /* right quote (MidNumLet) */, "\xc2\xa3",
	    "\xd9\xa3" /* Arabic-Indic digit */, "\xe2\x80\xa8" /* LS */,
	    "\xef\xbc\x8e" /* fullwidth full stop */ };
	size_t ncls = sizeof cls - 1, nwide = sizeof wide - 1, k, len, i;
	size_t nmixed = sizeof mixed / sizeof *mixed;
	unsigned long idx, total, seed = 12345;
	char s[128], line[1 << 16], err[256];
	int f;

	for (k = 0; k < NLOC; k++) {
		fast[k] = tok_new(locales[k], NULL, 0, err, sizeof err);
		icu[k] = tok_new(locales[k], NULL, TOK_ICU_ONLY, err,
		    sizeof err);
		if (fast[k] == NULL || icu[k] == NULL)
			die(2, "%s", err);
	}
	for (len = 1; len <= 5; len++) {
		for (total = 1, i = 0; i < len; i++)
			total *= ncls;
		for (idx = 0; idx < total; idx++) {
			unsigned long v = idx;

			for (i = 0; i < len; i++, v /= ncls)
				s[i] = cls[v % ncls];
			/* five characters: the root locale only */
			check_in(s, len, len < 5 ? NLOC : 1);
		}
	}
	for (idx = 0; idx < 300000; idx++) {
		seed = seed * 6364136223846793005ul + 1442695040888963407ul;
		len = 5 + (seed >> 33) % 20;
		for (i = 0; i < len; i++) {
			seed = seed * 6364136223846793005ul +
			    1442695040888963407ul;
			s[i] = wide[(seed >> 33) % nwide];
		}
		check(s, len);
	}
	for (idx = 0; idx < 300000; idx++) {
		size_t npiece, at = 0;

		seed = seed * 6364136223846793005ul + 1442695040888963407ul;
		npiece = 3 + (seed >> 33) % 14;
		for (i = 0; i < npiece; i++) {
			const char *p;
			size_t pn;

			seed = seed * 6364136223846793005ul +
			    1442695040888963407ul;
			p = mixed[(seed >> 33) % nmixed];
			pn = strlen(p);
			memcpy(s + at, p, pn);
			at += pn;
		}
		check(s, at);
	}
	for (f = 1; f < argc; f++) {
		FILE *fp = fopen(argv[f], "r");

		if (fp == NULL)
			die(2, "%s: cannot open", argv[f]);
		while (fgets(line, sizeof line, fp))
			check(line, strlen(line));
		fclose(fp);
	}
	for (k = 0; k < NLOC; k++) {
		tok_free(fast[k]);
		tok_free(icu[k]);
	}
	tok_out_free(&fo);
	tok_out_free(&io);
	printf("%s conformance/ascii-fast-path (%ld cases, %ld differ)\n",
	    nfail ? "FAIL" : "ok", ncase, nfail);
	return nfail != 0;
}
