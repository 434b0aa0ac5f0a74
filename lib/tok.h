/*
 * tok.h - the tokeniser: one behaviour for tokenise, tag and search.
 *
 * Text is cut at ICU word boundaries (UAX #29 with ICU's tailorings, run
 * over UTF-8 directly so offsets are byte offsets), words, numbers and
 * emoji are kept, spaces and punctuation dropped.  Each token is
 * NFKC-casefolded with apostrophes unified, emoji are named from their
 * Unicode character names (":crying_face:"), "care.Staff" is split, e-mail
 * addresses and URLs are kept whole, and an optional variant map folds
 * text-speak and spelling variants.  docs/tokenising.md states the rules.
 */
#ifndef HARK_TOK_H
#define HARK_TOK_H

#include <stddef.h>

#include "buf.h"

struct tok;

/* tok_new() flags. */
enum {
	TOK_SENTENCES = 1, /* fill tok_token.sent (costs a second ICU pass) */
	TOK_ICU_ONLY = 2   /* never take the ASCII fast path (for the tests
	                      that check it against ICU) */
};

struct tok_token {
	size_t start, end; /* byte span in the text, end exclusive */
	size_t off, len;   /* the token's bytes: out->str.s + off, len bytes
	                      (NUL-terminated) */
	size_t sent;       /* sentence index from 0 (0 without TOK_SENTENCES) */
};

struct tok_out {
	struct buf str;       /* token bytes, each followed by a NUL */
	struct tok_token *t;  /* tokens in text order */
	size_t n, cap;
};

#define TOK_OUT_INIT { BUF_INIT, NULL, 0, 0 }

/*
 * A tokeniser for locale (an ICU locale such as "en_GB"; NULL or "" is the
 * root locale) with the variant map at variants_path (NULL for none).
 * Returns NULL and a message in err ("FILE:LINE: what is wrong" for a bad
 * map) on failure.  Free with tok_free(), which accepts NULL.
 */
struct tok *tok_new(const char *locale, const char *variants_path, int flags,
		    char *err, size_t errlen);
void tok_free(struct tok *t);

/* Switch to locale (NULL or "" = the one given to tok_new()).  Break
 * iterators are built once per locale and kept (a few locales at a time).
 * Returns 0, or -1 when ICU cannot open the locale (err says why). */
int tok_locale(struct tok *t, const char *locale, char *err, size_t errlen);

/*
 * Tokenise text[0..n) (UTF-8) into out, replacing what it held.  out's
 * memory is kept between calls, so steady use does not allocate.  Returns
 * the number of tokens, or -1 when ICU fails (err says why).
 */
long tok_run(struct tok *t, const char *text, size_t n, struct tok_out *out,
	     char *err, size_t errlen);
void tok_out_free(struct tok_out *out);

/*
 * Tokenise text[0..n) as tok_run() does, but write the tokens straight
 * into the two columns of `hark tokenise`, replacing what they held:
 * toks, the tokens separated by single spaces, and spans, START:END byte
 * offsets separated by single spaces.  No array of all the tokens is
 * made: they pass through a window of a few thousand at a time, so a
 * record's working memory is its text and the two lists.  Sentence
 * numbers are not computed.  Returns the number of tokens, or -1 when ICU
 * fails (err says why).
 */
long tok_lists(struct tok *t, const char *text, size_t n, struct buf *toks,
	       struct buf *spans, char *err, size_t errlen);

/* The raw ICU word boundaries of text[0..n) under the current locale,
 * byte offsets from 0 to n, into b[0..max); returns how many there are (if
 * more than max, only max were stored), or -1 on ICU failure.  For the
 * conformance tests (UAX #29's WordBreakTest.txt). */
long tok_boundaries(struct tok *t, const char *text, size_t n, size_t *b,
		    size_t max);

/* Append the NFKC casefold of s[0..n) with apostrophes unified (what a
 * word token becomes) to out.  Returns 0, or -1 on ICU failure. */
int tok_fold(struct tok *t, const char *s, size_t n, struct buf *out);

#endif
