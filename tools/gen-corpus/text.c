/*
 * text.c - what a record says: which themes a voice talks about and how
 * they are going for the person, then sentences, hedges, contrasts,
 * personal details and long sectioned notes built from the templates.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "gen.h"
#include "banned.h"

/* Choosing what a record is about.                                    */

/* How often each voice talks about each theme. */
static const unsigned theme_w[NVOICES][NTHEMES] = {
	/*         saf home rel heard trust edu work hlth iden indep info feel ey help */
	/* Y */  {  8,   8, 10,   9,    8,   9,   6,   8,   5,    5,   3,   9,  0,   5},
	/* P */  {  3,   6,  6,   6,    4,   6,   8,   7,   4,    0,   3,   6, 12,  12},
	/* W */  {  7,  12,  7,   5,    5,   9,  10,   8,   4,   10,   3,   5,  0,   5},
	/* E */  {  2,   0,  6,   0,    0,   5,   0,   4,   0,    0,   0,   6, 25,   6},
	/* G */  {  5,   6,  5,  10,    8,   6,   6,   6,   6,    5,   8,   5,  6,   8},
};

/* Chance (per mille) that a theme is going badly for someone in a cohort. */
const unsigned bad_pm[NCOHORTS][NTHEMES] = {
	/*          saf home rel heard trust edu work hlth iden indep info feel  ey help */
	/* CL  */ {250, 380, 400, 450, 500, 420, 500, 420, 200, 400, 300, 400,   0, 400},
	/* CIC */ {220, 330, 400, 450, 480, 380, 300, 380, 220, 300, 300, 380,   0, 350},
	/* EH  */ {200, 300, 300, 350, 350, 350, 450, 350, 180, 200, 250, 350, 250, 400},
	/* EY  */ {120, 250, 250, 300, 250, 200, 380, 300, 180,   0, 250, 300, 350, 350},
};

static int has_voice(int theme, int pol, int voice)
{
	switch (voice) {
	case V_W: return bcount[theme][pol][V_W] || bcount[theme][pol][V_Y];
	case V_E: return bcount[theme][pol][V_E] || bcount[theme][pol][V_P];
	case V_G: return 1;
	default: return bcount[theme][pol][voice] != 0;
	}
}

int pick_theme(gen *g, int voice)
{
	const person *p = g->p;
	unsigned w[NTHEMES];
	for (int t = 0; t < NTHEMES; t++) {
		w[t] = theme_w[voice][t] * 4;
		if (p->bad & (1u << t))
			w[t] *= 3;
		if (!has_voice(t, POS, voice) && !has_voice(t, NEG, voice))
			w[t] = 0;
	}
	if (p->age <= A_5_10 && voice != V_P && voice != V_E) {
		w[T_WORK] = w[T_INDEP] = 0;
	} else if (p->age == A_11_15) {
		w[T_WORK] /= 3;
		w[T_INDEP] = 0;
	}
	if (voice == V_G) {
		if (g->gparent)
			w[T_INDEP] = 0;
		else
			w[T_EY] = 0;
	}
	return rng_weighted(&g->r, w, NTHEMES);
}

int pick_pol(gen *g, int theme, int voice)
{
	int pol = g->rec_pol[theme];
	if (pol < 0) {
		int bad = (g->p->bad >> theme) & 1;
		pol = rng_pm(&g->r, bad ? 750 : 220) ? NEG : POS;
	}
	if (!has_voice(theme, pol, voice))
		pol = !pol;
	g->rec_pol[theme] = (signed char)pol;
	return pol;
}

/* Unused material left for a theme in this voice and record. */
unsigned theme_fresh(const gen *g, int theme, int pol, int voice)
{
	switch (voice) {
	case V_W: return bucket_fresh(g, theme, pol, V_W) + bucket_fresh(g, theme, pol, V_Y);
	case V_E: return bucket_fresh(g, theme, pol, V_E) + bucket_fresh(g, theme, pol, V_P);
	case V_G: return 1;
	default: return bucket_fresh(g, theme, pol, voice);
	}
}

/* Building the text of a record.                                      */

void count_mention(person *p, int theme, int pol)
{
	if (p->ment[theme][pol] < 255)
		p->ment[theme][pol]++;
}

/* One clause about theme/pol in the given voice, not capitalised. */
static void emit_core(gen *g, struct buf *o, int voice, int theme, int pol)
{
	g->theme = theme;
	g->pol = pol;
	count_mention(g->p, theme, pol);
	const char *t = NULL;
	switch (voice) {
	case V_W:
		if (g->p->lang != L_EN && rng_pm(&g->r, 60)) {
			slot_expand_name(g, o, "quote_foreign");
			return;
		}
		if (bucket_fresh(g, theme, pol, V_Y) && (rng_pm(&g->r, 350) || !bucket_fresh(g, theme, pol, V_W))) {
			slot_expand_name(g, o, "quote_w");
			return;
		}
		t = pick_template(g, theme, pol, V_W);
		break;
	case V_E:
		if (g->p->lang != L_EN && rng_pm(&g->r, 60)) {
			slot_expand_name(g, o, "quote_foreign");
			return;
		}
		if (bucket_fresh(g, theme, pol, V_P) && (rng_pm(&g->r, 120) || !bucket_fresh(g, theme, pol, V_E))) {
			slot_expand_name(g, o, "quote_e");
			return;
		}
		t = pick_template(g, theme, pol, V_E);
		break;
	case V_G: {
		int qv = g->gparent ? V_P : V_Y;
		if (bcount[theme][pol][qv] && rng_pm(&g->r, 600))
			slot_expand_name(g, o, g->gparent ? "quote_gp" : "quote_gy");
		else
			slot_expand_name(g, o, pol == POS ? "g_pos" : "g_neg");
		return;
	}
	default:
		t = pick_template(g, theme, pol, voice);
		break;
	}
	if (t)
		expand(g, o, t, strlen(t));
}

/* A full sentence: maybe a hedge, a clause, maybe "but" and a contrasting clause. */
void emit_sentence(gen *g, struct buf *o, int voice, int theme, int pol)
{
	size_t start = o->len;
	if ((voice == V_Y || voice == V_P) && rng_pm(&g->r, 80))
		slot_expand_name(g, o, "hedge");
	emit_core(g, o, voice, theme, pol);
	if (voice != V_E && rng_pm(&g->r, 120)) {
		/* a contrast about something else; young people and parents also
		 * contradict themselves about the same thing */
		int same = (voice == V_Y || voice == V_P) && rng_pm(&g->r, 250);
		int t2 = same ? theme : pick_theme(g, voice);
		if (has_voice(t2, !pol, voice) && theme_fresh(g, t2, !pol, voice)) {
			slot_expand_name(g, o, "but");
			emit_core(g, o, voice, t2, !pol);
		}
	}
	sb_capitalise(o, start);
}

static int ends_sentence(const struct buf *o)
{
	size_t i = o->len;
	while (i > 0 && o->s[i - 1] == ' ')
		i--;
	/* a quotation that ends with its own full stop */
	if (i > 1 && (o->s[i - 1] == '"' || o->s[i - 1] == '\'') &&
	    (o->s[i - 2] == '.' || o->s[i - 2] == '!' || o->s[i - 2] == '?'))
		return 1;
	if (i == 0)
		return 1;
	char c = o->s[i - 1];
	return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || (unsigned char)c >= 0x80;
}

/* Terminate the sentence just written. */
void end_sentence(gen *g, struct buf *o, int voice, int last)
{
	if (ends_sentence(o))
		return;
	if (voice == V_Y && last) {
		unsigned x = rng_below(&g->r, 100);
		if (x < 30)
			return; /* young people often leave the last full stop off */
		if (x < 36) {
			buf_adds(o, "!");
			return;
		}
		if (x < 42) {
			buf_adds(o, "...");
			return;
		}
	}
	buf_addc(o, '.');
}

unsigned n_sentences(gen *g, int voice)
{
	static const unsigned w[NVOICES][6] = {
		/* 1   2   3   4   5   6 sentences */
		{45, 30, 15, 7, 2, 1},
		{30, 35, 20, 10, 3, 2},
		{15, 25, 25, 20, 10, 5},
		{20, 30, 30, 12, 8, 0},
		{25, 30, 25, 10, 6, 4},
	};
	return (unsigned)rng_weighted(&g->r, w[voice], 6) + 1;
}

static const char *const pii_kind[] = {"name", "name", "name", "phone", "phone", "email", "addr", "addr", "nhs", "nino", "dob", "dob"};

/* A sentence with made-up personal details. */
void emit_pii(gen *g, struct buf *o, int voice)
{
	const char *kind = pii_kind[rng_below(&g->r, COUNT(pii_kind))];
	const char *who = voice == V_Y ? "y" : voice == V_P ? "p" : "n";
	char name[32];
	snprintf(name, sizeof name, "pii_%s_%s", kind, who);
	size_t start = o->len;
	slot_expand_name(g, o, name);
	sb_capitalise(o, start);
}

static const char *const section_heading[NTHEMES] = {
	"Safety:", "Accommodation:", "Family and friends:", "Voice of the young person:",
	"Relationship with workers:", "Education:", "Employment and finance:",
	"Health and wellbeing:", "Identity:", "Independence skills:",
	"Information sharing and consent:", "Emotional wellbeing:", "Development:", "Support:",
};

/* A long note (2-5 KB) in sections, as pasted from a review form. */
void emit_long(gen *g, struct buf *o, int voice)
{
	size_t target = o->len + rng_range(&g->r, 2000, 4800);
	slot_expand_name(g, o, voice == V_G ? (g->gparent ? "opener_gp" : "opener_gy") : "opener_w");
	sb_capitalise(o, 0);
	buf_adds(o, ".\n\n");
	while (o->len < target) {
		int theme = pick_theme(g, voice);
		memset(g->rec_pol, -1, sizeof g->rec_pol);
		g->nused = 0;
		buf_adds(o, section_heading[theme]);
		buf_addc(o, '\n');
		unsigned k = rng_range(&g->r, 2, 6);
		for (unsigned i = 0; i < k && o->len < target; i++) {
			emit_sentence(g, o, voice, theme, pick_pol(g, theme, voice));
			end_sentence(g, o, voice, 0);
			buf_addc(o, ' ');
		}
		buf_setlen(o, o->len - 1); /* the trailing space */
		buf_adds(o, "\n\n");
	}
	buf_setlen(o, o->len - 2);
}
