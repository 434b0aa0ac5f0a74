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

struct ix {
	const char *path;          /* the store */
	const char *stem, *outcomes, *key;
	int replace, allow_unredacted, redacted, check;
	int idcol, textcol, tokcol, spancol, tagcol, themecol, negcol;
	int langcol, per_lang;
	int empty;                 /* the stream has no records */
	sqlite3 *db;
	sqlite3_int64 run;
	sqlite3_stmt *insrec, *insfts, *instag, *instheme, *find, *ftsdel,
	    *deltags, *delthemes, *delrec, *inscode, *delcodes;
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
void ix_finish(struct ix *x, const char *ts, const char *fp, int trouble);
void ix_free(struct ix *x);

/* index.c */
void ix_die(struct ix *x, const char *what) __attribute__((noreturn));
void ix_exec(struct ix *x, const char *sql);
sqlite3_stmt *ix_prep(struct ix *x, const char *sql);

#endif
