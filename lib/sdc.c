/*
 * sdc.c - disclosure-control policies (sdc.h).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sdc.h"
#include "banned.h"

static int
parse_param(const char *p, uint64_t def, uint64_t *v)
{
	char *end;
	unsigned long long x;

	if (*p == '\0') {
		*v = def;
		return 0;
	}
	if (*p != ':' || p[1] < '0' || p[1] > '9')
		return -1;
	errno = 0;
	x = strtoull(p + 1, &end, 10);
	if (errno || *end || x < 1 || x > 1000000)
		return -1;
	*v = x;
	return 0;
}

int
sdc_parse(struct sdc *s, const char *spec)
{
	memset(s, 0, sizeof *s);
	if (strcmp(spec, "none") == 0) {
		s->kind = SDC_NONE;
	} else if (strncmp(spec, "threshold0", 10) == 0) {
		s->kind = SDC_THRESHOLD;
		s->zero = 1;
		if (parse_param(spec + 10, 6, &s->k) < 0)
			return -1;
	} else if (strncmp(spec, "threshold", 9) == 0) {
		s->kind = SDC_THRESHOLD;
		if (parse_param(spec + 9, 6, &s->k) < 0 || s->k < 2)
			return -1;
	} else if (strncmp(spec, "round", 5) == 0) {
		s->kind = SDC_ROUND;
		if (parse_param(spec + 5, 10, &s->k) < 0 || s->k < 2)
			return -1;
	} else {
		return -1;
	}
	if (s->kind == SDC_NONE)
		snprintf(s->name, sizeof s->name, "none");
	else
		snprintf(s->name, sizeof s->name, "%s:%llu",
		    s->kind == SDC_ROUND ? "round" :
		    s->zero ? "threshold0" : "threshold",
		    (unsigned long long)s->k);
	return 0;
}

int
sdc_small(const struct sdc *s, uint64_t v)
{
	switch (s->kind) {
	case SDC_THRESHOLD:
		return v < s->k && (v > 0 || s->zero);
	case SDC_ROUND:
		return v > 0 && v < s->k;
	default:
		return 0;
	}
}

uint64_t
sdc_round(const struct sdc *s, uint64_t v)
{
	uint64_t r;

	if (s->kind != SDC_ROUND)
		return v;
	r = v % s->k;
	v -= r;
	if (r * 2 >= s->k)
		v += s->k;
	return v;
}

size_t
sdc_secondary(const uint64_t *v, unsigned char *hide, size_t n)
{
	size_t i, nh = 0, best = n;

	for (i = 0; i < n; i++)
		nh += hide[i] != 0;
	if (nh != 1)
		return 0;
	for (i = 0; i + 1 < n; i++)
		if (!hide[i] && (best == n || v[i] < v[best]))
			best = i;
	if (best == n)
		best = n - 1;
	if (hide[best])
		return 0;
	hide[best] = 1;
	return 1;
}

const char *
sdc_describe(const struct sdc *s, char *out, size_t size)
{
	switch (s->kind) {
	case SDC_THRESHOLD:
		snprintf(out, size, "Disclosure control %s: counts %s to %llu "
		    "suppressed (c), with secondary suppression so that no "
		    "suppressed cell can be worked out from the totals; "
		    "z not applicable.", s->name, s->zero ? "0" : "1",
		    (unsigned long long)(s->k - 1));
		break;
	case SDC_ROUND:
		snprintf(out, size, "Disclosure control %s: counts rounded to "
		    "the nearest %llu; k a count that rounds to zero but is "
		    "not zero; statistics resting on a count from 1 to %llu "
		    "suppressed (c); z not applicable.", s->name,
		    (unsigned long long)s->k, (unsigned long long)(s->k - 1));
		break;
	default:
		snprintf(out, size, "Disclosure control none: turned off with "
		    "--sdc none; small numbers are shown; not for "
		    "publication.");
		break;
	}
	return out;
}
