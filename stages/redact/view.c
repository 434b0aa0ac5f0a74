/*
 * view.c - the folded view of a text for hark-redact's detectors, with a
 * map back to the original bytes (view.h).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include "err.h"
#include "utf8.h"
#include "view.h"
#include "banned.h"

#define CACHE 2048

struct fold_slot {
	uint32_t cp;      /* 0: empty (only non-ASCII code points are kept) */
	unsigned char len;
	char b[12];
};

int
view_init(struct view *v, char *err, size_t errlen)
{
	UErrorCode st = U_ZERO_ERROR;

	memset(v, 0, sizeof *v);
	v->nfkc = unorm2_getNFKCInstance(&st);
	if (U_FAILURE(st)) {
		snprintf(err, errlen, "cannot load ICU's NFKC data: %s",
		    u_errorName(st));
		return -1;
	}
	v->cache = xcalloc(CACHE, sizeof *v->cache);
	return 0;
}

void
view_free(struct view *v)
{
	free(v->s);
	free(v->map);
	free(v->cache);
	memset(v, 0, sizeof *v);
}

/* The fold of one code point, computed (docs/redaction.md, "What the
 * detectors see"). */
static size_t
fold_compute(const struct view *v, uint32_t cp, char out[12])
{
	UChar in[2], nf[16];
	int32_t inl = 0, nl, k;
	UErrorCode st = U_ZERO_ERROR;
	size_t len = 0;
	int8_t gc;

	if (u_hasBinaryProperty((UChar32)cp, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
		return 0;
	gc = u_charType((UChar32)cp);
	if (gc == U_SPACE_SEPARATOR) {
		out[0] = ' ';
		return 1;
	}
	if (gc == U_LINE_SEPARATOR || gc == U_PARAGRAPH_SEPARATOR) {
		out[0] = '\n';
		return 1;
	}
	if (gc == U_DASH_PUNCTUATION || cp == 0x2212 || cp == 0xFE63 ||
	    cp == 0xFF0D) {
		out[0] = '-';
		return 1;
	}
	switch (cp) {
	case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0xFF07:
	case 0xB4: case 0x2BB: case 0x2BC:
		out[0] = '\'';
		return 1;
	case 0x201C: case 0x201D: case 0x201F: case 0x2033: case 0xFF02:
		out[0] = '"';
		return 1;
	default:
		break;
	}
	if (cp < 0x10000) {
		in[inl++] = (UChar)cp;
	} else {
		in[inl++] = (UChar)(0xD7C0 + (cp >> 10));
		in[inl++] = (UChar)(0xDC00 | (cp & 0x3FF));
	}
	nl = unorm2_normalize((const UNormalizer2 *)v->nfkc, in, inl, nf,
	    (int32_t)(sizeof nf / sizeof nf[0]), &st);
	if (U_FAILURE(st) || (nl == inl && !memcmp(nf, in, (size_t)inl * 2)))
		return utf8_encode(cp, out);
	for (k = 0; k < nl; k++) {
		uint32_t c = nf[k];
		char tmp[4];
		size_t tl;

		if (c >= 0xD800 && c < 0xDC00 && k + 1 < nl) {
			c = 0x10000 + ((c - 0xD800) << 10) + (nf[k + 1] - 0xDC00);
			k++;
		}
		/* NFKC of U+00A0 and friends: a space, folded as above. */
		if (c == 0x2010 || c == 0x2212)
			c = '-';
		tl = utf8_encode(c, tmp);
		if (len + tl > 12)
			return utf8_encode(cp, out); /* too long: keep it */
		memcpy(out + len, tmp, tl);
		len += tl;
	}
	return len;
}

size_t
view_fold(struct view *v, uint32_t cp, char out[12])
{
	struct fold_slot *sl = &v->cache[(cp * 2654435761u) >> 21 & (CACHE - 1)];

	if (sl->cp != cp) {
		sl->len = (unsigned char)fold_compute(v, cp, sl->b);
		sl->cp = cp;
	}
	memcpy(out, sl->b, sl->len);
	return sl->len;
}

static void
grow(struct view *v, size_t need)
{
	if (need <= v->cap)
		return;
	v->cap = need + need / 2 + 64;
	v->s = xrealloc(v->s, v->cap);
	v->map = xrealloc(v->map, xmul(v->cap + 1, sizeof *v->map));
}

const char *
view_make(struct view *v, const char *t, size_t n, size_t *vn, int *ident)
{
	size_t i = 0, k = 0;

	while (i + 8 <= n) {
		uint64_t w;

		memcpy(&w, t + i, 8);
		if (w & 0x8080808080808080ull)
			break;
		i += 8;
	}
	while (i < n && (unsigned char)t[i] < 0x80)
		i++;
	if (i == n || n > UINT32_MAX / 2) {
		*vn = n;
		*ident = 1;
		return t;
	}
	*ident = 0;
	grow(v, n + 16);
	for (k = 0; k < i; k++) {
		v->s[k] = t[k];
		v->map[k] = (uint32_t)k;
	}
	while (i < n) {
		unsigned char c = (unsigned char)t[i];
		uint32_t cp;
		size_t l, fl;
		char f[12];

		if (c < 0x80) {
			v->s[k] = (char)c;
			v->map[k++] = (uint32_t)i++;
			continue;
		}
		l = utf8_decode(t + i, n - i, &cp);
		if (cp == 0xFFFD && l == 1) {
			/* Not UTF-8: the byte as it is. */
			v->s[k] = (char)c;
			v->map[k++] = (uint32_t)i++;
			continue;
		}
		fl = view_fold(v, cp, f);
		if (k + fl + (n - i) > v->cap)
			grow(v, k + fl + (n - i) + 16);
		for (size_t q = 0; q < fl; q++) {
			v->s[k] = f[q];
			v->map[k++] = (uint32_t)i;
		}
		i += l;
	}
	v->map[k] = (uint32_t)n;
	v->n = k;
	*vn = k;
	return v->s;
}

size_t
view_orig_start(const struct view *v, size_t a)
{
	return v->map[a];
}

size_t
view_orig_end(const struct view *v, const char *t, size_t b)
{
	size_t o;
	uint32_t cp;

	if (b == 0)
		return v->map[0];
	o = v->map[b - 1];
	if ((unsigned char)t[o] < 0x80)
		return o + 1;
	return o + utf8_decode(t + o, (size_t)v->map[v->n] - o, &cp);
}
