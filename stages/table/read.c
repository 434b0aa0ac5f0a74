/*
 * read.c - hark-table's input: each row's theme, outcome and records
 * values checked and added to the counters of its cohort (the --by values,
 * interned as one TAB-joined key).  A bad value is reported with its line
 * and the row rejected; the table is then not written.  A row with records
 * 0 is left out entirely (table.1).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "buf.h"
#include "err.h"
#include "table.h"
#include "banned.h"

/* yes/no, true/false, 1/0, y/n in any case, and 1.0/0.0 (pandas writes a
 * 0/1 column with gaps as floats); the empty value, NA, NaN and null
 * (R, pandas, SQL) are missing.  Returns 0, 1, MISSING, or -1. */
static int
binary(struct str v)
{
	static const char *const yes[] = { "yes", "true", "1", "y" };
	static const char *const no[] = { "no", "false", "0", "n" };
	static const char *const na[] = { "na", "nan", "null" };
	size_t i, k;

	if (v.n == 0)
		return MISSING;
	for (i = 0; i < 3; i++)
		if (strlen(na[i]) == v.n && strncasecmp(v.p, na[i], v.n) == 0)
			return MISSING;
	/* 0.0, 1.00, 1. */
	for (k = 1; k < v.n && v.p[k] == (k == 1 ? '.' : '0'); k++)
		;
	if (v.n > 1 && k == v.n && v.p[1] == '.' &&
	    (v.p[0] == '0' || v.p[0] == '1'))
		return v.p[0] == '1';
	for (i = 0; i < 4; i++) {
		if (strlen(yes[i]) == v.n && strncasecmp(v.p, yes[i], v.n) == 0)
			return 1;
		if (strlen(no[i]) == v.n && strncasecmp(v.p, no[i], v.n) == 0)
			return 0;
	}
	return -1;
}

/* A theme value: a count; above 0 means present.  Returns 0, 1 or -1. */
static int
present(struct str v)
{
	size_t i;
	int any = 0;

	if (v.n == 0)
		return -1;
	for (i = 0; i < v.n; i++) {
		if (v.p[i] < '0' || v.p[i] > '9')
			return -1;
		any |= v.p[i] != '0';
	}
	return any;
}

/* Whether a person key column of r's row is empty. */
static int
empty_key(const struct table *t, const struct rec_reader *r)
{
	size_t i;

	for (i = 0; t->pcol[i] >= 0; i++)
		if (r->f[t->pcol[i]].n == 0)
			return 1;
	return 0;
}

int
table_read(struct table *t, struct rec_reader *r)
{
	/* Static: reachable when a message ends the program. */
	static struct arena a;
	static struct buf key;
	static unsigned char *has, *yn;
	int k, bad = 0;
	size_t i, j;

	has = xmalloc(t->nt + 1);
	yn = xmalloc(t->no + 1);

	arena_init(&a, 0);
	buf_init(&key);
	while ((k = rec_read(r)) != REC_EOF) {
		uint64_t *b;
		size_t c;
		int added;

		if (k == REC_FAIL) {
			rec_report(r);
			exit(HARK_ETROUBLE);
		}
		if (k == REC_BAD) {
			rec_report(r);
			bad++;
			continue;
		}
		if (t->withcol >= 0 && t->with == NULL) {
			struct str w = rec_get(r, (size_t)t->withcol, &a);

			t->with = xmemdup(w.p, w.n);
		} else if (t->withcol >= 0) {
			/* rows counted with other lexicons cannot be added
			 * up (hark merge refuses them too) */
			struct str w = rec_get(r, (size_t)t->withcol, &a);
			size_t fn = strlen(t->with);

			if (w.n && fn && (w.n != fn || memcmp(w.p, t->with,
			    fn) != 0))
				die_at(HARK_EDATA, r->name, r->line, "counted "
				    "with other lexicons than the first row "
				    "(tagged_with '%.*s', the first row's '%s'): "
				    "counts of two codebooks cannot be added up",
				    (int)(w.n > 300 ? 300 : w.n), w.p,
				    t->with);
		}
		for (i = 0; i < t->nt; i++) {
			struct str v = rec_get(r, (size_t)t->tcol[i], &a);
			int h = present(v);

			if (h < 0) {
				err_at(r->name, r->line, "bad count '%.*s' in "
				    "theme column '%s' (want a number)",
				    (int)(v.n > 200 ? 200 : v.n), v.p,
				    r->cols[t->tcol[i]]);
				break;
			}
			has[i] = (unsigned char)h;
		}
		for (j = 0; i == t->nt && j < t->no; j++) {
			struct str v = rec_get(r, (size_t)t->ocol[j], &a);
			int y = binary(v);

			if (y < 0) {
				err_at(r->name, r->line, "bad value '%.*s' in "
				    "outcome column '%s' (want yes/no, "
				    "true/false, 1/0 or Y/N, or empty or NA "
				    "when missing)", (int)(v.n > 200 ? 200 : v.n),
				    v.p, t->oname[j]);
				break;
			}
			yn[j] = (unsigned char)y;
		}
		if (i == t->nt && j == t->no && t->rcol >= 0) {
			struct str v = rec_get(r, (size_t)t->rcol, &a);
			int h = present(v);

			if (h < 0) {
				err_at(r->name, r->line, "bad count '%.*s' in "
				    "column 'records' (want a number)",
				    (int)(v.n > 200 ? 200 : v.n), v.p);
				i = 0;
			} else if (h == 0) {
				/* No records: nothing is known of its themes,
				 * so the row is not in the table at all. */
				t->norecords++;
				arena_reset(&a);
				continue;
			} else if (!t->unit_records && t->pcol[0] >= 0 &&
			    empty_key(t, r)) {
				/* Records with no person id, summed as one
				 * "person": 3,445 records became 3 people. */
				t->noperson++;
				arena_reset(&a);
				continue;
			} else if (t->unit_records && !(v.n == 1 &&
			    v.p[0] == '1')) {
				/* A row of several records counted as one
				 * record: 44 "records" for 2,625. */
				die_at(HARK_EDATA, r->name, r->line, "--unit "
				    "records, but this row sums %.*s records: "
				    "its rows are groups, not records (count by "
				    "the record id: hark count --by id,... "
				    "--wide)", (int)(v.n > 40 ? 40 : v.n), v.p);
			}
		}
		arena_reset(&a);
		if (i < t->nt || j < t->no) {
			bad++;
			continue;
		}
		buf_reset(&key);
		for (i = 0; i < t->nby; i++) {
			const struct rec_field *f = &r->f[t->bycol[i]];

			/* the table's own total row is labelled Total: a
			 * cohort of that name would be read as all cohorts
			 * (the pack showed its figures as the whole's) */
			if (f->n == 5 && memcmp(f->p, "Total", 5) == 0)
				die_at(HARK_EDATA, r->name, r->line, "a cohort "
				    "named 'Total' in column '%s', the label of "
				    "the table's total row: rename it in the "
				    "data (it would be read as all cohorts)",
				    t->by[i]);
			if (i)
				buf_addc(&key, '\t');
			buf_add(&key, f->p, f->n);
		}
		c = hash_intern(&t->cohorts, key.s, key.len, &added);
		if (added) {
			if (c >= t->cap) {
				t->cap = t->cap ? xmul(t->cap, 2) : 64;
				t->cnt = xrealloc(t->cnt,
				    xmul(xmul(t->cap, t->bsz), sizeof *t->cnt));
			}
			memset(block(t, c), 0, t->bsz * sizeof *t->cnt);
		}
		b = block(t, c);
		b[0]++;
		for (j = 0; j < t->no; j++)
			t->missing[j] += yn[j] == MISSING;
		for (i = 0; i < t->nt; i++) {
			b[1 + i] += has[i];
			for (j = 0; j < t->no; j++)
				if (yn[j] != MISSING)
					cell4(t, b, i, j)[(has[i] ? 0 : 2) +
					    (yn[j] ? 0 : 1)]++;
		}
	}
	buf_free(&key);
	arena_free(&a);
	free(has);
	free(yn);
	return bad;
}
