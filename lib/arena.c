/*
 * arena.c - per-record scratch memory.
 *
 * Blocks larger than the ordinary size are made for single large requests
 * (a 50 MB record must still work) and freed on reset, so one huge record
 * does not keep its memory for the rest of the stream.
 */
#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "err.h"
#include "banned.h"

struct arena_block {
	struct arena_block *next;
	size_t size; /* usable bytes in data[] */
	size_t used;
	alignas(max_align_t) unsigned char data[];
};

#define ALIGN(n) (((n) + alignof(max_align_t) - 1) & ~(alignof(max_align_t) - 1))

static struct arena_block *
block_new(size_t size)
{
	struct arena_block *b = xmalloc(xadd(sizeof *b, size));

	b->next = NULL;
	b->size = size;
	b->used = 0;
	return b;
}

void
arena_init(struct arena *a, size_t block_size)
{
	a->head = NULL;
	a->full = NULL;
	a->spare = NULL;
	a->block_size = block_size ? block_size : 64 * 1024;
}

static void
free_list(struct arena_block *b)
{
	while (b) {
		struct arena_block *next = b->next;
		free(b);
		b = next;
	}
}

void
arena_free(struct arena *a)
{
	free_list(a->head);
	free_list(a->full);
	free_list(a->spare);
	a->head = a->full = a->spare = NULL;
}

/* Keep ordinary blocks for reuse; give oversized ones back at once. */
static void
retire(struct arena *a, struct arena_block *b)
{
	if (b->size > a->block_size) {
		free(b);
		return;
	}
	b->used = 0;
	b->next = a->spare;
	a->spare = b;
}

void
arena_reset(struct arena *a)
{
	struct arena_block *b = a->full;

	while (b) {
		struct arena_block *next = b->next;
		retire(a, b);
		b = next;
	}
	a->full = NULL;
	if (a->head && a->head->size > a->block_size) {
		free(a->head);
		a->head = NULL;
	}
	if (a->head)
		a->head->used = 0;
}

void *
arena_alloc(struct arena *a, size_t n)
{
	struct arena_block *b = a->head;
	void *p;

	n = ALIGN(xadd(n, 1)); /* never zero, always aligned */
	if (!b || b->size - b->used < n) {
		struct arena_block *nb;

		if (n <= a->block_size && a->spare) {
			nb = a->spare;
			a->spare = nb->next;
			nb->next = NULL;
		} else {
			nb = block_new(n > a->block_size ? n : a->block_size);
		}

		if (b) {
			b->next = a->full;
			a->full = b;
		}
		a->head = b = nb;
	}
	p = b->data + b->used;
	b->used += n;
	return p;
}

char *
arena_memdup(struct arena *a, const void *p, size_t n)
{
	char *s = arena_alloc(a, n + 1);

	if (n)
		memcpy(s, p, n);
	s[n] = '\0';
	return s;
}
