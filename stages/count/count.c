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

			rec_put(w, key, kn);
			rec_putc(w, '\t');
			p = tally_theme(t, c[j].th, &n);
			rec_put(w, p, n);
			tally_value(t, &c[j], v);
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
	size_t nby = 0, k;
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
	}
	rec_writer_init(&w, 1);
	if (status != HARK_ETROUBLE) {
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
