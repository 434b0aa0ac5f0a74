/*
 * store.h - the embedded store: one SQLite file that holds an analysis
 * (docs/store.md).  `hark index` writes it; `hark search`, `hark kwic` and
 * `hark suggest` read it.  Opening checks the schema version (PRAGMA
 * user_version) and registers hark's FTS5 tokenizer (lib/ftstok.h).
 */
#ifndef HARK_STORE_H
#define HARK_STORE_H

#include <stddef.h>

#include "buf.h"

struct sqlite3;

/* The schema version this hark writes and reads (PRAGMA user_version). */
#define STORE_VERSION 3

/* The secondary indexes of tags and themes (CREATE INDEX IF NOT EXISTS
 * ...), and their names.  hark-index drops them before the first load of
 * tags and themes into a store and makes them after it, which is several
 * times faster than keeping them up to date row by row. */
extern const char store_index_sql[];
extern const char *const store_index_names[];

/* store_open() flags. */
enum {
	STORE_CREATE = 1  /* make the file and the schema when missing */
};

/*
 * Open the store at path.  Without STORE_CREATE the file must exist and be
 * a hark store of STORE_VERSION; with it, a missing file or an empty
 * database gets the schema, and a store of version 2 is upgraded.  *created says whether it did (may be NULL).
 * Returns the handle, or NULL with a message in err ("FILE: what is
 * wrong").
 */
struct sqlite3 *store_open(const char *path, int flags, int *created,
			   char *err, size_t errlen);
/* Close; accepts NULL. */
void store_close(struct sqlite3 *db);

/* Append s as an SQL identifier ("..." with quotes doubled) to out. */
void store_ident(struct buf *out, const char *s);

/* The value of meta key (a malloc'd copy), or NULL when absent. */
char *store_meta(struct sqlite3 *db, const char *key);

/* A tokeniser as the store's index was made (the variant map recorded in
 * meta `tokenize`), with tok_new() flags; NULL with a message in err. */
struct tok *store_tok(struct sqlite3 *db, int flags, char *err,
		      size_t errlen);

/* 1 when the store has a records column named col. */
int store_has_col(struct sqlite3 *db, const char *col);

/* 1 when every run that loaded the store had a redacted stream. */
int store_redacted(struct sqlite3 *db);

/*
 * Open the store at path for a stage that shows its text (search, kwic,
 * suggest, pack), or die (exit 2).  A store loaded from an unredacted
 * stream is refused unless allow, with "PATH: the store holds unredacted
 * text" and then refusal; when allowed and warn, a warning says so.
 * *unredacted: whether it was.
 */
struct sqlite3 *store_open_shown(const char *path, int allow,
				 const char *refusal, int warn,
				 int *unredacted);

/*
 * --code CODE or --theme NAME (what: "code" or "theme") of search and
 * kwic: a code of the store's codebooks or tags, or a level above one
 * (CODE/...).  Otherwise ends the program (exit 2) with "PATH: unknown
 * code 'x' (codes: ...)", listing the codes (for a theme, their first
 * levels).
 */
/* Say what is wrong with an FTS5 query (SQLite's message msg) in one
 * line, as search and kwic both do: `hark-STAGE: bad query: ...`, and
 * exit 2. */
void store_bad_query(const char *msg);
void store_need_code(struct sqlite3 *db, const char *path, const char *what,
		     const char *code);

#endif
