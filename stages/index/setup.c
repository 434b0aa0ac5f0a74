/*
 * setup.c - hark-index's store: the settings the stream carries, the
 * tables and statements, the codebooks, the outcomes and the runs row.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "csv.h"
#include "err.h"
#include "hash.h"
#include "index.h"
#include "input.h"
#include "lex.h"
#include "settings.h"
#include "store.h"
#include "banned.h"

/* The settings of the first record: the variant map the tokens (and the
 * tags' token indices) were made with, the lexicons, the redaction. */
void
ix_settings(struct ix *x, struct rec_reader *r, struct arena *a, int have)
{
	int tw = rec_col(r, "tokenised_with"), gw = rec_col(r, "tagged_with");
	int rw = rec_col(r, "redacted_with");
	char fp[SETTINGS_FP_LEN + 1], now[SETTINGS_FP_LEN + 1], err[512];
	struct str v, loc;

	buf_init(&x->variants);
	buf_init(&x->vfp);
	buf_init(&x->tokd);
	buf_init(&x->tagged);
	buf_init(&x->redacted_with);
	buf_init(&x->lexicons);
	buf_adds(&x->vfp, "none");
	if (!have)
		return;
	if (tw >= 0) {
		struct str w = rec_get(r, (size_t)tw, a);

		buf_add(&x->tokd, w.p, w.n);
		if (settings_get(w, "locale", &loc) && loc.n == 4 &&
		    memcmp(loc.p, "lang", 4) == 0)
			x->per_lang = 1;
		if (settings_get(w, "variants", &v) && !(v.n == 4 &&
		    memcmp(v.p, "none", 4) == 0)) {
			settings_file(v, 0, &x->variants, fp);
			if (settings_fingerprint(x->variants.s, now, err,
			    sizeof err) < 0)
				die_at(HARK_ETROUBLE, r->name, r->line, "the "
				    "tokens were made with variant map %s, "
				    "which cannot be read now (%s)",
				    x->variants.s, err);
			if (fp[0] && strcmp(fp, now) != 0)
				die_at(HARK_ETROUBLE, r->name, r->line,
				    "variant map %s has changed since the "
				    "tokens were made with it (fingerprint %s "
				    "then, %s now): run hark tokenise again",
				    x->variants.s, fp, now);
			buf_reset(&x->vfp);
			buf_adds(&x->vfp, now);
		}
	}
	if (gw >= 0) {
		struct str w = rec_get(r, (size_t)gw, a);

		buf_add(&x->tagged, w.p, w.n);
		if (settings_get(w, "lexicons", &v))
			buf_add(&x->lexicons, v.p, v.n);
	}
	if (rw >= 0) {
		struct str w = rec_get(r, (size_t)rw, a);

		buf_add(&x->redacted_with, w.p, w.n);
	}
}

/* Set meta key to val, or check that it already holds val. */
static void
meta_check(struct ix *x, const char *key, const char *val, const char *what)
{
	char *have = store_meta(x->db, key);
	sqlite3_stmt *st;

	if (have && strcmp(have, val) != 0)
		die(HARK_ETROUBLE, "%s: the store's texts were indexed with "
		    "%s %s; this stream's with %s: index it into another "
		    "store", x->path, what, have, val);
	if (have == NULL) {
		st = ix_prep(x, "INSERT INTO meta VALUES (?1, ?2)");
		sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, val, -1, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			ix_die(x, "cannot write meta");
		sqlite3_finalize(st);
	}
	free(have);
}

/* The FTS5 table, made with the tokenizer settings of the first stream. */
static void
make_fts(struct ix *x)
{
	struct buf sql = BUF_INIT, tk = BUF_INIT;
	char *abs = NULL;
	const char *p;

	buf_adds(&tk, "hark");
	if (x->variants.len) {
		abs = realpath(x->variants.s, NULL);
		if (abs == NULL)
			die(HARK_ETROUBLE, "%s: cannot resolve", x->variants.s);
		for (p = abs; *p; p++)
			if (*p == '\'' || *p == '"')
				die(HARK_ETROUBLE, "%s: a variant map whose "
				    "path holds a quote cannot name a "
				    "tokenizer setting", abs);
		buf_addf(&tk, " variants '%s'", abs);
	}
	if (x->stem) {
		for (p = x->stem; *p; p++)
			if (!((*p >= 'a' && *p <= 'z') || *p == '_'))
				die(HARK_ETROUBLE, "bad --stem '%s' (a "
				    "Snowball language in lower case, e.g. "
				    "en or english)", x->stem);
		buf_addf(&tk, " stem %s", x->stem);
	}
	buf_addf(&sql, "CREATE VIRTUAL TABLE fts USING fts5(text, "
	    "content='records', content_rowid='_rid', tokenize=\"%s\")",
	    tk.s);
	ix_exec(x, sql.s);
	/* merge index segments 16 at a time rather than 4: a million
	 * records load in 3/4 of the CPU time, and queries over the store
	 * measured no slower (bench/70-store.sh) */
	ix_exec(x, "INSERT INTO fts (fts, rank) VALUES ('automerge', 16)");
	meta_check(x, "tokenize", tk.s, "tokenizer");
	free(abs);
	buf_free(&sql);
	buf_free(&tk);
}

/* The codebook of every lexicon named in tagged_with. */
static void
load_codebooks(struct ix *x)
{
	struct str list = { x->lexicons.s, x->lexicons.len };
	struct buf path = BUF_INIT, pats = BUF_INIT;
	char fp[SETTINGS_FP_LEN + 1], now[SETTINGS_FP_LEN + 1], err[512];
	sqlite3_stmt *il = ix_prep(x, "INSERT OR IGNORE INTO lexicons "
	    "VALUES (?1, ?2, ?3, ?4)");
	sqlite3_stmt *ic = ix_prep(x, "INSERT OR IGNORE INTO codes "
	    "VALUES (?1, ?2, ?3, ?4, ?5)");
	size_t i, c, k;

	for (i = 0; list.n && settings_file(list, i, &path, fp); i++) {
		struct lex lx;

		if (settings_fingerprint(path.s, now, err, sizeof err) < 0)
			die(HARK_ETROUBLE, "the stream was tagged with %s, "
			    "which cannot be read now (%s)", path.s, err);
		if (fp[0] && strcmp(fp, now) != 0)
			die(HARK_ETROUBLE, "lexicon %s has changed since the "
			    "stream was tagged with it (fingerprint %s then, "
			    "%s now): run hark tag again", path.s, fp, now);
		lex_init(&lx);
		lex_load(&lx, path.s, x->t);
		lex_finish(&lx);
		if (lex_report(&lx, 0))
			exit(HARK_ETROUBLE);
		sqlite3_bind_text(il, 1, now, -1, SQLITE_STATIC);
		sqlite3_bind_text(il, 2, path.s, -1, SQLITE_STATIC);
		sqlite3_bind_text(il, 3, lx.nfiles ? lx.names[0] : "", -1,
		    SQLITE_STATIC);
		sqlite3_bind_text(il, 4, lx.nfiles ? lx.versions[0] : "", -1,
		    SQLITE_STATIC);
		if (sqlite3_step(il) != SQLITE_DONE)
			ix_die(x, "cannot record a lexicon");
		sqlite3_reset(il);
		for (c = 0; c < lx.ncodes; c++) {
			buf_reset(&pats);
			for (k = 0; k < lx.npats; k++) {
				if (lx.pats[k].code != (int)c)
					continue;
				if (pats.len)
					buf_addc(&pats, '\n');
				buf_adds(&pats, lx.pats[k].src);
			}
			sqlite3_bind_text(ic, 1, now, -1, SQLITE_STATIC);
			sqlite3_bind_text(ic, 2, lx.codes[c].name, -1,
			    SQLITE_STATIC);
			sqlite3_bind_text(ic, 3, lx.codes[c].label, -1,
			    SQLITE_STATIC);
			sqlite3_bind_text(ic, 4, lx.codes[c].desc, -1,
			    SQLITE_STATIC);
			sqlite3_bind_text(ic, 5, pats.s ? pats.s : "",
			    (int)pats.len, SQLITE_STATIC);
			if (sqlite3_step(ic) != SQLITE_DONE)
				ix_die(x, "cannot record a code");
			sqlite3_reset(ic);
		}
		lex_free(&lx);
	}
	sqlite3_finalize(il);
	sqlite3_finalize(ic);
	buf_free(&path);
	buf_free(&pats);
}

/*
 * After records were replaced: the lexicons (and their codes) that no
 * record's tagged_with names any more go, so that suggest, pack, search
 * and kwic read only the codebooks of the records the store holds
 * (docs/store.md).  A lexicon is named by its fingerprint, or by its path
 * when tagged_with gives none.
 */
void
ix_prune_lexicons(struct ix *x)
{
	sqlite3_stmt *st, *ins;
	struct buf path = BUF_INIT;
	char fp[SETTINGS_FP_LEN + 1];
	size_t i;

	if (!x->replaced)
		return;
	ix_exec(x, "BEGIN");
	ix_exec(x, "CREATE TEMP TABLE inuse (fingerprint TEXT, path TEXT)");
	if (store_has_col(x->db, "tagged_with")) {
		st = ix_prep(x, "SELECT DISTINCT tagged_with FROM records "
		    "WHERE tagged_with IS NOT NULL");
		ins = ix_prep(x, "INSERT INTO temp.inuse VALUES (?1, ?2)");
		while (sqlite3_step(st) == SQLITE_ROW) {
			const char *v = (const char *)sqlite3_column_text(st,
			    0);
			struct str with = { v ? v : "", v ? strlen(v) : 0 };
			struct str list;

			if (!settings_get(with, "lexicons", &list))
				continue;
			for (i = 0; list.n && settings_file(list, i, &path,
			    fp); i++) {
				sqlite3_bind_text(ins, 1, fp, -1,
				    SQLITE_STATIC);
				sqlite3_bind_text(ins, 2, path.s, -1,
				    SQLITE_STATIC);
				if (sqlite3_step(ins) != SQLITE_DONE)
					ix_die(x, "cannot read the lexicons");
				sqlite3_reset(ins);
			}
		}
		sqlite3_finalize(st);
		sqlite3_finalize(ins);
	}
	ix_exec(x, "DELETE FROM lexicons WHERE fingerprint NOT IN (SELECT "
	    "fingerprint FROM temp.inuse) AND path NOT IN (SELECT path FROM "
	    "temp.inuse WHERE fingerprint = '')");
	ix_exec(x, "DELETE FROM codes WHERE lexicon NOT IN (SELECT "
	    "fingerprint FROM lexicons)");
	ix_exec(x, "DROP TABLE temp.inuse");
	ix_exec(x, "COMMIT");
	buf_free(&path);
}

/* SQL's column names ignore case: 'ID' beside 'id' would be SQLite's
 * "duplicate column name" after the store was begun; said before. */
static void
distinct_columns(const struct rec_reader *r)
{
	size_t i, j;

	for (i = 0; i < r->ncols; i++)
		for (j = 0; j < i; j++)
			if (strcasecmp(r->cols[i], r->cols[j]) == 0)
				die_at(HARK_EDATA, r->name, 1, "columns '%s' and "
				    "'%s' differ only in case, and the store's "
				    "column names (SQL) cannot: rename one (hark "
				    "ingest writes a second one as NAME_2)",
				    r->cols[j], r->cols[i]);
}

/* Add the stream's columns that records lacks. */
static void
add_columns(struct ix *x, const struct rec_reader *r)
{
	struct buf sql = BUF_INIT;
	size_t i;

	for (i = 0; i < r->ncols; i++) {
		if ((int)i == x->idcol || store_has_col(x->db, r->cols[i]))
			continue;
		buf_reset(&sql);
		buf_adds(&sql, "ALTER TABLE records ADD COLUMN ");
		store_ident(&sql, r->cols[i]);
		buf_adds(&sql, " TEXT");
		ix_exec(x, sql.s);
	}
	buf_free(&sql);
}

/* 1 when the query sql gives a row. */
static int
has_row(struct ix *x, const char *sql)
{
	sqlite3_stmt *st = ix_prep(x, sql);
	int rc = sqlite3_step(st);

	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		ix_die(x, "cannot read the store");
	return rc == SQLITE_ROW;
}

/* Into a store without tags and themes, and unless records are replaced
 * (whose tags are found by rid), the secondary indexes are dropped and
 * made once the records are in (ix_indexes()): a B-tree built from sorted
 * rows rather than one row at a time.  A load killed before then leaves
 * a store without them, which reads the same, only slower, and which the
 * next load mends. */
static void
defer_indexes(struct ix *x)
{
	struct buf sql = BUF_INIT;
	size_t i;

	if (x->replace || has_row(x, "SELECT 1 FROM tags LIMIT 1") ||
	    has_row(x, "SELECT 1 FROM themes LIMIT 1")) {
		ix_exec(x, store_index_sql);
		return;
	}
	for (i = 0; store_index_names[i]; i++) {
		buf_reset(&sql);
		buf_adds(&sql, "DROP INDEX IF EXISTS ");
		buf_adds(&sql, store_index_names[i]);
		ix_exec(x, sql.s);
	}
	x->defer = 1;
	buf_free(&sql);
}

void
ix_indexes(struct ix *x)
{
	if (!x->defer)
		return;
	ix_exec(x, "BEGIN");
	ix_exec(x, store_index_sql);
	ix_exec(x, "COMMIT");
}

/* The runs row of this load. */
static void
add_run(struct ix *x, const struct rec_reader *r, int argc, char **argv)
{
	struct buf cmd = BUF_INIT, in = BUF_INIT;
	sqlite3_stmt *st;
	char ts[32];
	time_t t = time(NULL);
	struct tm tm;
	int i;

	gmtime_r(&t, &tm);
	strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%SZ", &tm);
	for (i = 0; i < argc; i++) {
		if (i)
			buf_addc(&cmd, ' ');
		if (argv[i][strcspn(argv[i], " \t'\"\\$`")]) {
			const char *p;

			buf_addc(&cmd, '\'');
			for (p = argv[i]; *p; p++)
				if (*p == '\'')
					buf_adds(&cmd, "'\\''");
				else
					buf_addc(&cmd, *p);
			buf_addc(&cmd, '\'');
		} else {
			buf_adds(&cmd, argv[i]);
		}
	}
	for (i = 0; i < (int)r->npaths; i++) {
		if (i)
			buf_addc(&in, ' ');
		buf_adds(&in, r->paths[i]);
	}
	if (r->npaths == 0)
		buf_adds(&in, "-");
	st = ix_prep(x, "INSERT INTO runs (started, command, hark_version, "
	    "inputs, lexicons, tokenised_with, tagged_with, redacted_with, "
	    "redacted, allow_unredacted, replace) VALUES (?1, ?2, ?3, ?4, "
	    "?5, ?6, ?7, ?8, ?9, ?10, ?11)");
	sqlite3_bind_text(st, 1, ts, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, cmd.s, (int)cmd.len, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, HARK_VERSION, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, in.s, (int)in.len, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, x->lexicons.s ? x->lexicons.s : "",
	    (int)x->lexicons.len, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, x->tokd.s ? x->tokd.s : "",
	    (int)x->tokd.len, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, x->tagged.s ? x->tagged.s : "",
	    (int)x->tagged.len, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, x->redacted_with.s ? x->redacted_with.s :
	    "", (int)x->redacted_with.len, SQLITE_STATIC);
	sqlite3_bind_int(st, 9, x->redacted);
	sqlite3_bind_int(st, 10, x->allow_unredacted);
	sqlite3_bind_int(st, 11, x->replace);
	if (sqlite3_step(st) != SQLITE_DONE)
		ix_die(x, "cannot record the run");
	sqlite3_finalize(st);
	x->run = sqlite3_last_insert_rowid(x->db);
	buf_free(&cmd);
	buf_free(&in);
}

void
ix_open(struct ix *x, const struct rec_reader *r, int argc, char **argv)
{
	struct buf sql = BUF_INIT;
	char err[1024];
	size_t i, n;

	x->t = tok_new(NULL, x->variants.len ? x->variants.s : NULL, 0, err,
	    sizeof err);
	if (x->t == NULL)
		die(HARK_ETROUBLE, "%s", err);
	distinct_columns(r);
	x->db = store_open(x->path, STORE_CREATE, NULL, err, sizeof err);
	if (x->db == NULL)
		die(HARK_ETROUBLE, "%s", err);
	ix_exec(x, "PRAGMA journal_mode=WAL");
	ix_exec(x, "PRAGMA synchronous=NORMAL");
	ix_exec(x, "BEGIN IMMEDIATE");
	{
		char *tk = store_meta(x->db, "tokenize");

		/* a stream without records (which upgrades a store) has no
		 * settings to check against a store that has them */
		if (!x->empty || tk == NULL)
			meta_check(x, "variants", x->vfp.s, "variant map");
		if (tk == NULL)
			make_fts(x);
		else if (x->stem && strstr(tk, " stem ") == NULL)
			die(HARK_ETROUBLE, "%s: the store's index was made "
			    "without --stem: index into another store",
			    x->path);
		free(tk);
	}
	add_columns(x, r);
	defer_indexes(x);
	load_codebooks(x);
	add_run(x, r, argc, argv);
	ix_exec(x, "COMMIT");
	/* the statements of the loop */
	buf_adds(&sql, "INSERT INTO records (_run");
	for (i = 0, n = 0; i < r->ncols; i++) {
		if ((int)i == x->idcol)
			continue;
		buf_addc(&sql, ',');
		store_ident(&sql, r->cols[i]);
		n++;
	}
	buf_adds(&sql, ", id) VALUES (?");
	for (i = 0; i <= n; i++)
		buf_adds(&sql, ",?");
	buf_addc(&sql, ')');
	x->insrec = ix_prep(x, sql.s);
	x->insfts = ix_prep(x, "INSERT INTO fts (rowid, text) VALUES (?1, ?2)");
	ix_rows_init(x);
	x->find = ix_prep(x, "SELECT _rid, text FROM records WHERE id = ?1");
	x->ftsdel = ix_prep(x, "INSERT INTO fts (fts, rowid, text) VALUES "
	    "('delete', ?1, ?2)");
	x->deltags = ix_prep(x, "DELETE FROM tags WHERE rid = ?1");
	x->delthemes = ix_prep(x, "DELETE FROM themes WHERE rid = ?1");
	x->delrec = ix_prep(x, "DELETE FROM records WHERE _rid = ?1");
	/* the record's codes and their levels, from its tags (as
	 * store.c's upgrade makes them) */
	x->delcodes = ix_prep(x, "WITH RECURSIVE lv(code) AS (SELECT code "
	    "FROM tags WHERE rid = ?1 UNION SELECT substr(code, 1, "
	    "length(rtrim(code, replace(code, '/', ''))) - 1) FROM lv WHERE "
	    "instr(code, '/') > 0) DELETE FROM record_codes WHERE rid = ?1 "
	    "AND code IN lv");
	buf_free(&sql);
}

void
ix_themes(struct ix *x, struct rec_reader *r, struct arena *a,
	  sqlite3_int64 rid)
{
	size_t i, j;

	x->negs.n = 0;
	if (x->negcol >= 0 && list_split(rec_get(r, (size_t)x->negcol, a),
	    &x->negs))
		x->negs.n = 0;
	for (i = 0; i < x->themes.n; i++) {
		struct str name, nn;
		unsigned long long cnt, neg = 0, nc;

		list_count(x->themes.v[i].p, x->themes.v[i].n, &name, &cnt);
		for (j = 0; j < x->negs.n; j++)
			if (!list_count(x->negs.v[j].p, x->negs.v[j].n, &nn,
			    &nc) && nn.n == name.n &&
			    memcmp(nn.p, name.p, nn.n) == 0)
				neg = nc;
		/* the same theme twice: the first count stands (INSERT OR
		 * IGNORE) */
		ix_row_theme(x, rid, name, cnt > LLONG_MAX ? LLONG_MAX :
		    (sqlite3_int64)cnt, neg > LLONG_MAX ? LLONG_MAX :
		    (sqlite3_int64)neg);
	}
}

/* The outcomes table: every column of the CSV (or TSV) file, one row per
 * key, a row with the same key replacing the one before. */
void
ix_outcomes(struct ix *x)
{
	static struct input in;
	static struct csv_row row;
	struct csv c = { 0 };
	struct buf sql = BUF_INIT;
	char err[512], **cols;
	sqlite3_stmt *st;
	size_t i, ncols, kc = (size_t)-1, len = strlen(x->outcomes);
	size_t capseen = 0;
	unsigned long long *seenline = NULL;
	struct hash seen;
	int k;

	if (input_open(&in, x->outcomes, NULL, err, sizeof err) < 0)
		die(HARK_ETROUBLE, "%s", err);
	c.delim = len > 4 && strcmp(x->outcomes + len - 4, ".tsv") == 0 ?
	    '\t' : ',';
	c.quote = '"';
	c.maxrec = (size_t)64 << 20;
	csv_reset(&c);
	csv_row_init(&row);
	if ((k = csv_next(&c, &in, &row, err, sizeof err)) < 0)
		die(HARK_ETROUBLE, "%s", err);
	if (k == 0 || row.err[0])
		die_at(HARK_EDATA, x->outcomes, 1, "no header line");
	ncols = row.nf;
	cols = xmalloc(xmul(ncols, sizeof *cols));
	for (i = 0; i < ncols; i++) {
		cols[i] = xmemdup(row.vals.s + row.off[i], row.len[i]);
		if (strcmp(cols[i], x->key) == 0)
			kc = i;
	}
	if (kc == (size_t)-1)
		die_at(HARK_ETROUBLE, x->outcomes, 1, "no column '%s' (--key)",
		    x->key);
	ix_exec(x, "BEGIN");
	buf_adds(&sql, "CREATE TABLE IF NOT EXISTS outcomes (");
	store_ident(&sql, x->key);
	buf_adds(&sql, " TEXT PRIMARY KEY)");
	ix_exec(x, sql.s);
	meta_check(x, "outcomes_key", x->key, "outcomes key");
	for (i = 0; i < ncols; i++) {
		sqlite3_stmt *q = ix_prep(x, "SELECT 1 FROM pragma_table_info("
		    "'outcomes') WHERE name = ?1");

		sqlite3_bind_text(q, 1, cols[i], -1, SQLITE_STATIC);
		if (sqlite3_step(q) != SQLITE_ROW) {
			buf_reset(&sql);
			buf_adds(&sql, "ALTER TABLE outcomes ADD COLUMN ");
			store_ident(&sql, cols[i]);
			ix_exec(x, sql.s);
		}
		sqlite3_finalize(q);
	}
	buf_reset(&sql);
	buf_adds(&sql, "INSERT OR REPLACE INTO outcomes (");
	for (i = 0; i < ncols; i++) {
		if (i)
			buf_addc(&sql, ',');
		store_ident(&sql, cols[i]);
	}
	buf_adds(&sql, ") VALUES (");
	for (i = 0; i < ncols; i++)
		buf_adds(&sql, i ? ",?" : "?");
	buf_addc(&sql, ')');
	st = ix_prep(x, sql.s);
	hash_init(&seen);
	while ((k = csv_next(&c, &in, &row, err, sizeof err)) != 0) {
		long at;
		int added;

		if (k < 0)
			die(HARK_ETROUBLE, "%s", err);
		if (row.err[0])
			die_at(HARK_EDATA, x->outcomes, row.line, "%s",
			    row.err);
		if (row.nf != ncols)
			die_at(HARK_EDATA, x->outcomes, row.line, "expected "
			    "%zu fields, found %zu", ncols, row.nf);
		/* A key twice in the table is an error, as in hark join,
		 * never the last row quietly winning (the whole load of the
		 * outcomes is undone: it is one transaction). */
		at = hash_intern(&seen, row.vals.s + row.off[kc], row.len[kc],
		    &added);
		if (!added)
			die_at(HARK_EDATA, x->outcomes, row.line, "duplicate "
			    "key '%.*s' (first at line %llu)", (int)(row.len[kc] >
			    200 ? 200 : row.len[kc]), row.vals.s + row.off[kc],
			    seenline[at]);
		if ((size_t)at >= capseen) {
			capseen = capseen ? 2 * capseen : 1024;
			seenline = xrealloc(seenline, xmul(capseen,
			    sizeof *seenline));
		}
		seenline[at] = row.line;
		for (i = 0; i < ncols; i++)
			sqlite3_bind_text(st, (int)i + 1, row.vals.s +
			    row.off[i], (int)row.len[i], SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			ix_die(x, "cannot insert an outcome");
		sqlite3_reset(st);
	}
	ix_exec(x, "COMMIT");
	sqlite3_finalize(st);
	hash_free(&seen);
	free(seenline);
	for (i = 0; i < ncols; i++)
		free(cols[i]);
	free(cols);
	csv_row_free(&row);
	input_close(&in);
	buf_free(&sql);
}

void
ix_finish(struct ix *x, const char *ts, const char *fp, int trouble)
{
	sqlite3_stmt *st = ix_prep(x, "UPDATE runs SET finished = ?1, "
	    "stream_fingerprint = ?2, records = ?3, rejected = ?4 "
	    "WHERE run = ?5");

	sqlite3_bind_text(st, 1, trouble ? NULL : ts, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, fp, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)x->loaded);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)x->rejected);
	sqlite3_bind_int64(st, 5, x->run);
	if (sqlite3_step(st) != SQLITE_DONE)
		ix_die(x, "cannot record the run");
	sqlite3_finalize(st);
}

void
ix_free(struct ix *x)
{
	sqlite3_finalize(x->insrec);
	sqlite3_finalize(x->insfts);
	sqlite3_finalize(x->find);
	sqlite3_finalize(x->ftsdel);
	sqlite3_finalize(x->deltags);
	sqlite3_finalize(x->delthemes);
	sqlite3_finalize(x->delrec);
	ix_rows_free(x);
	sqlite3_finalize(x->delcodes);
	free(x->lv);
	if (sqlite3_close(x->db) != SQLITE_OK)
		err_msg("%s: cannot close: %s", x->path, sqlite3_errmsg(x->db));
	tok_free(x->t);
	tok_out_free(&x->to);
	list_free(&x->toks);
	list_free(&x->tags);
	list_free(&x->themes);
	list_free(&x->negs);
	list_spans_free(&x->sp);
	list_spans_free(&x->sp2);
	buf_free(&x->variants);
	buf_free(&x->vfp);
	buf_free(&x->tokd);
	buf_free(&x->tagged);
	buf_free(&x->redacted_with);
	buf_free(&x->lexicons);
	buf_free(&x->lang);
}
