/*
 * detect.h - the personal-data detectors of hark-redact.
 *
 * A detector set finds, in one left-to-right pass over a text, the spans
 * that identify someone: structured identifiers (checked by PCRE2 patterns,
 * JIT-compiled once, then validated in C: check digits, format rules) and
 * person names (a names lexicon with capitalisation and context rules).
 * Findings never overlap and come out in text order.
 */
#ifndef HARK_REDACT_DETECT_H
#define HARK_REDACT_DETECT_H

#include <stddef.h>

/* Types, in the fixed order of the redactions column. */
enum {
	T_EMAIL, T_URL, T_PHONE, T_POSTCODE, T_NHS_NUMBER, T_NINO, T_UPN,
	T_DATE, T_ADDRESS, T_PERSON, NTYPES
};

extern const char *const det_type_names[NTYPES];

struct finding {
	size_t start, end; /* byte span in the text, end exclusive */
	size_t vstart, vend; /* the same in the view (det_view) */
	int type;
	int kept;          /* a placeholder of an earlier run, kept as is */
};

struct detector;

/* The embedded names lexicon (names-data.c): given, family, words, strict,
 * syllables. */
extern const char *const names_lists[5];

/*
 * A detector set for the types whose bits are set in types (1 << T_...).
 * all_dates: report every full date, not only dates of birth.  Returns
 * NULL and a message in err when a pattern does not compile.
 */
struct detector *det_new(unsigned types, int all_dates, char *err,
			 size_t errlen);
void det_free(struct detector *d); /* accepts NULL */
/* Add a known name (from --names): one or more words; each word is then
 * a person name wherever it appears, in any case. */
void det_add_known(struct detector *d, const char *p, size_t n);
/* A word or phrase that is never a person's name (--not-names), in any
 * case: "Cherry Ward", "Jack Russell". */
void det_add_not_name(struct detector *d, const char *p, size_t n);
/*
 * Find the findings in s[0..n).  The detectors see the text through a
 * folded view (view.h): start and end are the span in s, the whole
 * identifier with any controls inside it; vstart and vend the span in the
 * view, which det_view() returns.  *out and the view are borrowed,
 * valid until the next det_run() or det_free().
 */
size_t det_run(struct detector *d, const char *s, size_t n,
	       const struct finding **out);
const char *det_view(const struct detector *d, size_t *n);

/* The postcode areas and their districts (postcode-areas.c). */
extern const char det_postcode_areas[];

/* Check digits and format rules, exposed for the tests. */
int det_nhs_ok(const char *digits10);
int det_upn_ok(const char *upn13);

#endif
