/*
 * gen.h - what the files of gen-corpus share: the world's enums, the
 * person, the generator state and the buffers of a record, and each
 * file's functions and tables used by the others (grouped by file below).
 */
#ifndef GEN_CORPUS_GEN_H
#define GEN_CORPUS_GEN_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "buf.h"

#define PROG "gen-corpus"
#define EXIT_USAGE 2

/* Identifiers are R + 7 digits and P + 6 digits; past R9999999 and P999999
 * (corpora over about 900 MB) they simply grow wider. */
#define MAX_RECORDS 4000000000u
#define POOL 128             /* people with records still to come */
#define NDAYS 1096           /* 2023-01-01 .. 2025-12-31 */

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef struct { uint64_t s[4]; } rng_t;

/* Vocabulary of the world: sites, sources, cohorts, themes, voices.   */
enum { NORTHBROOK, EASTHAVEN, WESTMERE, SOUTHDALE, NSITES };

enum { S_YA, S_PATH, S_HUB, S_EY, S_WORK, NSOURCES };

enum { C_CL, C_CIC, C_EH, C_EY, NCOHORTS };

enum { A_0_4, A_5_10, A_11_15, A_16_17, A_18_21, A_22_25, NAGES };

enum {
	T_SAFETY, T_HOME, T_REL, T_HEARD, T_TRUST, T_EDU, T_WORK, T_HEALTH,
	T_IDENTITY, T_INDEP, T_INFO, T_FEEL, T_EY, T_HELP, NTHEMES
};

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
#define NTEMPLATES 398

/* Sentences in other languages. */
enum { LV_ANY, LV_Y, LV_P };

typedef struct {
	unsigned char lang, theme, pol, who;
	const char *text;
} foreign;
#define NFOREIGN 75

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

/* A slot of the templates (slots.c). */
typedef struct {
	const char *name;
	const char *alts;             /* alternatives separated by | */
	void (*fn)(gen *, struct buf *);    /* or a generator */
} slot;

/* A text-speak or misspelling substitution (quirks.c). */
typedef struct { const char *from, *to; } subst;

/* The buffers of one record. */
typedef struct {
	struct buf a, b;   /* text, and scratch for transforms */
	struct buf fu;     /* follow_up */
	struct buf line;   /* one CSV line */
} bufs;

/* rng.c */
void rng_seed(rng_t *r, uint64_t seed);
uint64_t rng_next(rng_t *r);
uint32_t rng_below(rng_t *r, uint32_t n);
int rng_pm(rng_t *r, unsigned permille);
uint32_t rng_range(rng_t *r, uint32_t lo, uint32_t hi);
int rng_weighted(rng_t *r, const unsigned *w, int n);

/* world.c */
extern const char *const site_name[NSITES];
extern const char *const site_pc_area[NSITES][4];
extern const char *const source_name[NSOURCES];
extern const char *const cohort_name[NCOHORTS];
extern const char *const age_name[NAGES];
extern const unsigned age_lo[NAGES];
extern const unsigned age_hi[NAGES];
extern const char *const theme_name[NTHEMES];
extern const char *const lang_code[NLANGS];
extern const char *const lang_label[NLANGS];
extern const unsigned lang_w[NLANGS];
extern const unsigned lang_w_latin[NLANGS];

/* templates.c */
extern const tmpl templates[];

/* foreign.c */
extern const foreign foreign_sentences[];

/* details.c */
extern const char *const fem_names[];
extern const char *const masc_names[];
extern const char *const family_names[];
extern const char *const month_name[12];
extern const char *const month_abbr[12];
void person_rng(rng_t *r, const person *p, unsigned kind);
const char *pick(rng_t *r, const char *const *list, size_t n);
const char *any_given(rng_t *r);
void put_ordinal(struct buf *o, unsigned d);
void day_to_ymd(unsigned day, unsigned *y, unsigned *m, unsigned *d);
void put_phone(struct buf *o, rng_t *digits, rng_t *style);
void put_nhs(struct buf *o, rng_t *digits, rng_t *style);
void put_nino(struct buf *o, rng_t *digits, rng_t *style);
void put_postcode(struct buf *o, int site, rng_t *digits, rng_t *style);
void put_address(struct buf *o, int site, rng_t *d);
void put_email(struct buf *o, const char *given, const char *family, rng_t *d, rng_t *style);
void person_dob(const person *p, unsigned *y, unsigned *m, unsigned *d);
extern const size_t n_family_names;
extern const size_t n_fem_names;
extern const size_t n_masc_names;

/* slots.c */
extern const size_t n_slots;
void f_emo_pos(gen *g, struct buf *o);
void f_emo_neg(gen *g, struct buf *o);
void f_emo_misc(gen *g, struct buf *o);
extern uint16_t tidx[NTEMPLATES];
extern uint16_t bstart[NTHEMES][2][NVOICES], bcount[NTHEMES][2][NVOICES];
unsigned bucket_fresh(const gen *g, int theme, int pol, int voice);
const char *pick_template(gen *g, int theme, int pol, int voice);
int pick_foreign(gen *g, int lang, int theme, int who);
extern slot slots[];
int slot_cmp(const void *a, const void *b);
const slot *find_slot(const char *name, size_t n);

/* expand.c */
void sb_putu(struct buf *s, unsigned v, int width);
void sb_capitalise(struct buf *s, size_t start);
void expand_alts(gen *g, struct buf *o, const char *s, size_t n);
void slot_expand_name(gen *g, struct buf *o, const char *name);
void expand(gen *g, struct buf *o, const char *s, size_t n);
int init_tables(void);

/* text.c */
extern const unsigned bad_pm[NCOHORTS][NTHEMES];
int pick_theme(gen *g, int voice);
int pick_pol(gen *g, int theme, int voice);
unsigned theme_fresh(const gen *g, int theme, int pol, int voice);
void count_mention(person *p, int theme, int pol);
void emit_sentence(gen *g, struct buf *o, int voice, int theme, int pol);
void end_sentence(gen *g, struct buf *o, int voice, int last);
unsigned n_sentences(gen *g, int voice);
void emit_pii(gen *g, struct buf *o, int voice);
void emit_long(gen *g, struct buf *o, int voice);

/* quirks.c */
extern const subst textspeak[];
extern const subst misspell[];
void apply_subst(gen *g, const struct buf *in, struct buf *out, const subst *tab, size_t ntab, unsigned pm);
void lowercase_all(struct buf *s);
void apply_curly(gen *g, const struct buf *in, struct buf *out);
void apply_mojibake(gen *g, const struct buf *in, struct buf *out);
void drop_space_after_stop(struct buf *s);
void double_a_space(gen *g, struct buf *s);
void to_crlf(const struct buf *in, struct buf *out);
extern const size_t n_misspell;
extern const size_t n_textspeak;

/* records.c */
void swap_bufs(struct buf *a, struct buf *b);
void new_person(gen *g, person *p);
int pick_source(gen *g, const person *p);
int compose(gen *g, bufs *B, int source);

/* output.c */
void write_record(gen *g, bufs *B, uint32_t rid, int source, int lang);
void write_outcome(FILE *f, const person *p);

#endif
