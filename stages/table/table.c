/*
 * table.c - hark-table: themes by cohort beside outcomes, with disclosure
 * control.
 *
 * Reads person-level (or record-level) rows: the --by cohort columns, the
 * theme columns (`theme:NAME`, as `hark count --wide` writes them, or those
 * named by --themes; a value above 0 means the theme is present) and the
 * binary --outcome columns.  Writes one row per theme and cohort (and per
 * outcome): people, with_theme, the percentage with its Wilson interval,
 * and for each outcome the rates with and without the theme, their
 * difference, the odds ratio with its Woolf interval, Fisher's exact p and
 * the Benjamini-Hochberg q, after the disclosure-control policy
 * (docs/statistics.md, docs/disclosure-control.md).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "lex.h"
#include "opt.h"
#include "out.h"
#include "table.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-table [-hq] --by COL[,COL...] "
	    "[--outcome COL]... [--themes COL[,COL...]]\n"
	    "                  [--sdc POLICY] [--unit people|records] "
	    "[-l LEXICON]\n"
	    "                  [--format tsv|csv|markdown|html|html-page]\n"
	    "                  [--columns COL[,COL...]] [--bom] "
	    "[--excel-safe] [FILE...]\n");
}

static const char help[] =
	"  --by COL[,COL...]       the cohort columns (required)\n"
	"  --outcome COL           a binary outcome column (repeatable)\n"
	"  --themes COL,...        the theme columns (default every theme:NAME)\n"
	"  --sdc POLICY            disclosure control (default threshold:6)\n"
	"  --unit people|records   the name of the count column\n"
	"  -l, --lexicon LEXICON   the codebook for labels and order (a path or a name)\n"
	"  --format FMT            tsv (default), csv, markdown, html or html-page\n"
	"  --columns COL,...       write only these columns of the table\n"
	"  --bom                   with --format csv: a UTF-8 byte order mark first\n"
	"  --excel-safe            with --format csv: guard against formulas\n"
	OPT_HELP_COMMON;

/*
 * `hark count --wide` writes its key columns first, then `records`.  When
 * every one of those keys is a --by column, each row is already a whole
 * cohort (many records, theme columns holding mentions), not one person or
 * record: counting rows as people would make every cohort 1 and every
 * theme's percentage meaningless, so refuse and say what to pipe instead.
 */
/* The person key columns: count --wide's keys (the columns before
 * 'records') that are not --by columns, into t->pcol (-1 ended) and the
 * first one's name into t->pname.  A row whose person key is empty holds
 * the records with no person, not one person; with none, the rows are
 * already counted by cohort (refuse_cohort_rows). */
static void
person_columns(struct table *t, const struct rec_reader *r)
{
	size_t np = 0, i, j;

	t->pcol = xmalloc(xmul(r->ncols + 1, sizeof *t->pcol));
	for (i = 0; t->rcol > 0 && i < (size_t)t->rcol; i++) {
		for (j = 0; j < t->nby; j++)
			if (t->bycol[j] == (int)i)
				break;
		if (j == t->nby) {
			if (!np)
				t->pname = r->cols[i];
			t->pcol[np++] = (int)i;
		}
	}
	t->pcol[np] = -1;
}

static void
refuse_cohort_rows(const struct table *t, const struct rec_reader *r)
{
	/* Static: reachable when the message ends the program. */
	static struct buf keys;
	size_t i;

	/* every key column a --by column: no person key */
	if (t->rcol <= 0 || t->pcol[0] >= 0)
		return;
	buf_init(&keys);
	for (i = 0; i < (size_t)t->rcol; i++) {
		if (i)
			buf_addc(&keys, ',');
		buf_adds(&keys, r->cols[i]);
	}
	die_at(HARK_ETROUBLE, r->name, 1, "rows are already counted by %s "
	    "(hark count --wide's key columns, before 'records'): one row "
	    "per cohort, not per person; count by person and cohort (hark "
	    "count --by PERSON,%s --wide), or by record (hark count --by "
	    "id,%s --wide, then hark table --unit records)", keys.s, keys.s,
	    keys.s);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "by", required_argument, NULL, 'b' },
		{ "outcome", required_argument, NULL, 'o' },
		{ "themes", required_argument, NULL, 't' },
		{ "sdc", required_argument, NULL, 's' },
		{ "unit", required_argument, NULL, 'u' },
		{ "format", required_argument, NULL, 'f' },
		{ "columns", required_argument, NULL, 'c' },
		{ "bom", no_argument, NULL, 'B' },
		{ "excel-safe", no_argument, NULL, 'E' },
		{ "lexicon", required_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ "quiet", no_argument, NULL, 'q' },
		{ NULL, 0, NULL, 0 }
	};
	/* Static: reachable when a message ends the program. */
	static struct table t;
	static struct rec_reader r;
	static char **themes;
	struct sdc s;
	const char *unit = "people";
	size_t nthemes = 0, i, j;
	int c, fmt = FMT_TSV, bad;

	err_init("table");
	opterr = 0;
	sdc_parse(&s, SDC_DEFAULT);
	while ((c = getopt_long(argc, argv, ":hql:", longopts, NULL)) != -1) {
		switch (c) {
		case 'b':
			t.nby = 0; /* the last --by wins */
			opt_list("--by", optarg, &t.by, &t.nby, usage);
			break;
		case 'o':
			opt_list("--outcome", optarg, &t.oname, &t.no, usage);
			break;
		case 't':
			opt_list("--themes", optarg, &themes, &nthemes, usage);
			break;
		case 'c':
			opt_list("--columns", optarg, &t.columns, &t.ncolumns,
			    usage);
			break;
		case 'l':
			t.lexicon = lex_find_or_exit(optarg);
			break;
		case 'B':
			t.bom = 1;
			break;
		case 'E':
			t.excel_safe = 1;
			break;
		case 's':
			if (sdc_parse(&s, optarg) < 0) {
				err_msg("unknown disclosure-control policy "
				    "'%s' (want threshold[:K], threshold0[:K], "
				    "round[:B] or none)", optarg);
				return HARK_ETROUBLE;
			}
			break;
		case 'u': {
			static const char *const units[] = { "people",
			    "records", NULL };

			unit = units[opt_choice("--unit", optarg, units,
			    usage)];
			break;
		}
		case 'f': {
			static const char *const fmts[] = { "tsv", "csv",
			    "markdown", "md", "html", "html-page", NULL };
			static const int fv[] = { FMT_TSV, FMT_CSV, FMT_MD,
			    FMT_MD, FMT_HTML, FMT_PAGE };

			fmt = fv[opt_choice("--format", optarg, fmts, usage)];
			break;
		}
		case 'h':
			opt_help(usage, help);
		case 'q':
			err_quiet = 1;
			break;
		default:
			opt_fail(c, argv, usage);
		}
	}
	if (t.nby == 0) {
		err_msg("--by is required");
		usage(stderr);
		return HARK_ETROUBLE;
	}
	rec_open_or_exit(&r, argv + optind, (size_t)(argc - optind), 0);
	t.bycol = xmalloc(xmul(t.nby, sizeof *t.bycol));
	for (i = 0; i < t.nby; i++)
		t.bycol[i] = rec_need_col(&r, t.by[i], NULL);
	t.ocol = xmalloc(xmul(t.no + 1, sizeof *t.ocol));
	for (i = 0; i < t.no; i++)
		t.ocol[i] = rec_need_col(&r, t.oname[i], NULL);
	/* Theme columns: --themes, else every column named theme:NAME. */
	if (nthemes) {
		t.tcol = xmalloc(xmul(nthemes, sizeof *t.tcol));
		for (i = 0; i < nthemes; i++)
			t.tcol[t.nt++] = rec_need_col(&r, themes[i], NULL);
	} else {
		t.tcol = xmalloc(xmul(r.ncols, sizeof *t.tcol));
		for (i = 0; i < r.ncols; i++)
			if (strncmp(r.cols[i], "theme:", 6) == 0)
				t.tcol[t.nt++] = (int)i;
	}
	if (t.nt == 0) {
		int st = HARK_OK;

		/* Say which it is: no rows at all (an export with none, a
		 * month without feedback), counts of records none of which
		 * had a theme, or another kind of file. */
		if (!rec_next(&r, &st))
			die_at(HARK_EDATA, r.name, 1, "no records: nothing to "
			    "tabulate (was the export empty?)");
		if (rec_col(&r, "records") >= 0)
			die_at(HARK_EDATA, r.name, 1, "no theme columns: no "
			    "record in these counts has a theme (hark count "
			    "--wide writes a column for each theme found)");
		die_at(HARK_EDATA, r.name, 1, "no theme columns: want columns "
		    "named theme:NAME (hark count --wide) or --themes");
	}
	t.tname = xmalloc(xmul(t.nt, sizeof *t.tname));
	for (i = 0; i < t.nt; i++) {
		const char *n = r.cols[t.tcol[i]];

		for (j = 0; j < i; j++)
			if (t.tcol[j] == t.tcol[i])
				die(HARK_ETROUBLE, "--themes: column '%s' "
				    "named twice", n);
		t.tname[i] = xstrdup(strncmp(n, "theme:", 6) == 0 ? n + 6 : n);
	}
	/* A records column (hark count --wide): a row with 0 records is
	 * not in the population. */
	t.rcol = rec_col(&r, "records");
	t.unit_records = strcmp(unit, "records") == 0;
	t.withcol = rec_col(&r, "tagged_with");
	for (i = 0; t.rcol >= 0 && i < t.nt; i++)
		if (t.tcol[i] == t.rcol)
			t.rcol = -1;
	person_columns(&t, &r);
	refuse_cohort_rows(&t, &r);
	t.missing = xcalloc(t.no + 1, sizeof *t.missing);
	t.bsz = 1 + t.nt + t.nt * t.no * 4;
	hash_init(&t.cohorts);

	bad = table_read(&t, &r);
	if (bad) {
		err_msg("table not written: %d %s rejected", bad,
		    bad == 1 ? "row" : "rows");
		close_stdout();
		return HARK_EDATA;
	}
	table_codebook(&t);
	table_write(&t, &s, fmt, unit);
	table_codebook_free(&t);

	for (i = 0; i < t.nt; i++)
		free(t.tname[i]);
	free(t.by);
	free(t.oname);
	free(themes);
	free(t.tname);
	free(t.columns);
	free(t.bycol);
	free(t.pcol);
	free(t.tcol);
	free(t.ocol);
	free(t.missing);
	free(t.cnt);
	hash_free(&t.cohorts);
	rec_close(&r);
	return HARK_OK;
}
