/*
 * lexicon.c - libFuzzer harness for the readers of `hark lexicon convert`
 * (stages/lexicon/formats-*.c): LIWC .dic, WordStat .cat, quanteda YAML,
 * Lexicoder .lc3 and REFI-QDA .qdc.
 *
 * The first byte chooses the reader; the rest is the file.  What convert
 * does after reading runs too: the checks across codes and both writers
 * (native and .qdc), whose output must read back.
 * Build and run: make fuzz (see the Makefile).
 */
/* FUZZ_SOURCES: stages/lexicon/formats-common.c stages/lexicon/formats-dic.c stages/lexicon/formats-cat.c stages/lexicon/formats-yaml.c stages/lexicon/formats-lc3.c stages/lexicon/formats-qdc.c stages/lexicon/formats-qdc-write.c */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "lex.h"
#include "tok.h"
#include "lexicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct {
		const char *path;
		void (*read)(struct lex *, const char *, const char *, size_t,
		    struct tok *);
	} readers[] = {
		{ "fuzz.dic", liwc_read }, { "fuzz.cat", cat_read },
		{ "fuzz.yml", yaml_read }, { "fuzz.lc3", lc3_read },
		{ "fuzz.qdc", qdc_read }
	};
	static struct tok *t;
	struct lex lx, back;
	struct buf out = BUF_INIT;
	char err[512];
	int sel;

	if (size < 1)
		return 0;
	if (t == NULL && (t = tok_new(NULL, NULL, 0, err, sizeof err)) == NULL)
		abort();
	sel = data[0] % 5;
	lex_init(&lx);
	lx.nocheck = 1;
	readers[sel].read(&lx, readers[sel].path, (const char *)data + 1,
	    size - 1, data[0] & 0x80 ? NULL : t);
	lex_finish(&lx);
	if (lx.nerrors == 0) {
		/* What convert writes, convert reads again without error. */
		lex_write_native(&lx, &out);
		lex_init(&back);
		lex_load_mem(&back, "back.lex", out.s, out.len, NULL);
		if (back.nerrors)
			abort();
		lex_free(&back);
		buf_reset(&out);
		qdc_write(&lx, &out);
		lex_init(&back);
		qdc_read(&back, "back.qdc", out.s, out.len, NULL);
		if (back.nerrors)
			abort();
		lex_free(&back);
	}
	buf_free(&out);
	lex_free(&lx);
	return 0;
}
