/*
 * lists.h - the list-valued columns of the stream, parsed in one place.
 *
 * docs/record-format.md defines them: entries separated by single spaces
 * (`tokens`, `stems`), `START:END` byte spans (`spans`), tag entries
 * `CODE@FIRST-LAST` with `!` and `?` (`tags`), and `NAME=COUNT` entries
 * (`themes`, `redactions`).  Every parser checks what it reads against the
 * columns it refers to and says what is wrong in a phrase for a message.
 */
#ifndef HARK_LISTS_H
#define HARK_LISTS_H

#include <stddef.h>

#include "rec.h"

/* A growable array of entries, kept between records. */
struct list {
	struct str *v;
	size_t n, cap;
};

/* Split the space-separated list f into l (entries point into f).  Returns
 * NULL, or what is wrong (an empty entry: two spaces together or one at an
 * end). */
const char *list_split(struct str f, struct list *l);

/* Byte spans of tokens, parsed from `spans`. */
struct list_spans {
	size_t *start, *end;
	size_t n, cap;
};

/*
 * Parse `spans` for ntok tokens over text: each START:END inside text, not
 * empty, on UTF-8 character boundaries, in order and not overlapping
 * (a span may repeat the one before: a variant that became several tokens).
 * Returns NULL, or what is wrong.
 */
const char *list_spans(struct str f, size_t ntok, struct str text,
		       struct list_spans *s);
void list_spans_free(struct list_spans *s);

/* One entry of `tags`. */
struct list_tag {
	struct str code;   /* CODE */
	size_t first, last; /* token indices, inclusive */
	int negated, uncertain;
};

/* Parse the tag entry p[0..n).  ntok is the number of tokens the indices
 * refer to, or (size_t)-1 when unknown.  Returns NULL, or what is wrong. */
const char *list_tag(const char *p, size_t n, size_t ntok, struct list_tag *t);

/* Parse the NAME=COUNT entry p[0..n) (COUNT a whole number).  Returns NULL,
 * or what is wrong. */
const char *list_count(const char *p, size_t n, struct str *name,
		       unsigned long long *count);

/* Parse a code-list entry p[0..n): NAME or NAME=COUNT (a `codes` or
 * `themes` column; COUNT 0 means absent), the name checked as a code name
 * (lex_valid_name).  Returns NULL, or what is wrong. */
const char *list_code(const char *p, size_t n, struct str *name,
		      unsigned long long *count);

void list_free(struct list *l);

#endif
