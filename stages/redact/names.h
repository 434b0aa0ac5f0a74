/*
 * names.h - person names for hark-redact: the word hash and its rules.
 *
 * One hash holds every word the name rules look at: the names lexicon
 * (names-data.c, from lexicons/names/), the --names list, and the context
 * words (titles, relations, "said", determiners, stop words), each with
 * flags, so that deciding about a word costs one lookup per word looked at.
 * The rules are in docs/redaction.md, "Person names".
 */
#ifndef HARK_REDACT_NAMES_H
#define HARK_REDACT_NAMES_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct name_entry;

#define KNOWN2_BITS (27 * 27 * 27 * 16)

struct names {
	struct name_entry *tab; /* open addressing, power-of-two size */
	size_t tabsz, nent;
	char *pool;             /* the words, ASCII lower-cased */
	size_t poollen, poolcap;
	unsigned char known2[KNOWN2_BITS / 8]; /* a bit per first two
	                        letters, last letter and length of the names
	                        taken in lower case, a prefilter */
	unsigned char known3[27 * 27 * 16 / 8]; /* and a bit per third
	                        and last but one letters and length: a
	                        word must pass both */
	unsigned char slot2[27 * 27 * 16 / 8]; /* a bit per first two
	                        letters and length of the words before a
	                        lower-case name in no list (relation words,
	                        titles, "called"), a prefilter */
	int short_known;        /* a --names word has fewer than 3 bytes */
	char **np;              /* phrases that are never names, lower case */
	size_t nnp;
	uint32_t *ord;          /* the ordinary words (words-data.c): index
	                           + 1 in an open-addressing hash, 0 empty */
	size_t ordsz;
};

/* Load the lexicon and context words into a zeroed nm. */
void names_init(struct names *nm);
void names_free(struct names *nm); /* accepts a zeroed nm */
/* Each word of p[0..n) is a known name from now on (--names). */
void names_add_known(struct names *nm, const char *p, size_t n);
/* p[0..n) (one or more words) is never a person's name (--not-names). */
void names_add_not_name(struct names *nm, const char *p, size_t n);
/* Does a phrase that is never a name start at the word s[i..j) (a
 * not-names phrase, or a name naming a place: "Cherry Ward")?  Its end,
 * or 0.  last_person as for names_is_person(). */
size_t names_not_name(const struct names *nm, const char *s, size_t n,
		      size_t i, size_t j, int last_person, int flags);
/* Name particles at i followed by a capitalised word ("de la Cruz"): the
 * end of that word, or 0. */
size_t names_particles(const struct names *nm, const char *s, size_t n,
		       size_t i);
/* The start of a name found at i, taking in a name before a hyphen
 * ("Summer-Rose": the start of "Summer"), or i. */
size_t names_hyphen_start(const struct names *nm, const char *s, size_t n,
			  size_t i);
/* Name particles after a title ("Mr van der Berg", "Ms de Souza"): the
 * end of the name, or 0. */
size_t names_title_particles(const struct names *nm, const char *s,
			     size_t n, size_t i);
/* Is the code point at s[i] a letter (any script)? */
int names_letter_at(const char *s, size_t n, size_t i);
/*
 * Is the word s[i..j) of the text s[0..n) (part of) a person's name?
 * last_person: NAMES_ADJ when the finding before it is a PERSON ending one
 * space or hyphen before i; NAMES_COORD when it ends just before "and",
 * "n" or "&" before i ("rhys and tiernan").  Returns 0, 1, or 2 when the
 * name is the word without its last byte, an s typed for 's ("jaydens
 * mum").
 */
#define NAMES_ADJ 1
#define NAMES_COORD 2
int names_is_person(const struct names *nm, const char *s, size_t n,
		    size_t i, size_t j, int last_person, int flags);
/* The end of the word before "and", "n", "nd", "an", "&" or "+" before i
 * ("me and deano": the end of "me"), or 0. */
size_t names_conj_before(const char *s, size_t n, size_t i);
/* Whether s[i..j) is a capitalised given name (of any list, word-names
 * such as Mark or Sue included) and no word that opens a clause: the word
 * before "and" or "&" and a person found after them ("Mark and Natasha"). */
int names_given_before(const struct names *nm, const char *s, size_t i,
		       size_t j);
/* The lower-case word s[i..j) (ASCII letters) passed names_slot_word():
 * could a name follow it (a relation word, a title, "called"; "and" after
 * "me" or, coord, after a PERSON finding a few bytes before)? */
int names_trig(const struct names *nm, const char *s, size_t n, size_t i,
	       size_t j, int coord);
/* Could the lower-case word s[i..j), in no list, be a name by its
 * neighbours ("me & deano", "jaydens mum", "deano and me")?  The pass
 * calls it only when names_slot_next() says so. */
int names_slot_after(const struct names *nm, const char *s, size_t n,
		     size_t i, size_t j);
/* The flags of the word s[i..j), for the two functions above. */
int names_flags(const struct names *nm, const char *s, size_t i, size_t j);

/* Is byte i of s[0..n) part of a word (letters and digits, any script)? */
int names_wordbyte(const char *s, size_t n, size_t i);
/* End of the name-like word starting at i. */
size_t names_word_end(const char *s, size_t n, size_t i);

/* ASCII classes, shared by the detectors. */
static inline int
isdig(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline int
isalpha_a(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static inline int
isalnum_a(unsigned char c)
{
	return isdig(c) || isalpha_a(c);
}

static inline int
isupper_a(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static inline unsigned char
lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c;
}

/* A byte's place in the prefilters' alphabet: an ASCII letter 0..25 (any
 * case), anything else (a byte of a letter other than ASCII) 26. */
static inline uint32_t
names_letter_ix(char c)
{
	return isalpha_a((unsigned char)c) ?
	    (uint32_t)(lower((unsigned char)c) - 'a') : 26u;
}

/* The prefilter bit of a word: its first two letters, its last letter
 * and its length (letters other than ASCII count as one more letter). */
static inline uint32_t
names_known2_bit(const char *p, size_t n)
{
	uint32_t a = names_letter_ix(p[0]);
	uint32_t b = n > 1 ? names_letter_ix(p[1]) : 26u;
	uint32_t z = names_letter_ix(p[n - 1]);

	return ((a * 27 + b) * 27 + z) * 16 + (n < 15 ? (uint32_t)n : 15);
}

/* The second prefilter bit of a word: its third and last but one letters
 * and its length. */
static inline uint32_t
names_known3_bit(const char *p, size_t n)
{
	uint32_t c = n > 2 ? names_letter_ix(p[2]) : 26u;
	uint32_t y = n > 1 ? names_letter_ix(p[n - 2]) : 26u;

	return (c * 27 + y) * 16 + (n < 15 ? (uint32_t)n : 15);
}

/* Could the lower-case word s[i..j) be a name (--names, or a given name
 * that is no ordinary word)?  (Cheap; false positives.) */
static inline int
names_lower_candidate(const struct names *nm, const char *s, size_t i,
		      size_t j)
{
	uint32_t bit;

	if (j - i < 3 && !nm->short_known)
		return 0;
	bit = names_known2_bit(s + i, j - i);
	if (!(nm->known2[bit / 8] & (1u << (bit % 8))))
		return 0;
	bit = names_known3_bit(s + i, j - i);
	return nm->known3[bit / 8] & (1u << (bit % 8));
}

/* The prefilter bit of a word before a lower-case name: its first two
 * letters and its length. */
static inline uint32_t
names_slot_bit(const char *p, size_t n)
{
	uint32_t a = names_letter_ix(p[0]);
	uint32_t b = n > 1 ? names_letter_ix(p[1]) : 26u;

	return (a * 27 + b) * 16 + (n < 15 ? (uint32_t)n : 15);
}

static inline int
names_slot_has(const struct names *nm, const char *p, size_t n)
{
	uint32_t bit = names_slot_bit(p, n);

	return nm->slot2[bit / 8] & (1u << (bit % 8));
}

/* Could a name follow the lower-case word s[i..j) of s[0..n)
 * (names_trig() decides)?  (Cheap; false positives.) */
static inline int
names_slot_word(const struct names *nm, const char *s, size_t n, size_t i,
		size_t j)
{
	size_t k = j - i;

	/* a lower-case word must follow */
	if (j + 1 >= n || s[j] != ' ' || s[j + 1] < 'a' || s[j + 1] > 'z')
		return 0;
	return names_slot_has(nm, s + i, k) || (k == 1 && s[i] == 'n') ||
	    (k == 2 && s[i + 1] == (s[i] == 'n' ? 'd' : 'n') &&
	    (s[i] == 'n' || s[i] == 'a')) || (k == 3 && s[i] == 'a' &&
	    s[i + 1] == 'n' && s[i + 2] == 'd');
}

/* Is the lower-case word s[i..j) a name particle (de, van, bin, ...)?
 * (ASCII ones; names_title_particles() looks further.) */
static inline int
names_particle_word(const char *s, size_t i, size_t j)
{
	const char *p = s + i;

	switch (j - i) {
	case 2:
		return (p[0] == 'd' && strchr("aeiu", p[1]) != NULL) ||
		    (p[0] == 'l' && (p[1] == 'a' || p[1] == 'e')) ||
		    (p[0] == 'a' && p[1] == 'p') || (p[0] == 'n' && p[1] == 'i');
	case 3:
		return (p[0] == 'd' && ((p[1] == 'e' && strchr("lrn", p[2])) ||
		    (p[1] == 'o' && p[2] == 's') || (p[1] == 'a' && p[2] == 's'))) ||
		    (p[0] == 'v' && (p[1] == 'a' || p[1] == 'o') && p[2] == 'n') ||
		    (p[0] == 'b' && p[1] == 'i' && p[2] == 'n') ||
		    (p[0] == 'i' && p[1] == 'b' && p[2] == 'n') ||
		    (p[0] == 'm' && p[1] == 'a' && p[2] == 'c') ||
		    (p[0] == 'n' && p[1] == 'i' && p[2] == 'c');
	case 4:
		return p[0] == 'b' && p[1] == 'i' && p[2] == 'n' && p[3] == 't';
	}
	return 0;
}

/* Should names_slot_after() look at the lower-case word s[i..j)? */
static inline int
names_slot_next(const char *s, size_t n, size_t i, size_t j)
{
	return (i >= 2 && s[i - 1] == ' ' && (s[i - 2] == '&' ||
	    s[i - 2] == '+' || s[i - 2] == '.' || s[i - 2] == '!' ||
	    s[i - 2] == '?')) || i == 0 || s[i - 1] == '\n' ||
	    (j - i >= 3 && j + 3 < n && s[j] == ' ' &&
	    (s[j - 1] == 's' || (s[j + 1] == 'a' && s[j + 2] == 'n') ||
	    (s[j + 1] == 'n' && (s[j + 2] == ' ' || s[j + 2] == 'd')) ||
	    s[j + 1] == '&' || s[j + 1] == '+'));
}

/* "SURNAME, Forename" (export order) at the word s[i..j), where a field
 * starts (after a colon, a TAB, a newline or at the start): the end of
 * the forename, so that the comma is inside one finding, or 0. */
size_t names_export_order(const struct names *nm, const char *s, size_t n,
			  size_t i, size_t j);
/* "Big Dev", "Little Jay" (a street name) before what a person does: the
 * end of the name after Big, Little or Lil at the word s[i..j), or 0. */
size_t names_nick_prefix(const struct names *nm, const char *s, size_t n,
			 size_t i, size_t j);

#endif
