/*
 * output.c - the two CSV files: a voices record as one CRLF line with
 * RFC 4180 quoting, and a person's outcomes, whose rates are loosely tied
 * to what the person talked about.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "gen.h"
#include "banned.h"

/* CSV output.                                                         */

static void csv_field(struct buf *line, const char *s, size_t n)
{
	int quote = 0;
	for (size_t i = 0; i < n && !quote; i++)
		quote = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n';
	if (!quote) {
		buf_add(line, s, n);
		return;
	}
	buf_addc(line, '"');
	size_t start = 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] == '"') {
			buf_add(line, s + start, i + 1 - start);
			buf_addc(line, '"');
			start = i + 1;
		}
	buf_add(line, s + start, n - start);
	buf_addc(line, '"');
}

void write_record(gen *g, bufs *B, uint32_t rid, int source, int lang)
{
	const person *p = g->p;
	struct buf *l = &B->line;
	unsigned y, m, d;
	day_to_ymd(p->day, &y, &m, &d);
	buf_reset(l);
	buf_addc(l, 'R');
	sb_putu(l, rid, 7);
	buf_adds(l, ",P");
	sb_putu(l, p->pid, 6);
	buf_addc(l, ',');
	buf_adds(l, site_name[p->site]);
	buf_addc(l, ',');
	buf_adds(l, source_name[source]);
	buf_addc(l, ',');
	sb_putu(l, y, 4);
	buf_addc(l, '-');
	sb_putu(l, m, 2);
	buf_addc(l, '-');
	sb_putu(l, d, 2);
	buf_addc(l, ',');
	buf_adds(l, lang_code[lang]);
	buf_addc(l, ',');
	csv_field(l, B->a.s, B->a.len);
	buf_addc(l, ',');
	csv_field(l, B->fu.s, B->fu.len);
	buf_adds(l, "\r\n");
}

/* Outcomes.                                                           */

static unsigned clamp_pm(int x) { return x < 30 ? 30 : x > 950 ? 950 : (unsigned)x; }

static int cap3(int x) { return x > 3 ? 3 : x; }

/* One outcomes row; randomness is drawn from the person's own stream so
 * that it does not disturb the voices file. */
void write_outcome(FILE *f, const person *p)
{
	rng_t r;
	person_rng(&r, p, 99);
	int bad_home = (p->bad >> T_HOME) & 1, bad_edu = (p->bad >> T_EDU) & 1;
	int bad_work = (p->bad >> T_WORK) & 1, bad_health = (p->bad >> T_HEALTH) & 1;
	int bad_ey = (p->bad >> T_EY) & 1;
	const char *neet = "", *accom = "", *gld = "";
	if (p->age >= A_16_17) {
		int base = p->cohort == C_CL ? 180 : 60;
		int pm = base + 110 * (bad_edu + bad_work) + 60 * bad_health +
		         40 * cap3(p->ment[T_EDU][NEG] + p->ment[T_WORK][NEG]) -
		         80 * cap3(p->ment[T_EDU][POS] + p->ment[T_WORK][POS]);
		neet = rng_pm(&r, clamp_pm(pm)) ? "yes" : "no";
		base = p->cohort == C_CL ? 60 : 30;
		pm = base + 280 * bad_home + 60 * cap3(p->ment[T_HOME][NEG]) -
		     40 * cap3(p->ment[T_HOME][POS]) + 40 * bad_work;
		accom = rng_pm(&r, clamp_pm(pm)) ? "no" : "yes";
	}
	if (p->cohort == C_EY && p->age <= A_5_10) {
		int pm = 780 - 300 * bad_ey - 60 * cap3(p->ment[T_EY][NEG]) +
		         50 * cap3(p->ment[T_EY][POS]) - 50 * bad_work;
		gld = rng_pm(&r, clamp_pm(pm)) ? "yes" : "no";
	}
	fprintf(f, "P%06u,%s,%s,%s,%s,%s,%s,%s\n", (unsigned)p->pid, site_name[p->site],
	        cohort_name[p->cohort], age_name[p->age], p->cohort == C_CL ? "yes" : "no",
	        neet, accom, gld);
}
