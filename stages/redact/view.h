/*
 * view.h - the text as hark-redact's detectors see it.
 *
 * People type and paste identifiers in forms the patterns would not match
 * byte for byte: fullwidth digits and at signs, no-break and other Unicode
 * spaces, en dashes and minus signs, zero-width spaces, soft hyphens and
 * bidirectional controls inside a number.  The view is the text with each
 * code point folded once: Default_Ignorable code points dropped (they are
 * transparent), space separators as ' ', line and paragraph separators as
 * '\n', dashes and the minus sign as '-', curly quotes as ' and ", and
 * otherwise the code point's NFKC form (fullwidth '９' as '9', '＠' as '@').
 * Each byte of the view remembers where its code point starts in the
 * original text, so a finding in the view maps back to the original bytes,
 * controls inside it included.  A text of ASCII only is its own view.
 */
#ifndef HARK_REDACT_VIEW_H
#define HARK_REDACT_VIEW_H

#include <stddef.h>
#include <stdint.h>

struct fold_slot;

struct view {
	char *s;             /* the view, when it differs from the text */
	uint32_t *map;       /* map[k]: original offset of view byte k's code
	                        point; map[n] = the original length */
	size_t n, cap;
	struct fold_slot *cache; /* folded code points, direct-mapped */
	const void *nfkc;    /* ICU's NFKC normaliser */
};

/* Make v ready (zeroed v).  Returns 0, or -1 with a message in err when
 * ICU's data cannot be loaded. */
int view_init(struct view *v, char *err, size_t errlen);
void view_free(struct view *v);

/*
 * The view of t[0..n).  Returns the view's text and sets *vn; when the
 * text is its own view (ASCII, nothing to fold) returns t and v->map is
 * not used: view_orig_* then return their argument.
 */
const char *view_make(struct view *v, const char *t, size_t n, size_t *vn,
		      int *ident);

/* Original span of view span [a, b): start of the code point of byte a,
 * end of the code point of byte b - 1.  t is the original text. */
size_t view_orig_start(const struct view *v, size_t a);
size_t view_orig_end(const struct view *v, const char *t, size_t b);

/* Fold one code point (for the tests): its folded UTF-8 in out (up to 12
 * bytes), the length returned; 0 means dropped. */
size_t view_fold(struct view *v, uint32_t cp, char out[12]);

#endif
