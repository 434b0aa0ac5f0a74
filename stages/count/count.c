/*
 * count.c - hark-count: theme counts by any key columns.
 *
 * Reads the `themes` column (NAME=COUNT entries) and, when present,
 * `themes_negated`, and writes long counts keyed by the --by columns:
 * the key columns, `theme`, `records`, `mentions`, `negated`, one row per
 * key and theme plus a row with theme `*` holding the key's totals, sorted
 * by key then theme so that shards summed by hark-merge give the same
 * bytes as one run.  With --wide, one row per key with a `records` column
 * and one `theme:NAME` column of mentions per theme.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "rec.h"
#include "tally.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-count [-h] --by COL[,COL...] [--wide] "
	    "[FILE...]\n");
}

/* One NAME=COUNT entry of a themes list. */
struct entry {
	const char *name;
	size_t n;
	uint64_t count;
};

static int
name_char(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '/' ||
	    c == '-';
}

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
		const char *q = p, *eq = NULL;
		struct entry en;
		uint64_t v = 0;
		size_t i;

		while (q < end && *q != ' ')
			q++;
		*bad = p;
		*badn = (size_t)(q - p);
		for (eq = p; eq < q && name_char((unsigned char)*eq); eq++)
			;
		if (eq == p || eq == q || *eq != '=' || eq + 1 == q)
			return "bad entry (want NAME=COUNT)";
		for (i = 1; eq + i < q; i++) {
			int d = eq[i] - '0';

			if (d < 0 || d > 9)
				return "bad entry (want NAME=COUNT)";
			if (v > (UINT64_MAX - (uint64_t)d) / 10)
				return "count too large";
			v = v * 10 + (uint64_t)d;
		}
		en.name = p;
		en.n = (size_t)(eq - p);
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

static void
rec_puts(struct rec_writer *w, const char *s)
{
	rec_put(w, s, strlen(s));
}

static size_t
split_cols(char *spec, const char ***names)
{
	size_t n = 1, i = 0;
	char *p;

	for (p = spec; *p; p++)
		n += *p == ',';
	*names = xmalloc(xmul(n, sizeof **names));
	for (p = spec;; p++) {
		char *c = strchr(p, ',');

		if (c)
			*c = '\0';
		(*names)[i++] = p;
		if (!c)
			break;
		p = c;
	}
	return n;
}

static void
put_counts(struct rec_writer *w, const char *fmt, const uint64_t *v)
{
	char num[80];
	int n = snprintf(num, sizeof num, fmt, (unsigned long long)v[0],
	    (unsigned long long)v[1], (unsigned long long)v[2]);

	rec_put(w, num, (size_t)n);
}

static void
write_long(struct rec_writer *w, const struct tally *t, const char **by,
	   size_t nby)
{
	size_t nr, i, k, n;
	struct tally_row *rows = tally_rows(t, &nr);
	const char *p;

	for (k = 0; k < nby; k++) {
		rec_put_esc(w, by[k], strlen(by[k]));
		rec_putc(w, '\t');
	}
	rec_puts(w, "theme\trecords\tmentions\tnegated\n");
	for (i = 0; i < nr; i++) {
		p = tally_key(t, rows[i].g, &n);
		rec_put(w, p, n);
		rec_putc(w, '\t');
		if (rows[i].th < 0) {
			rec_putc(w, '*');
		} else {
			p = tally_theme(t, rows[i].th, &n);
			rec_put(w, p, n);
		}
		put_counts(w, "\t%llu\t%llu\t%llu\n", rows[i].v);
	}
	free(rows);
}

/* The rank of every theme name in byte order. */
static const struct hash *themes_sorting;

static int
cmp_theme(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y, an, bn;
	const char *ap = hash_key(themes_sorting, a, &an);
	const char *bp = hash_key(themes_sorting, b, &bn);
	int c = memcmp(ap, bp, an < bn ? an : bn);

	return c ? c : an < bn ? -1 : an > bn;
}

/* One row per key: records, then mentions per theme, themes sorted.  The
 * rows come sorted by key, "*" first, then by theme. */
static void
write_wide(struct rec_writer *w, const struct tally *t, const char **by,
	   size_t nby)
{
	size_t nr, nt = t->themes.count, i, k, n;
	struct tally_row *rows = tally_rows(t, &nr);
	size_t *order = xmalloc(xmul(nt + 1, sizeof *order));
	size_t *rank = xmalloc(xmul(nt + 1, sizeof *rank));
	const char *p;

	for (i = 0; i < nt; i++)
		order[i] = i;
	themes_sorting = &t->themes;
	qsort(order, nt, sizeof *order, cmp_theme);
	for (i = 0; i < nt; i++)
		rank[order[i]] = i;

	for (k = 0; k < nby; k++) {
		rec_put_esc(w, by[k], strlen(by[k]));
		rec_putc(w, '\t');
	}
	rec_put(w, "records", 7);
	for (i = 0; i < nt; i++) {
		p = hash_key(&t->themes, order[i], &n);
		rec_put(w, "\ttheme:", 7);
		rec_put(w, p, n);
	}
	rec_putc(w, '\n');
	for (i = 0; i < nr;) {
		size_t g = rows[i].g, col = 0;
		char num[32];

		p = tally_key(t, g, &n);
		rec_put(w, p, n);
		n = (size_t)snprintf(num, sizeof num, "\t%llu",
		    (unsigned long long)(rows[i].th < 0 ?
		    rows[i].v[TALLY_RECORDS] : 0));
		rec_put(w, num, n);
		if (rows[i].th < 0)
			i++;
		for (; i < nr && rows[i].g == g; i++) {
			size_t r = rank[rows[i].th];

			for (; col < r; col++)
				rec_put(w, "\t0", 2);
			n = (size_t)snprintf(num, sizeof num, "\t%llu",
			    (unsigned long long)rows[i].v[TALLY_MENTIONS]);
			rec_put(w, num, n);
			col++;
		}
		for (; col < nt; col++)
			rec_put(w, "\t0", 2);
		rec_putc(w, '\n');
	}
	free(order);
	free(rank);
	free(rows);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "by", required_argument, NULL, 'b' },
		{ "wide", no_argument, NULL, 'w' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	/* Static, so that what they hold stays reachable when a message
	 * ends the program (LeakSanitizer). */
	static struct rec_reader r;
	static struct tally t;
	static struct arena a;
	static struct buf key, ents, negs;
	static const char **by;
	static int *bycol;
	struct rec_writer w;
	size_t nby = 0, k;
	int c, wide = 0, status = HARK_OK, tcol, ncol;

	err_init("count");
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (c) {
		case 'b':
			free(by);
			nby = split_cols(optarg, &by);
			break;
		case 'w':
			wide = 1;
			break;
		case 'h':
			usage(stdout);
			close_stdout();
			return HARK_OK;
		case ':':
			err_msg("option '%s' needs a value", argv[optind - 1]);
			usage(stderr);
			free(by);
			return HARK_ETROUBLE;
		default:
			err_msg("unknown option '%s'", argv[optind - 1]);
			usage(stderr);
			free(by);
			return HARK_ETROUBLE;
		}
	}
	if (nby == 0) {
		free(by);
		err_msg("--by is required");
		usage(stderr);
		return HARK_ETROUBLE;
	}
	for (k = 0; k < nby; k++)
		if (*by[k] == '\0') {
			free(by);
			err_msg("--by: empty column name");
			return HARK_ETROUBLE;
		}
	c = rec_open(&r, argv + optind, (size_t)(argc - optind), 0);
	if (c < 0) {
		rec_report(&r);
		rec_close(&r);
		free(by);
		return c == REC_FAIL ? HARK_ETROUBLE : HARK_EDATA;
	}
	bycol = xmalloc(xmul(nby, sizeof *bycol));
	for (k = 0; k < nby; k++)
		if ((bycol[k] = rec_col(&r, by[k])) < 0)
			die_at(HARK_EDATA, r.name, 1, "no column '%s'", by[k]);
	if ((tcol = rec_col(&r, "themes")) < 0)
		die_at(HARK_EDATA, r.name, 1, "no column 'themes'");
	ncol = rec_col(&r, "themes_negated");

	tally_init(&t);
	arena_init(&a, 0);
	buf_init(&key);
	buf_init(&ents);
	buf_init(&negs);
	while (rec_next(&r, &status)) {
		uint64_t tot[TALLY_NV] = { 1, 0, 0 }, add[TALLY_NV];
		const char *why = NULL, *bad = NULL, *col = "themes";
		size_t g, ne, nn, badn = 0, i;

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
			    tally_add(&t, g, e->name, e->n, add) < 0)
				die_at(HARK_EDATA, r.name, r.line,
				    "count overflows");
			tot[tk] += e->count;
		}
		if (tally_add(&t, g, "*", 1, tot) < 0)
			die_at(HARK_EDATA, r.name, r.line, "count overflows");
		arena_reset(&a);
	}
	rec_writer_init(&w, 1);
	if (status != HARK_ETROUBLE) {
		if (wide)
			write_wide(&w, &t, by, nby);
		else
			write_long(&w, &t, by, nby);
	}
	rec_writer_close(&w);
	tally_free(&t);
	arena_free(&a);
	buf_free(&key);
	buf_free(&ents);
	buf_free(&negs);
	free(bycol);
	free(by);
	rec_close(&r);
	return status;
}
