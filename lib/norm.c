/*
 * norm.c - Unicode normalisation and clean-up of the voice text.
 *
 * One pass over the code points does the clean-up (mojibake repair first,
 * into a scratch buffer, then controls, line breaks, spaces and quotes);
 * ICU then normalises to NFC or NFKC.  Pure ASCII is already in both
 * forms, and most non-ASCII text is too: ICU's quick check finds the
 * prefix that needs nothing, so only the rest is normalised.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "err.h"
#include "norm.h"
#include "utf8.h"
#include "banned.h"

struct norm {
	int flags, nfc;
	const UNormalizer2 *n2;
	struct buf fix, clean;
	UChar *u, *v;
	size_t ucap, vcap;
};

/* Windows-1252 bytes 0x80..0x9F as the characters they decode to (the five
 * undefined bytes decode to the C1 control of the same value). */
static const uint16_t cp1252[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178
};

struct norm *
norm_new(int form, int flags, char *err, size_t errlen)
{
	struct norm *nm = xcalloc(1, sizeof *nm);
	UErrorCode st = U_ZERO_ERROR;

	nm->flags = flags;
	nm->nfc = form != NORM_NFKC;
	nm->n2 = form == NORM_NFKC ? unorm2_getNFKCInstance(&st) :
	    unorm2_getNFCInstance(&st);
	if (U_FAILURE(st)) {
		snprintf(err, errlen, "cannot load ICU normalisation data: %s",
		    u_errorName(st));
		free(nm);
		return NULL;
	}
	buf_init(&nm->fix);
	buf_init(&nm->clean);
	return nm;
}

void
norm_free(struct norm *nm)
{
	if (nm == NULL)
		return;
	buf_free(&nm->fix);
	buf_free(&nm->clean);
	free(nm->u);
	free(nm->v);
	free(nm);
}

/* The Windows-1252 byte that decodes to cp, or -1. */
static int
cp1252_byte(uint32_t cp)
{
	int i;

	if (cp >= 0x80 && cp <= 0xFF)
		return (int)cp; /* Latin-1 and the C1 controls */
	for (i = 0; i < 32; i++)
		if (cp1252[i] == cp)
			return 0x80 + i;
	return -1;
}

/* Repair s[0..n) onto out: a character U+00C2..U+00F4 followed by the
 * characters of the continuation bytes of a well-formed UTF-8 sequence is
 * that sequence, read as Windows-1252. */
static long
unmojibake(const char *s, size_t n, struct buf *out)
{
	size_t i = 0, j, k, need;
	long fixed = 0;
	uint32_t cp, c2;
	unsigned char seq[4];
	int b;

	buf_reset(out);
	while (i < n) {
		size_t len = utf8_decode(s + i, n - i, &cp);

		if (cp < 0xC2 || cp > 0xF4) {
			buf_add(out, s + i, len);
			i += len;
			continue;
		}
		need = cp < 0xE0 ? 1 : cp < 0xF0 ? 2 : 3;
		seq[0] = (unsigned char)cp;
		for (j = i + len, k = 1; k <= need && j < n; k++) {
			j += utf8_decode(s + j, n - j, &c2);
			b = cp1252_byte(c2);
			if (b < 0x80 || b > 0xBF)
				break;
			seq[k] = (unsigned char)b;
		}
		if (k == need + 1 && utf8_check((char *)seq, need + 1) ==
		    need + 1) {
			buf_add(out, seq, need + 1);
			fixed++;
			i = j;
		} else {
			buf_add(out, s + i, len);
			i += len;
		}
	}
	return fixed;
}

enum { C_KEEP, C_DROP, C_SPACE, C_LF, C_APOS, C_QUOTE, C_DASH };

static int
classify(uint32_t cp, int quotes)
{
	if (cp == '\n' || cp == 0x85 || cp == 0x2028 || cp == 0x2029)
		return C_LF;
	if (cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x1680 ||
	    (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
	    cp == 0x3000)
		return C_SPACE;
	if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) ||
	    (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
		return C_DROP;
	if (quotes) {
		if (cp == 0x2018 || cp == 0x2019 || cp == 0x201A ||
		    cp == 0x201B || cp == 0x2032 || cp == 0x02BC)
			return C_APOS;
		if (cp == 0x201C || cp == 0x201D || cp == 0x201E ||
		    cp == 0x201F || cp == 0x2033)
			return C_QUOTE;
		if (cp >= 0x2010 && cp <= 0x2015)
			return C_DASH;
		if (cp == 0x2212)
			return C_DASH;
	}
	return C_KEEP;
}

/* Before a visible character: the white space pending (*nl line breaks,
 * or *sp a space) as at most one blank line or one space, none at the
 * start (o == start); then nothing is pending.  Returns the new end. */
static char *
gap(char *o, const char *start, size_t *nl, int *sp)
{
	if (o > start && (*nl || *sp)) {
		if (*nl) {
			*o++ = '\n';
			if (*nl > 1)
				*o++ = '\n';
		} else {
			*o++ = ' ';
		}
	}
	*nl = 0;
	*sp = 0;
	return o;
}

/* Controls, line breaks, white space and (with quotes) punctuation: runs
 * of spaces become one space, CR LF, CR, NEL, U+2028 and U+2029 become LF,
 * at most two LFs in a row (one blank line), nothing at either end. */
static void
clean(const char *s, size_t n, int quotes, struct buf *out)
{
	size_t i = 0, nl = 0;
	int sp = 0;
	char *o;

	buf_reset(out);
	buf_grow(out, n);
	o = out->s;
	while (i < n) {
		size_t len = 1, run;
		uint32_t cp = (unsigned char)s[i];
		int cls;

		/* the common case: a run of visible ASCII, single spaces
		 * between its words kept as they are (what the pending space
		 * would write) */
		for (run = i; run < n && (unsigned char)s[run] > 0x20 &&
		    (unsigned char)s[run] < 0x7F; run++)
			if (run + 2 < n && s[run + 1] == ' ' &&
			    (unsigned char)s[run + 2] > 0x20 &&
			    (unsigned char)s[run + 2] < 0x7F)
				run++;
		if (run > i) {
			o = gap(o, out->s, &nl, &sp);
			/* quotes to unify are never ASCII */
			memcpy(o, s + i, run - i);
			o += run - i;
			i = run;
			continue;
		}
		if (cp >= 0x80)
			len = utf8_decode(s + i, n - i, &cp);
		if (cp == '\r') {
			cls = C_LF;
			if (i + 1 < n && s[i + 1] == '\n')
				len = 2;
		} else
			cls = classify(cp, quotes);
		i += len;
		switch (cls) {
		case C_DROP:
			continue;
		case C_SPACE:
			sp = 1;
			continue;
		case C_LF:
			nl++;
			continue;
		}
		o = gap(o, out->s, &nl, &sp);
		if (cls == C_APOS)
			*o++ = '\'';
		else if (cls == C_QUOTE)
			*o++ = '"';
		else if (cls == C_DASH)
			*o++ = '-';
		else {
			memcpy(o, s + i - len, len);
			o += len;
		}
	}
	/* the output is never longer than the input plus one LF */
	out->len = (size_t)(o - out->s);
	out->s[out->len] = '\0';
}

static UChar *
ugrow(UChar *p, size_t *cap, size_t n)
{
	if (n <= *cap)
		return p;
	*cap = n < 256 ? 256 : n + n / 2;
	return xrealloc(p, xmul(*cap, sizeof *p));
}

/*
 * Whether s[k..n) (valid UTF-8) holds only characters that are NFC
 * whatever surrounds them: NFC_Quick_Check Yes, combining class 0, and
 * never the second of a canonical composition.  The ones checked are
 * those notes are full of: ASCII, U+0080-U+02FF (Latin-1 and the Latin
 * extensions: £, é, ł), U+2002-U+206F (curly quotes, dashes, the ellipsis,
 * joiners; U+2000 and U+2001 are singletons, so not), U+20A0-U+20BF
 * (currency), U+FE00-U+FE0F (variation selectors) and U+1F000-U+1FAFF
 * (emoji): ICU need not see them, which it did for most records (a £ or
 * a curly quote is enough).  tests/unit/norm.c checks every code point
 * against ICU, alone and before a combining mark.  Anything else goes to
 * ICU.
 */
static int
nfc_safe(const unsigned char *s, size_t k, size_t n)
{
	while (k < n) {
		unsigned c = s[k];

		if (c < 0x80) {
			k++;
		} else if (c >= 0xC2 && c <= 0xCB && k + 1 < n) {
			k += 2; /* U+0080-U+02FF */
		} else if (c == 0xE2 && k + 2 < n) {
			unsigned b = s[k + 1], d = s[k + 2];

			if (!((b == 0x80 && d >= 0x82) || (b == 0x81 && d <= 0xAF) ||
			    (b == 0x82 && d >= 0xA0)))
				return 0;
			k += 3;
		} else if (c == 0xEF && k + 2 < n && s[k + 1] == 0xB8 &&
		    s[k + 2] <= 0x8F) {
			k += 3; /* U+FE00-U+FE0F */
		} else if (c == 0xF0 && k + 3 < n && s[k + 1] == 0x9F &&
		    s[k + 2] <= 0xAB) {
			k += 4; /* U+1F000-U+1FAFF */
		} else {
			return 0;
		}
	}
	return 1;
}

/* Normalise s[0..n) onto out (which is empty). */
static int
normalise(struct norm *nm, const char *s, size_t n, struct buf *out)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t ulen, yes, vlen, olen;
	size_t k;

	for (k = 0; k < n && (unsigned char)s[k] < 0x80; k++)
		;
	if (k == n || (nm->nfc && nfc_safe((const unsigned char *)s, k, n))) {
		buf_add(out, s, n);
		return 0;
	}
	if (n > INT32_MAX / 4)
		return -1;
	nm->u = ugrow(nm->u, &nm->ucap, n + 1);
	u_strFromUTF8(nm->u, (int32_t)nm->ucap, &ulen, s, (int32_t)n, &st);
	if (U_FAILURE(st))
		return -1;
	yes = unorm2_spanQuickCheckYes(nm->n2, nm->u, ulen, &st);
	if (U_FAILURE(st))
		return -1;
	if (yes == ulen) {
		buf_add(out, s, n);
		return 0;
	}
	/* normalise the part after the prefix that is already normal */
	nm->v = ugrow(nm->v, &nm->vcap, (size_t)ulen + 1);
	for (;;) {
		if (yes > 0)
			memcpy(nm->v, nm->u, (size_t)yes * sizeof *nm->u);
		st = U_ZERO_ERROR;
		vlen = unorm2_normalizeSecondAndAppend(nm->n2, nm->v, yes,
		    (int32_t)nm->vcap, nm->u + yes, ulen - yes, &st);
		if (st != U_BUFFER_OVERFLOW_ERROR)
			break;
		nm->v = ugrow(nm->v, &nm->vcap, (size_t)vlen + 1);
	}
	if (U_FAILURE(st))
		return -1;
	buf_grow(out, (size_t)vlen * 3);
	st = U_ZERO_ERROR;
	u_strToUTF8(out->s, (int32_t)(out->cap - 1), &olen, nm->v, vlen, &st);
	if (U_FAILURE(st))
		return -1;
	out->len = (size_t)olen;
	out->s[out->len] = '\0';
	return 0;
}

long
norm_run(struct norm *nm, const char *s, size_t n, struct buf *out)
{
	long fixed = 0;

	if (nm->flags & NORM_MOJIBAKE && memchr(s, 0xC3, n)) {
		fixed = unmojibake(s, n, &nm->fix);
		s = nm->fix.s;
		n = nm->fix.len;
	}
	if (nm->flags & (NORM_CLEAN | NORM_QUOTES)) {
		clean(s, n, nm->flags & NORM_QUOTES, &nm->clean);
		s = nm->clean.s;
		n = nm->clean.len;
	}
	buf_reset(out);
	if (normalise(nm, s, n, out) < 0)
		return -1;
	return fixed;
}
