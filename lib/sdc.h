/*
 * sdc.h - statistical disclosure control for published tables: named
 * policies (docs/disclosure-control.md), the test for a count too small
 * to show, rounding, and secondary suppression along one total.
 */
#ifndef HARK_SDC_H
#define HARK_SDC_H

#include <stddef.h>
#include <stdint.h>

enum { SDC_NONE, SDC_THRESHOLD, SDC_ROUND };

struct sdc {
	int kind;
	uint64_t k;     /* threshold: counts below k are suppressed;
	                   round: the base */
	int zero;       /* threshold: zero is suppressed too */
	char name[48];  /* canonical name, e.g. "threshold:6" */
};

/* The default policy's name. */
#define SDC_DEFAULT "threshold:6"

/* Parse a policy name: "none", "threshold[:K]", "threshold0[:K]",
 * "round[:B]".  Returns 0, or -1 when spec names no policy. */
int sdc_parse(struct sdc *s, const char *spec);

/* Whether count v is too small to show or to rest a statistic on:
 * threshold, 0 < v < k (0 <= v < k with zero); round, 0 < v < base;
 * none, never. */
int sdc_small(const struct sdc *s, uint64_t v);

/* v rounded to the nearest multiple of the base, halves up (round
 * policy); v itself otherwise. */
uint64_t sdc_round(const struct sdc *s, uint64_t v);

/*
 * Secondary suppression along one total: v[0..n) are cells whose sum is
 * v[n - 1] (the total, published too), hide[i] says which are suppressed.
 * When exactly one is, it could be recovered by subtraction, so the
 * smallest other cell (ties: the first; the total only when no other is
 * left) is suppressed as well.  Returns the number of cells added.
 */
size_t sdc_secondary(const uint64_t *v, unsigned char *hide, size_t n);

/* One sentence describing the policy, for captions. */
const char *sdc_describe(const struct sdc *s, char *out, size_t size);

#endif
