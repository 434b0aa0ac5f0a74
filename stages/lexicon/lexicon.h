/*
 * lexicon.h - the format readers and writers of hark-lexicon, and what
 * they share (formats-common.c).
 *
 * Every reader takes a whole file held in memory, text[0..n), and adds
 * its codes and patterns to lx with FILE:LINE findings in lx->msgs: an
 * error for what it cannot read, a warning for what it read but cannot
 * carry over.  t is the tokeniser that globs such as `fair-*` are split
 * with (see conv_pattern()); NULL leaves them as written.
 */
#ifndef HARK_LEXICON_H
#define HARK_LEXICON_H

#include "buf.h"
#include "lex.h"

struct tok;

/* LIWC .dic (formats-dic.c). */
void liwc_read(struct lex *lx, const char *path, const char *text, size_t n,
	       struct tok *t);
/* WordStat .cat (formats-cat.c). */
void cat_read(struct lex *lx, const char *path, const char *text, size_t n,
	      struct tok *t);
/* quanteda YAML (formats-yaml.c). */
void yaml_read(struct lex *lx, const char *path, const char *text, size_t n,
	       struct tok *t);
/* Lexicoder .lc3 (formats-lc3.c). */
void lc3_read(struct lex *lx, const char *path, const char *text, size_t n,
	      struct tok *t);
/* REFI-QDA .qdc (formats-qdc.c); its patterns are in the native syntax,
 * so t is not used. */
void qdc_read(struct lex *lx, const char *path, const char *text, size_t n,
	      struct tok *t);
/* Write lx as a REFI-QDA codebook (formats-qdc-write.c). */
void qdc_write(const struct lex *lx, struct buf *out);

/* The code for category raw[0..n) under parent (or -1): its name made
 * valid (other bytes become `_`; the original is the label), merged with
 * a warning when the file has it already.  Returns its index. */
int conv_code(struct lex *lx, int parent, const char *raw, size_t n,
	      int file, unsigned long line);
/* A valid code name made of s: bytes a code name cannot hold become `_`.
 * Allocated. */
char *conv_name(const char *s);
/*
 * Add the foreign entry p[0..n) as a pattern of code: lower-cased in ASCII
 * (so that entries in capitals cannot read as the native operators NEAR,
 * AFTER and NOT; with keep_near a NEAR/n word stays an operator), each
 * glob word that tokenise splits made a phrase with lex_split_glob() and
 * a warning.  An entry that would read as a regular expression is
 * reported, not added.
 */
void conv_pattern(struct lex *lx, int code, const char *p, size_t n,
		  int keep_near, struct tok *t, int file, unsigned long line);
/* The blanks (spaces and tabs) around s[0..n): sets *b to the first byte
 * after the leading ones and returns the end of the rest, never less than
 * *b (a line of blanks gives *b == the return). */
size_t conv_trim(const char *s, size_t n, size_t *b);

/* The lines of a file that hold something, for the line-based readers:
 * conv_lines_init() (which adds the file to lx), then conv_next_line()
 * until it returns 0.  Lines of blanks are skipped, and so are lines that
 * are not valid UTF-8 or hold a NUL (an error added for each). */
struct conv_lines {
	struct lex *lx;
	const char *text;
	size_t n, pos;
	int file;
	unsigned long line;  /* the line's number */
	const char *s;       /* the line, without its line end */
	size_t b, e;         /* s[b..e): without the blanks around it; b < e */
};
void conv_lines_init(struct conv_lines *r, struct lex *lx, const char *path,
		     const char *text, size_t n);
int conv_next_line(struct conv_lines *r);
#endif
