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
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "buf.h"
#include "err.h"
#include "hash.h"
#include "ingest.h"
#include "input.h"
#include "opt.h"
#include "parse.h"
#include "progress.h"
#include "qdpx.h"
#include "rec.h"
#include "utf8.h"
#include "banned.h"

static const char usage_text[] =
	"usage: hark-ingest [-hq] [-f csv|tsv|jsonl|lines|paragraphs|qdpx] "
	"[-e ENCODING] [--id COL]\n"
	"                   [--id-prefix PREFIX] [-t COL]... "
	"[--columns COL,...] [--no-header]\n"
	"                   [--delimiter C] [--no-quotes] [--rejects FILE] "
	"[--repair]\n"
	"                   [--max-record-size BYTES] [--no-id-check]\n"
	"                   [--source-line] [--progress]\n"
	"                   [--blocks PREFIX [--block-size BYTES]] [FILE...]\n";

static void
usage(FILE *fp)
{
	fputs(usage_text, fp);
}

static const char help[] =
	"  -f, --format FORMAT     csv, tsv, jsonl, lines, paragraphs or qdpx\n"
	"  -e, --encoding ENC      read the input as ENC (auto: let ICU guess)\n"
	"  --id COL                the column of record ids\n"
	"  --id-prefix PREFIX      put PREFIX before generated ids\n"
	"  -t, --text COL          a free-text column (repeat for more)\n"
	"  --columns COL,...       JSON Lines: the columns to keep\n"
	"  --no-header             CSV and TSV: the first row is data\n"
	"  --delimiter C           the CSV field separator\n"
	"  --no-quotes             CSV and TSV: quotes are ordinary characters\n"
	"  --rejects FILE          write rejected records to FILE\n"
	"  --repair                mend what can be mended instead of rejecting\n"
	"  --max-record-size N     the longest record accepted (default 256M)\n"
	"  --no-id-check           do not check that ids are unique\n"
	"  --source-line           write the input line of each record (source_line)\n"
	"  --progress              show progress on standard error\n"
	"  --blocks PREFIX         write the stream in files PREFIX000001, ...,\n"
	"                          each name on standard output when written\n"
	"  --block-size BYTES      about how big a block is (default 4M)\n"
	OPT_HELP_COMMON;

struct ingest_opt opt;
struct ingest_cols cols;
unsigned long long n_in, n_out, n_rej, n_rep, n_ord;
static unsigned long long n_bytes; /* read so far, for progress */
/* The first header row's values, to know it when it comes again (exports
 * joined with cat): fields one after another, and their lengths. */
static struct buf hdr_vals;
static size_t *hdr_len, hdr_nf;
static unsigned long long n_hdr_again;

static void
keep_header_row(const struct csv_row *row)
{
	size_t i;

	buf_reset(&hdr_vals);
	hdr_len = xrealloc(hdr_len, xmul(row->nf ? row->nf : 1,
	    sizeof *hdr_len));
	for (i = 0; i < row->nf; i++) {
		buf_add(&hdr_vals, row->vals.s + row->off[i], row->len[i]);
		hdr_len[i] = row->len[i];
	}
	hdr_nf = row->nf;
}

static int
is_header_row(const struct csv_row *row)
{
	size_t i, at = 0;

	if (row->nf != hdr_nf || row->err[0])
		return 0;
	for (i = 0; i < row->nf; i++) {
		if (row->len[i] != hdr_len[i] || memcmp(row->vals.s +
		    row->off[i], hdr_vals.s + at, hdr_len[i]) != 0)
			return 0;
		at += hdr_len[i];
	}
	return 1;
}
struct rec_writer out;
struct arena arena;

/* ---- inputs ---- */

/* How the format was decided: -f, the file name, or (when the name does not
 * say: standard input, .txt, anything unknown) by looking at the content. */
enum how { BY_OPTION, BY_NAME, SNIFF_TXT, SNIFF };

static enum fmt
format_named(const char *f)
{
	if (!strcmp(f, "csv")) return FMT_CSV;
	if (!strcmp(f, "tsv")) return FMT_TSV;
	if (!strcmp(f, "jsonl")) return FMT_JSONL;
	if (!strcmp(f, "lines")) return FMT_LINES;
	if (!strcmp(f, "paragraphs")) return FMT_PARAS;
	if (!strcmp(f, "qdpx")) return FMT_QDPX;
	die(HARK_ETROUBLE, "unknown format '%s' (csv, tsv, jsonl, lines, "
	    "paragraphs, qdpx)", f);
}

static enum fmt
format_of(const char *name, enum how *how)
{
	const char *dot = strrchr(name, '.');

	if (opt.format) {
		*how = BY_OPTION;
		return format_named(opt.format);
	}
	*how = BY_NAME;
	if (dot && (!strcasecmp(dot, ".tsv") || !strcasecmp(dot, ".tab")))
		return FMT_TSV;
	if (dot && (!strcasecmp(dot, ".jsonl") || !strcasecmp(dot, ".ndjson") ||
		    !strcasecmp(dot, ".json")))
		return FMT_JSONL;
	if (dot && !strcasecmp(dot, ".csv"))
		return FMT_CSV;
	if (dot && !strcasecmp(dot, ".qdpx"))
		return FMT_QDPX;
	if (dot && !strcasecmp(dot, ".txt")) {
		*how = SNIFF_TXT;
		return FMT_LINES;
	}
	*how = SNIFF;
	return FMT_CSV;
}

/* Fill the input until it holds want bytes or has ended. */
static int
fill_some(struct input *in, size_t want, char *err, size_t errlen)
{
	while (!in->eof && in->end - in->beg < want) {
		long k = input_fill(in, err, errlen);

		if (k < 0)
			return -1;
		if (k == 0 && in->eof)
			break;
	}
	return 0;
}

/* Excel's first line "sep=X": its length with the line end, or 0. */
static size_t
sep_line(const struct input *in, int *delim)
{
	const char *p = in->buf + in->beg;
	size_t n = in->end - in->beg;

	if (n < 5 || strncasecmp(p, "sep=", 4) != 0 || p[4] == '\r' ||
	    p[4] == '\n' || p[4] == '"')
		return 0;
	if (n == 5) {
		*delim = (unsigned char)p[4];
		return 5;
	}
	if (p[5] == '\n' || (p[5] == '\r' && (n == 6 || p[6] != '\n'))) {
		*delim = (unsigned char)p[4];
		return 6;
	}
	if (n >= 7 && p[5] == '\r' && p[6] == '\n') {
		*delim = (unsigned char)p[4];
		return 7;
	}
	return 0;
}

/*
 * The delimiter of CSV text p[0..n): of , TAB ; | the one found outside
 * quotes the same number of times on each of the first records (the most
 * often when several are), else the one most frequent on the first record,
 * else ','.
 */
static int
sniff_delim(const char *p, size_t n, int final)
{
	static const char cand[] = ",\t;|";
	enum { NC = 4, NREC = 10 };
	size_t cnt[NREC][NC], i;
	int nrec = 0, inq = 0, best = -1, r, c;

	memset(cnt, 0, sizeof cnt);
	for (i = 0; i < n && nrec < NREC; i++) {
		const char *k;

		if (p[i] == '"')
			inq = !inq;
		else if (inq)
			continue;
		else if (p[i] == '\n' || p[i] == '\r') {
			if (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n')
				i++;
			nrec++;
		} else if ((k = strchr(cand, p[i])) != NULL && *k)
			cnt[nrec][k - cand]++;
	}
	if (final && nrec < NREC && i == n && !inq)
		nrec++; /* the last record, without a line end */
	if (nrec == 0)
		return ',';
	for (c = 0; c < NC; c++) {
		if (cnt[0][c] == 0)
			continue;
		for (r = 1; r < nrec; r++)
			if (cnt[r][c] != cnt[0][c])
				break;
		if (r == nrec && (best < 0 || cnt[0][c] > cnt[0][best]))
			best = c;
	}
	if (best < 0)
		for (c = 0; c < NC; c++)
			if (cnt[0][c] && (best < 0 || cnt[0][c] > cnt[0][best]))
				best = c;
	return best < 0 ? ',' : cand[best];
}

static void
say_delim(struct buf *b, int d)
{
	if (d == '\t')
		buf_adds(b, "TAB");
	else
		buf_addf(b, "'%c'", d);
}

static int
ingest(const char *path, int first)
{
	struct input in;
	struct parser ps = { 0 };
	struct csv_row row;
	char err[512];
	int k, status = HARK_OK;
	enum how how;
	enum fmt fmt = format_of(path, &how);
	const char *why = NULL;
	int delim = 0;
	size_t sep = 0;

	if (fmt == FMT_QDPX) {
		if (strcmp(path, "-") == 0)
			die(HARK_ETROUBLE, "a qdpx project is a zip file: name "
			    "it (standard input cannot be read as one)");
		return qdpx_ingest(path, first);
	}
	if (input_open(&in, path, opt.encoding, err, sizeof err) < 0) {
		err_msg("%s", err);
		input_close(&in);
		return HARK_ETROUBLE;
	}
	if (in.note[0] && !opt.quiet)
		err_msg("%s", in.note);
	if (how == SNIFF || how == SNIFF_TXT) {
		const char *p;
		size_t n, i = 0;

		if (fill_some(&in, 65536, err, sizeof err) < 0) {
			err_msg("%s", err);
			input_close(&in);
			return HARK_ETROUBLE;
		}
		p = in.buf + in.beg;
		n = in.end - in.beg;
		while (i < n && strchr(" \t\r\n", p[i]))
			i++;
		if (i < n && p[i] == '{') {
			fmt = FMT_JSONL;
			why = "sniffed";
		} else if (how == SNIFF_TXT) {
			/* Excel's "Unicode Text": UTF-16, TAB between fields. */
			size_t l = csv_take_line(p, n, 1);
			if (!strncmp(in.encoding, "UTF-16", 6) &&
			    memchr(p, '\t', l)) {
				fmt = FMT_TSV;
				why = "sniffed: UTF-16 with TABs";
			}
		} else if (!sep_line(&in, &delim) && !opt.delim) {
			delim = sniff_delim(p, n, in.eof);
			if (delim == '\t')
				fmt = FMT_TSV;
			why = "sniffed";
		}
	}
	if (fmt == FMT_CSV || fmt == FMT_TSV) {
		/* Excel's "sep=;" first line names the delimiter. */
		if (fill_some(&in, 8, err, sizeof err) < 0) {
			err_msg("%s", err);
			input_close(&in);
			return HARK_ETROUBLE;
		}
		if ((sep = sep_line(&in, &delim)) != 0) {
			in.beg += sep;
			if (!opt.delim)
				why = "sep= line";
		}
	}
	if (opt.delim)
		delim = opt.delim;
	if (!delim)
		delim = fmt == FMT_TSV ? '\t' : ',';
	if (why && !opt.quiet) {
		struct buf b = BUF_INIT;

		buf_addf(&b, "%s: read as ", in.name);
		if (fmt == FMT_JSONL) {
			buf_adds(&b, "JSON Lines");
		} else {
			buf_adds(&b, fmt == FMT_TSV && delim == '\t' ? "TSV" :
				 "CSV");
			if (delim != '\t' || fmt != FMT_TSV) {
				buf_adds(&b, " with ");
				say_delim(&b, delim);
			}
		}
		buf_addf(&b, " (%s)", why);
		err_msg("%s", b.s);
		buf_free(&b);
	}
	ps.fmt = fmt;
	ps.csv.delim = delim;
	ps.csv.quote = opt.noquotes ? -1 : '"';
	ps.csv.maxrec = opt.maxrec;
	parse_reset(&ps);
	if (sep)
		ps.csv.line++; /* the sep= line */
	csv_row_init(&row);
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
			keep_header_row(&row);
		} else {
			int same = same_names(names, n, cols.names, cols.ncols);

			for (size_t i = 0; i < n; i++)
				free(names[i]);
			free(names);
			if (!same)
				die_at(HARK_ETROUBLE, in.name, 1, "the columns "
				       "differ from those of %s", cols.first);
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
		/* The header row again, inside the data: exports of several
		 * months joined with cat.  Not a record: skipped, said. */
		if ((fmt == FMT_CSV || fmt == FMT_TSV) && !opt.noheader &&
		    is_header_row(&row)) {
			n_hdr_again++;
			if (!opt.quiet)
				err_at(in.name, row.line, "the header row again "
				    "(exports joined with cat?): skipped, not a "
				    "record");
			progress_tick(n_bytes += row.rawn + 1, n_in);
			continue;
		}
		if (fmt == FMT_JSONL && !first && !row.err[0] &&
		    ps.nkeys != cols.ncols) {
			snprintf(row.err, sizeof row.err, "keys differ");
		}
		record(&in, &row);
		arena_reset(&arena);
		progress_tick(n_bytes += row.rawn + 1, n_in);
	}
	if (first && cols.outnames == NULL && cols.names) {
		setup_columns(in.name);
		write_header();
	} else if (first && cols.outnames == NULL && fmt == FMT_JSONL &&
	    status == HARK_OK) {
		/* no object to take the columns from: as an empty CSV */
		err_at(in.name, 0, "empty input: no records to take the "
		    "columns from");
		status = HARK_EDATA;
	}
out:
	free(ps.seen); /* the scratch; the keys may now be cols.names */
	ps.seen = NULL;
	buf_free(&ps.key);
	if (fmt == FMT_JSONL && ps.keys != cols.names)
		parse_free(&ps);
	csv_row_free(&row);
	input_close(&in);
	return status;
}

const char *blocks;
struct buf header;
static unsigned long long block_size = (unsigned long long)4 << 20;
static unsigned long long block_start; /* rec_written() at its start */
static unsigned long nblock;
static int block_open;
static struct buf block_name;

void
block_ready(void)
{
	int fd;

	if (!blocks || block_open)
		return;
	buf_reset(&block_name);
	buf_addf(&block_name, "%s%06lu", blocks, ++nblock);
	fd = open(block_name.s, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (fd < 0)
		die(HARK_ETROUBLE, "%s: cannot create: %s", block_name.s,
		    strerror(errno));
	out.fd = fd;
	rec_put(&out, header.s, header.len);
	block_start = rec_written(&out);
	block_open = 1;
}

/* Write out and close the open block, then name it on standard output:
 * a name, once said, is a whole block. */
static void
block_end(void)
{
	if (rec_flush(&out) < 0 || close(out.fd) < 0)
		die(HARK_ETROUBLE, "%s: write error: %s", block_name.s,
		    strerror(errno));
	out.fd = -1;
	block_open = 0;
	buf_addc(&block_name, '\n');
	if (fwrite(block_name.s, 1, block_name.len, stdout) != block_name.len ||
	    fflush(stdout) != 0)
		die(HARK_ETROUBLE, "write error: %s", strerror(errno));
}

void
block_check(void)
{
	if (blocks && rec_written(&out) - block_start >= block_size)
		block_end();
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
	       O_NOHEADER, O_DELIM, O_NOQUOTES, O_MAXREC, O_NOIDCHECK, O_SRCLINE,
	       O_PROGRESS, O_BLOCKS, O_BLOCKSIZE };
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
		{ "source-line", no_argument, NULL, O_SRCLINE },
		{ "progress", no_argument, NULL, O_PROGRESS },
		{ "blocks", required_argument, NULL, O_BLOCKS },
		{ "block-size", required_argument, NULL, O_BLOCKSIZE },
		{ NULL, 0, NULL, 0 }
	};
	char *stdin_only[] = { "-" };
	char **files;
	size_t nfiles, i;
	int c, status = HARK_OK, progress = 0, sized = 1;
	unsigned long long size = 0;
	struct stat st;

	err_init("ingest");
	opt.idprefix = "";
	opt.maxrec = (size_t)256 << 20;
	opt.textcols = xcalloc((size_t)argc, sizeof *opt.textcols);
	while ((c = getopt_long(argc, argv, ":hqf:e:t:", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			opt_help(usage, help);
		case 'q': opt.quiet = err_quiet = 1; break;
		case 'f': opt.format = optarg; break;
		case 'e': opt.encoding = optarg; break;
		case 't': opt.textcols[opt.ntext++] = optarg; break;
		case O_ID:
			if (opt.idcol && strcmp(opt.idcol, optarg) != 0)
				die(HARK_ETROUBLE, "--id given twice ('%s', "
				    "'%s'): a record has one id column",
				    opt.idcol, optarg);
			opt.idcol = optarg;
			break;
		case O_IDPREFIX: opt.idprefix = optarg; break;
		case O_REJECTS: opt.rejects = optarg; break;
		case O_REPAIR: opt.repair = 1; break;
		case O_COLUMNS: opt.columns = optarg; break;
		case O_NOHEADER: opt.noheader = 1; break;
		case O_NOQUOTES: opt.noquotes = 1; break;
		case O_NOIDCHECK: opt.noidcheck = 1; break;
		case O_SRCLINE: opt.srcline = 1; break;
		case O_PROGRESS: progress = 1; break;
		case O_BLOCKS:
			if (!*optarg)
				die(HARK_ETROUBLE, "--blocks: an empty prefix");
			blocks = optarg;
			break;
		case O_BLOCKSIZE: block_size = parse_size(optarg); break;
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
		(void)format_named(opt.format); /* check the name early */
	if (opt.columns && opt.format && strcmp(opt.format, "jsonl") != 0)
		die(HARK_ETROUBLE, "--columns is for --format jsonl");
	files = argv + optind;
	nfiles = (size_t)(argc - optind);
	if (!nfiles) {
		files = stdin_only;
		nfiles = 1;
	}
	arena_init(&arena, 0);
	rec_writer_init(&out, blocks ? -1 : 1);
	if (opt.rejects)
		open_rejects();
	for (i = 0; i < nfiles; i++) /* the total, when every input has one */
		if (stat(files[i], &st) == 0 && S_ISREG(st.st_mode))
			size += (unsigned long long)st.st_size;
		else
			sized = 0;
	if (progress_wanted(progress, opt.quiet))
		progress_start(sized ? size : 0);
	for (i = 0; i < nfiles; i++) {
		int s = ingest(files[i], cols.outnames == NULL);

		if (s > status)
			status = s;
		if (s == HARK_ETROUBLE)
			break;
	}
	progress_end();
	if (status != HARK_ETROUBLE)
		ids_finish();
	if (blocks) {
		/* no record: one block of the header alone, as the stream
		 * would be */
		if (!nblock && header.len)
			block_ready();
		if (block_open)
			block_end();
		out.fd = 1; /* nothing left to write */
	}
	rec_writer_close(&out);
	close_rejects();
	if ((!opt.quiet || n_rej || n_late) && !(status == HARK_ETROUBLE && n_in == 0)) {
		struct buf b = BUF_INIT;

		buf_addf(&b, "%llu record%s in, %llu out, %llu rejected", n_in,
			 n_in == 1 ? "" : "s", n_out, n_rej);
		if (opt.repair)
			buf_addf(&b, ", %llu repaired", n_rep);
		if (n_rej && opt.rejects)
			buf_addf(&b, " (reasons in %s)", opt.rejects);
		if (n_hdr_again)
			buf_addf(&b, "; %llu repeated header row%s skipped",
			    n_hdr_again, n_hdr_again == 1 ? "" : "s");
		if (n_late)
			buf_addf(&b, "; %llu duplicate id%s found after both "
			    "records were written (both are in the stream)",
			    n_late, n_late == 1 ? "" : "s");
		/* kept (a record is a record), but they weigh on every
		 * share of records or people a table gives */
		if (n_empty)
			buf_addf(&b, "; %llu with no text (kept: they count as "
			    "records with no theme)", n_empty);
		/* the hint said once at the start has long scrolled away */
		if (n_bad_utf8)
			buf_addf(&b, "; %llu with invalid UTF-8: is the file in "
			    "another encoding? try --encoding auto", n_bad_utf8);
		err_msg("%s", b.s);
		buf_free(&b);
	}
	if ((n_rej || n_late) && status == HARK_OK)
		status = HARK_EDATA;
	return status;
}
