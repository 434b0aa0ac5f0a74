/*
 * arena.h - per-record scratch memory (after git's mem-pool).
 *
 * Allocations are bump-pointer carves from large blocks and are never
 * freed one by one: arena_reset() after each record makes all of them
 * invalid at once and keeps the blocks for the next record, so steady-state
 * processing does not call malloc at all.
 */
#ifndef HARK_ARENA_H
#define HARK_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head; /* block being carved */
	struct arena_block *full; /* blocks filled since the last reset */
	struct arena_block *spare; /* ordinary blocks kept for reuse */
	size_t block_size;        /* size of ordinary blocks */
};

/* block_size 0 picks a default (64 KiB). */
void arena_init(struct arena *a, size_t block_size);
/* Free every block; accepts a zeroed arena. */
void arena_free(struct arena *a);
/* Invalidate all allocations; keep one block for reuse. */
void arena_reset(struct arena *a);
/* n bytes aligned for any type; never NULL (dies when out of memory).
 * Valid until the next arena_reset() or arena_free(). */
void *arena_alloc(struct arena *a, size_t n);
/* Copy of p[0..n) followed by NUL, from the arena. */
char *arena_memdup(struct arena *a, const void *p, size_t n);

#endif
