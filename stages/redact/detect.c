/*
 * detect.c - find personal data in a text, in one left-to-right pass.
 *
 * The detectors see the text through a folded view (view.c: NFKC forms,
 * Unicode spaces, dashes, ignorable controls transparent) and their
 * findings are mapped back to the original bytes.  E-mail addresses are
 * found first, from each '@' outwards (email_scan).  The pass then stops
 * only at the start of a word (a letter, digit, '+' or '(' after something
 * that is not part of a word) and decides from the first bytes which
 * detectors could match there, so that most words cost a few comparisons
 * (the cheap prefilter).  Structured identifiers are matched by anchored
 * PCRE2 patterns, JIT-compiled once, or in C (NHS numbers), and validated
 * in C (NHS mod 11, UPN check letter, NINO prefix and suffix, postcode
 * areas and districts, phone lengths).  Names are decided by names.c.  The
 * rules are in docs/redaction.md; bench/redact.py holds the patterns of an
 * earlier version, as a speed baseline only.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "detect.h"
#include "names.h"
#include "view.h"
#include "banned.h"
#include <unicode/uchar.h>
#include "utf8.h"

const char *const det_type_names[NTYPES] = {
	"EMAIL", "URL", "PHONE", "POSTCODE", "NHS_NUMBER", "NINO", "UPN",
	"DATE", "ADDRESS", "PERSON"
};

/* The patterns, one per detector, each anchored where the pass stands.
 * bench/redact.py uses the same text. */
#define MONTH "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|" \
	"june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|" \
	"nov(?:ember)?|dec(?:ember)?)"
#define DAY "(?:0?[1-9]|[12][0-9]|3[01])"
#define ORD "(?:st|nd|rd|th)?"
#define YEAR "(?:19|20)[0-9]{2}"

static const struct {
	const char *re;
	uint32_t opt;
} pats[] = {
	[T_EMAIL] = { NULL, 0 }, /* found in C: email_scan() */
	[T_URL] = { "(?:(?:https?|ftps?)://|www\\.)[^\\s<>\"'`]+",
	    PCRE2_CASELESS },
	/* +44, 0044 (with an optional (0) or 0), or a trunk 0, or (0 area
	 * code); separators: up to two of space, hyphen and dot, or a
	 * bracket.  phone_ok() counts the digits. */
	[T_PHONE] = { "(?:(?:\\+[ ]?|00[ ]?|\\(\\+)44\\)?[ .-]{0,2}(?:\\(0\\)[ .-]{0,2}|0[ .-]{0,2})?"
	    "\\(?|\\(0|0)[1-9](?:\\)?[ .-]{0,2}[0-9]){8,9}(?![0-9])", 0 },
	[T_POSTCODE] = { "(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|"
	    "[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) {0,2}[0-9]"
	    "[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9]|-[0-9])", PCRE2_CASELESS },
	/* NHS numbers are found in C (nhs_at); NINO: the shape, with any
	 * letters, so that a bad prefix or suffix rejects the whole string
	 * (nino_ok) instead of leaving a part behind. */
	[T_NHS_NUMBER] = { NULL, 0 },
	[T_NINO] = { "[A-Z]{2}(?:[ .-]{0,2}[0-9]){6}"
	    "(?:[ .-]{0,2}[A-Z](?![A-Za-z0-9]))?(?![A-Za-z0-9]|[ .-][0-9])", PCRE2_CASELESS },
	[T_UPN] = { "[A-HJ-NP-RT-Z](?:[ .-]?[0-9]){11}[ .-]?[0-9A-HJ-NP-RT-Z](?![A-Za-z0-9])",
	    PCRE2_CASELESS },
	[T_DATE] = { "(?:" DAY " ?[/.-] ?(?:0?[1-9]|1[0-2]) ?[/.-] ?(?:19|20)?[0-9]{2}|"
	    DAY "[/.-]" MONTH "\\.?[/.-](?:19|20)?[0-9]{2}|"
	    YEAR "[/.](?:0?[1-9]|1[0-2])[/.](?:0?[1-9]|[12][0-9]|3[01])|"
	    DAY " (?:0?[1-9]|1[0-2]) " YEAR "|"
	    YEAR "-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])|"
	    DAY ORD "(?: of)? +" MONTH "\\.?(?:,? +" YEAR ")?|"
	    MONTH "\\.? +" DAY ORD "(?:,? +" YEAR ")?|"
	    MONTH " +" YEAR ")(?![A-Za-z0-9])", PCRE2_CASELESS },
	[T_ADDRESS] = { "(?:(?:Flat|Apartment|Apt|Unit|Room|flat)\\.? +[0-9]{1,4}[A-Za-z]?,? +"
	    "(?:(?:[A-Z][A-Za-z'-]+ +){1,2}(?:House|Court|Lodge|Mansions|Buildings?|"
	    "Tower|Hall|Block),? +)?)?"
	    "[0-9]{1,4}[A-Za-z]?,? +(?:[A-Z][A-Za-z'-]+ +){1,3}"
	    "(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Way|Crescent|"
	    "Court|Place|Grove|Gardens|Terrace|Walk|Row|Square|Mews|Hill|Park|"
	    "Rise|View|Green|Parade|Vale|Croft|Meadow|Meadows|Fold|Gate|Chase|"
	    "Mount|Boulevard|Yard|Wharf|Estate|Heights|Bank|Brow|Lea|Dene|"
	    "Approach|Broadway)(?![A-Za-z0-9])", 0 },
	[T_PERSON] = { NULL, 0 },
};

struct detector {
	unsigned types;
	int all_dates;
	pcre2_code *re[NTYPES];
	pcre2_code *addr_ci;     /* T_ADDRESS in any case, for context */
	pcre2_match_data *md;
	struct names nm;
	struct finding *f;
	size_t nf, fcap;
	struct view v;
	size_t *em;              /* e-mail spans in the view: start, end */
	size_t nem, emcap;
	uint64_t pc[27 * 27][2]; /* postcode districts 0..99 per area */
	size_t slot_at;          /* where a word after a relation word,
	                            title or "me and" would start (names) */
	const char *vs;          /* the view of the last det_run() */
	size_t vn;
};

/* ---- setup ---- */

static int
area_index(const char *a, size_t n)
{
	return (a[0] - 'A') * 27 + (n > 1 ? a[1] - 'A' : 26);
}

/* det_postcode_areas (postcode-areas.c) into the district bit sets. */
static void
postcode_areas_load(struct detector *d)
{
	const char *p = det_postcode_areas;

	while (*p) {
		size_t al = strcspn(p, " ");
		int ai = area_index(p, al);

		p += al;
		while (*p == ' ') {
			unsigned lo = 0, hi;

			p++;
			while (isdig((unsigned char)*p))
				lo = lo * 10 + (unsigned)(*p++ - '0');
			hi = lo;
			if (*p == '-') {
				p++;
				hi = 0;
				while (isdig((unsigned char)*p))
					hi = hi * 10 + (unsigned)(*p++ - '0');
			}
			for (unsigned k = lo; k <= hi && k < 100; k++)
				d->pc[ai][k / 64] |= (uint64_t)1 << (k % 64);
		}
		if (*p == '\n')
			p++;
	}
}

struct detector *
det_new(unsigned types, int all_dates, char *err, size_t errlen)
{
	struct detector *d = xcalloc(1, sizeof *d);
	d->types = types;
	d->all_dates = all_dates;
	int ec;
	PCRE2_SIZE eo;

	for (int t = 0; t < NTYPES; t++) {
		if (!pats[t].re)
			continue;
		d->re[t] = pcre2_compile((PCRE2_SPTR)pats[t].re,
		    PCRE2_ZERO_TERMINATED, pats[t].opt | PCRE2_ANCHORED, &ec,
		    &eo, NULL);
		if (!d->re[t]) {
			char m[256];

			pcre2_get_error_message(ec, (PCRE2_UCHAR *)m, sizeof m);
			snprintf(err, errlen, "%s pattern: %s at offset %zu",
			    det_type_names[t], m, (size_t)eo);
			det_free(d);
			return NULL;
		}
		/* Without JIT (a platform PCRE2 lacks it) matching still
		 * works through the interpreter, only slower. */
		(void)pcre2_jit_compile(d->re[t], PCRE2_JIT_COMPLETE);
	}
	d->addr_ci = pcre2_compile((PCRE2_SPTR)pats[T_ADDRESS].re,
	    PCRE2_ZERO_TERMINATED, PCRE2_ANCHORED | PCRE2_CASELESS, &ec, &eo,
	    NULL);
	if (!d->addr_ci)
		die(HARK_ETROUBLE, "out of memory");
	(void)pcre2_jit_compile(d->addr_ci, PCRE2_JIT_COMPLETE);
	d->md = pcre2_match_data_create(4, NULL);
	if (!d->md)
		die(HARK_ETROUBLE, "out of memory");
	names_init(&d->nm);
	if (view_init(&d->v, err, errlen) < 0) {
		det_free(d);
		return NULL;
	}
	postcode_areas_load(d);
	return d;
}

void
det_free(struct detector *d)
{
	if (!d)
		return;
	for (int t = 0; t < NTYPES; t++)
		pcre2_code_free(d->re[t]);
	pcre2_code_free(d->addr_ci);
	pcre2_match_data_free(d->md);
	names_free(&d->nm);
	view_free(&d->v);
	free(d->em);
	free(d->f);
	free(d);
}

void
det_add_known(struct detector *d, const char *p, size_t n)
{
	names_add_known(&d->nm, p, n);
}

void
det_add_not_name(struct detector *d, const char *p, size_t n)
{
	names_add_not_name(&d->nm, p, n);
}

/* ---- validation ---- */

int
det_nhs_ok(const char *x)
{
	int sum = 0, chk;

	for (int i = 0; i < 9; i++)
		sum += (x[i] - '0') * (10 - i);
	chk = 11 - sum % 11;
	if (chk == 11)
		chk = 0;
	return chk != 10 && chk == x[9] - '0';
}

/* UPN check letters: A..Z without I, O, S (value 0..22). */
static const char upn_letters[] = "ABCDEFGHJKLMNPQRTUVWXYZ";

int
det_upn_ok(const char *u)
{
	int sum = 0;
	const char *p;

	for (int i = 1; i < 13; i++) {
		int v;

		if (isdig((unsigned char)u[i]))
			v = u[i] - '0';
		else if (i == 12 && (p = strchr(upn_letters, u[i])) != NULL &&
		    *p)
			v = (int)(p - upn_letters);
		else
			return 0;
		sum += v * (i + 1);
	}
	return u[0] == upn_letters[sum % 23];
}

/* Anchored match of detector t at i; returns the end or 0. */
static size_t
match_at(struct detector *d, int t, const char *s, size_t n, size_t i)
{
	int rc;

	if (!(d->types & (1u << t)))
		return 0;
	rc = pcre2_match(d->re[t], (PCRE2_SPTR)s, n, i, 0, d->md, NULL);
	if (rc < 0)
		return 0;
	return (size_t)pcre2_get_ovector_pointer(d->md)[1];
}

/* The letters and digits of s[i..e), upper case, into x (at most xn - 1). */
static size_t
id_chars(const char *s, size_t i, size_t e, char *x, size_t xn)
{
	size_t k = 0;

	for (size_t j = i; j < e && k < xn - 1; j++)
		if (isalnum_a((unsigned char)s[j]))
			x[k++] = (char)(s[j] >= 'a' && s[j] <= 'z' ? s[j] - 32 :
			    s[j]);
	x[k] = '\0';
	return k;
}

/* The lower-cased bytes of s[i - back .. i) into w (at least back + 1). */
static size_t
window_before(const char *s, size_t i, size_t back, char *w)
{
	size_t a = i > back ? i - back : 0, k = 0;

	for (size_t j = a; j < i; j++)
		w[k++] = (char)lower((unsigned char)s[j]);
	w[k] = '\0';
	return k;
}

/* Does the word key (letters) stand as a whole word in w? */
static int
has_word(const char *w, const char *key)
{
	size_t kl = strlen(key);

	for (const char *p = w; (p = strstr(p, key)) != NULL; p++)
		if ((p == w || !isalpha_a((unsigned char)p[-1])) &&
		    !isalpha_a((unsigned char)p[kl]))
			return 1;
	return 0;
}

/*
 * NINO: prefix letters by HMRC's rules (first not D F I Q U V; second not
 * D F I O Q U V; not BG GB KN NK NT TN ZZ), suffix A-D.  A NINO-shaped
 * string that breaks a rule is not a NINO and is left whole.  Without the
 * suffix only in capitals and after a national-insurance word within 48
 * bytes before it ("NI", "N.I.", "NINO", "national insurance").
 */
static int
nino_ok(const char *s, size_t i, size_t e)
{
	static const char *const bad[] = {
		"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"
	};
	char x[16], w[56];
	size_t k = id_chars(s, i, e, x, sizeof x);

	if (k != 8 && k != 9)
		return 0;
	if (strchr("DFIQUV", x[0]) || strchr("DFIOQUV", x[1]))
		return 0;
	for (size_t b = 0; b < sizeof bad / sizeof bad[0]; b++)
		if (x[0] == bad[b][0] && x[1] == bad[b][1])
			return 0;
	if (k == 9)
		return x[8] >= 'A' && x[8] <= 'D';
	if (!isupper_a((unsigned char)s[i]) || !isupper_a((unsigned char)s[i + 1]))
		return 0;
	window_before(s, i, 48, w);
	return has_word(w, "ni") || has_word(w, "nino") || has_word(w, "nin") ||
	    strstr(w, "n.i") != NULL || strstr(w, "insurance") != NULL;
}

static int
issep(char c)
{
	return c == ' ' || c == '.' || c == '-';
}

/* A lone digit group of an NHS number: the end of the 10 digits starting
 * at i, in any grouping (groups of two or more digits separated by up to
 * three spaces, hyphens or dots), or 0. */
static size_t
nhs_span(const char *s, size_t n, size_t i, char x[11])
{
	size_t j = i, k = 0, g = 0;

	if (i >= 2 && (s[i - 1] == '.' || s[i - 1] == '-' || s[i - 1] == '/') &&
	    isdig((unsigned char)s[i - 2]))
		return 0; /* the tail of a longer number */
	while (j < n && k < 10) {
		if (isdig((unsigned char)s[j])) {
			x[k++] = s[j++];
			g++;
			continue;
		}
		if (g < 2 || !issep(s[j]))
			return 0;
		{
			size_t q = j;

			while (q < n && q - j < 3 && issep(s[q]))
				q++;
			if (q >= n || !isdig((unsigned char)s[q]))
				return 0;
			j = q;
		}
		g = 0;
	}
	if (k < 10 || g < 2)
		return 0;
	if (j < n && (isdig((unsigned char)s[j]) || ((s[j] == '-' ||
	    s[j] == '.' || s[j] == '/') && j + 1 < n &&
	    isdig((unsigned char)s[j + 1]))))
		return 0;
	x[10] = '\0';
	return j;
}

/* NHS number: ten digits with a valid modulus 11 check digit (ten equal
 * digits are not a number anyone was given). */
static size_t
nhs_at(const char *s, size_t n, size_t i)
{
	char x[11];
	size_t e = nhs_span(s, n, i, x);

	if (!e || !det_nhs_ok(x) || strspn(x, (char[]){ x[0], 0 }) == 10)
		return 0;
	return e;
}

/* An NHS word within 32 bytes before i: "NHS", "CHI", "H&C", "patient". */
static int
nhs_context(const char *s, size_t i)
{
	char w[40];

	window_before(s, i, 32, w);
	return has_word(w, "nhs") || has_word(w, "chi") || strstr(w, "h&c") ||
	    has_word(w, "hcn") || has_word(w, "patient");
}

/* Phone: the national number (without +44, 0044, (0) and the trunk 0)
 * has 10 digits, or 9 for some geographic and freephone numbers. */
static int
phone_ok(const char *s, size_t i, size_t e)
{
	char x[32];
	size_t k = 0, off = 0;

	for (size_t j = i; j < e && k < sizeof x - 1; j++)
		if (isdig((unsigned char)s[j]))
			x[k++] = s[j];
	x[k] = '\0';
	if ((s[i] == '+' || (s[i] == '(' && s[i + 1] == '+')) && k > 2 &&
	    x[0] == '4' && x[1] == '4')
		off = 2;
	else if (k > 4 && !memcmp(x, "0044", 4))
		off = 4;
	if (off < k && x[off] == '0')
		off++;
	k -= off;
	if (k == 10)
		return 1;
	return k == 9 && (x[off] == '1' || x[off] == '5' || x[off] == '8');
}

/*
 * Postcode: upper or lower case, or mixed when written whole with its
 * space ("Ls6 2ab": a word with a digit inside is seldom mixed); the area must be one of
 * the UK's (postcode-areas.c) and the district one of its districts; a
 * district with a letter (SW1A, EC1V, W1D, E1W, N1C, NW1W, SE1P, WC2H)
 * only in central London's areas and districts 1-4.  Returns 1 (a
 * postcode), 2 (a real area, a district not in the list) or 0.
 */
static int
postcode_ok(const struct detector *d, const char *s, size_t i, size_t e)
{
	char x[16];
	size_t k, al = 0, dl = 0;
	int up = 0, lo = 0;
	unsigned dn = 0;

	for (size_t j = i; j < e; j++) {
		unsigned char c = (unsigned char)s[j];

		up |= isupper_a(c);
		lo |= c >= 'a' && c <= 'z';
	}
	if (up && lo && !memchr(s + i, ' ', e - i))
		return 0;
	k = id_chars(s, i, e, x, sizeof x);
	if (k == 6 && !memcmp(x, "GIR0AA", 6))
		return 1;
	if (k < 5)
		return 0;
	while (al < 2 && isalpha_a((unsigned char)x[al]))
		al++;
	while (al + dl < k - 3 && isdig((unsigned char)x[al + dl]))
		dn = dn * 10 + (unsigned)(x[al + dl++] - '0');
	if (dl == 0 || dl > 2 || (dl == 2 && x[al] == '0'))
		return 0;
	if (al + dl < k - 3) { /* a letter after the district */
		static const char *const central[] = {
			"E", "EC", "N", "NW", "SE", "SW", "W", "WC"
		};
		int ok = 0;

		for (size_t c = 0; c < sizeof central / sizeof central[0]; c++)
			if (strlen(central[c]) == al &&
			    !memcmp(central[c], x, al))
				ok = 1;
		return ok && dl == 1 && dn >= 1 && dn <= 4 &&
		    (d->pc[area_index(x, al)][0] >> dn & 1) ? 1 : 0;
	}
	if ((d->pc[area_index(x, al)][dn / 64] >> (dn % 64)) & 1)
		return 1;
	/* An area that exists, a district that does not (as far as the
	 * list knows): the caller looks at the context. */
	return d->pc[area_index(x, al)][0] || d->pc[area_index(x, al)][1] ? 2 : 0;
}

/* Is a postcode expected at i: an ADDRESS found just before, or
 * "postcode", "post code", "address" within 40 bytes before? */
static int
postcode_context(const struct detector *d, const char *s, size_t i)
{
	char w[48];

	if (d->nf && d->f[d->nf - 1].type == T_ADDRESS &&
	    i - d->f[d->nf - 1].end <= 40)
		return 1;
	window_before(s, i, 40, w);
	return strstr(w, "postcode") || strstr(w, "post code") ||
	    strstr(w, "address");
}

/* Does a date-of-birth phrase stand within a few words before i, or just
 * after e? */
static int
dob_context(const char *s, size_t n, size_t i, size_t e)
{
	char w[72];
	size_t a = i > 64 ? i - 64 : 0, k = 0;
	static const char *const keys[] = { "born", "dob", "d.o.b", "birth", "b'day", "bday",
		"d/o/b", "d-o-b", "d o b", "b/d", "b.d.", "d.ob", "do.b"
	};

	for (size_t j = a; j < i; j++)
		w[k++] = (char)lower((unsigned char)s[j]);
	w[k] = '\0';
	for (size_t q = 0; q < sizeof keys / sizeof keys[0]; q++) {
		const char *hit = NULL, *p = w;

		while ((p = strstr(p, keys[q])) != NULL) {
			hit = p;
			p++;
		}
		/* Only the sentence the date stands in (the dots of
		 * "d.o.b." are not a sentence end). */
		if (hit) {
			const char *from = hit + strlen(keys[q]);

			if (*from == '.')
				from++;
			if (!memchr(from, '.', (size_t)(w + k - from)) &&
			    !memchr(from, '\n', (size_t)(w + k - from)))
				return 1;
		}
	}
	k = 0;
	for (size_t j = e; j < n && k < 16; j++)
		w[k++] = (char)lower((unsigned char)s[j]);
	w[k] = '\0';
	return strstr(w, "dob") || strstr(w, "d.o.b") || strstr(w, "born");
}

static int
is_month_word(const char *s, size_t i, size_t e)
{
	static const char m[] = "jan feb mar apr may jun jul aug sep oct nov dec ";
	char x[4];

	unsigned char f = lower((unsigned char)s[i]);

	/* The first letters of the months: a j f m s o n d. */
	if (e - i < 3 || e - i > 9 || f < 'a' || f > 'z' ||
	    !((1u << (f - 'a')) & 0x47229u))
		return 0;
	for (int k = 0; k < 3; k++)
		x[k] = (char)lower((unsigned char)s[i + k]);
	x[3] = ' ';
	for (const char *p = m; *p; p += 4)
		if (memcmp(p, x, 4) == 0)
			return 1;
	return 0;
}

static size_t
try_date(struct detector *d, const char *s, size_t n, size_t i)
{
	size_t e = match_at(d, T_DATE, s, n, i);

	if (e && (d->all_dates || dob_context(s, n, i, e)))
		return e;
	return 0;
}

/*
 * An address written in lower case ("we live at 12 mill lane") counts only
 * after an address phrase or before a postcode: "a 10 minute walk" has the
 * shape too.
 */
static size_t
try_address_ci(struct detector *d, const char *s, size_t n, size_t i)
{
	static const char *const keys[] = {
		"live at", "lives at", "living at", "moved to", "moving to",
		"address", "i'm at", "i\xe2\x80\x99m at", "im at", "we're at", "visit at", "stay at",
		"staying at", "based at", "home is"
	};
	char w[40];
	size_t a = i > 32 ? i - 32 : 0, k = 0, e, j;
	int rc;

	if (!(d->types & (1u << T_ADDRESS)))
		return 0;
	rc = pcre2_match(d->addr_ci, (PCRE2_SPTR)s, n, i, 0, d->md, NULL);
	if (rc < 0)
		return 0;
	e = (size_t)pcre2_get_ovector_pointer(d->md)[1];
	for (j = a; j < i; j++)
		w[k++] = (char)lower((unsigned char)s[j]);
	w[k] = '\0';
	for (size_t q = 0; q < sizeof keys / sizeof keys[0]; q++)
		if (strstr(w, keys[q]))
			return e;
	j = e;
	if (j < n && s[j] == ',')
		j++;
	while (j < n && s[j] == ' ')
		j++;
	if (j < n && isalpha_a((unsigned char)s[j]) &&
	    match_at(d, T_POSTCODE, s, n, j))
		return e;
	return 0;
}

/* ---- the pass ---- */

static void
add_finding(struct detector *d, size_t a, size_t b, int t)
{
	if (d->nf == d->fcap) {
		d->fcap = d->fcap ? d->fcap * 2 : 64;
		d->f = xrealloc(d->f, xmul(d->fcap, sizeof *d->f));
	}
	d->f[d->nf].start = a;
	d->f[d->nf].end = b;
	d->f[d->nf].type = t;
	d->f[d->nf].kept = 0;
	d->nf++;
}

/* An initial before the name at i ("K Robinson", "D. Patel"): its start,
 * or i.  A and I are words far more often than initials. */
static size_t
initial_before(const char *s, size_t i)
{
	size_t start = i;

	/* Up to three initials: "K Robinson", "D. Patel", "S.Horsfall",
	 * "A. J. Beckett". */
	for (int w = 0; w < 3; w++) {
		size_t k = start;
		int dot = 0;

		if (k > 0 && s[k - 1] == ' ')
			k--;
		if (k > 0 && s[k - 1] == '.') {
			k--;
			dot = 1;
		}
		if (k == start || k < 1 || !isupper_a((unsigned char)s[k - 1]) ||
		    (!dot && (s[k - 1] == 'A' || s[k - 1] == 'I')))
			break;
		k--;
		if (k > 0 && (isalnum_a((unsigned char)s[k - 1]) ||
		    (unsigned char)s[k - 1] >= 0x80))
			break;
		start = k;
		/* "A.K. Rahman": initials joined by dots */
		if (k == 0 || (s[k - 1] != ' ' && s[k - 1] != '.'))
			break;
	}
	return start;
}

/* NAMES_COORD when the finding before i is a PERSON joined to i by "and",
 * "n" or "&" ("rhys and tiernan"), else 0. */
static int
coord_person(const struct detector *d, const char *s, size_t n, size_t i)
{
	const struct finding *f = d->nf > 0 ? &d->f[d->nf - 1] : NULL;

	return f && f->type == T_PERSON && !f->kept && f->end < i &&
	    i - f->end <= 6 && names_conj_before(s, n, i) == f->end ?
	    NAMES_COORD : 0;
}

/* A given name joined by "and" or "&" to the person found at i: "Mark and
 * [PERSON]", "Sue & [PERSON]" (the other way round, "rhys and tiernan",
 * is coord_person's).  A word-name alone (Mark, Sue, Dawn) is left as a
 * word; beside a name it is one too. */
static void
coord_before(struct detector *d, const char *s, size_t n, size_t i)
{
	size_t we = names_conj_before(s, n, i), ws;
	struct finding f;

	if (we == 0)
		return;
	for (ws = we; ws > 0 && isalpha_a((unsigned char)s[ws - 1]); ws--)
		;
	if (ws == we || (ws > 0 && names_wordbyte(s, n, ws - 1)))
		return;
	/* not in a finding already: findings are in order, the new one
	 * last */
	if (d->nf >= 2 && d->f[d->nf - 2].end > ws)
		return;
	if (!names_given_before(&d->nm, s, ws, we))
		return;
	f = d->f[d->nf - 1];
	d->f[d->nf - 1].start = ws;
	d->f[d->nf - 1].end = we;
	d->f[d->nf - 1].type = T_PERSON;
	d->f[d->nf - 1].kept = 0;
	add_finding(d, f.start, f.end, f.type);
}

/* A person-name word at i (names.c decides); the end of the finding
 * (added or extended) or 0. */
static size_t
try_person(struct detector *d, const char *s, size_t n, size_t i, size_t j)
{
	size_t e;
	int fl;
	int last = d->nf > 0 && d->f[d->nf - 1].type == T_PERSON &&
	    !d->f[d->nf - 1].kept && d->f[d->nf - 1].end + 1 == i &&
	    (s[i - 1] == ' ' || s[i - 1] == '-');

	if (!(d->types & (1u << T_PERSON)))
		return 0;
	j = names_word_end(s, n, i);
	if (j == i)
		return 0;
	/* A word running on into digits ("Ward7B", "Room12") is a code,
	 * and a finding must not end inside it. */
	if (j < n && isdig((unsigned char)s[j]))
		return 0;
	/* "SURNAME, Forename" in an export: one finding, comma inside. */
	if (!last && j < n && s[j] == ',' &&
	    (e = names_export_order(&d->nm, s, n, i, j)) != 0) {
		add_finding(d, i, e, T_PERSON);
		return e;
	}
	/* "Big Dev is", "Little Jay was": the prefix is part of the name. */
	if (!last && j - i <= 6 && (e = names_nick_prefix(&d->nm, s, n, i,
	    j)) != 0) {
		add_finding(d, i, e, T_PERSON);
		return e;
	}
	/* A surname's initial after a name: "Regards Tom H". */
	if (last && j - i == 1 && s[i - 1] == ' ' && isupper_a((unsigned char)s[i]) &&
	    s[i] != 'A' && s[i] != 'I' && (j == n || s[j] == '.' || s[j] == ',' ||
	    s[j] == '\n' || s[j] == ')' || (s[j] == ' ' && j + 1 < n &&
	    !isupper_a((unsigned char)s[j + 1])))) {
		d->f[d->nf - 1].end = j;
		return j;
	}
	fl = names_flags(&d->nm, s, i, j);
	e = names_not_name(&d->nm, s, n, i, j, last, fl);
	if (e)
		return e; /* a phrase that is never a name: skip it whole */
	/* A capitalised word joined by a hyphen to a name is part of it:
	 * "Ellie-Mae", "Kerry-Ann", "de Souza-Lima". */
	if (last && s[i - 1] == '-' && isupper_a((unsigned char)s[i]) &&
	    j - i >= 2) {
		d->f[d->nf - 1].end = j;
		return j;
	}
	if (!names_is_person(&d->nm, s, n, i, j, last ? NAMES_ADJ :
	    coord_person(d, s, n, i), fl)) {
		/* A name particle inside a name: "Maria de la Cruz". */
		if (d->nf > 0 && d->f[d->nf - 1].type == T_PERSON &&
		    !d->f[d->nf - 1].kept && d->f[d->nf - 1].end + 1 == i &&
		    s[i - 1] == ' ' && (e = names_particles(&d->nm, s, n, i)))
			return d->f[d->nf - 1].end = e;
		return 0;
	}
	if (last)
		d->f[d->nf - 1].end = j;
	else if ((e = names_hyphen_start(&d->nm, s, n, i)) < i &&
	    !(d->nf > 0 && d->f[d->nf - 1].end > e))
		add_finding(d, e, j, T_PERSON); /* "Summer-Rose" */
	else {
		add_finding(d, initial_before(s, i), j, T_PERSON);
		coord_before(d, s, n, d->f[d->nf - 1].start);
	}
	return j;
}

static int
isblank_w(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Trailing punctuation ends the sentence, not the URL: ASCII or any
 * Unicode punctuation (closing quotes, guillemets). */
static size_t
url_trim(const char *s, size_t i, size_t e)
{
	while (e > i) {
		unsigned char c = (unsigned char)s[e - 1];

		if (c < 0x80) {
			if (!strchr(".,;:!?)]}", (char)c))
				break;
			e--;
			continue;
		}
		size_t a = e - 1;
		uint32_t cp;

		while (a > i && ((unsigned char)s[a] & 0xc0) == 0x80)
			a--;
		utf8_decode(s + a, e - a, &cp);
		if (!u_ispunct((UChar32)cp))
			break;
		e = a;
	}
	return e;
}

/*
 * A URL without a scheme: a host of two or more labels (letters of any
 * script, digits, hyphens), the last of two or more letters, and then a
 * path ("example.com/path", "bücher.de/straße").  Without the path a
 * dotted word is too often something else ("Amazon.com", "e.g.").
 */
static size_t
url_bare(const char *s, size_t n, size_t i)
{
	size_t j = i, labels = 0, last = 0, lastlen = 0;
	int alpha = 1;

	for (;;) {
		size_t a = j;

		alpha = 1;
		while (j < n) {
			unsigned char c = (unsigned char)s[j];

			if (c >= 0x80)
				j++;
			else if (isalpha_a(c))
				j++;
			else if (isdig(c) || c == '-') {
				alpha = 0;
				j++;
			} else
				break;
		}
		if (j == a)
			return 0;
		labels++;
		last = a;
		lastlen = j - a;
		if (j < n && s[j] == '.' && j + 1 < n &&
		    (isalnum_a((unsigned char)s[j + 1]) ||
		    (unsigned char)s[j + 1] >= 0x80))
			j++;
		else
			break;
	}
	(void)last;
	if (labels < 2 || !alpha || lastlen < 2 || j + 1 >= n || s[j] != '/' ||
	    s[j + 1] == '/' || isblank_w((unsigned char)s[j + 1]))
		return 0;
	while (j < n && !isblank_w((unsigned char)s[j]) &&
	    !strchr("<>\"'`", s[j]))
		j++;
	return url_trim(s, i, j);
}

/* Try every detector that could start at i (a word start); returns the
 * end of a finding (added) or 0. */
static size_t
try_at(struct detector *d, const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	size_t e, j;

	if (c >= 0x80) {
		if (!names_letter_at(s, n, i))
			return 0;
		if ((d->types & (1u << T_URL)) && (e = url_bare(s, n, i))) {
			add_finding(d, i, e, T_URL);
			return e;
		}
		return try_person(d, s, n, i, i);
	}
	if (c == '+' || c == '(') {
		if ((e = match_at(d, T_PHONE, s, n, i)) && phone_ok(s, i, e)) {
			add_finding(d, i, e, T_PHONE);
			return e;
		}
		return 0;
	}
	if (isdig(c)) {
		/* Ten bare digits after an NHS word are an NHS number even
		 * when they could be a phone number ("CHI 0101011238"). */
		if (c == '0' && (d->types & (1u << T_NHS_NUMBER)) &&
		    nhs_context(s, i) && (e = nhs_at(s, n, i))) {
			add_finding(d, i, e, T_NHS_NUMBER);
			return e;
		}
		if (c == '0' && (e = match_at(d, T_PHONE, s, n, i)) &&
		    phone_ok(s, i, e)) {
			add_finding(d, i, e, T_PHONE);
			return e;
		}
		if ((d->types & (1u << T_NHS_NUMBER)) && (e = nhs_at(s, n, i))) {
			add_finding(d, i, e, T_NHS_NUMBER);
			return e;
		}
		if ((d->types & (1u << T_DATE)) && (e = try_date(d, s, n, i))) {
			add_finding(d, i, e, T_DATE);
			return e;
		}
		if ((e = match_at(d, T_ADDRESS, s, n, i)) ||
		    (e = try_address_ci(d, s, n, i))) {
			add_finding(d, i, e, T_ADDRESS);
			return e;
		}
		return 0;
	}
	if (!isalpha_a(c))
		return 0;
	j = i;
	while (j < n && isalpha_a((unsigned char)s[j]))
		j++;
	if (j < n && (isdig((unsigned char)s[j]) || (j - i <= 2 &&
	    strchr(" .-", s[j]) && ((j + 1 < n && isdig((unsigned char)s[j + 1])) ||
	    (j + 2 < n && strchr(" .-", s[j + 1]) &&
	    isdig((unsigned char)s[j + 2])))))) {
		if (j - i == 2 && (e = match_at(d, T_NINO, s, n, i))) {
			/* Shaped like a NINO: one, whole, or no part of it
			 * (the other detectors do not take NINO shapes). */
			if (nino_ok(s, i, e)) {
				add_finding(d, i, e, T_NINO);
				return e;
			}
		}
		if (j - i == 1 && (e = match_at(d, T_UPN, s, n, i))) {
			char x[16];

			if (id_chars(s, i, e, x, sizeof x) == 13 &&
			    det_upn_ok(x)) {
				add_finding(d, i, e, T_UPN);
				return e;
			}
		}
		if (j - i <= 2 && (e = match_at(d, T_POSTCODE, s, n, i))) {
			int ok = postcode_ok(d, s, i, e);

			if (ok == 1 || (ok == 2 && postcode_context(d, s, i))) {
				add_finding(d, i, e, T_POSTCODE);
				return e;
			}
		}
	}
	if (j - i == 3 && (c | 0x20) == 'g' && (e = match_at(d, T_POSTCODE, s, n, i))) {
		add_finding(d, i, e, T_POSTCODE);
		return e;
	}
	if (j < n && ((((c | 0x20) == 'h' || (c | 0x20) == 'f') && s[j] == ':') ||
	    ((c | 0x20) == 'w' && j - i == 3 && s[j] == '.'))) {
		if ((e = match_at(d, T_URL, s, n, i))) {
			e = url_trim(s, i, e);
			add_finding(d, i, e, T_URL);
			return e;
		}
	}
	if (j + 1 < n && s[j] == '.' && (d->types & (1u << T_URL)) &&
	    (e = url_bare(s, n, i))) {
		add_finding(d, i, e, T_URL);
		return e;
	}
	if ((d->types & (1u << T_DATE)) && is_month_word(s, i, j) &&
	    (e = try_date(d, s, n, i))) {
		add_finding(d, i, e, T_DATE);
		return e;
	}
	if ((c == 'F' || c == 'A' || c == 'U' || c == 'R') &&
	    (e = match_at(d, T_ADDRESS, s, n, i))) {
		add_finding(d, i, e, T_ADDRESS);
		return e;
	}
	if ((c | 0x20) == 'f' && (e = try_address_ci(d, s, n, i))) {
		add_finding(d, i, e, T_ADDRESS);
		return e;
	}
	if (!(d->types & (1u << T_PERSON)))
		return 0;
	if (!isupper_a(c)) {
		const struct finding *lf = d->nf > 0 ? &d->f[d->nf - 1] : NULL;
		int slot = d->slot_at == i;

		/* A name may follow a relation word, a title, "called", or
		 * "and" after "me" or a name ("me and deano"). */
		if (names_slot_word(&d->nm, s, n, i, j) && names_trig(&d->nm, s,
		    n, i, j, lf && lf->type == T_PERSON && lf->end < i &&
		    i - lf->end <= 6))
			d->slot_at = j + 1;
		if (!slot && !names_lower_candidate(&d->nm, s, i, j) &&
		    !(lf && lf->type == T_PERSON && lf->end + 1 == i) &&
		    !(names_slot_next(s, n, i, j) &&
		    names_slot_after(&d->nm, s, n, i, j))) {
			if (names_particle_word(s, i, j) &&
			    (e = names_title_particles(&d->nm, s, n, i))) {
				add_finding(d, i, e, T_PERSON);
				return e;
			}
			return 0;
		}
	}
	return try_person(d, s, n, i, j);
}

/* ---- e-mail ---- */

/* Is the code point at s[i] (a lead byte >= 0x80) a letter, mark or
 * digit?  *len its length. */
static int
u_word_at(const char *s, size_t n, size_t i, size_t *len)
{
	uint32_t cp;

	*len = utf8_decode(s + i, n - i, &cp);
	return (U_GET_GC_MASK((UChar32)cp) & (U_GC_L_MASK | U_GC_M_MASK |
	    U_GC_ND_MASK)) != 0;
}

/* The start of the code point that ends at s[j) (j > 0). */
static size_t
cp_before(const char *s, size_t j)
{
	size_t k = j - 1;

	while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80 && j - k < 4)
		k--;
	return k;
}

/* Could s[a..b) be a top-level domain: two or more letters (any script),
 * or an xn-- label? */
static int
tld_like(const char *s, size_t a, size_t b)
{
	if (b - a >= 4 && (s[a] | 0x20) == 'x' && (s[a + 1] | 0x20) == 'n' &&
	    s[a + 2] == '-' && s[a + 3] == '-')
		return 1;
	if (b - a < 2)
		return 0;
	for (size_t k = a; k < b; k++)
		if (isdig((unsigned char)s[k]) || s[k] == '-')
			return 0;
	return 1;
}

static int
local_ascii(unsigned char c)
{
	return isalnum_a(c) || (c && strchr("!#$%&'*+/=?^_`{|}~.-", c));
}

/*
 * Every e-mail address of the view, into d->em: a local part of the
 * characters RFC 5322 and RFC 6531 allow (letters and digits of any
 * script, !#$%&'*+/=?^_`{|}~.-; not starting or ending with a dot or
 * quote), '@', and a domain of two or more labels (letters and digits of
 * any script, inner hyphens) whose last is two or more letters or an
 * xn-- label.  "mailto:" and angle brackets are left around it.
 */
static void
email_scan(struct detector *d, const char *s, size_t n)
{
	const char *p = s;
	size_t from = 0;

	d->nem = 0;
	while ((p = memchr(s + from, '@', n - from)) != NULL) {
		size_t at = (size_t)(p - s), l = at, r, lab, len;
		size_t labs[16][2], nlab;
		int labels = 0;

		from = at + 1;
		while (l > 0 && at - l < 128) {
			unsigned char c = (unsigned char)s[l - 1];

			if (c < 0x80) {
				if (!local_ascii(c))
					break;
				l--;
			} else {
				size_t k = cp_before(s, l);

				if (!u_word_at(s, n, k, &len))
					break;
				l = k;
			}
		}
		while (l < at && s[l] && strchr(".'`{|}~!#$%&*=?^/-", s[l]))
			l++;
		if (l == at || (d->nem && l < d->em[2 * d->nem - 1]))
			continue;
		{
			/* Inside a URL (https://user@host/, .../@name): the URL
			 * detector has it. */
			size_t b = l;

			while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '\n' &&
			    s[b - 1] != '\t' && l - b < 256)
				b--;
			int url = 0;

			for (size_t k = b; k + 2 < at && !url; k++)
				url = s[k] == ':' && s[k + 1] == '/' &&
				    s[k + 2] == '/';
			if (url ||
			    (at - b > 4 && (s[b] | 0x20) == 'w' &&
			    (s[b + 1] | 0x20) == 'w' && (s[b + 2] | 0x20) == 'w' &&
			    s[b + 3] == '.'))
				continue;
		}
		if (s[at - 1] == '.')
			continue;
		r = at + 1;
		nlab = 0;
		for (;;) {
			lab = r;
			while (r < n) {
				unsigned char c = (unsigned char)s[r];

				if (isalnum_a(c) || (c == '-' && r > lab))
					r++;
				else if (c >= 0x80 && u_word_at(s, n, r, &len))
					r += len;
				else
					break;
			}
			while (r > lab && s[r - 1] == '-')
				r--;
			if (r == lab)
				break;
			labels++;
			if (nlab < sizeof labs / sizeof labs[0]) {
				labs[nlab][0] = lab;
				labs[nlab++][1] = r;
			}
			if (r + 1 < n && s[r] == '.' && (isalnum_a(
			    (unsigned char)s[r + 1]) || (unsigned char)s[r + 1] >= 0x80))
				r++;
			else
				break;
		}
		/* The last label must be a top-level domain; else the
		 * domain ends a label earlier ("example.org.I'm"). */
		while (nlab >= 2 && !tld_like(s, labs[nlab - 1][0],
		    labs[nlab - 1][1]))
			nlab--;
		if (nlab < 2 || labels < 2)
			continue;
		r = labs[nlab - 1][1];
		if (d->nem == d->emcap) {
			d->emcap = d->emcap ? d->emcap * 2 : 8;
			d->em = xrealloc(d->em, xmul(d->emcap, 2 * sizeof *d->em));
		}
		d->em[2 * d->nem] = l;
		d->em[2 * d->nem + 1] = r;
		d->nem++;
		from = r;
	}
}

/* A placeholder of an earlier run at i ("[TYPE]", "[TYPE_hex]")?  Its
 * end, or 0.  Keeping them makes a second run count what the first found
 * instead of finding nothing. */
static size_t
placeholder_at(struct detector *d, const char *s, size_t n, size_t i)
{
	for (int t = 0; t < NTYPES; t++) {
		size_t k = strlen(det_type_names[t]), j = i + 1 + k, h;

		if (j >= n || memcmp(s + i + 1, det_type_names[t], k) != 0)
			continue;
		if (s[j] == '_') {
			for (h = j + 1; h < n && ((s[h] >= '0' && s[h] <= '9') ||
			    (s[h] >= 'a' && s[h] <= 'f')); h++)
				;
			if (h - j - 1 < 4 || h - j - 1 > 16)
				continue;
			j = h;
		}
		if (j < n && s[j] == ']') {
			add_finding(d, i, j + 1, t);
			d->f[d->nf - 1].kept = 1;
			return j + 1;
		}
	}
	return 0;
}

/* Is byte i part of a word (ASCII letter or digit, or non-ASCII)? */
static inline int
wb(const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];

	return c < 0x80 ? isalnum_a(c) : names_wordbyte(s, n, i);
}

/* A label typed against its value ("NHSno999 328 7989", "Tel07700900123",
 * "DOB03/05/2011"): the end of the label when the word starting at i is
 * one of these labels followed directly by a digit, or 0. */
static size_t
glued_label(const char *s, size_t n, size_t i)
{
	static const char *const labels[] = {
		"nhs", "nhsno", "nhsnum", "no", "tel", "telno", "mob", "mobno",
		"mobile", "phone", "ph", "dob", "upn", "pc",
	};
	char w[8];
	size_t j = i;

	while (j < n && j - i < sizeof w - 1 && isalpha_a((unsigned char)s[j])) {
		w[j - i] = (char)(s[j] | 0x20);
		j++;
	}
	if (j == i || j >= n || !isdig((unsigned char)s[j]))
		return 0;
	w[j - i] = '\0';
	for (size_t k = 0; k < sizeof labels / sizeof *labels; k++)
		if (strcmp(w, labels[k]) == 0)
			return j;
	return 0;
}

/* The pass over s[i..lim): findings end at lim at the latest. */
static void
pass(struct detector *d, const char *s, size_t n, size_t i, size_t lim)
{
	while (i < lim) {
		unsigned char c = (unsigned char)s[i];
		size_t e, j, nf0 = d->nf;

		if (c == '[' && i + 4 < n && isupper_a((unsigned char)s[i + 1]) &&
		    (e = placeholder_at(d, s, n, i)) != 0) {
			i = e;
			continue;
		}
		if (!isalnum_a(c) && c != '+' && c != '(' && c < 0xC0) {
			i++;
			continue;
		}
		if (i > 0 && wb(s, n, i - 1)) {
			/* Inside a word: go to its end. */
			if (!isalnum_a(c))
				i++;
			while (i < lim && wb(s, n, i))
				i++;
			continue;
		}
		e = try_at(d, s, n, i);
		if (e > lim) {
			/* Ran into an e-mail address: not a finding. */
			while (d->nf > nf0)
				d->nf--;
			if (d->nf && d->f[d->nf - 1].end > lim)
				d->f[d->nf - 1].end = lim;
			e = 0;
		}
		if (e > i) {
			i = e;
			continue;
		}
		if (c == '+' || c == '(') {
			i++;
			continue;
		}
		if ((j = glued_label(s, n, i)) != 0 && j < lim) {
			e = try_at(d, s, n, j);
			if (e > j && e <= lim) {
				i = e;
				continue;
			}
			while (d->nf > nf0)
				d->nf--;
		}
		while (i < lim && wb(s, n, i))
			i++;
	}
}

/* Findings by start, the longer first at one start. */
static int
cmp_finding(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return (x->end < y->end) - (x->end > y->end);
}

size_t
det_run(struct detector *d, const char *t, size_t tn,
	const struct finding **out)
{
	size_t n, i = 0;
	int ident;
	const char *s = view_make(&d->v, t, tn, &n, &ident);

	d->nf = 0;
	d->slot_at = (size_t)-1;
	d->vs = s;
	d->vn = n;
	if (d->types & (1u << T_EMAIL))
		email_scan(d, s, n);
	else
		d->nem = 0;
	for (size_t k = 0; k <= d->nem; k++) {
		size_t lim = k < d->nem ? d->em[2 * k] : n;

		pass(d, s, n, i, lim);
		if (k < d->nem) {
			add_finding(d, d->em[2 * k], d->em[2 * k + 1], T_EMAIL);
			i = d->em[2 * k + 1];
		}
	}
	{
		size_t m = 0, prev = 0;

		/* In text order; where two findings overlap (a name pass
		 * reading "C. Tracey" after a NINO ending in "C"), the first
		 * keeps the bytes and the second keeps the rest, so nothing
		 * is left unredacted and no span runs backwards. */
		if (d->nf > 1)
			qsort(d->f, d->nf, sizeof *d->f, cmp_finding);
		for (size_t q = 0; q < d->nf; q++) {
			struct finding f = d->f[q];

			f.vstart = f.start;
			f.vend = f.end;
			if (!ident) {
				f.start = view_orig_start(&d->v, f.vstart);
				f.end = view_orig_end(&d->v, t, f.vend);
			}
			if (f.start < prev)
				f.start = prev;
			if (f.start >= f.end)
				continue;
			prev = f.end;
			d->f[m++] = f;
		}
		d->nf = m;
	}
	*out = d->f;
	return d->nf;
}

const char *
det_view(const struct detector *d, size_t *n)
{
	*n = d->vn;
	return d->vs;
}
