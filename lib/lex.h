/*
 * lex.h - lexicons (codebooks): loading, checking, writing.
 *
 * A lexicon is a plain UTF-8 text file of hierarchical codes, each with a
 * label, a description and patterns, plus the context words (negators,
 * hedges, clause breaks) that tagging uses; docs/lexicon-format.md is its
 * definition.  lex_load() parses one file into a struct lex (several files
 * may be loaded into one), normalising every pattern with the tokeniser so
 * that a pattern matches exactly what `hark tokenise` produces.  Findings
 * (errors and warnings, each with FILE:LINE) are kept in the struct for the
 * caller to print.  Matching lives in match.h.  The code: lex.c (the
 * object, codes, findings), lex-load.c (the line format), lex-pattern.c
 * (one pattern), lex-write.c (the canonical layout).
 */
#ifndef HARK_LEX_H
#define HARK_LEX_H

#include <stddef.h>

#include "buf.h"
#include "hash.h"

struct tok;

/* Kinds of one element of a token pattern. */
enum {
	LEX_WORD,  /* an exact (folded) token */
	LEX_GLOB,  /* a token matched by a glob: * any run, ? one character */
	LEX_ANY,   /* a lone `*` inside a phrase: any one token */
	LEX_STEM,  /* matched against the `stems` column */
	/* Codebook features (docs/lexicon-format.md "Word forms"): */
	LEX_FORM,  /* a plain word: any token with the same Snowball stem
	              (the default; `=word` is LEX_WORD) */
	LEX_ECAT   /* an emoji category (`emoji:hearts`): s is its name */
};

/* Kinds of pattern. */
enum {
	LEX_TOKENS,   /* a sequence of elements (word, glob, stem, phrase) */
	LEX_REGEX,    /* a PCRE2 expression over `text` */
	LEX_NEAR,     /* A NEAR/n B: both in one sentence, at most n tokens
	                 apart */
	LEX_AFTER,    /* A AFTER B: A with B earlier in the same sentence */
	LEX_NOTAFTER  /* A NOT AFTER B: A with no B earlier in the sentence */
};

/* Pseudo-codes of the context words (pattern.code < 0). */
enum {
	LEX_NEGATOR = -1,
	LEX_HEDGE = -2,
	LEX_BREAK = -3,
	LEX_PART = -4,  /* one side of a proximity rule (not a tag itself) */
	/* Sense controls and negation (docs/tagging.md): */
	LEX_EXCEPT = -5,  /* an exception: blocks the matches it overlaps of
	                     pattern.owner (and its descendants), or of every
	                     code when owner is -1 */
	LEX_POSTNEG = -6, /* a negator that follows the term (`not really`) */
	LEX_PSEUDO = -7,  /* a pseudo-negation (`no doubt`): not a negator */
	LEX_PERSON1 = -8, /* first-person words (`i`, `my`): voice cues */
	LEX_PERSON3 = -9, /* third-person words (`he`, `yp`): voice cues */
	LEX_CONCORD = -10, /* a negator of negative concord (`don't never`):
	                      close after another, it does not negate again */
	LEX_ELLIPSIS = -11 /* a contrast that leaves its predicate out
	                      (`but not`): denies the polar match before it */
};

/* The directive of each context kind, indexed by -kind - 1 ("" for the
 * kinds that are not written as directives: LEX_PART, LEX_EXCEPT). */
#define LEX_NCONTEXT (-LEX_ELLIPSIS) /* the last kind */
extern const char *const lex_context_names[LEX_NCONTEXT];

/* What a negated match of a code does (lex_code.cb.negmode). */
enum {
	LEX_NEG_DEFAULT, /* flip when the code has a polarity, else count */
	LEX_NEG_COUNT,   /* count for the code, as negated */
	LEX_NEG_DROP,    /* not counted */
	LEX_NEG_FLIP     /* count, not negated, for the polarity code */
};

struct lex_elem {
	int kind;    /* LEX_WORD ... */
	char *s;     /* folded text (for LEX_STEM the folded word) */
};

struct lex_pat {
	int code;          /* index into codes, or a pseudo-code */
	int kind;          /* LEX_TOKENS ... */
	int lang;          /* context words: index into langs; else -1 */
	size_t e0, ne;     /* LEX_TOKENS: elements elems[e0..e0+ne) */
	int a, b;          /* proximity: the patterns of A and B (LEX_PART) */
	int dist;          /* LEX_NEAR: most tokens between A and B */
	char *src;         /* the pattern as written */
	char *key;         /* normalised form, for duplicate checks */
	int owner;         /* LEX_EXCEPT: the code it blocks, or -1 */
	int nalt_a, nalt_b; /* proximity: alternatives `(x|y)` of A and B,
	                      patterns a..a+nalt_a-1 and b..b+nalt_b-1 */
	int file;          /* index into files */
	unsigned long line;
};

struct lex_code {
	char *name;        /* "safety/unsafe" */
	char *label;       /* "" when none */
	char *desc;        /* "" when none */
	int parent;        /* index of the parent code, or -1 */
	int polarity;      /* negated matches count for this code, or -1 */
	char *polname;     /* polarity target as written, until resolved */
	int level;         /* 1 for "safety", 2 for "safety/unsafe" ... */
	int implicit;      /* made as the parent of a declared code */
	size_t npats;      /* patterns declared under it */
	struct lex_codebook {
		char *incl;    /* inclusion criteria ("" when none) */
		char *excl;    /* exclusion criteria */
		char *typical; /* typical examples, one a line ('\n') */
		char *border;  /* borderline examples, one a line */
		int negmode;   /* LEX_NEG_... (`negated:`) */
		int passing;   /* `passing: N`: in a third-person record, the
		                  code's tags count only when there are N */
		int nexcept;   /* exceptions (`except:`) under it */
	} cb;
	int file;
	unsigned long line, polline;
	/* A weighted code (lex-weight.c): scored, not matched. */
	int weighted;      /* has an intercept, threshold or weight line */
	double intercept, threshold;
};

/* A weighted pattern of a weighted code: a word, a phrase of words, or
 * stem:WORD (docs/lexicon-format.md, "Weighted codes"). */
struct lex_wpat {
	int code;
	int stem;          /* 1: stem:WORD, key the folded word */
	char *key;         /* folded tokens joined by single spaces */
	size_t ntok;
	double weight;
	char *src;         /* as written */
	int file;
	unsigned long line;
};

/* A finding of the loader or the checker. */
struct lex_msg {
	int error;         /* 1 error, 0 warning */
	int loud;          /* a warning lex_report() prints even when it
	                      leaves warnings out: a pattern that can never
	                      match, in a lexicon loaded without strict */
	int file;
	unsigned long line;
	char *text;
};

struct lex {
	char **files;      /* paths as given */
	char **names;      /* per file: its `lexicon` name (or the base name) */
	char **versions;   /* per file: its `version`, or "" */
	size_t nfiles;
	struct lex_code *codes;
	size_t ncodes, capcodes;
	struct hash codeix; /* code name -> index */
	struct lex_pat *pats;
	size_t npats, cappats;
	struct lex_elem *elems;
	size_t nelems, capelems;
	char (*langs)[16]; /* languages of the context words, first = default */
	size_t nlangs;
	int window;        /* negation and hedge window in tokens */
	int nregex, nstem; /* patterns of those kinds (codes only) */
	int nform, necat;  /* elements matched by stem and emoji category */
	struct lex_wpat *wpats; /* weighted patterns (lex-weight.c) */
	size_t nwpats, capwpats;
	struct lex_msg *msgs;
	size_t nmsgs, capmsgs;
	size_t nerrors;
	int nocheck;       /* skip the tokeniser checks (converters) */
	int strict;        /* a pattern that can never match is an error
	                      (`hark lexicon check`); else a loud warning and
	                      the pattern is left out (`hark tag`) */
};

/* An empty lexicon (window 4). */
void lex_init(struct lex *lx);
void lex_free(struct lex *lx);

/*
 * Where the lexicon called name is (lex-find.c; docs/lexicon-format.md,
 * "Finding a lexicon"): a file, or a name holding a '/', is a path used as
 * given; otherwise NAME, NAME.lex or NAME/NAME.lex in each folder of
 * $HARK_LEXICONS, then the installed share folder, then the source tree's
 * lexicons/ when running from the build tree.  Returns 0 with the path in
 * path, or -1 with a message naming every place looked in in why.
 * Every stage that takes a lexicon by name calls lex_find_or_exit(), which
 * returns the path (name itself, or a string kept until exit) or ends the
 * program (status 2) with that message.
 */
int lex_find(const char *name, struct buf *path, struct buf *why);
const char *lex_find_or_exit(const char *name);

/*
 * Leave out of paths[0..n) every lexicon that is the same file as one
 * before it (-l NAME and -l PATH of the same lexicon, or one typed twice,
 * as scripts that build the list do): each named in a note on stderr,
 * read once.  Returns the number left.  A path that cannot be examined
 * stays (loading it will say why).
 */
size_t lex_unique(const char **paths, size_t n);

/*
 * Load the file at path (native format) into lx, normalising patterns with
 * t (which may be NULL: patterns are then only split at spaces and
 * lower-cased in ASCII; the converters use that).  Returns 0, or -1 when
 * the file cannot be read (a message in lx->msgs).  Syntax errors are
 * added to lx->msgs with error set and counted in lx->nerrors; the
 * caller decides.  Call lex_finish() after the last file.
 */
int lex_load(struct lex *lx, const char *path, struct tok *t);
/* Load from memory: text[0..n), named path in messages. */
int lex_load_mem(struct lex *lx, const char *path, const char *text,
		 size_t n, struct tok *t);
/* The next line of text[0..n) from *pos (a BOM at 0 skipped; CR, LF or
 * CRLF ends it): *s and *len, without the line end; *pos moves past it.
 * Returns 0 at the end.  Every reader of lexicon-like files uses it. */
int lex_next_line(const char *text, size_t n, size_t *pos, const char **s,
		  size_t *len);
/* 1 when s[0..n) is valid UTF-8 without NUL; else 0 and an error added. */
int lex_line_ok(struct lex *lx, int file, unsigned long line, const char *s,
		size_t n);
/* Resolve polarity targets and check across files (duplicates, a pattern
 * under two codes, codes without a description). */
void lex_finish(struct lex *lx);
/* Print lx's messages as "hark-STAGE: FILE:LINE: ..." on stderr: the
 * errors and loud warnings, and with warnings also the other warnings
 * ("warning: ..."); for the stages' use, like rec_report().  Returns the
 * number of errors. */
size_t lex_report(const struct lex *lx, int warnings);

/* Add a code (the parents are made when missing); returns its index.
 * label and desc may be NULL. */
int lex_add_code(struct lex *lx, const char *name, const char *label,
		 const char *desc, int file, unsigned long line);
/* Add a pattern as written under code (or a pseudo-code), normalising it
 * with t as lex_load() does.  Returns its index or -1 (message added). */
int lex_add_pattern(struct lex *lx, int code, const char *src,
		    struct tok *t, int file, unsigned long line);
/* Add a file name (for messages); returns its index. */
int lex_add_file(struct lex *lx, const char *path);
/* Record a finding. */
void lex_msgf(struct lex *lx, int error, int file, unsigned long line,
	      const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Index of code name[0..n), or -1. */
int lex_code(const struct lex *lx, const char *name, size_t n);
/* The ancestor of code c at level (c itself when its level is lower). */
int lex_ancestor(const struct lex *lx, int c, int level);
/* 1 when name[0..n) is a valid code name (ASCII letters, digits, _ . - and
 * / between non-empty levels). */
int lex_valid_name(const char *name, size_t n);
/* Index of context language lang[0..n) (its primary subtag), or -1. */
int lex_lang(const struct lex *lx, const char *lang, size_t n);

/*
 * A glob word w[0..n) that the tokeniser splits (`fair-*`: tokenise makes
 * `fair` `minded` of `fair-minded`) as the phrase of its parts, each the
 * bytes of w that one token covers, a part that is only `*` written `?*`
 * (any one token): `fair ?*`.  Writes it onto out and returns 1; returns 0
 * (out unchanged) when w is one token, or when the tokeniser makes fewer
 * than two parts of it.
 */
int lex_split_glob(struct tok *t, const char *w, size_t n, struct buf *out);

/* The codebook side (lex-codebook.c).  An indented `NAME: VALUE` line
 * s of code (inclusion, exclusion, example, borderline, negated, passing,
 * except): returns 1 when it is one of them (handled, findings added).  A
 * margin line w rest (`except PATTERN`): 1 when handled. */
int lex_codebook_field(struct lex *lx, int code, const char *s,
		       struct tok *t, int file, unsigned long line);
int lex_codebook_directive(struct lex *lx, const char *w, const char *rest,
			   struct tok *t, int file, unsigned long line);
void lex_codebook_free(struct lex_code *c);
/* Write code's codebook fields and exceptions (native format lines). */
void lex_codebook_write(const struct lex *lx, int code, struct buf *out);
/* What a negated match of code does: LEX_NEG_COUNT, _DROP or _FLIP. */
int lex_negmode(const struct lex *lx, int code);
/* `hark lexicon check`'s codebook lint (warnings): a pattern that other
 * codes' criteria name and its own code's do not; a common or many-sensed
 * single word or a bare number under a code without a sense control;
 * codes without criteria in a codebook that gives some. */
void lex_lint_codebook(struct lex *lx);
/*
 * Weighted codes (lex-weight.c).  lex_weight_line() reads an indented line
 * of code `intercept: W`, `threshold: T` or `weight: W PATTERN` and returns
 * 1 (a mistake is added to lx->msgs), or returns 0 when s is none of them.
 * lex_weight_finish() checks what spans lines (lex_finish() calls it);
 * lex_weight_free() frees the patterns (lex_free() calls it);
 * lex_weight_write() writes code's weighted lines onto out.
 */
int lex_weight_line(struct lex *lx, int code, const char *s, struct tok *t,
		    int file, unsigned long line);
void lex_weight_finish(struct lex *lx);
void lex_weight_free(struct lex *lx);
void lex_weight_write(const struct lex *lx, size_t code, struct buf *out);

/* Write lx in the native format (one file's worth: codes and patterns in
 * order, context words) onto out. */
void lex_write_native(const struct lex *lx, struct buf *out);

#endif
