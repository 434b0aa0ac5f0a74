/*
 * match.h - tag one record's tokens with a loaded lexicon.
 *
 * match_new() compiles a struct lex once per process: exact words and
 * stems into hash tables, globs into a trie of their literal prefixes,
 * token patterns (words, globs, stems, phrases) into a trie over those
 * symbols, regular expressions with PCRE2's JIT.  match_run() then costs
 * about the same for 50 or 50,000 patterns: one hash probe and a short
 * prefix walk per token, and trie steps only where a pattern begins.  The
 * rules (longest match, negation and hedge scope, sentences, proximity)
 * are stated in docs/tagging.md.
 */
#ifndef HARK_MATCH_H
#define HARK_MATCH_H

#include <stddef.h>

#include "lex.h"
#include "rec.h"

/* Overlap policy (match_new() scope). */
enum {
	MATCH_SCOPE_CODE,    /* longest match wins within one code; matches
	                        of different codes may overlap (default) */
	MATCH_SCOPE_LEXICON  /* longest match wins across all codes */
};

struct match_tag {
	int code;            /* index into the lexicon's codes */
	size_t first, last;  /* token indices, inclusive */
	int negated, uncertain;
};

/* One record's input; everything borrowed for the call. */
struct match_rec {
	const struct str *toks;  /* tokens */
	size_t ntok;
	const struct str *stems; /* one per token, or NULL */
	const char *text;        /* the text, or NULL */
	size_t ntext;
	const size_t *start;     /* spans, or NULL: then the record is one
	                            sentence and regex patterns cannot run */
	const size_t *end;
	int lang;                /* context language (lex_lang()), -1 for the
	                            lexicon's first */
};

struct match;

/* Compile lx (which must outlive the matcher).  window < 0 takes the
 * lexicon's.  Returns NULL with a message in err on failure (a regex the
 * JIT refuses, no stemmer for the lexicon's language). */
struct match *match_new(const struct lex *lx, int scope, int window,
			char *err, size_t errlen);
void match_free(struct match *m);

/* Whether the lexicon has stem patterns (the `stems` column is needed) or
 * regular expressions (`text` and `spans` are needed). */
int match_needs_stems(const struct match *m);
int match_needs_text(const struct match *m);

/* Tag one record; *tags (borrowed, valid until the next call) receives
 * the tags in token order (first, then last, then code order).  Returns
 * how many.  Allocates only while its scratch grows. */
size_t match_run(struct match *m, const struct match_rec *in,
		 const struct match_tag **tags);

/* Glob match: * any run of bytes, ? one UTF-8 character. */
int match_glob(const char *g, size_t gn, const char *s, size_t n);

#endif
