/*
 * tokcols.h - the token columns (`tokens`, `spans`, `tokenised_with`),
 * made the same way by every stage that tokenises: `tokenise` writes them,
 * `tag` makes them in memory when the stream has none.
 */
#ifndef HARK_TOKCOLS_H
#define HARK_TOKCOLS_H

#include <stddef.h>

#include "buf.h"
#include "rec.h"
#include "tok.h"

/* Switch t to the locale a record's `lang` value names (letters, digits,
 * '_' and '-', at most 32 bytes; anything else, or empty, is the locale
 * given to tok_new()).  Returns 0, or -1 when ICU cannot open it (err says
 * why; t then uses the root locale's rules). */
int tokcols_locale(struct tok *t, struct str lang, char *err, size_t errlen);

/*
 * The `tokenised_with` value for a run with the given locale (NULL: each
 * record's `lang`, when langcol is set, else the root locale) and variant
 * map (NULL for none), onto out.  Returns 0, or -1 when the map cannot be
 * read (err says why).
 */
int tokcols_settings(struct buf *out, const char *locale, int langcol,
		     const char *variants, char *err, size_t errlen);

/*
 * Where the part of text to tokenise next ends, from off: all of it when
 * short; else up to a sentence end (., ! or ? then white space) or failing
 * that white space, at most TOKCOLS_PART bytes on, so that no token is cut;
 * failing both, a UTF-8 character boundary.  `tag` tokenises a long text in
 * these parts (so memory stays a small multiple of the record), and every
 * stage that must find tag's tokens again cuts the text the same way.
 */
#define TOKCOLS_PART (1u << 20)
size_t tokcols_part_end(struct str text, size_t off);

#endif
