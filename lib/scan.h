/*
 * scan.h - find the first of a few bytes, sixteen bytes at a time.
 *
 * The stream's hot loops (escaping fields, splitting CSV) look for one of
 * three or four special bytes in text that mostly has none.  With SSE2
 * (every x86-64) this compares sixteen bytes per step; elsewhere it falls
 * back to a plain loop with the same answers.
 */
#ifndef HARK_SCAN_H
#define HARK_SCAN_H

#include <stddef.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Index of the first byte of p[0..n) equal to a, b, c or d; n if none. */
static inline size_t
scan_any4(const char *p, size_t n, char a, char b, char c, char d)
{
	size_t i = 0;

#ifdef __SSE2__
	const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b);
	const __m128i vc = _mm_set1_epi8(c), vd = _mm_set1_epi8(d);

	for (; i + 16 <= n; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		__m128i m = _mm_or_si128(
			_mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)),
			_mm_or_si128(_mm_cmpeq_epi8(x, vc), _mm_cmpeq_epi8(x, vd)));
		int bits = _mm_movemask_epi8(m);

		if (bits)
			return i + (size_t)__builtin_ctz((unsigned)bits);
	}
#endif
	for (; i < n; i++)
		if (p[i] == a || p[i] == b || p[i] == c || p[i] == d)
			return i;
	return n;
}

#endif
