/*
 * rec-cat.c - read the record stream and write it back unchanged.
 *
 * Not a stage: a test and benchmark tool that exercises exactly the shared
 * reader and writer (lib/rec.c), so that `make bench` can measure the cost
 * every stage pays before doing any work, and the hostile-input suite can
 * check the reader on its own.  With -o NAME it also owns column NAME,
 * written as the field's length in bytes (unescaped), to exercise the
 * rewrite-or-append rule of docs/record-format.md.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "err.h"
#include "rec.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: rec-cat [-h] [-o COLUMN] [FILE...]\n");
}

int
main(int argc, char **argv)
{
	struct rec_reader r;
	struct rec_writer w;
	struct rec_plan pl;
	struct arena a;
	const char *owned[1];
	size_t nowned = 0;
	int c, k, status = HARK_OK, ocol = -1;
	char num[24];

	err_init("rec-cat");
	argv[0] = (char *)err_prog; /* getopt's messages name the program */
	while ((c = getopt(argc, argv, "ho:")) != -1) {
		switch (c) {
		case 'h':
			usage(stdout);
			close_stdout();
			return HARK_OK;
		case 'o':
			owned[0] = optarg;
			nowned = 1;
			break;
		default:
			usage(stderr);
			return HARK_ETROUBLE;
		}
	}
	k = rec_open(&r, argv + optind, (size_t)(argc - optind), REC_NEED_ID);
	if (k < 0) {
		rec_report(&r);
		rec_close(&r);
		return k == REC_FAIL ? HARK_ETROUBLE : HARK_EDATA;
	}
	if (nowned)
		ocol = rec_col(&r, owned[0]);
	arena_init(&a, 0);
	rec_writer_init(&w, 1);
	rec_plan_init(&pl, &r, owned, nowned);
	rec_write_header(&w, &pl);
	while (rec_next(&r, &status)) {
		struct str v = { num, 0 };

		if (nowned) {
			size_t n = ocol < 0 ? 0 : rec_get(&r, (size_t)ocol, &a).n;

			v.n = (size_t)snprintf(num, sizeof num, "%zu", n);
		}
		rec_write(&w, &r, &pl, &v);
		arena_reset(&a);
	}
	rec_writer_close(&w);
	rec_plan_free(&pl);
	rec_close(&r);
	arena_free(&a);
	return status;
}
