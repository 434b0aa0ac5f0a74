/*
 * gen-corpus.c - deterministic synthetic corpus generator for hark.
 *
 * Writes a CSV of free-text voice records (young people's survey answers,
 * care-leaver pathway review notes, family hub feedback, early-years notes,
 * workshop notes) shaped like a Windows case-management export, and, with -O,
 * a person-level outcomes CSV whose rates are loosely tied to what each person
 * talked about.  EVERY RECORD IS SYNTHETIC: the text is assembled from
 * templates and made-up names; no record describes a real person.  Phone
 * numbers come only from Ofcom's drama ranges, NHS numbers from the
 * never-issued 999 range, e-mail addresses from example.org/.com/.net.
 *
 * Output depends only on the seed and options: an own PRNG (splitmix64 seeding
 * xoshiro256**) and integer arithmetic make it byte-identical on every machine.
 *
 * Build: cc -std=c11 -O2 -Wall -Wextra -D_POSIX_C_SOURCE=200809L \
 *           -o gen-corpus tools/gen-corpus.c
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "banned.h"

#define PROG "gen-corpus"
#define EXIT_USAGE 2

/* Identifiers are R + 7 digits and P + 6 digits; past R9999999 and P999999
 * (corpora over about 900 MB) they simply grow wider. */
#define MAX_RECORDS 4000000000u
#define POOL 128             /* people with records still to come */
#define NDAYS 1096           /* 2023-01-01 .. 2025-12-31 */

/* ------------------------------------------------------------------ */
/* Random numbers: splitmix64 to seed, xoshiro256** to draw.           */

typedef struct { uint64_t s[4]; } rng_t;

static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9E3779B97F4A7C15u);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
	return z ^ (z >> 31);
}

static void rng_seed(rng_t *r, uint64_t seed)
{
	uint64_t x = seed;
	for (int i = 0; i < 4; i++)
		r->s[i] = splitmix64(&x);
}

static uint64_t rotl64(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static uint64_t rng_next(rng_t *r)
{
	uint64_t *s = r->s;
	uint64_t result = rotl64(s[1] * 5, 7) * 9;
	uint64_t t = s[1] << 17;
	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl64(s[3], 45);
	return result;
}

/* Uniform in [0, n), unbiased (Lemire's multiply-and-reject). */
static uint32_t rng_below(rng_t *r, uint32_t n)
{
	if (n <= 1)
		return 0;
	uint64_t m = (rng_next(r) >> 32) * n;
	uint32_t l = (uint32_t)m;
	if (l < n) {
		uint32_t t = (uint32_t)(0u - n) % n;
		while (l < t) {
			m = (rng_next(r) >> 32) * n;
			l = (uint32_t)m;
		}
	}
	return (uint32_t)(m >> 32);
}

static int rng_pm(rng_t *r, unsigned permille) { return rng_below(r, 1000) < permille; }

static uint32_t rng_range(rng_t *r, uint32_t lo, uint32_t hi) { return lo + rng_below(r, hi - lo + 1); }

/* Index drawn from integer weights. */
static int rng_weighted(rng_t *r, const unsigned *w, int n)
{
	unsigned total = 0;
	for (int i = 0; i < n; i++)
		total += w[i];
	if (total == 0)
		return 0;
	unsigned x = rng_below(r, total);
	for (int i = 0; i < n; i++) {
		if (x < w[i])
			return i;
		x -= w[i];
	}
	return n - 1;
}

/* ------------------------------------------------------------------ */
/* Text buffers: lib/buf, kept across records (no allocation per record
 * once they have grown).                                              */

static void sb_putu(struct buf *s, unsigned v, int width)
{
	char tmp[24];
	int k = snprintf(tmp, sizeof tmp, "%0*u", width, v);
	buf_add(s, tmp, (size_t)k);
}

/* Upper-case the first ASCII letter at or after start, skipping opening quotes. */
static void sb_capitalise(struct buf *s, size_t start)
{
	size_t i = start;
	while (i < s->len && (s->s[i] == '"' || s->s[i] == '(' || s->s[i] == ' '))
		i++;
	if (i < s->len && s->s[i] >= 'a' && s->s[i] <= 'z')
		s->s[i] = (char)(s->s[i] - 'a' + 'A');
}

/* ------------------------------------------------------------------ */
/* Vocabulary of the world: sites, sources, cohorts, themes, voices.   */

enum { NORTHBROOK, EASTHAVEN, WESTMERE, SOUTHDALE, NSITES };
static const char *const site_name[NSITES] = {"Northbrook", "Easthaven", "Westmere", "Southdale"};
/* Real postcode areas, so that postcodes have a valid shape. */
static const char *const site_pc_area[NSITES][4] = {
	{"NE", "DH", "SR", "S"}, {"NR", "IP", "CO", "E"},
	{"BS", "GL", "BA", "B"}, {"SO", "PO", "BN", "N"},
};

enum { S_YA, S_PATH, S_HUB, S_EY, S_WORK, NSOURCES };
static const char *const source_name[NSOURCES] = {
	"ya_survey", "pathway_review", "family_hub", "early_years", "workshop"};

enum { C_CL, C_CIC, C_EH, C_EY, NCOHORTS };
static const char *const cohort_name[NCOHORTS] = {
	"care_leavers", "children_in_care", "early_help", "early_years"};

enum { A_0_4, A_5_10, A_11_15, A_16_17, A_18_21, A_22_25, NAGES };
static const char *const age_name[NAGES] = {"0-4", "5-10", "11-15", "16-17", "18-21", "22-25"};
static const unsigned age_lo[NAGES] = {0, 5, 11, 16, 18, 22};
static const unsigned age_hi[NAGES] = {4, 10, 15, 17, 21, 25};

enum {
	T_SAFETY, T_HOME, T_REL, T_HEARD, T_TRUST, T_EDU, T_WORK, T_HEALTH,
	T_IDENTITY, T_INDEP, T_INFO, T_FEEL, T_EY, T_HELP, NTHEMES
};
static const char *const theme_name[NTHEMES] = {
	"safety", "home", "relationships", "heard", "trust", "education", "work_money",
	"health", "identity", "independence", "info_consent", "feelings", "early_years",
	"help_support"};

enum { NEG, POS };

/* Who is speaking or writing. */
enum {
	V_Y, /* young person, first person */
	V_P, /* parent or carer, first person */
	V_W, /* practitioner note about a young person */
	V_E, /* early-years practitioner note about a young child */
	V_G, /* workshop notes */
	NVOICES
};

enum { L_EN, L_PL, L_CY, L_UR, L_AR, L_SO, L_RO, L_FR, NLANGS };
static const char *const lang_code[NLANGS] = {"en", "pl", "cy", "ur", "ar", "so", "ro", "fr"};
static const char *const lang_label[NLANGS] = {
	"English", "Polish", "Welsh", "Urdu", "Arabic", "Somali", "Romanian", "French"};
static const unsigned lang_w[NLANGS] = {870, 30, 15, 20, 20, 15, 15, 15};
/* Languages whose sentences below fit in Windows-1252. */
static const unsigned lang_w_latin[NLANGS] = {900, 0, 30, 0, 0, 30, 0, 40};

/* ------------------------------------------------------------------ */
/* People.                                                             */

typedef struct {
	uint64_t pii_seed;           /* source of this person's own made-up details */
	uint32_t pid;                /* 0 until the first record is written */
	uint16_t day;                /* date of the latest record, days since 2023-01-01 */
	uint16_t birth_year;
	uint16_t bad;                /* bit per theme: things are not going well */
	uint8_t site, cohort, age, lang;
	uint8_t planned, emitted;
	uint8_t ment[NTHEMES][2];    /* how often each theme came up, by polarity */
} person;

/* ------------------------------------------------------------------ */
/* Templates.                                                          */
/*
 * A template is text with two kinds of markup:
 *   {name}   a slot: a named list of alternatives (below) or a generator
 *   [a|b|c]  one of the alternatives, chosen uniformly; [a|] makes a optional
 * Templates start in lower case unless they start with "I" or a name; the
 * sentence builder capitalises.  End punctuation is added unless present.
 */

typedef struct {
	unsigned char theme, pol, voice;
	const char *text;
} tmpl;

#define YPOS(t, s) {t, POS, V_Y, s}
#define YNEG(t, s) {t, NEG, V_Y, s}
#define PPOS(t, s) {t, POS, V_P, s}
#define PNEG(t, s) {t, NEG, V_P, s}
#define WPOS(t, s) {t, POS, V_W, s}
#define WNEG(t, s) {t, NEG, V_W, s}
#define EPOS(t, s) {t, POS, V_E, s}
#define ENEG(t, s) {t, NEG, V_E, s}

static const tmpl templates[] = {
	/* --- feeling safe / unsafe --- */
	YPOS(T_SAFETY, "I feel safe [at {place_home}|where I live now|in my placement|at school|with my carers]"),
	YPOS(T_SAFETY, "I'm safe [now|here] and I can [actually sleep at night|relax a bit]"),
	YPOS(T_SAFETY, "my carers make me feel safe"),
	YPOS(T_SAFETY, "I feel [a lot|loads|much] safer since I moved"),
	YPOS(T_SAFETY, "it's calm here, nothing bad happens"),
	YPOS(T_SAFETY, "I know who to call if I don't feel safe"),
	YPOS(T_SAFETY, "staff check on me [at night|every day] and that makes me feel safe"),
	YPOS(T_SAFETY, "I've got a lock on my door now and I feel [a lot|loads] safer"),
	YPOS(T_SAFETY, "I'm not scared [anymore|any more|like I used to be]"),
	YNEG(T_SAFETY, "I don't feel safe [{time}|at {place_home}|{time} on my own]"),
	YNEG(T_SAFETY, "I [never|don't always|don't] feel safe {time}"),
	YNEG(T_SAFETY, "there's [older lads|people|a gang] hanging around [the estate|outside the hostel|near the shop] and it scares me"),
	YNEG(T_SAFETY, "I get [scared|really scared|anxious] {time}"),
	YNEG(T_SAFETY, "someone [tried to|keeps trying to] get me to carry stuff for them"),
	YNEG(T_SAFETY, "people keep coming to the door [at night|late] and I don't know who they are"),
	YNEG(T_SAFETY, "I got [jumped|followed|robbed] {time} and nobody did anything"),
	YNEG(T_SAFETY, "I'm scared of [going back home|my mum's boyfriend|the people at the hostel]"),
	YNEG(T_SAFETY, "it's not safe [here|at the hostel|where I live], there's [drugs|fights|shouting] all the time"),
	YNEG(T_SAFETY, "I don't feel safe online, people [message|add] me [I don't know|all the time]"),
	PPOS(T_SAFETY, "I feel safe [bringing|taking] {child} to the hub"),
	PPOS(T_SAFETY, "the centre is [a safe|a really safe|a calm] space for us"),
	PPOS(T_SAFETY, "I feel [much|a lot] safer since [the refuge|we moved|the injunction]"),
	PPOS(T_SAFETY, "staff made sure we were safe [that night|straight away]"),
	PNEG(T_SAFETY, "I don't feel safe [in our area|on our estate|walking to the centre {time}]"),
	PNEG(T_SAFETY, "we had to leave because [it wasn't|we weren't] safe"),
	PNEG(T_SAFETY, "my ex keeps turning up and I'm scared for {child}"),
	PNEG(T_SAFETY, "the park near us isn't safe, there's [needles|broken glass|drinking] everywhere"),
	WPOS(T_SAFETY, "YP reports feeling safe [in placement|at current address|with carers]"),
	WPOS(T_SAFETY, "no current safeguarding concerns raised by YP"),
	WPOS(T_SAFETY, "YP said they feel safe and settled"),
	WPOS(T_SAFETY, "YP knows how to contact [the out of hours team|the police|their PA] if worried"),
	WNEG(T_SAFETY, "YP disclosed they do not feel safe [at current address|in the hostel|in the area]"),
	WNEG(T_SAFETY, "concerns re: exploitation, YP [seen with|approached by] older males [in town|near the station]"),
	WNEG(T_SAFETY, "YP said they were [assaulted|threatened|followed] {time} - [police informed|referral to MASH made|discussed with manager]"),
	WNEG(T_SAFETY, "YP reluctant to return to [placement|the hostel] as feels unsafe"),
	EPOS(T_SAFETY, "{ecn} [settles|separates] well and [appears|seems] safe and secure with key person"),
	EPOS(T_SAFETY, "home visit: home [warm|safe|clean], [stair gate fitted|safe sleep discussed|no concerns]"),
	ENEG(T_SAFETY, "[bruise|mark] noted on {ecn}'s [arm|leg], [mum|dad] explained [a fall at the park|a fall], [recorded|DSL informed]"),
	ENEG(T_SAFETY, "{ecn} [appears|seemed] [anxious|wary|hypervigilant] around [adults|unfamiliar adults], [DSL informed|to monitor]"),

	/* --- home and accommodation --- */
	YPOS(T_HOME, "I [love|like|really like] my [flat|room|placement|new place]"),
	YPOS(T_HOME, "I'm staying put with my foster carers [until I'm 21|after 18|for now] and I'm [so|really] happy about that"),
	YPOS(T_HOME, "I've got my own flat now and it's [mine|nice|quiet]"),
	YPOS(T_HOME, "my placement is [good|stable|the best one I've had]"),
	YPOS(T_HOME, "it finally feels like home"),
	YPOS(T_HOME, "I've been in the same placement for [two|three|four] years now"),
	YPOS(T_HOME, "I hope I can stay [here|with my carers] [till I'm 21|as long as possible]"),
	YNEG(T_HOME, "I've been sofa surfing [for {months}|since I left the hostel|at mates' houses]"),
	YNEG(T_HOME, "I've moved placement [{num_small}|like {num_small}|loads of] times [this year|since I came into care]"),
	YNEG(T_HOME, "the hostel is [horrible|dirty|noisy|rough] and I hate it there"),
	YNEG(T_HOME, "I had to move [again|with no notice|miles away] and leave [my school|my friends|everything]"),
	YNEG(T_HOME, "I don't know where I'm [going to live|living] [after|when I turn] 18"),
	YNEG(T_HOME, "my flat has [damp|mould|no heating|no carpets] and nobody's fixed it"),
	YNEG(T_HOME, "I'm [staying|sleeping] on my [mate's|friend's|cousin's] sofa"),
	YNEG(T_HOME, "I got kicked out of [my placement|the hostel|my mum's]"),
	YNEG(T_HOME, "they gave me [two days'|a week's|no] notice [before I had to move|that I was moving]"),
	YNEG(T_HOME, "I'm on the housing list but [nothing's come up|they keep saying wait]"),
	YNEG(T_HOME, "I may have to move [again|out of area] [and I don't want to|cos there's nowhere else]"),
	PPOS(T_HOME, "we've finally got a [two bed|proper|council] [house|flat] and the kids have their own room"),
	PPOS(T_HOME, "the housing officer was [really helpful|lovely] and sorted our repairs"),
	PNEG(T_HOME, "we're in [temporary accommodation|a B&B|one room] [with three kids|with {child}|and it's cramped]"),
	PNEG(T_HOME, "the flat's got [damp|mould] and {child}'s [asthma|chest] is worse"),
	PNEG(T_HOME, "we've been moved [three|four] times this year"),
	PNEG(T_HOME, "we're [sofa surfing|staying at my mum's] until [the council finds us somewhere|something comes up]"),
	WPOS(T_HOME, "YP remains in staying put arrangement with former foster carers"),
	WPOS(T_HOME, "YP has moved into [their own tenancy|supported lodgings|a council flat] and [is managing well|is settling in]"),
	WPOS(T_HOME, "tenancy [sustained|going well], rent up to date"),
	WPOS(T_HOME, "accommodation [stable|suitable], no concerns"),
	WPOS(T_HOME, "YP described the flat as '[home|theirs|perfect]'"),
	WNEG(T_HOME, "YP currently sofa surfing, [no fixed address|staying with friends]"),
	WNEG(T_HOME, "YP [given notice|evicted] from [supported accommodation|the hostel] due to [rent arrears|incidents|visitors]"),
	WNEG(T_HOME, "[placement breakdown|placement ended] on {DATE}, YP moved to [emergency placement|B&B|hostel] [out of area|miles from school]"),
	WNEG(T_HOME, "housing application [pending|delayed|lost], YP frustrated"),
	WNEG(T_HOME, "YP described the [hostel|flat|placement] as '[rough|a dump|noisy|not home]'"),
	WNEG(T_HOME, "YP in unsuitable accommodation, [referral to housing made|escalated to manager]"),
	WNEG(T_HOME, "rent arrears of £{amount} - grace period agreed with housing"),

	/* --- relationships --- */
	YPOS(T_REL, "I see my [mum|dad|brother|sister|nan] [every week|every other weekend|most weekends] and [it's nice|I look forward to it]"),
	YPOS(T_REL, "my [foster carer|carer|nan|best mate] is [always there for me|the one person I trust|like family]"),
	YPOS(T_REL, "I've [made|got] [loads of|some|good] friends at [college|school|the youth club]"),
	YPOS(T_REL, "my friends [are|have been] [amazing|really there for me] [this year|since I moved]"),
	YPOS(T_REL, "me and my mates go to the café [after college|on Saturdays]"),
	YPOS(T_REL, "me and my [little brother|sister] [play|swap] Pokémon [cards|] [at contact|when we see each other]"),
	YPOS(T_REL, "there's [one|a] teacher who [actually gets me|always checks on me]"),
	YPOS(T_REL, "contact with my [brothers|sister|little brother] [is going well|is the best bit of my week]"),
	YNEG(T_REL, "I [don't|never] get to see my [brothers|sister|little brother|mum] [anymore|enough]"),
	YNEG(T_REL, "contact [keeps getting|got] cancelled [again|last minute]"),
	YNEG(T_REL, "I feel [lonely|so lonely|alone] [most of the time|at night|in my flat]"),
	YNEG(T_REL, "I [haven't got|don't have] any [friends|mates] [here|since I moved]"),
	YNEG(T_REL, "nobody [checks on me|rings me] [anymore|since I turned 18]"),
	YNEG(T_REL, "I [miss|really miss] my [family|mum|nan|old friends]"),
	YNEG(T_REL, "I don't have [a trusted adult|anyone to talk to|anyone I can trust]"),
	YNEG(T_REL, "me and my [foster carer|mum] [argue|fall out] all the time"),
	PPOS(T_REL, "the hub has helped me [meet other mums|make friends|not feel so alone]"),
	PPOS(T_REL, "{child} has made friends at [nursery|stay and play]"),
	PPOS(T_REL, "my partner [comes|has started coming] to the sessions [too|now]"),
	PNEG(T_REL, "I [feel|felt] [so|really] isolated [after|since] {child} was born"),
	PNEG(T_REL, "I've got no family [round here|nearby|in this country]"),
	PNEG(T_REL, "[my|our] family don't [help|speak to us] anymore"),
	WPOS(T_REL, "YP has good relationship with [carers|PA|sibling]"),
	WPOS(T_REL, "contact with [birth mum|siblings] [going well|re-established]"),
	WPOS(T_REL, "YP [identified|named] [carer|teacher|youth worker] as trusted adult"),
	WPOS(T_REL, "YP has a new [partner|fiancé|fiancée] and [seems happy|is settled]"),
	WNEG(T_REL, "YP [presents as|appears] isolated, [few|no] friends locally"),
	WNEG(T_REL, "contact with siblings [not taking place|cancelled] due to [transport|staffing|distance]"),
	WNEG(T_REL, "YP [upset|distressed] about [lack of|cancelled] family contact"),
	WNEG(T_REL, "relationship with carers [strained|breaking down]"),
	EPOS(T_REL, "{ecn} [is forming|has formed] a [strong|secure] attachment with key person"),
	EPOS(T_REL, "{ecn} [enjoys|seeks out] play with [peers|other children]"),
	ENEG(T_REL, "{ecn} [struggles|finds it hard] to [separate from|leave] [mum|dad|carer]"),
	ENEG(T_REL, "{ecn} plays alone [most of the session|and rarely approaches peers]"),
	EPOS(T_REL, "lovely [interaction|bond] observed between [mum|dad|nan] and {ecn}"),

	/* --- being heard --- */
	YPOS(T_HEARD, "[my sw|my PA|my social worker|my key worker] [actually|really] listens to me"),
	YPOS(T_HEARD, "I got to [have a say|say what I wanted] in my [review|pathway plan|meeting]"),
	YPOS(T_HEARD, "they [asked|actually asked] me what I wanted [for once|and did it]"),
	YPOS(T_HEARD, "I felt listened to [at my review|in the meeting|for the first time]"),
	YPOS(T_HEARD, "my IRO [made sure|checked] my views were [in the plan|heard]"),
	YNEG(T_HEARD, "nobody listens [to me|to what I want|to young people]"),
	YNEG(T_HEARD, "I [said|told them] [what I wanted|I didn't want to move] but [they didn't listen|nobody listened|they did it anyway]"),
	YNEG(T_HEARD, "they talk about me [not to me|like I'm not there]"),
	YNEG(T_HEARD, "I don't get a say in [anything|where I live|my own life]"),
	YNEG(T_HEARD, "[meetings|reviews] are [all adults|full of people I don't know] and I can't speak"),
	YNEG(T_HEARD, "what's the point [telling them|saying anything], nothing changes"),
	YNEG(T_HEARD, "I feel [ignored|like I'm invisible|like nobody cares what I think]"),
	PPOS(T_HEARD, "staff [listened|really listened] to [me|us] and [didn't judge|took us seriously]"),
	PPOS(T_HEARD, "[for once|finally] someone [listened to me|heard what I was saying]"),
	PNEG(T_HEARD, "I [kept telling|told] them [something was wrong|{child} wasn't talking] but nobody listened"),
	PNEG(T_HEARD, "I felt [judged|talked down to|ignored] [at the meeting|by the health visitor]"),
	PNEG(T_HEARD, "they [make decisions|decided] about [my family|us] without asking us"),
	WPOS(T_HEARD, "YP [actively|fully] participated in [review|pathway plan review|meeting]"),
	WPOS(T_HEARD, "YP's views [recorded|included] in plan"),
	WPOS(T_HEARD, "YP chaired part of their own review"),
	WNEG(T_HEARD, "YP declined to attend review, said [no one listens|it's pointless]"),
	WNEG(T_HEARD, "YP feels decisions are made without them"),
	WNEG(T_HEARD, "YP's wishes [not reflected|not followed] in [placement decision|plan], [escalated|to be raised with IRO]"),

	/* --- trust in professionals --- */
	YPOS(T_TRUST, "I've had the same [sw|PA|social worker] for [two|three] years and that [helps|makes a difference]"),
	YPOS(T_TRUST, "my PA always does what they say they'll do"),
	YPOS(T_TRUST, "I trust my [key worker|PA|foster carer]"),
	YPOS(T_TRUST, "[my sw|my PA] never gives up on me"),
	YPOS(T_TRUST, "[they|staff] [kept|keep] their promises"),
	YNEG(T_TRUST, "I've had [{num_small}|loads of|like {num_small}] social workers [this year|in two years|since I came into care]"),
	YNEG(T_TRUST, "every time I [get used to|trust] someone they leave"),
	YNEG(T_TRUST, "they [promised|said they'd] [help|ring me back|sort it] and [never did|didn't]"),
	YNEG(T_TRUST, "I don't trust [social workers|professionals|them] [anymore|at all]"),
	YNEG(T_TRUST, "[I've been|I was] let down [too many times|again]"),
	YNEG(T_TRUST, "I don't believe [anything they say|them anymore|a word they say]"),
	YNEG(T_TRUST, "I have to tell my story [again|all over again] every time [someone new comes|I get a new worker]"),
	YNEG(T_TRUST, "my [sw|PA] [cancelled|didn't turn up to] our [meeting|visit] [again|three times]"),
	PPOS(T_TRUST, "the family support worker [has been|was] [amazing|consistent|brilliant]"),
	PPOS(T_TRUST, "it helps seeing the same [person|worker] every time"),
	PNEG(T_TRUST, "we've had [three|four|so many] different workers [and|so] we keep starting again"),
	PNEG(T_TRUST, "I don't trust social services [after what happened|at all]"),
	PNEG(T_TRUST, "they said they'd [ring|come back] and [never did|didn't]"),
	WPOS(T_TRUST, "consistent [worker|PA] [since 2022|for two years], good rapport"),
	WPOS(T_TRUST, "YP [reports|says] they trust PA"),
	WNEG(T_TRUST, "YP [reluctant to engage|disengaged] following [change of|multiple changes of] [worker|social worker]"),
	WNEG(T_TRUST, "YP [said|feels] [let down|professionals don't keep promises]"),
	WNEG(T_TRUST, "[visit|meeting] cancelled due to [staffing|sickness|worker leaving], YP not informed"),

	/* --- education --- */
	YPOS(T_EDU, "I'm [doing|studying] {course} at college and I [love|enjoy|like] it"),
	YPOS(T_EDU, "I got [a 6|a 7|a 5|a good mark|good marks] in [my English|maths|my mocks]"),
	YPOS(T_EDU, "my [teachers are|tutor is] [really supportive|helpful|good]"),
	YPOS(T_EDU, "I'm going to [uni|university|college] [next year|in September]"),
	YPOS(T_EDU, "I passed my [maths|English|GCSEs|functional skills]"),
	YPOS(T_EDU, "school [is|has been] [better|good] since I got [a mentor|extra help|an EHCP]"),
	YPOS(T_EDU, "I will finish my course [this time|no matter what]"),
	YPOS(T_EDU, "I'm definitely going to [college|uni] [next year|in September]"),
	YNEG(T_EDU, "I got [excluded|kicked out|permanently excluded] [from school|in year 9|in year 10]"),
	YNEG(T_EDU, "I [hate|can't stand] school"),
	YNEG(T_EDU, "I'm not in [school|college|education] [at the moment|right now|anymore]"),
	YNEG(T_EDU, "I've got [ADHD|dyslexia|autism] and [school|college] [doesn't help|don't get it]"),
	YNEG(T_EDU, "I'm [on a part-time timetable|only in school two hours a day]"),
	YNEG(T_EDU, "I [kept getting|got] [moved|put in isolation] [all the time|every week]"),
	YNEG(T_EDU, "I dropped out of college because [of money|I couldn't get there|I moved]"),
	YNEG(T_EDU, "I [missed|lost] [loads of|a lot of] school [moving placements|when I moved]"),
	YNEG(T_EDU, "I [can't|couldn't] [read properly|keep up] and nobody noticed"),
	YNEG(T_EDU, "teachers never mark my work [anyway|properly]"),
	PPOS(T_EDU, "{child} is doing [really|so] well at [school|nursery] now"),
	PPOS(T_EDU, "the SENCO has been [brilliant|really helpful]"),
	PPOS(T_EDU, "{child} got [an EHCP|a place at a specialist school] [finally|at last]"),
	PNEG(T_EDU, "{child} [was|has been] [excluded|sent home] [again|three times this term]"),
	PNEG(T_EDU, "we've been waiting [{months}|over a year] for an EHCP assessment"),
	PNEG(T_EDU, "the school [won't|doesn't] accept that {child} has [SEN|additional needs|autism]"),
	PNEG(T_EDU, "{child} [won't|refuses to] go to school [most days|anymore]"),
	WPOS(T_EDU, "YP [enrolled|started] at college [on|doing] {course}, attendance good"),
	WPOS(T_EDU, "YP [achieved|passed] [GCSE|functional skills] [English|maths]"),
	WPOS(T_EDU, "PEP [reviewed|updated], YP making good progress"),
	WNEG(T_EDU, "YP [not attending|dropped out of] college, [discussed|exploring] [options|re-engagement]"),
	WNEG(T_EDU, "YP [excluded|permanently excluded] from school, [alternative provision|tuition] being sourced"),
	WNEG(T_EDU, "[EHCP|SEN] assessment [delayed|outstanding]"),
	WNEG(T_EDU, "attendance [poor|below 50%|concerning]"),
	EPOS(T_EDU, "{ecn} [is ready for|is looking forward to] starting school in September"),
	EPOS(T_EDU, "{ecn} [can|is able to] [put on own coat|use the toilet independently|sit for a story]"),
	ENEG(T_EDU, "[concerns|some concerns] about school readiness, {ecn} [not yet toilet trained|finds it hard to sit for a story|struggles with transitions]"),
	ENEG(T_EDU, "may need [extra support|an EHCP] when starting reception"),
	EPOS(T_EDU, "transition visits to reception [arranged|going well], {ecn} [excited|confident]"),

	/* --- work and money --- */
	YPOS(T_WORK, "I've got a [part-time|new|full-time] job at [a café|the Co-op|a warehouse|a garage|a nursery|Tesco|a hairdresser's]"),
	YPOS(T_WORK, "I started an apprenticeship in {trade} [and it's going well|and I love it]"),
	YPOS(T_WORK, "I'm [saving up|managing my money|budgeting] [better|ok now]"),
	YPOS(T_WORK, "the bursary [really helps|helped me get to college]"),
	YPOS(T_WORK, "I'm on £[9|10|11].[50|90|44] an hour [now|at the warehouse] and saving"),
	YPOS(T_WORK, "I got my first [wage|pay packet] and I was [buzzing|so proud]"),
	YNEG(T_WORK, "I've got no money [left|till Thursday|after rent]"),
	YNEG(T_WORK, "I had to use the food bank [again|last week|twice this month]"),
	YNEG(T_WORK, "my [Universal Credit|UC|benefits] got [sanctioned|stopped|delayed]"),
	YNEG(T_WORK, "I'm in debt [with council tax|on my phone|with rent arrears], about £{amount}"),
	YNEG(T_WORK, "I can't afford [gas|electric|food|bus fare]"),
	YNEG(T_WORK, "I get £[85|90|95|120] a week and after [rent|bills|my phone] there's nothing left"),
	YNEG(T_WORK, "the gas meter eats £[10|20] a [day|few days] in winter"),
	YNEG(T_WORK, "I can't get a job because [I've got no experience|no one will take me|I've got no ID]"),
	YNEG(T_WORK, "I [lost|got sacked from] my job"),
	YNEG(T_WORK, "I'm on [a zero hours contract|zero hours] and [never know|can't plan] what I'm getting"),
	PPOS(T_WORK, "the hub helped me [apply for|sort out] [Universal Credit|free school meals|Healthy Start vouchers]"),
	PPOS(T_WORK, "I've started [volunteering|a course|work] [now|while {child}'s at nursery]"),
	PPOS(T_WORK, "the hub gave us a £[30|50|100] [supermarket voucher|voucher] [at Christmas|for the school holidays]"),
	PNEG(T_WORK, "we're struggling with [money|bills|the cost of living]"),
	PNEG(T_WORK, "I [skip|go without] meals so the kids can eat"),
	PNEG(T_WORK, "we [had|have] to use the food bank"),
	PNEG(T_WORK, "I can't afford [nappies|the electric|school uniform]"),
	PNEG(T_WORK, "childcare costs £{amount} a month, more than I earn"),
	PNEG(T_WORK, "our benefits [got|were] [cut|stopped|delayed]"),
	WPOS(T_WORK, "YP [started|secured] [an apprenticeship|employment|part-time work] in {trade}"),
	WPOS(T_WORK, "budgeting session completed, YP managing money well"),
	WPOS(T_WORK, "YP [claiming|receiving] correct benefits"),
	WPOS(T_WORK, "[setting-up-home allowance|bursary payment] of £{amount} [agreed|paid]"),
	WNEG(T_WORK, "YP [NEET|not in education, employment or training], [discussed|referral to] [employment support|Youth Hub]"),
	WNEG(T_WORK, "YP [in rent arrears|has debts|sanctioned], approx £{amount}"),
	WNEG(T_WORK, "food bank voucher [given|issued]"),
	WNEG(T_WORK, "YP [has no|lacks] ID, [unable to open bank account|delaying job applications]"),

	/* --- health and wellbeing --- */
	YPOS(T_HEALTH, "I'm [feeling|doing] [better|a lot better] since I [started counselling|got help|started meds]"),
	YPOS(T_HEALTH, "CAMHS [really helped|have been good]"),
	YPOS(T_HEALTH, "I've [started going to|joined] the gym and it [helps|helps my head]"),
	YPOS(T_HEALTH, "I'm [sleeping|eating] better now"),
	YPOS(T_HEALTH, "my counsellor is [nice|easy to talk to]"),
	YNEG(T_HEALTH, "I've been waiting [{months}|ages|over a year] for CAMHS"),
	YNEG(T_HEALTH, "my anxiety is [really|so] bad [at the moment|right now]"),
	YNEG(T_HEALTH, "I [self harm|self-harm|hurt myself] [sometimes|when it gets bad]"),
	YNEG(T_HEALTH, "I [can't|don't] sleep [at night|properly]"),
	YNEG(T_HEALTH, "I feel [depressed|low|down] [all the time|most days]"),
	YNEG(T_HEALTH, "I [get|have] panic attacks [on the bus|in class|at night]"),
	YNEG(T_HEALTH, "nobody [helps|takes it seriously] with my mental health"),
	YNEG(T_HEALTH, "I got [discharged|turned away] from CAMHS [when I turned 18|because I didn't meet the threshold]"),
	PPOS(T_HEALTH, "the health visitor [was brilliant|really helped|gave good advice]"),
	PPOS(T_HEALTH, "{child} [is sleeping|is eating|has been sleeping] better since [the sleep clinic|the course]"),
	PPOS(T_HEALTH, "the perinatal team got me through [a dark time|the first year]"),
	PNEG(T_HEALTH, "I've been struggling with [postnatal depression|my mental health|anxiety]"),
	PNEG(T_HEALTH, "we're on a waiting list for [CAMHS|the autism assessment|speech therapy] [for {months}|for ages]"),
	PNEG(T_HEALTH, "I couldn't get a GP appointment [for weeks|for {child}]"),
	PNEG(T_HEALTH, "{child}'s [asthma|eczema] [is|has been] bad [because of the damp|this winter]"),
	WPOS(T_HEALTH, "YP engaging well with [counselling|CAMHS|GP], mood [improved|stable]"),
	WPOS(T_HEALTH, "YP registered with [GP|dentist]"),
	WNEG(T_HEALTH, "YP [reports|disclosed] [low mood|self-harm|suicidal thoughts] - [safety plan completed|GP informed|referral to CAMHS made]"),
	WNEG(T_HEALTH, "CAMHS waiting list [approx|approximately] {dur}"),
	WNEG(T_HEALTH, "YP [not registered with|unable to get] [a GP|a dentist]"),
	WNEG(T_HEALTH, "concerns re: [substance use|cannabis use|alcohol]"),
	EPOS(T_HEALTH, "{ecn} [eating|sleeping] well, [no concerns|health visitor happy]"),
	EPOS(T_HEALTH, "immunisations up to date, [weight on track|growing well]"),
	EPOS(T_HEALTH, "[mum|dad] [reports|says] bedtime routine now [working|much better]"),
	ENEG(T_HEALTH, "[hearing|glue ear] [concern|concerns], referred to audiology"),
	ENEG(T_HEALTH, "[mum|dad] [reports|says] {ecn} [not sleeping|waking several times a night|very fussy with food]"),
	ENEG(T_HEALTH, "[dental decay|tooth decay] noted, family not registered with a dentist"),

	/* --- identity and belonging --- */
	YPOS(T_IDENTITY, "I'm proud of [who I am|my culture|where I'm from|my heritage]"),
	YPOS(T_IDENTITY, "my carers [cook|make] food from my culture"),
	YPOS(T_IDENTITY, "I can [go to|pray at] [the mosque|church|the gurdwara|the temple] [every week|when I want]"),
	YPOS(T_IDENTITY, "I [can|get to] speak {langname} with my [carer|friends|family]"),
	YPOS(T_IDENTITY, "I go to a group for [LGBTQ+|disabled|young carers|Muslim|Black] young people and it helps"),
	YNEG(T_IDENTITY, "[nobody|no one] [here|at my placement] [speaks|understands] my language"),
	YNEG(T_IDENTITY, "I get [called names|bullied] because of [my skin colour|my religion|my accent|my disability]"),
	YNEG(T_IDENTITY, "I don't know [much|anything] about my [culture|dad's side|family history]"),
	YNEG(T_IDENTITY, "my carers don't [understand|get] my [culture|religion|hair]"),
	YNEG(T_IDENTITY, "I feel like I don't [belong|fit in] [anywhere|here]"),
	YNEG(T_IDENTITY, "people [just|only] see my [wheelchair|disability|care status]"),
	PPOS(T_IDENTITY, "it's nice [they|staff] [speak|have someone who speaks] {langname}"),
	PPOS(T_IDENTITY, "the hub [celebrates|celebrated] [Eid|Diwali|Christmas|different cultures]"),
	PNEG(T_IDENTITY, "there was no interpreter [so|and] I didn't understand [anything|what they said]"),
	PNEG(T_IDENTITY, "I felt judged because of [my accent|my English|my headscarf|where we're from]"),
	WPOS(T_IDENTITY, "YP [supported|enabled] to attend [the mosque|church|cultural events]"),
	WPOS(T_IDENTITY, "life story work [started|progressing], YP [engaged|interested]"),
	WNEG(T_IDENTITY, "YP expressed feeling disconnected from their [culture|language|heritage]"),
	WNEG(T_IDENTITY, "[interpreter not booked|no interpreter available], [meeting rescheduled|YP unable to contribute fully]"),
	WNEG(T_IDENTITY, "YP reports [racist|homophobic|disablist] [abuse|bullying] [at college|in the community]"),

	/* --- independence and leaving care --- */
	YPOS(T_INDEP, "I can [cook|budget|do my own washing] now"),
	YPOS(T_INDEP, "my pathway plan is [good|helpful|actually what I want]"),
	YPOS(T_INDEP, "my PA [helped|is helping] me [set up my bills|sort my bank account|get my provisional licence]"),
	YPOS(T_INDEP, "I'm [ready|excited] to [live on my own|move into my own place]"),
	YPOS(T_INDEP, "I did the [independence|life skills] course and [it helped|I learned loads]"),
	YNEG(T_INDEP, "I [wasn't|didn't feel] ready to [leave care|move out|live on my own]"),
	YNEG(T_INDEP, "nobody [taught|showed] me how to [cook|pay bills|budget]"),
	YNEG(T_INDEP, "I've never [seen|read] my pathway plan"),
	YNEG(T_INDEP, "I don't [know|even know] who my personal adviser is"),
	YNEG(T_INDEP, "at 18 it's like [everything stops|you're on your own|they forget about you]"),
	YNEG(T_INDEP, "I don't know how to [pay bills|do a council tax form|fill in forms]"),
	WPOS(T_INDEP, "pathway plan [reviewed|updated] with YP, [goals agreed|YP signed]"),
	WPOS(T_INDEP, "YP [completed|attended] independent living skills [sessions|course]"),
	WPOS(T_INDEP, "YP now has [a bank account|a provisional licence|a passport|their birth certificate]"),
	WPOS(T_INDEP, "will review pathway plan again in [May|three months|the new year]"),
	WNEG(T_INDEP, "pathway plan [out of date|not reviewed since {DATE}]"),
	WNEG(T_INDEP, "YP [lacks|struggling with] [practical|independent living] skills, [budgeting|cooking] support needed"),
	WNEG(T_INDEP, "YP approaching 18, [transition plan|housing plan] not yet in place"),

	/* --- information and consent --- */
	YPOS(T_INFO, "I [read|got to see] my [file|records] and [it helped|it answered some questions]"),
	YPOS(T_INFO, "they [asked|explained] [before they shared my information|who would see it]"),
	YPOS(T_INFO, "they told me [where this is going|who'll read this]"),
	YNEG(T_INFO, "where is this going?"),
	YNEG(T_INFO, "who [reads|sees] [this|what I write]?"),
	YNEG(T_INFO, "I don't want [my sw|my carers|school] to see this"),
	YNEG(T_INFO, "I asked for my [file|records] [months ago|ages ago] and [never got|still haven't got] [it|them]"),
	YNEG(T_INFO, "half my file is [blacked out|wrong]"),
	YNEG(T_INFO, "they [shared|told] [my stuff|my business] with [school|my mum] without asking"),
	YNEG(T_INFO, "[is this anonymous|will my name be on this]?"),
	PPOS(T_INFO, "they explained [what they'd write down|who sees the notes|how my information is used]"),
	PPOS(T_INFO, "[they asked me|I was asked] before they shared anything"),
	PNEG(T_INFO, "I don't know who [sees|has] [our|my] information"),
	PNEG(T_INFO, "they [shared|passed on] [stuff|information] [without asking|I told them in confidence]"),
	PNEG(T_INFO, "what happens to [this|these forms]?"),
	WPOS(T_INFO, "consent [for information sharing|to share] [discussed|obtained] with YP"),
	WPOS(T_INFO, "YP supported to [make|submit] [a subject access request|a SAR]"),
	WNEG(T_INFO, "YP [asked|queried] who [has access to|can see] their records"),
	WNEG(T_INFO, "YP [did not consent|declined consent] to [share|information sharing] with [school|college|family]"),
	WNEG(T_INFO, "[SAR|subject access request] [outstanding|overdue] since {DATE}"),

	/* --- feelings --- */
	YPOS(T_FEEL, "[happy|buzzing|proper happy|so happy] {emo_pos}"),
	YPOS(T_FEEL, "I'm [happy|good|alright|ok] [at the moment|to be honest|now]"),
	YPOS(T_FEEL, "feeling [good|positive|hopeful|proud] [about the future|about college|today]"),
	YPOS(T_FEEL, "{emo_pos}{emo_pos}"),
	YPOS(T_FEEL, "life is [good|getting better] {emo_pos}"),
	YPOS(T_FEEL, "hope it stays like this"),
	YNEG(T_FEEL, "[sad|angry|fed up|done|tired of it all] {emo_neg}"),
	YNEG(T_FEEL, "I'm [so|really] [angry|stressed|fed up|upset]"),
	YNEG(T_FEEL, "{emo_neg}"),
	YNEG(T_FEEL, "I feel [like giving up|hopeless|stuck]"),
	YNEG(T_FEEL, "I [cry|get angry] [a lot|all the time]"),
	YNEG(T_FEEL, "can't be bothered with anything"),
	YNEG(T_FEEL, "I hope things get better [soon|but I doubt it]"),
	PPOS(T_FEEL, "[feeling|I feel] [more confident|a lot happier|less stressed] [as a parent|now]"),
	PPOS(T_FEEL, "[so|really] grateful {emo_pos}"),
	PNEG(T_FEEL, "I feel [overwhelmed|exhausted|at the end of my tether]"),
	PNEG(T_FEEL, "[honestly|to be honest] I'm [struggling|not coping]"),
	WPOS(T_FEEL, "YP [presented as|appeared] [happy|bright|positive|in good spirits]"),
	WPOS(T_FEEL, "YP [laughing|smiling] and [chatty|engaged] during visit"),
	WNEG(T_FEEL, "YP [presented as|appeared] [low|withdrawn|tearful|angry|agitated]"),
	WNEG(T_FEEL, "YP [tearful|upset] when discussing [family|the move|the future]"),
	WNEG(T_FEEL, "YP said they were 'fine' but [appeared low|avoided eye contact|was tearful]"),
	EPOS(T_FEEL, "{ecn} [happy|smiling|content] [and settled|throughout session|on arrival]"),
	EPOS(T_FEEL, "{ecn} [laughing|giggling] during [bubbles|songs|peekaboo] with [mum|dad|key person]"),
	ENEG(T_FEEL, "{ecn} [withdrawn|very quiet|flat] [today|this week], [to monitor|discussed with mum]"),
	ENEG(T_FEEL, "{ecn} [upset|tearful|frustrated] [at drop off|during transitions], [hitting|throwing toys] when [frustrated|upset]"),

	/* --- early years and communication --- */
	PPOS(T_EY, "{child} has [started talking|started saying more words|started putting words together] since [stay and play|the speech group|nursery]"),
	PPOS(T_EY, "we love [stay and play|the baby group|rhyme time|the sensory room] at the [family hub|children's centre]"),
	PPOS(T_EY, "{child} [loves|really enjoys] nursery"),
	PPOS(T_EY, "the [funded hours|free childcare|30 hours] [really help|have made a difference]"),
	PPOS(T_EY, "[the health visitor|nursery] gave us [ideas|tips] for [talking|reading|playing] at home"),
	PNEG(T_EY, "{child} is [nearly two|two|three|nearly four] and [isn't talking yet|only says a few words|doesn't talk much]"),
	PNEG(T_EY, "we've been waiting [{months}|ages] for speech and language [therapy|assessment]"),
	PNEG(T_EY, "we couldn't get a nursery place [near us|for {child}]"),
	PNEG(T_EY, "the hub [closed|cut] [the baby group|stay and play|the sessions] [we went to|we loved]"),
	PNEG(T_EY, "I don't know how to help {child} with [talking|playing|sharing]"),
	PNEG(T_EY, "{child} [only|just] wants [my phone|the tablet|screens]"),
	EPOS(T_EY, "{ecn} [is using|now uses] [single words|two-word phrases|short sentences] [consistently|at home and nursery]"),
	EPOS(T_EY, "{ecn} [engaged|joined in] [well|happily] with [small world play|messy play|singing|story time]"),
	EPOS(T_EY, "{ecn} [named|talked about] Pokémon characters during [play|snack time]"),
	EPOS(T_EY, "{ecn} [takes turns|shares] with peers [with support|independently]"),
	EPOS(T_EY, "[good|lovely] [progress|interaction] observed during [play|stay and play|the session]"),
	EPOS(T_EY, "{ecn} [follows|understands] [simple instructions|two-step instructions]"),
	EPOS(T_EY, "[mum|dad] described {ecn} as '[a chatterbox|a little sponge|into everything]'"),
	EPOS(T_EY, "ELKLAN strategies [working well|being used at home]"),
	EPOS(T_EY, "hope to see [mum|dad] and {ecn} at stay and play next week"),
	ENEG(T_EY, "{ecn} [uses|has] [very few|limited|no] words [at 2;6|at 3|for age], [referral to SALT|SALT referral made|on SALT waiting list]"),
	ENEG(T_EY, "[limited|little] [eye contact|joint attention|babble] observed"),
	ENEG(T_EY, "{ecn} [not yet|struggling with] [combining words|following instructions|pretend play]"),
	ENEG(T_EY, "[concerns|some concerns] [about|re:] [speech and language|communication|social interaction], [WellComm|ASQ] [completed|red]"),
	ENEG(T_EY, "[2 year check|integrated review] [flagged|identified] [delay|concerns] in [communication|personal, social and emotional development|physical development]"),
	ENEG(T_EY, "EAL, home language is {langname}, [limited|emerging] English"),
	ENEG(T_EY, "may need SALT referral if no progress by next review"),

	/* --- help and support --- */
	YPOS(T_HELP, "[the youth worker|my PA|the leaving care team] [helped|have helped] me [loads|so much]"),
	YPOS(T_HELP, "I know where to go if I need help"),
	YPOS(T_HELP, "the drop-in is [good|really helpful]"),
	YPOS(T_HELP, "[they|staff] [sorted|helped sort] [it|everything] [quickly|the same day]"),
	YNEG(T_HELP, "I [asked|begged] for help and [got nothing|nobody came|was told to wait]"),
	YNEG(T_HELP, "[it takes|it took] [weeks|months|forever] to get [anything|help|a reply]"),
	YNEG(T_HELP, "I didn't know [who to ask|where to go] for help"),
	YNEG(T_HELP, "[the|my] [referral|application] [got lost|was never sent]"),
	YNEG(T_HELP, "the [number|phone line] [never answers|just rings out]"),
	PPOS(T_HELP, "early help [has been|was] [a lifeline|amazing|really helpful] for [us|our family]"),
	PPOS(T_HELP, "the family support worker [helped|came out and helped] [with routines|with bedtimes|with the school|with forms]"),
	PPOS(T_HELP, "we got [help|support] [quickly|straight away] [at the hub|from early help]"),
	PPOS(T_HELP, "I wish I'd [known|come] [about the hub|here] sooner"),
	PPOS(T_HELP, "the café at the hub is [a lifeline|somewhere warm to go|where I met other mums]"),
	PPOS(T_HELP, "the crèche means I can [do the course|get to my appointments]"),
	PNEG(T_HELP, "we [were|got] [passed|bounced] [around|between services] [for months|and nobody helped]"),
	PNEG(T_HELP, "the waiting list is [too long|{months}|ridiculous]"),
	PNEG(T_HELP, "[support|early help] [stopped|ended] [too soon|just as things were getting better]"),
	PNEG(T_HELP, "I didn't know [the hub|family hubs|early help] [existed|was there]"),
	PNEG(T_HELP, "the [hub|centre] is [too far|two buses away] and [I can't afford the bus|I don't drive]"),
	PNEG(T_HELP, "[sessions|opening hours] are [during work hours|no good] for [working parents|us]"),
	WPOS(T_HELP, "[referral|referral to youth service|mentoring referral] [completed|accepted], support [in place|starting]"),
	WPOS(T_HELP, "YP [accessing|attending] [drop-in|youth club|support group] [regularly|weekly]"),
	WNEG(T_HELP, "[referral|application] [declined|not accepted] as [below threshold|not meeting threshold]"),
	WNEG(T_HELP, "[long|lengthy] wait for [support|services], [interim|holding] support offered"),
	EPOS(T_HELP, "family [signposted|referred] to [family hub|stay and play|Home-Start|Portage]"),
	EPOS(T_HELP, "[mum|dad] [now attending|enjoying] [the parenting course|baby massage|the speech group] at the hub"),
	ENEG(T_HELP, "[SALT|Portage|Home-Start] waiting list [approx|approximately] {dur}"),
	ENEG(T_HELP, "family [not yet|unable to] [attend|access] [the family hub|stay and play] [due to|because of] [transport|work|anxiety]"),
};
#define NTEMPLATES (sizeof templates / sizeof templates[0])

/* ------------------------------------------------------------------ */
/* Sentences in other languages (short, simple; first person).         */

enum { LV_ANY, LV_Y, LV_P };

typedef struct {
	unsigned char lang, theme, pol, who;
	const char *text;
} foreign;

static const foreign foreign_sentences[] = {
	{L_PL, T_SAFETY, POS, LV_ANY, "Czuję się tu bezpiecznie."},
	{L_PL, T_SAFETY, NEG, LV_ANY, "Nie czuję się bezpiecznie w nocy."},
	{L_PL, T_HEARD, NEG, LV_ANY, "Nikt mnie nie słucha."},
	{L_PL, T_HEARD, POS, LV_ANY, "Pracownicy naprawdę mnie słuchają."},
	{L_PL, T_HOME, NEG, LV_ANY, "Potrzebujemy pomocy z mieszkaniem."},
	{L_PL, T_HOME, NEG, LV_ANY, "W mieszkaniu jest wilgoć i pleśń."},
	{L_PL, T_EY, NEG, LV_P, "Mój syn mało mówi po angielsku."},
	{L_PL, T_EY, NEG, LV_P, "Czekamy na logopedę już sześć miesięcy."},
	{L_PL, T_EY, POS, LV_P, "Moja córka bardzo lubi przedszkole."},
	{L_PL, T_HELP, POS, LV_ANY, "Dziękuję za pomoc, wszyscy są bardzo mili."},
	{L_PL, T_WORK, NEG, LV_ANY, "Mamy problemy z pieniędzmi."},
	{L_PL, T_WORK, POS, LV_Y, "Chcę znaleźć pracę."},
	{L_PL, T_REL, NEG, LV_ANY, "Tęsknię za rodziną w Polsce."},
	{L_PL, T_IDENTITY, POS, LV_ANY, "Cieszę się, że mogę mówić po polsku."},
	{L_PL, T_EDU, POS, LV_Y, "Lubię moją szkołę."},

	{L_CY, T_SAFETY, POS, LV_ANY, "Dw i'n teimlo'n ddiogel yma."},
	{L_CY, T_SAFETY, NEG, LV_ANY, "Dydw i ddim yn teimlo'n ddiogel."},
	{L_CY, T_HEARD, NEG, LV_ANY, "Does neb yn gwrando arna i."},
	{L_CY, T_HELP, POS, LV_ANY, "Diolch am yr help, mae'r staff yn garedig iawn."},
	{L_CY, T_EY, POS, LV_P, "Mae fy merch yn hoffi'r feithrinfa."},
	{L_CY, T_IDENTITY, POS, LV_P, "Dw i eisiau siarad Cymraeg gyda fy mab."},
	{L_CY, T_WORK, NEG, LV_ANY, "Dw i'n poeni am arian."},
	{L_CY, T_EDU, POS, LV_Y, "Dw i'n hapus yn yr ysgol."},
	{L_CY, T_FEEL, POS, LV_ANY, "Dw i'n hapus iawn heddiw."},
	{L_CY, T_REL, NEG, LV_ANY, "Dw i'n colli fy nheulu."},

	{L_UR, T_SAFETY, POS, LV_ANY, "میں یہاں محفوظ محسوس کرتا ہوں۔"},
	{L_UR, T_SAFETY, NEG, LV_ANY, "مجھے گھر میں محفوظ محسوس نہیں ہوتا۔"},
	{L_UR, T_HEARD, NEG, LV_ANY, "کوئی میری بات نہیں سنتا۔"},
	{L_UR, T_HOME, NEG, LV_ANY, "ہمیں رہائش کے لیے مدد چاہیے۔"},
	{L_UR, T_EY, NEG, LV_P, "میرا بیٹا انگریزی بہت کم بولتا ہے۔"},
	{L_UR, T_HELP, POS, LV_ANY, "عملہ بہت مددگار ہے، شکریہ۔"},
	{L_UR, T_HELP, NEG, LV_ANY, "ہم کئی مہینوں سے انتظار کر رہے ہیں۔"},
	{L_UR, T_WORK, NEG, LV_ANY, "میں پیسوں کے بارے میں پریشان ہوں۔"},
	{L_UR, T_EY, POS, LV_P, "میری بیٹی کو نرسری بہت پسند ہے۔"},
	{L_UR, T_IDENTITY, POS, LV_ANY, "مجھے اپنی زبان بولنا اچھا لگتا ہے۔"},

	{L_AR, T_SAFETY, POS, LV_ANY, "أشعر بالأمان هنا."},
	{L_AR, T_SAFETY, NEG, LV_ANY, "لا أشعر بالأمان في البيت."},
	{L_AR, T_HEARD, NEG, LV_ANY, "لا أحد يستمع إليّ."},
	{L_AR, T_HOME, NEG, LV_ANY, "نحتاج إلى مساعدة في السكن."},
	{L_AR, T_EY, NEG, LV_P, "ابني لا يتكلم الإنجليزية كثيرًا."},
	{L_AR, T_HELP, POS, LV_ANY, "الموظفون لطفاء جدًا، شكرًا لكم."},
	{L_AR, T_HELP, NEG, LV_ANY, "ننتظر منذ أشهر."},
	{L_AR, T_EY, POS, LV_P, "ابنتي تحب الحضانة."},
	{L_AR, T_WORK, NEG, LV_ANY, "أنا قلق بشأن المال."},
	{L_AR, T_REL, NEG, LV_ANY, "أشتاق إلى عائلتي."},

	{L_SO, T_HELP, POS, LV_ANY, "Mahadsanid, shaqaaluhu aad bay u wanaagsan yihiin."},
	{L_SO, T_EY, NEG, LV_P, "Wiilkaygu Ingiriisi badan ma yaqaan."},
	{L_SO, T_HOME, NEG, LV_ANY, "Waxaan u baahanahay guri."},
	{L_SO, T_WORK, NEG, LV_ANY, "Waxaan ka welwelsanahay lacagta."},
	{L_SO, T_EY, POS, LV_P, "Gabadhaydu waxay jeceshahay xannaanada."},
	{L_SO, T_HELP, NEG, LV_ANY, "Bilo badan ayaan sugaynay."},
	{L_SO, T_FEEL, POS, LV_ANY, "Waan faraxsanahay."},
	{L_SO, T_FEEL, NEG, LV_ANY, "Aad baan u daallanahay."},

	{L_RO, T_SAFETY, POS, LV_ANY, "Mă simt în siguranță aici."},
	{L_RO, T_SAFETY, NEG, LV_ANY, "Nu mă simt în siguranță acasă."},
	{L_RO, T_HEARD, NEG, LV_ANY, "Nimeni nu mă ascultă."},
	{L_RO, T_HOME, NEG, LV_ANY, "Avem nevoie de ajutor cu locuința."},
	{L_RO, T_EY, NEG, LV_P, "Fiul meu vorbește puțină engleză."},
	{L_RO, T_HELP, POS, LV_ANY, "Personalul este foarte amabil, mulțumesc."},
	{L_RO, T_HELP, NEG, LV_ANY, "Așteptăm de multe luni."},
	{L_RO, T_EY, POS, LV_P, "Fiica mea iubește grădinița."},
	{L_RO, T_WORK, NEG, LV_ANY, "Sunt îngrijorat din cauza banilor."},
	{L_RO, T_WORK, POS, LV_Y, "Vreau să găsesc un loc de muncă."},

	{L_FR, T_SAFETY, POS, LV_ANY, "Je me sens en sécurité ici."},
	{L_FR, T_SAFETY, NEG, LV_ANY, "Je ne me sens pas en sécurité chez moi."},
	{L_FR, T_HEARD, NEG, LV_ANY, "Personne ne m'écoute."},
	{L_FR, T_HOME, NEG, LV_ANY, "Nous avons besoin d'aide pour le logement."},
	{L_FR, T_EY, NEG, LV_P, "Mon fils parle très peu anglais."},
	{L_FR, T_HELP, POS, LV_ANY, "Le personnel est très gentil, merci beaucoup."},
	{L_FR, T_HELP, NEG, LV_ANY, "Nous attendons depuis des mois."},
	{L_FR, T_EY, POS, LV_P, "Ma fille adore la crèche."},
	{L_FR, T_WORK, NEG, LV_ANY, "Je m'inquiète pour l'argent."},
	{L_FR, T_WORK, POS, LV_Y, "Je veux trouver un travail."},
	{L_FR, T_EDU, POS, LV_Y, "J'aime bien mon école."},
	{L_FR, T_FEEL, NEG, LV_ANY, "Je suis fatiguée et un peu triste."},
};
#define NFOREIGN (sizeof foreign_sentences / sizeof foreign_sentences[0])

/* ------------------------------------------------------------------ */
/* Made-up people, places and numbers.                                 */

/* Given names common in England; some are also ordinary words. */
static const char *const fem_names[] = {
	"Sarah", "Karen", "Emma", "Jessica", "Sophie", "Chloe", "Olivia", "Amelia", "Ava",
	"Mia", "Isla", "Grace", "May", "Hope", "Lily", "Ella", "Ruby", "Evie", "Poppy",
	"Zoë", "Renée", "Aisha", "Fatima", "Zainab", "Amira", "Priya", "Maja", "Agnieszka",
	"Leanne", "Kelly", "Tracey", "Jade", "Shannon", "Kayleigh", "Precious", "Ioana",
};
static const char *const masc_names[] = {
	"Oliver", "George", "Harry", "Jack", "Jacob", "Noah", "Charlie", "Leo", "Alfie",
	"Freddie", "Oscar", "Will", "Mark", "James", "Tom", "Daniel", "Ryan", "Liam",
	"Callum", "Kyle", "Jordan", "Mohammed", "Yusuf", "Ibrahim", "Omar", "Kacper",
	"Jakub", "Tyler", "Dylan", "Reece", "Jayden", "Kai", "José", "Dean", "Wayne", "Abdi",
};
static const char *const family_names[] = {
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
static const char *const month_name[12] = {
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"};
static const char *const month_abbr[12] = {
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

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ------------------------------------------------------------------ */
/* Generator state.                                                    */

typedef struct {
	rng_t r;        /* the one stream that decides the voices file */
	person *p;      /* whose record is being written */
	int voice, theme, pol;
	int gparent;    /* workshop with parents rather than young people */
	int latin;      /* only characters that exist in Windows-1252 */
	int depth;
	/* per record: a theme keeps one polarity, a template is used once */
	signed char rec_pol[NTHEMES];
	uint16_t used[64];
	unsigned nused;
} gen;

static void expand(gen *g, struct buf *o, const char *s, size_t n);

/* A private stream for one of a person's details, so that the same person
 * keeps the same name, phone number or address across records. */
static void person_rng(rng_t *r, const person *p, unsigned kind)
{
	rng_seed(r, p->pii_seed ^ (0xA24BAED4963EE407u * (kind + 1)));
}

static const char *pick(rng_t *r, const char *const *list, size_t n) { return list[rng_below(r, (uint32_t)n)]; }

static const char *any_given(rng_t *r)
{
	return rng_below(r, 2) ? pick(r, fem_names, COUNT(fem_names)) : pick(r, masc_names, COUNT(masc_names));
}

static void put_ordinal(struct buf *o, unsigned d)
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

static void day_to_ymd(unsigned day, unsigned *y, unsigned *m, unsigned *d)
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
static void put_phone(struct buf *o, rng_t *digits, rng_t *style)
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
static void put_nhs(struct buf *o, rng_t *digits, rng_t *style)
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
static void put_nino(struct buf *o, rng_t *digits, rng_t *style)
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
static void put_postcode(struct buf *o, int site, rng_t *digits, rng_t *style)
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

static void put_address(struct buf *o, int site, rng_t *d)
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

static void put_email(struct buf *o, const char *given, const char *family, rng_t *d, rng_t *style)
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
static void person_dob(const person *p, unsigned *y, unsigned *m, unsigned *d)
{
	rng_t r;
	person_rng(&r, p, 12);
	*y = p->birth_year;
	*m = rng_range(&r, 1, 12);
	*d = rng_range(&r, 1, days_in_month(*y, *m));
}

/* ------------------------------------------------------------------ */
/* Slot generators: {NAME} with an upper-case name.                    */

static void f_given(gen *g, struct buf *o) { buf_adds(o, any_given(&g->r)); }
static void f_fullname(gen *g, struct buf *o)
{
	buf_adds(o, any_given(&g->r));
	buf_addc(o, ' ');
	buf_adds(o, pick(&g->r, family_names, COUNT(family_names)));
}
static void f_pname(gen *g, struct buf *o)
{
	rng_t r;
	person_rng(&r, g->p, 1);
	buf_adds(o, any_given(&r));
}
static void f_pfam(gen *g, struct buf *o)
{
	rng_t r;
	person_rng(&r, g->p, 2);
	buf_adds(o, pick(&r, family_names, COUNT(family_names)));
}
static void f_pfull(gen *g, struct buf *o)
{
	f_pname(g, o);
	buf_addc(o, ' ');
	f_pfam(g, o);
}
static void f_swname(gen *g, struct buf *o)
{
	rng_t r;
	person_rng(&r, g->p, 3);
	buf_adds(o, any_given(&r));
	buf_addc(o, ' ');
	buf_adds(o, pick(&r, family_names, COUNT(family_names)));
}
static void f_mum(gen *g, struct buf *o)
{
	rng_t r;
	person_rng(&r, g->p, 4);
	buf_adds(o, pick(&r, fem_names, COUNT(fem_names)));
}
static void f_dad(gen *g, struct buf *o)
{
	rng_t r;
	person_rng(&r, g->p, 5);
	buf_adds(o, pick(&r, masc_names, COUNT(masc_names)));
}
static void f_phone(gen *g, struct buf *o) { put_phone(o, &g->r, &g->r); }
static void f_pphone(gen *g, struct buf *o)
{
	rng_t r;
	person_rng(&r, g->p, 6);
	put_phone(o, &r, &g->r);
}
static void f_email(gen *g, struct buf *o)
{
	const char *given = any_given(&g->r);
	put_email(o, given, pick(&g->r, family_names, COUNT(family_names)), &g->r, &g->r);
}
static void f_pemail(gen *g, struct buf *o)
{
	/* a parent writes with their own address; a young person with theirs */
	rng_t rn, rf, r;
	int parent = g->voice == V_P || g->voice == V_E;
	person_rng(&rn, g->p, parent ? 4 : 1);
	person_rng(&rf, g->p, 2);
	person_rng(&r, g->p, 7);
	const char *given = parent ? pick(&rn, fem_names, COUNT(fem_names)) : any_given(&rn);
	put_email(o, given, pick(&rf, family_names, COUNT(family_names)), &r, &g->r);
}
static void f_address(gen *g, struct buf *o) { put_address(o, g->p->site, &g->r); }
static void f_paddress(gen *g, struct buf *o)
{
	rng_t r;
	person_rng(&r, g->p, 8);
	put_address(o, g->p->site, &r);
}
static void f_postcode(gen *g, struct buf *o) { put_postcode(o, g->p->site, &g->r, &g->r); }
static void f_ppostcode(gen *g, struct buf *o)
{
	rng_t r;
	person_rng(&r, g->p, 9);
	put_postcode(o, g->p->site, &r, &g->r);
}
static void f_pnhs(gen *g, struct buf *o)
{
	rng_t r;
	person_rng(&r, g->p, 10);
	put_nhs(o, &r, &g->r);
}
static void f_nino(gen *g, struct buf *o) { put_nino(o, &g->r, &g->r); }
static void f_pnino(gen *g, struct buf *o)
{
	rng_t r;
	person_rng(&r, g->p, 11);
	put_nino(o, &r, &g->r);
}
static void f_dobl(gen *g, struct buf *o) /* 3rd May 2011 */
{
	unsigned y, m, d;
	person_dob(g->p, &y, &m, &d);
	if (rng_below(&g->r, 4) == 0) {
		sb_putu(o, d, 1);
		buf_addc(o, ' ');
	} else {
		put_ordinal(o, d);
		buf_addc(o, ' ');
	}
	buf_adds(o, month_name[m - 1]);
	buf_addc(o, ' ');
	sb_putu(o, y, 4);
}
static void f_dobs(gen *g, struct buf *o) /* 14/02/2009, 1.3.09 */
{
	unsigned y, m, d;
	person_dob(g->p, &y, &m, &d);
	switch (rng_below(&g->r, 4)) {
	case 0:
		sb_putu(o, d, 1); buf_addc(o, '/'); sb_putu(o, m, 1); buf_addc(o, '/'); sb_putu(o, y, 4);
		break;
	case 1:
		sb_putu(o, d, 1); buf_addc(o, '.'); sb_putu(o, m, 1); buf_addc(o, '.'); sb_putu(o, y % 100, 2);
		break;
	default:
		sb_putu(o, d, 2); buf_addc(o, '/'); sb_putu(o, m, 2); buf_addc(o, '/'); sb_putu(o, y, 4);
		break;
	}
}
/* A date written inside a note: in the past, or (next) in the weeks ahead. */
static void put_note_date(gen *g, struct buf *o, int next)
{
	unsigned y, m, d, day = g->p->day;
	if (next)
		day += rng_range(&g->r, 2, 60);
	else
		day = day > 400 ? day - rng_range(&g->r, 7, 400) : rng_below(&g->r, day + 1);
	day_to_ymd(day, &y, &m, &d);
	switch (rng_below(&g->r, 5)) {
	case 0:
		sb_putu(o, d, 1); buf_addc(o, '/'); sb_putu(o, m, 1);
		break;
	case 1:
		sb_putu(o, d, 2); buf_addc(o, '/'); sb_putu(o, m, 2); buf_addc(o, '/'); sb_putu(o, y % 100, 2);
		break;
	case 2:
		put_ordinal(o, d); buf_addc(o, ' '); buf_adds(o, month_name[m - 1]);
		break;
	case 3:
		sb_putu(o, d, 1); buf_addc(o, ' '); buf_adds(o, month_abbr[m - 1]);
		break;
	default:
		sb_putu(o, d, 1); buf_addc(o, ' '); buf_adds(o, month_name[m - 1]); buf_addc(o, ' '); sb_putu(o, y, 4);
		break;
	}
}
static void f_date(gen *g, struct buf *o) { put_note_date(g, o, 0); }
static void f_nextdate(gen *g, struct buf *o) { put_note_date(g, o, 1); }

/* Emoji, or ASCII emoticons in --latin mode. */
static const char *const emoji_pos[] = {
	"🙂", "😊", "😀", "👍", "👍🏽", "👍🏿", "👍🏻", "❤️", "💪", "🙌🏾", "😁", "🥰", "✨", "🎉", "😂",
};
static const char *const emoji_neg[] = {
	"😢", "😡", "😞", "😔", "😭", "💔", "😤", "🙁", "😩", "👎", "👎🏼", "😭😭😭",
};
static const char *const emoji_misc[] = {
	"👨\xE2\x80\x8D👩\xE2\x80\x8D👧",                 /* family, ZWJ */
	"👩\xE2\x80\x8D👧\xE2\x80\x8D👦",
	"🏳️\xE2\x80\x8D🌈",                             /* rainbow flag */
	"🤷\xE2\x80\x8D♀️", "🤦🏽\xE2\x80\x8D♂️",          /* ZWJ with skin tone */
	"🇵🇱", "🇬🇧", "🇸🇴", "🇷🇴", "🇵🇰",                      /* regional-indicator flags */
	"🏴\U000E0067\U000E0062\U000E0077\U000E006C\U000E0073\U000E007F", /* Wales, tag sequence */
	"🤔", "🙏🏾", "💯",
};
static const char *const emoticon_pos[] = {":)", ":-)", ":D", "<3", "xx", ":-D"};
static const char *const emoticon_neg[] = {":(", ":-(", ":'(", ">:(", "-_-"};

static void f_emo_pos(gen *g, struct buf *o)
{
	if (g->latin)
		buf_adds(o, pick(&g->r, emoticon_pos, COUNT(emoticon_pos)));
	else
		buf_adds(o, pick(&g->r, emoji_pos, COUNT(emoji_pos)));
}
static void f_emo_neg(gen *g, struct buf *o)
{
	if (g->latin)
		buf_adds(o, pick(&g->r, emoticon_neg, COUNT(emoticon_neg)));
	else
		buf_adds(o, pick(&g->r, emoji_neg, COUNT(emoji_neg)));
}
static void f_emo_misc(gen *g, struct buf *o)
{
	if (g->latin)
		buf_adds(o, pick(&g->r, emoticon_pos, COUNT(emoticon_pos)));
	else
		buf_adds(o, pick(&g->r, emoji_misc, COUNT(emoji_misc)));
}

/* Templates are bucketed by theme, polarity and voice at start-up. */
static uint16_t tidx[NTEMPLATES];
static uint16_t bstart[NTHEMES][2][NVOICES], bcount[NTHEMES][2][NVOICES];

static int template_used(const gen *g, unsigned idx)
{
	for (unsigned i = 0; i < g->nused; i++)
		if (g->used[i] == idx)
			return 1;
	return 0;
}

/* Templates of a bucket not yet used in this record. */
static unsigned bucket_fresh(const gen *g, int theme, int pol, int voice)
{
	unsigned fresh = 0, n = bcount[theme][pol][voice];
	for (unsigned k = 0; k < n; k++)
		fresh += !template_used(g, tidx[bstart[theme][pol][voice] + k]);
	return fresh;
}

/* A template from the bucket, avoiding repeats within a record. */
static const char *pick_template(gen *g, int theme, int pol, int voice)
{
	unsigned n = bcount[theme][pol][voice];
	if (n == 0)
		return NULL;
	unsigned start = rng_below(&g->r, n), idx = tidx[bstart[theme][pol][voice] + start];
	for (unsigned k = 0; k < n; k++) {
		unsigned cand = tidx[bstart[theme][pol][voice] + (start + k) % n];
		if (!template_used(g, cand)) {
			idx = cand;
			break;
		}
	}
	if (g->nused < COUNT(g->used))
		g->used[g->nused++] = (uint16_t)idx;
	return templates[idx].text;
}

/* A quoted sentence in another voice about the current theme. */
static void quote_in(gen *g, struct buf *o, int voice)
{
	const char *t = pick_template(g, g->theme, g->pol, voice);
	if (!t)
		t = pick_template(g, g->theme, !g->pol, voice);
	if (!t)
		t = pick_template(g, T_FEEL, g->pol, voice);
	size_t start = o->len;
	expand(g, o, t, strlen(t));
	sb_capitalise(o, start);
}
static void f_qy(gen *g, struct buf *o) { quote_in(g, o, V_Y); }
static void f_qp(gen *g, struct buf *o) { quote_in(g, o, V_P); }

static void slot_expand_name(gen *g, struct buf *o, const char *name);
static void f_topic(gen *g, struct buf *o)
{
	char name[48];
	snprintf(name, sizeof name, "topic_%s", theme_name[g->theme]);
	slot_expand_name(g, o, name);
}
static void f_problem(gen *g, struct buf *o)
{
	char name[48];
	snprintf(name, sizeof name, "problem_%s", theme_name[g->theme]);
	slot_expand_name(g, o, name);
}

/* A sentence in the person's home language, quoted inside an English note. */
static int pick_foreign(gen *g, int lang, int theme, int who)
{
	/* two passes: matching theme first, then any sentence in the language */
	for (int pass = 0; pass < 2; pass++) {
		unsigned seen = 0;
		int chosen = -1;
		for (size_t i = 0; i < NFOREIGN; i++) {
			const foreign *f = &foreign_sentences[i];
			if (f->lang != lang || (f->who != LV_ANY && f->who != who))
				continue;
			if (pass == 0 && f->theme != theme)
				continue;
			seen++;
			if (rng_below(&g->r, seen) == 0)
				chosen = (int)i;
		}
		if (chosen >= 0)
			return chosen;
	}
	return -1;
}
static void f_foreign(gen *g, struct buf *o)
{
	int i = pick_foreign(g, g->p->lang, g->theme, g->voice == V_E ? LV_P : LV_Y);
	if (i >= 0)
		buf_adds(o, foreign_sentences[i].text);
}
static void f_langown(gen *g, struct buf *o) { buf_adds(o, lang_label[g->p->lang]); }
static void f_langname(gen *g, struct buf *o)
{
	if (g->p->lang != L_EN && rng_below(&g->r, 2))
		buf_adds(o, lang_label[g->p->lang]);
	else
		slot_expand_name(g, o, "langname_any");
}

/* ------------------------------------------------------------------ */
/* Slots: {name} with a lower-case name is a list of alternatives.     */

typedef struct {
	const char *name;
	const char *alts;             /* alternatives separated by | */
	void (*fn)(gen *, struct buf *);    /* or a generator */
} slot;

static slot slots[] = {
	/* generators */
	{"QY", NULL, f_qy}, {"QP", NULL, f_qp}, {"TOPIC", NULL, f_topic}, {"PROBLEM", NULL, f_problem},
	{"GIVEN", NULL, f_given}, {"FULLNAME", NULL, f_fullname},
	{"PNAME", NULL, f_pname}, {"PFAM", NULL, f_pfam}, {"PFULL", NULL, f_pfull},
	{"SWNAME", NULL, f_swname}, {"MUM", NULL, f_mum}, {"DAD", NULL, f_dad},
	{"PHONE", NULL, f_phone}, {"PPHONE", NULL, f_pphone},
	{"EMAIL", NULL, f_email}, {"PEMAIL", NULL, f_pemail},
	{"ADDRESS", NULL, f_address}, {"PADDRESS", NULL, f_paddress},
	{"POSTCODE", NULL, f_postcode}, {"PPOSTCODE", NULL, f_ppostcode},
	{"PNHS", NULL, f_pnhs}, {"NINO", NULL, f_nino}, {"PNINO", NULL, f_pnino},
	{"DOBL", NULL, f_dobl}, {"DOBS", NULL, f_dobs}, {"DATE", NULL, f_date}, {"NEXTDATE", NULL, f_nextdate},
	{"FOREIGN", NULL, f_foreign}, {"LANGOWN", NULL, f_langown}, {"langname", NULL, f_langname},
	{"emo_pos", NULL, f_emo_pos}, {"emo_neg", NULL, f_emo_neg}, {"emo_misc", NULL, f_emo_misc},

	/* shared words */
	{"hedge", "maybe |sometimes |not sure but |I think |I guess |I suppose |most of the time |not sure, |probably |", NULL},
	{"but", ", but |, but |, but | but |. But |, but then again |, although |... but |, but still ", NULL},
	{"time", "at night|on the bus|in town|after school|at weekends|on my estate|walking home|in the park|when it gets dark", NULL},
	{"place_home", "home|my placement|my foster placement|the children's home|my flat|the hostel|my supported accommodation|my nan's", NULL},
	{"months", "three months|six months|nearly a year|ages|since March|since May|eight weeks|over a year|18 months|since {month}", NULL},
	{"dur", "three months|six months|eight weeks|a year|18 months|4 months|10 weeks", NULL},
	{"month", "January|February|March|April|May|June|July|August|September|October|November|December", NULL},
	{"num_small", "two|three|four|five|six|seven|4|5|6", NULL},
	{"child", "my son|my daughter|my little one|my youngest|my eldest|the baby|my boy|my girl|my toddler|my little boy|my little girl", NULL},
	{"ecn", "C|C|C|C|child|Child|LO|{PNAME}", NULL},
	{"yp", "YP|YP|YP|young person|the young person|{PNAME}", NULL},
	{"course", "health and social care|hair and beauty|motor vehicle|construction|catering|childcare|IT|business|sport|music|art and design|plumbing|electrics|English and maths|public services|animal care", NULL},
	{"trade", "plumbing|electrics|construction|hairdressing|childcare|catering|business admin|vehicle maintenance|retail|warehousing|IT support|joinery", NULL},
	{"amount", "40|50|85|120|150|300|450|600|1,200|2,000|85.50|12.75|1,450", NULL},
	{"langname_any", "Polish|Urdu|Arabic|Somali|Romanian|French|Welsh|Punjabi|Bengali|Kurdish|Tigrinya|Pashto", NULL},

	/* wrappers that quote someone inside a note */
	{"quote_w", "YP said \"{QY}\"|{yp} said: \"{QY}\"|when asked [how things are|about this|how they feel about it], YP said \"{QY}\""
	            "|YP's words: \"{QY}\"|in YP's own words - \"{QY}\"|YP told me \"{QY}\"|YP [shared|explained|stated] \"{QY}\""
	            "|\"{QY}\" (YP)|YP: \"{QY}\"|YP said \"{QY}\"|YP said '{QY}'", NULL},
	{"quote_e", "[mum|Mum|dad|Dad|carer|Nan] said \"{QP}\"|[mum|Mum] [shared|reported] \"{QP}\"|parent's view: \"{QP}\"|Mum: \"{QP}\"|[mum|Mum] said '{QP}'", NULL},
	{"quote_gy", "one young person said \"{QY}\"|post-it: \"{QY}\"|flipchart - \"{QY}\"|[YP1|YP2|YP3|P1|P2]: \"{QY}\"|someone wrote \"{QY}\""
	             "|[several|a few|most] [people|of the group] agreed: \"{QY}\"|\"{QY}\"|quote: {QY}|a care leaver said \"{QY}\"|post-it: '{QY}'", NULL},
	{"quote_gp", "one [parent|mum|dad] said \"{QP}\"|post-it: \"{QP}\"|flipchart - \"{QP}\"|[P1|P2|P3|Parent A|Parent B]: \"{QP}\"|someone wrote \"{QP}\""
	             "|[several|a few|most] parents agreed: \"{QP}\"|\"{QP}\"|quote: {QP}|post-it: '{QP}'", NULL},
	{"quote_foreign", "[mum|Mum|YP|parent] said (in {LANGOWN}) \"{FOREIGN}\"|[mum|YP] wrote in {LANGOWN}: \"{FOREIGN}\"", NULL},

	/* workshop notes, theme given by {TOPIC} */
	{"g_pos", "[positive|good|really positive] [feedback|comments] about {TOPIC}|group [felt|agreed] things have got better with {TOPIC}"
	          "|[lots of|some] good examples [shared|given] [about|around] {TOPIC}|group discussed {TOPIC} - mostly positive"
	          "|people were [positive|happy] about {TOPIC}", NULL},
	{"g_neg", "[concerns|frustration|anger] [raised|expressed] about {TOPIC}|{TOPIC} came up [again|a lot|with most of the group] as a problem"
	          "|no one in the group felt [happy|positive] about {TOPIC}|group felt [more needs to be done|things need to change] around {TOPIC}"
	          "|group discussed {TOPIC} - [mostly negative|lots of frustration]|{PROBLEM} came up [again|a lot]"
	          "|[concerns|worries] raised about {PROBLEM}|lots of talk about {PROBLEM}", NULL},
	{"topic_safety", "feeling safe|safety in the community|feeling safe at home|online safety", NULL},
	{"topic_home", "housing|placements|staying put|supported accommodation|finding somewhere to live", NULL},
	{"topic_relationships", "family time|contact with brothers and sisters|friendships|trusted adults", NULL},
	{"topic_heard", "being listened to|having a say in reviews|youth voice|how meetings are run", NULL},
	{"topic_trust", "social workers|PAs|keeping promises|consistency of workers", NULL},
	{"topic_education", "school|SEN support|college|EHCPs|school readiness", NULL},
	{"topic_work_money", "jobs and apprenticeships|money|benefits|budgeting", NULL},
	{"topic_health", "mental health support|CAMHS|getting a GP appointment|sleep", NULL},
	{"topic_identity", "culture and identity|faith|language|disability support", NULL},
	{"topic_independence", "leaving care|pathway plans|life skills|the local offer for care leavers", NULL},
	{"topic_info_consent", "who sees our information|records and files|consent|what happens to what we say", NULL},
	{"topic_feelings", "how people are feeling|wellbeing", NULL},
	{"topic_early_years", "speech and language|play|nursery places|family hubs|stay and play", NULL},
	{"topic_help_support", "early help|getting support|access to services|opening hours", NULL},
	/* topics that only come up as problems */
	{"problem_safety", "knife crime|exploitation|feeling unsafe at night", NULL},
	{"problem_home", "placement moves|sofa surfing|hostels|damp and mould", NULL},
	{"problem_relationships", "loneliness|cancelled contact", NULL},
	{"problem_heard", "not being heard|decisions made without us", NULL},
	{"problem_trust", "changes of social worker|broken promises", NULL},
	{"problem_education", "school exclusions|part-time timetables|waiting for EHCPs", NULL},
	{"problem_work_money", "money worries|the cost of living|food banks|debt", NULL},
	{"problem_health", "CAMHS waiting lists|anxiety|self-harm", NULL},
	{"problem_identity", "racism|no interpreters|not fitting in", NULL},
	{"problem_independence", "turning 18|the cliff edge at 18", NULL},
	{"problem_info_consent", "information shared without asking|where this is going", NULL},
	{"problem_feelings", "stress|feeling low", NULL},
	{"problem_early_years", "speech and language waiting lists|closed baby groups|screen time", NULL},
	{"problem_help_support", "waiting times|being passed around", NULL},

	/* openers of notes */
	{"opener_w", "visit to YP [at home|at their flat|at the hostel|in placement]|[phone|video] call with YP|pathway plan review [meeting|held at the office]"
	             "|met YP [in town|at college|at a café] for [lunch|a coffee|a catch-up]|home visit|text contact only - YP [didn't answer calls|prefers texts]"
	             "|[joint visit|visit] with [SW|housing officer|IRO]|catch-up with YP|unannounced visit", NULL},
	{"opener_e", "stay and play session|home visit with [mum|dad|carer] and {ecn}|[2 year|27 month] check|observation [in nursery|at the hub|during free play]"
	             "|key person update|transition meeting [with school|with reception teacher]", NULL},
	{"opener_gy", "workshop [1|2|3|4] - [care leavers' forum|youth voice session|Children in Care Council]|session notes|notes from the [listening event|focus group|consultation]", NULL},
	{"opener_gp", "workshop [1|2|3] - [parents' group|family hub co-design session|parent carer forum]|session notes|notes from the [listening event|coffee morning|consultation]", NULL},

	/* short survey answers */
	{"short_answer", "idk|dunno|fine|it's ok|ok|nothing|n/a|N/A|no comment|all good {emo_pos}|not bothered|no|yes|same as last time"
	                 "|nothing to add|{emo_pos}|{emo_neg}|meh|could be better|it is what it is|.|-|?|no thanks", NULL},

	/* follow-up actions */
	{"follow_up", "Actions: {action}|Actions: {action}; {action}|Actions:\n1. {action}\n2. {action}|Actions:\n- {action}\n- {action}\n- {action}"
	              "|Next steps: {action}|Follow-up ({NEXTDATE}): {action}|{action}|Actions: {action}. {action}", NULL},
	{"action", "PA to chase housing referral [by Friday|this week]|SW to book interpreter for next [review|visit]|refer to [CAMHS|youth counselling|the GP]"
	           "|arrange [sibling contact|family time] [before half term|this month]|support YP to apply for [bursary|college|bank account|provisional licence]"
	           "|YP to bring ID to next visit|follow up with college re [attendance|bursary]|book next visit for {NEXTDATE}|share notes with YP [before|after] filing"
	           "|check consent before sharing with [school|college|health]|feed back to Corporate Parenting Board|send easy-read summary to [group|participants]"
	           "|escalate to team manager|raise with IRO|food bank voucher [issued|to be issued]|update pathway plan|PA to ring YP on {PPHONE}"
	           "|Will ring YP back tomorrow|hope to meet again in May|email summary to {PEMAIL}|check YP has registered with GP|apply for setting-up-home allowance", NULL},

	/* personal details, by kind and by first person (y, p) or note (n) */
	{"pii_name_y", "my [sw|social worker] is {SWNAME}|my PA is {SWNAME}|{SWNAME} is my [sw|PA] and they're [alright|sound|never about|the best]"
	               "|my [mate|best mate|friend] {GIVEN} [helps me out|is always there for me|lets me stay]|me and {GIVEN} [go to the youth club|are in the same class]"
	               "|[Mum|my mum] ({MUM}) [says|keeps saying] I can come home|my name is {PFULL}|it's {PNAME} by the way", NULL},
	{"pii_name_p", "my partner {DAD} [works nights|helps at bedtime|is away a lot]|{child} ({PNAME}) [loves it here|is doing much better]|my name is {MUM} {PFAM}"
	               "|our health visitor {FULLNAME} [was lovely|never came back to us]|[Nan|my mum] ({GIVEN}) [helps out|has the kids on Fridays]", NULL},
	{"pii_name_n", "Mum ({MUM}) [said she would attend|was not present|agreed to the plan|called to cancel]|spoke to {FULLNAME} ([housing officer|college tutor|foster carer|IRO|health visitor])"
	               "|{PFULL} [seen|visited] [at home|at the office]|Dad ({DAD}) [not engaging|attended briefly]|allocated worker: {SWNAME}"
	               "|[nan|aunt|carer] {FULLNAME} also present", NULL},
	{"pii_phone_y", "[ring|text|call] me on {PPHONE}|my [new |]number is {PPHONE}|my number's changed, it's {PPHONE}", NULL},
	{"pii_phone_p", "[my|the best] number is {PPHONE}|you can [ring|call|text] me on {PPHONE}|[the|our] health visitor's number is {PHONE}", NULL},
	{"pii_phone_n", "YP's new number: {PPHONE}|[Mum|carer|housing officer] can be reached on {PHONE}|tel {PHONE}|contact number {PPHONE} [(mobile)|- text first|]", NULL},
	{"pii_email_y", "email me [at|on] {PEMAIL}|my email is {PEMAIL}", NULL},
	{"pii_email_p", "[you can email me on|my email is|please email] {PEMAIL}", NULL},
	{"pii_email_n", "[email|e-mail|contact] {PEMAIL}|[sent|forwarded] [letter|summary] to {EMAIL}", NULL},
	{"pii_addr_y", "I live at {PADDRESS} now|my new address is {PADDRESS}|I'm at {PADDRESS}, {PPOSTCODE}|postcode is {PPOSTCODE}", NULL},
	{"pii_addr_p", "we live at {PADDRESS}, {PPOSTCODE}|we've moved to {PADDRESS}|our postcode is {PPOSTCODE}", NULL},
	{"pii_addr_n", "YP's new address: {PADDRESS}, {PPOSTCODE}|[address|current address]: {PADDRESS} {PPOSTCODE}|[moved|moving] to {PADDRESS} on {DATE}|visit at {ADDRESS}, {POSTCODE}", NULL},
	{"pii_nhs_y", "my NHS number is {PNHS}", NULL},
	{"pii_nhs_p", "[{child}'s|her|his] NHS number is {PNHS}|NHS no. {PNHS}", NULL},
	{"pii_nhs_n", "NHS [no|number|no.] {PNHS}|(NHS {PNHS})", NULL},
	{"pii_nino_y", "my NI number is {PNINO} [if you need it|for the job form]|[NI|national insurance] number {PNINO}", NULL},
	{"pii_nino_p", "my NI number is {NINO}", NULL},
	{"pii_nino_n", "NI number {PNINO} [obtained|confirmed|applied for]|NINo: {PNINO}", NULL},
	{"pii_dob_y", "I was born on {DOBL}|my birthday is {DOBL}|DOB {DOBS}", NULL},
	{"pii_dob_p", "{child} was born on {DOBL}|[her|his] DOB is {DOBS}", NULL},
	{"pii_dob_n", "DOB {DOBS}|d.o.b. {DOBS}|YP (DOB {DOBS})|born {DOBL}", NULL},
};
#define NSLOTS (sizeof slots / sizeof slots[0])

static int slot_cmp(const void *a, const void *b)
{
	return strcmp(((const slot *)a)->name, ((const slot *)b)->name);
}

static const slot *find_slot(const char *name, size_t n)
{
	size_t lo = 0, hi = NSLOTS;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strncmp(slots[mid].name, name, n);
		if (c == 0 && slots[mid].name[n] != '\0')
			c = 1;
		if (c == 0)
			return &slots[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Template expansion.                                                 */

/* Expand one of the top-level |-separated alternatives of s[0..n). */
static void expand_alts(gen *g, struct buf *o, const char *s, size_t n)
{
	size_t k = 1;
	int d = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '[')
			d++;
		else if (s[i] == ']')
			d--;
		else if (s[i] == '|' && d == 0)
			k++;
	}
	size_t want = rng_below(&g->r, (uint32_t)k), idx = 0, start = 0;
	d = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i == n || (s[i] == '|' && d == 0)) {
			if (idx == want) {
				expand(g, o, s + start, i - start);
				return;
			}
			idx++;
			start = i + 1;
		} else if (s[i] == '[') {
			d++;
		} else if (s[i] == ']') {
			d--;
		}
	}
}

static void slot_expand(gen *g, struct buf *o, const slot *sl)
{
	if (sl->fn)
		sl->fn(g, o);
	else
		expand_alts(g, o, sl->alts, strlen(sl->alts));
}

static void slot_expand_name(gen *g, struct buf *o, const char *name)
{
	const slot *sl = find_slot(name, strlen(name));
	if (sl)
		slot_expand(g, o, sl);
}

static void expand(gen *g, struct buf *o, const char *s, size_t n)
{
	if (++g->depth > 12) { /* the self-check rules out cycles; belt and braces */
		g->depth--;
		return;
	}
	size_t i = 0;
	while (i < n) {
		size_t j = i;
		while (j < n && s[j] != '[' && s[j] != '{')
			j++;
		buf_add(o, s + i, j - i);
		if (j >= n)
			break;
		size_t e = j + 1;
		if (s[j] == '{') {
			while (e < n && s[e] != '}')
				e++;
			const slot *sl = find_slot(s + j + 1, e - j - 1);
			if (sl)
				slot_expand(g, o, sl);
		} else {
			int d = 1;
			for (; e < n; e++) {
				if (s[e] == '[')
					d++;
				else if (s[e] == ']' && --d == 0)
					break;
			}
			expand_alts(g, o, s + j + 1, e - j - 1);
		}
		i = e + 1;
	}
	g->depth--;
}

/* Start-up check of the data: every {slot} exists and brackets balance. */
static int check_text(const char *what, const char *s)
{
	int d = 0, ok = 1;
	for (const char *c = s; *c; c++) {
		if (*c == '[')
			d++;
		else if (*c == ']' && --d < 0)
			ok = 0;
		else if (*c == '{') {
			const char *e = strchr(c, '}');
			if (!e || !find_slot(c + 1, (size_t)(e - c - 1))) {
				fprintf(stderr, PROG ": internal error: %s: unknown slot in '%s'\n", what, s);
				return 0;
			}
			c = e;
		}
	}
	if (!ok || d != 0)
		fprintf(stderr, PROG ": internal error: %s: unbalanced brackets in '%s'\n", what, s);
	return ok && d == 0;
}

static int init_tables(void)
{
	qsort(slots, NSLOTS, sizeof slots[0], slot_cmp);
	int ok = 1;
	for (size_t i = 1; i < NSLOTS; i++)
		if (strcmp(slots[i - 1].name, slots[i].name) == 0) {
			fprintf(stderr, PROG ": internal error: duplicate slot %s\n", slots[i].name);
			ok = 0;
		}
	for (size_t i = 0; i < NSLOTS; i++)
		if (slots[i].alts && !check_text(slots[i].name, slots[i].alts))
			ok = 0;
	for (size_t i = 0; i < NTEMPLATES; i++)
		if (!check_text("template", templates[i].text))
			ok = 0;
	for (int t = 0; t < NTHEMES; t++) {
		char name[48];
		for (int k = 0; k < 2; k++) {
			snprintf(name, sizeof name, "%s_%s", k ? "problem" : "topic", theme_name[t]);
			if (!find_slot(name, strlen(name))) {
				fprintf(stderr, PROG ": internal error: no slot %s\n", name);
				ok = 0;
			}
		}
	}
	/* counting sort of template indices into buckets */
	unsigned pos = 0;
	for (size_t i = 0; i < NTEMPLATES; i++)
		bcount[templates[i].theme][templates[i].pol][templates[i].voice]++;
	for (int t = 0; t < NTHEMES; t++)
		for (int p = 0; p < 2; p++)
			for (int v = 0; v < NVOICES; v++) {
				bstart[t][p][v] = (uint16_t)pos;
				pos += bcount[t][p][v];
				bcount[t][p][v] = 0;
			}
	for (size_t i = 0; i < NTEMPLATES; i++) {
		const tmpl *tp = &templates[i];
		tidx[bstart[tp->theme][tp->pol][tp->voice] + bcount[tp->theme][tp->pol][tp->voice]++] = (uint16_t)i;
	}
	/* quotes fall back to feelings, which must exist for both polarities */
	for (int p = 0; p < 2; p++)
		if (!bcount[T_FEEL][p][V_Y] || !bcount[T_FEEL][p][V_P])
			ok = 0;
	return ok;
}

/* ------------------------------------------------------------------ */
/* Choosing what a record is about.                                    */

/* How often each voice talks about each theme. */
static const unsigned theme_w[NVOICES][NTHEMES] = {
	/*         saf home rel heard trust edu work hlth iden indep info feel ey help */
	/* Y */  {  8,   8, 10,   9,    8,   9,   6,   8,   5,    5,   3,   9,  0,   5},
	/* P */  {  3,   6,  6,   6,    4,   6,   8,   7,   4,    0,   3,   6, 12,  12},
	/* W */  {  7,  12,  7,   5,    5,   9,  10,   8,   4,   10,   3,   5,  0,   5},
	/* E */  {  2,   0,  6,   0,    0,   5,   0,   4,   0,    0,   0,   6, 25,   6},
	/* G */  {  5,   6,  5,  10,    8,   6,   6,   6,   6,    5,   8,   5,  6,   8},
};

/* Chance (per mille) that a theme is going badly for someone in a cohort. */
static const unsigned bad_pm[NCOHORTS][NTHEMES] = {
	/*          saf home rel heard trust edu work hlth iden indep info feel  ey help */
	/* CL  */ {250, 380, 400, 450, 500, 420, 500, 420, 200, 400, 300, 400,   0, 400},
	/* CIC */ {220, 330, 400, 450, 480, 380, 300, 380, 220, 300, 300, 380,   0, 350},
	/* EH  */ {200, 300, 300, 350, 350, 350, 450, 350, 180, 200, 250, 350, 250, 400},
	/* EY  */ {120, 250, 250, 300, 250, 200, 380, 300, 180,   0, 250, 300, 350, 350},
};

static int has_voice(int theme, int pol, int voice)
{
	switch (voice) {
	case V_W: return bcount[theme][pol][V_W] || bcount[theme][pol][V_Y];
	case V_E: return bcount[theme][pol][V_E] || bcount[theme][pol][V_P];
	case V_G: return 1;
	default: return bcount[theme][pol][voice] != 0;
	}
}

static int pick_theme(gen *g, int voice)
{
	const person *p = g->p;
	unsigned w[NTHEMES];
	for (int t = 0; t < NTHEMES; t++) {
		w[t] = theme_w[voice][t] * 4;
		if (p->bad & (1u << t))
			w[t] *= 3;
		if (!has_voice(t, POS, voice) && !has_voice(t, NEG, voice))
			w[t] = 0;
	}
	if (p->age <= A_5_10 && voice != V_P && voice != V_E) {
		w[T_WORK] = w[T_INDEP] = 0;
	} else if (p->age == A_11_15) {
		w[T_WORK] /= 3;
		w[T_INDEP] = 0;
	}
	if (voice == V_G) {
		if (g->gparent)
			w[T_INDEP] = 0;
		else
			w[T_EY] = 0;
	}
	return rng_weighted(&g->r, w, NTHEMES);
}

static int pick_pol(gen *g, int theme, int voice)
{
	int pol = g->rec_pol[theme];
	if (pol < 0) {
		int bad = (g->p->bad >> theme) & 1;
		pol = rng_pm(&g->r, bad ? 750 : 220) ? NEG : POS;
	}
	if (!has_voice(theme, pol, voice))
		pol = !pol;
	g->rec_pol[theme] = (signed char)pol;
	return pol;
}

/* Unused material left for a theme in this voice and record. */
static unsigned theme_fresh(const gen *g, int theme, int pol, int voice)
{
	switch (voice) {
	case V_W: return bucket_fresh(g, theme, pol, V_W) + bucket_fresh(g, theme, pol, V_Y);
	case V_E: return bucket_fresh(g, theme, pol, V_E) + bucket_fresh(g, theme, pol, V_P);
	case V_G: return 1;
	default: return bucket_fresh(g, theme, pol, voice);
	}
}

/* ------------------------------------------------------------------ */
/* Building the text of a record.                                      */

static void count_mention(person *p, int theme, int pol)
{
	if (p->ment[theme][pol] < 255)
		p->ment[theme][pol]++;
}

/* One clause about theme/pol in the given voice, not capitalised. */
static void emit_core(gen *g, struct buf *o, int voice, int theme, int pol)
{
	g->theme = theme;
	g->pol = pol;
	count_mention(g->p, theme, pol);
	const char *t = NULL;
	switch (voice) {
	case V_W:
		if (g->p->lang != L_EN && rng_pm(&g->r, 60)) {
			slot_expand_name(g, o, "quote_foreign");
			return;
		}
		if (bucket_fresh(g, theme, pol, V_Y) && (rng_pm(&g->r, 350) || !bucket_fresh(g, theme, pol, V_W))) {
			slot_expand_name(g, o, "quote_w");
			return;
		}
		t = pick_template(g, theme, pol, V_W);
		break;
	case V_E:
		if (g->p->lang != L_EN && rng_pm(&g->r, 60)) {
			slot_expand_name(g, o, "quote_foreign");
			return;
		}
		if (bucket_fresh(g, theme, pol, V_P) && (rng_pm(&g->r, 120) || !bucket_fresh(g, theme, pol, V_E))) {
			slot_expand_name(g, o, "quote_e");
			return;
		}
		t = pick_template(g, theme, pol, V_E);
		break;
	case V_G: {
		int qv = g->gparent ? V_P : V_Y;
		if (bcount[theme][pol][qv] && rng_pm(&g->r, 600))
			slot_expand_name(g, o, g->gparent ? "quote_gp" : "quote_gy");
		else
			slot_expand_name(g, o, pol == POS ? "g_pos" : "g_neg");
		return;
	}
	default:
		t = pick_template(g, theme, pol, voice);
		break;
	}
	if (t)
		expand(g, o, t, strlen(t));
}

/* A full sentence: maybe a hedge, a clause, maybe "but" and a contrasting clause. */
static void emit_sentence(gen *g, struct buf *o, int voice, int theme, int pol)
{
	size_t start = o->len;
	if ((voice == V_Y || voice == V_P) && rng_pm(&g->r, 80))
		slot_expand_name(g, o, "hedge");
	emit_core(g, o, voice, theme, pol);
	if (voice != V_E && rng_pm(&g->r, 120)) {
		/* a contrast about something else; young people and parents also
		 * contradict themselves about the same thing */
		int same = (voice == V_Y || voice == V_P) && rng_pm(&g->r, 250);
		int t2 = same ? theme : pick_theme(g, voice);
		if (has_voice(t2, !pol, voice) && theme_fresh(g, t2, !pol, voice)) {
			slot_expand_name(g, o, "but");
			emit_core(g, o, voice, t2, !pol);
		}
	}
	sb_capitalise(o, start);
}

static int ends_sentence(const struct buf *o)
{
	size_t i = o->len;
	while (i > 0 && o->s[i - 1] == ' ')
		i--;
	/* a quotation that ends with its own full stop */
	if (i > 1 && (o->s[i - 1] == '"' || o->s[i - 1] == '\'') &&
	    (o->s[i - 2] == '.' || o->s[i - 2] == '!' || o->s[i - 2] == '?'))
		return 1;
	if (i == 0)
		return 1;
	char c = o->s[i - 1];
	return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || (unsigned char)c >= 0x80;
}

/* Terminate the sentence just written. */
static void end_sentence(gen *g, struct buf *o, int voice, int last)
{
	if (ends_sentence(o))
		return;
	if (voice == V_Y && last) {
		unsigned x = rng_below(&g->r, 100);
		if (x < 30)
			return; /* young people often leave the last full stop off */
		if (x < 36) {
			buf_adds(o, "!");
			return;
		}
		if (x < 42) {
			buf_adds(o, "...");
			return;
		}
	}
	buf_addc(o, '.');
}

static unsigned n_sentences(gen *g, int voice)
{
	static const unsigned w[NVOICES][6] = {
		/* 1   2   3   4   5   6 sentences */
		{45, 30, 15, 7, 2, 1},
		{30, 35, 20, 10, 3, 2},
		{15, 25, 25, 20, 10, 5},
		{20, 30, 30, 12, 8, 0},
		{25, 30, 25, 10, 6, 4},
	};
	return (unsigned)rng_weighted(&g->r, w[voice], 6) + 1;
}

static const char *const pii_kind[] = {"name", "name", "name", "phone", "phone", "email", "addr", "addr", "nhs", "nino", "dob", "dob"};

/* A sentence with made-up personal details. */
static void emit_pii(gen *g, struct buf *o, int voice)
{
	const char *kind = pii_kind[rng_below(&g->r, COUNT(pii_kind))];
	const char *who = voice == V_Y ? "y" : voice == V_P ? "p" : "n";
	char name[32];
	snprintf(name, sizeof name, "pii_%s_%s", kind, who);
	size_t start = o->len;
	slot_expand_name(g, o, name);
	sb_capitalise(o, start);
}

static const char *const section_heading[NTHEMES] = {
	"Safety:", "Accommodation:", "Family and friends:", "Voice of the young person:",
	"Relationship with workers:", "Education:", "Employment and finance:",
	"Health and wellbeing:", "Identity:", "Independence skills:",
	"Information sharing and consent:", "Emotional wellbeing:", "Development:", "Support:",
};

/* A long note (2-5 KB) in sections, as pasted from a review form. */
static void emit_long(gen *g, struct buf *o, int voice)
{
	size_t target = o->len + rng_range(&g->r, 2000, 4800);
	slot_expand_name(g, o, voice == V_G ? (g->gparent ? "opener_gp" : "opener_gy") : "opener_w");
	sb_capitalise(o, 0);
	buf_adds(o, ".\n\n");
	while (o->len < target) {
		int theme = pick_theme(g, voice);
		memset(g->rec_pol, -1, sizeof g->rec_pol);
		g->nused = 0;
		buf_adds(o, section_heading[theme]);
		buf_addc(o, '\n');
		unsigned k = rng_range(&g->r, 2, 6);
		for (unsigned i = 0; i < k && o->len < target; i++) {
			emit_sentence(g, o, voice, theme, pick_pol(g, theme, voice));
			end_sentence(g, o, voice, 0);
			buf_addc(o, ' ');
		}
		buf_setlen(o, o->len - 1); /* the trailing space */
		buf_adds(o, "\n\n");
	}
	buf_setlen(o, o->len - 2);
}

/* ------------------------------------------------------------------ */
/* Quirks of real exports, applied to finished English text.          */

typedef struct { const char *from, *to; } subst;

/* Longer phrases first: the first match wins. */
static const subst textspeak[] = {
	{"to be honest", "tbh"}, {"I don't know", "idk|dunno|i dunno"}, {"don't know", "dunno"},
	{"social worker", "sw|SW"}, {"personal adviser", "pa|PA"}, {"because", "cos|coz|cuz|bc"},
	{"going to", "gonna"}, {"want to", "wanna"}, {"you're", "ur|youre"}, {"your", "ur"},
	{"you", "u"}, {"really", "rly|rlly|realy"}, {"people", "ppl"}, {"please", "pls|plz"},
	{"though", "tho"}, {"probably", "prob|probs"}, {"I'm", "im|Im|i'm"}, {"don't", "dont"},
	{"can't", "cant"}, {"nothing", "nothin|nuffin"}, {"something", "sumthin|smth"},
	{"tomorrow", "tmrw|2moro"}, {"with", "w/|wiv"}, {"thanks", "thx|ta"}, {"before", "b4"},
	{"I've", "ive|i've"}, {"I", "i"}, {"and", "n|&|and"}, {"okay", "ok|k"}, {"at the moment", "atm"},
};

static const subst misspell[] = {
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
static void apply_subst(gen *g, const struct buf *in, struct buf *out, const subst *tab, size_t ntab, unsigned pm)
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

static void lowercase_all(struct buf *s)
{
	for (size_t i = 0; i < s->len; i++)
		if (s->s[i] >= 'A' && s->s[i] <= 'Z')
			s->s[i] = (char)(s->s[i] - 'A' + 'a');
}

/* Word-processor typography: ' " and " - " become ’ “ ” and a dash. */
static void apply_curly(gen *g, const struct buf *in, struct buf *out)
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
static void apply_mojibake(gen *g, const struct buf *in, struct buf *out)
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
static void drop_space_after_stop(struct buf *s)
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

static void double_a_space(gen *g, struct buf *s)
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

static void to_crlf(const struct buf *in, struct buf *out)
{
	buf_reset(out);
	for (size_t i = 0; i < in->len; i++) {
		if (in->s[i] == '\n' && (i == 0 || in->s[i - 1] != '\r'))
			buf_addc(out, '\r');
		buf_addc(out, in->s[i]);
	}
}

/* ------------------------------------------------------------------ */
/* People and records.                                                 */

static void swap_sbuf(struct buf *a, struct buf *b)
{
	struct buf t = *a;
	*a = *b;
	*b = t;
}

static void new_person(gen *g, person *p)
{
	rng_t *r = &g->r;
	static const unsigned cohort_w[NCOHORTS] = {30, 20, 25, 25};
	static const unsigned age_w[NCOHORTS][NAGES] = {
		{0, 0, 0, 100, 600, 300}, {0, 250, 450, 300, 0, 0},
		{150, 350, 350, 150, 0, 0}, {850, 150, 0, 0, 0, 0}};
	static const unsigned nrec_w[12] = {14, 16, 16, 14, 11, 8, 6, 5, 4, 3, 2, 1};
	memset(p, 0, sizeof *p);
	p->pii_seed = rng_next(r);
	p->site = (uint8_t)rng_below(r, NSITES);
	p->cohort = (uint8_t)rng_weighted(r, cohort_w, NCOHORTS);
	p->age = (uint8_t)rng_weighted(r, age_w[p->cohort], NAGES);
	p->birth_year = (uint16_t)(2024 - rng_range(r, age_lo[p->age], age_hi[p->age]));
	p->lang = (uint8_t)rng_weighted(r, g->latin ? lang_w_latin : lang_w, NLANGS);
	p->planned = (uint8_t)(rng_weighted(r, nrec_w, 12) + 1);
	p->day = (uint16_t)rng_below(r, NDAYS - 200);
	/* a general level of adversity makes the troubles correlated */
	static const unsigned adversity[3] = {6, 10, 15};
	unsigned a = adversity[rng_below(r, 3)];
	for (int t = 0; t < NTHEMES; t++) {
		unsigned pm = bad_pm[p->cohort][t] * a / 10;
		if (pm > 900)
			pm = 900;
		if (rng_pm(r, pm))
			p->bad |= (uint16_t)(1u << t);
	}
	if ((p->bad & (1u << T_HEALTH)) && rng_pm(r, 600))
		p->bad |= 1u << T_FEEL;
}

static int pick_source(gen *g, const person *p)
{
	unsigned w[NSOURCES] = {0};
	switch (p->cohort) {
	case C_CL:
		w[S_PATH] = 50; w[S_YA] = 35; w[S_WORK] = 15;
		break;
	case C_CIC:
		if (p->age == A_16_17) {
			w[S_YA] = 50; w[S_PATH] = 35; w[S_WORK] = 15;
		} else {
			w[S_YA] = 65; w[S_WORK] = 35;
		}
		break;
	case C_EH:
		if (p->age <= A_5_10) {
			w[S_HUB] = 75; w[S_WORK] = 25;
		} else {
			w[S_YA] = 45; w[S_HUB] = 40; w[S_WORK] = 15;
		}
		break;
	default:
		w[S_HUB] = 48; w[S_EY] = 47; w[S_WORK] = 5;
		break;
	}
	return rng_weighted(&g->r, w, NSOURCES);
}

typedef struct {
	struct buf a, b;   /* text, and scratch for transforms */
	struct buf fu;     /* follow_up */
	struct buf line;   /* one CSV line */
} bufs;

/* A record in the person's home language. */
static void compose_foreign(gen *g, struct buf *o, int voice)
{
	unsigned k = rng_pm(&g->r, 250) ? 2 : 1;
	int who = voice == V_P ? LV_P : LV_Y;
	for (unsigned i = 0; i < k; i++) {
		int theme = pick_theme(g, voice);
		int f = pick_foreign(g, g->p->lang, theme, who);
		if (f < 0)
			continue;
		if (o->len)
			buf_addc(o, ' ');
		buf_adds(o, foreign_sentences[f].text);
		count_mention(g->p, foreign_sentences[f].theme, foreign_sentences[f].pol);
	}
	if (!g->latin && rng_pm(&g->r, 80)) {
		buf_addc(o, ' ');
		f_emo_misc(g, o);
	}
}

/* Writes voice_text into B->a and follow_up into B->fu; returns the lang. */
static int compose(gen *g, bufs *B, int source)
{
	person *p = g->p;
	rng_t *r = &g->r;
	static const int voice_of[NSOURCES] = {V_Y, V_W, V_P, V_E, V_G};
	int voice = voice_of[source];
	g->voice = voice;
	g->gparent = p->cohort == C_EY || (p->cohort == C_EH && p->age <= A_5_10);
	struct buf *o = &B->a;
	buf_reset(o);
	buf_reset(&B->fu);
	memset(g->rec_pol, -1, sizeof g->rec_pol);
	g->nused = 0;

	/* follow-up notes on reviews and workshops */
	if ((source == S_PATH && rng_pm(r, 350)) || (source == S_WORK && rng_pm(r, 250))) {
		g->theme = T_HOME;
		slot_expand_name(g, &B->fu, "follow_up");
	}

	if (rng_pm(r, 5))
		return L_EN; /* an empty answer */

	if (p->lang != L_EN && (voice == V_Y || voice == V_P) && rng_pm(r, 350)) {
		compose_foreign(g, o, voice);
		if (o->len)
			return p->lang;
	}

	int multiline = rng_pm(r, voice == V_W ? 250 : voice == V_E ? 200 : voice == V_G ? 350 : 25);
	if ((voice == V_W || voice == V_G) && rng_pm(r, 15)) {
		emit_long(g, o, voice);
	} else if (voice == V_Y && rng_pm(r, 60)) {
		slot_expand_name(g, o, "short_answer");
	} else {
		unsigned n = n_sentences(g, voice);
		int opener = (voice == V_W && rng_pm(r, 400)) || (voice == V_E && rng_pm(r, 350)) ||
		             (voice == V_G && rng_pm(r, 300));
		int pii_at = -1;
		if (rng_pm(r, 110))
			pii_at = (int)rng_below(r, n + 1);
		int theme0 = pick_theme(g, voice);
		const char *sep = multiline ? "\n" : " ";
		int need_sep = 0;
		if (opener) {
			slot_expand_name(g, o, voice == V_W ? "opener_w" : voice == V_E ? "opener_e" : g->gparent ? "opener_gp" : "opener_gy");
			sb_capitalise(o, 0);
			if (!multiline)
				buf_addc(o, '.');
			need_sep = 1;
		}
		for (unsigned i = 0; i <= n; i++) {
			if ((int)i == pii_at) {
				if (need_sep)
					buf_adds(o, sep);
				emit_pii(g, o, voice);
				end_sentence(g, o, voice, i == n);
				need_sep = 1;
			}
			if (i == n)
				break;
			if (need_sep)
				buf_adds(o, sep);
			int theme = (i == 0 || rng_pm(r, 350)) ? theme0 : pick_theme(g, voice);
			for (int tries = 0; tries < 6 && !theme_fresh(g, theme, pick_pol(g, theme, voice), voice); tries++)
				theme = pick_theme(g, voice);
			emit_sentence(g, o, voice, theme, pick_pol(g, theme, voice));
			end_sentence(g, o, voice, i + 1 == n && pii_at != (int)n);
			need_sep = 1;
		}
	}

	/* quirks of real exports */
	if ((voice == V_W || voice == V_E || voice == V_G) && rng_pm(r, 300)) {
		/* British house style: quotations in single quotes */
		for (size_t i = 0; i < o->len; i++)
			if (o->s[i] == '"')
				o->s[i] = '\'';
	}
	unsigned ts_pm = voice == V_Y ? 120 : voice == V_P ? 30 : 0;
	if (rng_pm(r, ts_pm)) {
		apply_subst(g, &B->a, &B->b, textspeak, COUNT(textspeak), 650);
		swap_sbuf(&B->a, &B->b);
		if (rng_pm(r, 350))
			lowercase_all(&B->a);
	}
	unsigned ms_pm = voice == V_Y ? 160 : voice == V_P ? 100 : 40;
	if (rng_pm(r, ms_pm)) {
		apply_subst(g, &B->a, &B->b, misspell, COUNT(misspell), 800);
		swap_sbuf(&B->a, &B->b);
	}
	if (rng_pm(r, 40))
		drop_space_after_stop(&B->a);
	if ((voice == V_Y || voice == V_P || voice == V_G) && rng_pm(r, voice == V_Y ? 100 : 40)) {
		struct buf *t = &B->a;
		if (t->len && rng_below(r, 4) == 0) {
			/* emoji at the start */
			buf_reset(&B->b);
			f_emo_misc(g, &B->b);
			buf_addc(&B->b, ' ');
			buf_add(&B->b, t->s, t->len);
			swap_sbuf(&B->a, &B->b);
		} else {
			if (t->len)
				buf_addc(t, ' ');
			unsigned x = rng_below(r, 10);
			if (x < 2)
				f_emo_misc(g, t);
			else if (p->ment[g->theme][NEG] > p->ment[g->theme][POS])
				f_emo_neg(g, t);
			else
				f_emo_pos(g, t);
		}
	}
	unsigned curly_pm = (voice == V_W || voice == V_E) ? 150 : voice == V_G ? 120 : voice == V_P ? 60 : 40;
	if (g->latin)
		curly_pm *= 3; /* word-processor exports */
	int mojibake = rng_pm(r, 12);
	if (mojibake || rng_pm(r, curly_pm)) {
		apply_curly(g, &B->a, &B->b);
		swap_sbuf(&B->a, &B->b);
	}
	if (mojibake) {
		apply_mojibake(g, &B->a, &B->b);
		swap_sbuf(&B->a, &B->b);
	}
	if (rng_pm(r, 25))
		double_a_space(g, &B->a);
	if (rng_pm(r, 25))
		buf_adds(&B->a, rng_below(r, 2) ? " " : "  ");
	return L_EN;
}

/* ------------------------------------------------------------------ */
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

static void write_record(gen *g, bufs *B, uint32_t rid, int source, int lang)
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

/* ------------------------------------------------------------------ */
/* Outcomes.                                                           */

static unsigned clamp_pm(int x) { return x < 30 ? 30 : x > 950 ? 950 : (unsigned)x; }

static int cap3(int x) { return x > 3 ? 3 : x; }

/* One outcomes row; randomness is drawn from the person's own stream so
 * that it does not disturb the voices file. */
static void write_outcome(FILE *f, const person *p)
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

/* ------------------------------------------------------------------ */
/* Command line.                                                       */

static void usage(FILE *f)
{
	fputs("usage: " PROG " [-s SEED] [-n RECORDS | -S SIZE] [-o VOICES.csv] [-O OUTCOMES.csv] [-l] [-h]\n"
	      "Write a synthetic corpus of voice records (every record made up, no real person).\n"
	      "  -s SEED      seed, a whole number (default 1); same seed and options, same bytes\n"
	      "  -n RECORDS   number of voice records (default 2000)\n"
	      "  -S SIZE      instead of -n: stop after the record that takes the voices CSV\n"
	      "               past SIZE bytes; suffix K, M or G multiplies by 1024, 1024^2, 1024^3\n"
	      "  -o FILE      write the voices CSV to FILE instead of standard output\n"
	      "  -O FILE      also write the person-level outcomes CSV to FILE\n"
	      "  -l, --latin  only characters that exist in Windows-1252 (no emoji, no\n"
	      "               non-Latin scripts, no byte order mark), for iconv to cp1252\n"
	      "  -h, --help   show this help and exit\n",
	      f);
}

static void die_usage(const char *fmt, const char *arg)
{
	fputs(PROG ": ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\nTry '" PROG " -h' for help.\n", stderr);
	exit(EXIT_USAGE);
}

static uint64_t parse_u64(const char *s, const char *what, int allow_suffix)
{
	const char *c = s;
	uint64_t v = 0;
	if (*c < '0' || *c > '9')
		die_usage(what, s);
	for (; *c >= '0' && *c <= '9'; c++) {
		uint64_t digit = (uint64_t)(*c - '0');
		if (v > (UINT64_MAX - digit) / 10)
			die_usage(what, s);
		v = v * 10 + digit;
	}
	if (allow_suffix && *c) {
		unsigned shift = 0;
		switch (*c) {
		case 'k': case 'K': shift = 10; break;
		case 'm': case 'M': shift = 20; break;
		case 'g': case 'G': shift = 30; break;
		default: die_usage(what, s);
		}
		c++;
		if (*c == 'B' || *c == 'b')
			c++;
		if (v > (UINT64_MAX >> shift))
			die_usage(what, s);
		v <<= shift;
	}
	if (*c)
		die_usage(what, s);
	return v;
}

static void close_or_die(FILE *f, const char *name)
{
	int err = ferror(f);
	if (fclose(f) != 0 || err) {
		fprintf(stderr, PROG ": write error on %s: %s\n", name, strerror(errno ? errno : EIO));
		exit(EXIT_USAGE);
	}
}

static FILE *open_out(const char *path)
{
	if (strcmp(path, "-") == 0)
		return stdout;
	FILE *f = fopen(path, "wb");
	if (!f) {
		fprintf(stderr, PROG ": cannot write %s: %s\n", path, strerror(errno));
		exit(EXIT_USAGE);
	}
	return f;
}

int main(int argc, char **argv)
{
	uint64_t seed = 1, nrecords = 2000, size = 0;
	int have_n = 0, have_size = 0, latin = 0;
	const char *vpath = "-", *opath = NULL;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--") == 0) {
			if (i + 1 < argc)
				die_usage("unexpected argument '%s'", argv[i + 1]);
			break;
		}
		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			usage(stdout);
			if (fflush(stdout) != 0 || ferror(stdout))
				return EXIT_USAGE;
			return 0;
		}
		if (strcmp(a, "--latin") == 0 || strcmp(a, "-l") == 0) {
			latin = 1;
			continue;
		}
		if (a[0] != '-' || a[1] == '\0' || a[1] == '-' || !strchr("snSoO", a[1]))
			die_usage(a[0] == '-' ? "unknown option '%s'" : "unexpected argument '%s'", a);
		const char *val = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : NULL);
		if (!val)
			die_usage("option '%s' needs a value", a);
		switch (a[1]) {
		case 's':
			seed = parse_u64(val, "invalid seed '%s'", 0);
			break;
		case 'n':
			nrecords = parse_u64(val, "invalid number of records '%s'", 0);
			if (nrecords > MAX_RECORDS)
				die_usage("too many records '%s'", val);
			have_n = 1;
			break;
		case 'S':
			size = parse_u64(val, "invalid size '%s' (use e.g. 200M)", 1);
			if (size == 0)
				die_usage("size must be more than zero: '%s'", val);
			have_size = 1;
			break;
		case 'o':
			vpath = val;
			break;
		default:
			opath = val;
			break;
		}
	}
	if (have_n && have_size)
		die_usage("%s", "options -n and -S cannot be used together");
	if (opath && strcmp(opath, "-") == 0 && strcmp(vpath, "-") == 0)
		die_usage("%s", "voices and outcomes cannot both go to standard output");

	if (!init_tables())
		return EXIT_USAGE;

	FILE *vf = open_out(vpath);
	FILE *of = opath ? open_out(opath) : NULL;
	static char vbuf[1 << 20];
	setvbuf(vf, vbuf, _IOFBF, sizeof vbuf);

	bufs B;
	buf_init(&B.a);
	buf_init(&B.b);
	buf_init(&B.fu);
	buf_init(&B.line);

	gen g;
	memset(&g, 0, sizeof g);
	rng_seed(&g.r, seed);
	g.latin = latin;

	/* everyone ever drawn; the pool holds indices of those with records to come */
	size_t npeople = 0, cap = 1024;
	person *people = malloc(cap * sizeof *people);
	uint32_t pool[POOL];
	if (!people) {
		fprintf(stderr, PROG ": out of memory\n");
		return EXIT_USAGE;
	}
	for (int i = 0; i < POOL; i++) {
		new_person(&g, &people[npeople]);
		pool[i] = (uint32_t)npeople++;
	}

	uint64_t bytes = 0;
	uint32_t rid = 0, next_pid = 1;
	if (!latin) {
		fputs("\xEF\xBB\xBF", vf);
		bytes += 3;
	}
	static const char header[] = "record_id,person_id,site,source,recorded_on,lang,voice_text,follow_up\r\n";
	fputs(header, vf);
	bytes += sizeof header - 1;

	for (;;) {
		if (have_size ? bytes >= size : rid >= nrecords)
			break;
		if (rid >= MAX_RECORDS) {
			fprintf(stderr, PROG ": stopped after %u records\n", (unsigned)rid);
			break;
		}
		unsigned slot_i = rng_below(&g.r, POOL);
		person *p = &people[pool[slot_i]];
		if (p->pid == 0) {
			p->pid = next_pid++;
		} else {
			p->day = (uint16_t)(p->day + rng_range(&g.r, 3, 90));
			if (p->day >= NDAYS)
				p->day = NDAYS - 1;
		}
		g.p = p;
		int source = pick_source(&g, p);
		int lang = compose(&g, &B, source);
		if (rng_pm(&g.r, 300)) { /* Windows line breaks inside some fields */
			to_crlf(&B.a, &B.b);
			swap_sbuf(&B.a, &B.b);
		}
		if (B.fu.len && rng_pm(&g.r, 300)) {
			to_crlf(&B.fu, &B.b);
			swap_sbuf(&B.fu, &B.b);
		}
		write_record(&g, &B, ++rid, source, lang);
		fwrite(B.line.s, 1, B.line.len, vf);
		bytes += B.line.len;
		if (++p->emitted >= p->planned) {
			if (npeople == cap) {
				person *np = realloc(people, 2 * cap * sizeof *people);
				if (!np) {
					fprintf(stderr, PROG ": out of memory\n");
					return EXIT_USAGE;
				}
				people = np;
				cap *= 2;
			}
			new_person(&g, &people[npeople]);
			pool[slot_i] = (uint32_t)npeople++;
		}
	}
	close_or_die(vf, strcmp(vpath, "-") == 0 ? "standard output" : vpath);

	if (of) {
		static char obuf[1 << 16];
		setvbuf(of, obuf, _IOFBF, sizeof obuf);
		uint32_t *order = calloc(next_pid, sizeof *order);
		if (!order) {
			fprintf(stderr, PROG ": out of memory\n");
			return EXIT_USAGE;
		}
		for (size_t i = 0; i < npeople; i++)
			if (people[i].pid)
				order[people[i].pid] = (uint32_t)i;
		fputs("person_id,site,cohort,age_band,care_leaver,neet,suitable_accommodation,good_level_of_development\n", of);
		for (uint32_t id = 1; id < next_pid; id++)
			write_outcome(of, &people[order[id]]);
		free(order);
		close_or_die(of, strcmp(opath, "-") == 0 ? "standard output" : opath);
	}
	free(people);
	buf_free(&B.a);
	buf_free(&B.b);
	buf_free(&B.fu);
	buf_free(&B.line);
	return 0;
}
