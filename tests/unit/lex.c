/*
 * lex.c - unit tests for lib/lex*.c (loading, codes, levels, polarity,
 * lint findings) and lib/match.c (exact, glob, phrase, negation, hedge,
 * proximity, longest match, overlap policy) on small inline lexicons.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <sys/stat.h>
#include <unistd.h>

#include "emoji-cat.h"
#include "lex.h"
#include "match.h"
#include "tok.h"

static struct tok *tk;
static int strict = 1;  /* as `hark lexicon check` loads */

static void
load(struct lex *lx, const char *text)
{
	lex_init(lx);
	lx->strict = strict;
	assert_int_equal(lex_load_mem(lx, "t.lex", text, strlen(text), tk), 0);
	lex_finish(lx);
}

/* The index of the first finding whose text holds s, or -1. */
static long
msg(const struct lex *lx, const char *s, int error, unsigned long line)
{
	size_t i;

	for (i = 0; i < lx->nmsgs; i++)
		if (strstr(lx->msgs[i].text, s) && lx->msgs[i].error == error &&
		    lx->msgs[i].line == line)
			return (long)i;
	return -1;
}

static const char base[] =
    "lexicon demo\n"
    "version 2\n"
    "window 3\n"
    "language en\n"
    "negator not\n"
    "negator no longer\n"
    "hedge maybe\n"
    "hedge not sure\n"
    "break but\n"
    "code safety Feeling safe\n"
    "\tdescription: whether they feel safe\n"
    "code safety/safe Feels safe\n"
    "\tdescription: says so\n"
    "\tpolarity: safety/unsafe\n"
    "\tsafe\n"
    "\tfeel secure\n"
    "code safety/unsafe\n"
    "\tdescription: the opposite\n"
    "\tfrighten*\n"
    "\tcolo?r\n"
    "code heard/ignored Ignored\n"
    "\tdescription: not listened to\n"
    "\tnot * listened\n"
    "\tignored\n"
    "code near\n"
    "\tdescription: proximity\n"
    "\tworker NEAR/1 listen*\n"
    "\tstay AFTER foster\n"
    "\tmoved NOT AFTER asked\n"
    "code long\n"
    "\tdescription: longest match\n"
    "\tsocial\n"
    "\tsocial worker\n"
    "\tsocial worker team\n"
    "code word\n"
    "\tdescription: overlaps long\n"
    "\tworker\n";

static void
test_load(void **state)
{
	struct lex lx;
	int s, u, h;

	load(&lx, base);
	assert_int_equal(lx.nerrors, 0);
	assert_string_equal(lx.names[0], "demo");
	assert_string_equal(lx.versions[0], "2");
	assert_int_equal(lx.window, 3);
	assert_int_equal(lx.nlangs, 1);
	assert_string_equal(lx.langs[0], "en");
	assert_int_equal(lex_lang(&lx, "en_GB", 5), 0);
	assert_int_equal(lex_lang(&lx, "fr", 2), -1);
	s = lex_code(&lx, "safety/safe", 11);
	u = lex_code(&lx, "safety/unsafe", 13);
	h = lex_code(&lx, "heard", 5);
	assert_true(s >= 0 && u >= 0 && h >= 0);
	assert_int_equal(lx.codes[s].level, 2);
	assert_int_equal(lx.codes[s].parent, lex_code(&lx, "safety", 6));
	assert_string_equal(lx.codes[s].label, "Feels safe");
	assert_string_equal(lx.codes[s].desc, "says so");
	assert_int_equal(lx.codes[s].polarity, u);
	assert_int_equal(lx.codes[u].polarity, -1);
	assert_string_equal(lx.codes[u].label, "");
	assert_int_equal(lx.codes[s].npats, 2);
	/* heard is made as the parent of heard/ignored, and said so. */
	assert_int_equal(lx.codes[h].implicit, 1);
	assert_true(msg(&lx, "code 'heard' is not declared", 0, 0) >= 0);
	assert_int_equal(lex_ancestor(&lx, s, 1), lex_code(&lx, "safety", 6));
	assert_int_equal(lex_ancestor(&lx, s, 5), s);
	/* Patterns in file order: context words first, then the codes'. */
	assert_int_equal(lx.pats[0].code, LEX_NEGATOR);
	assert_int_equal(lx.pats[3].code, LEX_HEDGE);
	assert_int_equal(lx.pats[3].ne, 2);
	assert_int_equal(lx.pats[5].code, s);
	assert_int_equal(lx.pats[6].kind, LEX_TOKENS);
	assert_int_equal(lx.pats[6].ne, 2);
	assert_true(lex_valid_name("a/b_c.d-1", 9));
	assert_false(lex_valid_name("a//b", 4));
	assert_false(lex_valid_name("/a", 2));
	assert_false(lex_valid_name("a b", 3));
	assert_false(lex_valid_name("", 0));
	lex_free(&lx);
}

static void
test_fold(void **state)
{
	static const char text[] = "language en\nnegator not\n"
	    "code a\n\tdescription: d\n\tDon\xe2\x80\x99t\n\tself-harm\n"
	    "\tSTEM:x\n\tstem:Listening\n";
	struct lex lx;
	size_t i;
	int seen = 0;

	load(&lx, text);
	for (i = 0; i < lx.npats; i++) {
		const struct lex_pat *p = &lx.pats[i];

		if (p->code != 0)
			continue;
		if (strcmp(p->src, "Don\xe2\x80\x99t") == 0) {
			assert_int_equal(p->ne, 1);
			assert_string_equal(lx.elems[p->e0].s, "don't");
			seen |= 1;
		} else if (strcmp(p->src, "self-harm") == 0) {
			assert_int_equal(p->ne, 2);
			assert_string_equal(lx.elems[p->e0].s, "self");
			assert_string_equal(lx.elems[p->e0 + 1].s, "harm");
			seen |= 2;
		} else if (strcmp(p->src, "stem:Listening") == 0) {
			assert_int_equal(lx.elems[p->e0].kind, LEX_STEM);
			assert_string_equal(lx.elems[p->e0].s, "listening");
			seen |= 4;
		}
	}
	assert_int_equal(seen, 7);
	assert_int_equal(lx.nstem, 1);
	lex_free(&lx);
}

static void
test_lint(void **state)
{
	static const char text[] =
	    "code a\n"                  /* 1: no description */
	    "\tsafe\n"                  /* 2 */
	    "\tsafe\n"                  /* 3: duplicate */
	    "\t/bad(/\n"                /* 4: bad regex */
	    "\tfair-*\n"                /* 5: can never match */
	    "\t* x\n"                   /* 6: lone * first */
	    "\tx NEAR/y z\n"            /* 7: bad NEAR */
	    "code b\n"                  /* 8 */
	    "\tdescription: d\n"        /* 9 */
	    "\tpolarity: nowhere\n"     /* 10: unknown code */
	    "\tSafe\n"                  /* 11: under two codes */
	    "frobnicate\n"              /* 12: unknown line */
	    "code bad!\n"               /* 13: bad name */
	    "\tstray\n"                 /* 14: after a bad code line */
	    "code b\n"                  /* 15: twice */
	    "negator no\n";             /* 16: before language */
	struct lex lx;

	load(&lx, text);
	assert_true(msg(&lx, "has no description", 0, 1) >= 0);
	assert_true(msg(&lx, "duplicate pattern 'safe' (also at line 2)", 0,
	    3) >= 0);
	assert_true(msg(&lx, "bad pattern '/bad(/'", 1, 4) >= 0);
	assert_true(msg(&lx, "'fair-*' can never match", 1, 5) >= 0);
	assert_true(msg(&lx, "starts or ends with a lone '*'", 1, 6) >= 0);
	assert_true(msg(&lx, "bad NEAR/n", 1, 7) >= 0);
	assert_true(msg(&lx, "polarity names unknown code 'nowhere'", 1, 10)
	    >= 0);
	assert_true(msg(&lx, "under two codes", 0, 11) >= 0);
	assert_true(msg(&lx, "unknown line 'frobnicate'", 1, 12) >= 0);
	assert_true(msg(&lx, "bad code name 'bad!'", 1, 13) >= 0);
	assert_true(msg(&lx, "before any 'code' line", 1, 14) >= 0);
	assert_true(msg(&lx, "declared twice (first at line 8)", 1, 15) >= 0);
	assert_true(msg(&lx, "before any 'language' line", 1, 16) >= 0);
	assert_int_equal(lx.nerrors, 10);
	/* Failed patterns are inert, and not counted for their code. */
	assert_int_equal(lx.codes[0].npats, 2);
	lex_free(&lx);

	load(&lx, "code a\n\tdescription: d\n\tok\n\xff\n");
	assert_true(msg(&lx, "not valid UTF-8", 1, 4) >= 0);
	assert_int_equal(lx.nerrors, 1);
	lex_free(&lx);
}

/* Without strict (as `hark tag` loads), a pattern that can never match
 * is a loud warning and is left out; the others still load. */
static void
test_never_match(void **state)
{
	static const char text[] =
	    "code a\n\tdescription: d\n"
	    "\tfair-*\n"                /* 3: split by tokenise */
	    "\tfair\n"
	    "\t--\n";                   /* 5: no token at all */
	struct lex lx;
	long k;

	strict = 0;
	load(&lx, text);
	strict = 1;
	k = msg(&lx, "'fair-*' can never match", 0, 3);
	assert_true(k >= 0);
	assert_true(lx.msgs[k].loud);
	k = msg(&lx, "'--' can never match", 0, 5);
	assert_true(k >= 0);
	assert_true(lx.msgs[k].loud);
	assert_int_equal(lx.nerrors, 0);
	assert_int_equal(lx.codes[0].npats, 1);
	lex_free(&lx);

	load(&lx, text);
	assert_true(msg(&lx, "'fair-*' can never match", 1, 3) >= 0);
	assert_true(msg(&lx, "'--' can never match", 1, 5) >= 0);
	assert_int_equal(lx.nerrors, 2);
	assert_false(lx.msgs[0].loud);
	lex_free(&lx);
}

/* Every line end reads the same; lines are counted at each. */
static void
test_line_ends(void **state)
{
	static const char *texts[] = {
		"code a\n\tdescription: d\n\tsafe\nbad\n",
		"code a\r\n\tdescription: d\r\n\tsafe\r\nbad\r\n",
		"\xEF\xBB\xBF" "code a\r\tdescription: d\r\tsafe\rbad",
	};
	const char *s;
	size_t i, pos, len;
	struct lex lx;

	for (i = 0; i < 3; i++) {
		load(&lx, texts[i]);
		assert_int_equal(lx.ncodes, 1);
		assert_string_equal(lx.codes[0].desc, "d");
		assert_int_equal(lx.codes[0].npats, 1);
		assert_string_equal(lx.pats[0].src, "safe");
		assert_true(msg(&lx, "unknown line 'bad'", 1, 4) >= 0);
		assert_int_equal(lx.nerrors, 1);
		lex_free(&lx);
	}
	/* An empty line between two line ends; CR LF is one end, LF CR
	 * two. */
	{
		static const char text[] = "a\r\rb\n\rc", *want[] = {
		    "a", "", "b", "", "c" };
		size_t n = sizeof text - 1;

		pos = 0;
		for (i = 0; i < 5; i++) {
			assert_true(lex_next_line(text, n, &pos, &s, &len));
			assert_int_equal(len, strlen(want[i]));
			assert_memory_equal(s, want[i], len);
		}
		assert_false(lex_next_line(text, n, &pos, &s, &len));
	}
}

/* A glob that tokenise splits, as the phrase of its parts. */
static void
test_split_glob(void **state)
{
	static const struct { const char *in, *out; } cases[] = {
		{ "fair-*", "fair ?*" },
		{ "*-minded", "?* minded" },
		{ "self-harm*", "self harm*" },
		{ "b/c?", "b c?" },
		{ "safe*", NULL },          /* one token: left alone */
		{ "*-", NULL },             /* one part: left alone */
	};
	struct buf b = BUF_INIT;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		buf_reset(&b);
		assert_int_equal(lex_split_glob(tk, cases[i].in,
		    strlen(cases[i].in), &b), cases[i].out != NULL);
		if (cases[i].out) {
			buf_addc(&b, '\0');
			assert_string_equal(b.s, cases[i].out);
		} else
			assert_int_equal(b.len, 0);
	}
	buf_free(&b);
}

/* Tokens of an ASCII sentence: words split at spaces; `.` and `,` are
 * punctuation (a `.` ends a sentence for the matcher). */
struct rec {
	char text[256];
	struct str toks[64];
	size_t start[64], end[64], n;
};

static void
mkrec(struct rec *r, const char *s)
{
	size_t i = 0, len = strlen(s);

	assert_true(len < sizeof r->text);
	memcpy(r->text, s, len + 1);
	r->n = 0;
	while (i < len) {
		size_t b;

		while (i < len && strchr(" .,", s[i]))
			i++;
		if (i == len)
			break;
		for (b = i; i < len && !strchr(" .,", s[i]); i++)
			;
		r->toks[r->n].p = r->text + b;
		r->toks[r->n].n = i - b;
		r->start[r->n] = b;
		r->end[r->n] = i;
		r->n++;
	}
}

/* Run m over s; the tags as "code@first-last[!][?]" joined by spaces. */
static const char *
run(struct match *m, const struct lex *lx, const char *s)
{
	static char out[1024];
	struct rec r;
	struct match_rec in;
	const struct match_tag *t;
	size_t n, i, o = 0;

	mkrec(&r, s);
	memset(&in, 0, sizeof in);
	in.toks = r.toks;
	in.ntok = r.n;
	in.text = r.text;
	in.ntext = strlen(r.text);
	in.start = r.start;
	in.end = r.end;
	in.lang = -1;
	n = match_run(m, &in, &t);
	out[0] = '\0';
	for (i = 0; i < n; i++)
		o += (size_t)snprintf(out + o, sizeof out - o, "%s%s@%zu-%zu%s%s",
		    i ? " " : "", lx->codes[t[i].code].name, t[i].first,
		    t[i].last, t[i].negated ? "!" : "", t[i].uncertain ? "?" :
		    "");
	return out;
}

static void
test_match(void **state)
{
	struct lex lx;
	struct match *m;
	char err[256];

	load(&lx, base);
	m = match_new(&lx, MATCH_SCOPE_CODE, -1, err, sizeof err);
	assert_non_null(m);
	assert_false(match_needs_stems(m));
	/* Exact, phrase, glob with * and ?. */
	assert_string_equal(run(m, &lx, "i feel safe"), "safety/safe@2-2");
	assert_string_equal(run(m, &lx, "i feel secure"), "safety/safe@1-2");
	assert_string_equal(run(m, &lx, "frightened of the colour color"),
	    "safety/unsafe@0-0 safety/unsafe@3-3");
	assert_string_equal(run(m, &lx, "safer colouur"), "");
	/* A lone * is one token, exactly. */
	assert_string_equal(run(m, &lx, "not really listened"),
	    "heard/ignored@0-2");
	assert_string_equal(run(m, &lx, "not listened"), "");
	/* Negation: within the window (3) before, same sentence, no break. */
	assert_string_equal(run(m, &lx, "i do not feel safe"),
	    "safety/safe@4-4!");
	assert_string_equal(run(m, &lx, "not that i ever felt safe"),
	    "safety/safe@5-5");
	assert_string_equal(run(m, &lx, "not sad but safe"), "safety/safe@3-3");
	assert_string_equal(run(m, &lx, "not me. safe now"), "safety/safe@2-2");
	assert_string_equal(run(m, &lx, "no longer safe"), "safety/safe@2-2!");
	/* A hedge marks before or after; `not sure` hedges, not negates. */
	assert_string_equal(run(m, &lx, "maybe safe"), "safety/safe@1-1?");
	assert_string_equal(run(m, &lx, "safe maybe"), "safety/safe@0-0?");
	assert_string_equal(run(m, &lx, "not sure safe"), "safety/safe@2-2?");
	/* Proximity. */
	assert_string_equal(run(m, &lx, "worker never listens"),
	    "word@0-0 near@0-2");
	assert_string_equal(run(m, &lx, "worker did never listen"),
	    "word@0-0");
	assert_string_equal(run(m, &lx, "in foster care i stay"), "near@4-4");
	assert_string_equal(run(m, &lx, "i stay in foster care"), "");
	assert_string_equal(run(m, &lx, "i moved"), "near@1-1");
	assert_string_equal(run(m, &lx, "asked then moved"), "");
	assert_string_equal(run(m, &lx, "asked. then moved"), "near@2-2");
	/* Longest match within one code; other codes still count. */
	assert_string_equal(run(m, &lx, "the social worker team"),
	    "long@1-3 word@2-2");
	assert_string_equal(run(m, &lx, "social worker"), "long@0-1 word@1-1");
	assert_string_equal(run(m, &lx, "social"), "long@0-0");
	match_free(m);

	/* Across the lexicon the longest match wins alone. */
	m = match_new(&lx, MATCH_SCOPE_LEXICON, -1, err, sizeof err);
	assert_non_null(m);
	assert_string_equal(run(m, &lx, "the social worker team"), "long@1-3");
	match_free(m);

	/* A window given to match_new() replaces the lexicon's. */
	m = match_new(&lx, MATCH_SCOPE_CODE, 5, err, sizeof err);
	assert_non_null(m);
	assert_string_equal(run(m, &lx, "not that i ever felt safe"),
	    "safety/safe@5-5!");
	match_free(m);
	lex_free(&lx);
}

static void
test_glob(void **state)
{
	assert_true(match_glob("frighten*", 9, "frightened", 10));
	assert_true(match_glob("frighten*", 9, "frighten", 8));
	assert_false(match_glob("frighten*", 9, "fright", 6));
	assert_true(match_glob("colo?r", 6, "colour", 6));
	assert_false(match_glob("colo?r", 6, "color", 5));
	/* ? is one UTF-8 character, not one byte. */
	assert_true(match_glob("caf?", 4, "caf\xc3\xa9", 5));
	assert_true(match_glob("*ness", 5, "sadness", 7));
	assert_true(match_glob("a*b*c", 5, "axxbyyc", 7));
	assert_false(match_glob("a*b*c", 5, "axxbyy", 6));
}

static void
test_regex(void **state)
{
	static const char text[] = "code r\n\tdescription: d\n"
	    "\t/\\bno\\s+say\\b/\n";
	struct lex lx;
	struct match *m;
	char err[256];

	load(&lx, text);
	assert_int_equal(lx.nregex, 1);
	m = match_new(&lx, MATCH_SCOPE_CODE, -1, err, sizeof err);
	assert_non_null(m);
	assert_true(match_needs_text(m));
	assert_string_equal(run(m, &lx, "i had NO  say at all"), "r@2-3");
	assert_string_equal(run(m, &lx, "no sayings"), "");
	match_free(m);
	lex_free(&lx);
}

static void
test_emoji_cat(void **state)
{
	int h = emoji_cat_find("hearts", 6), c = emoji_cat_find("crying", 6);
	int l = emoji_cat_find("laughing", 8), f = emoji_cat_find("family", 6);
	int g = emoji_cat_find("flags", 5);

	assert_true(h >= 0 && c >= 0 && l >= 0 && f >= 0 && g >= 0);
	assert_int_equal(emoji_cat_find("nope", 4), -1);
#define IN(name, k) (emoji_cat_of(name, strlen(name)) >> (k) & 1)
	assert_true(IN(":heavy_black_heart:", h));
	assert_true(IN(":broken_heart:", h));
	assert_true(IN(":smiling_face_with_heart-shaped_eyes:", h));
	assert_true(IN(":loudly_crying_face:", c));
	assert_false(IN(":face_with_tears_of_joy:", c));
	assert_true(IN(":face_with_tears_of_joy:", l));
	assert_true(IN(":man_woman_girl:", f));
	assert_false(IN(":man:", f));
	assert_true(IN(":flag_gb:", g));
	assert_true(IN(":flag_gbeng:", g));
	assert_int_equal(emoji_cat_of("heart", 5), 0);
	/* faces of a feeling named by another word than the category's */
	assert_true(IN(":face_with_rolling_eyes:", emoji_cat_find("angry", 5)));
	assert_true(IN(":unamused_face:", emoji_cat_find("angry", 5)));
	assert_true(IN(":face_with_look_of_triumph:",
	    emoji_cat_find("angry", 5)));
	assert_true(IN(":worried_face:", emoji_cat_find("sad", 3)));
	assert_true(IN(":yawning_face:", emoji_cat_find("sad", 3)));
	assert_false(IN(":neutral_face:", emoji_cat_find("sad", 3)));
#undef IN
}

static void
test_codebook(void **state)
{
	static const char text[] = "language en\nnegator not\n"
	    "pseudo no doubt\npostneg not really\n"
	    "code a\n\tdescription: d\n\tinclusion: i\n\texclusion: e\n"
	    "\texample: x\n\tborderline: b\n\tnegated: drop\n"
	    "\texcept: safe to say\n\tsafe\n\t=cared\n"
	    "\tlisten NEAR/2 (nobody|never)\n";
	struct lex lx;
	struct match *m;
	struct buf b = BUF_INIT;
	char err[256];

	load(&lx, text);
	assert_int_equal(lx.nerrors, 0);
	assert_string_equal(lx.codes[0].cb.incl, "i");
	assert_int_equal(lx.codes[0].cb.negmode, LEX_NEG_DROP);
	assert_int_equal(lex_negmode(&lx, 0), LEX_NEG_DROP);
	assert_int_equal(lx.codes[0].cb.nexcept, 1);
	m = match_new(&lx, MATCH_SCOPE_CODE, -1, err, sizeof err);
	assert_non_null(m);
	assert_string_equal(run(m, &lx, "we were safely home"), "a@2-2");
	assert_string_equal(run(m, &lx, "safe to say"), "");
	assert_string_equal(run(m, &lx, "they cared"), "a@1-1");
	assert_string_equal(run(m, &lx, "they care"), "");
	assert_string_equal(run(m, &lx, "never once listened"), "a@0-2");
	assert_string_equal(run(m, &lx, "not not safe"), "a@2-2");
	assert_string_equal(run(m, &lx, "no doubt safe"), "a@2-2");
	assert_string_equal(run(m, &lx, "safe not really"), "a@0-0!");
	match_free(m);
	/* the canonical layout keeps the codebook fields */
	lex_write_native(&lx, &b);
	assert_non_null(strstr(b.s, "\tinclusion: i\n\texclusion: e\n"
	    "\texample: x\n\tborderline: b\n\tnegated: drop\n"
	    "\texcept: safe to say\n"));
	assert_non_null(strstr(b.s, "pseudo no doubt\npostneg not really"));
	buf_free(&b);
	lex_free(&lx);
}

static int
setup(void **state)
{
	char err[256];

	tk = tok_new(NULL, NULL, 0, err, sizeof err);
	return tk == NULL;
}

static int
teardown(void **state)
{
	tok_free(tk);
	return 0;
}

/* lex_find(): a path as given, NAME, NAME.lex and NAME/NAME.lex in the
 * folders of HARK_LEXICONS in order, and a message naming them all when
 * the name is nowhere. */
static void
mkfile(const char *path)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs("code x\n\tx\n", f);
	fclose(f);
}

static void
test_find(void **state)
{
	char dir[] = "/tmp/hark-lexfind-XXXXXX", p[256], env[600];
	struct buf path = BUF_INIT, why = BUF_INIT;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(p, sizeof p, "%s/a", dir);
	assert_int_equal(mkdir(p, 0700), 0);
	snprintf(p, sizeof p, "%s/b", dir);
	assert_int_equal(mkdir(p, 0700), 0);
	snprintf(p, sizeof p, "%s/b/one.lex", dir);
	mkfile(p);
	snprintf(p, sizeof p, "%s/a/one.lex", dir);
	mkfile(p);
	snprintf(p, sizeof p, "%s/b/two", dir);
	assert_int_equal(mkdir(p, 0700), 0);
	snprintf(p, sizeof p, "%s/b/two/two.lex", dir);
	mkfile(p);
	snprintf(env, sizeof env, "%s/none:%s/a:%s/b", dir, dir, dir);
	setenv("HARK_LEXICONS", env, 1);

	/* the first folder that has it */
	assert_int_equal(lex_find("one", &path, &why), 0);
	snprintf(p, sizeof p, "%s/a/one.lex", dir);
	assert_string_equal(path.s, p);
	assert_int_equal(lex_find("one.lex", &path, &why), 0);
	assert_string_equal(path.s, p);
	/* NAME/NAME.lex */
	assert_int_equal(lex_find("two", &path, &why), 0);
	snprintf(p, sizeof p, "%s/b/two/two.lex", dir);
	assert_string_equal(path.s, p);
	/* a folder given as a path: FOLDER/FOLDER.lex */
	snprintf(p, sizeof p, "%s/b/two", dir);
	assert_int_equal(lex_find(p, &path, &why), 0);
	snprintf(p, sizeof p, "%s/b/two/two.lex", dir);
	assert_string_equal(path.s, p);
	/* a name with '/' is a path, even when it does not exist */
	assert_int_equal(lex_find("no/such.lex", &path, &why), 0);
	assert_string_equal(path.s, "no/such.lex");
	/* nowhere: every folder named */
	assert_int_equal(lex_find("three", &path, &why), -1);
	assert_non_null(strstr(why.s, "lexicon 'three' not found"));
	snprintf(p, sizeof p, "%s/none, %s/a, %s/b, ", dir, dir, dir);
	assert_non_null(strstr(why.s, p));
	assert_non_null(strstr(why.s, "/share/hark/lexicons"));
	unsetenv("HARK_LEXICONS");
	assert_int_equal(lex_find("three", &path, &why), -1);
	assert_non_null(strstr(why.s, "$HARK_LEXICONS (not set)"));

	snprintf(p, sizeof p, "%s/b/two/two.lex", dir);
	unlink(p);
	snprintf(p, sizeof p, "%s/b/two", dir);
	rmdir(p);
	snprintf(p, sizeof p, "%s/b/one.lex", dir);
	unlink(p);
	snprintf(p, sizeof p, "%s/a/one.lex", dir);
	unlink(p);
	snprintf(p, sizeof p, "%s/a", dir);
	rmdir(p);
	snprintf(p, sizeof p, "%s/b", dir);
	rmdir(p);
	rmdir(dir);
	buf_free(&path);
	buf_free(&why);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_load),
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_lint),
		cmocka_unit_test(test_never_match),
		cmocka_unit_test(test_line_ends),
		cmocka_unit_test(test_split_glob),
		cmocka_unit_test(test_match),
		cmocka_unit_test(test_glob),
		cmocka_unit_test(test_regex),
		cmocka_unit_test(test_emoji_cat),
		cmocka_unit_test(test_codebook),
		cmocka_unit_test(test_find),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
