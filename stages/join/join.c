/*
 * join.c - hark-join: attach the columns of an outcome table by key.
 *
 * Loads the outcome table (CSV, or a stream / TSV) into memory, keyed by
 * the --on columns, then reads the stream and writes each record with the
 * table's other columns appended (or rewritten in place when the stream
 * already has them).  --how left keeps every record, inner only matched
 * ones, anti only unmatched ones (without the table's columns).  Unmatched
 * keys on either side are counted on standard error and may be written
 * to --unmatched; a key twice in the table is an error, never a fan-out.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <sodium.h>

#include "csv.h"
#include "err.h"
#include "opt.h"
#include "hash.h"
#include "pseudo.h"
#include "rec.h"
#include "utf8.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-join [-h] --table FILE --on COL[,COL...] "
	    "[--how left|inner|anti]\n"
	    "                 [--unmatched FILE] "
	    "[--pseudonymise-key --key FILE] [FILE...]\n");
}

enum { LEFT, INNER, ANTI };

/* The outcome table: keys (escaped values joined by TAB) and, per row,
 * the escaped values of its other columns. */
struct table {
	const char *path;
	size_t ncols, nval;     /* columns; columns that are not keys */
	char **cols;            /* names */
	int *keyat;             /* per --on column: its table column */
	int *isval;             /* per table column: not a key */
	const char **valname;   /* names of the value columns */
	struct hash keys;       /* row i has key i */
	unsigned long long *line;
	unsigned char *matched;
	struct buf vals;        /* escaped values */
	size_t *voff, *vlen;    /* nrows * nval */
	size_t cap, empty;      /* rows left out for an empty key */
	const unsigned char *pkey;
	size_t pkeylen;
};

static char *
slurp(const char *path, size_t *n)
{
	struct buf b = BUF_INIT;
	int k = buf_read_file(&b, path, (size_t)-1);

	if (k < 0)
		die(HARK_ETROUBLE, "%s: cannot %s: %s", path,
		    k == -1 ? "open" : "read", strerror(errno));
	return buf_detach(&b, n);
}

static int
has_suffix(const char *s, const char *suf)
{
	size_t n = strlen(s), m = strlen(suf);

	return n >= m && strcasecmp(s + n - m, suf) == 0;
}

/* Add one table row: values[i] unescaped, line where it starts. */
static void
add_row(struct table *t, struct str *v, unsigned long long line,
	struct buf *key, size_t non)
{
	size_t i, k, row;
	int added, empty = 0;
	char pseud[PSEUDO_DIGITS + 1];

	buf_reset(key);
	for (k = 0; k < non; k++) {
		struct str f = v[t->keyat[k]];

		if (k)
			buf_addc(key, '\t');
		empty |= f.n == 0;
		if (t->pkey && f.n) {
			pseudo_hex(t->pkey, t->pkeylen, "ID", f.p, f.n, pseud,
			    PSEUDO_DIGITS);
			buf_add(key, pseud, PSEUDO_DIGITS);
		} else {
			rec_escape(key, f.p, f.n);
		}
	}
	if (empty) {
		t->empty++;
		return;
	}
	row = hash_intern(&t->keys, key->s, key->len, &added);
	if (!added) {
		/* Show the key as the stream would hold it. */
		for (i = 0; i < key->len; i++)
			if (key->s[i] == '\t')
				key->s[i] = ',';
		die_at(HARK_EDATA, t->path, line, "duplicate key '%.*s' (first "
		    "at line %llu)", (int)(key->len > 200 ? 200 : key->len),
		    key->s, t->line[row]);
	}
	if (row >= t->cap) {
		t->cap = t->cap ? xmul(t->cap, 2) : 256;
		t->line = xrealloc(t->line, xmul(t->cap, sizeof *t->line));
		t->voff = xrealloc(t->voff, xmul(xmul(t->cap, t->nval + 1),
		    sizeof *t->voff));
		t->vlen = xrealloc(t->vlen, xmul(xmul(t->cap, t->nval + 1),
		    sizeof *t->vlen));
	}
	t->line[row] = line;
	for (i = 0, k = 0; i < t->ncols; i++) {
		size_t at = t->vals.len;

		if (!t->isval[i])
			continue;
		rec_escape(&t->vals, v[i].p, v[i].n);
		t->voff[row * t->nval + k] = at;
		t->vlen[row * t->nval + k++] = t->vals.len - at;
	}
}

static void
set_columns(struct table *t, const char *const *on, size_t non)
{
	size_t i, j, k = 0;

	for (i = 0; i < t->ncols; i++)
		if (t->cols[i][0] == '\0')
			die_at(HARK_EDATA, t->path, 1, "empty column name");
		else
			for (j = 0; j < i; j++)
				if (strcmp(t->cols[i], t->cols[j]) == 0)
					die_at(HARK_EDATA, t->path, 1,
					    "column '%s' twice", t->cols[i]);
	t->keyat = xmalloc(xmul(non, sizeof *t->keyat));
	t->isval = xmalloc(xmul(t->ncols, sizeof *t->isval));
	for (i = 0; i < t->ncols; i++)
		t->isval[i] = 1;
	for (k = 0; k < non; k++) {
		for (i = 0; i < t->ncols && strcmp(t->cols[i], on[k]); i++)
			;
		if (i == t->ncols)
			die_at(HARK_EDATA, t->path, 1, "no column '%s'", on[k]);
		t->keyat[k] = (int)i;
		t->isval[i] = 0;
	}
	t->valname = xmalloc(xmul(t->ncols, sizeof *t->valname));
	for (i = 0, t->nval = 0; i < t->ncols; i++)
		if (t->isval[i])
			t->valname[t->nval++] = t->cols[i];
}

static void
load_csv(struct table *t, const char *const *on, size_t non)
{
	/* Static: reachable when a message ends the program. */
	static struct csv c;
	static struct buf key;
	static struct str *v;
	static char *data;
	size_t n, i, bad;
	int k;

	data = slurp(t->path, &n);

	if ((bad = utf8_check(data, n)) < n || memchr(data, '\0', n)) {
		const char *nul = memchr(data, '\0', n);
		unsigned long long line = 1;

		if (nul && (size_t)(nul - data) < bad)
			bad = (size_t)(nul - data);
		for (i = 0; i < bad; i++)
			line += data[i] == '\n';
		if (data[bad] == '\0')
			die_at(HARK_EDATA, t->path, line, "NUL byte");
		die_at(HARK_EDATA, t->path, line, "invalid UTF-8: %s "
		    "(convert the table with hark ingest)",
		    utf8_why(data + bad, n - bad));
	}
	csv_init(&c, data, n);
	if ((k = csv_row(&c)) <= 0)
		die_at(HARK_EDATA, t->path, k ? c.errline : 1, "%s",
		    k ? c.err : "empty table: no header line");
	t->ncols = c.nf;
	t->cols = xmalloc(xmul(c.nf, sizeof *t->cols));
	for (i = 0; i < c.nf; i++)
		t->cols[i] = xmemdup(c.val.s + c.off[i], c.len[i]);
	set_columns(t, on, non);
	v = xmalloc(xmul(t->ncols, sizeof *v));
	buf_init(&key);
	while ((k = csv_row(&c)) != 0) {
		if (k < 0)
			die_at(HARK_EDATA, t->path, c.errline, "%s", c.err);
		if (c.nf == 1 && c.len[0] == 0 && t->ncols > 1)
			continue; /* a blank line */
		if (c.nf != t->ncols)
			die_at(HARK_EDATA, t->path, c.line, "expected %zu "
			    "fields, found %zu", t->ncols, c.nf);
		for (i = 0; i < c.nf; i++) {
			v[i].p = c.val.s + c.off[i];
			v[i].n = c.len[i];
		}
		add_row(t, v, c.line, &key, non);
	}
	csv_free(&c);
	buf_free(&key);
	free(v);
	free(data);
}

static void
load_stream(struct table *t, const char *const *on, size_t non)
{
	static struct rec_reader r;
	static struct arena a;
	static struct buf key;
	static struct str *v;
	char *paths[1];
	size_t i;
	int k;

	paths[0] = (char *)t->path;
	if ((k = rec_open(&r, paths, 1, 0)) < 0) {
		rec_report(&r);
		exit(k == REC_FAIL ? HARK_ETROUBLE : HARK_EDATA);
	}
	t->ncols = r.ncols;
	t->cols = xmalloc(xmul(r.ncols, sizeof *t->cols));
	for (i = 0; i < r.ncols; i++)
		t->cols[i] = xstrdup(r.cols[i]);
	set_columns(t, on, non);
	v = xmalloc(xmul(t->ncols, sizeof *v));
	arena_init(&a, 0);
	buf_init(&key);
	while ((k = rec_read(&r)) != REC_EOF) {
		if (k < 0) {
			rec_report(&r);
			exit(k == REC_FAIL ? HARK_ETROUBLE : HARK_EDATA);
		}
		for (i = 0; i < r.ncols; i++)
			v[i] = rec_get(&r, i, &a);
		add_row(t, v, r.line, &key, non);
		arena_reset(&a);
	}
	rec_close(&r);
	arena_free(&a);
	buf_free(&key);
	free(v);
}

static size_t
split_cols(char *spec, char ***names)
{
	size_t n = 0;
	char *p = spec;

	for (;;) {
		char *c = strchr(p, ',');

		if (c)
			*c = '\0';
		if (*p == '\0')
			die(HARK_ETROUBLE, "--on: empty column name");
		*names = xrealloc(*names, xmul(n + 1, sizeof **names));
		(*names)[n++] = p;
		if (!c)
			return n;
		p = c + 1;
	}
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
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	/* Static: reachable when a message ends the program. */
	static struct table t;
	static struct rec_reader r;
	static struct rec_plan pl;
	static struct buf key;
	static struct str *vals;
	static char **on;
	static int *oncol;
	struct rec_writer w, uw;
	const char *keyfile = NULL, *unmatched = NULL;
	unsigned long long nmatch = 0, nmiss = 0, tmiss = 0;
	size_t non = 0, i, k;
	int c, how = LEFT, pseud = 0, status = HARK_OK, ufd;

	err_init("join");
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (c) {
		case 't':
			t.path = optarg;
			break;
		case 'o':
			free(on);
			on = NULL;
			non = split_cols(optarg, &on);
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
			usage(stdout);
			close_stdout();
			return HARK_OK;
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

	/* The table, by extension: .csv is CSV, .tsv a stream; otherwise a
	 * header line holding a TAB makes it a stream. */
	hash_init(&t.keys);
	buf_init(&t.vals);
	{
		int csv = has_suffix(t.path, ".csv");

		if (!csv && !has_suffix(t.path, ".tsv")) {
			char head[4096];
			ssize_t n;
			int fd = open(t.path, O_RDONLY);

			if (fd < 0)
				die(HARK_ETROUBLE, "%s: cannot open: %s",
				    t.path, strerror(errno));
			n = read(fd, head, sizeof head);
			close(fd);
			csv = n > 0 && !memchr(head, '\t', (size_t)n);
		}
		if (csv)
			load_csv(&t, (const char *const *)on, non);
		else
			load_stream(&t, (const char *const *)on, non);
	}
	t.matched = xcalloc(t.keys.count + 1, 1);

	c = rec_open(&r, argv + optind, (size_t)(argc - optind), 0);
	if (c < 0) {
		rec_report(&r);
		rec_close(&r);
		return c == REC_FAIL ? HARK_ETROUBLE : HARK_EDATA;
	}
	oncol = xmalloc(xmul(non, sizeof *oncol));
	for (k = 0; k < non; k++)
		if ((oncol[k] = rec_col(&r, on[k])) < 0)
			die_at(HARK_EDATA, r.name, 1, "no column '%s'", on[k]);
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
			row = hash_find(&t.keys, key.s, key.len);
		if (row >= 0) {
			nmatch++;
			t.matched[row] = 1;
			if (how == ANTI)
				continue;
			for (i = 0; i < t.nval; i++) {
				vals[i].p = t.vals.s + t.voff[row * t.nval + i];
				vals[i].n = t.vlen[row * t.nval + i];
			}
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
	for (i = 0; i < t.keys.count; i++) {
		const char *p;
		size_t n;

		if (t.matched[i])
			continue;
		tmiss++;
		if (unmatched) {
			p = hash_key(&t.keys, i, &n);
			rec_put(&uw, "table\t", 6);
			rec_put(&uw, p, n);
			rec_putc(&uw, '\n');
		}
	}
	if (unmatched)
		rec_writer_close(&uw);
	err_msg("%llu records matched, %llu without a match in %s; %llu of "
	    "its %zu keys matched no record", nmatch, nmiss, t.path, tmiss,
	    t.keys.count);
	if (t.empty)
		err_msg("%zu rows of %s have an empty key and were left out",
		    t.empty, t.path);

	rec_plan_free(&pl);
	rec_close(&r);
	buf_free(&key);
	free(vals);
	free(oncol);
	free(on);
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
	if (t.pkey) {
		sodium_memzero((void *)t.pkey, t.pkeylen);
		free((void *)t.pkey);
	}
	return status;
}
