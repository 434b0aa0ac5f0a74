/*
 * details.c - made-up personal details: names, streets, dates, and phone,
 * NHS, National Insurance numbers, postcodes, addresses and e-mail
 * addresses of valid shape from ranges that are never issued (Ofcom drama
 * numbers, the 999 NHS range, example.org).  A person's details come from
 * a private stream, so the same person keeps them across records.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "gen.h"
#include "banned.h"

/* Made-up people, places and numbers.                                 */

/* Given names common in England; some are also ordinary words. */
const char *const fem_names[] = {
	"Sarah", "Karen", "Emma", "Jessica", "Sophie", "Chloe", "Olivia", "Amelia", "Ava",
	"Mia", "Isla", "Grace", "May", "Hope", "Lily", "Ella", "Ruby", "Evie", "Poppy",
	"Zoë", "Renée", "Aisha", "Fatima", "Zainab", "Amira", "Priya", "Maja", "Agnieszka",
	"Leanne", "Kelly", "Tracey", "Jade", "Shannon", "Kayleigh", "Precious", "Ioana",
};
const char *const masc_names[] = {
	"Oliver", "George", "Harry", "Jack", "Jacob", "Noah", "Charlie", "Leo", "Alfie",
	"Freddie", "Oscar", "Will", "Mark", "James", "Tom", "Daniel", "Ryan", "Liam",
	"Callum", "Kyle", "Jordan", "Mohammed", "Yusuf", "Ibrahim", "Omar", "Kacper",
	"Jakub", "Tyler", "Dylan", "Reece", "Jayden", "Kai", "José", "Dean", "Wayne", "Abdi",
};
const char *const family_names[] = {
	"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
	"Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
	"Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Ahmed", "Hussain", "Ali",
	"Begum", "Kowalski", "Nowak", "Popescu", "Hassan", "Okafor", "Mensah", "Campbell",
	"Murphy", "O'Brien", "Hughes", "Edwards", "Turner", "Lewis", "Harris", "Warsame",
};
/* Street names chosen to be plausible but generic. */
static const char *const street_first[] = {
	"Acacia", "Juniper", "Larkspur", "Foxglove", "Kestrel", "Wrenfield", "Brackenby",
	"Hollins", "Mill", "Orchard", "Tanyard", "Ropewalk", "Cinder", "Saxby", "Thornbury",
	"Pennyfield", "Marlpit", "Lantern", "Quarry", "Rookery", "Elderflower", "Sorrel",
	"Chantry", "Wyvern", "Heronsgate", "Coppice",
};
static const char *const street_kind[] = {
	"Avenue", "Close", "Road", "Lane", "Way", "Court", "Crescent", "Street", "Drive",
	"Gardens", "Walk", "Row", "Grove",
};
const char *const month_name[12] = {
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"};
const char *const month_abbr[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"};

/* Ofcom drama numbers: 8 fixed digits, then 3 free digits. */
typedef struct { const char *fixed; int kind; } phone_range;
enum { PH_MOBILE, PH_AREA4, PH_AREA3 };
static const phone_range phone_ranges[] = {
	{"07700900", PH_MOBILE}, {"07700900", PH_MOBILE}, {"07700900", PH_MOBILE},
	{"01134960", PH_AREA4}, {"01144960", PH_AREA4}, {"01154960", PH_AREA4},
	{"01174960", PH_AREA4}, {"01184960", PH_AREA4}, {"01214960", PH_AREA4},
	{"01314960", PH_AREA4}, {"01414960", PH_AREA4}, {"01514960", PH_AREA4},
	{"01614960", PH_AREA4}, {"01914980", PH_AREA4}, {"02079460", PH_AREA3},
	{"02896496", PH_AREA3}, {"02920180", PH_AREA3},
};

/* A private stream for one of a person's details, so that the same person
 * keeps the same name, phone number or address across records. */
void person_rng(rng_t *r, const person *p, unsigned kind)
{
	rng_seed(r, p->pii_seed ^ (0xA24BAED4963EE407u * (kind + 1)));
}

const char *pick(rng_t *r, const char *const *list, size_t n) { return list[rng_below(r, (uint32_t)n)]; }

const char *any_given(rng_t *r)
{
	return rng_below(r, 2) ? pick(r, fem_names, COUNT(fem_names)) : pick(r, masc_names, COUNT(masc_names));
}

void put_ordinal(struct buf *o, unsigned d)
{
	sb_putu(o, d, 1);
	const char *suf = "th";
	if (d % 10 == 1 && d != 11)
		suf = "st";
	else if (d % 10 == 2 && d != 12)
		suf = "nd";
	else if (d % 10 == 3 && d != 13)
		suf = "rd";
	buf_adds(o, suf);
}

static unsigned days_in_month(unsigned y, unsigned m)
{
	static const unsigned dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

void day_to_ymd(unsigned day, unsigned *y, unsigned *m, unsigned *d)
{
	unsigned yy = 2023, mm = 1;
	for (;;) {
		unsigned len = (yy % 4 == 0) ? 366 : 365;
		if (day < len)
			break;
		day -= len;
		yy++;
	}
	while (day >= days_in_month(yy, mm)) {
		day -= days_in_month(yy, mm);
		mm++;
	}
	*y = yy;
	*m = mm;
	*d = day + 1;
}

/* UK phone number in one of the ways people write them. */
void put_phone(struct buf *o, rng_t *digits, rng_t *style)
{
	const phone_range *pr = &phone_ranges[rng_below(digits, COUNT(phone_ranges))];
	char d[12];
	memcpy(d, pr->fixed, 8);
	unsigned tail = rng_below(digits, 1000);
	d[8] = (char)('0' + tail / 100);
	d[9] = (char)('0' + tail / 10 % 10);
	d[10] = (char)('0' + tail % 10);
	d[11] = 0;
	/* group sizes after the leading 0 */
	int g1 = pr->kind == PH_MOBILE ? 4 : pr->kind == PH_AREA4 ? 3 : 2;
	int g2 = pr->kind == PH_MOBILE ? 6 : pr->kind == PH_AREA4 ? 3 : 4;
	int g3 = 10 - g1 - g2;
	const char *n = d + 1; /* national significant number */
	switch (rng_below(style, 8)) {
	case 0: case 1: case 2: /* 0161 496 0123 / 07700 900123 */
		buf_addc(o, '0'); buf_add(o, n, (size_t)g1); buf_addc(o, ' '); buf_add(o, n + g1, (size_t)g2);
		if (g3) { buf_addc(o, ' '); buf_add(o, n + g1 + g2, (size_t)g3); }
		break;
	case 3: /* +44 (0)161 496 0123 */
		buf_adds(o, pr->kind == PH_MOBILE ? "+44 " : "+44 (0)");
		buf_add(o, n, (size_t)g1); buf_addc(o, ' '); buf_add(o, n + g1, (size_t)g2);
		if (g3) { buf_addc(o, ' '); buf_add(o, n + g1 + g2, (size_t)g3); }
		break;
	case 4: /* 0161-496-0123 */
		buf_addc(o, '0'); buf_add(o, n, (size_t)g1); buf_addc(o, '-'); buf_add(o, n + g1, (size_t)g2);
		if (g3) { buf_addc(o, '-'); buf_add(o, n + g1 + g2, (size_t)g3); }
		break;
	case 5: /* 01614960123 */
		buf_add(o, d, 11);
		break;
	case 6: /* +441614960123 */
		buf_adds(o, "+44"); buf_add(o, n, 10);
		break;
	default: /* (0161) 4960123 */
		buf_adds(o, "(0"); buf_add(o, n, (size_t)g1); buf_adds(o, ") "); buf_add(o, n + g1, (size_t)(g2 + g3));
		break;
	}
}

/* NHS number from the never-issued 999 range with a valid mod-11 check digit. */
void put_nhs(struct buf *o, rng_t *digits, rng_t *style)
{
	char d[10];
	for (;;) {
		d[0] = d[1] = d[2] = 9;
		for (int i = 3; i < 9; i++)
			d[i] = (char)rng_below(digits, 10);
		unsigned sum = 0;
		for (int i = 0; i < 9; i++)
			sum += (unsigned)d[i] * (unsigned)(10 - i);
		unsigned check = 11 - sum % 11;
		if (check == 11)
			check = 0;
		if (check == 10)
			continue; /* no valid number with these nine digits */
		d[9] = (char)check;
		break;
	}
	int spaced = rng_below(style, 3) != 0;
	for (int i = 0; i < 10; i++) {
		if (spaced && (i == 3 || i == 6))
			buf_addc(o, ' ');
		buf_addc(o, (char)('0' + d[i]));
	}
}

/* National Insurance number of valid format. */
void put_nino(struct buf *o, rng_t *digits, rng_t *style)
{
	static const char first[] = "ABCEGHJKLMNOPRSTWXYZ"; /* not D F I Q U V */
	static const char second[] = "ABCEGHJKLMNPRSTWXYZ"; /* nor O */
	static const char *const banned[] = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"};
	char pre[3] = {0, 0, 0};
	for (int ok = 0; !ok;) {
		pre[0] = first[rng_below(digits, sizeof first - 1)];
		pre[1] = second[rng_below(digits, sizeof second - 1)];
		ok = 1;
		for (size_t i = 0; i < COUNT(banned); i++)
			if (memcmp(pre, banned[i], 2) == 0)
				ok = 0;
	}
	char num[7];
	for (int i = 0; i < 6; i++)
		num[i] = (char)('0' + rng_below(digits, 10));
	char suffix = (char)('A' + rng_below(digits, 4));
	int lower = rng_below(style, 10) == 0;
	if (lower) {
		pre[0] = (char)(pre[0] - 'A' + 'a');
		pre[1] = (char)(pre[1] - 'A' + 'a');
		suffix = (char)(suffix - 'A' + 'a');
	}
	buf_add(o, pre, 2);
	if (rng_below(style, 2)) {
		for (int i = 0; i < 6; i += 2) {
			buf_addc(o, ' ');
			buf_add(o, num + i, 2);
		}
		buf_addc(o, ' ');
	} else {
		buf_add(o, num, 6);
	}
	buf_addc(o, suffix);
}

/* Postcode of valid shape for the site's areas, any case, space or not. */
void put_postcode(struct buf *o, int site, rng_t *digits, rng_t *style)
{
	static const char inward[] = "ABDEFGHJLNPQRSTUWXYZ";
	char pc[10];
	size_t n = 0;
	const char *area = site_pc_area[site][rng_below(digits, 4)];
	size_t al = strlen(area);
	memcpy(pc, area, al);
	n = al;
	unsigned district = rng_range(digits, 1, al == 1 ? 9 : 29);
	if (district >= 10)
		pc[n++] = (char)('0' + district / 10);
	pc[n++] = (char)('0' + district % 10);
	size_t outward = n;
	pc[n++] = (char)('0' + rng_below(digits, 10));
	pc[n++] = inward[rng_below(digits, sizeof inward - 1)];
	pc[n++] = inward[rng_below(digits, sizeof inward - 1)];
	unsigned st = rng_below(style, 10);
	int lower = st == 0 || st == 1;
	int nospace = st == 1 || st == 2 || st == 3;
	for (size_t i = 0; i < n; i++) {
		if (i == outward && !nospace)
			buf_addc(o, ' ');
		char c = pc[i];
		if (lower && c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		buf_addc(o, c);
	}
}

void put_address(struct buf *o, int site, rng_t *d)
{
	const char *street = pick(d, street_first, COUNT(street_first));
	const char *kind = pick(d, street_kind, COUNT(street_kind));
	switch (rng_below(d, 5)) {
	case 0:
		buf_adds(o, "Flat ");
		sb_putu(o, rng_range(d, 1, 24), 1);
		buf_adds(o, ", ");
		break;
	case 1:
		buf_adds(o, "Flat ");
		sb_putu(o, rng_range(d, 1, 12), 1);
		buf_adds(o, ", ");
		buf_adds(o, pick(d, street_first, COUNT(street_first)));
		buf_adds(o, " House, ");
		break;
	default:
		break;
	}
	sb_putu(o, rng_range(d, 1, 180), 1);
	if (rng_below(d, 8) == 0)
		buf_addc(o, (char)('a' + rng_below(d, 3)));
	buf_addc(o, ' ');
	buf_adds(o, street);
	buf_addc(o, ' ');
	buf_adds(o, kind);
	if (rng_below(d, 3) == 0) {
		buf_adds(o, ", ");
		buf_adds(o, site_name[site]);
	}
}

/* Lower-case ASCII letters and digits of a name, for e-mail local parts. */
static void put_email_word(struct buf *o, const char *s)
{
	for (const unsigned char *u = (const unsigned char *)s; *u; u++) {
		if (*u >= 'A' && *u <= 'Z')
			buf_addc(o, (char)(*u - 'A' + 'a'));
		else if ((*u >= 'a' && *u <= 'z') || (*u >= '0' && *u <= '9'))
			buf_addc(o, (char)*u);
		else if (*u == 0xC3 && (u[1] == 0xA9 || u[1] == 0xAB)) { /* é ë */
			buf_addc(o, 'e');
			u++;
		}
	}
}

void put_email(struct buf *o, const char *given, const char *family, rng_t *d, rng_t *style)
{
	static const char *const dom[] = {"example.org", "example.com", "example.net"};
	size_t start = o->len;
	switch (rng_below(d, 5)) {
	case 0: case 1:
		put_email_word(o, given); buf_addc(o, '.'); put_email_word(o, family);
		break;
	case 2:
		put_email_word(o, given); sb_putu(o, rng_range(d, 1, 99), 2);
		break;
	case 3:
		put_email_word(o, given); buf_addc(o, '_'); put_email_word(o, family); sb_putu(o, rng_range(d, 0, 99), 2);
		break;
	default:
		buf_addc(o, given[0] >= 'A' && given[0] <= 'Z' ? (char)(given[0] - 'A' + 'a') : 'x');
		put_email_word(o, family);
		break;
	}
	buf_addc(o, '@');
	buf_adds(o, dom[rng_below(d, 3)]);
	if (rng_below(style, 10) == 0)
		sb_capitalise(o, start);
}

/* Date of birth of the person, consistent with their age band. */
void person_dob(const person *p, unsigned *y, unsigned *m, unsigned *d)
{
	rng_t r;
	person_rng(&r, p, 12);
	*y = p->birth_year;
	*m = rng_range(&r, 1, 12);
	*d = rng_range(&r, 1, days_in_month(*y, *m));
}

const size_t n_family_names = COUNT(family_names);

const size_t n_fem_names = COUNT(fem_names);

const size_t n_masc_names = COUNT(masc_names);
