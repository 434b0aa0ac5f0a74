/*
 * ftstok.h - hark's tokeniser as an SQLite FTS5 tokenizer, so that what
 * `hark search` finds and what `hark tag` counts are cut the same way.
 *
 * The tokenizer is named `hark` and takes options in FTS5's tokenize
 * string: `variants 'PATH'` (a variant map, as `hark tokenise -v`),
 * `stem LANG` (Snowball stems of the tokens, lib/stemmer.h) and
 * `locale LOC` (an ICU locale; root by default).  Tokens are reported
 * with their byte offsets in the text, in the order and number tok_run()
 * makes them, so FTS5's token positions are hark's token indices.  The
 * auxiliary function hark_matches(FTS) gives the phrase matches of the
 * current row as "FIRST-LAST" token ranges, separated by spaces.
 * docs/store.md describes the store; ext/hark_fts5.c builds this file
 * into a loadable SQLite extension (compiled with HARK_FTS_EXT).
 */
#ifndef HARK_FTSTOK_H
#define HARK_FTSTOK_H

#include <stddef.h>


struct sqlite3;

/*
 * Give the tokens of the next document the tokenizer will see: text[0..n)
 * cut into ntok tokens, token i being tok[i] (its bytes, as tok_run()
 * makes them) at bytes start[i]..end[i] of text.  The next call that
 * tokenises a document with exactly these bytes reports these tokens
 * instead of running the tokeniser again; hark-index, which has already
 * made and checked them, gives them before each insert.  The pointers
 * must stay valid until ftstok_give(NULL, 0, NULL, NULL, NULL, 0), which
 * forgets them.  One process-wide slot (hark is single-threaded).
 */
struct str;
void ftstok_give(const char *text, size_t n, const struct str *tok,
		 const size_t *start, const size_t *end, size_t ntok);

/* Register the tokenizer and the auxiliary function with db's FTS5.
 * Returns 0, or -1 with a message in err. */
int ftstok_register(struct sqlite3 *db, char *err, size_t errlen);

#endif
