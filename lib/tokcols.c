/*
 * tokcols.c - the token columns (see tokcols.h): the locale a record's
 * `lang` names, and the `tokenised_with` settings.  The columns themselves
 * are written by tok_lists() (lib/tok.c).
 */
#include <stdio.h>
#include <string.h>

#include "err.h"
#include "settings.h"
#include "tokcols.h"
#include "banned.h"

int
tokcols_locale(struct tok *t, struct str v, char *err, size_t errlen)
{
	char lang[40];
	size_t i, ok = v.n > 0 && v.n <= 32;

	for (i = 0; ok && i < v.n; i++) {
		char c = v.p[i];

		ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '_' || c == '-';
	}
	lang[0] = '\0';
	if (ok) { /* per record: a copy, not snprintf (2% of tag) */
		memcpy(lang, v.p, v.n);
		lang[v.n] = '\0';
	}
	return tok_locale(t, lang, err, errlen);
}

int
tokcols_settings(struct buf *out, const char *locale, int langcol,
		 const char *variants, char *err, size_t errlen)
{
	char fp[SETTINGS_FP_LEN + 1];

	buf_reset(out);
	settings_add(out, "locale", locale && *locale ? locale :
	    langcol >= 0 ? "lang" : "root");
	if (variants == NULL) {
		settings_add(out, "variants", "none");
	} else {
		if (settings_fingerprint(variants, fp, err, errlen) < 0)
			return -1;
		buf_adds(out, " variants=");
		settings_add_file(out, variants, fp, 0);
	}
	return 0;
}

/* tokcols.h says what; no white space in half a megabyte is the case where
 * only a character boundary is left. */
size_t
tokcols_part_end(struct str text, size_t off)
{
	size_t e = off + TOKCOLS_PART, i, ws = 0;

	if (text.n - off <= TOKCOLS_PART)
		return text.n;
	for (i = e; i > off + TOKCOLS_PART / 2; i--) {
		char c = text.p[i];

		if (c == ' ' || c == '\n' || c == '\t') {
			if (strchr(".!?", text.p[i - 1]))
				return i;
			if (!ws)
				ws = i;
		}
	}
	if (ws)
		return ws;
	while (e > off + 1 && ((unsigned char)text.p[e] & 0xC0) == 0x80)
		e--;
	return e;
}
