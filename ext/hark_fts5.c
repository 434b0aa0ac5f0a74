/*
 * hark_fts5.c - hark's FTS5 tokenizer as a loadable SQLite extension, so
 * that `sqlite3 voice.db` with `.load bin/hark_fts5` runs the queries
 * `hark search` runs (lib/ftstok.c; docs/store.md).
 */
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#include <stdio.h>

#include "ftstok.h"

int sqlite3_harkfts_init(sqlite3 *db, char **errmsg,
			 const sqlite3_api_routines *api);

int
sqlite3_harkfts_init(sqlite3 *db, char **errmsg,
		     const sqlite3_api_routines *api)
{
	char err[512];

	SQLITE_EXTENSION_INIT2(api);
	if (ftstok_register(db, err, sizeof err) < 0) {
		*errmsg = sqlite3_mprintf("%s", err);
		return SQLITE_ERROR;
	}
	return SQLITE_OK;
}
