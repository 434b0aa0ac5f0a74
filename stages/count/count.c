/*
 * count.c - hark-count: theme counts by any key columns.
 *
 * Reads the `themes` column (NAME=COUNT entries) and, when present,
 * `themes_negated`, and writes long counts keyed by the --by columns:
 * the key columns, `theme`, `records`, `mentions`, `negated`, one row per
 * key and theme plus a row with theme `*` holding the key's totals, sorted
 * by key then theme so that shards summed by hark-merge give the same
 * bytes as one run; then the first record's `tagged_with`, when the
 * stream has one, on every row (docs/record-format.md, "Settings that
 * travel").  With --wide, one row per key with a `records` column
 * and one `theme:NAME` column of mentions per theme.
 *
 * The tally grows with keys x themes.  Past the memory budget
 * (HARK_MEMORY, 16 MiB) it goes to a temporary file as a run sorted as the
 * output is, and starts again empty; at the end the runs are merged,
 * summing a (key, theme) that is in several, into the same bytes.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "opt.h"
#include "lists.h"
#include "rec.h"
#include "heap.h"
#include "spill.h"
#include "tally.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-count [-hq] --by COL[,COL...] [--wide] "
	    "[FILE...]\n");
}

static const char help[] =
	"  --by COL[,COL...]       the key columns, in the order written (required)\n"
	"  --wide                  one row per key with a column per theme\n"
	OPT_HELP_COMMON;

/* One NAME=COUNT entry of a themes list. */
struct entry {
	const char *name;
	size_t n;
	uint64_t count;
};

/*
 * Parse a themes list into *e (reused).  Returns NULL, or a phrase saying
 * what is wrong with entry *bad (bad[0..*badn)).
 */
static const char *
parse_list(struct str s, struct buf *e, size_t *ne, const char **bad,
	   size_t *badn)
{
	const char *p = s.p, *end = s.p + s.n;

	*ne = 0;
	buf_reset(e);
	if (s.n == 0)
		return NULL;
	for (;;) {
		const char *q = p, *why;
		struct entry en;
		struct str name;
		unsigned long long v;
		size_t i;

		while (q < end && *q != ' ')
			q++;
		*bad = p;
		*badn = (size_t)(q - p);
		if ((why = list_count(p, *badn, &name, &v)) != NULL)
			return why;
		en.name = name.p;
		en.n = name.n;
		en.count = v;
		for (i = 0; i < *ne; i++) {
			struct entry *o = (struct entry *)e->s + i;

			if (o->n == en.n && memcmp(o->name, en.name, en.n) == 0)
				return "theme listed twice";
		}
		buf_add(e, &en, sizeof en);
		(*ne)++;
		if (q == end)
			return NULL;
		p = q + 1;
		if (p == end || *p == ' ') {
			*badn = 0;
			return "empty entry (two spaces, or a space at an "
			    "end)";
		}
	}
}

/* ---- spilling the tally to sorted runs ---- */

static struct spill sp = { .fd = -1 };
static uint64_t *run_off;       /* run i: [run_off[i], run_off[i + 1]) */
static size_t nruns;
static struct hash allthemes;   /* every theme of every run */

/* Bytes the tally holds, with what sorting it takes (near enough). */
static size_t
tally_mem(const struct tally *t)
{
	return t->groups.keys.cap + t->groups.cap * sizeof(struct hash_ent) +
	    t->groups.nslot * sizeof(uint64_t) + t->gcap * sizeof *t->grp +
	    t->pool_cap * sizeof *t->pool + t->wide_cap * sizeof *t->wide +
	    t->groups.count * 36;
}

/* One entry of a run: key and theme lengths, the counters, key, theme. */
static void
put_entry(const char *key, uint32_t kn, const char *th, uint32_t tn,
	  const uint64_t v[TALLY_NV])
{
	spill_write(&sp, &kn, 4);
	spill_write(&sp, &tn, 4);
	spill_write(&sp, v, TALLY_NV * sizeof *v);
	spill_write(&sp, key, kn);
	spill_write(&sp, th, tn);
}

/* Write t as a run in output order, and empty it. */
static void
spill_tally(struct tally *t)
{
	size_t i, j, nc, kn, tn;

	if (sp.fd < 0) {
		spill_open(&sp);
		hash_init(&allthemes);
		run_off = xmalloc(sizeof *run_off);
		run_off[0] = 0;
	}
	tally_sort(t);
	for (i = 0; i < t->themes.count; i++) {
		const char *p = tally_theme(t, (uint32_t)i, &tn);

		(void)hash_intern(&allthemes, p, tn, NULL);
	}
	for (i = 0; i < t->groups.count; i++) {
		size_t g = t->order[i];
		const struct tally_cell *c = tally_cells(t, g, &nc);
		const char *key = tally_key(t, g, &kn);

		for (j = 0; j < nc; j++) {
			uint64_t v[TALLY_NV];
			const char *th = tally_theme(t, c[j].th, &tn);

			tally_value(t, &c[j], v);
			put_entry(key, (uint32_t)kn, th, (uint32_t)tn, v);
		}
	}
	run_off = xrealloc(run_off, xmul(nruns + 2, sizeof *run_off));
	run_off[++nruns] = sp.len;
	tally_free(t);
	tally_init(t);
}

struct run_rd {
	struct spill_reader r;
	struct buf kt;          /* key, then theme */
	uint32_t kn, tn;
	uint64_t v[TALLY_NV];
	size_t run;
};

static int
run_next(struct run_rd *d)
{
	if (!spill_read(&d->r, &d->kn, 4))
		return 0;
	spill_read(&d->r, &d->tn, 4);
	spill_read(&d->r, d->v, sizeof d->v);
	buf_reset(&d->kt);
	buf_grow(&d->kt, (size_t)d->kn + d->tn);
	spill_read(&d->r, d->kt.s, (size_t)d->kn + d->tn);
	d->kt.len = (size_t)d->kn + d->tn;
	return 1;
}

/* Output order: key, then theme, by bytes (as tally_sort()); x and y
 * point to heap elements (struct run_rd *). */
static int
rd_cmp(const void *x, const void *y)
{
	const struct run_rd *a = *(struct run_rd *const *)x;
	const struct run_rd *b = *(struct run_rd *const *)y;
	int c = tally_bytecmp(a->kt.s, a->kn, b->kt.s, b->kn);

	if (c)
		return c;
	return tally_bytecmp(a->kt.s + a->kn, a->tn, b->kt.s + b->kn, b->tn);
}

static void
sift(struct run_rd **h, size_t n, size_t i)
{
	heap_sift(h, n, i, sizeof *h, rd_cmp);
}

static const struct hash *sorting;

static int
cmp_theme(const void *x, const void *y)
{
	size_t an, bn;
	const char *a = hash_key(sorting, *(const uint32_t *)x, &an);
	const char *b = hash_key(sorting, *(const uint32_t *)y, &bn);

	return tally_bytecmp(a, an, b, bn);
}

/* One key's merged row, wide: records, then the mentions of every theme
 * by rank (0 when none), as tally_write_wide() writes it. */
static void
put_wide(struct rec_writer *w, const char *key, size_t kn, const uint64_t *men,
	 uint64_t records, size_t nt, const char *with)
{
	size_t i;

	rec_put(w, key, kn);
	rec_putc(w, '\t');
	rec_putu(w, records);
	for (i = 1; i < nt; i++) {
		rec_putc(w, '\t');
		rec_putu(w, men[i]);
	}
	if (with) {
		rec_putc(w, '\t');
		rec_put(w, with, strlen(with));
	}
	rec_putc(w, '\n');
}

/* One row of the long output: key, theme, the values, the lexicons. */
static void
put_long_row(struct rec_writer *w, const char *key, size_t kn,
	     const char *th, size_t tn, const uint64_t v[TALLY_NV],
	     const char *with)
{
	size_t k;

	rec_put(w, key, kn);
	rec_putc(w, '\t');
	rec_put(w, th, tn);
	for (k = 0; k < TALLY_NV; k++) {
		rec_putc(w, '\t');
		rec_putu(w, v[k]);
	}
	if (with) {
		rec_putc(w, '\t');
		rec_puts(w, with);
	}
	rec_putc(w, '\n');
}

/* Merge the runs (the tally last spilled too) into the output. */
static void
write_merged(struct rec_writer *w, struct tally *t, const char *const *by,
	     size_t nby, int wide, const char *with)
{
	struct run_rd *rd, **h;
	struct buf cur = BUF_INIT;  /* the (key, theme) being summed */
	size_t i, k, nh = 0, nt = 0, curkn = 0, bufsize, rank = 0;
	uint32_t *tsorted = NULL, *rankof = NULL; /* a theme's column */
	uint64_t sum[TALLY_NV] = { 0 }, *men = NULL, records = 0;
	int have = 0;

	spill_tally(t);
	spill_flush(&sp);
	tally_free(t);
	tally_init(t);
	for (k = 0; k < nby; k++) {
		rec_put_esc(w, by[k], strlen(by[k]));
		rec_putc(w, '\t');
	}
	if (wide) {
		nt = allthemes.count;
		tsorted = xmalloc(xmul(nt, sizeof *tsorted));
		for (i = 0; i < nt; i++)
			tsorted[i] = (uint32_t)i;
		sorting = &allthemes;
		qsort(tsorted, nt, sizeof *tsorted, cmp_theme);
		sorting = NULL;
		rankof = xmalloc(xmul(nt, sizeof *rankof));
		for (i = 0; i < nt; i++)
			rankof[tsorted[i]] = (uint32_t)i;
		men = xcalloc(nt, sizeof *men);
		rec_put(w, "records", 7);
		for (i = 1; i < nt; i++) {
			size_t n;
			const char *p = hash_key(&allthemes, tsorted[i], &n);

			rec_put(w, "\ttheme:", 7);
			rec_put(w, p, n);
		}
		if (with)
			rec_put(w, "\ttagged_with", 12);
		rec_putc(w, '\n');
	} else {
		rec_puts(w, "theme\trecords\tmentions\tnegated");
		rec_puts(w, with ? "\ttagged_with\n" : "\n");
	}
	bufsize = spill_budget(SPILL_BUDGET) / 2 / nruns;
	bufsize = bufsize < 4096 ? 4096 : bufsize > 1 << 16 ? 1 << 16 : bufsize;
	rd = xcalloc(nruns, sizeof *rd);
	h = xmalloc(xmul(nruns, sizeof *h));
	for (i = 0; i < nruns; i++) {
		spill_reader_init(&rd[i].r, &sp, run_off[i], run_off[i + 1],
		    bufsize);
		buf_init(&rd[i].kt);
		rd[i].run = i;
		if (run_next(&rd[i]))
			h[nh++] = &rd[i];
	}
	for (i = nh; i-- > 0;)
		sift(h, nh, i);
	for (;;) {
		struct run_rd *d = nh ? h[0] : NULL;
		int same = d && have && d->kn + d->tn == cur.len &&
		    d->kn == curkn && memcmp(d->kt.s, cur.s, cur.len) == 0;
		int samekey = d && have && d->kn == curkn &&
		    memcmp(d->kt.s, cur.s, curkn) == 0;

		if (have && !same) {
			/* (key, theme) cur is summed: out with it. */
			if (!wide) {
				put_long_row(w, cur.s, curkn, cur.s + curkn,
				    cur.len - curkn, sum, with);
			} else {
				long th = hash_find(&allthemes, cur.s + curkn,
				    cur.len - curkn);

				rank = th >= 0 ? rankof[th] : nt;
				if (rank == 0 && cur.len - curkn == 1 &&
				    cur.s[curkn] == '*')
					records = sum[TALLY_RECORDS];
				else if (rank < nt)
					men[rank] = sum[TALLY_MENTIONS];
				if (!samekey) {
					put_wide(w, cur.s, curkn, men, records,
					    nt, with);
					memset(men, 0, nt * sizeof *men);
					records = 0;
				}
			}
			have = 0;
		}
		if (!d)
			break;
		if (!have) {
			buf_reset(&cur);
			buf_add(&cur, d->kt.s, d->kt.len);
			curkn = d->kn;
			memset(sum, 0, sizeof sum);
			have = 1;
		}
		for (k = 0; k < TALLY_NV; k++) {
			if (sum[k] > UINT64_MAX - d->v[k])
				die(HARK_EDATA, "count overflows");
			sum[k] += d->v[k];
		}
		if (!run_next(d))
			h[0] = h[--nh];
		sift(h, nh, 0);
	}
	for (i = 0; i < nruns; i++) {
		spill_reader_free(&rd[i].r);
		buf_free(&rd[i].kt);
	}
	free(rd);
	free(h);
	free(tsorted);
	free(rankof);
	free(men);
	buf_free(&cur);
	hash_free(&allthemes);
	spill_close(&sp);
	free(run_off);
}

static void
write_long(struct rec_writer *w, struct tally *t, const char *const *by,
	   size_t nby, const char *with)
{
	size_t ng = t->groups.count, i, j, k, n, nc;
	const char *p;

	for (k = 0; k < nby; k++) {
		rec_put_esc(w, by[k], strlen(by[k]));
		rec_putc(w, '\t');
	}
	rec_puts(w, "theme\trecords\tmentions\tnegated");
	rec_puts(w, with ? "\ttagged_with\n" : "\n");
	tally_sort(t);
	for (i = 0; i < ng; i++) {
		size_t g = t->order[i], kn;
		const struct tally_cell *c = tally_cells(t, g, &nc);
		const char *key = tally_key(t, g, &kn);

		for (j = 0; j < nc; j++) {
			uint64_t v[TALLY_NV];

			p = tally_theme(t, c[j].th, &n);
			tally_value(t, &c[j], v);
			put_long_row(w, key, kn, p, n, v, with);
		}
	}
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "by", required_argument, NULL, 'b' },
		{ "wide", no_argument, NULL, 'w' },
		{ "help", no_argument, NULL, 'h' },
		{ "quiet", no_argument, NULL, 'q' },
		{ NULL, 0, NULL, 0 }
	};
	/* Static, so that what they hold stays reachable when a message
	 * ends the program (LeakSanitizer). */
	static struct rec_reader r;
	static struct tally t;
	static struct arena a;
	static struct buf key, ents, negs, with;
	static char **by;
	static int *bycol;
	struct rec_writer w;
	size_t nby = 0, k, budget;
	int c, wide = 0, status = HARK_OK, tcol, ncol, wcol, first = 1;

	err_init("count");
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hq", longopts, NULL)) != -1) {
		switch (c) {
		case 'b':
			/* the last --by wins */
			nby = 0;
			opt_list("--by", optarg, &by, &nby, usage);
			break;
		case 'w':
			wide = 1;
			break;
		case 'h':
			opt_help(usage, help);
		case 'q':
			err_quiet = 1;
			break;
		default:
			opt_fail(c, argv, usage);
		}
	}
	if (nby == 0) {
		free(by);
		err_msg("--by is required");
		usage(stderr);
		return HARK_ETROUBLE;
	}
	rec_open_or_exit(&r, argv + optind, (size_t)(argc - optind), 0);
	bycol = xmalloc(xmul(nby, sizeof *bycol));
	for (k = 0; k < nby; k++)
		bycol[k] = rec_need_col(&r, by[k], NULL);
	tcol = rec_need_col(&r, "themes", "run hark theme first");
	ncol = rec_col(&r, "themes_negated");
	/* The lexicons of the first record travel on, long or wide (merge
	 * keeps them; table finds the codebook's labels and order there),
	 * unless tagged_with is a key. */
	wcol = rec_col(&r, "tagged_with");
	for (k = 0; wcol >= 0 && k < nby; k++)
		if (bycol[k] == wcol)
			wcol = -1;

	tally_init(&t);
	budget = spill_budget(SPILL_BUDGET);
	arena_init(&a, 0);
	buf_init(&key);
	buf_init(&ents);
	buf_init(&negs);
	while (rec_next(&r, &status)) {
		uint64_t tot[TALLY_NV] = { 1, 0, 0 }, add[TALLY_NV];
		const char *why = NULL, *bad = NULL, *col = "themes";
		size_t g, ne, nn, badn = 0, i;

		if (first && wcol >= 0)
			buf_add(&with, r.f[wcol].p, r.f[wcol].n);
		first = 0;
		/* Check both lists before counting anything of the record. */
		nn = 0;
		why = parse_list(rec_get(&r, (size_t)tcol, &a), &ents, &ne,
		    &bad, &badn);
		if (!why && ncol >= 0) {
			col = "themes_negated";
			why = parse_list(rec_get(&r, (size_t)ncol, &a), &negs,
			    &nn, &bad, &badn);
		}
		if (why) {
			if (badn)
				err_at(r.name, r.line, "%s in column '%s': "
				    "'%.*s'", why, col,
				    (int)(badn > 200 ? 200 : badn), bad);
			else
				err_at(r.name, r.line, "%s in column '%s'",
				    why, col);
			status = HARK_EDATA;
			arena_reset(&a);
			continue;
		}
		buf_reset(&key);
		for (k = 0; k < nby; k++) {
			if (k)
				buf_addc(&key, '\t');
			buf_add(&key, r.f[bycol[k]].p, r.f[bycol[k]].n);
		}
		g = tally_group(&t, key.s, key.len);
		for (i = 0; i < ne + nn; i++) {
			int neg = i >= ne;
			const struct entry *e = neg ?
			    (const struct entry *)negs.s + (i - ne) :
			    (const struct entry *)ents.s + i;
			int tk = neg ? TALLY_NEGATED : TALLY_MENTIONS;

			add[TALLY_RECORDS] = !neg && e->count > 0;
			add[TALLY_MENTIONS] = neg ? 0 : e->count;
			add[TALLY_NEGATED] = neg ? e->count : 0;
			if (tot[tk] > UINT64_MAX - e->count ||
			    tally_add(&t, g, tally_theme_num(&t, e->name, e->n),
			    add) < 0)
				die_at(HARK_EDATA, r.name, r.line,
				    "count overflows");
			tot[tk] += e->count;
		}
		if (tally_add(&t, g, TALLY_STAR, tot) < 0)
			die_at(HARK_EDATA, r.name, r.line, "count overflows");
		arena_reset(&a);
		if (tally_mem(&t) > budget)
			spill_tally(&t);
	}
	rec_writer_init(&w, 1);
	if (status != HARK_ETROUBLE && nruns) {
		write_merged(&w, &t, (const char *const *)by, nby, wide,
		    wcol >= 0 ? with.s ? with.s : "" : NULL);
	} else if (status != HARK_ETROUBLE) {
		if (wide)
			tally_write_wide(&w, &t, (const char *const *)by, nby,
			    wcol >= 0 ? with.s ? with.s : "" : NULL);
		else
			write_long(&w, &t, (const char *const *)by, nby,
			    wcol >= 0 ? with.s ? with.s : "" : NULL);
	}
	rec_writer_close(&w);
	tally_free(&t);
	arena_free(&a);
	buf_free(&key);
	buf_free(&ents);
	buf_free(&negs);
	buf_free(&with);
	free(bycol);
	free(by);
	rec_close(&r);
	return status;
}
