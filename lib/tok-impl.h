/*
 * tok-impl.h - what the tokeniser's files share, for lib/tok*.c only.
 * tok.c holds the locales, folding and tok_run(); tok-variants.c the
 * variant map; tok-ranges.c e-mail addresses and URLs; tok-emit.c turns
 * segments into tokens; tok-ascii.c is the ASCII fast path.
 */
#ifndef HARK_TOK_IMPL_H
#define HARK_TOK_IMPL_H

#include <stddef.h>
#include <stdint.h>

#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/utext.h>

#include "buf.h"
#include "tok.h"

#define NLOC 8 /* locales whose iterators are kept at once */

struct loc {
	char name[64];
	UBreakIterator *word, *sent;
	int fast; /* same word rules as root: the ASCII fast path applies */
};

struct var {
	uint32_t hash;
	uint32_t koff, klen, voff, vlen; /* into vstr */
};

struct range {
	size_t a, b;
};

struct tok {
	int flags;
	char deflocale[64];
	struct loc loc[NLOC];
	int cur, next; /* current locale slot; slot to replace next */
	const UNormalizer2 *nfkc_cf;
	uint8_t *rootrules; /* root's compiled word rules, to compare */
	int32_t nrootrules;
	UText ut;
	UText utc;  /* a stretch of the text with non-ASCII in it */
	UChar *u16, *u16b;
	size_t ucap, ubcap;
	/* the variant map: open addressing, keys and values in vstr */
	struct var *vtab;
	size_t vcap, nvar;
	struct buf vstr;
	/* a filter before the lookup: bit (c & 63) of vfirst[len] is set
	 * when some variant of len bytes (31 for 31 or more) starts with byte
	 * c, of vlast[len] when one ends with it (tok_var_maybe) */
	uint64_t vfirst[32], vlast[32];
	/* protected ranges (e-mail addresses, URLs) of the current text */
	struct range *rg;
	size_t nrg, rgcap;
	/* tok_lists()'s window of tokens, kept between calls */
	struct tok_out win;
};

static inline int
tok_isalnum_a(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/* tok.c: a message into err (which may be NULL). */
void tok_seterr(char *err, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* tok-variants.c: the map's hash; the slot of key k[0..n) with hash h
 * (an empty slot when absent; NULL when the map is empty); read the map
 * at path (0, or -1 with "FILE:LINE: what" in err). */
uint32_t tok_var_hash(const char *s, size_t n);
struct var *tok_var_find(const struct tok *t, const char *k, size_t n,
			 uint32_t h);
int tok_var_load(struct tok *t, const char *path, char *err, size_t errlen);

/* 0 when the folded word k[0..n) (n > 0) cannot be in the variant map:
 * most words are settled here, without hashing. */
static inline int
tok_var_maybe(const struct tok *t, const char *k, size_t n)
{
	size_t l = n < 31 ? n : 31;

	return (t->vfirst[l] >> ((unsigned char)k[0] & 63) & 1) &&
	    (t->vlast[l] >> ((unsigned char)k[n - 1] & 63) & 1);
}

/* tok-ranges.c: the e-mail addresses and URLs of s[0..n) into t->rg. */
void tok_ranges_find(struct tok *t, const char *s, size_t n);

/* tok-emit.c: emit the tokens of segment s[a..b) with ICU rule status rs
 * (r: the next range to look at; segments before *skip are to be
 * skipped); fill the sentence numbers of out. */
int tok_segment(struct tok *t, struct tok_out *out, const char *s, size_t a,
		size_t b, int32_t rs, size_t *r, size_t *skip);
void tok_sentences(struct tok *t, struct tok_out *out);

/* tok-ascii.c: whether s[0..n) is ASCII; the end of the ICU word segment
 * of ASCII text starting at s[i], with its rule status in *rs. */
int tok_ascii_only(const char *s, size_t n);
size_t tok_ascii_next(const char *s, size_t n, size_t i, int32_t *rs);

#endif
