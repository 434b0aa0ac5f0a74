/*
 * index.h - what the parts of hark-index share: the load's state.
 */
#ifndef HARK_INDEX_H
#define HARK_INDEX_H

#include <sqlite3.h>

#include "arena.h"
#include "buf.h"
#include "lists.h"
#include "rec.h"
#include "tok.h"

/* A row of tags, themes or record_codes kept until the batch's end
 * (rows.c): strings as offsets into the batch's strings. */
struct ix_tag {
	sqlite3_int64 rid, num[4];   /* tok_first, tok_last, byte_start, end */
	int negated, uncertain;
	size_t code, len;
};
struct ix_theme {
	sqlite3_int64 rid, count, negated;
	size_t name, len;
};
struct ix_code {
	sqlite3_int64 rid;
	size_t code, len;
};
struct ix_rows {
	sqlite3_stmt *tag1, *tagn, *theme1, *themen, *code1, *coden;
	struct ix_tag *tag;
	struct ix_theme *theme;
	struct ix_code *code;
	size_t ntag, captag, ntheme, captheme, ncode, capcode;
	struct buf str;
};

struct ix {
	const char *path;          /* the store */
	const char *stem, *outcomes, *key;
	int replace, allow_unredacted, redacted, check;
	int idcol, textcol, tokcol, spancol, tagcol, themecol, negcol;
	int langcol, per_lang;
	int empty;                 /* the stream has no records */
	sqlite3 *db;
	sqlite3_int64 run;
	sqlite3_stmt *insrec, *insfts, *find, *ftsdel, *deltags, *delthemes,
	    *delrec, *delcodes;
	struct ix_rows rows;
	struct tok *t;
	struct tok_out to;
	struct list toks, tags, themes, negs;
	struct list_spans sp, sp2;
	struct str *lv;            /* the record's codes and their levels */
	size_t nlv, caplv;
	struct buf variants;       /* the variant map's path, or "" */
	struct buf vfp;            /* its fingerprint, or "none" */
	struct buf tokd, tagged, redacted_with, lexicons;
	struct buf lang;           /* the last `lang` lang_is_root() saw */
	int lang_root;             /* its answer */
	int defer;                 /* make the secondary indexes at the end */
	unsigned long long loaded, rejected, replaced;
	char why[512];
};

/* setup.c */
void ix_settings(struct ix *x, struct rec_reader *r, struct arena *a,
		 int have);
void ix_open(struct ix *x, const struct rec_reader *r, int argc,
	     char **argv);
void ix_themes(struct ix *x, struct rec_reader *r, struct arena *a,
	       sqlite3_int64 rid);
void ix_outcomes(struct ix *x);
void ix_indexes(struct ix *x);
/* After --replace: drop the lexicons and codes no record names now. */
void ix_prune_lexicons(struct ix *x);
void ix_finish(struct ix *x, const char *ts, const char *fp, int trouble);
void ix_free(struct ix *x);

/* rows.c: rows kept until ix_rows_flush(), which comes before every
 * COMMIT (and when many are kept). */
void ix_rows_init(struct ix *x);
void ix_row_tag(struct ix *x, sqlite3_int64 rid, struct str code,
		const sqlite3_int64 *num, int negated, int uncertain);
void ix_row_theme(struct ix *x, sqlite3_int64 rid, struct str name,
		  sqlite3_int64 count, sqlite3_int64 negated);
void ix_row_code(struct ix *x, sqlite3_int64 rid, struct str code);
void ix_rows_flush(struct ix *x);
void ix_rows_free(struct ix *x);

/* index.c */
void ix_die(struct ix *x, const char *what) __attribute__((noreturn));
void ix_exec(struct ix *x, const char *sql);
sqlite3_stmt *ix_prep(struct ix *x, const char *sql);

#endif
