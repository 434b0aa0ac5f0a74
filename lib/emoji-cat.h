/*
 * emoji-cat.h - emoji categories (all crying faces, all hearts ...) for
 * lexicon patterns such as `emoji:crying`.
 *
 * `hark tokenise` names an emoji token by the Unicode names of its
 * pictographs (`:loudly_crying_face:`, a ZWJ family `:man_woman_girl:`, a
 * flag `:flag_gb:`).  A category is a rule over the words of that name
 * (split at `_` and `-`): any of its words present and none of its
 * exclusions, so a new emoji whose name says `crying` joins `crying`
 * without a table update.  The rules are in emoji-cat.c; the list and
 * the members the tokeniser names are in docs/lexicon-format.md.
 */
#ifndef HARK_EMOJI_CAT_H
#define HARK_EMOJI_CAT_H

#include <stddef.h>
#include <stdint.h>

/* Number of categories (at most 32). */
size_t emoji_cat_count(void);
/* Name of category i ("hearts"). */
const char *emoji_cat_name(size_t i);
/* Index of the category named s[0..n), or -1. */
int emoji_cat_find(const char *s, size_t n);
/* The categories of emoji token s[0..n) (":NAME:") as a bit set (bit i
 * for category i); 0 for a token that is not an emoji name. */
uint32_t emoji_cat_of(const char *s, size_t n);

#endif
