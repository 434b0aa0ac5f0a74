/*
 * search.c - full-text search of the embedded store (docs/store.md):
 * an FTS5 query over the records' text, cut by hark's own tokenizer, with
 * filters on themes, codes and record columns, ranked by bm25.  Writes a
 * record stream: `id`, `rank`, `snippet`, then every column the store
 * holds for the record (and `unredacted` when the store holds unredacted
 * text and --allow-unredacted was given); --count writes only the number.
 * The query is a bound parameter, never pasted into SQL.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "err.h"
#include "opt.h"
#include "rec.h"
#include "store.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-search [-hq] --db FILE [--count] "
	    "[--theme NAME] [--code CODE] [--where COL=VALUE]... "
	    "[--limit N] [--allow-unredacted] QUERY\n");
}

static const char help[] =
	"  --db FILE               the store (required)\n"
	"  --count                 print only the number of records\n"
	"  --theme NAME            only records tagged with NAME or a code below it\n"
	"  --code CODE             the same: CODE or a code below it\n"
	"  --where COL=VALUE       only records whose COL is VALUE (repeatable)\n"
	"  --limit N               at most N records\n"
	"  --allow-unredacted      show text from an unredacted store\n"
	OPT_HELP_COMMON;

/* The records of --theme and --code (table record_codes): a bit per
 * records._rid, for the SQL function hark_in(rowid). */
struct rids {
	unsigned char *bits[2];
	size_t nsets;
	sqlite3_int64 max;          /* the largest _rid */
};

static void
rids_in(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const struct rids *s = sqlite3_user_data(ctx);
	sqlite3_int64 r = sqlite3_value_int64(argv[0]);
	size_t i;

	(void)argc;
	for (i = 0; i < s->nsets; i++)
		if (r < 0 || r > s->max || !(s->bits[i][r >> 3] &
		    (1u << (r & 7)))) {
			sqlite3_result_int(ctx, 0);
			return;
		}
	sqlite3_result_int(ctx, 1);
}

/* Add the set of records with code (or a code below it) to s. */
static void
rids_add(sqlite3 *db, const char *path, struct rids *s, const char *code)
{
	sqlite3_stmt *st;
	unsigned char *b;
	int rc;

	if (s->nsets == 0) {
		if (sqlite3_prepare_v2(db, "SELECT coalesce(max(_rid), 0) "
		    "FROM records", -1, &st, NULL) != SQLITE_OK ||
		    sqlite3_step(st) != SQLITE_ROW)
			die(HARK_ETROUBLE, "%s: %s", path, sqlite3_errmsg(db));
		s->max = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
	}
	b = s->bits[s->nsets++] = xcalloc((size_t)(s->max >> 3) + 1, 1);
	if (sqlite3_prepare_v2(db, "SELECT rid FROM record_codes WHERE code "
	    "= ?1", -1, &st, NULL) != SQLITE_OK)
		die(HARK_ETROUBLE, "%s: %s", path, sqlite3_errmsg(db));
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sqlite3_int64 r = sqlite3_column_int64(st, 0);

		if (r >= 0 && r <= s->max)
			b[r >> 3] |= (unsigned char)(1u << (r & 7));
	}
	if (rc != SQLITE_DONE)
		die(HARK_ETROUBLE, "%s: %s", path, sqlite3_errmsg(db));
	sqlite3_finalize(st);
}


/* Nothing found with --where COL=VALUE: when no record at all has that
 * value (a typo, another case), say so with some values it has, as an
 * unknown --theme is said; else the query found nothing, which is no
 * mistake. */
static void
where_note(struct sqlite3 *db, const char *col, const char *val)
{
	struct buf q = BUF_INIT, vals = BUF_INIT;
	sqlite3_stmt *st;
	int n = 0, rc;

	buf_adds(&q, "SELECT 1 FROM records WHERE ");
	store_ident(&q, col);
	buf_adds(&q, " = ?1 LIMIT 1");
	if (sqlite3_prepare_v2(db, q.s, -1, &st, NULL) != SQLITE_OK)
		goto out;
	sqlite3_bind_text(st, 1, val, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		goto out;
	buf_reset(&q);
	buf_adds(&q, "SELECT DISTINCT ");
	store_ident(&q, col);
	buf_adds(&q, " FROM records LIMIT 6");
	if (sqlite3_prepare_v2(db, q.s, -1, &st, NULL) != SQLITE_OK)
		goto out;
	while (sqlite3_step(st) == SQLITE_ROW && n < 6) {
		const char *v = (const char *)sqlite3_column_text(st, 0);

		buf_addf(&vals, "%s'%s'", n ? ", " : "", n == 5 ? "..." :
		    v ? v : "");
		n++;
	}
	sqlite3_finalize(st);
	err_msg("--where %s=%s: no record has that value (the whole value, "
	    "case and all; some it has: %s)", col, val, vals.s ? vals.s :
	    "none");
out:
	buf_free(&q);
	buf_free(&vals);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "db", required_argument, NULL, 'd' },
		{ "count", no_argument, NULL, 'c' },
		{ "theme", required_argument, NULL, 't' },
		{ "code", required_argument, NULL, 'C' },
		{ "where", required_argument, NULL, 'w' },
		{ "limit", required_argument, NULL, 'n' },
		{ "allow-unredacted", no_argument, NULL, 'u' },
		{ NULL, 0, NULL, 0 }
	};
	const char *path = NULL, *theme = NULL, *code = NULL, *query;
	char **wh = NULL, num[64];
	size_t nwh = 0, i, ncols = 0, bind;
	int c, count = 0, allow = 0, redacted, unredacted, rc;
	unsigned long limit = 0;
	long long found = 0;
	struct buf sql = BUF_INIT;
	struct rec_writer w;
	sqlite3 *db;
	sqlite3_stmt *st, *cs;
	char **cols = NULL;
	struct rids rids = { { NULL, NULL }, 0, 0 };

	err_init("search");
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hqd:ct:C:w:n:u", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'h':
			opt_help(usage, help);
		case 'q':
			err_quiet = 1;
			break;
		case 'd':
			path = optarg;
			break;
		case 'c':
			count = 1;
			break;
		case 't':
			theme = optarg;
			break;
		case 'C':
			code = optarg;
			break;
		case 'w':
			if (strchr(optarg, '=') == NULL || optarg[0] == '=') {
				err_msg("bad --where '%s' (COL=VALUE)", optarg);
				usage(stderr);
				return HARK_ETROUBLE;
			}
			wh = xrealloc(wh, xmul(nwh + 1, sizeof *wh));
			wh[nwh++] = optarg;
			break;
		case 'n':
			limit = opt_uint("--limit", optarg, 1, 1000000000,
			    usage);
			break;
		case 'u':
			allow = 1;
			break;
		default:
			opt_fail(c, argv, usage);
		}
	}
	if (path == NULL || optind != argc - 1) {
		err_msg(path == NULL ? "no store given (--db FILE)" :
		    optind == argc ? "no query given" : "one query, please "
		    "(quote it: hark search --db FILE 'feel safe')");
		usage(stderr);
		return HARK_ETROUBLE;
	}
	query = argv[optind];
	/* --count shows no text */
	db = store_open_shown(path, allow || count, " (a run loaded it with "
	    "--allow-unredacted): give --allow-unredacted to show it", 0,
	    &unredacted);
	redacted = !unredacted;
	/* the record columns, in the store's order */
	if (sqlite3_prepare_v2(db, "SELECT name FROM pragma_table_info("
	    "'records') WHERE name NOT IN ('_rid', '_run', 'id') ORDER BY cid",
	    -1, &cs, NULL) != SQLITE_OK)
		die(HARK_ETROUBLE, "%s: %s", path, sqlite3_errmsg(db));
	while (sqlite3_step(cs) == SQLITE_ROW) {
		cols = xrealloc(cols, xmul(ncols + 1, sizeof *cols));
		cols[ncols++] = xstrdup((const char *)sqlite3_column_text(cs,
		    0));
	}
	sqlite3_finalize(cs);
	if (theme)
		store_need_code(db, path, "theme", theme);
	if (code)
		store_need_code(db, path, "code", code);
	for (i = 0; i < nwh; i++) {
		*strchr(wh[i], '=') = '\0';
		if (!store_has_col(db, wh[i]) || wh[i][0] == '_')
			die(HARK_ETROUBLE, "%s: no column '%s' (--where)",
			    path, wh[i]);
	}
	/* The matching rowids (with their bm25 ranks) come first, from the
	 * index alone; only the --limit best are then joined to records and
	 * given snippets, in one more pass over the matches between the
	 * first and the last of them (CROSS JOIN keeps that order; a lookup
	 * per rowid would set a prefix query up again for each). */
	if (count)
		buf_adds(&sql, "SELECT count(*)");
	else
		buf_adds(&sql, "WITH top(rid, score) AS (SELECT fts.rowid, "
		    "bm25(fts)");
	buf_adds(&sql, " FROM fts");
	if (nwh)
		buf_adds(&sql, " JOIN records r ON r._rid = fts.rowid");
	buf_adds(&sql, " WHERE fts MATCH ?1");
	/* A theme, as in kwic: its code and the codes below it (so a
	 * sub-code matches whatever the level of the themes column), the
	 * records of one range of record_codes, read once into a set that
	 * every match is looked up in (a B-tree probe per match, in tags or
	 * record_codes, took longer than ranking them all). */
	if (theme)
		rids_add(db, path, &rids, theme);
	if (code)
		rids_add(db, path, &rids, code);
	if (rids.nsets) {
		if (sqlite3_create_function(db, "hark_in", 1, SQLITE_UTF8,
		    &rids, rids_in, NULL, NULL) != SQLITE_OK)
			die(HARK_ETROUBLE, "%s: %s", path, sqlite3_errmsg(db));
		buf_adds(&sql, " AND hark_in(fts.rowid)");
	}
	for (i = 0; i < nwh; i++) {
		buf_adds(&sql, " AND r.");
		store_ident(&sql, wh[i]);
		buf_addf(&sql, " = ?%zu", i + 4);
	}
	if (!count) {
		buf_adds(&sql, " ORDER BY bm25(fts), fts.rowid");
		if (limit)
			buf_addf(&sql, " LIMIT %lu", limit);
		buf_adds(&sql, ") SELECT r.id, top.score, snippet(fts, 0, "
		    "'[', ']', '…', 16), r.* FROM fts CROSS JOIN top CROSS "
		    "JOIN records r WHERE fts MATCH ?1 AND fts.rowid >= "
		    "(SELECT min(rid) FROM top) AND fts.rowid <= (SELECT "
		    "max(rid) FROM top) AND top.rid = fts.rowid AND r._rid = "
		    "top.rid ORDER BY top.score, top.rid");
	}
	if (sqlite3_prepare_v2(db, sql.s, -1, &st, NULL) != SQLITE_OK)
		die(HARK_ETROUBLE, "%s: %s", path, sqlite3_errmsg(db));
	sqlite3_bind_text(st, 1, query, -1, SQLITE_STATIC);
	for (i = 0, bind = 4; i < nwh; i++, bind++)
		sqlite3_bind_text(st, (int)bind, wh[i] + strlen(wh[i]) + 1, -1,
		    SQLITE_STATIC);
	rec_writer_init(&w, 1);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		store_bad_query(sqlite3_errmsg(db));
	if (count) {
		found = sqlite3_column_int64(st, 0);
		rec_putu(&w, (unsigned long long)found);
		rec_putc(&w, '\n');
	} else {
		rec_puts(&w, "id\trank\tsnippet");
		for (i = 0; i < ncols; i++) {
			/* a record's own rank, snippet or unredacted column
			 * (a stream that was searched before, say) under
			 * another name: a header names a column once */
			int taken = strcmp(cols[i], "rank") == 0 ||
			    strcmp(cols[i], "snippet") == 0 ||
			    strcmp(cols[i], "unredacted") == 0;

			rec_putc(&w, '\t');
			if (taken)
				rec_puts(&w, "record_");
			rec_put_esc(&w, cols[i], strlen(cols[i]));
		}
		if (!redacted)
			rec_puts(&w, "\tunredacted");
		rec_putc(&w, '\n');
		if (!redacted)
			err_msg("%s: warning: the store holds unredacted "
			    "text", path);
	}
	for (; !count && rc == SQLITE_ROW; rc = sqlite3_step(st)) {
		int k, n = sqlite3_column_count(st);

		for (k = 0; k < n; k++) {
			const char *name = sqlite3_column_name(st, k);
			const char *v;

			if (k >= 3 && (strcmp(name, "_rid") == 0 ||
			    strcmp(name, "_run") == 0 || strcmp(name, "id") ==
			    0))
				continue;
			if (k)
				rec_putc(&w, '\t');
			if (k == 1) {
				snprintf(num, sizeof num, "%.6f",
				    sqlite3_column_double(st, k));
				rec_puts(&w, num);
				continue;
			}
			v = (const char *)sqlite3_column_text(st, k);
			if (v)
				rec_put_esc(&w, v, (size_t)
				    sqlite3_column_bytes(st, k));
		}
		if (!redacted)
			rec_puts(&w, "\tyes");
		rec_putc(&w, '\n');
		found++;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		store_bad_query(sqlite3_errmsg(db));
	sqlite3_finalize(st);
	if (found == 0)
		for (i = 0; i < nwh; i++)
			where_note(db, wh[i], wh[i] + strlen(wh[i]) + 1);
	store_close(db);
	rec_writer_close(&w);
	for (i = 0; i < ncols; i++)
		free(cols[i]);
	free(cols);
	free(wh);
	free(rids.bits[0]);
	free(rids.bits[1]);
	buf_free(&sql);
	return HARK_OK;
}
