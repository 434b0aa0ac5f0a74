/*
 * names.c - is this word a person's name?  The word hash (lexicon,
 * --names list, context words) and the capitalisation and context rules of
 * docs/redaction.md, "Person names", for hark-redact's detectors.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

#include "err.h"
#include "utf8.h"
#include "detect.h"
#include "names.h"
#include "banned.h"

/* Word flags in the hash. */
enum {
	W_GIVEN = 1 << 0, W_FAMILY = 1 << 1, W_WORD = 1 << 2,
	W_STRICT = 1 << 3, W_KNOWN = 1 << 4, W_TITLE = 1 << 5,
	W_CALLED = 1 << 6, W_REL = 1 << 7, W_SAID = 1 << 8, W_DET = 1 << 9,
	W_STOP = 1 << 10, W_VERB = 1 << 11, W_PLACE = 1 << 12,
	W_LOWWORD = 1 << 13, W_LOWER = 1 << 14, W_PART = 1 << 15,
	W_NOTFIRST = 1 << 16, W_SYL = 1 << 17, W_LOWCTX = 1 << 18,
	W_SAINT = 1 << 19, W_WTITLE = 1 << 20, W_CONTACT = 1 << 21,
	W_CONTACT2 = 1 << 22, W_HUMAN = 1 << 23, W_COPULA = 1 << 24,
	W_FILL = 1 << 25, W_PCTX = 1 << 26, W_PRON = 1 << 27,
	W_ANIMAL = 1 << 28, W_KTITLE = 1 << 29, W_ACRO = 1 << 30
};
#define W_NAME (W_GIVEN | W_FAMILY)
/* Flags of words that are never a lower-case name by rules 9 to 11. */
#define W_NOTLOW (W_STOP | W_DET | W_PRON | W_REL | W_TITLE | W_WTITLE | \
	W_KTITLE | W_CALLED | W_SAID | W_VERB | W_HUMAN | W_COPULA | W_FILL | \
	W_PLACE | W_PART | W_LOWCTX | W_CONTACT | W_CONTACT2 | W_PCTX | \
	W_ANIMAL | W_ACRO | W_SAINT)

/* Context words, flags added to the hash beside the names lexicon. */
static const struct {
	const char *words;
	int flag;
} ctx_words[] = {
	{ "mr mrs ms miss mx dr prof sir dame", W_TITLE },
	{ "called named aka nicknamed", W_CALLED },
	/* Titles that are also other things (a computer, a console, a
	 * city): a word after them is a name only when it is no ordinary
	 * word ("PC Hartley", not "PC World"). */
	{ "pc dc ds di dci dsu sgt insp cllr rev revd fr nurse matron "
	  "midwife doctor", W_WTITLE },
	{ "sister brother son daughter cousin friend mum dad mother father "
	  "nan nana nanna gran grandma grandad grandpa granny aunt auntie aunty "
	  "uncle boyfriend girlfriend partner sw worker teacher carer stepdad "
	  "stepmum baby niece nephew bestie mate eldest youngest twin child "
	  "yp bro sis bf gf grandfather grandmother grandparent stepfather "
	  "stepmother guardian "
	  /* kinship words of other languages, used as forms of address
	   * ("calls his grandmother Babcia") */
	  "babcia dziadek dadi dada dadu nani nanu abuela abuelo oma opa "
	  "ayeeyo awoowe nonna nonno yiayia bunica bunicul babushka dedushka",
	  W_REL },
	/* Meeting and speaking to someone: "spoke with Florence", "met
	 * Eve", "to see Paris and her mum"; CONTACT2 only with "to" or
	 * "with" between ("spoke to"). */
	{ "met saw see seen visited visiting phoned rang texted emailed "
	  "messaged", W_CONTACT },
	{ "spoke speak speaking talked talk talking chatted chat met meeting "
	  "meet explained explain wrote write letter referred apologised",
	  W_CONTACT2 },
	/* What only people do, or are: "Björn refused", "Hope was dropped
	 * off", "Summer is now attending". */
	{ "refused refuses refusing attended attends attending disclosed "
	  "discloses engaged engages presented presents missed misses told "
	  "tells said says cried cries asked asks wants wanted dropped "
	  "collected picked brought placed excluded stayed lives lived slept "
	  "woke struggled struggles enjoyed enjoys upset happy sad tired "
	  "anxious withdrawn settled unsettled distressed angry scared "
	  "frightened worried chatty excited calm poorly unwell "
	  "crying shouting sleeping struggling pregnant want like started "
	  "starts loves loved hates hated wants came went arrived "
	  "tearful clingy grumpy giggly shy sleepy cheerful playful aggressive "
	  "rude polite nervous confident pushed kicked bit punched laughed "
	  "giggled screamed swore played plays playing hugged hugs cuddled "
	  "stopped arrested asleep awake", W_HUMAN },
	{ "is was has had seemed seems appeared appears looked looks felt "
	  "feels remains remained became did does didn't doesn't will would "
	  "can can't could", W_COPULA },
	{ "now been very really quite so not still being getting a bit more "
	  "less feeling rather extremely", W_FILL },
	/* Words that stand before people more than places: "interpreter
	 * for Kidane", "agreed with Lê Thu Hà", "re Wanjiru", "Regards
	 * Tom". */
	{ "for asked ask asking take took taking bring brought collect "
	  "collected regards thanks cheers cc supporting support supported "
	  "tell told", W_PCTX },
	{ "her his she he him herself himself hers", W_PRON },
	/* Kinship words written as titles: "Aunt Mags", "Nan Pauline". */
	{ "aunt auntie aunty uncle nan nanny nana nanna gran grandma grandad "
	  "grandpa granny babcia dziadek dadi dada dadu nani nanu abuela "
	  "abuelo oma opa ayeeyo awoowe nonna nonno yiayia bunica bunicul "
	  "babushka dedushka", W_KTITLE },
	/* Two- and three-letter capitals that are acronyms in case notes,
	 * not initials ("SW said", "YP wants"). */
	{ "sw ssw yp cyp cp pa iro gp hv fc la dt cin cla lac taf dsl sen "
	  "ehcp tac tas nhs ae ed tv uk us eu ok dj mp ss cs ct it pe re dob "
	  "pt ft am pm asd adhd ocd ptsd aka fyi ps nb eta fao re mrs mr ms "
	  "dr sgt ltd plc cic aa na ni gcse sats cpn cbt dbt mbt ot slt salt "
	  "cpa mdt hca rmn rgn icu ane cmht crht iapt pwp mh nfd ihu emdr "
	  "ect opd ltd id", W_ACRO },
	/* A name after these is a pet's: "our dog Max", "a cat called
	 * Tigger", "his snake (Kevin)", "the budgie, Charlie". */
	{ "dog dogs puppy cat cats kitten rabbit bunny hamster budgie snake "
	  "pig guinea fish goldfish horse pony tortoise parrot lizard gerbil "
	  "pet ferret rat mouse chicken hen duck bird staffie staffy lurcher "
	  "terrier spaniel labrador collie poodle husky bulldog alsatian pug "
	  "greyhound whippet rottweiler dachshund cockapoo cockerpoo "
	  "chihuahua", W_ANIMAL },
	{ "said says told asked replied explained shouted wants wanted "
	  "thinks thought feels felt", W_SAID },
	{ "is was has had engaged seems seemed enjoyed enjoys likes liked loves "
	  "loved attended came went played plays smiled laughed cried needs "
	  "needed goes arrived settled presented takes took seeks sought "
	  "struggles struggled uses used shows showed follows followed "
	  "responds responded points pointed talks talked speaks spoke tries "
	  "tried joins joined shares shared listens listened waves waved "
	  "happy sad upset calm withdrawn tired unwell quiet chatty excited "
	  "anxious distressed very really not seen presented presents appeared "
	  "appears reports reported disclosed denies denied declined refused "
	  "content flat frustrated giggling babbling "
	  "agreed remains remained continues continued did does didn't "
	  "doesn't isn't wasn't hasn't keen reluctant unsettled settling "
	  "sleeping slept woke ate eating crying cried playing happier "
	  "quieter brighter struggling engaging enjoying finding doing getting "
	  "having coming going feeling talking speaking reading using showing "
	  "trying attending refusing continuing managing learning working "
	  "needing waiting responding presenting appearing sitting walking "
	  "running smiling laughing", W_VERB },
	/* A name before one of these (after at most two capitalised words)
	 * names a place: "Cherry Ward", "Mary Seacole Unit", "Rose Court". */
	{ "ward unit suite wing room house court lodge hall centre center "
	  "hospital school academy college nursery surgery clinic practice "
	  "street road lane avenue close drive way park gardens estate "
	  "station church chapel library team hub club trust foundation "
	  "bridge primary infants juniors building block tower theatre "
	  "cottage farm manor mews terrace crescent grove square campus "
	  "ward's unit's "
	  /* organisations and prizes named after people: "Jack Petchey
	   * Award", "Joseph Rowntree Foundation" */
	  "award awards prize fund society institute association memorial "
	  "scholarship trophy lecture", W_PLACE },
	/* Given names that are ordinary words in lower case. */
	{ "holly ivy daisy poppy ruby jade lily pearl hazel olive violet "
	  "heather iris ginger crystal jasmine willow rosemary basil sage "
	  "honey candy brandy sherry misty sandy rusty precious blessing "
	  "harmony destiny robin mercy patience charity angel star sky "
	  "river storm rain autumn summer dawn faith grace hope joy rose "
	  "amber jasper clay chase hunter mason carter taylor skye "
	  "marina sonny sunny bobby billy jimmy johnny jerry peggy penny "
	  "carol dean jan jean kit noel lee dot dolly cliff gene doug art "
	  "bud don ted teddy sue pat ray rob bob max guy will mark bill frank "
	  "jack nick rich drew sonny wade miles grant ginger", W_LOWWORD },
	/* A name after these names a place: "St Mary's", "King George
	 * Hospital". */
	{ "st saint king queen prince princess", W_SAINT },
	/* Words after which a name is written in lower case ("me and
	 * jayden", "it's olivia", "told kacper"). */
	{ "and with is it's its was me to told tell asked ask saw see seen "
	  "for from like love loves miss misses visit visited met meet by or "
	  "but called named aka said says nd wiv 2 re about message messaged "
	  "texted", W_LOWCTX },
	/* Particles inside a family name: "de la Cruz", "van der Berg". */
	{ "de da di du del della der den van von la le bin binti bint ibn "
	  "ap mac nic ni n\xc3\xad \xc3\xb3 \xc3\x93 th\xe1\xbb\x8b dos das", W_PART },
	{ "the a an this that these those in on of at to for from by with "
	  "our your their its his her every each no any some", W_DET },
	{ "i i'm i've im monday tuesday wednesday thursday friday saturday "
	  "sunday january february march july september october november "
	  "december christmas easter eid ramadan diwali english british god "
	  "jesus christ allah buddha "
	  "mum dad nan mummy daddy mam mom road street lane avenue close drive "
	  "way court place school college council police nhs camhs ok okay "
	  "yes no hi hello thanks dear redacted covid coronavirus zoom "
	  "skype google "
	  /* Text speak that is in no dictionary, so that "my mate jus" or
	   * "me n ur" is no name. */
	  "jus juss wen wot wat dat dis dem dey coz bcoz cuz tho thru gud "
	  "pls plz thx ppl lol omg idk tbh ngl smh lmao lmfao innit bruv "
	  "blud bruh bff bday luv lyk skool wiv nuffin nuthin sumthin "
	  "summat aint dont cant wont didnt doesnt isnt wasnt havent hasnt "
	  "couldnt wouldnt shouldnt youre theyre ur ya yh yeh nah naw mumma "
	  "mummy mammy nanna nanny nannan nanan grandad grampa gramps haha "
	  "hahaha xx xxx sumone every1 some1 any1 no1 2day 2moro tmrw tomoz "
	  "gonna wanna gotta kinda sorta dunno lemme gimme abt yrs hrs mins "
	  "b4 ipad iphone wifi fifa tv wer txt msg msgs tht hav cud shud wud "
	  "sed sez becos becoz bcos bcuz cus ova neva eva evry alwayz gd rly "
	  "rlly srsly probs deffo defo obvs pic pics vid vids fone skl hw "
	  "hmwk wk wkend convo prob inlaw inlaws", W_STOP },
};

/*
 * Phrases that are never a person's name, whatever the rules say: dog
 * breeds, idioms, story characters, places named like people.  --not-names
 * adds to them per run.  (docs/redaction.md lists them.)
 */
static const char *const not_names[] = {
	"jack russell", "jack russells", "st bernard", "saint bernard",
	"king charles", "gordon setter", "irish setter", "jack the lad",
	"jack of all trades", "peeping tom", "doubting thomas", "nosy parker",
	"smart alec", "heath robinson", "bob's your uncle", "tom, dick and harry",
	"tom dick and harry", "jack frost", "father christmas", "santa claus",
	"peppa pig", "bob the builder", "thomas the tank engine", "peter rabbit",
	"peter pan", "harry potter", "winnie the pooh", "paddington bear",
	"florence nightingale", "mary seacole", "milton keynes", "st albans",
	"st helens", "st ives", "st austell", "port talbot", "bishop auckland",
	"west bromwich", "kings lynn", "king's lynn", "queen elizabeth",
	"princess royal", "prince charles", "grace darling", "robin hood",
	"lincoln", "chester", "preston", "bolton", "carlisle", "darlington",
	"stafford", "crawley", "bedford", "kendal", "wigan", "halifax",
	"grace period", "mark scheme", "will writing",
	"ofsted", "cafcass", "barnardo's", "barnardos", "childline", "kooth",
	"samaritans", "mencap", "nacro", "connexions", "tesco", "asda",
	"aldi", "lidl", "primark", "sainsbury's", "morrisons", "greggs",
	"mcdonald's", "mcdonalds", "nando's", "netflix", "youtube", "tiktok",
	"snapchat", "instagram", "facebook", "whatsapp", "xbox", "playstation",
	"fortnite", "roblox", "minecraft", "for pete's sake",
	"for god's sake", "dr martens", "doc martens", "mr kipling",
	"ben & jerry's", "ben and jerry's", "marks and spencer",
	"marks & spencer", "johnson's baby", "mr men", "little miss",
	"blackburn with darwen", "telford and wrekin", "redcar and cleveland",
	"brighton and hove", "windsor and maidenhead", "stockton-on-tees",
	/* idioms, and conditions, tests and laws named after people */
	"nosey parker", "joneses", "asperger's", "aspergers", "asperger",
	"tourette's", "tourettes", "gillick", "fraser guidelines",
	"fraser competent", "fraser competence", "merton compliant",
	"merton assessment", "sarah's law", "clare's law",
	"patience is wearing thin", "patience wearing thin",
	/* brands made of a person's name */
	"ted baker", "tommy hilfiger", "ralph lauren", "calvin klein",
	"hugo boss", "kurt geiger",
	"paddy power", "ronald mcdonald", "horrid henry", "mckenzie friend"
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

		if (isalpha_a(c))
			i++;
		else if (c >= 0x80 && names_wordbyte(s, n, i)) {
			/* An emoji or a pictograph ends the word ("Paige\u2764"):
			 * U+2600..27BF (E2 98..9E), U+2B00..2BFF (E2 AC..AF),
			 * U+1F000..1FFFF (F0 9F). */
			unsigned char c1 = i + 1 < n ? (unsigned char)s[i + 1] : 0;

			if ((c == 0xE2 && ((c1 >= 0x98 && c1 <= 0x9E) ||
			    (c1 >= 0xAC && c1 <= 0xAF))) ||
			    (c == 0xF0 && c1 == 0x9F))
				break;
			i++;
		} else if ((c == '\'' || c == '`') && i + 1 < n &&
		    isupper_a((unsigned char)s[i + 1]))
			i++;
		else
			break;
	}
	return i;
}

/* ---- Unicode letters ---- */

/* Is the code point at s[i] a letter? */
int
names_letter_at(const char *s, size_t n, size_t i)
{
	uint32_t cp;
	unsigned char c = (unsigned char)s[i];

	if (c < 0x80)
		return isalpha_a(c);
	utf8_decode(s + i, n - i, &cp);
	return u_isalpha((UChar32)cp);
}

/* Does a capital letter (any script) stand at s[i]? */
static int
cap_at(const char *s, size_t n, size_t i)
{
	uint32_t cp;
	unsigned char c = (unsigned char)s[i];

	if (c < 0x80)
		return isupper_a(c);
	utf8_decode(s + i, n - i, &cp);
	return u_isupper((UChar32)cp) || u_istitle((UChar32)cp);
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

/* The ordinary English words (words-data.c, made at build time from
 * Debian's wbritish-large by lexicons/names/gen-words). */
extern const char names_ordinary_blob[];
extern const uint32_t names_ordinary_off[];
extern const size_t names_ordinary_n;

static int
word_eq(const char *key, const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (key[i] != (char)lower((unsigned char)p[i]))
			return 0;
	return 1;
}

/* Is s[b..e) the word w (a lower-case string literal)? */
#define is_w(s, b, e, w) ((e) - (b) == sizeof(w) - 1 && \
	word_eq((w), (s) + (b), sizeof(w) - 1))

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
/* Is p[0..n) (any case) an ordinary English word: one the word list has
 * in lower case ("foster", "housing"), not only as a proper noun
 * ("Conor", "Chelsea")?  One probe of a hash of the list's words. */
static int
ordinary(const struct names *nm, const char *p, size_t n)
{
	size_t i;

	if (n == 0 || n > 63 || !nm->ordsz)
		return 0;
	i = hash_word(p, n) & (nm->ordsz - 1);
	for (;;) {
		uint32_t k = nm->ord[i];
		const char *w;

		if (k == 0)
			return 0;
		w = names_ordinary_blob + names_ordinary_off[k - 1];
		if (w[n] == '\0' && word_eq(w, p, n))
			return 1;
		i = (i + 1) & (nm->ordsz - 1);
	}
}

/* The hash of the ordinary words, made once. */
static void
ordinary_init(struct names *nm)
{
	size_t sz = 1;

	while (sz < names_ordinary_n * 2)
		sz *= 2;
	nm->ord = xcalloc(sz, sizeof *nm->ord);
	nm->ordsz = sz;
	for (size_t k = 0; k < names_ordinary_n; k++) {
		const char *w = names_ordinary_blob + names_ordinary_off[k];
		size_t i = hash_word(w, strlen(w)) & (sz - 1);

		while (nm->ord[i])
			i = (i + 1) & (sz - 1);
		nm->ord[i] = (uint32_t)k + 1;
	}
}

/* Is p[0..n) (ASCII lower case) an ordinary word typed with a letter
 * left out, two letters swapped or (six letters or more) one letter
 * wrong ("realy", "freinds", "jus", "wer", "adviced")?
 * Names in no list rarely are ("deano", "kaylan", "tiernan"). */
static int
near_ordinary(const struct names *nm, const char *p, size_t n)
{
	char w[24];

	if (n < 2 || n + 1 >= sizeof w)
		return 0;
	for (size_t k = 0; k <= n; k++) {
		memcpy(w, p, k);
		memcpy(w + k + 1, p + k, n - k);
		for (char c = 'a'; c <= 'z'; c++) {
			w[k] = c;
			if (ordinary(nm, w, n + 1))
				return 1;
		}
	}
	memcpy(w, p, n);
	/* one letter wrong, in longer words only ("adviced"): short names
	 * often are one letter from a word (Zane, Jace) */
	for (size_t k = 0; n >= 6 && k < n; k++) {
		char t = w[k];

		for (char c = 'a'; c <= 'z'; c++) {
			w[k] = c;
			if (c != t && ordinary(nm, w, n))
				return 1;
		}
		w[k] = t;
	}
	for (size_t k = 0; k + 1 < n; k++) {
		char t = w[k];

		w[k] = w[k + 1];
		w[k + 1] = t;
		if (w[k] != w[k + 1] && ordinary(nm, w, n))
			return 1;
		w[k + 1] = w[k];
		w[k] = t;
	}
	return 0;
}

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

static void
known2_set(struct names *nm, const char *p, size_t n)
{
	uint32_t bit = names_known2_bit(p, n);

	nm->known2[bit / 8] |= (unsigned char)(1u << (bit % 8));
	bit = names_known3_bit(p, n);
	nm->known3[bit / 8] |= (unsigned char)(1u << (bit % 8));
}

/* Nouns after a possessive typed without its apostrophe, and the
 * conjunctions of "me and deano", for the prefilter (slot2). */
static const char *const slot_extra[] = {
	"house", "party", "birthday", "bedroom", "phone"
};

static void
slot_set(struct names *nm, const char *p, size_t n)
{
	uint32_t bit = names_slot_bit(p, n);

	nm->slot2[bit / 8] |= (unsigned char)(1u << (bit % 8));
}

#define slot_has names_slot_has

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
		known2_set(nm, p + i, j - i);
		if (j - i < 3)
			nm->short_known = 1;
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
	int dot = 0;

	if (j > 0 && (s[j - 1] == '(' || s[j - 1] == '\'' || s[j - 1] == '"'))
		j--; /* "(Hope)", "known as 'Gaz'" */
	else if (j >= 3 && (unsigned char)s[j - 3] == 0xE2 &&
	    (unsigned char)s[j - 2] == 0x80 &&
	    ((unsigned char)s[j - 1] == 0x98 || (unsigned char)s[j - 1] == 0x9C))
		j -= 3; /* a curly opening quote */
	while (j > 0 && s[j - 1] == ' ')
		j--;
	/* A dash between spaces: "Dad - Dariusz", "mum \u2013 Jo". */
	if (j < i && j >= 2 && s[j - 1] == '-' && s[j - 2] == ' ')
		j -= 2;
	else if (j < i && j >= 4 && (unsigned char)s[j - 3] == 0xE2 &&
	    (unsigned char)s[j - 2] == 0x80 && ((unsigned char)s[j - 1] == 0x93 ||
	    (unsigned char)s[j - 1] == 0x94) && s[j - 4] == ' ')
		j -= 4;
	while (j > 0 && j < i && s[j - 1] == ' ')
		j--;
	if (j > 1 && j < i && s[j - 1] == '.' && isalpha_a((unsigned char)s[j - 2])) {
		j--; /* "Mr. Okafor": see prev_flags() */
		dot = 1;
	}
	if (j > 0 && j < i && s[j - 1] == ':')
		j--;
	if (j == i || j == 0 || !names_wordbyte(s, n, j - 1))
		return 0;
	*e = j;
	while (j > 0 && (names_wordbyte(s, n, j - 1) || (s[j - 1] == '\'' &&
	    j > 1 && names_wordbyte(s, n, j - 2))))
		j--;
	*b = j;
	return dot ? 2 : 1;
}

/* The flags of the word before i; a word before a dot counts only when it
 * is a title or "St." ("Mr. Okafor", "St. John's", but not "my son. My"). */
static int
prev_flags(const struct names *nm, const char *s, size_t n, size_t i,
	   size_t *b, size_t *e)
{
	int r = prev_word(s, n, i, b, e), f;

	if (!r)
		return 0;
	f = tab_flags(nm, s + *b, *e - *b);
	if (r == 2 && !(f & (W_TITLE | W_WTITLE | W_SAINT))) {
		*b = *e = 0;
		return 0;
	}
	return f;
}

static int
next_word(const char *s, size_t n, size_t i, size_t *b, size_t *e)
{
	if (i >= n || s[i] != ' ' || i + 1 >= n)
		return 0;
	i++;
	if (!names_letter_at(s, n, i))
		return 0;
	*b = i;
	*e = names_word_end(s, n, i);
	return 1;
}

/* The end of a negated auxiliary at e ("didn't", "isn't"): past the 't. */
static size_t
nt_end(const char *s, size_t n, size_t e)
{
	if (e + 1 < n && s[e] == '\'' && s[e + 1] == 't' && e >= 1 &&
	    s[e - 1] == 'n' && (e + 2 == n || !isalpha_a((unsigned char)s[e + 2])))
		return e + 2;
	return e;
}

/* A lower-case adverb in -ly between a verb and what follows ("was
 * visibly upset", "is really happy"). */
static int
ly_adverb(const char *s, size_t b, size_t e)
{
	return e - b >= 5 && s[e - 1] == 'y' && s[e - 2] == 'l' &&
	    s[b] >= 'a' && s[b] <= 'z';
}


/*
 * Decide whether the word s[i..j) is (part of) a person's name.
 * last_person: the previous finding is a PERSON ending one space before i.
 */
int
names_flags(const struct names *nm, const char *s, size_t i, size_t j)
{
	return tab_flags(nm, s + i, j - i);
}

/* Does a phrase that follows only a person stand just after j: "Hope,
 * aged 7", "Summer (DOB ...)", "Eve (born ...)"? */
static int
person_after(const char *s, size_t n, size_t j)
{
	static const char *const keys[] = {
		"aged ", "(aged ", "(age ", "(dob", "(d.o.b", "(born", "dob ",
		"age ", "who ", "and her ", "and his ", "and their "
	};
	char w[12];
	size_t k = 0;

	if (j < n && s[j] == ',')
		j++;
	if (j + 3 < n && s[j] == ' ' && s[j + 1] == '(' && isdig((unsigned char)s[j + 2]) &&
	    (s[j + 3] == ')' || (isdig((unsigned char)s[j + 3]) && j + 4 < n &&
	    s[j + 4] == ')')))
		return 1; /* "Florence (14)" */
	if (j >= n || s[j] != ' ')
		return 0;
	while (j < n && s[j] == ' ')
		j++;
	/* Cheap first: every key starts with a, d, w or a bracket. */
	if (j >= n || !strchr("adwADW(", s[j]) || !s[j])
		return 0;
	while (j < n && k < sizeof w - 1)
		w[k++] = (char)lower((unsigned char)s[j++]);
	w[k] = '\0';
	for (size_t q = 0; q < sizeof keys / sizeof keys[0]; q++)
		if (!strncmp(w, keys[q], strlen(keys[q])))
			return 1;
	return 0;
}

/* An age after a verb ending at e: " 7", " 15." or " 4 months
 * pregnant", then the end of the clause or "and", "but", "now", "today",
 * "in", "years", "yrs", "year", "months" (not "is 3 miles away"). */
static int
age_after(const char *s, size_t n, size_t e)
{
	size_t k = e + 1, b;

	if (k >= n || s[e] != ' ' || !isdig((unsigned char)s[k]))
		return 0;
	k++;
	if (k < n && isdig((unsigned char)s[k]))
		k++;
	if (k >= n || strchr(".,;!?)\n", s[k]))
		return 1;
	if (s[k] != ' ' || k + 1 >= n || !isalpha_a((unsigned char)s[k + 1]))
		return 0;
	b = ++k;
	while (k < n && isalpha_a((unsigned char)s[k]))
		k++;
	return is_w(s, b, k, "and") || is_w(s, b, k, "but") ||
	    is_w(s, b, k, "now") || is_w(s, b, k, "today") ||
	    is_w(s, b, k, "in") || is_w(s, b, k, "years") ||
	    is_w(s, b, k, "yrs") || is_w(s, b, k, "year") ||
	    is_w(s, b, k, "months");
}

/* What is done to a person in a case note, after "was", "has been":
 * "has been moved", "was referred". */
static int
passive_person(const char *s, size_t b, size_t e)
{
	static const char *const pp[] = {
		"moved", "referred", "offered", "assessed", "diagnosed",
		"admitted", "discharged", "suspended", "bullied", "allocated"
	};

	if (e - b < 5 || s[e - 1] != 'd')
		return 0;
	for (size_t q = 0; q < sizeof pp / sizeof pp[0]; q++)
		if (e - b == strlen(pp[q]) && word_eq(pp[q], s + b, e - b))
			return 1;
	return 0;
}

/* Does a predicate that only a person takes follow the word ending at j:
 * "refused", "said", "was upset", "is now attending", "has been crying"? */
static int
human_after(const struct names *nm, const char *s, size_t n, size_t j)
{
	size_t b, e;
	int f;

	if (!next_word(s, n, j, &b, &e))
		return 0;
	e = nt_end(s, n, e);
	f = tab_flags(nm, s + b, e - b);
	if (f & (W_HUMAN | W_SAID))
		return 1;
	if (!(f & W_COPULA))
		return 0;
	if (age_after(s, n, e))
		return 1; /* "Paris is 7 and wants", "is 4 months pregnant" */
	for (int k = 0; k < 3 && next_word(s, n, e, &b, &e); k++) {
		f = tab_flags(nm, s + b, e - b);
		if (!f && ly_adverb(s, b, e))
			continue; /* "was visibly upset" */
		if (passive_person(s, b, e))
			return 1; /* "has been moved", "was referred" */
		if (f & W_HUMAN)
			return 1;
		/* "is in Year 11", "is now in Reception" */
		if (e - b == 2 && word_eq("in", s + b, 2) &&
		    next_word(s, n, e, &b, &e) && ((e - b == 4 &&
		    word_eq("year", s + b, 4) && e + 1 < n &&
		    isdig((unsigned char)s[e + 1])) || (e - b == 9 &&
		    word_eq("reception", s + b, 9))))
			return 1;
		if (!(f & W_FILL))
			return 0;
	}
	return 0;
}

/* Does a personal pronoun (her, his, she, ...) follow within eight words
 * of the word ending at j, in the same sentence? */
static int
pronoun_soon(const struct names *nm, const char *s, size_t n, size_t j)
{
	size_t k = j, b, e;

	for (int w = 0; w < 8 && k < n; w++) {
		while (k < n && !names_wordbyte(s, n, k)) {
			if (strchr(".!?;\n", s[k]))
				return 0;
			k++;
		}
		b = k;
		while (k < n && (names_wordbyte(s, n, k) || s[k] == '\''))
			k++;
		e = k;
		if (e > b && (tab_flags(nm, s + b, e - b) & W_PRON))
			return 1;
	}
	return 0;
}

/* "chloe-leigh": a hyphen and a given name after the word ending at j. */
static int
lower_hyphen_given(const struct names *nm, const char *s, size_t n, size_t j)
{
	size_t e;

	if (j + 1 >= n || s[j] != '-')
		return 0;
	int f;

	e = names_word_end(s, n, j + 1);
	if (e <= j + 2)
		return 0;
	f = tab_flags(nm, s + j + 1, e - j - 1);
	/* a given name, or no word at all ("chloe-leigh", "ellie-mae") */
	return ((f & W_GIVEN) && !(f & W_STRICT)) || (e - j - 1 >= 3 &&
	    !(f & (W_NOTLOW | W_WORD | W_STRICT)) &&
	    !ordinary(nm, s + j + 1, e - j - 1));
}

/* The flags of the word before a comma before i ("Mother, Wong Ka Yan",
 * "the budgie, Charlie"; spaces either side), or 0. */
static int
comma_prev_flags(const struct names *nm, const char *s, size_t n, size_t i)
{
	size_t b, e = i;

	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e == 0 || s[e - 1] != ',')
		return 0;
	e--;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	b = e;
	while (b > 0 && names_wordbyte(s, n, b - 1))
		b--;
	return b < e ? tab_flags(nm, s + b, e - b) : 0;
}

/* Is the word at i a pet's name: after an animal word ("our dog Max",
 * "his snake (Kevin)": prev_word() steps over the bracket), or after one
 * and "called", "named" or a comma? */
static int
pet_before(const struct names *nm, const char *s, size_t n, size_t i,
	   int pf, size_t pb)
{
	size_t b, e;

	if (pf & W_ANIMAL)
		return 1;
	if (pf & W_CALLED) {
		/* "a dog called Max", "my hamster is called Nigel" */
		for (int w = 0; w < 2 && prev_word(s, n, pb, &b, &e) == 1; w++) {
			int f = tab_flags(nm, s + b, e - b);

			if (f & W_ANIMAL)
				return 1;
			if (!(f & W_COPULA))
				return 0;
			pb = b;
		}
		return 0;
	}
	return (comma_prev_flags(nm, s, n, i) & W_ANIMAL) != 0;
}

/* Does a single capital, an initial, stand just before i ("J. Fenwick",
 * "K Robson", "S.Horsfall", "MRS D. HALLIWELL")? */
static int
initial_prev(const char *s, size_t i)
{
	size_t k = i;

	if (k > 0 && s[k - 1] == ' ')
		k--;
	if (k > 0 && s[k - 1] == '.')
		k--;
	if (k == i || k == 0 || !isupper_a((unsigned char)s[k - 1]))
		return 0;
	k--;
	return k == 0 || s[k - 1] == ' ' || s[k - 1] == '(' ||
	    s[k - 1] == '.' || s[k - 1] == ':';
}

/* Two initials with dots and a space before i: "M.J. Clough" (not after
 * an article: "the U.S. Army"). */
static int
two_initials(const char *s, size_t n, size_t i)
{
	size_t b, e;

	if (i < 5 || s[i - 1] != ' ' || s[i - 2] != '.' ||
	    !isupper_a((unsigned char)s[i - 3]) || s[i - 4] != '.' ||
	    !isupper_a((unsigned char)s[i - 5]) ||
	    (i > 5 && s[i - 6] != ' ' && s[i - 6] != ':'))
		return 0;
	return !(prev_word(s, n, i - 5, &b, &e) == 1 && (is_w(s, b, e, "the") ||
	    is_w(s, b, e, "a") || is_w(s, b, e, "an")));
}

/* ", the children's grandfather", ", her foster carer": an apposition
 * with a relation word after the word ending at j. */
static int
rel_apposition(const struct names *nm, const char *s, size_t n, size_t j)
{
	size_t b, e;

	if (j + 1 >= n || s[j] != ',')
		return 0;
	e = j + 1;
	for (int w = 0; w < 3 && next_word(s, n, e, &b, &e); w++) {
		int f = tab_flags(nm, s + b, e - b);

		if (f & W_REL)
			return 1;
		if (w == 0 && !(f & (W_DET | W_PRON)))
			return 0;
		if (e + 1 < n && s[e] == '\'' && s[e + 1] == 's')
			e += 2; /* "the children's" */
	}
	return 0;
}

/* "Rich (mum's brother)", "Patience (maternal aunt)": a bracket after the
 * word ending at j whose first three words hold a relation word. */
static int
rel_bracket(const struct names *nm, const char *s, size_t n, size_t j)
{
	size_t b = j + 2, e;

	if (j + 3 >= n || s[j] != ' ' || s[j + 1] != '(')
		return 0;
	for (int w = 0; w < 3; w++) {
		if (b >= n || !isalpha_a((unsigned char)s[b]))
			return 0;
		e = names_word_end(s, n, b);
		/* spelt out, not an acronym: "(YP)" after a quotation
		 * names its speaker */
		if ((tab_flags(nm, s + b, e - b) & (W_REL | W_ACRO)) == W_REL)
			return 1;
		if (e + 1 < n && s[e] == '\'' && s[e + 1] == 's')
			e += 2;
		if (e >= n || s[e] != ' ')
			return 0;
		b = e + 1;
	}
	return 0;
}

/* Is the word before pb..pe (whose flags are pf) a verb of meeting or
 * speaking to someone: "met", "saw", "spoke to", "talked with"? */
static int
contact_before(const struct names *nm, const char *s, size_t n, size_t pb,
	       size_t pe, int pf)
{
	size_t b, e;

	if (pf & W_CONTACT)
		return 1;
	if (pe - pb == 2 ? lower((unsigned char)s[pb]) != 't' ||
	    lower((unsigned char)s[pb + 1]) != 'o' : pe - pb == 4 ?
	    !word_eq("with", s + pb, 4) : 1)
		return 0;
	if (!prev_word(s, n, pb, &b, &e))
		return 0;
	return (tab_flags(nm, s + b, e - b) & W_CONTACT2) != 0;
}

/* Is the word before pb..pe "as", after "known" ("known as 'Gaz'")? */
static int
known_as(const char *s, size_t n, size_t pb, size_t pe)
{
	size_t b, e;

	if (!(pe - pb == 2 && lower((unsigned char)s[pb]) == 'a' &&
	    lower((unsigned char)s[pb + 1]) == 's'))
		return 0;
	/* "known as", and up to three words between: "known to the
	 * family as Taff", "known locally as". */
	for (int k = 0; k < 4 && prev_word(s, n, pb, &b, &e) == 1; k++) {
		if (e - b == 5 && word_eq("known", s + b, 5))
			return 1;
		pb = b;
	}
	return 0;
}


/* "Conor's mum", "Amira’s carer": the word ending at j is followed by a
 * possessive and a relation word. */
static int
possessive_rel(const struct names *nm, const char *s, size_t n, size_t j)
{
	size_t b, e;

	if (j + 1 < n && s[j] == '\'' && s[j + 1] == 's')
		j += 2;
	else if (j + 3 < n && (unsigned char)s[j] == 0xE2 &&
	    (unsigned char)s[j + 1] == 0x80 && (unsigned char)s[j + 2] == 0x99 &&
	    s[j + 3] == 's')
		j += 4;
	else if (j + 1 < n && s[j] == '\'' && s[j - 1] == 's')
		j += 1; /* "Agnes' flat" */
	else
		return 0;
	if (!next_word(s, n, j, &b, &e))
		return 0;
	/* A relation word, or what belongs to a person's life and not to
	 * a place or a firm: "Habiba's GP", "Agnes' flat", "TL's weight". */
	return (tab_flags(nm, s + b, e - b) & W_REL) || is_w(s, b, e, "gp") ||
	    is_w(s, b, e, "flat") || is_w(s, b, e, "bedroom") ||
	    is_w(s, b, e, "placement") || is_w(s, b, e, "behaviour") ||
	    is_w(s, b, e, "weight") || is_w(s, b, e, "wishes") ||
	    is_w(s, b, e, "views") || is_w(s, b, e, "birthday") ||
	    is_w(s, b, e, "medication") || is_w(s, b, e, "diagnosis") ||
	    is_w(s, b, e, "family");
}


/* An eponym: "Crohn's disease", "Bell's palsy", "Clare's Law": a
 * possessive at j followed by a condition, a test or a law. */
static int
eponym_after(const char *s, size_t n, size_t j)
{
	size_t b = j + 3, e;

	if (j + 4 >= n || s[j] != '\'' || s[j + 1] != 's' || s[j + 2] != ' ')
		return 0;
	e = names_word_end(s, n, b);
	return is_w(s, b, e, "disease") || is_w(s, b, e, "syndrome") ||
	    is_w(s, b, e, "palsy") || is_w(s, b, e, "law") ||
	    is_w(s, b, e, "disorder") || is_w(s, b, e, "tics") ||
	    is_w(s, b, e, "sign") || is_w(s, b, e, "test") ||
	    is_w(s, b, e, "principle") || is_w(s, b, e, "guidelines");
}

/* A name right after "in", "via" or "near" names a place: "born in
 * Jordan", "a flat in Chelsea" (not "in Jordan's room"). */
static int
place_prep_before(const char *s, size_t n, size_t i, size_t j, size_t pb,
		  size_t pe)
{
	if (pe + 1 != i || (j < n && (s[j] == '\'' || s[j] == '-')))
		return 0;
	return is_w(s, pb, pe, "in") || is_w(s, pb, pe, "via") ||
	    is_w(s, pb, pe, "near");
}

size_t
names_conj_before(const char *s, size_t n, size_t i)
{
	size_t k = i, b;

	while (k > 0 && s[k - 1] == ' ')
		k--;
	if (k == i || k == 0)
		return 0;
	if (s[k - 1] == '&' || s[k - 1] == '+')
		k--;
	else {
		b = k;
		while (b > 0 && isalpha_a((unsigned char)s[b - 1]) && k - b < 4)
			b--;
		if (b > 0 && names_wordbyte(s, n, b - 1))
			return 0;
		if (!is_w(s, b, k, "and") && !is_w(s, b, k, "n") &&
		    !is_w(s, b, k, "nd") && !is_w(s, b, k, "an"))
			return 0;
		k = b;
	}
	b = k;
	while (k > 0 && s[k - 1] == ' ')
		k--;
	return k < b && k > 0 ? k : 0;
}

int
names_given_before(const struct names *nm, const char *s, size_t i,
		   size_t j)
{
	int f = names_flags(nm, s, i, j);

	/* a given name, capitalised, not a word of another kind that opens
	 * a clause ("Thanks and", "Nurses and") */
	return j - i >= 2 && isupper_a((unsigned char)s[i]) &&
	    (f & W_GIVEN) && !(f & (W_STOP | W_DET | W_PRON | W_REL |
	    W_TITLE | W_WTITLE | W_KTITLE | W_HUMAN | W_VERB));
}

/* "deano and me", "kaylan n me": "and", "an", "n", "nd", "&" or "+",
 * then "me", after j. */
static int
and_me_after(const char *s, size_t n, size_t j)
{
	size_t k = j + 1;

	if (j + 6 > n || s[j] != ' ')
		return 0;
	if (s[k] == '&' || s[k] == '+')
		k++;
	else if (s[k] == 'a' && s[k + 1] == 'n')
		k += s[k + 2] == 'd' ? 3 : 2;
	else if (s[k] == 'n')
		k += s[k + 1] == 'd' ? 2 : 1;
	else
		return 0;
	return k + 3 <= n && s[k] == ' ' && s[k + 1] == 'm' &&
	    s[k + 2] == 'e' && (k + 3 == n || !names_wordbyte(s, n, k + 3));
}

/* Is the word at i..j (in no list) where a child writes a name: after a
 * relation word or "called" ("my sister kaydence", "a boy called
 * tobias"), beside "me and" ("me n deano", "kaylan and me"), or joined
 * by "and" to a name found (coord: "rhys and tiernan")? */
static int
child_slot(const char *s, size_t n, size_t i, size_t j, int pf, int coord)
{
	size_t c, b, e;

	if ((pf & W_CALLED) || coord || and_me_after(s, n, j))
		return 1;
	/* A relation word after "my", "his", ... within two words ("my
	 * sister kaydence", "my best friend deano"; not "the baby realy"). */
	if (pf & W_REL) {
		c = i;
		for (int w = 0; w < 3 && prev_word(s, n, c, &b, &e) == 1; w++) {
			if (is_w(s, b, e, "my") || is_w(s, b, e, "his") ||
			    is_w(s, b, e, "her") || is_w(s, b, e, "our") ||
			    is_w(s, b, e, "their") || is_w(s, b, e, "your") ||
			    is_w(s, b, e, "ur") || is_w(s, b, e, "me"))
				return w > 0;
			c = b;
		}
		return 0;
	}
	c = names_conj_before(s, n, i);
	return c >= 2 && is_w(s, c - 2, c, "me") &&
	    (c == 2 || !names_wordbyte(s, n, c - 3));
}

/* "jaydens mum", "Harleys house": the word i..j ends in an s typed for
 * 's, a relation word (or house, party, birthday, bedroom) follows, and
 * the word without the s is a given name, or neither is an ordinary
 * word ("kaydens"; not "friends mum", "others house"). */
static int
bare_possessive(const struct names *nm, const char *s, size_t n, size_t i,
		size_t j)
{
	size_t b, e;
	int f;

	if (j - i < 4 || s[j - 1] != 's' || s[j - 2] == 's' ||
	    !next_word(s, n, j, &b, &e))
		return 0;
	f = tab_flags(nm, s + b, e - b);
	if (!(f & W_REL) && !is_w(s, b, e, "house") &&
	    !is_w(s, b, e, "party") && !is_w(s, b, e, "birthday") &&
	    !is_w(s, b, e, "bedroom") && !is_w(s, b, e, "phone"))
		return 0;
	f = tab_flags(nm, s + i, j - 1 - i);
	if (f & (W_REL | W_KTITLE | W_STOP | W_TITLE | W_STRICT | W_DET |
	    W_PRON))
		return 0;
	return (f & W_GIVEN) || (!(f & W_NAME) &&
	    !ordinary(nm, s + i, j - i) && !ordinary(nm, s + i, j - 1 - i) &&
	    !near_ordinary(nm, s + i, j - i));
}

int
names_trig(const struct names *nm, const char *s, size_t n, size_t i,
	   size_t j, int coord)
{
	size_t e;

	if (j - i == 2 || j - i > 3 || !(s[i] == 'n' || (j - i == 3 &&
	    s[i] == 'a' && s[i + 1] == 'n')) ||
	    (j - i == 3 && s[i + 2] != 'd'))
		return j - i > 1 && (tab_flags(nm, s + i, j - i) & (W_REL |
		    W_TITLE | W_CALLED | W_KTITLE));
	/* "me and", "me n", "rhys and" */
	return coord || ((e = names_conj_before(s, n, j + 1)) >= 2 &&
	    is_w(s, e - 2, e, "me"));
}

int
names_slot_after(const struct names *nm, const char *s, size_t n, size_t i,
		 size_t j)
{
	size_t k, e;

	/* "me & deano", "rhys + tiernan" */
	if (i >= 2 && s[i - 1] == ' ' && (s[i - 2] == '&' || s[i - 2] == '+'))
		return 1;
	/* "deano refused", opening a sentence */
	if ((i == 0 || s[i - 1] == '\n' || (i >= 2 && s[i - 1] == ' ' &&
	    (s[i - 2] == '.' || s[i - 2] == '!' || s[i - 2] == '?'))) &&
	    human_after(nm, s, n, names_word_end(s, n, i)))
		return 1;
	if (j + 3 >= n || s[j] != ' ' || j - i < 3)
		return 0;
	/* "jaydens mum", "harleys house" */
	if (s[j - 1] == 's') {
		k = j + 1;
		for (e = k; e < n && e - k < 12 && isalpha_a((unsigned char)s[e]);
		    e++)
			;
		if (e > k && slot_has(nm, s + k, e - k) &&
		    bare_possessive(nm, s, n, i, j))
			return 1;
	}
	return and_me_after(s, n, j);
}

/* Rule 9: East Asian names written family name first, "Wong Ka Yan",
 * "Li Xiao Hong", "Nguyen Van Minh": a family name or a syllable, then a
 * capitalised syllable; when both are English words (Lam, Man, Long),
 * a third syllable. */
static int
syllables_after(const struct names *nm, const char *s, size_t n, size_t j,
		int ord)
{
	size_t b, e, b3, e3;
	int f;

	if (!next_word(s, n, j, &b, &e) || e - b < 2 || !cap_at(s, n, b) ||
	    isupper_a((unsigned char)s[b + 1]))
		return 0;
	f = tab_flags(nm, s + b, e - b);
	if (!(f & W_SYL) || (f & (W_STOP | W_DET | W_SAID | W_VERB | W_TITLE)))
		return 0;
	if (!ord || !ordinary(nm, s + b, e - b))
		return 1;
	return next_word(s, n, e, &b3, &e3) && e3 - b3 >= 2 &&
	    cap_at(s, n, b3) && (tab_flags(nm, s + b3, e3 - b3) & W_SYL);
}

/* "Rich from the youth justice team", "Mark from housing": "from" after
 * the word ending at j, then within five words a place word (team,
 * school, centre, ...) or a service. */
static int
from_service_after(const struct names *nm, const char *s, size_t n, size_t j)
{
	static const char *const svc[] = {
		"council", "housing", "police", "service", "services", "camhs",
		"yot", "nhs", "charity", "agency", "project", "cafcass"
	};
	size_t b, e;

	if (!next_word(s, n, j, &b, &e) || !is_w(s, b, e, "from"))
		return 0;
	for (int w = 0; w < 5 && next_word(s, n, e, &b, &e); w++) {
		if (tab_flags(nm, s + b, e - b) & W_PLACE)
			return 1;
		for (size_t q = 0; q < sizeof svc / sizeof svc[0]; q++)
			if (e - b == strlen(svc[q]) && word_eq(svc[q], s + b, e - b))
				return 1;
	}
	return 0;
}

/* Towns named like people, on the built-in not-names list: a person
 * when a person's predicate follows ("Lincoln is now in Reception"). */
static const char *const towns[] = {
	"lincoln", "chester", "preston", "bolton", "carlisle", "darlington",
	"stafford", "crawley", "bedford", "kendal", "halifax"
};

static int
town_person(const struct names *nm, const char *s, size_t n, size_t i,
	    size_t j)
{
	for (size_t q = 0; q < sizeof towns / sizeof towns[0]; q++)
		if (j - i == strlen(towns[q]) && word_eq(towns[q], s + i, j - i))
			return human_after(nm, s, n, j) ||
			    possessive_rel(nm, s, n, j);
	return 0;
}


int
names_is_person(const struct names *nm, const char *s, size_t n, size_t i,
		size_t j, int last_person, int fl)
{
	int coord = last_person & NAMES_COORD;

	int pf = 0, nf = 0, ncap = 0, ord, cand;
	size_t pb = 0, pe = 0, nb = 0, ne = 0, qb, qe;

	last_person &= NAMES_ADJ;
	if (j - i >= 2) {
		size_t k = i;

		/* A mask the export put there already ("Dr XXXX", "Nurse
		 * xxx"): not a name, and no pseudonym, which would make one
		 * person of everyone masked. */
		while (k < j && (s[k] == 'X' || s[k] == 'x'))
			k++;
		if (k == j)
			return 0;
	}
	if (fl & W_KNOWN)
		return 1;
	if (j - i < 2)
		return 0;
	pf = prev_flags(nm, s, n, i, &pb, &pe);
	if (!cap_at(s, n, i)) {
		int other = !(fl & (W_NAME | W_WORD | W_STRICT | W_LOWWORD |
		    W_NOTLOW));

		/* "vVery", "iPhone", "eBay": a capital inside a lower-case
		 * word is a typo or a brand, not a name. */
		for (size_t k = i + 1; other && k < j; k++)
			if (isupper_a((unsigned char)s[k]))
				other = 0;

		/* A contraction ("didn't", "wasn’t", Welsh "mae'r") is no
		 * name. */
		if (j + 1 < n && (s[j] == '\'' || (j + 3 < n &&
		    (unsigned char)s[j] == 0xE2 && (unsigned char)s[j + 1] ==
		    0x80 && (unsigned char)s[j + 2] == 0x99)) &&
		    isalpha_a((unsigned char)s[s[j] == '\'' ? j + 1 : j + 3]) &&
		    s[s[j] == '\'' ? j + 1 : j + 3] != 's')
			return 0;

		/* Rule 10: a word in no list and no ordinary word where a
		 * child writes a name: "me n deano", "my sister kaydence",
		 * "rhys and tiernan". */
		if ((other || ((fl & W_GIVEN) && !(fl & (W_STRICT | W_WORD |
		    W_LOWWORD | W_NOTLOW)))) &&
		    child_slot(s, n, i, j, pf, coord) &&
		    (!other || (!ordinary(nm, s + i, j - i) &&
		    !near_ordinary(nm, s + i, j - i))))
			return 1;
		/* A lower-case word in no list opening a sentence before a
		 * person's predicate: "zoë was sad", "deano refused". */
		if (other && !pf && sentence_initial(s, i) &&
		    human_after(nm, s, n, j) && !ordinary(nm, s + i, j - i) &&
		    !near_ordinary(nm, s + i, j - i))
			return 1;
		/* Rule 11: "jaydens mum", "harleys house". */
		if (!(fl & W_NOTLOW) && bare_possessive(nm, s, n, i, j))
			return 1;
		/* "chloe-leigh", "wong ka-yan": a name, a syllable or no
		 * word joined by a hyphen to a name found. */
		if (last_person && s[i - 1] == '-' && !(fl & W_NOTLOW) &&
		    ((fl & (W_NAME |
		    W_SYL)) || (other && !ordinary(nm, s + i, j - i))))
			return 1;
		/* "wei ling": a syllable of a name after one found. */
		if (last_person && s[i - 1] == ' ' && (fl & W_SYL) &&
		    (pf & W_SYL))
			return 1;
		/* "saw mrs pritchard": a lower-case title, then a family
		 * name or no word ("i miss will" is no name). */
		if ((pf & W_TITLE) && pe > pb && !cap_at(s, n, pb) &&
		    !(fl & W_NOTLOW) && (((fl & W_NAME) && !(fl & W_STRICT) && !((fl & W_WORD) &&
		    is_w(s, pb, pe, "miss"))) || (other &&
		    !ordinary(nm, s + i, j - i))))
			return 1;
		/* Lower case: a given name that is no ordinary word, not
		 * after a determiner ("me and jayden"); then a family name
		 * that is no word ("mia khan"). */
		return ((fl & W_LOWER) && !(j < n && s[j] == '-') &&
		    ((pf & (W_LOWCTX | W_REL | W_TITLE | W_CALLED)) ||
		    (!pf && sentence_initial(s, i)) || (!(pf & W_DET) &&
		    !ordinary(nm, s + i, j - i)))) ||
		    /* "baby ruby", "my bro kai": a given name after a
		     * relation word */
		    ((fl & W_GIVEN) && !(fl & (W_STRICT | W_WORD)) &&
		    (pf & W_REL) && !(j < n && s[j] == '-')) ||
		    /* "chloe-leigh": two given names joined */
		    ((fl & W_GIVEN) && !(fl & W_STRICT) && lower_hyphen_given(nm,
		    s, n, j) && ((pf & (W_LOWCTX | W_REL | W_TITLE |
		    W_CALLED)) || (!pf && sentence_initial(s, i)))) ||
		    (last_person &&
		    (pf & W_GIVEN) && (fl & W_FAMILY) && !(fl & (W_STRICT |
		    W_STOP | W_DET | W_PLACE | W_SAID | W_VERB)));
	}
	/* Could the word be a name at all: a lexicon name, or no ordinary
	 * English word ("Conor", "Björn", "Hartley")? */
	ord = ordinary(nm, s + i, j - i);
	cand = (fl & (W_NAME | W_WORD | W_STRICT)) || !ord;
	if (fl & (W_TITLE | W_WTITLE | W_DET | W_REL | W_PLACE | W_STOP |
	    W_PRON))
		cand = 0;
	if (isupper_a((unsigned char)s[i + 1]) &&
	    (!(fl & W_NAME) || (fl & W_WORD) || j - i < 3))
		/* An acronym, or a shouted word; a shouted name where a name
		 * goes ("MOTHER: TAMARA O'DRISCOLL", "MRS D. HALLIWELL"). */
		return (cand && !ord && j - i >= 3 && (last_person ||
		    initial_prev(s, i) || (pf & (W_TITLE | W_CALLED)) ||
		    ((pf & (W_REL | W_WTITLE)) && j - i >= 4))) ||
		    /* Initials where a person goes: "TW said he", "explained
		     * to DK why", "for LO to attend". */
		    (j - i <= 3 && isupper_a((unsigned char)s[i + 1]) &&
		    (j - i == 2 || isupper_a((unsigned char)s[i + 2])) &&
		    !(fl & (W_ACRO | W_STOP | W_DET | W_TITLE | W_WTITLE |
		    W_REL | W_PRON)) && (human_after(nm, s, n, j) ||
		    person_after(s, n, j) || possessive_rel(nm, s, n, j) ||
		    /* "DK was in his room", "for LO to attend" */
		    (next_word(s, n, j, &nb, &ne) && (((tab_flags(nm, s + nb,
		    ne - nb) & W_COPULA) && pronoun_soon(nm, s, n, j)) ||
		    (is_w(s, pb, pe, "for") && is_w(s, nb, ne, "to")))) ||
		    (pe > pb && (contact_before(nm, s, n, pb, pe, pf) ||
		    (pf & W_CALLED)))));
	if (fl & W_STOP)
		return 0;
	/* Cheap first: an ordinary word in no list ("Staff", "Very") is a
	 * name only after a title or "called", or as a surname, or before
	 * a relation word ("Jacks mum"). */
	if (!fl && ord && !last_person && !(pf & (W_TITLE | W_CALLED |
	    W_KTITLE)) && !known_as(s, n, pb, pe) &&
	    !bare_possessive(nm, s, n, i, j) && !two_initials(s, n, i))
		return 0;
	if (pet_before(nm, s, n, i, pf, pb))
		return 0;
	if (!(pf & W_TITLE) && j < n && s[j] == '\'' && eponym_after(s, n, j))
		return 0;
	/* A word that could be a name and is no ordinary word, alone in
	 * brackets or braces: "(Tegan)", "[Ioana]", "{Kieron}", "(Ollie,
	 * 19)". */
	if (cand && !ord && i > 0 && j < n && s[i - 1] &&
	    strchr("([{", s[i - 1]) && (s[j] == (s[i - 1] == '(' ? ')' :
	    s[i - 1] + 2) || (s[j] == ',' && j + 2 < n && s[j + 1] == ' ' &&
	    isdig((unsigned char)s[j + 2]))))
		return 1;
	/* A name that is a word before a relation word: "Foster Carer",
	 * "Foster mum". */
	if (((fl & W_WORD) || ((fl & W_FAMILY) && ord)) && !last_person &&
	    !(pf & (W_TITLE | W_CALLED)) &&
	    next_word(s, n, j, &nb, &ne) && (tab_flags(nm, s + nb, ne - nb) &
	    W_REL))
		return 0;
	/* Two names of the lexicon joined by a hyphen, one a given name and
	 * not both strict: "Summer-Rose", "Lily-Mae" (not "May-June"). */
	if (j + 2 < n && s[j] == '-' && cap_at(s, n, j + 1) &&
	    (fl & (W_NAME | W_WORD | W_STRICT))) {
		size_t e2 = names_word_end(s, n, j + 1);
		int f2 = e2 > j + 2 ? tab_flags(nm, s + j + 1, e2 - j - 1) : 0;

		if ((f2 & (W_NAME | W_WORD | W_STRICT)) && ((fl | f2) & W_GIVEN) &&
		    !((fl & W_STRICT) && (f2 & W_STRICT)) &&
		    !((fl | f2) & (W_STOP | W_PLACE | W_DET)))
			return 1;
	}
	/* Rule 9: "Wong Ka Yan", "Li Xiao Hong", "Chan Tsz Ching". */
	if ((fl & W_SYL) && last_person && (pf & (W_SYL | W_FAMILY)))
		return 1;
	if ((fl & (W_SYL | W_FAMILY)) && !(fl & (W_STOP | W_DET | W_TITLE |
	    W_REL | W_PRON)) && syllables_after(nm, s, n, j, ord))
		return 1;
	/* Rule 10 with a capital: "me and Deano", "Rhys and Tiernan"; not
	 * "Sarah and Leeds City Council". */
	if (cand && !ord && !(fl & W_NAME) && child_slot(s, n, i, j, pf,
	    coord) && !(next_word(s, n, j, &nb, &ne) && cap_at(s, n, nb) &&
	    ordinary(nm, s + nb, ne - nb)))
		return 1;
	/* Rule 11 with a capital: "Jaydens mum". */
	if (!(fl & W_NOTLOW) && bare_possessive(nm, s, n, i, j))
		return 1;
	if (cand && person_after(s, n, j))
		return 1;
	if ((pf & (W_TITLE | W_CALLED)) || known_as(s, n, pb, pe))
		return !(fl & W_TITLE);
	if ((pf & W_KTITLE) && pe > pb && cap_at(s, n, pb) && pe == i - 1)
		return !(fl & (W_SAID | W_VERB | W_HUMAN | W_COPULA | W_DET |
		    W_REL | W_PRON)); /* "Aunt Mags", "Nan Pauline" */
	if (pf & W_WTITLE)
		return cand && !(fl & W_SAID);
	if (pf & W_REL)
		return cand && !(fl & W_SAID);
	if (cand && !pf && (comma_prev_flags(nm, s, n, i) & W_REL))
		return !(fl & W_SAID); /* "Mother, Wong Ka Yan," */
	if (cand && (possessive_rel(nm, s, n, j) || rel_apposition(nm, s, n, j) ||
	    rel_bracket(nm, s, n, j)))
		return 1;
	if (cand && !ord && !(fl & W_NAME) && initial_prev(s, i))
		return 1; /* "J. Fenwick", "K Robson" */
	if (!(fl & (W_PLACE | W_SAINT | W_SAID | W_VERB)) &&
	    two_initials(s, n, i))
		return 1; /* "M.J. Clough" */
	if (next_word(s, n, j, &nb, &ne)) {
		nf = tab_flags(nm, s + nb, ne - nb);
		ncap = cap_at(s, n, nb);
	}
	/* Two capitalised words that could be a name, neither an ordinary
	 * word unless the first is a given name: "Shahid Iqbal", "Hiwot
	 * Tadesse", "Will Okonkwo"; not before a place word ("Hebden
	 * Bridge"). */
	if (cand && (!ord || (fl & W_GIVEN)) && ncap && ne - nb >= 2 &&
	    (!ordinary(nm, s + nb, ne - nb) || ((nf & W_FAMILY) && !(fl &
	    (W_WORD | W_STRICT)))) && !isupper_a((unsigned char)s[nb + 1]) &&
	    !(nf & (W_STOP | W_DET | W_TITLE | W_WTITLE | W_REL | W_PLACE |
	    W_SAINT | W_SAID | W_VERB | W_PRON))) {
		size_t b3, e3;

		if (!(next_word(s, n, ne, &b3, &e3) && cap_at(s, n, b3) &&
		    (tab_flags(nm, s + b3, e3 - b3) & W_PLACE)))
			return 1;
	}
	if (cand && !ord && ((pf & W_PCTX) || (!pf &&
	    (comma_prev_flags(nm, s, n, i) & W_PCTX))) && !(ncap && ordinary(nm, s + nb,
	    ne - nb)) && !(j + 1 < n && s[j] == '\'' && s[j + 1] == 's'))
		return 1; /* "interpreter for Kidane", "re Wanjiru" */
	/* A name that is a word, or no word, opening a clause whose verb has
	 * a personal pronoun soon after: "Lincoln is now in Reception and
	 * loves his teacher", "Chelsea has moved in with her dad". */
	if (cand && (!ord || (fl & (W_WORD | W_STRICT))) &&
	    (nf & (W_VERB | W_COPULA | W_HUMAN | W_SAID)) &&
	    !((nf & W_COPULA) && next_word(s, n, ne, &qb, &qe) &&
	    is_w(s, qb, qe, "that")) && pronoun_soon(nm, s, n, j))
		return 1; /* not "Hope is that he will be home" */
	if (cand && pe > pb && contact_before(nm, s, n, pb, pe, pf) &&
	    !((fl & W_NAME) == 0 && next_word(s, n, j, &nb, &ne) &&
	    cap_at(s, n, nb) && ordinary(nm, s + nb, ne - nb)))
		return 1; /* not "met Leeds City Council" */
	if (cand && !(fl & W_NAME) && !(fl & (W_SAID | W_VERB | W_HUMAN |
	    W_COPULA | W_CONTACT | W_CONTACT2)) && human_after(nm, s, n, j))
		return 1; /* "Björn refused to engage" */
	/* "Rich from the youth justice team", "Tiwa from housing" */
	if (cand && (!ord || ((fl & W_GIVEN) && !(fl & W_STRICT))) &&
	    !(fl & (W_PLACE | W_SAINT)) && from_service_after(nm, s, n, j))
		return 1;
	if (!(fl & W_NAME))
		/* A surname after a name: "Jayden Okafor-Smith". */
		/* After a particle: "Ní Bhriain", "Nguyễn Thị Lan". */
		return last_person && !(fl & (W_TITLE | W_DET | W_SAID | W_REL)) &&
		    !sentence_initial(s, i) && ((pf & (W_GIVEN | W_PART)) ||
		    (fl & W_PART) || !ord);
	if (!last_person && pe > pb && place_prep_before(s, n, i, j, pb, pe))
		return 0;
	/* A name that is a word in lower case (Jade, Ivy, Ruby, Hazel)
	 * after a determiner, or opening a sentence, before a lower-case
	 * word of no list (at the start, not one ending in a single s, a
	 * verb as often as a plural: "Ruby finds it hard") is that word:
	 * "the Hazel class", "Ruby wedding", "Ivy growing". */
	if ((fl & W_LOWWORD) && !last_person && next_word(s, n, j, &nb, &ne) &&
	    !cap_at(s, n, nb) && !tab_flags(nm, s + nb, ne - nb) &&
	    ((pf & W_DET) || (sentence_initial(s, i) && !(s[ne - 1] == 's' &&
	    s[ne - 2] != 's'))))
		return 0;
	/* A family name that is also an ordinary word ("Foster carer",
	 * "Walker") opening a sentence needs a verb after it, as a name that
	 * is a word does. */
	if (!(fl & W_WORD) && !(ord && !(fl & W_GIVEN) &&
	    sentence_initial(s, i)))
		return 1;
	/* A name that is also a place word ("Ward is lovely", "all Ward
	 * staff", "Dalgleish Ward was excellent"): only with a person's
	 * predicate. */
	if ((fl & W_PLACE) && !last_person)
		return human_after(nm, s, n, j);
	if ((nf & W_SAID) || ((nf & (W_VERB | W_HUMAN)) && !(fl & W_STRICT)))
		return 1;
	if (ncap && (nf & W_NAME) && !(nf & W_WORD))
		return 1;
	/* Two names that are also words, mid-sentence: "is Mark Green". */
	if (ncap && (fl & W_GIVEN) && (nf & W_FAMILY) &&
	    !sentence_initial(s, i) && !(pf & W_DET))
		return 1;
	if (last_person && (pf & W_GIVEN))
		return 1;
	if (last_person && (fl & W_FAMILY) && !(fl & W_STRICT) &&
	    !sentence_initial(s, i))
		return 1; /* "Mireli Price" */
	if ((fl & W_STRICT) && human_after(nm, s, n, j))
		return 1; /* "Hope was dropped off", "Summer is now attending" */
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

/* Does phrase ph (lower case, words separated by one space) stand at
 * s[i]?  Spaces in ph match runs of spaces.  Its end, or 0. */
static size_t
phrase_at(const char *ph, const char *s, size_t n, size_t i)
{
	while (*ph) {
		if (*ph == ' ') {
			if (i >= n || s[i] != ' ')
				return 0;
			while (i < n && s[i] == ' ')
				i++;
			ph++;
			continue;
		}
		if (i >= n || lower((unsigned char)s[i]) != (unsigned char)*ph)
			return 0;
		i++;
		ph++;
	}
	if (i < n && names_wordbyte(s, n, i))
		return 0;
	return i;
}

size_t
names_not_name(const struct names *nm, const char *s, size_t n, size_t i,
	       size_t j, int last_person, int fl)
{
	int pf = 0, poss;
	size_t pb, pe, k, nb, ne, e;

	if ((fl & W_KNOWN) || last_person || !(fl & (W_NOTFIRST | W_NAME)))
		return 0;
	pf = prev_flags(nm, s, n, i, &pb, &pe);
	if (pf & (W_TITLE | W_CALLED | W_REL))
		return 0;
	/* A phrase starting with the lower-case word before ("doubting
	 * Thomas", "nosey Parker"): lower-case words are not looked at. */
	if ((pf & W_NOTFIRST) && pe + 1 == i && !cap_at(s, n, pb))
		for (size_t q = 0; q < nm->nnp; q++)
			if ((e = phrase_at(nm->np[q], s, n, pb)) >= j)
				return e;
	if ((pf & W_SAINT) && (fl & W_NAME) && cap_at(s, n, i) &&
	    cap_at(s, n, pb)) {
		/* "St Mary's", "St. John's", "King George": a place. */
		if (j + 1 < n && s[j] == '\'' && s[j + 1] == 's')
			j += 2;
		return j;
	}
	if (fl & W_NOTFIRST)
		for (size_t q = 0; q < nm->nnp; q++)
			if ((e = phrase_at(nm->np[q], s, n, i)) != 0) {
				if (e == j && town_person(nm, s, n, i, j))
					return 0;
				/* "Little Miss Sunshine", "Mr Men": a phrase
				 * ending in a title takes the word after. */
				k = e;
				while (k > i && names_wordbyte(s, n, k - 1))
					k--;
				if ((tab_flags(nm, s + k, e - k) & W_TITLE) &&
				    next_word(s, n, e, &nb, &ne) &&
				    cap_at(s, n, nb))
					e = ne;
				return e;
			}
	if (!(fl & W_NAME) || !cap_at(s, n, i))
		return 0;
	/* A condition named after people, without a possessive:
	 * "Stevens-Johnson syndrome", "Tourette syndrome". */
	for (k = j; k + 2 < n && s[k] == '-' && cap_at(s, n, k + 1);)
		k = names_word_end(s, n, k + 1);
	if (next_word(s, n, k, &nb, &ne) && (is_w(s, nb, ne, "syndrome") ||
	    is_w(s, nb, ne, "disease") || is_w(s, nb, ne, "palsy")))
		return k;
	/* A cartoon animal: a name and a capitalised animal word ("George
	 * Pig", "Peter Rabbit"); not a surname ("Sarah Fox"). */
	if (next_word(s, n, j, &nb, &ne) && cap_at(s, n, nb) &&
	    (tab_flags(nm, s + nb, ne - nb) & (W_ANIMAL | W_NAME)) == W_ANIMAL)
		return ne;
	/* A name naming a place: up to two more capitalised words, then a
	 * place word ("Cherry Ward", "Mary Seacole Unit", "Rose Court"); ward,
	 * unit, wing and suite also in lower case right after the name. */
	k = j;
	poss = k + 1 < n && s[k] == '\'' && s[k + 1] == 's';
	if (poss)
		k += 2; /* "Mary's Ward", but not "Jayden's ward" */
	for (int w = 0; w < 3 && next_word(s, n, k, &nb, &ne); w++) {
		int f2 = tab_flags(nm, s + nb, ne - nb);

		/* "Wong Wing Yan": a syllable of a name, not a wing. */
		if ((f2 & W_SYL) && next_word(s, n, ne, &e, &k) &&
		    cap_at(s, n, e) && (tab_flags(nm, s + e, k - e) & W_SYL))
			break;
		if ((f2 & W_PLACE) && (cap_at(s, n, nb) || (w == 0 && !poss &&
		    ne - nb >= 4 && strchr("wus", lower((unsigned char)s[nb]))))) {
			size_t b3, e3;

			/* "Holly Ward said": a person after all. */
			if (next_word(s, n, ne, &b3, &e3) &&
			    (tab_flags(nm, s + b3, e3 - b3) & W_SAID))
				return 0;
			/* Hall, Park, Lane, Hill and Ward are surnames too:
			 * "Daniel Hall", "Will Hall" and "Tyler Ward" are
			 * people; "Cherry Ward", "Jasmine Ward" (a name that
			 * is also a word, before Ward) and "Mary's Hall" are
			 * places. */
			if ((f2 & W_FAMILY) && !poss && (!(fl & (W_WORD |
			    W_STRICT | W_LOWWORD)) ||
			    lower((unsigned char)s[nb]) != 'w'))
				return 0;
			return ne;
		}
		if (!cap_at(s, n, nb) || (f2 & (W_SAID | W_VERB | W_DET)))
			break;
		k = ne;
	}
	return 0;
}

size_t
names_hyphen_start(const struct names *nm, const char *s, size_t n, size_t i)
{
	size_t b = i - 1;

	if (i < 3 || s[i - 1] != '-')
		return i;
	while (b > 0 && names_wordbyte(s, n, b - 1))
		b--;
	if (b + 2 > i - 1 || !cap_at(s, n, b) || (b > 0 && s[b - 1] == '-'))
		return i;
	/* "Summer-Rose", "Hope-Marie": a name of any list, even a strict
	 * one, joined to a name found */
	return tab_flags(nm, s + b, i - 1 - b) & (W_NAME | W_WORD | W_STRICT |
	    W_SYL) ? b : i;
}

size_t
names_particles(const struct names *nm, const char *s, size_t n, size_t i)
{
	size_t j, nb, ne;

	for (int w = 0; w < 2; w++) {
		j = names_word_end(s, n, i);
		if (j == i || cap_at(s, n, i) ||
		    !(tab_flags(nm, s + i, j - i) & W_PART))
			return 0;
		if (!next_word(s, n, j, &nb, &ne))
			return 0;
		if (cap_at(s, n, nb) && ne - nb >= 2)
			return ne;
		i = nb;
	}
	return 0;
}

size_t
names_title_particles(const struct names *nm, const char *s, size_t n,
		      size_t i)
{
	size_t b, e, j, k = i;

	/* Cheap first: a capitalised word (a title) one space before. */
	if (k < 3 || s[k - 1] != ' ')
		return 0;
	k--;
	if (s[k - 1] == '.')
		k--;
	while (k > 0 && isalpha_a((unsigned char)s[k - 1]) && i - k < 8)
		k--;
	/* a title has two letters or more: not "I am" */
	if (!isupper_a((unsigned char)s[k]) || !isalpha_a((unsigned char)s[k + 1]))
		return 0;
	j = names_word_end(s, n, i);
	if (j == i || !(tab_flags(nm, s + i, j - i) & W_PART) ||
	    !(prev_flags(nm, s, n, i, &b, &e) & (W_TITLE | W_WTITLE)))
		return 0;
	return names_particles(nm, s, n, i);
}

void
names_add_not_name(struct names *nm, const char *p, size_t n)
{
	char *ph = xmalloc(n + 1);
	size_t k = 0, i = 0, w0;

	/* Lower case, words separated by one space, trimmed. */
	while (i < n) {
		unsigned char c = (unsigned char)p[i++];

		if (c == ' ' || c == '\t' || c == '\r') {
			if (k && ph[k - 1] != ' ')
				ph[k++] = ' ';
			continue;
		}
		ph[k++] = (char)lower(c);
	}
	while (k && ph[k - 1] == ' ')
		k--;
	ph[k] = '\0';
	if (!k) {
		free(ph);
		return;
	}
	w0 = names_word_end(ph, k, 0);
	if (w0 == 0)
		w0 = strcspn(ph, " ");
	tab_add(nm, ph, w0, W_NOTFIRST);
	nm->np = xrealloc(nm->np, xmul(nm->nnp + 1, sizeof *nm->np));
	nm->np[nm->nnp++] = ph;
}

void
names_init(struct names *nm)
{
	static const int lflags[5] = { W_GIVEN, W_FAMILY, W_WORD, W_STRICT,
		W_SYL };

	for (int k = 0; k < 5; k++)
		add_list(nm, names_lists[k], lflags[k]);
	for (size_t k = 0; k < sizeof ctx_words / sizeof ctx_words[0]; k++)
		add_list(nm, ctx_words[k].words, ctx_words[k].flag);
	/* Given names taken in lower case: not ordinary words of any kind. */
	for (size_t k = 0; k < nm->tabsz; k++) {
		struct name_entry *e = &nm->tab[k];

		if (e->len >= 3 && (e->flags & W_GIVEN) && !(e->flags &
		    (W_WORD | W_STRICT | W_STOP | W_LOWWORD | W_DET | W_VERB |
		    W_SAID | W_REL | W_TITLE | W_PLACE | W_PART | W_CALLED))) {
			e->flags |= W_LOWER;
			known2_set(nm, nm->pool + e->off, e->len);
		}
	}
	/* The prefilter of the words around a lower-case name in no list:
	 * relation words, titles, "called", and the conjunctions and nouns
	 * of the rules ("me and deano", "harleys house"). */
	for (size_t k = 0; k < nm->tabsz; k++) {
		struct name_entry *e = &nm->tab[k];

		if (e->len && (e->flags & (W_REL | W_TITLE | W_CALLED |
		    W_KTITLE)))
			slot_set(nm, nm->pool + e->off, e->len);
	}
	for (size_t k = 0; k < sizeof slot_extra / sizeof slot_extra[0]; k++)
		slot_set(nm, slot_extra[k], strlen(slot_extra[k]));
	for (size_t k = 0; k < sizeof not_names / sizeof not_names[0]; k++)
		names_add_not_name(nm, not_names[k], strlen(not_names[k]));
	ordinary_init(nm);
}

void
names_free(struct names *nm)
{
	for (size_t k = 0; k < nm->nnp; k++)
		free(nm->np[k]);
	free(nm->np);
	free(nm->tab);
	free(nm->pool);
	free(nm->ord);
}

size_t
names_export_order(const struct names *nm, const char *s, size_t n,
		   size_t i, size_t j)
{
	size_t k = i, b2, e2, end;
	int f1, f2, caps;

	/* Only "SURNAME, Forename" where a record field starts: after a
	 * colon, a TAB, a newline or at the start of the text. */
	if (j + 2 >= n || s[j] != ',' || s[j + 1] != ' ' || j - i < 2)
		return 0;
	while (k > 0 && s[k - 1] == ' ')
		k--;
	if (k > 0 && s[k - 1] != ':' && s[k - 1] != '\t' && s[k - 1] != '\n')
		return 0;
	b2 = j + 2;
	if (!cap_at(s, n, b2))
		return 0;
	e2 = names_word_end(s, n, b2);
	if (e2 - b2 < 2)
		return 0;
	/* The forename ends the field: ";", ".", ",", ")", " (", " -";
	 * a second forename may come first ("NGUYEN, Bao Chau"). */
	end = e2;
	if (e2 + 3 < n && s[e2] == ' ' && cap_at(s, n, e2 + 1) &&
	    !isupper_a((unsigned char)s[e2 + 2]) &&
	    !(tab_flags(nm, s + e2 + 1, names_word_end(s, n, e2 + 1) - e2 - 1) &
	    (W_STOP | W_DET | W_TITLE | W_WTITLE | W_REL | W_PLACE | W_ACRO)))
		end = names_word_end(s, n, e2 + 1);
	if (end < n && (!s[end] || !strchr(";.,)-\n\t", s[end])) &&
	    !(s[end] == ' ' && end + 1 < n && (s[end + 1] == '(' ||
	    s[end + 1] == '-')))
		return 0;
	f1 = tab_flags(nm, s + i, j - i);
	f2 = tab_flags(nm, s + b2, e2 - b2);
	if ((f1 | f2) & (W_STOP | W_DET | W_TITLE | W_WTITLE | W_REL |
	    W_PLACE | W_PRON | W_ACRO | W_KTITLE | W_SAINT))
		return 0;
	/* The surname in capitals, a lexicon name, or no ordinary word;
	 * the forename a given name of the lexicon, or, after a surname in
	 * capitals, no ordinary word ("Location: Leeds, Bradford" is
	 * kept). */
	caps = isupper_a((unsigned char)s[i + 1]) || s[i + 1] == '\'';
	if (!caps && !(f1 & W_NAME) && ordinary(nm, s + i, j - i))
		return 0;
	if (!((f2 & W_GIVEN) && !(f2 & W_STRICT)) && (!caps ||
	    ordinary(nm, s + b2, e2 - b2)))
		return 0;
	return end;
}

size_t
names_nick_prefix(const struct names *nm, const char *s, size_t n,
		  size_t i, size_t j)
{
	size_t nb, ne, b3, e3;
	int f2;

	if (!cap_at(s, n, i) || !(is_w(s, i, j, "big") ||
	    is_w(s, i, j, "little") || is_w(s, i, j, "lil")) ||
	    !next_word(s, n, j, &nb, &ne) || ne - nb < 2 || !cap_at(s, n, nb) ||
	    isupper_a((unsigned char)s[nb + 1]))
		return 0;
	f2 = tab_flags(nm, s + nb, ne - nb);
	if (f2 & (W_STOP | W_DET | W_TITLE | W_WTITLE | W_REL | W_PLACE |
	    W_PRON | W_ACRO | W_KTITLE | W_SAINT | W_SAID | W_VERB))
		return 0;
	if (!(f2 & W_GIVEN) && ordinary(nm, s + nb, ne - nb))
		return 0;
	/* Then what a person does: "Big Dev is", "Little Jay was". */
	if (!next_word(s, n, ne, &b3, &e3) || !(tab_flags(nm, s + b3, e3 - b3) &
	    (W_COPULA | W_HUMAN | W_SAID | W_VERB)))
		return 0;
	return ne;
}
