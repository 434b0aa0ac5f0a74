/*
 * emoji-cat.c - emoji categories as rules over the words of an emoji's
 * Unicode name (emoji-cat.h).  Each rule: the words of which one must be
 * in the name (a trailing `*` matches any word starting so), the words
 * none of which may be, and for `family` and `flags` a shape of name.
 * Built from the Unicode names (CLDR groups its annotations alike: "face-
 * concerned", "heart", "family", "flag"), checked against ICU's names in
 * tests/unit/lex.c.
 */
#include <string.h>

#include "emoji-cat.h"
#include "banned.h"

struct rule {
	const char *name;
	const char *any;     /* words, one of which the name has */
	const char *none;    /* words the name must not have */
};

static const struct rule rules[] = {
	{ "hearts", "heart hearts heart-shaped", "" },
	{ "crying", "crying tear tears", "joy" },
	{ "laughing", "joy laughing tightly-closed", "" },
	{ "smiling", "smiling smile grinning grin smirking",
	    "horns cat" },
	{ "sad", "frowning pensive disappointed sad crying weary tired "
	    "persevering confounded anguished sleeping yawning worried",
	    "" },
	{ "angry", "angry pouting rage cursing symbols unamused "
	    "rolling_eyes triumph", "" },
	{ "fear", "fearful fear screaming anxious sweat grimacing", "" },
	{ "thumbs_up", "thumbs_up ok_hand", "" },
	{ "thumbs_down", "thumbs_down", "" },
	{ "family", "", "" },       /* shape: family words only */
	{ "flags", "", "" },        /* shape: flag_ ... */
	{ "money", "money banknote banknotes dollar pound euro yen coin "
	    "credit", "" },
	{ "home", "house home", "" },
	{ "school", "school books graduation", "" },
	{ "medical", "pill syringe hospital stethoscope thermometer "
	    "medical", "" },
};

#define NRULES (sizeof rules / sizeof rules[0])

size_t
emoji_cat_count(void)
{
	return NRULES;
}

const char *
emoji_cat_name(size_t i)
{
	return i < NRULES ? rules[i].name : NULL;
}

int
emoji_cat_find(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < NRULES; i++)
		if (strlen(rules[i].name) == n && memcmp(rules[i].name, s, n) == 0)
			return (int)i;
	return -1;
}

/* 1 when word w[0..n) is in the space-separated list (a list word ending
 * in `*` matches a prefix; a list word with `_` matches two name words,
 * tested by the caller on the joined name). */
static int
in_list(const char *list, const char *w, size_t n)
{
	const char *p = list;

	while (*p) {
		size_t k = strcspn(p, " ");

		if (k && p[k - 1] == '*' ? n >= k - 1 &&
		    memcmp(p, w, k - 1) == 0 : k == n && memcmp(p, w, n) == 0)
			return 1;
		p += k;
		while (*p == ' ')
			p++;
	}
	return 0;
}

/* 1 when a word of list appears in name[0..n): whole words between `_`
 * or `-`, or a pair of words joined by `_` in the list. */
static int
name_has(const char *list, const char *name, size_t n)
{
	size_t i = 0;

	while (i < n) {
		size_t b = i, e;

		while (i < n && name[i] != '_' && name[i] != '-')
			i++;
		e = i;
		if (in_list(list, name + b, e - b))
			return 1;
		/* the word with its neighbour: "thumbs_up", "heart-shaped" */
		if (i < n) {
			size_t j = i + 1;

			while (j < n && name[j] != '_' && name[j] != '-')
				j++;
			if (in_list(list, name + b, j - b))
				return 1;
		}
		i++;
	}
	return 0;
}

static int
family_shape(const char *name, size_t n)
{
	static const char kin[] = "man woman girl boy child adult person "
	    "family baby men women";
	size_t i = 0, words = 0;

	while (i < n) {
		size_t b = i;

		while (i < n && name[i] != '_')
			i++;
		if (!in_list(kin, name + b, i - b))
			return 0;
		if (i - b == 6 && memcmp(name + b, "family", 6) == 0)
			words++;
		words++;
		i++;
	}
	return words >= 2;
}

uint32_t
emoji_cat_of(const char *s, size_t n)
{
	uint32_t set = 0;
	size_t i;

	if (n < 3 || s[0] != ':' || s[n - 1] != ':')
		return 0;
	s++;
	n -= 2;
	for (i = 0; i < NRULES; i++) {
		const struct rule *r = &rules[i];
		int in;

		if (strcmp(r->name, "family") == 0)
			in = family_shape(s, n);
		else if (strcmp(r->name, "flags") == 0)
			in = (n > 5 && memcmp(s, "flag_", 5) == 0) ||
			    name_has("flag", s, n);
		else
			in = name_has(r->any, s, n) &&
			    !(r->none[0] && name_has(r->none, s, n));
		if (in)
			set |= (uint32_t)1 << i;
	}
	return set;
}
