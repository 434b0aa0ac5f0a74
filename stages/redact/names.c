/*
 * names.c - is this word a person's name?  The word hash (lexicon,
 * --names list, context words) and the capitalisation and context rules of
 * docs/redaction.md, "Person names", for hark-redact's detectors.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "detect.h"
#include "names.h"
#include "banned.h"

/* Word flags in the hash. */
enum {
	W_GIVEN = 1 << 0, W_FAMILY = 1 << 1, W_WORD = 1 << 2,
	W_STRICT = 1 << 3, W_KNOWN = 1 << 4, W_TITLE = 1 << 5,
	W_CALLED = 1 << 6, W_REL = 1 << 7, W_SAID = 1 << 8, W_DET = 1 << 9,
	W_STOP = 1 << 10, W_VERB = 1 << 11
};
#define W_NAME (W_GIVEN | W_FAMILY)

/* Context words, flags added to the hash beside the names lexicon. */
static const struct {
	const char *words;
	int flag;
} ctx_words[] = {
	{ "mr mrs ms miss mx dr prof sir dame", W_TITLE },
	{ "called named aka", W_CALLED },
	{ "sister brother son daughter cousin friend mum dad mother father "
	  "nan nana nanna gran grandma grandad grandpa granny aunt auntie aunty "
	  "uncle boyfriend girlfriend partner sw worker teacher carer stepdad "
	  "stepmum baby niece nephew bestie mate eldest youngest twin",
	  W_REL },
	{ "said says told asked replied explained shouted wants wanted "
	  "thinks thought feels felt", W_SAID },
	{ "is was has had engaged seems seemed enjoyed enjoys likes liked loves "
	  "loved attended came went played plays smiled laughed cried needs "
	  "needed goes arrived settled presented takes took seeks sought "
	  "struggles struggled uses used shows showed follows followed "
	  "responds responded points pointed talks talked speaks spoke tries "
	  "tried joins joined shares shared listens listened waves waved "
	  "happy sad upset calm withdrawn tired unwell quiet chatty excited "
	  "anxious distressed", W_VERB },
	{ "the a an this that these those in on of at to for from by with "
	  "our your their its his her every each no any some", W_DET },
	{ "i i'm i've im monday tuesday wednesday thursday friday saturday "
	  "sunday january february march july september october november "
	  "december christmas easter eid ramadan diwali english british god "
	  "mum dad nan mummy daddy mam mom road street lane avenue close drive "
	  "way court place school college council police nhs camhs ok okay "
	  "yes no hi hello thanks dear", W_STOP },
};

struct name_entry {
	uint32_t off, len; /* key in the pool; len 0 = empty slot */
	int flags;
};

/*
 * Is byte i of s part of a letter of a word?  ASCII letters and digits,
 * and non-ASCII bytes except those of NBSP (C2 A0) and of the general
 * punctuation block (E2 80 xx: curly quotes, dashes).
 */
int
names_wordbyte(const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];

	if (c < 0x80)
		return isalnum_a(c);
	if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)
		return 0;
	if (c == 0xA0 && i > 0 && (unsigned char)s[i - 1] == 0xC2)
		return 0;
	if (c == 0xE2 && i + 1 < n && (unsigned char)s[i + 1] == 0x80)
		return 0;
	if (i >= 1 && (unsigned char)s[i - 1] == 0xE2 && c == 0x80)
		return 0;
	if (i >= 2 && (unsigned char)s[i - 2] == 0xE2 &&
	    (unsigned char)s[i - 1] == 0x80)
		return 0;
	return 1;
}

/* End of the name-like word at i: letters (any script), with an inner
 * apostrophe before a capital (O'Brien). */
size_t
names_word_end(const char *s, size_t n, size_t i)
{
	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if (isalpha_a(c) || (c >= 0x80 && names_wordbyte(s, n, i)))
			i++;
		else if (c == '\'' && i + 1 < n && isupper_a((unsigned char)s[i + 1]))
			i++;
		else
			break;
	}
	return i;
}

/* ---- the word hash ---- */

static uint32_t
hash_word(const char *p, size_t n)
{
	uint32_t h = 2166136261u;

	while (n--)
		h = (h ^ lower((unsigned char)*p++)) * 16777619u;
	return h;
}

static int
word_eq(const char *key, const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (key[i] != (char)lower((unsigned char)p[i]))
			return 0;
	return 1;
}

static struct name_entry *
tab_find(const struct names *nm, const char *p, size_t n)
{
	size_t mask = nm->tabsz - 1, i = hash_word(p, n) & mask;

	for (;;) {
		struct name_entry *e = &nm->tab[i];

		if (e->len == 0)
			return e;
		if (e->len == n && word_eq(nm->pool + e->off, p, n))
			return e;
		i = (i + 1) & mask;
	}
}

static void
tab_add(struct names *nm, const char *p, size_t n, int flags)
{
	struct name_entry *e;

	if (n == 0 || n > 64)
		return;
	if ((nm->nent + 1) * 2 > nm->tabsz) {
		struct name_entry *old = nm->tab;
		size_t oldsz = nm->tabsz;

		nm->tabsz = nm->tabsz ? nm->tabsz * 2 : 4096;
		nm->tab = xcalloc(nm->tabsz, sizeof *nm->tab);
		for (size_t i = 0; i < oldsz; i++)
			if (old[i].len) {
				e = tab_find(nm, nm->pool + old[i].off, old[i].len);
				*e = old[i];
			}
		free(old);
	}
	e = tab_find(nm, p, n);
	if (e->len == 0) {
		if (nm->poollen + n > nm->poolcap) {
			nm->poolcap = xadd(xmul(nm->poolcap, 2), n + 4096);
			nm->pool = xrealloc(nm->pool, nm->poolcap);
		}
		for (size_t i = 0; i < n; i++)
			nm->pool[nm->poollen + i] = (char)lower((unsigned char)p[i]);
		e->off = (uint32_t)nm->poollen;
		e->len = (uint32_t)n;
		nm->poollen += n;
		nm->nent++;
	}
	e->flags |= flags;
}

static int
tab_flags(const struct names *nm, const char *p, size_t n)
{
	if (n == 0 || n > 64)
		return 0;
	return tab_find(nm, p, n)->flags;
}

/* Add every word of a list separated by spaces or newlines. */
static void
add_list(struct names *nm, const char *s, int flags)
{
	while (*s) {
		size_t k = strcspn(s, " \n");

		tab_add(nm, s, k, flags);
		s += k;
		s += strspn(s, " \n");
	}
}

static int
known2_bit(unsigned char a, unsigned char b)
{
	int x = isalpha_a(a) ? lower(a) - 'a' : 26;
	int y = isalpha_a(b) ? lower(b) - 'a' : 26;

	return x * 27 + y;
}

void
names_add_known(struct names *nm, const char *p, size_t n)
{
	size_t i = 0;

	while (i < n) {
		size_t j;

		while (i < n && !names_wordbyte(p, n, i))
			i++;
		j = names_word_end(p, n, i);
		if (j == i) { /* a digit or stray byte: skip it */
			i++;
			continue;
		}
		tab_add(nm, p + i, j - i, W_KNOWN);
		{
			int bit = known2_bit((unsigned char)p[i],
			    j - i > 1 ? (unsigned char)p[i + 1] : ' ');

			nm->known2[bit / 8] |= (unsigned char)(1u << (bit % 8));
		}
		nm->has_known = 1;
		i = j;
	}
}

/* At the start of a sentence or of a quotation: only spaces between i and
 * a sentence end, the start of the text, or an opening quote or bracket. */
static int
sentence_initial(const char *s, size_t i)
{
	while (i > 0) {
		unsigned char c = (unsigned char)s[i - 1];

		if (c == ' ' || c == '\t')
			i--;
		else if (c == '"' || c == '\'' || c == '(' || (i >= 3 &&
		    (unsigned char)s[i - 3] == 0xE2 &&
		    (unsigned char)s[i - 2] == 0x80 &&
		    (c == 0x9C || c == 0x98)))
			return 1;
		else
			return c == '.' || c == '!' || c == '?' || c == ':' ||
			    c == '\n' || c == ';' || c == '-';
	}
	return 1;
}

/* The word before i, separated from it by spaces and at most an opening
 * bracket ("my daughter (Hope)") or a colon ("worker: Dean"); *b, *e its
 * span. */
static int
prev_word(const char *s, size_t n, size_t i, size_t *b, size_t *e)
{
	size_t j = i;

	if (j > 0 && s[j - 1] == '(')
		j--;
	while (j > 0 && s[j - 1] == ' ')
		j--;
	if (j > 0 && j < i && s[j - 1] == ':')
		j--;
	if (j == i || j == 0 || !names_wordbyte(s, n, j - 1))
		return 0;
	*e = j;
	while (j > 0 && (names_wordbyte(s, n, j - 1) || (s[j - 1] == '\'' &&
	    j > 1 && names_wordbyte(s, n, j - 2))))
		j--;
	*b = j;
	return 1;
}

static int
next_word(const char *s, size_t n, size_t i, size_t *b, size_t *e)
{
	if (i >= n || s[i] != ' ' || i + 1 >= n)
		return 0;
	i++;
	if (!isalpha_a((unsigned char)s[i]))
		return 0;
	*b = i;
	*e = names_word_end(s, n, i);
	return 1;
}

int
names_known_candidate(const struct names *nm, const char *s, size_t i,
		      size_t j)
{
	int bit = known2_bit((unsigned char)s[i],
	    j - i > 1 ? (unsigned char)s[i + 1] : ' ');

	return nm->known2[bit / 8] & (1u << (bit % 8));
}

/*
 * Decide whether the word s[i..j) is (part of) a person's name.
 * last_person: the previous finding is a PERSON ending one space before i.
 */
int
names_is_person(const struct names *nm, const char *s, size_t n, size_t i,
		size_t j, int last_person)
{
	int fl, pf = 0, nf = 0, ncap = 0;
	size_t pb = 0, pe = 0, nb, ne;

	fl = tab_flags(nm, s + i, j - i);
	if (fl & W_KNOWN)
		return 1;
	if (!isupper_a((unsigned char)s[i]) || j - i < 2)
		return 0;
	if (isupper_a((unsigned char)s[i + 1]) &&
	    (!(fl & W_NAME) || (fl & W_WORD) || j - i < 3))
		return 0; /* an acronym, or a shouted word */
	if (fl & W_STOP)
		return 0;
	if (prev_word(s, n, i, &pb, &pe))
		pf = tab_flags(nm, s + pb, pe - pb);
	if (pf & (W_TITLE | W_CALLED))
		return !(fl & W_TITLE);
	if (pf & W_REL)
		return !(fl & (W_TITLE | W_DET | W_SAID | W_REL));
	if (!(fl & W_NAME))
		/* A surname after a name: "Jayden Okafor-Smith". */
		return last_person && !(fl & (W_TITLE | W_DET | W_SAID | W_REL)) &&
		    !sentence_initial(s, i) && (pf & W_GIVEN);
	if (!(fl & W_WORD))
		return 1;
	if (next_word(s, n, j, &nb, &ne)) {
		nf = tab_flags(nm, s + nb, ne - nb);
		ncap = isupper_a((unsigned char)s[nb]);
	}
	if ((nf & W_SAID) || ((nf & W_VERB) && !(fl & W_STRICT)))
		return 1;
	if (ncap && (nf & W_NAME) && !(nf & W_WORD))
		return 1;
	/* Two names that are also words, mid-sentence: "is Mark Green". */
	if (ncap && (fl & W_GIVEN) && (nf & W_FAMILY) &&
	    !sentence_initial(s, i) && !(pf & W_DET))
		return 1;
	if (last_person && (pf & W_GIVEN))
		return 1;
	if (fl & W_STRICT)
		return 0;
	if (sentence_initial(s, i) || (pf & W_DET))
		return 0;
	/* Inside a capitalised heading ("Hope Street Youth Club")? */
	if (ncap || (pe > pb && isupper_a((unsigned char)s[pb]) &&
	    !(pf & W_NAME)))
		return 0;
	return 1;
}

void
names_init(struct names *nm)
{
	static const int lflags[4] = { W_GIVEN, W_FAMILY, W_WORD, W_STRICT };

	for (int k = 0; k < 4; k++)
		add_list(nm, names_lists[k], lflags[k]);
	for (size_t k = 0; k < sizeof ctx_words / sizeof ctx_words[0]; k++)
		add_list(nm, ctx_words[k].words, ctx_words[k].flag);
}

void
names_free(struct names *nm)
{
	free(nm->tab);
	free(nm->pool);
}
