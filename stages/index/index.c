/*
 * index.c - load a record stream into the embedded store (docs/store.md):
 * every column into `records`, the text into the FTS5 index (hark's own
 * tokenizer, lib/ftstok.c), `tags` with token and byte spans, `themes`,
 * the codebooks of the lexicons named in `tagged_with`, optional outcomes,
 * and a `runs` row with the provenance.  Reads `id`, `text`, and when
 * present `tokens`, `spans`, `tags`, `themes`, `themes_negated`, `lang`,
 * `redactions` and the `*_with` settings; writes no stream.  Records go in
 * batched transactions in WAL mode, so a killed load leaves whole batches.
 */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>
#include <sqlite3.h>
#include <unicode/ubrk.h>

#include "err.h"
#include "ftstok.h"
#include "index.h"
#include "lists.h"
#include "opt.h"
#include "rec.h"
#include "settings.h"
#include "store.h"
#include "tok.h"
#include "tokcols.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-index [-hq] --db FILE [--replace] "
	    "[--allow-unredacted] [--stem LANG] [--batch N] "
	    "[--outcomes FILE --key COL] [FILE...]\n");
}

static const char help[] =
	"  --db FILE               the store (required)\n"
	"  --replace               replace records whose id is already stored\n"
	"  --allow-unredacted      load a stream without the redaction marker\n"
	"  --stem LANG             index Snowball stems of LANG\n"
	"  --batch N               records per transaction\n"
	"  --outcomes FILE         load the outcome table FILE (with --key)\n"
	"  --key COL               the outcome table's key column\n"
	OPT_HELP_COMMON;

/* Die with SQLite's message for db. */
void
ix_die(struct ix *x, const char *what)
{
	die(HARK_ETROUBLE, "%s: %s: %s", x->path, what,
	    sqlite3_errmsg(x->db));
}

void
ix_exec(struct ix *x, const char *sql)
{
	char *emsg = NULL;

	if (sqlite3_exec(x->db, sql, NULL, NULL, &emsg) != SQLITE_OK)
		die(HARK_ETROUBLE, "%s: %s", x->path, emsg ? emsg :
		    sqlite3_errmsg(x->db));
}

sqlite3_stmt *
ix_prep(struct ix *x, const char *sql)
{
	sqlite3_stmt *st;

	if (sqlite3_prepare_v3(x->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
	    &st, NULL) != SQLITE_OK)
		ix_die(x, "cannot prepare a statement");
	return st;
}

/* Step a statement that returns no rows, then reset it: the SQLite result
 * code. */
static int
run_stmt(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	return rc;
}

static void
now(char *out, size_t n)
{
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* 1 when ICU cuts words in locale lang (a `lang` value, as
 * tokcols_locale() reads it) by the root locale's rules, so that the
 * tokens checked with it are those the store's tokenizer (root) makes.
 * The answer for the last value is kept. */
static int
lang_is_root(struct ix *x, struct str lang)
{
	char loc[40];
	const char *actual;
	UErrorCode st = U_ZERO_ERROR;
	UBreakIterator *bi;
	size_t i;

	if (x->lang.s && x->lang.len == lang.n &&
	    memcmp(x->lang.s, lang.p, lang.n) == 0)
		return x->lang_root;
	buf_reset(&x->lang);
	buf_add(&x->lang, lang.p, lang.n);
	x->lang_root = 0;
	for (i = 0; i < lang.n; i++) {
		char c = lang.p[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '_' || c == '-'))
			break;
	}
	if (lang.n == 0 || lang.n > 32 || i < lang.n)
		return x->lang_root = 1;  /* tokcols_locale: root */
	snprintf(loc, sizeof loc, "%.*s", (int)lang.n, lang.p);
	bi = ubrk_open(UBRK_WORD, loc, NULL, 0, &st);
	if (U_SUCCESS(st)) {
		actual = ubrk_getLocaleByType(bi, ULOC_ACTUAL_LOCALE, &st);
		x->lang_root = U_SUCCESS(st) && actual &&
		    strcmp(actual, "root") == 0 && strchr(loc, '@') == NULL &&
		    strstr(loc, "-u-") == NULL && strstr(loc, "_u_") == NULL;
	}
	ubrk_close(bi);
	return x->lang_root;
}

/* The record's tokens and spans: from the stream (checked against the
 * tokeniser) or made from text.  Returns NULL or what is wrong. */
static const char *
tokens_of(struct ix *x, struct str text, struct str lang)
{
	struct tok_out *o = &x->to;
	size_t off = 0, e, j, n = 0;
	char err[512];

	if (x->langcol >= 0 && x->per_lang)
		tokcols_locale(x->t, lang, err, sizeof err);
	x->sp.n = 0;
	do {
		e = tokcols_part_end(text, off);
		if (tok_run(x->t, text.p + off, e - off, o, err, sizeof err)
		    < 0)
			return "the tokeniser failed on this text";
		if (n + o->n + 1 > x->sp.cap) {
			x->sp.cap = xadd(xadd(n, o->n), 256);
			x->sp.start = xrealloc(x->sp.start,
			    xmul(x->sp.cap, sizeof *x->sp.start));
			x->sp.end = xrealloc(x->sp.end,
			    xmul(x->sp.cap, sizeof *x->sp.end));
		}
		for (j = 0; j < o->n; j++, n++) {
			x->sp.start[n] = off + o->t[j].start;
			x->sp.end[n] = off + o->t[j].end;
			if (x->toks.n && (n >= x->toks.n ||
			    x->toks.v[n].n != o->t[j].len ||
			    memcmp(x->toks.v[n].p, o->str.s + o->t[j].off,
			    o->t[j].len) != 0)) {
				snprintf(x->why, sizeof x->why, "'tokens' "
				    "differ from hark's tokeniser at token %zu "
				    "(with the settings in 'tokenised_with'): "
				    "run hark tokenise again", n);
				return x->why;
			}
		}
		off = e;
	} while (off < text.n);
	x->sp.n = n;
	if (x->toks.n && x->toks.n != n) {
		snprintf(x->why, sizeof x->why, "'tokens' has %zu entries but "
		    "hark's tokeniser makes %zu of 'text': run hark tokenise "
		    "again", x->toks.n, n);
		return x->why;
	}
	return NULL;
}

/* Note code and every level above it (the code up to each '/') among the
 * record's codes, each once. */
static void
add_levels(struct ix *x, struct str code)
{
	size_t k, j;

	for (k = 1; k <= code.n; k++) {
		if (k < code.n && code.p[k] != '/')
			continue;
		for (j = 0; j < x->nlv; j++)
			if (x->lv[j].n == k && memcmp(x->lv[j].p, code.p, k)
			    == 0)
				break;
		if (j < x->nlv)
			continue;
		if (x->nlv == x->caplv) {
			x->caplv = x->caplv ? xmul(x->caplv, 2) : 16;
			x->lv = xrealloc(x->lv, xmul(x->caplv, sizeof *x->lv));
		}
		x->lv[x->nlv].p = code.p;
		x->lv[x->nlv++].n = k;
	}
}

/* Delete the record with id from every table (for --replace). */
static void
delete_id(struct ix *x, struct str id)
{
	sqlite3_int64 rid;

	sqlite3_bind_text(x->find, 1, id.p, (int)id.n, SQLITE_STATIC);
	if (sqlite3_step(x->find) != SQLITE_ROW) {
		sqlite3_reset(x->find);
		return;
	}
	rid = sqlite3_column_int64(x->find, 0);
	sqlite3_bind_int64(x->ftsdel, 1, rid);
	sqlite3_bind_value(x->ftsdel, 2, sqlite3_column_value(x->find, 1));
	if (run_stmt(x->ftsdel) != SQLITE_DONE)
		ix_die(x, "cannot replace a record");
	sqlite3_reset(x->find);
	sqlite3_bind_int64(x->delcodes, 1, rid);
	sqlite3_bind_int64(x->deltags, 1, rid);
	sqlite3_bind_int64(x->delthemes, 1, rid);
	sqlite3_bind_int64(x->delrec, 1, rid);
	if (run_stmt(x->delcodes) != SQLITE_DONE ||
	    run_stmt(x->deltags) != SQLITE_DONE ||
	    run_stmt(x->delthemes) != SQLITE_DONE ||
	    run_stmt(x->delrec) != SQLITE_DONE)
		ix_die(x, "cannot replace a record");
	x->replaced++;
}

/* Load the current record; returns NULL or what is wrong with it. */
static const char *
load_record(struct ix *x, struct rec_reader *r, struct arena *a)
{
	struct str id = rec_get(r, (size_t)x->idcol, a);
	struct str text = rec_get(r, (size_t)x->textcol, a);
	struct str lang = { "", 0 }, v;
	const char *why;
	sqlite3_int64 rid;
	size_t i, k;
	int rc;

	if (x->langcol >= 0)
		lang = rec_get(r, (size_t)x->langcol, a);
	/* tokens and tags, checked before anything is written */
	x->toks.n = 0;
	x->tags.n = 0;
	if (x->tokcol >= 0) {
		if (list_split(rec_get(r, (size_t)x->tokcol, a), &x->toks))
			return "empty token in 'tokens' (two spaces together, "
			    "or one at an end)";
		if (x->spancol >= 0 && (why = list_spans(rec_get(r,
		    (size_t)x->spancol, a), x->toks.n, text, &x->sp2)))
			return why;
	}
	if (x->tagcol >= 0 && (why = list_split(rec_get(r,
	    (size_t)x->tagcol, a), &x->tags)))
		return "empty entry in 'tags'";
	if ((x->tokcol >= 0 && x->check) || x->tags.n) {
		if ((why = tokens_of(x, text, lang)))
			return why;
	}
	for (i = 0; i < x->tags.n; i++) {
		struct list_tag tg;

		if ((why = list_tag(x->tags.v[i].p, x->tags.v[i].n, x->sp.n,
		    &tg))) {
			size_t n = x->tags.v[i].n;

			snprintf(x->why, sizeof x->why, "%s 'tags' entry "
			    "'%.*s'%s", why, (int)(n > 60 ? 60 : n),
			    x->tags.v[i].p, why[0] == 'o' ?
			    " (past the last of 'tokens')" : "");
			return x->why;
		}
	}
	if (x->themecol >= 0 && (why = list_split(rec_get(r,
	    (size_t)x->themecol, a), &x->themes)))
		return "empty entry in 'themes'";
	for (i = 0; x->themecol >= 0 && i < x->themes.n; i++) {
		struct str name;
		unsigned long long cnt;

		if ((why = list_count(x->themes.v[i].p, x->themes.v[i].n,
		    &name, &cnt))) {
			size_t n = x->themes.v[i].n;

			snprintf(x->why, sizeof x->why, "'themes' entry "
			    "'%.*s': %s", (int)(n > 60 ? 60 : n),
			    x->themes.v[i].p, why);
			return x->why;
		}
	}
	if (x->replace)
		delete_id(x, id);
	/* the record */
	sqlite3_bind_int64(x->insrec, 1, x->run);
	for (i = 0, k = 2; i < r->ncols; i++) {
		if ((int)i == x->idcol)
			continue;
		v = rec_get(r, i, a);
		sqlite3_bind_text(x->insrec, (int)k++, v.p, (int)v.n,
		    SQLITE_STATIC);
	}
	sqlite3_bind_text(x->insrec, (int)k, id.p, (int)id.n, SQLITE_STATIC);
	rc = run_stmt(x->insrec);
	if (rc == SQLITE_CONSTRAINT) {
		snprintf(x->why, sizeof x->why, "id '%.*s' is already in the "
		    "store (give --replace to replace it)",
		    (int)(id.n > 64 ? 64 : id.n), id.p);
		return x->why;
	}
	if (rc != SQLITE_DONE)
		ix_die(x, "cannot insert a record");
	rid = sqlite3_last_insert_rowid(x->db);
	sqlite3_bind_int64(x->insfts, 1, rid);
	sqlite3_bind_text(x->insfts, 2, text.p, (int)text.n, SQLITE_STATIC);
	/* tokens checked against the tokeniser: the index takes them as they
	 * are rather than cutting the text again */
	if (x->check && x->toks.n && x->sp.n == x->toks.n && (x->langcol < 0 ||
	    !x->per_lang || lang_is_root(x, lang)))
		ftstok_give(text.p, text.n, x->toks.v, x->sp.start, x->sp.end,
		    x->toks.n);
	rc = run_stmt(x->insfts);
	ftstok_give(NULL, 0, NULL, NULL, NULL, 0);
	if (rc != SQLITE_DONE)
		ix_die(x, "cannot index a text");
	x->nlv = 0;
	for (i = 0; i < x->tags.n; i++) {
		struct list_tag tg;

		sqlite3_int64 num[4];

		list_tag(x->tags.v[i].p, x->tags.v[i].n, x->sp.n, &tg);
		num[0] = (sqlite3_int64)tg.first;
		num[1] = (sqlite3_int64)tg.last;
		num[2] = (sqlite3_int64)x->sp.start[tg.first];
		num[3] = (sqlite3_int64)x->sp.end[tg.last];
		ix_row_tag(x, rid, tg.code, num, tg.negated, tg.uncertain);
		add_levels(x, tg.code);
	}
	for (i = 0; i < x->nlv; i++)
		ix_row_code(x, rid, x->lv[i]);
	if (x->themecol >= 0)
		ix_themes(x, r, a, rid);
	/* a later record of the same id deletes this one's rows by rid:
	 * they must be in the tables by then */
	if (x->replace)
		ix_rows_flush(x);
	return NULL;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "db", required_argument, NULL, 'd' },
		{ "replace", no_argument, NULL, 'r' },
		{ "allow-unredacted", no_argument, NULL, 'u' },
		{ "stem", required_argument, NULL, 's' },
		{ "batch", required_argument, NULL, 'b' },
		{ "outcomes", required_argument, NULL, 'o' },
		{ "key", required_argument, NULL, 'k' },
		{ NULL, 0, NULL, 0 }
	};
	struct ix x;
	struct rec_reader r;
	struct arena a;
	crypto_generichash_state sha;
	unsigned char digest[crypto_generichash_BYTES];
	char ts[32], fp[SETTINGS_FP_LEN + 1];
	unsigned long batch = 10000, inbatch = 0;
	int c, status = HARK_OK, have, i;

	memset(&x, 0, sizeof x);
	x.idcol = x.textcol = -1;
	x.check = 1;
	err_init("index");
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hqd:rus:b:o:k:", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'h':
			opt_help(usage, help);
		case 'q':
			err_quiet = 1;
			break;
		case 'd':
			x.path = optarg;
			break;
		case 'r':
			x.replace = 1;
			break;
		case 'u':
			x.allow_unredacted = 1;
			break;
		case 's':
			x.stem = optarg;
			break;
		case 'b':
			batch = opt_uint("--batch", optarg, 1, 10000000, usage);
			break;
		case 'o':
			x.outcomes = optarg;
			break;
		case 'k':
			x.key = optarg;
			break;
		default:
			opt_fail(c, argv, usage);
		}
	}
	if (x.path == NULL) {
		err_msg("no store given (--db FILE)");
		usage(stderr);
		return HARK_ETROUBLE;
	}
	if ((x.outcomes == NULL) != (x.key == NULL)) {
		err_msg("--outcomes and --key go together");
		usage(stderr);
		return HARK_ETROUBLE;
	}
	if (sodium_init() < 0)
		die(HARK_ETROUBLE, "cannot start libsodium");
	rec_open_or_exit(&r, argv + optind, (size_t)(argc - optind),
	    REC_NEED_ID);
	x.idcol = rec_col(&r, "id");
	x.textcol = rec_need_col(&r, "text", "nothing to index");
	x.tokcol = rec_col(&r, "tokens");
	x.spancol = rec_col(&r, "spans");
	x.tagcol = rec_col(&r, "tags");
	x.themecol = rec_col(&r, "themes");
	x.negcol = rec_col(&r, "themes_negated");
	x.langcol = rec_col(&r, "lang");
	x.redacted = rec_col(&r, "redactions") >= 0;
	for (i = 0; i < (int)r.ncols; i++)
		if (r.cols[i][0] == '_')
			die_at(HARK_ETROUBLE, r.name, 1, "column '%s': names "
			    "that start with '_' are the store's own", r.cols[i]);
	if (r.ncols > 1900)
		die_at(HARK_ETROUBLE, r.name, 1, "%zu columns: the store holds "
		    "at most 1900 (SQLite's limit)", r.ncols);
	if (!x.redacted && !x.allow_unredacted)
		die_at(HARK_ETROUBLE, r.name, 1, "the stream has not been "
		    "redacted (no 'redactions' column): run hark redact "
		    "first, or give --allow-unredacted");
	arena_init(&a, 0);
	crypto_generichash_init(&sha, NULL, 0, sizeof digest);
	have = rec_next(&r, &status);
	ix_settings(&x, &r, &a, have);
	x.empty = !have;
	ix_open(&x, &r, argc, argv);
	for (; have; have = rec_next(&r, &status)) {
		const char *why;

		if (inbatch == 0)
			ix_exec(&x, "BEGIN");
		crypto_generichash_update(&sha, (const unsigned char *)r.raw.p,
		    r.raw.n);
		crypto_generichash_update(&sha, (const unsigned char *)"\n", 1);
		why = load_record(&x, &r, &a);
		if (why) {
			err_at(r.name, r.line, "%s", why);
			status = HARK_EDATA;
			x.rejected++;
		} else {
			x.loaded++;
		}
		arena_reset(&a);
		if (++inbatch == batch) {
			ix_rows_flush(&x);
			ix_exec(&x, "COMMIT");
			inbatch = 0;
		}
	}
	if (inbatch) {
		ix_rows_flush(&x);
		ix_exec(&x, "COMMIT");
	}
	ix_prune_lexicons(&x);
	ix_indexes(&x);
	if (x.outcomes)
		ix_outcomes(&x);
	crypto_generichash_final(&sha, digest, sizeof digest);
	for (i = 0; i < SETTINGS_FP_LEN / 2; i++)
		snprintf(fp + 2 * i, 3, "%02x", digest[i]);
	now(ts, sizeof ts);
	ix_finish(&x, ts, fp, status == HARK_ETROUBLE);
	rec_close(&r);
	arena_free(&a);
	ix_free(&x);
	return status;
}
