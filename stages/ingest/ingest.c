/*
 * ingest.c - hark ingest: turn exported notes into the record stream.
 *
 * Reads CSV, TSV, JSON Lines, plain lines or paragraphs, in any encoding ICU
 * converts, and writes the stream of docs/record-format.md: `id` first, then
 * `text` (from --text columns, joined by a blank line), then every other
 * source column under its own name, then `repairs` with --repair.  Every
 * source record is either written or rejected with its line and a reason,
 * so records in = records out + records rejected, and the summary says so.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <fcntl.h>
#include <unistd.h>

#include "arena.h"
#include "buf.h"
#include "err.h"
#include "hash.h"
#include "input.h"
#include "opt.h"
#include "parse.h"
#include "rec.h"
#include "utf8.h"
#include "banned.h"

static const char usage_text[] =
	"usage: hark-ingest [-hq] [-f csv|tsv|jsonl|lines|paragraphs] "
	"[-e ENCODING] [--id COL]\n"
	"                   [--id-prefix PREFIX] [-t COL]... "
	"[--columns COL,...] [--no-header]\n"
	"                   [--delimiter C] [--no-quotes] [--rejects FILE] "
	"[--repair]\n"
	"                   [--max-record-size BYTES] [--no-id-check] [FILE...]\n";

static void
usage(FILE *fp)
{
	fputs(usage_text, fp);
}

/* Options and the state of the whole run. */
static struct {
	const char *format, *encoding, *idcol, *idprefix, *rejects, *columns;
	const char **textcols;
	size_t ntext;
	int quiet, repair, noheader, noquotes, delim, noidcheck;
	size_t maxrec;
} opt;

static struct {
	char **names;          /* source column names */
	size_t ncols;
	int id_src;            /* source column of the id, or -1 */
	int *text_src;         /* source columns joined into text */
	size_t ntext;
	int has_text;
	int *others;           /* source columns written under own names */
	size_t nothers;
	char **outnames;       /* output header */
	size_t nout;
	const char *first;     /* first input's name */
} cols;

static unsigned long long n_in, n_out, n_rej, n_rep, n_ord;
static struct rec_writer out, rejw;
static int rejects_open;
static struct arena arena;
static int hinted;

/* ---- ids seen: 64-bit fingerprints in an open-addressing set ----
 * 8 bytes an id at most 75% full: about 11-21 bytes a record.  Only a
 * fingerprint is kept, so a duplicate is named but not where it was first
 * seen; --no-id-check turns the check (and its memory) off. */

static uint64_t *seen;
static size_t seen_cap, seen_n;

/* Returns 1 when the id was seen before, else records it and returns 0. */
static int
seen_add(const char *p, size_t n)
{
	uint64_t fp = hash_bytes(p, n) | 1; /* 0 marks an empty slot */
	size_t i, mask;

	if ((seen_n + 1) * 4 >= seen_cap * 3) {
		size_t ncap = seen_cap ? xmul(seen_cap, 2) : 4096, j;
		uint64_t *ns = xcalloc(ncap, sizeof *ns);

		for (j = 0; j < seen_cap; j++) {
			if (!seen[j])
				continue;
			for (i = seen[j] & (ncap - 1); ns[i]; i = (i + 1) & (ncap - 1))
				;
			ns[i] = seen[j];
		}
		free(seen);
		seen = ns;
		seen_cap = ncap;
	}
	mask = seen_cap - 1;
	for (i = fp & mask; seen[i]; i = (i + 1) & mask)
		if (seen[i] == fp)
			return 1;
	seen[i] = fp;
	seen_n++;
	return 0;
}

/* ---- columns ---- */

static int
find_col(const char *name)
{
	size_t i;

	for (i = 0; i < cols.ncols; i++)
		if (strcmp(cols.names[i], name) == 0)
			return (int)i;
	return -1;
}

static int
out_has(const char *name)
{
	size_t i;

	for (i = 0; i < cols.nout; i++)
		if (strcmp(cols.outnames[i], name) == 0)
			return 1;
	return 0;
}

/* Add an output column, renaming it NAME_2, NAME_3 ... if taken. */
static void
add_out(const char *name, const char *file)
{
	struct buf b = BUF_INIT;
	int k = 2;

	buf_adds(&b, name);
	while (out_has(b.s)) {
		buf_reset(&b);
		buf_addf(&b, "%s_%d", name, k++);
	}
	if (strcmp(b.s, name) != 0)
		err_at(file, 1, "column name '%s' is taken; writing it as '%s'",
		       name, b.s);
	cols.outnames[cols.nout++] = buf_detach(&b, NULL);
}

/* Decide the output columns from the source's column names. */
static void
setup_columns(const char *file)
{
	size_t i, k;
	int *used = xcalloc(cols.ncols ? cols.ncols : 1, sizeof *used);

	cols.first = file;
	cols.id_src = -1;
	if (opt.idcol) {
		cols.id_src = find_col(opt.idcol);
		if (cols.id_src < 0)
			die(HARK_ETROUBLE, "%s: no column '%s' for --id", file,
			    opt.idcol);
	} else {
		cols.id_src = find_col("id");
	}
	cols.text_src = xcalloc(opt.ntext + 1, sizeof *cols.text_src);
	for (k = 0; k < opt.ntext; k++) {
		int c = find_col(opt.textcols[k]);

		if (c < 0)
			die(HARK_ETROUBLE, "%s: no column '%s' for --text", file,
			    opt.textcols[k]);
		cols.text_src[cols.ntext++] = c;
	}
	if (!opt.ntext && find_col("text") >= 0)
		cols.text_src[cols.ntext++] = find_col("text");
	cols.has_text = cols.ntext > 0;
	if (cols.id_src >= 0)
		used[cols.id_src] = 1;
	for (k = 0; k < cols.ntext; k++)
		used[cols.text_src[k]] = 1;
	cols.outnames = xcalloc(cols.ncols + 3, sizeof *cols.outnames);
	cols.others = xcalloc(cols.ncols + 1, sizeof *cols.others);
	add_out("id", file);
	if (cols.has_text)
		add_out("text", file);
	for (i = 0; i < cols.ncols; i++) {
		if (used[i])
			continue;
		cols.others[cols.nothers++] = (int)i;
		add_out(cols.names[i], file);
	}
	if (opt.repair)
		add_out("repairs", file);
	if (!cols.has_text && !opt.quiet)
		err_msg("%s: no 'text' column (name the voice with --text COL); "
			"writing the columns as they are", file);
	free(used);
}

static void
write_header(void)
{
	size_t i;

	for (i = 0; i < cols.nout; i++) {
		if (i)
			rec_putc(&out, '\t');
		rec_put_esc(&out, cols.outnames[i], strlen(cols.outnames[i]));
	}
	rec_putc(&out, '\n');
}

/* Column names from a header row, made valid for the stream. */
static char **
header_names(const struct row *row, const struct input *in, size_t *n)
{
	char **names = xcalloc(row->nf ? row->nf : 1, sizeof *names);
	size_t i, j;

	for (i = 0; i < row->nf; i++) {
		const char *p = row->vals.s + row->off[i];
		size_t len = row->len[i];
		struct buf b = BUF_INIT;

		if (utf8_check(p, len) < len || memchr(p, '\0', len))
			die_at(HARK_ETROUBLE, in->name, row->line,
			       "the header is not valid %s (wrong encoding? "
			       "try --encoding auto or --encoding windows-1252)",
			       in->encoding);
		if (len == 0) {
			buf_addf(&b, "column_%zu", i + 1);
			err_at(in->name, row->line, "column %zu has no name; "
			       "calling it '%s'", i + 1, b.s);
		} else {
			buf_add(&b, p, len);
		}
		for (j = 0; j < i; j++)
			if (strcmp(names[j], b.s) == 0) {
				char *dup = buf_detach(&b, NULL);
				buf_addf(&b, "%s_%zu", dup, i + 1);
				err_at(in->name, row->line, "column name '%s' "
				       "appears twice; calling column %zu '%s'",
				       dup, i + 1, b.s);
				free(dup);
				j = (size_t)-1; /* check the new name again */
			}
		names[i] = buf_detach(&b, NULL);
	}
	*n = row->nf;
	return names;
}

/* ---- rejecting ---- */

static void
open_rejects(void)
{
	int fd = open(opt.rejects, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);

	if (fd < 0)
		die(HARK_ETROUBLE, "%s: cannot write: %m", opt.rejects);
	rec_writer_init(&rejw, fd);
	rec_put(&rejw, "id\tsource\tline\treason\trecord\n", 29);
	rejects_open = 1;
}

/* Copy p[0..n) onto b with ill-formed UTF-8 and NULs as U+FFFD. */
static size_t
mend(struct buf *b, const char *p, size_t n)
{
	size_t i = 0, fixes = 0;

	while (i < n) {
		size_t ok = utf8_check(p + i, n - i);
		const char *z = memchr(p + i, '\0', ok);

		if (z)
			ok = (size_t)(z - (p + i));
		buf_add(b, p + i, ok);
		i += ok;
		if (i < n) {
			buf_add(b, "\xEF\xBF\xBD", 3);
			i += p[i] ? utf8_badlen(p + i, n - i) : 1;
			fixes++;
		}
	}
	return fixes;
}

static void
reject(const struct input *in, const struct row *row, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void
reject(const struct input *in, const struct row *row, const char *fmt, ...)
{
	char why[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, sizeof why, fmt, ap);
	va_end(ap);
	n_rej++;
	if (!opt.rejects) {
		err_at(in->name, row->line, "%s", why);
		return;
	}
	struct buf b = BUF_INIT;
	char num[32];

	snprintf(num, sizeof num, "%llu", n_ord);
	rec_put(&rejw, num, strlen(num));
	rec_putc(&rejw, '\t');
	rec_put_esc(&rejw, in->name, strlen(in->name));
	snprintf(num, sizeof num, "\t%llu\t", row->line);
	rec_put(&rejw, num, strlen(num));
	rec_put_esc(&rejw, why, strlen(why));
	rec_putc(&rejw, '\t');
	mend(&b, row->raw, row->rawn);
	rec_put_esc(&rejw, b.s, b.len);
	rec_putc(&rejw, '\n');
	buf_free(&b);
}

/* ---- one record ---- */

static struct buf text, idbuf, repbuf;

static void
record(const struct input *in, struct row *row)
{
	struct str *v;
	size_t i, nutf8 = 0, npad = 0;

	n_in++;
	n_ord++;
	if (row->err[0]) {
		reject(in, row, "%s", row->err);
		return;
	}
	if (row->nf != cols.ncols) {
		if (row->nf > cols.ncols || !opt.repair) {
			reject(in, row, "expected %zu field%s, found %zu",
			       cols.ncols, cols.ncols == 1 ? "" : "s", row->nf);
			return;
		}
		npad = cols.ncols - row->nf;
		row_pad(row, cols.ncols); /* --repair: empty fields */
	}
	v = arena_alloc(&arena, xmul(cols.ncols, sizeof *v));
	for (i = 0; i < cols.ncols; i++) {
		const char *p = row->vals.s + row->off[i];
		size_t n = row->len[i], bad = utf8_check(p, n);
		const char *z = memchr(p, '\0', bad);

		v[i].p = p;
		v[i].n = n;
		if (bad == n && !z)
			continue;
		if (!opt.repair) {
			if (z)
				reject(in, row, "NUL byte in column '%s'",
				       cols.names[i]);
			else if (!in->utf8)
				reject(in, row, "bytes that are not valid %s in "
				       "column '%s'", in->encoding, cols.names[i]);
			else {
				reject(in, row, "invalid UTF-8 in column '%s' at "
				       "byte %zu: %s%s", cols.names[i], bad + 1,
				       utf8_why(p + bad, n - bad),
				       hinted ? "" : " (is the file in another "
				       "encoding? try --encoding auto)");
				hinted = 1;
			}
			return;
		}
		struct buf b = BUF_INIT;
		nutf8 += mend(&b, p, n);
		v[i].p = arena_memdup(&arena, b.s, b.len);
		v[i].n = b.len;
		buf_free(&b);
	}
	/* The id. */
	buf_reset(&idbuf);
	if (cols.id_src >= 0) {
		const struct str *id = &v[cols.id_src];

		if (id->n == 0) {
			reject(in, row, "empty id in column '%s'",
			       cols.names[cols.id_src]);
			return;
		}
		if (!opt.noidcheck && seen_add(id->p, id->n)) {
			reject(in, row, "duplicate id '%.*s'",
			       id->n > 80 ? 80 : (int)id->n, id->p);
			return;
		}
		buf_add(&idbuf, id->p, id->n);
	} else {
		buf_adds(&idbuf, opt.idprefix);
		buf_addu(&idbuf, n_ord);
	}
	/* The text: the --text columns that are not empty, blank-line joined. */
	buf_reset(&text);
	for (i = 0; i < cols.ntext; i++) {
		const struct str *t = &v[cols.text_src[i]];

		if (!t->n)
			continue;
		if (text.len)
			buf_add(&text, "\n\n", 2);
		buf_add(&text, t->p, t->n);
	}
	rec_put_esc(&out, idbuf.s, idbuf.len);
	if (cols.has_text) {
		rec_putc(&out, '\t');
		rec_put_esc(&out, text.s, text.len);
	}
	for (i = 0; i < cols.nothers; i++) {
		const struct str *o = &v[cols.others[i]];

		rec_putc(&out, '\t');
		rec_put_esc(&out, o->p, o->n);
	}
	if (opt.repair) {
		buf_reset(&repbuf);
		if (npad)
			buf_addf(&repbuf, "padded=%zu", npad);
		if (nutf8)
			buf_addf(&repbuf, "%sutf8=%zu", repbuf.len ? " " : "", nutf8);
		rec_putc(&out, '\t');
		rec_put(&out, repbuf.s, repbuf.len);
		if (npad || nutf8)
			n_rep++;
	}
	rec_putc(&out, '\n');
	n_out++;
}

/* ---- inputs ---- */

static enum fmt
format_of(const char *name)
{
	const char *f = opt.format, *dot;

	if (!f) {
		dot = strrchr(name, '.');
		f = "csv";
		if (dot && (!strcasecmp(dot, ".tsv") || !strcasecmp(dot, ".tab")))
			f = "tsv";
		else if (dot && (!strcasecmp(dot, ".jsonl") ||
				 !strcasecmp(dot, ".ndjson") ||
				 !strcasecmp(dot, ".json")))
			f = "jsonl";
		else if (dot && !strcasecmp(dot, ".txt"))
			f = "lines";
	}
	if (!strcmp(f, "csv")) return FMT_CSV;
	if (!strcmp(f, "tsv")) return FMT_TSV;
	if (!strcmp(f, "jsonl")) return FMT_JSONL;
	if (!strcmp(f, "lines")) return FMT_LINES;
	if (!strcmp(f, "paragraphs")) return FMT_PARAS;
	die(HARK_ETROUBLE, "unknown format '%s' (csv, tsv, jsonl, lines, "
	    "paragraphs)", f);
}

static void
names_from_list(const char *list)
{
	const char *s = list;

	cols.ncols = 0;
	cols.names = xcalloc(strlen(list) + 1, sizeof *cols.names);
	for (;;) {
		const char *c = strchr(s, ',');
		size_t n = c ? (size_t)(c - s) : strlen(s);

		if (n == 0)
			die(HARK_ETROUBLE, "--columns: empty column name");
		cols.names[cols.ncols++] = xmemdup(s, n);
		if (!c)
			break;
		s = c + 1;
	}
}

static int
same_names(char **a, size_t na, char **b, size_t nb)
{
	size_t i;

	if (na != nb)
		return 0;
	for (i = 0; i < na; i++)
		if (strcmp(a[i], b[i]) != 0)
			return 0;
	return 1;
}

static int
ingest(const char *path, int first)
{
	struct input in;
	struct parser ps = { 0 };
	struct row row;
	char err[512];
	int k, status = HARK_OK;
	enum fmt fmt = format_of(path);

	if (in_open(&in, path, opt.encoding, err, sizeof err) < 0) {
		err_msg("%s", err);
		in_close(&in);
		return HARK_ETROUBLE;
	}
	if (in.note[0] && !opt.quiet)
		err_msg("%s", in.note);
	ps.fmt = fmt;
	ps.delim = opt.delim ? opt.delim : fmt == FMT_TSV ? '\t' : ',';
	ps.quote = opt.noquotes ? -1 : '"';
	ps.maxrec = opt.maxrec;
	parse_reset(&ps);
	row_init(&row);
	if (fmt == FMT_JSONL && opt.columns) {
		names_from_list(opt.columns);
		ps.keys = cols.names;
		ps.nkeys = cols.ncols;
		ps.keys_fixed = 1;
	}
	/* The header: a row of names, or names given or implied. */
	if ((fmt == FMT_CSV || fmt == FMT_TSV) && !opt.noheader) {
		k = parse_next(&ps, &in, &row, err, sizeof err);
		if (k < 0) {
			err_msg("%s", err);
			status = HARK_ETROUBLE;
			goto out;
		}
		if (k == 0) {
			err_at(in.name, 0, "empty input: no header row");
			status = HARK_EDATA;
			goto out;
		}
		if (row.err[0])
			die_at(HARK_EDATA, in.name, row.line, "bad header row: %s",
			       row.err);
		size_t n;
		char **names = header_names(&row, &in, &n);
		if (first) {
			cols.names = names;
			cols.ncols = n;
		} else {
			if (!same_names(names, n, cols.names, cols.ncols))
				die_at(HARK_ETROUBLE, in.name, 1, "the columns "
				       "differ from those of %s", cols.first);
			for (size_t i = 0; i < n; i++)
				free(names[i]);
			free(names);
		}
	}
	if (first && (fmt == FMT_LINES || fmt == FMT_PARAS)) {
		cols.names = xcalloc(1, sizeof *cols.names);
		cols.names[0] = xstrdup("text");
		cols.ncols = 1;
	}
	for (;;) {
		k = parse_next(&ps, &in, &row, err, sizeof err);
		if (k < 0) {
			err_msg("%s", err);
			status = HARK_ETROUBLE;
			break;
		}
		if (k == 0)
			break;
		if (first && cols.outnames == NULL) {
			if ((fmt == FMT_CSV || fmt == FMT_TSV) && opt.noheader) {
				/* --no-header: columns named by position. */
				cols.ncols = row.nf;
				cols.names = xcalloc(row.nf, sizeof *cols.names);
				for (size_t i = 0; i < row.nf; i++) {
					struct buf b = BUF_INIT;
					buf_addf(&b, "column_%zu", i + 1);
					cols.names[i] = buf_detach(&b, NULL);
				}
			} else if (fmt == FMT_JSONL) {
				cols.names = ps.keys;
				cols.ncols = ps.nkeys;
			}
			setup_columns(in.name);
			write_header();
		}
		if (fmt == FMT_JSONL && !first && !row.err[0] &&
		    ps.nkeys != cols.ncols) {
			snprintf(row.err, sizeof row.err, "keys differ");
		}
		record(&in, &row);
		arena_reset(&arena);
	}
	if (first && cols.outnames == NULL && cols.names) {
		setup_columns(in.name);
		write_header();
	}
out:
	free(ps.seen); /* the scratch; the keys may now be cols.names */
	ps.seen = NULL;
	buf_free(&ps.key);
	if (fmt == FMT_JSONL && ps.keys != cols.names)
		parse_free(&ps);
	row_free(&row);
	in_close(&in);
	return status;
}

static size_t
parse_size(const char *s)
{
	char *end;
	unsigned long long v = strtoull(s, &end, 10);

	if (end == s)
		die(HARK_ETROUBLE, "bad size '%s'", s);
	switch (*end) {
	case 'k': case 'K': v <<= 10; end++; break;
	case 'm': case 'M': v <<= 20; end++; break;
	case 'g': case 'G': v <<= 30; end++; break;
	}
	if (*end || v < 1024)
		die(HARK_ETROUBLE, "bad size '%s' (at least 1K)", s);
	return (size_t)v;
}

int
main(int argc, char **argv)
{
	enum { O_ID = 256, O_IDPREFIX, O_REJECTS, O_REPAIR, O_COLUMNS,
	       O_NOHEADER, O_DELIM, O_NOQUOTES, O_MAXREC, O_NOIDCHECK };
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "format", required_argument, NULL, 'f' },
		{ "encoding", required_argument, NULL, 'e' },
		{ "text", required_argument, NULL, 't' },
		{ "id", required_argument, NULL, O_ID },
		{ "id-prefix", required_argument, NULL, O_IDPREFIX },
		{ "rejects", required_argument, NULL, O_REJECTS },
		{ "repair", no_argument, NULL, O_REPAIR },
		{ "columns", required_argument, NULL, O_COLUMNS },
		{ "no-header", no_argument, NULL, O_NOHEADER },
		{ "delimiter", required_argument, NULL, O_DELIM },
		{ "no-quotes", no_argument, NULL, O_NOQUOTES },
		{ "max-record-size", required_argument, NULL, O_MAXREC },
		{ "no-id-check", no_argument, NULL, O_NOIDCHECK },
		{ NULL, 0, NULL, 0 }
	};
	char *stdin_only[] = { "-" };
	char **files;
	size_t nfiles, i;
	int c, status = HARK_OK;

	err_init("ingest");
	opt.idprefix = "";
	opt.maxrec = (size_t)256 << 20;
	opt.textcols = xcalloc((size_t)argc, sizeof *opt.textcols);
	while ((c = getopt_long(argc, argv, ":hqf:e:t:", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(stdout);
			close_stdout();
			return HARK_OK;
		case 'q': opt.quiet = 1; break;
		case 'f': opt.format = optarg; break;
		case 'e': opt.encoding = optarg; break;
		case 't': opt.textcols[opt.ntext++] = optarg; break;
		case O_ID: opt.idcol = optarg; break;
		case O_IDPREFIX: opt.idprefix = optarg; break;
		case O_REJECTS: opt.rejects = optarg; break;
		case O_REPAIR: opt.repair = 1; break;
		case O_COLUMNS: opt.columns = optarg; break;
		case O_NOHEADER: opt.noheader = 1; break;
		case O_NOQUOTES: opt.noquotes = 1; break;
		case O_NOIDCHECK: opt.noidcheck = 1; break;
		case O_MAXREC: opt.maxrec = parse_size(optarg); break;
		case O_DELIM:
			if (!strcmp(optarg, "\\t") || !strcmp(optarg, "tab"))
				optarg = "\t";
			if (strlen(optarg) != 1 || strchr("\"\r\n", optarg[0]))
				die(HARK_ETROUBLE, "--delimiter takes one "
				    "character other than a quote or newline");
			opt.delim = (unsigned char)optarg[0];
			break;
		default:
			opt_fail(c, argv, usage);
		}
	}
	if (opt.format)
		(void)format_of(""); /* check the name early */
	if (opt.columns && opt.format && strcmp(opt.format, "jsonl") != 0)
		die(HARK_ETROUBLE, "--columns is for --format jsonl");
	files = argv + optind;
	nfiles = (size_t)(argc - optind);
	if (!nfiles) {
		files = stdin_only;
		nfiles = 1;
	}
	arena_init(&arena, 0);
	rec_writer_init(&out, 1);
	if (opt.rejects)
		open_rejects();
	for (i = 0; i < nfiles; i++) {
		int s = ingest(files[i], cols.outnames == NULL);

		if (s > status)
			status = s;
		if (s == HARK_ETROUBLE)
			break;
	}
	rec_writer_close(&out);
	if (rejects_open)
		rec_writer_close(&rejw);
	if ((!opt.quiet || n_rej) && !(status == HARK_ETROUBLE && n_in == 0)) {
		struct buf b = BUF_INIT;

		buf_addf(&b, "%llu record%s in, %llu out, %llu rejected", n_in,
			 n_in == 1 ? "" : "s", n_out, n_rej);
		if (opt.repair)
			buf_addf(&b, ", %llu repaired", n_rep);
		if (n_rej && opt.rejects)
			buf_addf(&b, " (reasons in %s)", opt.rejects);
		err_msg("%s", b.s);
		buf_free(&b);
	}
	if (n_rej && status == HARK_OK)
		status = HARK_EDATA;
	return status;
}
