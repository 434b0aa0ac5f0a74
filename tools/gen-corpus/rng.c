/*
 * rng.c - gen-corpus's random numbers: splitmix64 to seed, xoshiro256** to
 * draw, and the unbiased draws built on them.  Every choice the generator
 * makes goes through here, which is what makes a corpus depend on the
 * seed alone.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "gen.h"
#include "banned.h"

/* Random numbers: splitmix64 to seed, xoshiro256** to draw.           */


static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9E3779B97F4A7C15u);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
	return z ^ (z >> 31);
}

void rng_seed(rng_t *r, uint64_t seed)
{
	uint64_t x = seed;
	for (int i = 0; i < 4; i++)
		r->s[i] = splitmix64(&x);
}

static uint64_t rotl64(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

uint64_t rng_next(rng_t *r)
{
	uint64_t *s = r->s;
	uint64_t result = rotl64(s[1] * 5, 7) * 9;
	uint64_t t = s[1] << 17;
	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl64(s[3], 45);
	return result;
}

/* Uniform in [0, n), unbiased (Lemire's multiply-and-reject). */
uint32_t rng_below(rng_t *r, uint32_t n)
{
	if (n <= 1)
		return 0;
	uint64_t m = (rng_next(r) >> 32) * n;
	uint32_t l = (uint32_t)m;
	if (l < n) {
		uint32_t t = (uint32_t)(0u - n) % n;
		while (l < t) {
			m = (rng_next(r) >> 32) * n;
			l = (uint32_t)m;
		}
	}
	return (uint32_t)(m >> 32);
}

int rng_pm(rng_t *r, unsigned permille) { return rng_below(r, 1000) < permille; }

uint32_t rng_range(rng_t *r, uint32_t lo, uint32_t hi) { return lo + rng_below(r, hi - lo + 1); }

/* Index drawn from integer weights. */
int rng_weighted(rng_t *r, const unsigned *w, int n)
{
	unsigned total = 0;
	for (int i = 0; i < n; i++)
		total += w[i];
	if (total == 0)
		return 0;
	unsigned x = rng_below(r, total);
	for (int i = 0; i < n; i++) {
		if (x < w[i])
			return i;
		x -= w[i];
	}
	return n - 1;
}
