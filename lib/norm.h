/*
 * norm.h - the normaliser behind hark-normalise.
 *
 * Unicode NFC or NFKC (ICU), with optional clean-up: C0/C1 controls other
 * than LF and TAB and the bidirectional embedding, override and isolate
 * controls removed, line breaks and runs of white space unified, curly
 * quotes and dashes made plain, and UTF-8 that was read as Windows-1252
 * ("Iâ€™m" for "I’m") repaired.  Emoji sequences pass untouched.
 */
#ifndef HARK_NORM_H
#define HARK_NORM_H

#include <stddef.h>

#include "buf.h"

struct norm;

enum { NORM_NFC = 0, NORM_NFKC = 1 };

/* norm_new() flags. */
enum {
	NORM_CLEAN = 1,    /* controls, bidi controls, line breaks, spaces */
	NORM_QUOTES = 2,   /* curly quotes and apostrophes, dashes */
	NORM_MOJIBAKE = 4  /* repair UTF-8 read as Windows-1252 */
};

/* A normaliser for form (NORM_NFC or NORM_NFKC) doing what flags say.
 * Returns NULL with a message in err when ICU's data cannot be loaded. */
struct norm *norm_new(int form, int flags, char *err, size_t errlen);
void norm_free(struct norm *nm); /* accepts NULL */

/*
 * Normalise s[0..n) (well-formed UTF-8) onto out (replacing its contents).
 * Returns the number of mojibake sequences repaired (0 without
 * NORM_MOJIBAKE), or -1 when ICU fails.
 */
long norm_run(struct norm *nm, const char *s, size_t n, struct buf *out);

#endif
