/*
 * normtest.c - run Unicode's NormalizationTest.txt through lib/norm.c.
 *
 *   normtest < NormalizationTest.txt
 *
 * For each line "c1;c2;c3;c4;c5;" the normaliser (form only, no clean-up:
 * the code path of hark-normalise) must give c2 = NFC(c1) = NFC(c2) =
 * NFC(c3), c4 = NFC(c4) = NFC(c5), and c4 = NFKC(c1..c5).  Prints the
 * failing lines and "ok" or "FAIL" per form.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "norm.h"
#include "utf8.h"
#include "banned.h"

static size_t
parse(char **pp, char *out, size_t cap)
{
	char *p = *pp;
	size_t n = 0;

	while (*p && *p != ';') {
		char *e;
		unsigned long cp = strtoul(p, &e, 16);

		if (e == p) {
			p++;
			continue;
		}
		if (n + 4 < cap)
			n += utf8_encode((uint32_t)cp, out + n);
		p = e;
	}
	if (*p == ';')
		p++;
	*pp = p;
	return n;
}

static int
check(struct norm *nm, struct buf *b, const char *in, size_t n,
      const char *want, size_t wn)
{
	if (norm_run(nm, in, n, b) < 0)
		return 0;
	return b->len == wn && memcmp(b->s, want, wn) == 0;
}

int
main(void)
{
	struct norm *nfc, *nfkc;
	struct buf b = BUF_INIT;
	char line[4096], c[5][1024], err[256];
	size_t len[5];
	long lineno = 0, ntest = 0, badc = 0, badk = 0;
	int i;

	nfc = norm_new(NORM_NFC, 0, err, sizeof err);
	nfkc = norm_new(NORM_NFKC, 0, err, sizeof err);
	if (nfc == NULL || nfkc == NULL)
		die(2, "%s", err);
	while (fgets(line, sizeof line, stdin)) {
		char *p = line;
		int okc = 1, okk = 1;

		lineno++;
		if (line[0] == '#' || line[0] == '@' || line[0] == '\n')
			continue;
		for (i = 0; i < 5; i++)
			len[i] = parse(&p, c[i], sizeof c[i]);
		ntest++;
		for (i = 0; i < 3; i++)
			okc &= check(nfc, &b, c[i], len[i], c[1], len[1]);
		for (i = 3; i < 5; i++)
			okc &= check(nfc, &b, c[i], len[i], c[3], len[3]);
		for (i = 0; i < 5; i++)
			okk &= check(nfkc, &b, c[i], len[i], c[3], len[3]);
		if (!okc && badc++ < 10)
			printf("  NFC line %ld: %s", lineno, line);
		if (!okk && badk++ < 10)
			printf("  NFKC line %ld: %s", lineno, line);
	}
	printf("%s conformance/NormalizationTest/NFC (%ld lines, %ld failing)\n",
	    badc ? "FAIL" : "ok", ntest, badc);
	printf("%s conformance/NormalizationTest/NFKC (%ld lines, %ld failing)\n",
	    badk ? "FAIL" : "ok", ntest, badk);
	norm_free(nfc);
	norm_free(nfkc);
	buf_free(&b);
	return badc || badk;
}
