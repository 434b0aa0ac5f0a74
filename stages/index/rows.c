/*
 * rows.c - hark-index's rows of tags, themes and record_codes, kept until
 * the end of a batch and written then, ROWS to a statement (one INSERT of
 * many rows costs SQLite its per-statement work once), record_codes
 * sorted by code, so that each code's rows go into its range of the
 * primary key one after another rather than each looked for anew.  They
 * are written before the batch's COMMIT, so a killed load still leaves
 * whole batches.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "index.h"
#include "banned.h"

/* Rows to an INSERT statement; the remainder goes one at a time. */
enum { ROWS = 64, NTAG = 8, NTHEME = 4, NCODE = 2 };

/* Written when the rows of any table reach this, within the batch's
 * transaction: memory stays bounded whatever --batch is. */
enum { MAX_ROWS = 1 << 16 };

static sqlite3_stmt *
prep_rows(struct ix *x, const char *head, int ncol, int nrow)
{
	struct buf sql = BUF_INIT;
	sqlite3_stmt *st;
	int r, c;

	buf_adds(&sql, head);
	for (r = 0; r < nrow; r++) {
		buf_adds(&sql, r ? ",(" : " VALUES (");
		for (c = 0; c < ncol; c++)
			buf_adds(&sql, c ? ",?" : "?");
		buf_addc(&sql, ')');
	}
	st = ix_prep(x, sql.s);
	buf_free(&sql);
	return st;
}

void
ix_rows_init(struct ix *x)
{
	static const char tag[] = "INSERT INTO tags", theme[] =
	    "INSERT OR IGNORE INTO themes", code[] =
	    "INSERT INTO record_codes";

	x->rows.tag1 = prep_rows(x, tag, NTAG, 1);
	x->rows.tagn = prep_rows(x, tag, NTAG, ROWS);
	x->rows.theme1 = prep_rows(x, theme, NTHEME, 1);
	x->rows.themen = prep_rows(x, theme, NTHEME, ROWS);
	x->rows.code1 = prep_rows(x, code, NCODE, 1);
	x->rows.coden = prep_rows(x, code, NCODE, ROWS);
	buf_init(&x->rows.str);
}

/* A copy of s in the batch's strings: its offset. */
static size_t
keep(struct ix *x, const char *s, size_t n)
{
	size_t off = x->rows.str.len;

	buf_add(&x->rows.str, s, n);
	return off;
}

static int
full(const struct ix *x)
{
	return x->rows.ntag >= MAX_ROWS || x->rows.ntheme >= MAX_ROWS ||
	    x->rows.ncode >= MAX_ROWS;
}

/* p with room for one more of its n elements of size bytes (doubling
 * from 1024). */
static void *
room(void *p, size_t *cap, size_t n, size_t size)
{
	if (n == *cap) {
		*cap = *cap ? xmul(*cap, 2) : 1024;
		p = xrealloc(p, xmul(*cap, size));
	}
	return p;
}

void
ix_row_tag(struct ix *x, sqlite3_int64 rid, struct str code,
	   const sqlite3_int64 *num, int negated, int uncertain)
{
	struct ix_tag *t;

	x->rows.tag = room(x->rows.tag, &x->rows.captag, x->rows.ntag,
	    sizeof *x->rows.tag);
	t = &x->rows.tag[x->rows.ntag++];
	t->rid = rid;
	memcpy(t->num, num, sizeof t->num);
	t->negated = negated;
	t->uncertain = uncertain;
	t->code = keep(x, code.p, code.n);
	t->len = code.n;
	if (full(x))
		ix_rows_flush(x);
}

void
ix_row_theme(struct ix *x, sqlite3_int64 rid, struct str name,
	     sqlite3_int64 count, sqlite3_int64 negated)
{
	struct ix_theme *t;

	x->rows.theme = room(x->rows.theme, &x->rows.captheme,
	    x->rows.ntheme, sizeof *x->rows.theme);
	t = &x->rows.theme[x->rows.ntheme++];
	t->rid = rid;
	t->count = count;
	t->negated = negated;
	t->name = keep(x, name.p, name.n);
	t->len = name.n;
	if (full(x))
		ix_rows_flush(x);
}

void
ix_row_code(struct ix *x, sqlite3_int64 rid, struct str code)
{
	struct ix_code *c;

	x->rows.code = room(x->rows.code, &x->rows.capcode, x->rows.ncode,
	    sizeof *x->rows.code);
	c = &x->rows.code[x->rows.ncode++];
	c->rid = rid;
	c->code = keep(x, code.p, code.n);
	c->len = code.n;
	if (full(x))
		ix_rows_flush(x);
}

/* The strings the sort compares (qsort passes no context). */
static const char *sort_str;

static int
code_cmp(const void *a, const void *b)
{
	const struct ix_code *p = a, *q = b;
	size_t n = p->len < q->len ? p->len : q->len;
	int c = memcmp(sort_str + p->code, sort_str + q->code, n);

	if (c == 0 && p->len != q->len)
		c = p->len < q->len ? -1 : 1;
	if (c == 0)
		c = p->rid < q->rid ? -1 : p->rid > q->rid;
	return c;
}

static void
step(struct ix *x, sqlite3_stmt *st, const char *what)
{
	if (sqlite3_step(st) != SQLITE_DONE)
		ix_die(x, what);
	sqlite3_reset(st);
}

void
ix_rows_flush(struct ix *x)
{
	const char *s = x->rows.str.s ? x->rows.str.s : "";
	sqlite3_stmt *st;
	size_t i, k, n;
	int b, j;

	for (i = 0; i < x->rows.ntag; i += n) {
		n = x->rows.ntag - i >= ROWS ? ROWS : 1;
		st = n == ROWS ? x->rows.tagn : x->rows.tag1;
		for (k = 0, b = 1; k < n; k++) {
			const struct ix_tag *t = &x->rows.tag[i + k];

			sqlite3_bind_int64(st, b++, t->rid);
			sqlite3_bind_text(st, b++, s + t->code, (int)t->len,
			    SQLITE_STATIC);
			for (j = 0; j < 4; j++)
				sqlite3_bind_int64(st, b++, t->num[j]);
			sqlite3_bind_int(st, b++, t->negated);
			sqlite3_bind_int(st, b++, t->uncertain);
		}
		step(x, st, "cannot insert a tag");
	}
	for (i = 0; i < x->rows.ntheme; i += n) {
		n = x->rows.ntheme - i >= ROWS ? ROWS : 1;
		st = n == ROWS ? x->rows.themen : x->rows.theme1;
		for (k = 0, b = 1; k < n; k++) {
			const struct ix_theme *t = &x->rows.theme[i + k];

			sqlite3_bind_int64(st, b++, t->rid);
			sqlite3_bind_text(st, b++, s + t->name, (int)t->len,
			    SQLITE_STATIC);
			sqlite3_bind_int64(st, b++, t->count);
			sqlite3_bind_int64(st, b++, t->negated);
		}
		step(x, st, "cannot insert a theme");
	}
	sort_str = s;
	if (x->rows.ncode > 1)
		qsort(x->rows.code, x->rows.ncode, sizeof *x->rows.code,
		    code_cmp);
	for (i = 0; i < x->rows.ncode; i += n) {
		n = x->rows.ncode - i >= ROWS ? ROWS : 1;
		st = n == ROWS ? x->rows.coden : x->rows.code1;
		for (k = 0, b = 1; k < n; k++) {
			const struct ix_code *c = &x->rows.code[i + k];

			sqlite3_bind_text(st, b++, s + c->code, (int)c->len,
			    SQLITE_STATIC);
			sqlite3_bind_int64(st, b++, c->rid);
		}
		step(x, st, "cannot insert a record's code");
	}
	x->rows.ntag = x->rows.ntheme = x->rows.ncode = 0;
	buf_reset(&x->rows.str);
}

void
ix_rows_free(struct ix *x)
{
	sqlite3_finalize(x->rows.tag1);
	sqlite3_finalize(x->rows.tagn);
	sqlite3_finalize(x->rows.theme1);
	sqlite3_finalize(x->rows.themen);
	sqlite3_finalize(x->rows.code1);
	sqlite3_finalize(x->rows.coden);
	free(x->rows.tag);
	free(x->rows.theme);
	free(x->rows.code);
	buf_free(&x->rows.str);
}
