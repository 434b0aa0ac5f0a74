/*
 * slots.c - the slots of the templates: {NAME} generators (names, dates,
 * details, emoji, quotes in another voice, sentences in another language)
 * and {name} lists of alternatives, in one table sorted by name at
 * start-up.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "gen.h"
#include "banned.h"

/* Slot generators: {NAME} with an upper-case name.                    */

static void f_given(gen *g, struct buf *o) { buf_adds(o, any_given(&g->r)); }
static void f_fullname(gen *g, struct buf *o)
{
	buf_adds(o, any_given(&g->r));
	buf_addc(o, ' ');
	buf_adds(o, pick(&g->r, family_names, n_family_names));
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
	buf_adds(o, pick(&r, family_names, n_family_names));
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
	buf_adds(o, pick(&r, family_names, n_family_names));
}
static void f_mum(gen *g, struct buf *o)
{
	rng_t r;
	person_rng(&r, g->p, 4);
	buf_adds(o, pick(&r, fem_names, n_fem_names));
}
static void f_dad(gen *g, struct buf *o)
{
	rng_t r;
	person_rng(&r, g->p, 5);
	buf_adds(o, pick(&r, masc_names, n_masc_names));
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
	put_email(o, given, pick(&g->r, family_names, n_family_names), &g->r, &g->r);
}
static void f_pemail(gen *g, struct buf *o)
{
	/* a parent writes with their own address; a young person with theirs */
	rng_t rn, rf, r;
	int parent = g->voice == V_P || g->voice == V_E;
	person_rng(&rn, g->p, parent ? 4 : 1);
	person_rng(&rf, g->p, 2);
	person_rng(&r, g->p, 7);
	const char *given = parent ? pick(&rn, fem_names, n_fem_names) : any_given(&rn);
	put_email(o, given, pick(&rf, family_names, n_family_names), &r, &g->r);
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

void f_emo_pos(gen *g, struct buf *o)
{
	if (g->latin)
		buf_adds(o, pick(&g->r, emoticon_pos, COUNT(emoticon_pos)));
	else
		buf_adds(o, pick(&g->r, emoji_pos, COUNT(emoji_pos)));
}
void f_emo_neg(gen *g, struct buf *o)
{
	if (g->latin)
		buf_adds(o, pick(&g->r, emoticon_neg, COUNT(emoticon_neg)));
	else
		buf_adds(o, pick(&g->r, emoji_neg, COUNT(emoji_neg)));
}
void f_emo_misc(gen *g, struct buf *o)
{
	if (g->latin)
		buf_adds(o, pick(&g->r, emoticon_pos, COUNT(emoticon_pos)));
	else
		buf_adds(o, pick(&g->r, emoji_misc, COUNT(emoji_misc)));
}

/* Templates are bucketed by theme, polarity and voice at start-up. */
uint16_t tidx[NTEMPLATES];
uint16_t bstart[NTHEMES][2][NVOICES], bcount[NTHEMES][2][NVOICES];

static int template_used(const gen *g, unsigned idx)
{
	for (unsigned i = 0; i < g->nused; i++)
		if (g->used[i] == idx)
			return 1;
	return 0;
}

/* Templates of a bucket not yet used in this record. */
unsigned bucket_fresh(const gen *g, int theme, int pol, int voice)
{
	unsigned fresh = 0, n = bcount[theme][pol][voice];
	for (unsigned k = 0; k < n; k++)
		fresh += !template_used(g, tidx[bstart[theme][pol][voice] + k]);
	return fresh;
}

/* A template from the bucket, avoiding repeats within a record. */
const char *pick_template(gen *g, int theme, int pol, int voice)
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
int pick_foreign(gen *g, int lang, int theme, int who)
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

/* Slots: {name} with a lower-case name is a list of alternatives.     */

slot slots[] = {
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

int slot_cmp(const void *a, const void *b)
{
	return strcmp(((const slot *)a)->name, ((const slot *)b)->name);
}

const slot *find_slot(const char *name, size_t n)
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

const size_t n_slots = NSLOTS;
