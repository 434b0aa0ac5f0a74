/*
 * expand.c - template expansion: {slot} and [a|b] markup expanded into a
 * text buffer (lib/buf), with the start-up check that every slot exists
 * and every bracket balances, and the small helpers that write into
 * buffers.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "gen.h"
#include "banned.h"

/* Text buffers: lib/buf, kept across records (no allocation per record
 * once they have grown).                                              */

void sb_putu(struct buf *s, unsigned v, int width)
{
	char tmp[24];
	int k = snprintf(tmp, sizeof tmp, "%0*u", width, v);
	buf_add(s, tmp, (size_t)k);
}

/* Upper-case the first ASCII letter at or after start, skipping opening quotes. */
void sb_capitalise(struct buf *s, size_t start)
{
	size_t i = start;
	while (i < s->len && (s->s[i] == '"' || s->s[i] == '(' || s->s[i] == ' '))
		i++;
	if (i < s->len && s->s[i] >= 'a' && s->s[i] <= 'z')
		s->s[i] = (char)(s->s[i] - 'a' + 'A');
}

/* Template expansion.                                                 */

/* Expand one of the top-level |-separated alternatives of s[0..n). */
void expand_alts(gen *g, struct buf *o, const char *s, size_t n)
{
	size_t k = 1;
	int d = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '[')
			d++;
		else if (s[i] == ']')
			d--;
		else if (s[i] == '|' && d == 0)
			k++;
	}
	size_t want = rng_below(&g->r, (uint32_t)k), idx = 0, start = 0;
	d = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i == n || (s[i] == '|' && d == 0)) {
			if (idx == want) {
				expand(g, o, s + start, i - start);
				return;
			}
			idx++;
			start = i + 1;
		} else if (s[i] == '[') {
			d++;
		} else if (s[i] == ']') {
			d--;
		}
	}
}

static void slot_expand(gen *g, struct buf *o, const slot *sl)
{
	if (sl->fn)
		sl->fn(g, o);
	else
		expand_alts(g, o, sl->alts, strlen(sl->alts));
}

void slot_expand_name(gen *g, struct buf *o, const char *name)
{
	const slot *sl = find_slot(name, strlen(name));
	if (sl)
		slot_expand(g, o, sl);
}

void expand(gen *g, struct buf *o, const char *s, size_t n)
{
	if (++g->depth > 12) { /* the self-check rules out cycles; belt and braces */
		g->depth--;
		return;
	}
	size_t i = 0;
	while (i < n) {
		size_t j = i;
		while (j < n && s[j] != '[' && s[j] != '{')
			j++;
		buf_add(o, s + i, j - i);
		if (j >= n)
			break;
		size_t e = j + 1;
		if (s[j] == '{') {
			while (e < n && s[e] != '}')
				e++;
			const slot *sl = find_slot(s + j + 1, e - j - 1);
			if (sl)
				slot_expand(g, o, sl);
		} else {
			int d = 1;
			for (; e < n; e++) {
				if (s[e] == '[')
					d++;
				else if (s[e] == ']' && --d == 0)
					break;
			}
			expand_alts(g, o, s + j + 1, e - j - 1);
		}
		i = e + 1;
	}
	g->depth--;
}

/* Start-up check of the data: every {slot} exists and brackets balance. */
static int check_text(const char *what, const char *s)
{
	int d = 0, ok = 1;
	for (const char *c = s; *c; c++) {
		if (*c == '[')
			d++;
		else if (*c == ']' && --d < 0)
			ok = 0;
		else if (*c == '{') {
			const char *e = strchr(c, '}');
			if (!e || !find_slot(c + 1, (size_t)(e - c - 1))) {
				fprintf(stderr, PROG ": internal error: %s: unknown slot in '%s'\n", what, s);
				return 0;
			}
			c = e;
		}
	}
	if (!ok || d != 0)
		fprintf(stderr, PROG ": internal error: %s: unbalanced brackets in '%s'\n", what, s);
	return ok && d == 0;
}

int init_tables(void)
{
	qsort(slots, n_slots, sizeof slots[0], slot_cmp);
	int ok = 1;
	for (size_t i = 1; i < n_slots; i++)
		if (strcmp(slots[i - 1].name, slots[i].name) == 0) {
			fprintf(stderr, PROG ": internal error: duplicate slot %s\n", slots[i].name);
			ok = 0;
		}
	for (size_t i = 0; i < n_slots; i++)
		if (slots[i].alts && !check_text(slots[i].name, slots[i].alts))
			ok = 0;
	for (size_t i = 0; i < NTEMPLATES; i++)
		if (!check_text("template", templates[i].text))
			ok = 0;
	for (int t = 0; t < NTHEMES; t++) {
		char name[48];
		for (int k = 0; k < 2; k++) {
			snprintf(name, sizeof name, "%s_%s", k ? "problem" : "topic", theme_name[t]);
			if (!find_slot(name, strlen(name))) {
				fprintf(stderr, PROG ": internal error: no slot %s\n", name);
				ok = 0;
			}
		}
	}
	/* counting sort of template indices into buckets */
	unsigned pos = 0;
	for (size_t i = 0; i < NTEMPLATES; i++)
		bcount[templates[i].theme][templates[i].pol][templates[i].voice]++;
	for (int t = 0; t < NTHEMES; t++)
		for (int p = 0; p < 2; p++)
			for (int v = 0; v < NVOICES; v++) {
				bstart[t][p][v] = (uint16_t)pos;
				pos += bcount[t][p][v];
				bcount[t][p][v] = 0;
			}
	for (size_t i = 0; i < NTEMPLATES; i++) {
		const tmpl *tp = &templates[i];
		tidx[bstart[tp->theme][tp->pol][tp->voice] + bcount[tp->theme][tp->pol][tp->voice]++] = (uint16_t)i;
	}
	/* quotes fall back to feelings, which must exist for both polarities */
	for (int p = 0; p < 2; p++)
		if (!bcount[T_FEEL][p][V_Y] || !bcount[T_FEEL][p][V_P])
			ok = 0;
	return ok;
}
