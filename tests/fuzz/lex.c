/*
 * lex.c - libFuzzer harness for the native lexicon loader (lib/lex*.c).
 *
 * The first byte chooses how the rest is loaded: with the tokeniser or
 * without (as `hark theme` and `convert` load), strict (as `check`) or not
 * (as `tag`).  Then what the stages do with a lexicon runs too: the checks
 * across files, the matcher built from it, and the canonical writer.
 * Build and run: make fuzz (see the Makefile).
 */
/* FUZZ_SOURCES: */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "lex.h"
#include "match.h"
#include "tok.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct tok *t;
	struct lex lx;
	struct buf out = BUF_INIT;
	struct match *m;
	char err[512];
	int sel;

	if (size < 1)
		return 0;
	if (t == NULL && (t = tok_new(NULL, NULL, 0, err, sizeof err)) == NULL)
		abort();
	sel = data[0];
	lex_init(&lx);
	lx.strict = sel & 1;
	lex_load_mem(&lx, "fuzz.lex", (const char *)data + 1, size - 1,
	    sel & 2 ? NULL : t);
	lex_finish(&lx);
	if (lx.nerrors == 0) {
		m = match_new(&lx, sel & 4 ? MATCH_SCOPE_LEXICON :
		    MATCH_SCOPE_CODE, -1, err, sizeof err);
		match_free(m);
	}
	lex_write_native(&lx, &out);
	buf_free(&out);
	lex_free(&lx);
	return 0;
}
