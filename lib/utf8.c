/*
 * utf8.c - UTF-8 validation, decoding and encoding.
 *
 * The validator is on every stage's hot path (each record is checked as it
 * is read), so ASCII is checked a word at a time and only non-ASCII bytes
 * go through the table of Unicode's well-formed byte sequences.
 */
#include <string.h>

#include "utf8.h"
#include "banned.h"

/* Length of the well-formed sequence at p, or 0 when ill-formed. */
static size_t
seqlen(const unsigned char *p, size_t n)
{
	unsigned char c = p[0];

	if (c < 0x80)
		return 1;
	if (c < 0xC2)
		return 0; /* continuation byte or overlong 2-byte lead */
	if (c < 0xE0) {
		if (n < 2 || (p[1] & 0xC0) != 0x80)
			return 0;
		return 2;
	}
	if (c < 0xF0) {
		unsigned char lo = 0x80, hi = 0xBF;

		if (c == 0xE0)
			lo = 0xA0; /* overlong */
		else if (c == 0xED)
			hi = 0x9F; /* surrogates */
		if (n < 3 || p[1] < lo || p[1] > hi || (p[2] & 0xC0) != 0x80)
			return 0;
		return 3;
	}
	if (c < 0xF5) {
		unsigned char lo = 0x80, hi = 0xBF;

		if (c == 0xF0)
			lo = 0x90; /* overlong */
		else if (c == 0xF4)
			hi = 0x8F; /* above U+10FFFF */
		if (n < 4 || p[1] < lo || p[1] > hi ||
		    (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
			return 0;
		return 4;
	}
	return 0;
}

size_t
utf8_check(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		if (p[i] < 0x80) {
			/* Skip ASCII a word at a time. */
			while (i + 8 <= n) {
				uint64_t w;

				memcpy(&w, p + i, 8);
				if (w & 0x8080808080808080ULL)
					break;
				i += 8;
			}
			while (i < n && p[i] < 0x80)
				i++;
			if (i == n)
				break;
		}
		size_t k = seqlen(p + i, n - i);
		if (!k)
			return i;
		i += k;
	}
	return n;
}

const char *
utf8_why(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned char c = p[0];
	size_t need, k;

	if (c >= 0x80 && c < 0xC0)
		return "unexpected continuation byte";
	if (c == 0xC0 || c == 0xC1)
		return "overlong encoding";
	if (c >= 0xF5)
		return c >= 0xF8 ? "byte that never occurs in UTF-8" :
				   "code point beyond U+10FFFF";
	need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	for (k = 1; k < need; k++) {
		if (k >= n)
			return "incomplete multi-byte sequence";
		if ((p[k] & 0xC0) != 0x80)
			return "incomplete multi-byte sequence";
	}
	if (c == 0xE0 && p[1] < 0xA0)
		return "overlong encoding";
	if (c == 0xF0 && p[1] < 0x90)
		return "overlong encoding";
	if (c == 0xED && p[1] > 0x9F)
		return "surrogate code point";
	if (c == 0xF4 && p[1] > 0x8F)
		return "code point beyond U+10FFFF";
	return "ill-formed sequence";
}

size_t
utf8_badlen(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned char c = p[0];
	unsigned char lo = 0x80, hi = 0xBF;
	size_t need, k;

	if (c < 0xC2 || c > 0xF4)
		return 1;
	need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	if (c == 0xE0)
		lo = 0xA0;
	else if (c == 0xED)
		hi = 0x9F;
	else if (c == 0xF0)
		lo = 0x90;
	else if (c == 0xF4)
		hi = 0x8F;
	for (k = 1; k < need && k < n; k++) {
		unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;

		if (p[k] < l || p[k] > h)
			break;
	}
	return k;
}

size_t
utf8_decode(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t k = seqlen(p, n);

	switch (k) {
	case 1:
		*cp = p[0];
		break;
	case 2:
		*cp = ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
		break;
	case 3:
		*cp = ((uint32_t)(p[0] & 0x0F) << 12) |
		      ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
		break;
	case 4:
		*cp = ((uint32_t)(p[0] & 0x07) << 18) |
		      ((uint32_t)(p[1] & 0x3F) << 12) |
		      ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
		break;
	default:
		*cp = 0xFFFD;
		k = 1;
	}
	return k;
}

size_t
utf8_encode(uint32_t cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}
