/*
 * lexicon.h - the format readers and writers of hark-lexicon.
 */
#ifndef HARK_LEXICON_H
#define HARK_LEXICON_H

#include "buf.h"
#include "lex.h"

/* Read a LIWC .dic held in text[0..n) into lx; findings go to lx->msgs. */
void liwc_read(struct lex *lx, const char *path, const char *text, size_t n);
/* Write lx as a REFI-QDA codebook (.qdc). */
void qdc_write(const struct lex *lx, struct buf *out);
/* Read the whole file at path into b; -1 with errno on failure. */
int read_file(const char *path, struct buf *b);

#endif
