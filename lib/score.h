/*
 * score.h - score one record against a lexicon's weighted codes.
 *
 * A weighted code (lib/lex-weight.c) is a linear model: a record has it
 * when its intercept plus the weights of its distinct patterns found in
 * the record (each counted once, however often it occurs) reaches its
 * threshold.  score_run() finds words, phrases and stems by hash lookups
 * per token (no matching rules, no negation: the model learned from the
 * words as they stand), and gives a code that passes one tag per
 * occurrence of each pattern with a positive weight: the tokens that
 * pushed it over.  Codes that are not weighted are left to match.h.
 */
#ifndef HARK_SCORE_H
#define HARK_SCORE_H

#include <stddef.h>

#include "lex.h"
#include "match.h"

struct score;

/* Compile lx's weighted patterns (lx must outlive it).  Returns NULL when
 * lx has no weighted code. */
struct score *score_new(const struct lex *lx);
void score_free(struct score *s);
/* Whether a stem pattern needs the `stems` of the tokens. */
int score_needs_stems(const struct score *s);
/* Score one record; *tags (borrowed, valid until the next call) receives
 * the tags of the codes that pass, in token order (first, last, code).
 * Returns how many.  When scores is not NULL, scores[c] receives code c's
 * score (weighted codes only). */
size_t score_run(struct score *s, const struct match_rec *in,
		 const struct match_tag **tags, double *scores);

#endif
