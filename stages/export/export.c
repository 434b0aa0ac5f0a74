/*
 * export.c - write the record stream as CSV, TSV or JSON Lines.
 *
 * Reads any stream (the "id" column is not required, so count tables
 * export too) and writes every column, or those chosen with -c or left by
 * -x, as RFC 4180 CSV, as Excel/R/pandas-style TSV or as JSON Lines with
 * every value a string.  Fields are unescaped straight into the output
 * buffer from the reader's line: no copy per field, no allocation per
 * record.  Malformed records are reported and not written (exit 1).
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "err.h"
#include "opt.h"
#include "qdpx.h"
#include "rec.h"
#include "banned.h"

enum { CSV, TSV, JSONL, QDPX };

/* Long options without a short form. */
enum { OPT_BOM = 256, OPT_EOL, OPT_DELIM, OPT_EXCEL, OPT_OUTPUT,
       OPT_UNREDACTED };

struct out {
	struct rec_writer w;
	int fmt;
	unsigned char delim;
	int spaces;       /* quote a field that starts or ends with a space */
	int excel_safe;   /* prefix formula-like fields with ' */
	int quote_empty;  /* one column only: an empty row must not vanish */
	const char *eol;
	size_t eoln;
	size_t *sel;      /* input index of each output column */
	size_t nsel;
	struct buf names; /* output column names, escaped, end to end */
	size_t *nameoff;  /* nsel + 1 offsets into names */
	uint64_t dmask;   /* the delimiter in every byte */
	unsigned char look[256]; /* CSV/TSV: bytes that need a closer look */
	unsigned char jlook[256]; /* JSON: bytes that need escaping */
};

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-export [-hq] [-f csv|tsv|jsonl|qdpx] "
		    "[-c COL[,COL...]] [-x COL[,COL...]] [--bom]\n"
		    "                   [--eol crlf|lf] [--delimiter C] "
		    "[--excel-safe] [-o FILE] [--allow-unredacted] "
		    "[FILE...]\n");
}

static const char help[] =
	"  -f, --format FMT        csv, tsv, jsonl or qdpx (default csv)\n"
	"  -c, --columns COL,...   export only these columns, in this order\n"
	"  -x, --exclude COL,...   export every column but these\n"
	"  --bom                   write a UTF-8 byte order mark first (CSV, TSV)\n"
	"  --eol crlf|lf           row endings for CSV and TSV\n"
	"  --delimiter C           separate CSV fields with C\n"
	"  --excel-safe            guard CSV cells against formula injection\n"
	"  -o, --output FILE       the project file (-f qdpx)\n"
	"  --allow-unredacted      write a project from an unredacted stream\n"
	OPT_HELP_COMMON;

static void misuse(const char *, const char *) __attribute__((noreturn));

/* A usage error: the message, the usage, exit status 2. */
static void
misuse(const char *fmt, const char *arg)
{
	err_msg(fmt, arg);
	usage(stderr);
	exit(HARK_ETROUBLE);
}

/* The byte a stream escape stands for: \t \n \r \\ (docs/record-format.md). */
static inline unsigned char
unesc(unsigned char c)
{
	return c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
}

/*
 * Most bytes of a field need nothing done, so the scans below test eight
 * bytes at a time ("SWAR": a word has a byte equal to c when has0(v ^ c*ONES)),
 * and look at single bytes only in a word that holds a candidate.
 */
#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

static inline uint64_t
has0(uint64_t v)
{
	return (v - ONES) & ~v & HIGHS;
}

/* Index of the first byte of p[i..n) with o->look set, or n. */
static inline size_t
find_look(const struct out *o, const unsigned char *p, size_t i, size_t n)
{
	for (; i + 8 <= n; i += 8) {
		uint64_t v;

		memcpy(&v, p + i, 8);
		if (has0(v ^ (ONES * '"')) | has0(v ^ (ONES * '\\')) |
		    has0(v ^ o->dmask))
			break;
	}
	for (; i < n; i++)
		if (o->look[p[i]])
			return i;
	return n;
}

/* Index of the first byte of p[i..n) with o->jlook set, or n. */
static inline size_t
find_jlook(const struct out *o, const unsigned char *p, size_t i, size_t n)
{
	for (; i + 8 <= n; i += 8) {
		uint64_t v;

		memcpy(&v, p + i, 8);
		/* Bytes below 0x20, '"' or 0xE2 (U+2028, U+2029). */
		if (((v - ONES * 0x20) & ~v & HIGHS) |
		    has0(v ^ (ONES * '"')) | has0(v ^ (ONES * 0xE2)))
			break;
	}
	for (; i < n; i++)
		if (o->jlook[p[i]])
			return i;
	return n;
}

/*
 * Write one CSV or TSV field from its escaped stream form p[0..n).  The
 * reader has checked the escapes, so a backslash is always followed by one
 * of \ t n r.  First pass: does the value need quotes (q set forces them),
 * and does it hold a quote or an escape at all (if not, its bytes go out in
 * one piece)?
 */
static void
put_delimited(struct out *o, const char *s, size_t n, int q)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i, start;
	int dirty = 0, risky = 0;

	if (n == 0) {
		if (o->quote_empty)
			rec_put(&o->w, "\"\"", 2);
		return;
	}
	if (o->spaces && (p[0] == ' ' || p[n - 1] == ' '))
		q = 1;
	for (i = find_look(o, p, 0, n); i < n; i = find_look(o, p, i + 1, n)) {
		unsigned char c = p[i];

		if (c == '"') {
			q = dirty = 1;
		} else if (c == '\\') {
			dirty = 1;
			c = unesc(p[++i]);
			if (c == '\n' || c == '\r' || c == o->delim)
				q = 1;
		} else {
			q = 1; /* the delimiter */
		}
	}
	if (o->excel_safe) {
		unsigned char c = p[0] == '\\' ? unesc(p[1]) : p[0];

		/* a formula, not a number: -14.1 stays a number */
		risky = c == '\t' || c == '\r' ||
		    (p[0] != '\\' && csv_formula_risk(s, n));
	}
	if (q)
		rec_putc(&o->w, '"');
	if (risky)
		rec_putc(&o->w, '\'');
	if (!dirty) {
		rec_put(&o->w, p, n);
	} else {
		start = 0;
		for (i = find_look(o, p, 0, n); i < n;
		     i = find_look(o, p, i + 1, n)) {
			unsigned char c = p[i];

			if (c == '"') {
				/* Write it, then once more: "" inside quotes. */
				rec_put(&o->w, p + start, i + 1 - start);
				start = i;
			} else if (c == '\\') {
				rec_put(&o->w, p + start, i - start);
				rec_putc(&o->w, unesc(p[++i]));
				start = i + 1;
			}
		}
		rec_put(&o->w, p + start, n - start);
	}
	if (q)
		rec_putc(&o->w, '"');
}

/*
 * Write one JSON string from the escaped stream form p[0..n).  The
 * stream's four escapes (\\ \t \n \r) are also JSON escapes, so they are
 * copied as they stand; only '"', the other C0 controls and U+2028/U+2029
 * (line separators to JavaScript) need work.  The reader has checked that
 * the bytes are UTF-8, so the rest is copied unchanged.
 */
static void
put_json(struct out *o, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s;
	size_t i, start;

	rec_putc(&o->w, '"');
	start = 0;
	for (i = find_jlook(o, p, 0, n); i < n; i = find_jlook(o, p, i + 1, n)) {
		unsigned char c = p[i];

		if (c == 0xE2) {
			if (i + 2 < n && p[i + 1] == 0x80 &&
			    (p[i + 2] == 0xA8 || p[i + 2] == 0xA9)) {
				rec_put(&o->w, p + start, i - start);
				rec_put(&o->w, p[i + 2] == 0xA8 ? "\\u2028" :
					"\\u2029", 6);
				i += 2;
				start = i + 1;
			}
			continue;
		}
		rec_put(&o->w, p + start, i - start);
		start = i + 1;
		if (c == '"') {
			rec_put(&o->w, "\\\"", 2);
		} else if (c == '\b') {
			rec_put(&o->w, "\\b", 2);
		} else if (c == '\f') {
			rec_put(&o->w, "\\f", 2);
		} else {
			char u[6] = { '\\', 'u', '0', '0', hex[c >> 4],
				      hex[c & 15] };

			rec_put(&o->w, u, 6);
		}
	}
	rec_put(&o->w, p + start, n - start);
	rec_putc(&o->w, '"');
}

/* Turn the names given to -c (keep) or -x (drop) into o->sel. */
static void
select_columns(struct out *o, const struct rec_reader *r, char **names,
	       size_t nnames, int drop)
{
	unsigned char *seen = xcalloc(r->ncols ? r->ncols : 1, 1);
	size_t i, k;

	o->sel = xcalloc(r->ncols, sizeof *o->sel);
	o->nsel = 0;
	for (k = 0; k < nnames; k++) {
		int c = rec_col(r, names[k]);

		if (c < 0)
			die(HARK_ETROUBLE, "no column '%s' in %s", names[k],
			    r->name);
		if (seen[c])
			die(HARK_ETROUBLE, "column '%s' named twice",
			    names[k]);
		seen[c] = 1;
		if (!drop)
			o->sel[o->nsel++] = (size_t)c;
	}
	if (drop || nnames == 0)
		for (i = 0; i < r->ncols; i++)
			if (!(drop && seen[i]))
				o->sel[o->nsel++] = i;
	free(seen);
	if (o->nsel == 0)
		die(HARK_ETROUBLE, "no columns left to export");
}

static void
setup(struct out *o, const struct rec_reader *r)
{
	size_t k;
	int c;

	memset(o->look, 0, sizeof o->look);
	o->look['"'] = o->look['\\'] = o->look[o->delim] = 1;
	o->dmask = ONES * o->delim;
	memset(o->jlook, 0, sizeof o->jlook);
	for (c = 0; c < 0x20; c++)
		o->jlook[c] = 1;
	o->jlook['"'] = o->jlook[0xE2] = 1;
	o->quote_empty = o->nsel == 1;
	/* Column names escaped as in the stream, so that the header goes
	 * through the same writers as the values. */
	buf_init(&o->names);
	o->nameoff = xcalloc(o->nsel + 1, sizeof *o->nameoff);
	for (k = 0; k < o->nsel; k++) {
		const char *name = r->cols[o->sel[k]];

		o->nameoff[k] = o->names.len;
		rec_escape(&o->names, name, strlen(name));
	}
	o->nameoff[o->nsel] = o->names.len;
}

static void
write_header(struct out *o)
{
	size_t k;

	for (k = 0; k < o->nsel; k++) {
		const char *name = o->names.s + o->nameoff[k];
		size_t n = o->nameoff[k + 1] - o->nameoff[k];

		if (k)
			rec_putc(&o->w, o->delim);
		/* Excel takes a file that starts with "ID" for a SYLK file
		 * and refuses it; quotes change nothing else. */
		put_delimited(o, name, n,
			      k == 0 && n >= 2 && memcmp(name, "ID", 2) == 0);
	}
	rec_put(&o->w, o->eol, o->eoln);
}

static void
write_record(struct out *o, const struct rec_reader *r)
{
	size_t k;

	if (o->fmt == JSONL) {
		for (k = 0; k < o->nsel; k++) {
			const struct rec_field *f = &r->f[o->sel[k]];

			rec_putc(&o->w, k ? ',' : '{');
			put_json(o, o->names.s + o->nameoff[k],
				 o->nameoff[k + 1] - o->nameoff[k]);
			rec_putc(&o->w, ':');
			put_json(o, f->p, f->n);
		}
		rec_put(&o->w, "}\n", 2);
		return;
	}
	for (k = 0; k < o->nsel; k++) {
		const struct rec_field *f = &r->f[o->sel[k]];

		if (k)
			rec_putc(&o->w, o->delim);
		put_delimited(o, f->p, f->n, 0);
	}
	rec_put(&o->w, o->eol, o->eoln);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "format", required_argument, NULL, 'f' },
		{ "columns", required_argument, NULL, 'c' },
		{ "exclude", required_argument, NULL, 'x' },
		{ "bom", no_argument, NULL, OPT_BOM },
		{ "eol", required_argument, NULL, OPT_EOL },
		{ "delimiter", required_argument, NULL, OPT_DELIM },
		{ "excel-safe", no_argument, NULL, OPT_EXCEL },
		{ "output", required_argument, NULL, 'o' },
		{ "allow-unredacted", no_argument, NULL, OPT_UNREDACTED },
		{ NULL, 0, NULL, 0 }
	};
	struct out o;
	struct rec_reader r;
	char **names = NULL;
	size_t nnames = 0;
	const char *eol = NULL, *delim = NULL, *output = NULL;
	int c, bom = 0, keep = 0, drop = 0, status = HARK_OK, unred = 0;

	err_init("export");
	memset(&o, 0, sizeof o);
	o.fmt = CSV;
	/* Our own messages: getopt's would name the program by its path. */
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hqf:c:x:o:", longopts,
				NULL)) != -1) {
		switch (c) {
		case 'h':
			opt_help(usage, help);
		case 'q':
			err_quiet = 1;
			break;
		case 'f': {
			static const char *const fmts[] = { "csv", "tsv",
			    "jsonl", "qdpx", NULL };
			static const int fv[] = { CSV, TSV, JSONL, QDPX };

			o.fmt = fv[opt_choice("--format", optarg, fmts, usage)];
			break;
		}
		case 'c':
		case 'x':
			opt_list(c == 'c' ? "--columns" : "--exclude", optarg,
			    &names, &nnames, usage);
			if (c == 'c')
				keep = 1;
			else
				drop = 1;
			break;
		case OPT_BOM:
			bom = 1;
			break;
		case OPT_EOL: {
			static const char *const eols[] = { "crlf", "lf",
			    NULL };

			eol = eols[opt_choice("--eol", optarg, eols, usage)];
			break;
		}
		case OPT_DELIM:
			if (strlen(optarg) != 1 || (optarg[0] & 0x80) ||
			    optarg[0] == '"' || optarg[0] == '\r' ||
			    optarg[0] == '\n')
				misuse("bad delimiter '%s': one ASCII "
				       "character other than '\"', CR or LF",
				       optarg);
			delim = optarg;
			break;
		case OPT_EXCEL:
			o.excel_safe = 1;
			break;
		case 'o':
			output = optarg;
			break;
		case OPT_UNREDACTED:
			unred = 1;
			break;
		default:
			opt_fail(c, argv, usage);
		}
	}
	if (keep && drop)
		misuse("%s", "-c and -x cannot be used together");
	if (o.fmt == QDPX) {
		if (keep || drop || bom || eol || delim || o.excel_safe)
			misuse("%s", "-c, -x, --bom, --eol, --delimiter and "
				     "--excel-safe do not apply to qdpx");
		if (output == NULL || output[0] == '\0')
			misuse("%s", "--format qdpx needs --output FILE (a "
				     "project is a zip file, not a stream)");
		rec_open_or_exit(&r, argv + optind, (size_t)(argc - optind),
		    0);
		status = qdpx_export(&r, output, unred);
		rec_close(&r);
		free(names);
		return status;
	}
	if (output || unred)
		misuse("%s", "--output and --allow-unredacted are for "
			     "--format qdpx");
	if (o.fmt == JSONL) {
		if (bom || eol || delim || o.excel_safe)
			misuse("%s", "--bom, --eol, --delimiter and "
				     "--excel-safe do not apply to jsonl");
	} else if (o.fmt == TSV && delim) {
		misuse("%s", "--delimiter does not apply to tsv");
	}
	o.delim = o.fmt == TSV ? '\t' : delim ? (unsigned char)delim[0] : ',';
	o.spaces = o.fmt == CSV;
	if (eol ? strcmp(eol, "crlf") == 0 : o.fmt == CSV) {
		o.eol = "\r\n";
		o.eoln = 2;
	} else {
		o.eol = "\n";
		o.eoln = 1;
	}

	rec_open_or_exit(&r, argv + optind, (size_t)(argc - optind), 0);
	select_columns(&o, &r, names, nnames, drop);
	rec_writer_init(&o.w, 1);
	setup(&o, &r);
	if (bom)
		rec_put(&o.w, "\xEF\xBB\xBF", 3);
	if (o.fmt != JSONL)
		write_header(&o);
	while (rec_next(&r, &status)) {
		write_record(&o, &r);
	}
	rec_writer_close(&o.w);
	rec_close(&r);
	buf_free(&o.names);
	free(o.nameoff);
	free(o.sel);
	free(names);
	return status;
}
