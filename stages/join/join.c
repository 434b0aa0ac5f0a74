/*
 * join.c - hark-join: attach the columns of an outcome table by key.
 *
 * Loads the outcome table into memory, keyed by the --on columns: CSV (or
 * other delimited text) through hark ingest's reader (lib/input.c,
 * lib/csv.c: any encoding, BOM, UTF-16, Excel's quoting), or a stream.
 * Then reads the stream and writes each record with the table's other
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
#include <strings.h>
#include <unistd.h>
#include <sodium.h>

#include "csv.h"
#include "err.h"
#include "hash.h"
#include "input.h"
#include "opt.h"
#include "pseudo.h"
#include "rec.h"
#include "utf8.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-join [-h] --table FILE --on COL[=TCOL][,...]\n"
	    "                 [--how left|inner|anti] [-e ENCODING] "
	    "[--delimiter C]\n"
	    "                 [--prefix STR] [--unmatched FILE]\n"
	    "                 [--pseudonymise-key --key FILE] [FILE...]\n");
}

enum { LEFT, INNER, ANTI };

/* The outcome table: keys (escaped values joined by TAB) and, per row,
 * the escaped values of its other columns. */
struct table {
	const char *path;
	const char *encoding;   /* --encoding, or NULL for UTF-8 */
	int delim;              /* --delimiter, or 0 */
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
	unsigned long long hline; /* line of the header */
	const unsigned char *pkey;
	size_t pkeylen;
};

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
			die_at(HARK_EDATA, t->path, t->hline,
			    "column %zu has no name", i + 1);
		else
			for (j = 0; j < i; j++)
				if (strcmp(t->cols[i], t->cols[j]) == 0)
					die_at(HARK_EDATA, t->path, t->hline,
					    "column '%s' twice", t->cols[i]);
	t->keyat = xmalloc(xmul(non, sizeof *t->keyat));
	t->isval = xmalloc(xmul(t->ncols, sizeof *t->isval));
	for (i = 0; i < t->ncols; i++)
		t->isval[i] = 1;
	for (k = 0; k < non; k++) {
		for (i = 0; i < t->ncols && strcmp(t->cols[i], on[k]); i++)
			;
		if (i == t->ncols)
			die_at(HARK_EDATA, t->path, t->hline, "no column '%s'",
			    on[k]);
		t->keyat[k] = (int)i;
		t->isval[i] = 0;
	}
	t->valname = xmalloc(xmul(t->ncols, sizeof *t->valname));
	for (i = 0, t->nval = 0; i < t->ncols; i++)
		if (t->isval[i])
			t->valname[t->nval++] = t->cols[i];
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
	t->hline = 1;
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

/* Is every field of row valid UTF-8 without NUL?  Else end the program
 * naming the first column that is not. */
static void
check_text(const struct table *t, const struct input *in,
	   const struct csv_row *row)
{
	size_t i;

	for (i = 0; i < row->nf; i++) {
		const char *p = row->vals.s + row->off[i];
		size_t n = row->len[i], bad = utf8_check(p, n);
		const char *col = i < t->ncols ? t->cols[i] : "?";

		if (memchr(p, '\0', bad))
			die_at(HARK_EDATA, t->path, row->line, "NUL byte in "
			    "column '%s'", col);
		if (bad == n)
			continue;
		if (!in->utf8)
			die_at(HARK_EDATA, t->path, row->line, "bytes that are "
			    "not valid %s in column '%s'", in->encoding, col);
		die_at(HARK_EDATA, t->path, row->line, "invalid UTF-8 in "
		    "column '%s': %s (is the table in another encoding? try "
		    "--encoding auto or --encoding windows-1252)", col,
		    utf8_why(p + bad, n - bad));
	}
}

/* A delimited table (CSV, or TSV with --delimiter), already open. */
static void
load_delimited(struct table *t, struct input *in, int delim,
	       const char *const *on, size_t non)
{
	/* Static: reachable when a message ends the program. */
	static struct csv_row row;
	static struct buf key;
	static struct str *v;
	struct csv c = { 0 };
	char err[512];
	size_t i;
	int k;

	c.delim = delim;
	c.quote = '"';
	c.maxrec = (size_t)256 << 20;
	csv_reset(&c);
	csv_row_init(&row);
	if ((k = csv_next(&c, in, &row, err, sizeof err)) < 0)
		die(HARK_ETROUBLE, "%s", err);
	if (k == 0)
		die_at(HARK_EDATA, t->path, 1, "empty table: no header line");
	if (row.err[0])
		die_at(HARK_EDATA, t->path, row.line, "bad header line: %s",
		    row.err);
	check_text(t, in, &row);
	t->hline = row.line;
	t->ncols = row.nf;
	t->cols = xmalloc(xmul(row.nf, sizeof *t->cols));
	for (i = 0; i < row.nf; i++)
		t->cols[i] = xmemdup(row.vals.s + row.off[i], row.len[i]);
	set_columns(t, on, non);
	v = xmalloc(xmul(t->ncols, sizeof *v));
	buf_init(&key);
	while ((k = csv_next(&c, in, &row, err, sizeof err)) != 0) {
		if (k < 0)
			die(HARK_ETROUBLE, "%s", err);
		if (row.err[0])
			die_at(HARK_EDATA, t->path, row.line, "%s", row.err);
		if (row.nf != t->ncols)
			die_at(HARK_EDATA, t->path, row.line, "expected %zu "
			    "fields, found %zu", t->ncols, row.nf);
		check_text(t, in, &row);
		for (i = 0; i < row.nf; i++) {
			v[i].p = row.vals.s + row.off[i];
			v[i].n = row.len[i];
		}
		add_row(t, v, row.line, &key, non);
	}
	csv_row_free(&row);
	buf_free(&key);
	free(v);
}

/*
 * Open the table and read it the way its name and first line say: a name
 * ending in .tsv, or else a first line holding a TAB, makes a UTF-8 table
 * without --delimiter a stream; anything else is delimited text (a TAB
 * the delimiter when the stream rule chose it, a comma otherwise).
 */
static void
load_table(struct table *t, const char *const *on, size_t non)
{
	static struct input in;
	char err[512];
	const char *p, *nl;
	int tsv = has_suffix(t->path, ".tsv"), tab;

	if (input_open(&in, t->path, t->encoding, err, sizeof err) < 0)
		die(HARK_ETROUBLE, "%s", err);
	if (in.note[0])
		err_msg("%s", in.note);
	if (input_fill(&in, err, sizeof err) < 0)
		die(HARK_ETROUBLE, "%s", err);
	p = in.buf + in.beg;
	nl = memchr(p, '\n', in.end - in.beg);
	tab = memchr(p, '\t', nl ? (size_t)(nl - p) : in.end - in.beg) != NULL;
	if (!has_suffix(t->path, ".csv") && (tsv || tab) && !t->delim &&
	    in.utf8) {
		input_close(&in);
		load_stream(t, on, non);
		return;
	}
	load_delimited(t, &in, t->delim ? t->delim : !has_suffix(t->path,
	    ".csv") && (tsv || tab) ? '\t' : ',', on, non);
	input_close(&in);
}

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
	while ((c = getopt_long(argc, argv, ":he:", longopts, NULL)) != -1) {
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

	hash_init(&t.keys);
	buf_init(&t.vals);
	load_table(&t, (const char *const *)ton, non);
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
	if (t.pkey) {
		sodium_memzero((void *)t.pkey, t.pkeylen);
		free((void *)t.pkey);
	}
	return status;
}
