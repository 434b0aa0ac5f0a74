/*
 * tokcols.c - the token columns (see tokcols.h).  The formatting loop runs
 * once per token of a corpus, so it writes into room made once per record
 * instead of calling a helper per byte.
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
	if (ok)
		snprintf(lang, sizeof lang, "%.*s", (int)v.n, v.p);
	return tok_locale(t, lang, err, errlen);
}

/* Append v in decimal at p; returns the end. */
static char *
put_u(char *p, size_t v)
{
	char d[24];
	int n = 0;

	do
		d[n++] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	while (n)
		*p++ = d[--n];
	return p;
}

void
tokcols_format(const struct tok_out *out, size_t textlen, struct buf *toks,
	       struct buf *spans)
{
	char *tp, *sp;
	size_t i, nd;

	buf_reset(toks);
	buf_reset(spans);
	buf_grow(toks, xadd(out->str.len, out->n) + 1);
	for (i = 1, nd = 1; i <= textlen / 10; i *= 10)
		nd++; /* digits of the largest offset */
	buf_grow(spans, xmul(out->n, 2 * nd + 2) + 1);
	tp = toks->s;
	sp = spans->s;
	for (i = 0; i < out->n; i++) {
		if (i) {
			*tp++ = ' ';
			*sp++ = ' ';
		}
		memcpy(tp, out->str.s + out->t[i].off, out->t[i].len);
		tp += out->t[i].len;
		sp = put_u(sp, out->t[i].start);
		*sp++ = ':';
		sp = put_u(sp, out->t[i].end);
	}
	toks->len = (size_t)(tp - toks->s); /* buf_grow() made the room */
	toks->s[toks->len] = '\0';
	spans->len = (size_t)(sp - spans->s);
	spans->s[spans->len] = '\0';
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
