/*
 * lexicon.h - the format readers and writers of hark-lexicon.
 */
#ifndef HARK_LEXICON_H
#define HARK_LEXICON_H

#include "buf.h"
#include "lex.h"

/* Read a LIWC .dic held in text[0..n) into lx; findings go to lx->msgs. */
void liwc_read(struct lex *lx, const char *path, const char *text, size_t n);
/* The other readers, same contract: WordStat .cat, quanteda YAML,
 * Lexicoder .lc3 (formats-text.c) and REFI-QDA .qdc (formats-qdc.c). */
void cat_read(struct lex *lx, const char *path, const char *text, size_t n);
void yaml_read(struct lex *lx, const char *path, const char *text, size_t n);
void lc3_read(struct lex *lx, const char *path, const char *text, size_t n);
void qdc_read(struct lex *lx, const char *path, const char *text, size_t n);
/* Write lx as a REFI-QDA codebook (.qdc). */
void qdc_write(const struct lex *lx, struct buf *out);
/* The next line of text[0..n) from *pos (a BOM skipped; CR, LF or CRLF
 * ends it): *s and *len, without the line end.  Returns 0 at the end. */
int next_line(const char *text, size_t n, size_t *pos, const char **s,
	      size_t *len);
/* 1 when s[0..n) is valid UTF-8 without NUL; else 0 and an error added. */
int line_ok(struct lex *lx, int file, unsigned long line, const char *s,
	    size_t n);
/* The code for category raw[0..n) under parent (or -1): its name made
 * valid (other bytes become `_`; the original is the label), merged with
 * a warning when the file has it already.  Returns its index. */
int conv_code(struct lex *lx, int parent, const char *raw, size_t n,
	      int file, unsigned long line);
#endif
