/*
 * detect.c - find personal data in a text, in one left-to-right pass.
 *
 * The pass stops only at the start of a word (a letter, digit, '+' or '('
 * after something that is not part of a word) and decides from the first
 * bytes which detectors could match there, so that most words cost a few
 * comparisons (the cheap prefilter).  Structured identifiers are then
 * matched by anchored PCRE2 patterns, JIT-compiled once, and validated in C
 * (NHS mod 11, UPN check letter, NINO prefixes, phone lengths).  Names
 * are decided by names.c.  The rules are in docs/redaction.md; the
 * patterns are copied in bench/redact.py for the benchmark.
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
#include "banned.h"

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
	[T_EMAIL] = { "[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
	    "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}"
	    "(?![A-Za-z0-9_-])", 0 },
	[T_URL] = { "(?:https?://|www\\.)[^\\s<>\"'`\\x80-\\xff]+",
	    PCRE2_CASELESS },
	[T_PHONE] = { "(?:(?:\\+|00)44[ ]{0,2}(?:\\(0\\)[ ]{0,2})?|\\(0|0)[1-9]"
	    "(?:\\)?[ -]{0,2}[0-9]){8,9}(?![0-9])", 0 },
	[T_POSTCODE] = { "(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|"
	    "[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9]"
	    "[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])", PCRE2_CASELESS },
	[T_NHS_NUMBER] = { "[0-9]{3}([ -]?)[0-9]{3}\\1[0-9]{4}(?![0-9])", 0 },
	[T_NINO] = { "[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?"
	    "[0-9]{2}(?: ?[A-D])?(?![A-Za-z0-9])", PCRE2_CASELESS },
	[T_UPN] = { "[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z](?![A-Za-z0-9])", 0 },
	[T_DATE] = { "(?:" DAY "[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)?[0-9]{2}|"
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
};

/* ---- setup ---- */

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
	free(d->f);
	free(d);
}

void
det_add_known(struct detector *d, const char *p, size_t n)
{
	names_add_known(&d->nm, p, n);
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

/* The check rules of the identifiers with check digits or letters. */
static int
id_ok(const char *s, size_t i, size_t e, int t)
{
	char x[16];
	size_t k = 0;

	for (size_t j = i; j < e && k < sizeof x - 1; j++)
		if (isdig((unsigned char)s[j]) || isalpha_a((unsigned char)s[j]))
			x[k++] = (char)(t == T_UPN || t == T_NINO ?
			    (s[j] >= 'a' && s[j] <= 'z' ? s[j] - 32 : s[j]) : s[j]);
	x[k] = '\0';
	if (t == T_NHS_NUMBER)
		return k == 10 && x[0] != '0' && det_nhs_ok(x);
	if (t == T_UPN)
		return k == 13 && det_upn_ok(x);
	if (t == T_NINO) {
		static const char *const bad[] = {
			"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"
		};
		for (size_t b = 0; b < sizeof bad / sizeof bad[0]; b++)
			if (x[0] == bad[b][0] && x[1] == bad[b][1])
				return 0;
		/* Without the suffix letter, only the upper-case form. */
		if (k == 8 && !(isupper_a((unsigned char)s[i]) &&
		    isupper_a((unsigned char)s[i + 1])))
			return 0;
		return 1;
	}
	return 1;
}

/* Phone: the national number (without the trunk 0) has 10 digits, or 9
 * for some geographic numbers. */
static int
phone_ok(const char *s, size_t i, size_t e)
{
	char x[24];
	size_t k = 0, j = i;

	if (s[j] == '+')
		j += 3;
	else if (s[j] == '0' && j + 1 < e && s[j + 1] == '0')
		j += 4;
	for (; j < e && k < sizeof x - 1; j++)
		if (isdig((unsigned char)s[j]))
			x[k++] = s[j];
	/* x holds the digits after any +44 / 0044 (with (0) and the trunk 0). */
	if (k && x[0] == '0')
		memmove(x, x + 1, --k);
	if (k == 10)
		return 1;
	return k == 9 && (x[0] == '1' || x[0] == '5' || x[0] == '8');
}

static int
postcode_case_ok(const char *s, size_t i, size_t e)
{
	int up = 0, lo = 0;

	for (size_t j = i; j < e; j++) {
		unsigned char c = (unsigned char)s[j];

		up |= isupper_a(c);
		lo |= c >= 'a' && c <= 'z';
	}
	return !(up && lo);
}

/* Does a date-of-birth phrase stand within a few words before i, or just
 * after e? */
static int
dob_context(const char *s, size_t n, size_t i, size_t e)
{
	char w[72];
	size_t a = i > 64 ? i - 64 : 0, k = 0;
	static const char *const keys[] = { "born", "dob", "d.o.b", "birth", "b'day", "bday" };

	for (size_t j = a; j < i; j++)
		w[k++] = (char)lower((unsigned char)s[j]);
	w[k] = '\0';
	for (size_t q = 0; q < sizeof keys / sizeof keys[0]; q++) {
		const char *hit = NULL, *p = w;

		while ((p = strstr(p, keys[q])) != NULL) {
			hit = p;
			p++;
		}
		/* Only the sentence the date stands in. */
		if (hit && !memchr(hit, '.', (size_t)(w + k - hit)) &&
		    !memchr(hit, '\n', (size_t)(w + k - hit)))
			return 1;
		if (hit && q == 2)
			return 1;
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

	if (e - i < 3)
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

/* Try every detector that could start at i (a word start); returns the
 * end of a finding (added) or 0. */
static size_t
try_at(struct detector *d, const char *s, size_t n, size_t i, size_t at)
{
	unsigned char c = (unsigned char)s[i];
	size_t e, j;

	/* E-mail: an '@' ahead before any space. */
	if (at < n && at - i < 128 && (d->types & (1u << T_EMAIL))) {
		for (j = i; j < at; j++)
			if (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' ||
			    (unsigned char)s[j] >= 0x80)
				break;
		if (j == at && (e = match_at(d, T_EMAIL, s, n, i)) != 0) {
			add_finding(d, i, e, T_EMAIL);
			return e;
		}
	}
	if (c == '+' || c == '(') {
		if ((e = match_at(d, T_PHONE, s, n, i)) && phone_ok(s, i, e)) {
			add_finding(d, i, e, T_PHONE);
			return e;
		}
		return 0;
	}
	if (isdig(c)) {
		if (c != '0' && (e = match_at(d, T_NHS_NUMBER, s, n, i)) &&
		    id_ok(s, i, e, T_NHS_NUMBER)) {
			add_finding(d, i, e, T_NHS_NUMBER);
			return e;
		}
		if (c == '0' && (e = match_at(d, T_PHONE, s, n, i)) &&
		    phone_ok(s, i, e)) {
			add_finding(d, i, e, T_PHONE);
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
	if (j < n && (isdig((unsigned char)s[j]) || (j - i == 2 &&
	    s[j] == ' ' && j + 1 < n && isdig((unsigned char)s[j + 1])))) {
		if (j - i <= 2 && (e = match_at(d, T_NINO, s, n, i)) &&
		    id_ok(s, i, e, T_NINO)) {
			add_finding(d, i, e, T_NINO);
			return e;
		}
		if (j - i == 1 && (e = match_at(d, T_UPN, s, n, i)) &&
		    id_ok(s, i, e, T_UPN)) {
			add_finding(d, i, e, T_UPN);
			return e;
		}
		if (j - i <= 2 && (e = match_at(d, T_POSTCODE, s, n, i)) &&
		    postcode_case_ok(s, i, e)) {
			add_finding(d, i, e, T_POSTCODE);
			return e;
		}
	}
	if (j - i == 3 && (c | 0x20) == 'g' && (e = match_at(d, T_POSTCODE, s, n, i))) {
		add_finding(d, i, e, T_POSTCODE);
		return e;
	}
	if (j < n && (((c | 0x20) == 'h' && s[j] == ':') ||
	    ((c | 0x20) == 'w' && j - i == 3 && s[j] == '.'))) {
		if ((e = match_at(d, T_URL, s, n, i))) {
			/* Trailing punctuation ends the sentence, not the URL. */
			while (e > i && strchr(".,;:!?)]}", s[e - 1]))
				e--;
			add_finding(d, i, e, T_URL);
			return e;
		}
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
	if (!isupper_a(c) && !(d->nm.has_known &&
	    names_known_candidate(&d->nm, s, i, j)))
		return 0;
	j = names_word_end(s, n, i);
	{
		int last = d->nf > 0 && d->f[d->nf - 1].type == T_PERSON &&
		    d->f[d->nf - 1].end + 1 == i &&
		    (s[i - 1] == ' ' || s[i - 1] == '-');

		if (!names_is_person(&d->nm, s, n, i, j, last))
			return 0;
		if (last)
			d->f[d->nf - 1].end = j;
		else
			add_finding(d, i, j, T_PERSON);
	}
	return j;
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

size_t
det_run(struct detector *d, const char *s, size_t n,
	const struct finding **out)
{
	size_t i = 0, at;
	const char *p;

	d->nf = 0;
	p = memchr(s, '@', n);
	at = p ? (size_t)(p - s) : n;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		size_t e;

		if (c == '[' && i + 4 < n && isupper_a((unsigned char)s[i + 1]) &&
		    (e = placeholder_at(d, s, n, i)) != 0) {
			i = e;
			continue;
		}
		if (!isalnum_a(c) && c != '+' && c != '(') {
			i++;
			continue;
		}
		if (i > 0 && names_wordbyte(s, n, i - 1)) {
			/* Inside a word: go to its end. */
			if (!isalnum_a(c))
				i++;
			while (i < n && isalnum_a((unsigned char)s[i]))
				i++;
			continue;
		}
		if (at < i) {
			p = memchr(s + i, '@', n - i);
			at = p ? (size_t)(p - s) : n;
		}
		e = try_at(d, s, n, i, at);
		if (e > i) {
			i = e;
			continue;
		}
		if (c == '+' || c == '(')
			i++;
		else
			while (i < n && isalnum_a((unsigned char)s[i]))
				i++;
	}
	*out = d->f;
	return d->nf;
}
