/*
 * heap.h - the sift-down of a binary min-heap, for the k-way merges of
 * sorted runs: merge's inputs, count's and ingest's spilled runs.
 *
 * The heap is an array of n elements of size bytes (at most 32: a pointer
 * or a small struct); cmp gets pointers to two elements, as qsort's does,
 * and the smallest element is kept at h[0].  Equal elements stay where
 * they are, so a merge that breaks ties in its comparison gets that order.
 * Inline, so that a caller's comparison is inlined too (merge sifts once
 * a row).
 */
#ifndef HARK_HEAP_H
#define HARK_HEAP_H

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Restore the heap below position i after h[i] grew (or was replaced). */
static inline void
heap_sift(void *h, size_t n, size_t i, size_t size,
	  int (*cmp)(const void *, const void *))
{
	unsigned char *b = h, x[32];

	if (size > sizeof x)
		abort();
	memcpy(x, b + i * size, size);
	for (;;) {
		size_t c = 2 * i + 1;

		if (c >= n)
			break;
		if (c + 1 < n && cmp(b + (c + 1) * size, b + c * size) < 0)
			c++;
		if (cmp(b + c * size, x) >= 0)
			break;
		memcpy(b + i * size, b + c * size, size);
		i = c;
	}
	memcpy(b + i * size, x, size);
}

#endif
