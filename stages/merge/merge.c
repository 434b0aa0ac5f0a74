/*
 * merge.c - hark-merge: sum streams of theme counts.
 *
 * Reads any number of long count streams written by hark-count (or by
 * hark-merge) with the same header: key columns, `theme`, `records`,
 * `mentions`, `negated`.  Every column other than those four is part of
 * the key.  Writes the sums per key and theme in hark-count's order, so
 * that counting shards and merging them gives the same bytes as counting
 * the whole stream at once.
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

static const char *const valcols[] = { "records", "mentions", "negated" };

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-merge [-h] [FILE...]\n");
}

/* A decimal count: digits only.  Returns 0 or -1. */
static int
parse_count(const char *p, size_t n, uint64_t *v)
{
	size_t i;

	*v = 0;
	if (n == 0)
		return -1;
	for (i = 0; i < n; i++) {
		int d = p[i] - '0';

		if (d < 0 || d > 9 || *v > (UINT64_MAX - (uint64_t)d) / 10)
			return -1;
		*v = *v * 10 + (uint64_t)d;
	}
	return 0;
}

static int
theme_ok(const char *p, size_t n)
{
	size_t i;

	if (n == 1 && *p == '*')
		return 1;
	for (i = 0; i < n; i++) {
		int c = (unsigned char)p[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '_' || c == '.' ||
		    c == '/' || c == '-'))
			return 0;
	}
	return n > 0;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	/* Static: reachable when a message ends the program. */
	static struct rec_reader r;
	static struct tally t;
	static struct buf key;
	static int *keycol;
	struct rec_writer w;
	int vcol[3], thcol, c, status = HARK_OK;
	size_t nkey = 0, i, k;

	err_init("merge");
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(stdout);
			close_stdout();
			return HARK_OK;
		case ':':
			err_msg("option '%s' needs a value", argv[optind - 1]);
			usage(stderr);
			return HARK_ETROUBLE;
		default:
			err_msg("unknown option '%s'", argv[optind - 1]);
			usage(stderr);
			return HARK_ETROUBLE;
		}
	}
	c = rec_open(&r, argv + optind, (size_t)(argc - optind), 0);
	if (c < 0) {
		rec_report(&r);
		rec_close(&r);
		return c == REC_FAIL ? HARK_ETROUBLE : HARK_EDATA;
	}
	if ((thcol = rec_col(&r, "theme")) < 0)
		die_at(HARK_EDATA, r.name, 1, "no column 'theme': "
		    "not a stream of counts");
	for (k = 0; k < 3; k++)
		if ((vcol[k] = rec_col(&r, valcols[k])) < 0)
			die_at(HARK_EDATA, r.name, 1, "no column '%s': "
			    "not a stream of counts", valcols[k]);
	keycol = xmalloc(xmul(r.ncols, sizeof *keycol));
	for (i = 0; i < r.ncols; i++)
		if ((int)i != thcol && (int)i != vcol[0] &&
		    (int)i != vcol[1] && (int)i != vcol[2])
			keycol[nkey++] = (int)i;

	tally_init(&t);
	buf_init(&key);
	while (rec_next(&r, &status)) {
		uint64_t v[TALLY_NV];
		const struct rec_field *th;
		size_t g;

		for (k = 0; k < 3; k++) {
			const struct rec_field *f = &r.f[vcol[k]];

			if (parse_count(f->p, f->n, &v[k]) < 0) {
				err_at(r.name, r.line, "bad count '%.*s' in "
				    "column '%s'", (int)(f->n > 200 ? 200 :
				    f->n), f->p, valcols[k]);
				status = HARK_EDATA;
				break;
			}
		}
		if (k < 3)
			continue;
		th = &r.f[thcol];
		if (!theme_ok(th->p, th->n)) {
			err_at(r.name, r.line, "bad theme name '%.*s'",
			    (int)(th->n > 200 ? 200 : th->n), th->p);
			status = HARK_EDATA;
			continue;
		}
		buf_reset(&key);
		for (k = 0; k < nkey; k++) {
			if (k)
				buf_addc(&key, '\t');
			buf_add(&key, r.f[keycol[k]].p, r.f[keycol[k]].n);
		}
		g = tally_group(&t, key.s, key.len);
		if (tally_add(&t, g, th->p, th->n, v) < 0)
			die_at(HARK_EDATA, r.name, r.line, "sum overflows");
	}
	rec_writer_init(&w, 1);
	if (status != HARK_ETROUBLE) {
		size_t nr, n;
		struct tally_row *rows = tally_rows(&t, &nr);
		const char *p;

		for (k = 0; k < nkey; k++) {
			const char *name = r.cols[keycol[k]];

			rec_put_esc(&w, name, strlen(name));
			rec_putc(&w, '\t');
		}
		p = "theme\trecords\tmentions\tnegated\n";
		rec_put(&w, p, strlen(p));
		for (i = 0; i < nr; i++) {
			char num[80];

			p = tally_key(&t, rows[i].g, &n);
			rec_put(&w, p, n);
			if (nkey)
				rec_putc(&w, '\t');
			if (rows[i].th < 0) {
				rec_putc(&w, '*');
			} else {
				p = tally_theme(&t, rows[i].th, &n);
				rec_put(&w, p, n);
			}
			n = (size_t)snprintf(num, sizeof num,
			    "\t%llu\t%llu\t%llu\n",
			    (unsigned long long)rows[i].v[TALLY_RECORDS],
			    (unsigned long long)rows[i].v[TALLY_MENTIONS],
			    (unsigned long long)rows[i].v[TALLY_NEGATED]);
			rec_put(&w, num, n);
		}
		free(rows);
	}
	rec_writer_close(&w);
	tally_free(&t);
	buf_free(&key);
	free(keycol);
	rec_close(&r);
	return status;
}
