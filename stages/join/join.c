/*
 * join.c - hark-join: attach the columns of an outcome table by key.
 *
 * Loads the outcome table into memory, keyed by the --on columns
 * (table.c), then reads the stream and writes each record with the table's other
 * columns appended, under --prefix when given; a table column the stream
 * already has is an error, never an overwrite.  --how left keeps every
 * record, inner only matched ones, anti only unmatched ones (without the
 * table's columns).  Unmatched keys on either side are counted on standard
 * error and may be written to --unmatched; a key twice in the table is an
 * error, never a fan-out.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sodium.h>

#include "err.h"
#include "hash.h"
#include "opt.h"
#include "pseudo.h"
#include "rec.h"
#include "table.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-join [-hq] --table FILE --on COL[=TCOL][,...]\n"
	    "                 [--how left|inner|anti] [-e ENCODING] "
	    "[--delimiter C]\n"
	    "                 [--prefix STR] [--unmatched FILE]\n"
	    "                 [--pseudonymise-key --key FILE] [FILE...]\n");
}

static const char help[] =
	"  --table FILE            the outcome table (required)\n"
	"  --on COL[=TCOL][,...]   the key columns (required)\n"
	"  --how left|inner|anti   which records to write (default left)\n"
	"  -e, --encoding ENC      the table's encoding\n"
	"  --delimiter C           the table's field separator\n"
	"  --prefix STR            name table columns STR followed by their name\n"
	"  --unmatched FILE        write the unmatched keys to FILE\n"
	"  --pseudonymise-key      pseudonymise the table's keys (with --key)\n"
	"  --key FILE              the key file for --pseudonymise-key\n"
	OPT_HELP_COMMON;

enum { LEFT, INNER, ANTI };

/* Split --on's COL[=TCOL],... into the stream's and the table's names. */
static size_t
split_cols(char *spec, char ***son, char ***ton)
{
	size_t n = 0;
	char *p = spec;

	for (;;) {
		char *c = strchr(p, ','), *eq;

		if (c)
			*c = '\0';
		eq = strchr(p, '=');
		if (eq)
			*eq = '\0';
		if (*p == '\0' || (eq && eq[1] == '\0'))
			die(HARK_ETROUBLE, "--on: empty column name");
		*son = xrealloc(*son, xmul(n + 1, sizeof **son));
		*ton = xrealloc(*ton, xmul(n + 1, sizeof **ton));
		(*son)[n] = p;
		(*ton)[n++] = eq ? eq + 1 : p;
		if (!c)
			return n;
		p = c + 1;
	}
}

/* The names the table's columns are attached under: --prefix and the
 * name.  One the stream has already is an error: join never overwrites. */
static void
attach_names(struct table *t, const struct rec_reader *r,
    const char *prefix)
{
	size_t i;

	for (i = 0; i < t->nval; i++) {
		struct buf b = BUF_INIT;

		buf_adds(&b, prefix);
		buf_adds(&b, t->valname[i]);
		t->valname[i] = buf_detach(&b, NULL);
		if (rec_col(r, t->valname[i]) >= 0)
			die_at(HARK_ETROUBLE, t->path, t->hline, "column '%s' "
			    "is in the stream too: join never overwrites a "
			    "column (--prefix attaches the table's columns "
			    "under other names)", t->valname[i]);
	}
}

static int
delimiter(const char *s)
{
	if (!strcmp(s, "\\t") || !strcmp(s, "tab"))
		s = "\t";
	if (strlen(s) != 1 || strchr("\"\r\n", s[0]))
		die(HARK_ETROUBLE, "--delimiter takes one character other "
		    "than a quote or newline");
	return (unsigned char)s[0];
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "table", required_argument, NULL, 't' },
		{ "on", required_argument, NULL, 'o' },
		{ "how", required_argument, NULL, 'w' },
		{ "unmatched", required_argument, NULL, 'u' },
		{ "pseudonymise-key", no_argument, NULL, 'p' },
		{ "key", required_argument, NULL, 'k' },
		{ "encoding", required_argument, NULL, 'e' },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "prefix", required_argument, NULL, 'P' },
		{ "help", no_argument, NULL, 'h' },
		{ "quiet", no_argument, NULL, 'q' },
		{ NULL, 0, NULL, 0 }
	};
	/* Static: reachable when a message ends the program. */
	static struct table t;
	static struct rec_reader r;
	static struct rec_plan pl;
	static struct buf key;
	static struct str *vals;
	static char **on, **ton;
	static int *oncol;
	struct rec_writer w, uw;
	const char *keyfile = NULL, *unmatched = NULL, *prefix = "";
	unsigned long long nmatch = 0, nmiss = 0, tmiss = 0;
	size_t non = 0, i, k;
	int c, how = LEFT, pseud = 0, status = HARK_OK, ufd;

	err_init("join");
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hqe:", longopts, NULL)) != -1) {
		switch (c) {
		case 't':
			t.path = optarg;
			break;
		case 'o':
			free(on);
			free(ton);
			on = ton = NULL;
			non = split_cols(optarg, &on, &ton);
			break;
		case 'e':
			t.encoding = optarg;
			break;
		case 'd':
			t.delim = delimiter(optarg);
			break;
		case 'P':
			prefix = optarg;
			break;
		case 'w':
			if (strcmp(optarg, "left") == 0)
				how = LEFT;
			else if (strcmp(optarg, "inner") == 0)
				how = INNER;
			else if (strcmp(optarg, "anti") == 0)
				how = ANTI;
			else {
				err_msg("--how: want left, inner or anti");
				return HARK_ETROUBLE;
			}
			break;
		case 'u':
			unmatched = optarg;
			break;
		case 'p':
			pseud = 1;
			break;
		case 'k':
			keyfile = optarg;
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
	if (!t.path || non == 0) {
		err_msg("--table and --on are required");
		usage(stderr);
		return HARK_ETROUBLE;
	}
	if (pseud != (keyfile != NULL)) {
		err_msg("--pseudonymise-key and --key go together");
		usage(stderr);
		return HARK_ETROUBLE;
	}
	if (pseud) {
		const char *why;

		if (sodium_init() < 0)
			die(HARK_ETROUBLE, "cannot initialise libsodium");
		if (!(t.pkey = pseudo_load_key(keyfile, &t.pkeylen, &why)))
			die(HARK_ETROUBLE, "%s: %s", keyfile, why);
	}

	hash_init(&t.keys);
	buf_init(&t.vals);
	table_load(&t, (const char *const *)ton, non);
	t.matched = xcalloc(t.nrows + 1, 1);

	rec_open_or_exit(&r, argv + optind, (size_t)(argc - optind), 0);
	oncol = xmalloc(xmul(non, sizeof *oncol));
	for (k = 0; k < non; k++)
		oncol[k] = rec_need_col(&r, on[k], NULL);
	if (how != ANTI)
		attach_names(&t, &r, prefix);
	if (unmatched) {
		ufd = open(unmatched, O_WRONLY | O_CREAT | O_TRUNC, 0666);
		if (ufd < 0)
			die(HARK_ETROUBLE, "%s: cannot create: %s", unmatched,
			    strerror(errno));
		rec_writer_init(&uw, ufd);
		rec_put(&uw, "side", 4);
		for (k = 0; k < non; k++) {
			rec_putc(&uw, '\t');
			rec_put_esc(&uw, on[k], strlen(on[k]));
		}
		rec_putc(&uw, '\n');
	}
	rec_writer_init(&w, 1);
	rec_plan_init(&pl, &r, how == ANTI ? NULL : t.valname,
	    how == ANTI ? 0 : t.nval);
	rec_write_header(&w, &pl);
	vals = xcalloc(t.nval + 1, sizeof *vals);
	buf_init(&key);
	while (rec_next(&r, &status)) {
		long row = -1;
		int empty = 0;

		buf_reset(&key);
		for (k = 0; k < non; k++) {
			if (k)
				buf_addc(&key, '\t');
			buf_add(&key, r.f[oncol[k]].p, r.f[oncol[k]].n);
			empty |= r.f[oncol[k]].n == 0;
		}
		if (!empty)
			row = table_find(&t, key.s, key.len);
		if (row >= 0) {
			nmatch++;
			t.matched[row] = 1;
			if (how == ANTI)
				continue;
			table_vals(&t, (size_t)row, vals);
			rec_write_raw(&w, &r, &pl, vals);
			continue;
		}
		nmiss++;
		if (unmatched) {
			rec_put(&uw, "stream\t", 7);
			rec_put(&uw, key.s, key.len);
			rec_putc(&uw, '\n');
		}
		if (how == INNER)
			continue;
		for (i = 0; i < t.nval; i++)
			vals[i] = (struct str){ "", 0 };
		rec_write_raw(&w, &r, &pl, vals);
	}
	rec_writer_close(&w);
	for (i = 0; i < t.nrows; i++) {
		const char *p;
		size_t n;

		if (t.matched[i])
			continue;
		tmiss++;
		if (unmatched) {
			p = table_key(&t, i, &n);
			rec_put(&uw, "table\t", 6);
			rec_put(&uw, p, n);
			rec_putc(&uw, '\n');
		}
	}
	if (unmatched)
		rec_writer_close(&uw);
	err_note("%llu records matched, %llu without a match in %s; %llu of "
	    "its %zu keys matched no record", nmatch, nmiss, t.path, tmiss,
	    t.nrows);
	if (t.empty)
		err_msg("%zu rows of %s have an empty key and were left out",
		    t.empty, t.path);

	rec_plan_free(&pl);
	rec_close(&r);
	buf_free(&key);
	free(vals);
	free(oncol);
	free(on);
	free(ton);
	if (how != ANTI)
		for (i = 0; i < t.nval; i++)
			free((char *)t.valname[i]);
	for (i = 0; i < t.ncols; i++)
		free(t.cols[i]);
	free(t.cols);
	free(t.keyat);
	free(t.isval);
	free(t.valname);
	free(t.line);
	free(t.matched);
	free(t.voff);
	free(t.vlen);
	buf_free(&t.vals);
	hash_free(&t.keys);
	table_free(&t);
	if (t.pkey) {
		sodium_memzero((void *)t.pkey, t.pkeylen);
		free((void *)t.pkey);
	}
	return status;
}
