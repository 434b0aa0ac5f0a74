/*
 * records.c - people and records: drawing a new person (site, cohort,
 * age, language, what is going badly), choosing the source of each record,
 * and composing its voice_text and follow_up.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "gen.h"
#include "banned.h"

/* People and records.                                                 */

void swap_bufs(struct buf *a, struct buf *b)
{
	struct buf t = *a;
	*a = *b;
	*b = t;
}

void new_person(gen *g, person *p)
{
	rng_t *r = &g->r;
	static const unsigned cohort_w[NCOHORTS] = {30, 20, 25, 25};
	static const unsigned age_w[NCOHORTS][NAGES] = {
		{0, 0, 0, 100, 600, 300}, {0, 250, 450, 300, 0, 0},
		{150, 350, 350, 150, 0, 0}, {850, 150, 0, 0, 0, 0}};
	static const unsigned nrec_w[12] = {14, 16, 16, 14, 11, 8, 6, 5, 4, 3, 2, 1};
	memset(p, 0, sizeof *p);
	p->pii_seed = rng_next(r);
	p->site = (uint8_t)rng_below(r, NSITES);
	p->cohort = (uint8_t)rng_weighted(r, cohort_w, NCOHORTS);
	p->age = (uint8_t)rng_weighted(r, age_w[p->cohort], NAGES);
	p->birth_year = (uint16_t)(2024 - rng_range(r, age_lo[p->age], age_hi[p->age]));
	p->lang = (uint8_t)rng_weighted(r, g->latin ? lang_w_latin : lang_w, NLANGS);
	p->planned = (uint8_t)(rng_weighted(r, nrec_w, 12) + 1);
	p->day = (uint16_t)rng_below(r, NDAYS - 200);
	/* a general level of adversity makes the troubles correlated */
	static const unsigned adversity[3] = {6, 10, 15};
	unsigned a = adversity[rng_below(r, 3)];
	for (int t = 0; t < NTHEMES; t++) {
		unsigned pm = bad_pm[p->cohort][t] * a / 10;
		if (pm > 900)
			pm = 900;
		if (rng_pm(r, pm))
			p->bad |= (uint16_t)(1u << t);
	}
	if ((p->bad & (1u << T_HEALTH)) && rng_pm(r, 600))
		p->bad |= 1u << T_FEEL;
}

int pick_source(gen *g, const person *p)
{
	unsigned w[NSOURCES] = {0};
	switch (p->cohort) {
	case C_CL:
		w[S_PATH] = 50; w[S_YA] = 35; w[S_WORK] = 15;
		break;
	case C_CIC:
		if (p->age == A_16_17) {
			w[S_YA] = 50; w[S_PATH] = 35; w[S_WORK] = 15;
		} else {
			w[S_YA] = 65; w[S_WORK] = 35;
		}
		break;
	case C_EH:
		if (p->age <= A_5_10) {
			w[S_HUB] = 75; w[S_WORK] = 25;
		} else {
			w[S_YA] = 45; w[S_HUB] = 40; w[S_WORK] = 15;
		}
		break;
	default:
		w[S_HUB] = 48; w[S_EY] = 47; w[S_WORK] = 5;
		break;
	}
	return rng_weighted(&g->r, w, NSOURCES);
}

/* A record in the person's home language. */
static void compose_foreign(gen *g, struct buf *o, int voice)
{
	unsigned k = rng_pm(&g->r, 250) ? 2 : 1;
	int who = voice == V_P ? LV_P : LV_Y;
	for (unsigned i = 0; i < k; i++) {
		int theme = pick_theme(g, voice);
		int f = pick_foreign(g, g->p->lang, theme, who);
		if (f < 0)
			continue;
		if (o->len)
			buf_addc(o, ' ');
		buf_adds(o, foreign_sentences[f].text);
		count_mention(g->p, foreign_sentences[f].theme, foreign_sentences[f].pol);
	}
	if (!g->latin && rng_pm(&g->r, 80)) {
		buf_addc(o, ' ');
		f_emo_misc(g, o);
	}
}

/* Writes voice_text into B->a and follow_up into B->fu; returns the lang. */
int compose(gen *g, bufs *B, int source)
{
	person *p = g->p;
	rng_t *r = &g->r;
	static const int voice_of[NSOURCES] = {V_Y, V_W, V_P, V_E, V_G};
	int voice = voice_of[source];
	g->voice = voice;
	g->gparent = p->cohort == C_EY || (p->cohort == C_EH && p->age <= A_5_10);
	struct buf *o = &B->a;
	buf_reset(o);
	buf_reset(&B->fu);
	memset(g->rec_pol, -1, sizeof g->rec_pol);
	g->nused = 0;

	/* follow-up notes on reviews and workshops */
	if ((source == S_PATH && rng_pm(r, 350)) || (source == S_WORK && rng_pm(r, 250))) {
		g->theme = T_HOME;
		slot_expand_name(g, &B->fu, "follow_up");
	}

	if (rng_pm(r, 5))
		return L_EN; /* an empty answer */

	if (p->lang != L_EN && (voice == V_Y || voice == V_P) && rng_pm(r, 350)) {
		compose_foreign(g, o, voice);
		if (o->len)
			return p->lang;
	}

	int multiline = rng_pm(r, voice == V_W ? 250 : voice == V_E ? 200 : voice == V_G ? 350 : 25);
	if ((voice == V_W || voice == V_G) && rng_pm(r, 15)) {
		emit_long(g, o, voice);
	} else if (voice == V_Y && rng_pm(r, 60)) {
		slot_expand_name(g, o, "short_answer");
	} else {
		unsigned n = n_sentences(g, voice);
		int opener = (voice == V_W && rng_pm(r, 400)) || (voice == V_E && rng_pm(r, 350)) ||
		             (voice == V_G && rng_pm(r, 300));
		int pii_at = -1;
		if (rng_pm(r, 110))
			pii_at = (int)rng_below(r, n + 1);
		int theme0 = pick_theme(g, voice);
		const char *sep = multiline ? "\n" : " ";
		int need_sep = 0;
		if (opener) {
			slot_expand_name(g, o, voice == V_W ? "opener_w" : voice == V_E ? "opener_e" : g->gparent ? "opener_gp" : "opener_gy");
			sb_capitalise(o, 0);
			if (!multiline)
				buf_addc(o, '.');
			need_sep = 1;
		}
		for (unsigned i = 0; i <= n; i++) {
			if ((int)i == pii_at) {
				if (need_sep)
					buf_adds(o, sep);
				emit_pii(g, o, voice);
				end_sentence(g, o, voice, i == n);
				need_sep = 1;
			}
			if (i == n)
				break;
			if (need_sep)
				buf_adds(o, sep);
			int theme = (i == 0 || rng_pm(r, 350)) ? theme0 : pick_theme(g, voice);
			for (int tries = 0; tries < 6 && !theme_fresh(g, theme, pick_pol(g, theme, voice), voice); tries++)
				theme = pick_theme(g, voice);
			emit_sentence(g, o, voice, theme, pick_pol(g, theme, voice));
			end_sentence(g, o, voice, i + 1 == n && pii_at != (int)n);
			need_sep = 1;
		}
	}

	/* quirks of real exports */
	if ((voice == V_W || voice == V_E || voice == V_G) && rng_pm(r, 300)) {
		/* British house style: quotations in single quotes */
		for (size_t i = 0; i < o->len; i++)
			if (o->s[i] == '"')
				o->s[i] = '\'';
	}
	unsigned ts_pm = voice == V_Y ? 120 : voice == V_P ? 30 : 0;
	if (rng_pm(r, ts_pm)) {
		apply_subst(g, &B->a, &B->b, textspeak, n_textspeak, 650);
		swap_bufs(&B->a, &B->b);
		if (rng_pm(r, 350))
			lowercase_all(&B->a);
	}
	unsigned ms_pm = voice == V_Y ? 160 : voice == V_P ? 100 : 40;
	if (rng_pm(r, ms_pm)) {
		apply_subst(g, &B->a, &B->b, misspell, n_misspell, 800);
		swap_bufs(&B->a, &B->b);
	}
	if (rng_pm(r, 40))
		drop_space_after_stop(&B->a);
	if ((voice == V_Y || voice == V_P || voice == V_G) && rng_pm(r, voice == V_Y ? 100 : 40)) {
		struct buf *t = &B->a;
		if (t->len && rng_below(r, 4) == 0) {
			/* emoji at the start */
			buf_reset(&B->b);
			f_emo_misc(g, &B->b);
			buf_addc(&B->b, ' ');
			buf_add(&B->b, t->s, t->len);
			swap_bufs(&B->a, &B->b);
		} else {
			if (t->len)
				buf_addc(t, ' ');
			unsigned x = rng_below(r, 10);
			if (x < 2)
				f_emo_misc(g, t);
			else if (p->ment[g->theme][NEG] > p->ment[g->theme][POS])
				f_emo_neg(g, t);
			else
				f_emo_pos(g, t);
		}
	}
	unsigned curly_pm = (voice == V_W || voice == V_E) ? 150 : voice == V_G ? 120 : voice == V_P ? 60 : 40;
	if (g->latin)
		curly_pm *= 3; /* word-processor exports */
	int mojibake = rng_pm(r, 12);
	if (mojibake || rng_pm(r, curly_pm)) {
		apply_curly(g, &B->a, &B->b);
		swap_bufs(&B->a, &B->b);
	}
	if (mojibake) {
		apply_mojibake(g, &B->a, &B->b);
		swap_bufs(&B->a, &B->b);
	}
	if (rng_pm(r, 25))
		double_a_space(g, &B->a);
	if (rng_pm(r, 25))
		buf_adds(&B->a, rng_below(r, 2) ? " " : "  ");
	return L_EN;
}
