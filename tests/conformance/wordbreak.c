/*
 * wordbreak.c - run Unicode's WordBreakTest.txt through lib/tok.c.
 *
 *   wordbreak WordBreakTest.txt DEVIATIONS
 *
 * Each test line ("÷ 0041 × 0308 ÷ 0020 ÷") is turned into UTF-8 and cut
 * by the tokeniser's boundary engine (ICU, root locale); the boundaries
 * must be the ÷ marks, unless the line number is listed in DEVIATIONS (a
 * known deviation of the system's ICU, with its reason).  A listed line
 * that passes is reported too, so the list stays true.  Prints one line
 * per failure and "ok" or "FAIL" at the end.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "tok.h"
#include "utf8.h"
#include "banned.h"

#define MAXB 256

int
main(int argc, char **argv)
{
	FILE *fp, *dv;
	char line[4096], text[1024], err[256];
	unsigned char listed[4096] = { 0 };
	size_t want[MAXB], got[MAXB];
	struct tok *t;
	long lineno = 0, ntest = 0, nfail = 0, ndev = 0, nb, i;

	if (argc != 3)
		die(2, "usage: wordbreak WordBreakTest.txt DEVIATIONS");
	if ((fp = fopen(argv[1], "r")) == NULL || (dv = fopen(argv[2], "r")) ==
	    NULL)
		die(2, "cannot open the test files");
	while (fgets(line, sizeof line, dv)) {
		long n = strtol(line, NULL, 10);

		if (n > 0 && n < (long)sizeof listed)
			listed[n] = 1;
	}
	fclose(dv);
	if ((t = tok_new("", NULL, 0, err, sizeof err)) == NULL)
		die(2, "%s", err);
	while (fgets(line, sizeof line, fp)) {
		char *p = line;
		size_t tn = 0, nw = 0;
		int bad = 0;

		lineno++;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		ntest++;
		while (*p && *p != '#') {
			if (strncmp(p, "\xc3\xb7", 2) == 0) { /* ÷ */
				want[nw++] = tn;
				p += 2;
			} else if (strncmp(p, "\xc3\x97", 2) == 0) { /* × */
				p += 2;
			} else if (*p == ' ' || *p == '\t') {
				p++;
			} else {
				char *e;
				unsigned long cp = strtoul(p, &e, 16);

				if (e == p)
					break;
				tn += utf8_encode((uint32_t)cp, text + tn);
				p = e;
			}
			if (nw == MAXB || tn + 4 > sizeof text)
				die(2, "line %ld too long", lineno);
		}
		nb = tok_boundaries(t, text, tn, got, MAXB);
		if (nb < 0)
			die(2, "line %ld: ICU failed", lineno);
		if ((size_t)nb != nw)
			bad = 1;
		for (i = 0; !bad && i < nb; i++)
			if (got[i] != want[i])
				bad = 1;
		if (bad && listed[lineno]) {
			ndev++;
		} else if (bad) {
			nfail++;
			printf("  line %ld: not listed as a deviation: %s", lineno,
			    line);
		} else if (listed[lineno]) {
			nfail++;
			printf("  line %ld: listed as a deviation but passes\n",
			    lineno);
		}
	}
	fclose(fp);
	tok_free(t);
	printf("%s conformance/WordBreakTest (%ld lines, %ld known ICU "
	    "deviations)\n", nfail ? "FAIL" : "ok", ntest, ndev);
	return nfail != 0;
}
