/*
 * stemmer.h - Snowball stemmers (libstemmer), wrapped once for every stage.
 *
 * One object holds a stemmer per language, made when the language is
 * first named, and a bounded cache of the stems already computed, so that
 * each distinct token of a corpus is stemmed about once.  `hark stem`
 * writes the `stems` column with it; `hark tag` stems tokens with it when
 * the stream has no `stems` column.
 */
#ifndef HARK_STEMMER_H
#define HARK_STEMMER_H

#include <stddef.h>

#include "buf.h"
#include "rec.h"

struct stemmer;

/* A new set of stemmers; free with stemmer_free() (accepts NULL). */
struct stemmer *stemmer_new(void);
void stemmer_free(struct stemmer *s);

/*
 * The language named v[0..n) ("en", "en_GB", "english", "porter": ISO 639
 * codes and Snowball names; a region is ignored; case folded): its number,
 * from 0.  A language libstemmer does not know still gets a number (its
 * tokens pass through unchanged); see stemmer_known().  At most 64
 * languages are kept; past that the last slot is reused.
 */
int stemmer_lang(struct stemmer *s, const char *v, size_t n);
/* Does language l have a stemmer? */
int stemmer_known(const struct stemmer *s, int l);
/* The language's name as folded ("" when none was given): borrowed. */
const char *stemmer_name(const struct stemmer *s, int l);

/* Append the stem of token t[0..n) in language l to out: the token itself
 * when l has no stemmer, it is an emoji name (":crying_face:"), or the
 * stemmer gives nothing. */
void stemmer_stem(struct stemmer *s, int l, const char *t, size_t n,
		  struct buf *out);
/* Replace out with the stems of the space-separated tokens v, one per
 * token, space-separated. */
void stemmer_list(struct stemmer *s, int l, struct str v, struct buf *out);

#endif
