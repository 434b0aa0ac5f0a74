/*
 * quirks.c - the quirks of real exports, applied to finished English text:
 * text-speak and misspellings, lower case, curly quotes, mojibake, missing
 * or doubled spaces and Windows line breaks.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "gen.h"
#include "banned.h"

/* Quirks of real exports, applied to finished English text.          */

/* Longer phrases first: the first match wins. */
const subst textspeak[] = {
	{"to be honest", "tbh"}, {"I don't know", "idk|dunno|i dunno"}, {"don't know", "dunno"},
	{"social worker", "sw|SW"}, {"personal adviser", "pa|PA"}, {"because", "cos|coz|cuz|bc"},
	{"going to", "gonna"}, {"want to", "wanna"}, {"you're", "ur|youre"}, {"your", "ur"},
	{"you", "u"}, {"really", "rly|rlly|realy"}, {"people", "ppl"}, {"please", "pls|plz"},
	{"though", "tho"}, {"probably", "prob|probs"}, {"I'm", "im|Im|i'm"}, {"don't", "dont"},
	{"can't", "cant"}, {"nothing", "nothin|nuffin"}, {"something", "sumthin|smth"},
	{"tomorrow", "tmrw|2moro"}, {"with", "w/|wiv"}, {"thanks", "thx|ta"}, {"before", "b4"},
	{"I've", "ive|i've"}, {"I", "i"}, {"and", "n|&|and"}, {"okay", "ok|k"}, {"at the moment", "atm"},
};

const subst misspell[] = {
	{"friends", "freinds"}, {"believe", "beleive"}, {"definitely", "definately|defo|definatly"},
	{"school", "skool|scool"}, {"because", "becuase|beacause"}, {"separate", "seperate"},
	{"until", "untill"}, {"appointment", "apointment|appointmant"}, {"probably", "probly"},
	{"really", "realy"}, {"tomorrow", "tommorow"}, {"receive", "recieve"},
	{"accommodation", "accomodation|acommodation"}, {"college", "collage"},
	{"anxiety", "anxeity"}, {"weird", "wierd"}, {"which", "wich"},
	{"independent", "independant"}, {"nursery", "nusery"}, {"necessary", "neccessary"},
	{"could have", "could of"}, {"would have", "would of"}, {"a lot", "alot"},
	{"waiting", "wating"}, {"difficult", "dificult"}, {"their", "there"}, {"placement", "placment"},
	{"social", "socail"}, {"meeting", "meting"}, {"worried", "woried"}, {"family", "famly"},
	{"anything", "anythink"}, {"something", "somethink"}, {"going", "goin"}, {"months", "munths"},
};

static int is_word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' || c >= 0x80;
}

/* Replace whole words or phrases from a table, each match with chance pm. */
void apply_subst(gen *g, const struct buf *in, struct buf *out, const subst *tab, size_t ntab, unsigned pm)
{
	buf_reset(out);
	size_t i = 0;
	while (i < in->len) {
		int done = 0;
		if (i == 0 || !is_word_byte((unsigned char)in->s[i - 1])) {
			for (size_t k = 0; k < ntab && !done; k++) {
				size_t fl = strlen(tab[k].from);
				if (fl > in->len - i)
					continue;
				char c0 = in->s[i];
				if (c0 >= 'A' && c0 <= 'Z' && tab[k].from[0] != c0)
					c0 = (char)(c0 - 'A' + 'a');
				if (c0 != tab[k].from[0] || memcmp(in->s + i + 1, tab[k].from + 1, fl - 1) != 0)
					continue;
				if (i + fl < in->len && is_word_byte((unsigned char)in->s[i + fl]))
					continue;
				if (rng_pm(&g->r, pm)) {
					expand_alts(g, out, tab[k].to, strlen(tab[k].to));
				} else {
					buf_add(out, in->s + i, fl);
				}
				i += fl;
				done = 1;
			}
		}
		if (!done) {
			/* copy the rest of this word at once */
			size_t j = i + 1;
			while (j < in->len && is_word_byte((unsigned char)in->s[j]) && is_word_byte((unsigned char)in->s[j - 1]))
				j++;
			buf_add(out, in->s + i, j - i);
			i = j;
		}
	}
}

void lowercase_all(struct buf *s)
{
	for (size_t i = 0; i < s->len; i++)
		if (s->s[i] >= 'A' && s->s[i] <= 'Z')
			s->s[i] = (char)(s->s[i] - 'A' + 'a');
}

/* Word-processor typography: ' " and " - " become ’ “ ” and a dash. */
void apply_curly(gen *g, const struct buf *in, struct buf *out)
{
	static const char *const dashes[] = {" \xE2\x80\x93 ", " \xE2\x80\x93 ", "\xE2\x80\x94", " \xE2\x80\x94 "};
	const char *dash = dashes[rng_below(&g->r, COUNT(dashes))];
	buf_reset(out);
	for (size_t i = 0; i < in->len; i++) {
		char c = in->s[i];
		char prev = i ? in->s[i - 1] : ' ';
		if (c == '\'') {
			/* opening single quote after a space, else apostrophe */
			buf_adds(out, (prev == ' ' || prev == '\n') ? "\xE2\x80\x98" : "\xE2\x80\x99");
		} else if (c == '"') {
			buf_adds(out, (prev == ' ' || prev == '\n' || prev == '(' || i == 0) ? "\xE2\x80\x9C" : "\xE2\x80\x9D");
		} else if (c == ' ' && i + 2 < in->len && in->s[i + 1] == '-' && in->s[i + 2] == ' ') {
			buf_adds(out, dash);
			i += 2;
		} else {
			buf_addc(out, c);
		}
	}
}

/* UTF-8 text read as Windows-1252 and saved again as UTF-8 (Iâ€™m). */
void apply_mojibake(gen *g, const struct buf *in, struct buf *out)
{
	static const uint16_t cp1252[32] = {
		0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
		0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
		0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
		0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
	buf_reset(out);
	size_t i = 0;
	while (i < in->len) {
		unsigned char c = (unsigned char)in->s[i];
		if (c < 0x80) {
			buf_addc(out, (char)c);
			i++;
			continue;
		}
		size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
		if (len > in->len - i)
			len = in->len - i;
		/* in --latin mode keep characters whose bytes have no cp1252 meaning */
		int keep = 0;
		if (g->latin)
			for (size_t k = 0; k < len; k++) {
				unsigned char b = (unsigned char)in->s[i + k];
				if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D)
					keep = 1;
			}
		if (keep) {
			buf_add(out, in->s + i, len);
		} else {
			for (size_t k = 0; k < len; k++) {
				unsigned char b = (unsigned char)in->s[i + k];
				unsigned u = b >= 0xA0 ? b : cp1252[b - 0x80];
				if (u < 0x800) {
					buf_addc(out, (char)(0xC0 | (u >> 6)));
					buf_addc(out, (char)(0x80 | (u & 0x3F)));
				} else {
					buf_addc(out, (char)(0xE0 | (u >> 12)));
					buf_addc(out, (char)(0x80 | ((u >> 6) & 0x3F)));
					buf_addc(out, (char)(0x80 | (u & 0x3F)));
				}
			}
		}
		i += len;
	}
}

/* "care. Staff" -> "care.Staff" */
void drop_space_after_stop(struct buf *s)
{
	size_t j = 0;
	for (size_t i = 0; i < s->len; i++) {
		if (s->s[i] == ' ' && i > 0 && s->s[i - 1] == '.' && i + 1 < s->len &&
		    ((s->s[i + 1] >= 'A' && s->s[i + 1] <= 'Z') || (s->s[i + 1] >= 'a' && s->s[i + 1] <= 'z')))
			continue;
		s->s[j++] = s->s[i];
	}
	buf_setlen(s, j);
}

void double_a_space(gen *g, struct buf *s)
{
	size_t spaces = 0;
	for (size_t i = 0; i < s->len; i++)
		spaces += s->s[i] == ' ';
	if (!spaces)
		return;
	size_t want = rng_below(&g->r, (uint32_t)spaces);
	for (size_t i = 0; i < s->len; i++)
		if (s->s[i] == ' ' && want-- == 0) {
			buf_grow(s, 1);
			memmove(s->s + i + 1, s->s + i, s->len - i);
			s->len++;
			s->s[s->len] = '\0';
			return;
		}
}

void to_crlf(const struct buf *in, struct buf *out)
{
	buf_reset(out);
	for (size_t i = 0; i < in->len; i++) {
		if (in->s[i] == '\n' && (i == 0 || in->s[i - 1] != '\r'))
			buf_addc(out, '\r');
		buf_addc(out, in->s[i]);
	}
}

const size_t n_misspell = COUNT(misspell);

const size_t n_textspeak = COUNT(textspeak);
