/*
 * store.c - opening the embedded store and its schema (see store.h and
 * docs/store.md, which must say the same as the SQL below).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "err.h"
#include "ftstok.h"
#include "store.h"
#include "tok.h"
#include "banned.h"

/* Version 3 (2 had no record_codes; 1 had a SHA-256
 * runs.stream_fingerprint).  The FTS5 table `fts` is made by hark-index,
 * which knows its tokenizer settings. */
/* Every code a record's tags have and every level above it, once: the
 * records of a theme are one range of the primary key, in record order
 * (search --theme and --code). */
#define RECORD_CODES "CREATE TABLE record_codes (code TEXT NOT NULL," \
	" rid INTEGER NOT NULL REFERENCES records(_rid)," \
	" PRIMARY KEY (code, rid)) WITHOUT ROWID;\n"

/* Version 2 to 3: record_codes from the tags (a code's parent is the code
 * up to its last '/': rtrim() strips the characters after it), and no
 * index themes_name (hark never read it; a load spent 4% of its time
 * making it) nor tags_code (record_codes answers what it did). */
static const char upgrade2[] =
	RECORD_CODES
	"WITH RECURSIVE lv(rid, code) AS (SELECT rid, code FROM tags UNION"
	" SELECT rid, substr(code, 1, length(rtrim(code, replace(code, '/',"
	" ''))) - 1) FROM lv WHERE instr(code, '/') > 0)"
	" INSERT INTO record_codes SELECT code, rid FROM lv WHERE code <> ''"
	" ORDER BY 1, 2;\n"
	"DROP INDEX IF EXISTS themes_name;\n"
	"DROP INDEX IF EXISTS tags_code;\n"
	"PRAGMA user_version = 3;\n";

static const char schema[] =
	"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
	"CREATE TABLE runs (run INTEGER PRIMARY KEY, started TEXT NOT NULL,"
	" finished TEXT, command TEXT NOT NULL, hark_version TEXT NOT NULL,"
	" inputs TEXT NOT NULL, stream_fingerprint TEXT,"
	" lexicons TEXT NOT NULL, tokenised_with TEXT NOT NULL,"
	" tagged_with TEXT NOT NULL, redacted_with TEXT NOT NULL,"
	" redacted INTEGER NOT NULL, allow_unredacted INTEGER NOT NULL,"
	" replace INTEGER NOT NULL, records INTEGER, rejected INTEGER);\n"
	"CREATE TABLE records (_rid INTEGER PRIMARY KEY,"
	" _run INTEGER NOT NULL REFERENCES runs(run),"
	" id TEXT NOT NULL UNIQUE, text TEXT NOT NULL);\n"
	"CREATE TABLE tags (rid INTEGER NOT NULL REFERENCES records(_rid),"
	" code TEXT NOT NULL, tok_first INTEGER NOT NULL,"
	" tok_last INTEGER NOT NULL, byte_start INTEGER NOT NULL,"
	" byte_end INTEGER NOT NULL, negated INTEGER NOT NULL,"
	" uncertain INTEGER NOT NULL);\n"
	RECORD_CODES
	"CREATE TABLE themes (rid INTEGER NOT NULL REFERENCES records(_rid),"
	" name TEXT NOT NULL, count INTEGER NOT NULL,"
	" negated INTEGER NOT NULL, PRIMARY KEY (rid, name)) WITHOUT ROWID;\n"
	"CREATE TABLE lexicons (fingerprint TEXT PRIMARY KEY,"
	" path TEXT NOT NULL, name TEXT NOT NULL, version TEXT NOT NULL);\n"
	"CREATE TABLE codes (lexicon TEXT NOT NULL"
	" REFERENCES lexicons(fingerprint), code TEXT NOT NULL,"
	" label TEXT NOT NULL, description TEXT NOT NULL,"
	" patterns TEXT NOT NULL, PRIMARY KEY (lexicon, code))"
	" WITHOUT ROWID;\n";

const char store_index_sql[] =
	"CREATE INDEX IF NOT EXISTS tags_rid ON tags(rid, code);\n";
const char *const store_index_names[] = { "tags_rid", NULL };

void
store_ident(struct buf *out, const char *s)
{
	buf_addc(out, '"');
	for (; *s; s++) {
		if (*s == '"')
			buf_addc(out, '"');
		buf_addc(out, *s);
	}
	buf_addc(out, '"');
}

static int
pragma_int(sqlite3 *db, const char *sql, int *v)
{
	sqlite3_stmt *st;
	int rc;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	rc = sqlite3_step(st);
	*v = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

sqlite3 *
store_open(const char *path, int flags, int *created, char *err,
	   size_t errlen)
{
	sqlite3 *db = NULL;
	char *emsg = NULL, e[512];
	int ver = 0, ntab = 0, rc;

	if (created)
		*created = 0;
	/* hark's programs use SQLite from one thread: no mutexes, and no
	 * memory statistics (a mutex taken on every allocation).  Must come
	 * before SQLite initialises; later calls are refused, harmlessly. */
	sqlite3_config(SQLITE_CONFIG_SINGLETHREAD);
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	if (!(flags & STORE_CREATE) && access(path, F_OK) != 0) {
		snprintf(err, errlen, "%s: no such store (make it with hark "
		    "index --db %s)", path, path);
		return NULL;
	}
	rc = sqlite3_open_v2(path, &db, (flags & STORE_CREATE) ?
	    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE :
	    SQLITE_OPEN_READWRITE, NULL);
	if (rc != SQLITE_OK) {
		snprintf(err, errlen, "%s: cannot open: %s", path,
		    db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
		sqlite3_close(db);
		return NULL;
	}
	sqlite3_busy_timeout(db, 10000);
	sqlite3_extended_result_codes(db, 0);
	if (pragma_int(db, "PRAGMA user_version", &ver) < 0 ||
	    pragma_int(db, "SELECT count(*) FROM sqlite_schema", &ntab) < 0) {
		snprintf(err, errlen, "%s: not an SQLite database (%s)", path,
		    sqlite3_errmsg(db));
		sqlite3_close(db);
		return NULL;
	}
	if (ver == 0 && ntab == 0 && (flags & STORE_CREATE)) {
		if (sqlite3_exec(db, "PRAGMA journal_mode=WAL", NULL, NULL,
		    &emsg) != SQLITE_OK || sqlite3_exec(db, "BEGIN", NULL,
		    NULL, &emsg) != SQLITE_OK || sqlite3_exec(db, schema,
		    NULL, NULL, &emsg) != SQLITE_OK || sqlite3_exec(db,
		    store_index_sql, NULL, NULL, &emsg) != SQLITE_OK) {
			snprintf(err, errlen, "%s: cannot make the store: %s",
			    path, emsg ? emsg : sqlite3_errmsg(db));
			sqlite3_free(emsg);
			sqlite3_close(db);
			return NULL;
		}
		snprintf(e, sizeof e, "PRAGMA user_version = %d",
		    STORE_VERSION);
		if (sqlite3_exec(db, e, NULL, NULL, &emsg) != SQLITE_OK ||
		    sqlite3_exec(db, "COMMIT", NULL, NULL, &emsg) !=
		    SQLITE_OK) {
			snprintf(err, errlen, "%s: cannot make the store: %s",
			    path, emsg ? emsg : sqlite3_errmsg(db));
			sqlite3_free(emsg);
			sqlite3_close(db);
			return NULL;
		}
		if (created)
			*created = 1;
		ver = STORE_VERSION;
	} else if (ver == 0) {
		snprintf(err, errlen, "%s: not a hark store (an SQLite "
		    "database without hark's schema)", path);
		sqlite3_close(db);
		return NULL;
	}
	if (ver == 2 && (flags & STORE_CREATE)) {
		/* hark-index upgrades a store of version 2 */
		if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, &emsg) !=
		    SQLITE_OK || sqlite3_exec(db, upgrade2, NULL, NULL,
		    &emsg) != SQLITE_OK || sqlite3_exec(db, "COMMIT", NULL,
		    NULL, &emsg) != SQLITE_OK) {
			snprintf(err, errlen, "%s: cannot upgrade the store "
			    "from schema version 2: %s", path, emsg ? emsg :
			    sqlite3_errmsg(db));
			sqlite3_free(emsg);
			sqlite3_close(db);
			return NULL;
		}
		ver = STORE_VERSION;
	}
	if (ver == 2) {
		snprintf(err, errlen, "%s: store of schema version 2; this "
		    "hark (%s) reads version %d: upgrade it by indexing a "
		    "stream into it with this hark (a header line will do)",
		    path, HARK_VERSION, STORE_VERSION);
		sqlite3_close(db);
		return NULL;
	}
	if (ver != STORE_VERSION) {
		snprintf(err, errlen, "%s: store of schema version %d; this "
		    "hark (%s) reads version %d: index the stream again with "
		    "this hark", path, ver, HARK_VERSION, STORE_VERSION);
		sqlite3_close(db);
		return NULL;
	}
	if (ftstok_register(db, e, sizeof e) < 0) {
		snprintf(err, errlen, "%s: %s", path, e);
		sqlite3_close(db);
		return NULL;
	}
	return db;
}

void
store_close(sqlite3 *db)
{
	sqlite3_close(db);
}

char *
store_meta(sqlite3 *db, const char *key)
{
	sqlite3_stmt *st;
	char *v = NULL;

	if (sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key = ?1",
	    -1, &st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return v;
}

int
store_has_col(sqlite3 *db, const char *col)
{
	sqlite3_stmt *st;
	int found = 0;

	if (sqlite3_prepare_v2(db, "SELECT 1 FROM pragma_table_info("
	    "'records') WHERE name = ?1", -1, &st, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(st, 1, col, -1, SQLITE_STATIC);
	found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return found;
}

int
store_redacted(sqlite3 *db)
{
	int n = 1;

	if (pragma_int(db, "SELECT count(*) FROM runs WHERE redacted = 0",
	    &n) < 0)
		return 0;
	return n == 0;
}

sqlite3 *
store_open_shown(const char *path, int allow, const char *refusal, int warn,
		 int *unredacted)
{
	char err[1024];
	sqlite3 *db = store_open(path, 0, NULL, err, sizeof err);

	if (db == NULL)
		die(HARK_ETROUBLE, "%s", err);
	*unredacted = !store_redacted(db);
	if (*unredacted && !allow)
		die(HARK_ETROUBLE, "%s: the store holds unredacted text%s",
		    path, refusal);
	if (*unredacted && warn)
		err_msg("%s: warning: the store holds unredacted text", path);
	return db;
}

struct tok *
store_tok(sqlite3 *db, int flags, char *err, size_t errlen)
{
	char *tk = store_meta(db, "tokenize"), *v, *q;
	struct tok *t;

	v = tk ? strstr(tk, " variants '") : NULL;
	if (v) {
		v += 11;
		q = strchr(v, '\'');
		if (q)
			*q = '\0';
	}
	t = tok_new(NULL, v, flags, err, errlen);
	free(tk);
	return t;
}

/* The codes of the store's codebooks and tags, or (themes) their first
 * levels, in byte order: at most SHOW of them onto out, ", " between. */
static size_t
store_list_codes(sqlite3 *db, int themes, struct buf *out)
{
	enum { SHOW = 30 };
	sqlite3_stmt *st;
	size_t n = 0;

	if (sqlite3_prepare_v2(db, themes ?
	    "SELECT DISTINCT CASE WHEN instr(c, '/') > 0 THEN substr(c, 1, "
	    "instr(c, '/') - 1) ELSE c END AS t FROM (SELECT code AS c FROM "
	    "codes UNION SELECT code FROM record_codes) ORDER BY t" :
	    "SELECT code FROM codes UNION SELECT code FROM record_codes "
	    "ORDER BY 1",
	    -1, &st, NULL) != SQLITE_OK)
		return 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *c = (const char *)sqlite3_column_text(st, 0);

		if (c == NULL)
			continue;
		if (n < SHOW)
			buf_addf(out, "%s%s", n ? ", " : "", c);
		n++;
	}
	sqlite3_finalize(st);
	if (n > SHOW)
		buf_addf(out, " and %zu more", n - SHOW);
	return n;
}

void
store_need_code(sqlite3 *db, const char *path, const char *what,
		const char *code)
{
	/* Static: reachable when the message ends the program. */
	static struct buf list;
	sqlite3_stmt *st;
	int rc;

	/* record_codes holds the tags' codes and every level above them */
	if (sqlite3_prepare_v2(db, "SELECT 1 FROM codes WHERE code = ?1 OR "
	    "(code >= ?1 || '/' AND code < ?1 || '0') UNION ALL SELECT 1 "
	    "FROM record_codes WHERE code = ?1 LIMIT 1", -1, &st, NULL) !=
	    SQLITE_OK)
		die(HARK_ETROUBLE, "%s: %s", path, sqlite3_errmsg(db));
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return;
	if (rc != SQLITE_DONE)
		die(HARK_ETROUBLE, "%s: %s", path, sqlite3_errmsg(db));
	buf_init(&list);
	if (store_list_codes(db, strcmp(what, "theme") == 0, &list) == 0)
		die(HARK_ETROUBLE, "%s: unknown %s '%s' (the store has no "
		    "codes: index a stream tagged with lexicons)", path, what,
		    code);
	die(HARK_ETROUBLE, "%s: unknown %s '%s' (%ss: %s)", path, what, code,
	    what, list.s);
}

/* store.h says what. */
void
store_bad_query(const char *msg)
{
	const char *p;

	if (strstr(msg, "unterminated string"))
		die(HARK_ETROUBLE, "bad query: unbalanced quote");
	if (strcmp(msg, "fts5: syntax error near \"\"") == 0)
		die(HARK_ETROUBLE, "bad query: it ends too soon (an operator "
		    "or a bracket with nothing after it)");
	if ((p = strstr(msg, "syntax error near ")))
		die(HARK_ETROUBLE, "bad query: unexpected %s%s", p + 18,
		    p[18] == '"' && p[19] && strchr("'.&:,/", p[19]) ?
		    " (a word with ' . & or : in it goes inside double "
		    "quotes, as \"don't\" or \"a&e\")" : "");
	if ((p = strstr(msg, "no such column: ")))
		die(HARK_ETROUBLE, "bad query: no column '%s' to search (the "
		    "store's text is one column: a colon, or a word after a "
		    "leading -, goes inside double quotes; NOT before a word "
		    "leaves it out)", p + 16);
	if ((p = strstr(msg, "fts5: ")))
		die(HARK_ETROUBLE, "bad query: %s", p + 6);
	die(HARK_ETROUBLE, "bad query: %s", msg);
}
