/*
 * pack.c - an evidence pack: one self-contained HTML file (inline CSS and
 * SVG, no network) made from a store (`hark index`) and a table (`hark
 * table`), to open, print and talk through.  Reads the store's records,
 * tags, codes, lexicons and runs, and the table's theme, cohort, people,
 * with_theme, pct, interval and outcome columns; writes HTML to standard
 * output.  Refuses an unredacted store unless --allow-unredacted.  The
 * quote rule is in quotes.c and docs/packs.md.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "buf.h"
#include "err.h"
#include "opt.h"
#include "rec.h"
#include "sdc.h"
#include "settings.h"
#include "store.h"
#include "pack.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-pack [-hq] --db FILE --table FILE "
	    "[--by COL] [--person COL] [--title T] [--quotes N] [--rare K] "
	    "[--rejected N] [--allow-unredacted] [--allow-mismatch] "
	    "[--allow-no-sdc]\n");
}

static const char help[] =
	"  --db FILE               the store (required)\n"
	"  --table FILE            the table from hark table (required)\n"
	"  --by COL                the cohort column\n"
	"  --person COL            the store's person column (default person_id)\n"
	"  --title T               the pack's title\n"
	"  --quotes N              quotes per theme, 0 to 20 (default 5)\n"
	"  --rare K                mask words used by fewer than K people (default 5)\n"
	"  --rejected N            records rejected at ingest (the pack cannot "
	"know)\n"
	"  --allow-unredacted      make a pack from an unredacted store\n"
	"  --allow-mismatch        make a pack from a table of other data or "
	"lexicons\n"
	"  --allow-no-sdc          make a pack from a table made with --sdc none\n"
	OPT_HELP_COMMON;

void
html_esc(FILE *fp, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '&': fputs("&amp;", fp); break;
		case '<': fputs("&lt;", fp); break;
		case '>': fputs("&gt;", fp); break;
		case '"': fputs("&quot;", fp); break;
		case '\'': fputs("&#39;", fp); break;
		default: fputc(s[i], fp);
		}
	}
}

void
html_escs(FILE *fp, const char *s)
{
	html_esc(fp, s ? s : "", s ? strlen(s) : 0);
}

/* ---- the table ---- */

int
tab_col(const struct table *t, const char *name)
{
	size_t i;

	for (i = 0; i < t->ncol; i++)
		if (!strcmp(t->hdr[i], name))
			return (int)i;
	return -1;
}

const char *
tab_get(const struct table *t, size_t row, int col)
{
	if (col < 0 || row >= t->nrows)
		return "";
	return t->cell[row * t->ncol + (size_t)col];
}

long
tab_row(const struct table *t, const char *theme, const char *cohort)
{
	size_t r;

	for (r = 0; r < t->nrows; r++)
		if (!strcmp(tab_get(t, r, 0), theme) && t->ncol > 1 &&
		    !strcmp(tab_get(t, r, 1), cohort))
			return (long)r;
	return -1;
}

static void
tab_read(struct table *t, const char *path)
{
	struct buf b, f;
	size_t i = 0, n, ncell = 0, capcell = 0, line = 0;

	buf_init(&b);
	buf_init(&f);
	if (!strcmp(path, "-")) {
		char chunk[65536];
		size_t got;

		path = "<stdin>";
		while ((got = fread(chunk, 1, sizeof chunk, stdin)) > 0)
			buf_add(&b, chunk, got);
		if (ferror(stdin))
			die(HARK_ETROUBLE, "%s: cannot read", path);
	} else if (buf_read_file(&b, path, (size_t)1 << 30) < 0) {
		die(HARK_ETROUBLE, "%s: cannot read", path);
	}
	n = b.len;
	memset(t, 0, sizeof *t);
	while (i < n) {
		size_t e = i, col = 0;
		char **row = NULL;

		line++;
		while (e < n && b.s[e] != '\n')
			e++;
		if (e > i && b.s[e - 1] == '\r')
			e--;
		while (i <= e) {
			size_t j = i;
			char *v;

			while (j < e && b.s[j] != '\t')
				j++;
			buf_reset(&f);
			rec_unescape(&f, b.s + i, j - i);
			v = xmemdup(f.s ? f.s : "", f.len);
			if (line == 1) {
				t->hdr = xrealloc(t->hdr, xmul(col + 1,
				    sizeof *t->hdr));
				t->hdr[col] = v;
			} else {
				if (col >= t->ncol) {
					die_at(HARK_EDATA, path, line,
					    "more fields than the header");
				}
				if (ncell == capcell) {
					capcell = capcell ? 2 * capcell : 256;
					t->cell = xrealloc(t->cell,
					    xmul(capcell, sizeof *t->cell));
				}
				t->cell[ncell++] = v;
			}
			col++;
			i = j + 1;
		}
		(void)row;
		if (line == 1) {
			t->ncol = col;
		} else if (col != t->ncol) {
			die_at(HARK_EDATA, path, line, "%zu fields, the header "
			    "has %zu", col, t->ncol);
		} else {
			t->nrows++;
		}
		i = e;
		while (i < n && (b.s[i] == '\r' || b.s[i] == '\n'))
			i++;
	}
	if (t->ncol < 2 || strcmp(t->hdr[0], "theme") ||
	    tab_col(t, "with_theme") < 0 || tab_col(t, "pct") < 0)
		die_at(HARK_EDATA, path, 1, "not a table from hark table "
		    "(no columns theme, with_theme, pct)");
	buf_free(&b);
	buf_free(&f);
}

/* ---- the store ---- */

static sqlite3_stmt *
prep(struct pack *p, const char *sql)
{
	sqlite3_stmt *st;

	if (sqlite3_prepare_v2(p->db, sql, -1, &st, NULL) != SQLITE_OK)
		die(HARK_ETROUBLE, "%s: %s", p->path, sqlite3_errmsg(p->db));
	return st;
}

static long long
one_int(struct pack *p, const char *sql)
{
	sqlite3_stmt *st = prep(p, sql);
	long long v = 0;

	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

static void
add_lines(char ***v, size_t *n, const char *s)
{
	*v = xrealloc(*v, xmul(*n + 1, sizeof **v));
	(*v)[(*n)++] = xstrdup(s);
}

/* Inclusion and exclusion lines and the codebook order, from the lexicon
 * file when it is still where it was (the store keeps the rest). */
static void
codebook_file(struct pack *p, const char *path)
{
	FILE *fp = fopen(path, "r");
	char line[4096];
	struct code *cur = NULL;
	size_t order = 0, i;

	if (!fp)
		return;
	while (fgets(line, sizeof line, fp)) {
		size_t n = strlen(line);

		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (!strncmp(line, "code ", 5)) {
			char *name = line + 5, *sp = strchr(name, ' ');

			if (sp)
				*sp = '\0';
			cur = NULL;
			for (i = order; i < p->ncodes; i++) {
				if (!strcmp(p->codes[i].code, name)) {
					struct code tmp = p->codes[i];

					memmove(p->codes + order + 1, p->codes +
					    order, (i - order) * sizeof tmp);
					p->codes[order] = tmp;
					cur = &p->codes[order++];
					break;
				}
			}
		} else if (cur && line[0] == '\t') {
			if (!strncmp(line + 1, "inclusion: ", 11))
				add_lines(&cur->incl, &cur->nincl, line + 12);
			else if (!strncmp(line + 1, "exclusion: ", 11))
				add_lines(&cur->excl, &cur->nexcl, line + 12);
		} else if (line[0] && line[0] != '\t' && line[0] != '#') {
			cur = NULL;
		}
	}
	fclose(fp);
}

static void
codebook_load(struct pack *p)
{
	sqlite3_stmt *st = prep(p, "SELECT code, label, description, patterns "
	    "FROM codes ORDER BY code");
	size_t cap = 0;

	while (sqlite3_step(st) == SQLITE_ROW) {
		struct code *c;
		int i;
		char **f[4];

		if (p->ncodes == cap) {
			cap = cap ? 2 * cap : 32;
			p->codes = xrealloc(p->codes, xmul(cap,
			    sizeof *p->codes));
		}
		c = &p->codes[p->ncodes++];
		memset(c, 0, sizeof *c);
		f[0] = &c->code;
		f[1] = &c->label;
		f[2] = &c->desc;
		f[3] = &c->patterns;
		for (i = 0; i < 4; i++) {
			const char *v = (const char *)sqlite3_column_text(st, i);

			*f[i] = xstrdup(v ? v : "");
		}
	}
	sqlite3_finalize(st);
	st = prep(p, "SELECT path FROM lexicons");
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *v = (const char *)sqlite3_column_text(st, 0);

		if (v)
			codebook_file(p, v);
	}
	sqlite3_finalize(st);
}

/* The themes of the pack: level-1 codes the table has, codebook order. */
static int
is_theme(const struct pack *p, const struct code *c)
{
	return !strchr(c->code, '/') && tab_row(&p->t, c->code, "Total") >= 0;
}

/* ---- the table against the store ---- */

/* The table's count column: the one before with_theme. */
static int
unit_col(const struct table *t)
{
	int cw = tab_col(t, "with_theme");

	return cw > 1 ? cw - 1 : -1;
}

/* Whether fingerprint fp is in the comma-separated file list of fps. */
static int
has_fp(const struct buf *fps, const char *fp)
{
	const char *s = fps->s ? fps->s : "";
	size_t n = strlen(fp);

	while (*s) {
		if (!strncmp(s, fp, n) && (s[n] == ',' || !s[n]))
			return 1;
		s = strchr(s, ',');
		s = s ? s + 1 : "";
	}
	return 0;
}

/*
 * The lexicons the table was counted with (its tagged_with: PATH@FP) and
 * its total against the store's lexicons and records.  A table made from
 * other data or with other lexicons would put its figures beside another
 * store's quotes and codebook: refused (1), unless allow, when the
 * difference is a warning and a line of the pack (into why).
 */
static void
check_table(struct pack *p, const char *tpath, int allow, struct buf *why)
{
	int cwith = tab_col(&p->t, "tagged_with"), cn = unit_col(&p->t);
	struct buf tfp = BUF_INIT, sfp = BUF_INIT, tl = BUF_INIT, sl = BUF_INIT;
	struct buf path = BUF_INIT, q = BUF_INIT;
	char fp[SETTINGS_FP_LEN + 1];
	sqlite3_stmt *st;
	size_t i, r;

	if (cwith >= 0 && p->t.nrows) {
		const char *v = tab_get(&p->t, 0, cwith);
		struct str with = { v, strlen(v) }, list = { "", 0 };
		int differ = 0;

		if (!settings_get(with, "lexicons", &list))
			list = (struct str){ "", 0 };
		for (i = 0; list.n && settings_file(list, i, &path, fp); i++) {
			buf_addf(&tfp, "%s%s", i ? "," : "", fp);
			buf_addf(&tl, "%s%s@%s", i ? ", " : "", path.s, fp);
		}
		st = prep(p, "SELECT fingerprint, path FROM lexicons "
		    "ORDER BY rowid");
		for (i = 0; sqlite3_step(st) == SQLITE_ROW; i++) {
			const char *f = (const char *)sqlite3_column_text(st,
			    0), *sp = (const char *)sqlite3_column_text(st, 1);

			f = f ? f : "";
			buf_addf(&sfp, "%s%s", i ? "," : "", f);
			buf_addf(&sl, "%s%s@%s", i ? ", " : "", sp ? sp : "",
			    f);
			differ |= !has_fp(&tfp, f);
		}
		sqlite3_finalize(st);
		for (i = 0; list.n && settings_file(list, i, &path, fp); i++)
			differ |= !has_fp(&sfp, fp);
		if (differ)
			buf_addf(why, "the table was counted with the lexicons "
			    "%s; the store's records are tagged with %s",
			    tl.len ? tl.s : "(none)", sl.len ? sl.s : "(none)");
	}
	for (r = 0; cn >= 0 && r < p->t.nrows; r++) {
		const char *v = tab_get(&p->t, r, cn);
		char *end;
		unsigned long long n = strtoull(v, &end, 10), a, b;

		if (strcmp(tab_get(&p->t, r, 1), "Total"))
			continue;
		if (!*v || *end)
			break;          /* suppressed: nothing to compare */
		/* the table counts people, or people and cohort pairs (count
		 * --by PERSON,COHORT), or records */
		buf_adds(&q, "SELECT count(*) FROM (SELECT 1 FROM records "
		    "GROUP BY ");
		store_ident(&q, p->by_person ? p->person : "_rid");
		buf_adds(&q, ")");
		a = (unsigned long long)one_int(p, q.s);
		b = a;
		if (p->by_person && p->by_in_store) {
			buf_reset(&q);
			buf_adds(&q, "SELECT count(*) FROM (SELECT 1 FROM "
			    "records GROUP BY ");
			store_ident(&q, p->person);
			buf_adds(&q, ", ");
			store_ident(&q, p->by);
			buf_adds(&q, ")");
			b = (unsigned long long)one_int(p, q.s);
		}
		/* the table's policy, read once in main() */
		if (sdc_round(&p->sdc, a) != n && sdc_round(&p->sdc, b) != n) {
			long long refused = one_int(p, "SELECT "
			    "coalesce(sum(rejected), 0) FROM runs");

			buf_addf(why, "%sthe table counts %llu %s in all, the "
			    "store holds %llu", why->len ? "; " : "", n,
			    p->t.hdr[cn], a);
			if (refused > 0)
				buf_addf(why, " (hark index refused %lld "
				    "record%s)", refused, refused == 1 ? "" :
				    "s");
		}
		break;
	}
	if (why->len) {
		if (!allow)
			die(HARK_EDATA, "%s: %s: not a table of this store (give "
			    "--allow-mismatch to make the pack all the same)",
			    tpath, why->s);
		err_msg("warning: %s: %s (--allow-mismatch)", tpath, why->s);
	}
	buf_free(&tfp);
	buf_free(&sfp);
	buf_free(&tl);
	buf_free(&sl);
	buf_free(&path);
	buf_free(&q);
}

/* ---- numbers for reading ---- */

/* A p-value: "< 0.001", or three decimals; other marks as they are. */
static void
put_p(FILE *fp, const char *v)
{
	char *end;
	double d = strtod(v, &end);

	if (!*v || *end) {
		html_escs(fp, v);
		return;
	}
	if (d < 0.001)
		fputs("&lt; 0.001", fp);
	else
		fprintf(fp, "%.3f", d);
}

static void
put_num(FILE *fp, const char *v, int dec)
{
	char *end;
	double d = strtod(v, &end);

	if (!*v || *end) {
		html_escs(fp, v);
		return;
	}
	fprintf(fp, "%.*f", dec, d);
}

/* A percentage d for reading: whole numbers, but "<1" (">99") for a figure
 * that is not 0 (100) yet would round to it. */
static void
put_pct(FILE *fp, double d)
{
	if (d > 0 && d < 0.5)
		fputs("&lt;1", fp);
	else if (d < 100 && d >= 99.5)
		fputs("&gt;99", fp);
	else
		fprintf(fp, "%.0f", d);
}

/* The percentage in v (a table field) by put_pct; other text escaped. */
static void
put_pcts(FILE *fp, const char *v)
{
	char *end;
	double d = strtod(v, &end);

	if (!*v || *end)
		html_escs(fp, v);
	else
		put_pct(fp, d);
}

/* An interval lo-hi (table fields) in whole percentages, or with one
 * decimal when both ends would round to the same number (2.0-2.4, not
 * 2-2). */
static void
put_interval(FILE *fp, const char *lo, const char *hi)
{
	char *e1, *e2;
	double a = strtod(lo, &e1), b = strtod(hi, &e2);
	int dec = *lo && !*e1 && *hi && !*e2 &&
	    (long)(a + 0.5) == (long)(b + 0.5) ? 1 : 0;

	put_num(fp, lo, dec);
	fputs("&ndash;", fp);
	put_num(fp, hi, dec);
}

/* ---- sections ---- */

static const char css[] =
"body{font-family:Georgia,'DejaVu Serif',serif;max-width:52em;margin:2em auto;"
"padding:0 1em;color:#111;line-height:1.45}\n"
"h1,h2,h3{font-family:'DejaVu Sans',Arial,sans-serif;line-height:1.2}\n"
"h2{border-bottom:2px solid #0072B2;padding-bottom:.2em;margin-top:2em}\n"
"table{border-collapse:collapse;margin:.5em 0;font-size:.9em}\n"
"th,td{border:1px solid #999;padding:.2em .5em;text-align:left}\n"
"td.n{text-align:right;font-variant-numeric:tabular-nums}\n"
"table.heat{width:100%;table-layout:fixed}table.heat col.theme{width:11em}\n"
"table.heat th{overflow-wrap:anywhere;font-size:.85em}\n"
"caption{text-align:left;font-style:italic;padding:.3em 0}dt{font-weight:bold}\n"
"figure{margin:1em 0}figcaption{font-style:italic;font-size:.9em}\n"
".side{display:flex;gap:1.5em;align-items:flex-start;flex-wrap:wrap}\n"
"blockquote{margin:1em 0;padding:.5em 1em;border-left:5px solid #E69F00;"
"background:#faf6ee}\nblockquote p{margin:0}\n"
"blockquote footer{font-size:.85em;color:#444;margin-top:.3em}\n"
"mark{background:#fde68a;color:#000;font-weight:bold}\n"
".banner{background:#D55E00;color:#fff;padding:.6em 1em;font-weight:bold}\n"
".muted{color:#444;font-size:.9em}pre{white-space:pre-wrap;font-size:.8em}\n"
"@page{size:A4;margin:18mm 15mm}\n"
"@media print{body{max-width:none;margin:0;font-size:10.5pt}"
"section{break-before:page}section.first{break-before:auto}"
"blockquote,figure,tr{break-inside:avoid}h2,h3{break-after:avoid}"
"mark{outline:1px solid #000}}\n"
"*{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n";

static void
head(struct pack *p, const char *title, int unredacted)
{
	FILE *fp = p->out;

	if (unredacted)
		fputs("<!-- UNREDACTED TEXT (--allow-unredacted): not for "
		    "publication -->\n", fp);
	if (p->sdc.kind == SDC_NONE)
		fputs("<!-- NO DISCLOSURE CONTROL (--allow-no-sdc): not for "
		    "publication -->\n", fp);
	fputs("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
	    "content=\"width=device-width, initial-scale=1\">\n<title>", fp);
	html_escs(fp, title);
	fprintf(fp, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", css);
	if (unredacted)
		fputs("<p class=\"banner\" role=\"alert\">Unredacted text "
		    "(--allow-unredacted): this pack holds text that was not "
		    "redacted. It is not for publication.</p>\n", fp);
	if (p->sdc.kind == SDC_NONE)
		fputs("<p class=\"banner\" role=\"alert\">No disclosure "
		    "control (--sdc none, --allow-no-sdc): the figures show "
		    "counts of one person and up. It is not for "
		    "publication.</p>\n", fp);
	fputs("<header>\n<h1>", fp);
	html_escs(fp, title);
	fputs("</h1>\n<p class=\"muted\">An evidence pack made by hark "
	    HARK_VERSION " from a store and a table. The figures come from "
	    "the table; the quotes from the store, redacted, chosen by the "
	    "rule in the appendix.</p>\n</header>\n", fp);
}

/* A redaction type in words. */
static const char *
kind_name(const char *t, unsigned long long n)
{
	static const char *const k[][2] = {
		{ "PERSON", "names" }, { "PHONE", "phone numbers" },
		{ "EMAIL", "e-mail addresses" }, { "POSTCODE", "postcodes" },
		{ "NHS_NUMBER", "NHS numbers" },
		{ "NINO", "National Insurance numbers" },
		{ "DATE", "dates" }, { "ADDRESS", "addresses" },
		{ "URL", "web addresses" }
	};
	static const char *const one[] = {
		"name", "phone number", "e-mail address", "postcode",
		"NHS number", "National Insurance number", "date", "address",
		"web address"
	};
	size_t i;

	for (i = 0; i < sizeof k / sizeof k[0]; i++)
		if (!strcmp(k[i][0], t))
			return n == 1 ? one[i] : k[i][1];
	return t;
}

/* cohorts listed by name in "What the data is" */
#define ABOUT_COHORTS 12

static void
about(struct pack *p)
{
	FILE *fp = p->out;
	struct buf q;
	sqlite3_stmt *st;
	long long n = one_int(p, "SELECT count(*) FROM records");
	const char *datecols[] = { "recorded_on", "date", "recorded", NULL };
	size_t i;

	buf_init(&q);
	fputs("<section class=\"first\" id=\"about\">\n<h2>What the data is"
	    "</h2>\n<ul>\n", fp);
	fprintf(fp, "<li><strong>%lld</strong> records", n);
	if (p->by_person) {
		buf_adds(&q, "SELECT count(DISTINCT ");
		store_ident(&q, p->person);
		buf_adds(&q, ") FROM records");
		fprintf(fp, " from <strong>%lld</strong> people",
		    one_int(p, q.s));
	}
	fputs(".</li>\n", fp);
	if (p->by_in_store) {
		long long ng, rest = 0;

		/* every cohort by name; or, when there are many, the largest
		 * (the heat map has them all) */
		buf_reset(&q);
		buf_adds(&q, "SELECT count(*) FROM (SELECT 1 FROM records "
		    "GROUP BY ");
		store_ident(&q, p->by);
		buf_adds(&q, ")");
		ng = one_int(p, q.s);
		buf_reset(&q);
		buf_adds(&q, "SELECT ");
		store_ident(&q, p->by);
		buf_adds(&q, ng > ABOUT_COHORTS ? ", count(*) FROM records GROUP "
		    "BY 1 ORDER BY 2 DESC, 1" : ", count(*) FROM records GROUP "
		    "BY 1 ORDER BY 1");
		st = prep(p, q.s);
		fputs("<li>By ", fp);
		html_escs(fp, p->by);
		if (ng > ABOUT_COHORTS)
			fprintf(fp, ", %lld cohorts, the %d largest", ng,
			    ABOUT_COHORTS);
		fputs(": ", fp);
		for (i = 0; sqlite3_step(st) == SQLITE_ROW; i++) {
			if (i >= ABOUT_COHORTS) {
				rest += sqlite3_column_int64(st, 1);
				continue;
			}
			const char *cv = (const char *)sqlite3_column_text(st,
			    0);

			fputs(i ? ", " : "", fp);
			html_escs(fp, cv && *cv ? cv : "(blank)");
			fprintf(fp, " (%lld records)",
			    (long long)sqlite3_column_int64(st, 1));
		}
		sqlite3_finalize(st);
		if (ng > ABOUT_COHORTS)
			fprintf(fp, "; %lld others with %lld records (all are in "
			    "the heat map)", ng - ABOUT_COHORTS, rest);
		fputs(".</li>\n", fp);
	}
	for (i = 0; datecols[i]; i++) {
		if (!store_has_col(p->db, datecols[i]))
			continue;
		buf_reset(&q);
		buf_adds(&q, "SELECT min(c), max(c) FROM (SELECT ");
		store_ident(&q, datecols[i]);
		buf_adds(&q, " AS c FROM records) WHERE c GLOB "
		    "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'");
		st = prep(p, q.s);
		if (sqlite3_step(st) == SQLITE_ROW &&
		    sqlite3_column_type(st, 0) != SQLITE_NULL) {
			fputs("<li>Recorded from ", fp);
			html_esc(fp, (const char *)sqlite3_column_text(st, 0),
			    10);
			fputs(" to ", fp);
			html_esc(fp, (const char *)sqlite3_column_text(st, 1),
			    10);
			fputs(".</li>\n", fp);
		}
		sqlite3_finalize(st);
		break;
	}
	if (store_has_col(p->db, "redactions")) {
		/* TYPE=N TYPE=N ... summed over records */
		st = prep(p, "SELECT redactions FROM records WHERE redactions "
		    "<> ''");
		struct { char name[32]; unsigned long long n; } ty[32];
		size_t nty = 0, k;
		unsigned long long total = 0;

		while (sqlite3_step(st) == SQLITE_ROW) {
			const char *s = (const char *)sqlite3_column_text(st, 0);

			while (s && *s) {
				const char *eq = strchr(s, '=');
				size_t len;
				unsigned long long v;

				if (!eq)
					break;
				len = (size_t)(eq - s);
				v = strtoull(eq + 1, NULL, 10);
				for (k = 0; k < nty && (strlen(ty[k].name) !=
				    len || strncmp(ty[k].name, s, len)); k++)
					;
				if (k == nty && nty < 32 && len < 32) {
					memcpy(ty[k].name, s, len);
					ty[k].name[len] = '\0';
					ty[k].n = 0;
					nty++;
				}
				if (k < nty)
					ty[k].n += v;
				total += v;
				s = strchr(eq, ' ');
				while (s && *s == ' ')
					s++;
			}
		}
		sqlite3_finalize(st);
		fprintf(fp, "<li><strong>%llu</strong> personal detail%s "
		    "redacted", total, total == 1 ? "" : "s");
		for (k = 0; k < nty; k++) {
			fputs(k ? ", " : " (", fp);
			fprintf(fp, "%llu ", ty[k].n);
			html_escs(fp, kind_name(ty[k].name, ty[k].n));
		}
		fputs(nty ? ").</li>\n" : ".</li>\n", fp);
	} else {
		fputs("<li><strong>The text was not redacted.</strong></li>\n",
		    fp);
	}
	/* Ingest's rejects are not in the store (index never saw them):
	 * only --rejected tells them; the runs table has index's own. */
	if (p->rejected >= 0)
		fprintf(fp, "<li>%ld record%s rejected at ingest.</li>\n",
		    p->rejected, p->rejected == 1 ? "" : "s");
	else
		fputs("<li>The number of records rejected at ingest is not "
		    "known.</li>\n", fp);
	n = one_int(p, "SELECT coalesce(sum(rejected), 0) FROM runs");
	if (n > 0)
		fprintf(fp, "<li>%lld record%s refused when the store was "
		    "made.</li>\n", n, n == 1 ? "" : "s");
	if (p->mismatch) {
		fputs("<li><strong>The table was not made from this store "
		    "(--allow-mismatch):</strong> ", fp);
		html_escs(fp, p->mismatch);
		fputs(".</li>\n", fp);
	}
	fputs("</ul>\n<p>Every record is a voice: what someone said or wrote, "
	    "or a note of what they said. ", fp);
	if (p->by_person)
		fputs("A theme is counted for a person when any of their records "
		    "has it.", fp);
	else
		fputs("There is no person column: each record is counted on its "
		    "own, as if a different person wrote each one.", fp);
	fputs("</p>\n</section>\n", fp);
	buf_free(&q);
}

static const char *okabe = "#0072B2";

static void
prevalence(struct pack *p)
{
	FILE *fp = p->out;
	int cp = tab_col(&p->t, "pct"), cl = tab_col(&p->t, "pct_low"),
	    ch = tab_col(&p->t, "pct_high"), cw = tab_col(&p->t, "with_theme"),
	    cn = tab_col(&p->t, p->t.ncol > 2 ? p->t.hdr[2] : "people");
	size_t i, k = 0, nth = 0;
	int w = 660, lab = 230, bh = 22, h;

	for (i = 0; i < p->ncodes; i++)
		nth += is_theme(p, &p->codes[i]);
	h = (int)nth * bh + 30;
	fputs("<section id=\"prevalence\">\n<h2>How often each theme comes up"
	    "</h2>\n<div class=\"side\">\n<figure>\n", fp);
	fprintf(fp, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
	    "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\""
	    "Bar chart: the percentage of %s with each theme, with 95%% "
	    "intervals as lines. The same figures are in the table.\">\n",
	    w, h, w, h, p->unit);
	for (i = 0; i <= 10; i += 2)
		fprintf(fp, "<line x1=\"%d\" x2=\"%d\" y1=\"0\" y2=\"%d\" "
		    "stroke=\"#ccc\"/><text x=\"%d\" y=\"%d\" font-size=\"10\" "
		    "text-anchor=\"middle\" font-family=\"sans-serif\">%zu%%"
		    "</text>\n", lab + (int)i * (w - lab - 20) / 10,
		    lab + (int)i * (w - lab - 20) / 10, h - 18,
		    lab + (int)i * (w - lab - 20) / 10, h - 4, i * 10);
	for (i = 0; i < p->ncodes; i++) {
		const struct code *c = &p->codes[i];
		long r;
		double v, lo, hi;
		int y, scale = w - lab - 20;

		if (!is_theme(p, c))
			continue;
		r = tab_row(&p->t, c->code, "Total");
		v = strtod(tab_get(&p->t, (size_t)r, cp), NULL);
		lo = strtod(tab_get(&p->t, (size_t)r, cl), NULL);
		hi = strtod(tab_get(&p->t, (size_t)r, ch), NULL);
		y = (int)k * bh + 4;
		fprintf(fp, "<text x=\"%d\" y=\"%d\" font-size=\"12\" "
		    "text-anchor=\"end\" font-family=\"sans-serif\">", lab - 6,
		    y + 14);
		html_escs(fp, c->label);
		fprintf(fp, "</text><rect x=\"%d\" y=\"%d\" width=\"%.1f\" "
		    "height=\"%d\" fill=\"%s\"/>", lab, y + 2, v * scale / 100,
		    bh - 6, okabe);
		fprintf(fp, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" "
		    "stroke=\"#000\" stroke-width=\"1.5\"/>\n",
		    lab + lo * scale / 100, lab + hi * scale / 100,
		    y + bh / 2 - 1, y + bh / 2 - 1);
		k++;
	}
	fprintf(fp, "</svg>\n<figcaption>Figure 1. The percentage of %s "
	    "with each theme%s; the black line is the 95%% interval."
	    "</figcaption>\n</figure>\n", p->unit,
	    p->by_person ? " in any of their records" : "");
	fprintf(fp, "<table>\n<caption>Theme prevalence (all cohorts)"
	    "</caption>\n<thead><tr><th scope=\"col\">Theme</th><th scope=\""
	    "col\">%s with it</th><th scope=\"col\">%%</th><th scope=\"col\">"
	    "95%% interval</th></tr></thead>\n<tbody>\n",
	    p->by_person ? "People" : "Records");
	for (i = 0; i < p->ncodes; i++) {
		const struct code *c = &p->codes[i];
		long r;

		if (!is_theme(p, c))
			continue;
		r = tab_row(&p->t, c->code, "Total");
		fputs("<tr><th scope=\"row\">", fp);
		html_escs(fp, c->label);
		fputs("</th><td class=\"n\">", fp);
		html_escs(fp, tab_get(&p->t, (size_t)r, cw));
		fputs(" of ", fp);
		html_escs(fp, tab_get(&p->t, (size_t)r, cn));
		fputs("</td><td class=\"n\">", fp);
		put_pcts(fp, tab_get(&p->t, (size_t)r, cp));
		fputs("</td><td class=\"n\">", fp);
		put_interval(fp, tab_get(&p->t, (size_t)r, cl),
		    tab_get(&p->t, (size_t)r, ch));
		fputs("</td></tr>\n", fp);
	}
	fputs("</tbody>\n</table>\n</div>\n</section>\n", fp);
}

/* viridis, nine stops */
static const char *const viridis[] = { "#440154", "#472d7b", "#3b528b",
	"#2c728e", "#21918c", "#28ae80", "#5ec962", "#addc30", "#fde725" };

/* cohorts per heat map table: more would not fit an A4 page */
#define HEAT_COLS 6

static void
heatmap(struct pack *p)
{
	FILE *fp = p->out;
	char **coh = NULL;
	size_t ncoh = 0, i, j, k, nchunk;
	int cp = tab_col(&p->t, "pct");
	double lo = -1, hi = 0;

	for (i = 0; i < p->t.nrows; i++) {
		const char *c = tab_get(&p->t, i, 1);

		if (!strcmp(c, "Total"))
			continue;
		for (j = 0; j < ncoh && strcmp(coh[j], c); j++)
			;
		if (j == ncoh) {
			coh = xrealloc(coh, xmul(ncoh + 1, sizeof *coh));
			coh[ncoh++] = (char *)c;
		}
	}
	for (i = 0; i < p->t.nrows; i++) {
		const char *v = tab_get(&p->t, i, cp);
		char *end;
		double d = strtod(v, &end);

		if (!*v || *end || strchr(tab_get(&p->t, i, 0), '/'))
			continue;
		if (lo < 0 || d < lo)
			lo = d;
		if (d > hi)
			hi = d;
	}
	nchunk = ncoh ? (ncoh + HEAT_COLS - 1) / HEAT_COLS : 1;
	fputs("<section id=\"heatmap\">\n<h2>Themes by ", fp);
	html_escs(fp, p->t.hdr[1]);
	fputs("</h2>\n", fp);
	if (nchunk > 1)
		fprintf(fp, "<p>%zu cohorts: the heat map is in %zu parts of up "
		    "to %d, so that it fits the page; each part ends with the "
		    "figure for all cohorts together (All).</p>\n", ncoh, nchunk,
		    HEAT_COLS);
	for (k = 0; k < nchunk; k++) {
		size_t c0 = k * HEAT_COLS, c1 = c0 + HEAT_COLS;

		c1 = c1 > ncoh ? ncoh : c1;
		fprintf(fp, "<figure>\n<table class=\"heat\" role=\"img\" "
		    "aria-label=\"Heat "
		    "map: the percentage of %s with each theme in each cohort; "
		    "darker is lower, lighter is higher; every cell shows its "
		    "number.\">\n<colgroup><col class=\"theme\"></colgroup>\n"
		    "<thead><tr><th scope=\"col\">Theme</th>", p->unit);
		for (j = c0; j < c1; j++) {
			fputs("<th scope=\"col\">", fp);
			html_escs(fp, *coh[j] ? coh[j] : "(blank)");
			fputs("</th>", fp);
		}
		fputs("<th scope=\"col\">All</th></tr></thead>\n<tbody>\n", fp);
		for (i = 0; i < p->ncodes; i++) {
			const struct code *c = &p->codes[i];

			if (!is_theme(p, c))
				continue;
			fputs("<tr><th scope=\"row\">", fp);
			html_escs(fp, c->label);
			fputs("</th>", fp);
			for (j = c0; j <= c1; j++) {
				long r = tab_row(&p->t, c->code, j < c1 ?
				    coh[j] : "Total");
				const char *v = r < 0 ? "" :
				    tab_get(&p->t, (size_t)r, cp);
				char *end;
				double d = strtod(v, &end);

				if (!*v || *end) {
					fputs("<td class=\"n\" style=\""
					    "background:#fff\">", fp);
					html_escs(fp, *v ? v : "\xe2\x80\x93");
				} else {
					int s = hi > lo ? (int)((d - lo) /
					    (hi - lo) * 8 + 0.5) : 4;

					s = s < 0 ? 0 : s > 8 ? 8 : s;
					fprintf(fp, "<td class=\"n\" style=\""
					    "background:%s;color:%s\">",
					    viridis[s], s >= 5 ? "#000" :
					    "#fff");
					put_pct(fp, d);
				}
				fputs("</td>", fp);
			}
			fputs("</tr>\n", fp);
		}
		fputs("</tbody>\n</table>\n<figcaption>Figure 2", fp);
		if (nchunk > 1)
			fprintf(fp, ", part %zu of %zu", k + 1, nchunk);
		if (k + 1 < nchunk) {
			fputs(".</figcaption>\n</figure>\n", fp);
			continue;
		}
		fprintf(fp, ". The percentage of %s in each cohort with each "
		    "theme. The colour follows the number, from dark purple (",
		    p->unit);
		put_pct(fp, lo < 0 ? 0 : lo);
		fputs("%, the lowest) to yellow (", fp);
		put_pct(fp, hi);
		fputs("%, the highest). <strong>c</strong> is a figure "
		    "suppressed to protect people in small groups.</figcaption>"
		    "\n</figure>\n", fp);
	}
	fputs("</section>\n", fp);
	free(coh);
}

static void
outcomes(struct pack *p)
{
	FILE *fp = p->out;
	int co = tab_col(&p->t, "outcome");
	const char *cols[] = { "rate_with", "rate_without", "difference",
		"odds_ratio", "p", "q", NULL };
	size_t i, k;

	if (co < 0)
		return;
	fputs("<section id=\"outcomes\">\n<h2>Themes and outcomes</h2>\n", fp);
	fprintf(fp, "<p>For each theme, the outcome rate among the %s that "
	    "raised it and among those that did not, the difference in "
	    "percentage points, the odds ratio with its 95%% interval, and "
	    "Fisher's exact p (q is p corrected for testing many themes). A "
	    "difference here is an association, not a cause.</p>\n", p->unit);
	fputs("<table>\n<caption>Outcome rates by theme (all cohorts)"
	    "</caption>\n<thead><tr><th scope=\"col\">Theme</th><th scope=\""
	    "col\">Outcome</th><th scope=\"col\">% with the theme</th><th "
	    "scope=\"col\">% without</th><th scope=\"col\">Difference</th>"
	    "<th scope=\"col\">Odds ratio (95% interval)</th><th scope=\"col\""
	    ">p</th><th scope=\"col\">q</th></tr></thead>\n<tbody>\n", fp);
	for (i = 0; i < p->ncodes; i++) {
		const struct code *c = &p->codes[i];
		size_t r;

		if (!is_theme(p, c))
			continue;
		for (r = 0; r < p->t.nrows; r++) {
			if (strcmp(tab_get(&p->t, r, 0), c->code) ||
			    strcmp(tab_get(&p->t, r, 1), "Total"))
				continue;
			fputs("<tr><th scope=\"row\">", fp);
			html_escs(fp, c->label);
			fputs("</th><td>", fp);
			html_escs(fp, tab_get(&p->t, r, co));
			fputs("</td>", fp);
			for (k = 0; cols[k]; k++) {
				const char *v = tab_get(&p->t, r,
				    tab_col(&p->t, cols[k]));

				fputs("<td class=\"n\">", fp);
				if (k == 3) {
					put_num(fp, v, 2);
					if (strtod(v, NULL) > 0) {
						fputs(" (", fp);
						put_num(fp, tab_get(&p->t, r,
						    tab_col(&p->t, "or_low")), 2);
						fputs("&ndash;", fp);
						put_num(fp, tab_get(&p->t, r,
						    tab_col(&p->t, "or_high")), 2);
						fputs(")", fp);
					}
				} else if (k >= 4) {
					put_p(fp, v);
				} else {
					put_num(fp, v, 1);
				}
				fputs("</td>", fp);
			}
			fputs("</tr>\n", fp);
		}
	}
	fputs("</tbody>\n</table>\n<p class=\"muted\">", fp);
	if (p->sdc.kind != SDC_NONE)
		fprintf(fp, "<strong>c</strong>: suppressed, because it rests "
		    "on a count from %s to %llu (or would let one be worked "
		    "out), to protect people in small groups. ",
		    p->sdc.kind == SDC_THRESHOLD && p->sdc.zero ? "0" : "1",
		    (unsigned long long)(p->sdc.k - 1));
	fputs("<strong>z</strong>: does not apply (no one in the group). ",
	    fp);
	if (p->sdc.kind == SDC_ROUND)
		fputs("<strong>k</strong>: a count that rounds to zero but is "
		    "not zero.", fp);
	fputs("</p>\n</section>\n", fp);
}

static void
themes(struct pack *p)
{
	FILE *fp = p->out;
	size_t i, j, n;
	int cp = tab_col(&p->t, "pct"), cl = tab_col(&p->t, "pct_low"),
	    ch = tab_col(&p->t, "pct_high"), cw = tab_col(&p->t, "with_theme"),
	    cn = tab_col(&p->t, p->t.hdr[2]);

	for (i = 0; i < p->ncodes; i++) {
		const struct code *c = &p->codes[i];
		long r;

		if (!is_theme(p, c))
			continue;
		r = tab_row(&p->t, c->code, "Total");
		fputs("<section class=\"theme\" id=\"theme-", fp);
		html_escs(fp, c->code);
		fputs("\">\n<h2>", fp);
		html_escs(fp, c->label);
		fputs("</h2>\n<p>", fp);
		html_escs(fp, c->desc);
		fputs("</p>\n<p><strong>", fp);
		put_pcts(fp, tab_get(&p->t, (size_t)r, cp));
		fprintf(fp, "%%</strong> of %s raised it (", p->unit);
		html_escs(fp, tab_get(&p->t, (size_t)r, cw));
		fputs(" of ", fp);
		html_escs(fp, tab_get(&p->t, (size_t)r, cn));
		fputs("; 95% interval ", fp);
		put_interval(fp, tab_get(&p->t, (size_t)r, cl),
		    tab_get(&p->t, (size_t)r, ch));
		fputs("%).</p>\n", fp);
		if (c->nincl || c->nexcl) {
			fputs("<dl>\n", fp);
			for (j = 0; j < c->nincl; j++) {
				fputs(j ? "" : "<dt>Counted when</dt>\n", fp);
				fputs("<dd>", fp);
				html_escs(fp, c->incl[j]);
				fputs("</dd>\n", fp);
			}
			for (j = 0; j < c->nexcl; j++) {
				fputs(j ? "" : "<dt>Not counted</dt>\n", fp);
				fputs("<dd>", fp);
				html_escs(fp, c->excl[j]);
				fputs("</dd>\n", fp);
			}
			fputs("</dl>\n", fp);
		}
		fputs("<h3>In their words</h3>\n", fp);
		n = quotes_write(p, c->code);
		if (n == 0)
			fputs("<p class=\"muted\">No quote could be shown "
			    "safely for this theme.</p>\n", fp);
		fputs("</section>\n", fp);
	}
}

static void
appendix(struct pack *p, int unredacted)
{
	FILE *fp = p->out;
	sqlite3_stmt *st;
	size_t i;
	int cs = tab_col(&p->t, "sdc");
	char desc[256];
	const char *runcols[] = { "run", "started", "finished", "command",
		"hark_version", "inputs", "stream_fingerprint", "lexicons",
		"tokenised_with", "tagged_with", "redacted_with", "records",
		"rejected", NULL };

	fputs("<section id=\"methods\">\n<h2>Methods and provenance</h2>\n", fp);
	fprintf(fp, "<h3>How quotes were chosen</h3>\n<p>Quotes come from records "
	    "tagged with the theme (not negated, not hedged), records with two "
	    "or more such tags first; taken in turn from each cohort and "
	    "across sources%s; trimmed to the sentence around "
	    "the matched words (highlighted), at most about 300 characters, "
	    "with &hellip; where text was cut. A quote is shown only when its "
	    "cohort's figure for the theme is not suppressed. Personal details "
	    "were redacted before analysis and are shown as their kind only "
	    "([PERSON], [PHONE]). ", p->by_person ? ", one per person" : "");
	fprintf(fp, "Any word used by fewer than %lu %s in the whole data "
	    "(counting its other forms with it: <em>mile</em> and <em>miles</em> "
	    "are one word) is masked as \xe2\x96\x92\xe2\x96\x92\xe2\x96\x92; "
	    "of the candidates in a cohort the quote with the fewest masks is "
	    "shown, never one with more than two or with a masked matched "
	    "word, and a record already quoted for another theme only when no "
	    "other will do. This pack shows %lu quote%s, with %lu word%s "
	    "masked; %lu candidate%s passed over.</p>\n", p->rare_k,
	    p->person_in_store ? (p->by_person ? "people" : "records") :
	    "records", p->quotes_shown, p->quotes_shown == 1 ? "" : "s",
	    p->words_masked, p->words_masked == 1 ? "" : "s",
	    p->quotes_skipped, p->quotes_skipped == 1 ? " was" : "s were");
	fputs("<h3>Disclosure control</h3>\n<p>Policy of the table: <code>",
	    fp);
	html_escs(fp, cs >= 0 && p->t.nrows ? tab_get(&p->t, 0, cs) : "none");
	fputs("</code>. ", fp);
	/* the table's own policy, in the words the table's captions use */
	html_escs(fp, sdc_describe(&p->sdc, desc, sizeof desc));
	fputs("</p>\n", fp);
	fputs("<h3>Redaction</h3>\n<p>", fp);
	if (unredacted)
		fputs("<strong>The store holds unredacted text.</strong> ", fp);
	st = prep(p, "SELECT DISTINCT coalesce(redacted_with, '') FROM runs");
	while (sqlite3_step(st) == SQLITE_ROW) {
		fputs("Redaction settings: <code>", fp);
		html_escs(fp, (const char *)sqlite3_column_text(st, 0));
		fputs("</code>. ", fp);
	}
	sqlite3_finalize(st);
	fputs("</p>\n<h3>Codebook</h3>\n<table>\n<thead><tr><th scope=\"col\">"
	    "Code</th><th scope=\"col\">Label</th><th scope=\"col\">Patterns"
	    "</th></tr></thead>\n<tbody>\n", fp);
	for (i = 0; i < p->ncodes; i++) {
		const struct code *c = &p->codes[i];
		const char *s;

		fputs("<tr><td><code>", fp);
		html_escs(fp, c->code);
		fputs("</code></td><td>", fp);
		html_escs(fp, c->label);
		fputs("</td><td>", fp);
		for (s = c->patterns; *s; s++) {
			if (*s == '\n')
				fputs("; ", fp);
			else
				html_esc(fp, s, 1);
		}
		fputs("</td></tr>\n", fp);
	}
	fputs("</tbody>\n</table>\n<h3>How the store was made</h3>\n", fp);
	st = prep(p, "SELECT run, started, finished, command, hark_version, "
	    "inputs, stream_fingerprint, lexicons, tokenised_with, tagged_with,"
	    " redacted_with, records, rejected FROM runs ORDER BY run");
	while (sqlite3_step(st) == SQLITE_ROW) {
		fputs("<dl>\n", fp);
		for (i = 0; runcols[i]; i++) {
			fputs("<dt>", fp);
			html_escs(fp, runcols[i]);
			fputs("</dt><dd><code>", fp);
			html_escs(fp, (const char *)sqlite3_column_text(st,
			    (int)i));
			fputs("</code></dd>\n", fp);
		}
		fputs("</dl>\n", fp);
	}
	sqlite3_finalize(st);
	fputs("<p class=\"muted\">Pack made by hark-pack " HARK_VERSION ".</p>\n"
	    "</section>\n", fp);
}

static void
pack_free(struct pack *p)
{
	size_t i, j;

	for (i = 0; i < p->t.ncol; i++)
		free(p->t.hdr[i]);
	for (i = 0; i < p->t.nrows * p->t.ncol; i++)
		free(p->t.cell[i]);
	free(p->t.hdr);
	free(p->t.cell);
	for (i = 0; i < p->ncodes; i++) {
		struct code *c = &p->codes[i];

		free(c->code);
		free(c->label);
		free(c->desc);
		free(c->patterns);
		for (j = 0; j < c->nincl; j++)
			free(c->incl[j]);
		for (j = 0; j < c->nexcl; j++)
			free(c->excl[j]);
		free(c->incl);
		free(c->excl);
	}
	free(p->codes);
	hash_free(&p->words);
	quotes_free(p);
	free(p->wcount);
	free(p->wlast);
}

int
main(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "table", required_argument, NULL, 't' },
		{ "by", required_argument, NULL, 'b' },
		{ "person", required_argument, NULL, 'P' },
		{ "title", required_argument, NULL, 'T' },
		{ "quotes", required_argument, NULL, 'n' },
		{ "rare", required_argument, NULL, 'k' },
		{ "allow-unredacted", no_argument, NULL, 'u' },
		{ "allow-mismatch", no_argument, NULL, 'm' },
		{ "allow-no-sdc", no_argument, NULL, 'S' },
		{ "rejected", required_argument, NULL, 'r' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct pack p;
	const char *table = NULL, *title = "Evidence pack";
	int c, allow = 0, allow_mismatch = 0, allow_nosdc = 0, unredacted;
	struct buf mismatch = BUF_INIT;

	err_init("pack");
	memset(&p, 0, sizeof p);
	p.rare_k = 5;
	p.rejected = -1;
	p.nquotes = 5;
	p.person = "person_id";
	p.out = stdout;
	while ((c = getopt_long(argc, argv, ":hq", lo, NULL)) != -1) {
		switch (c) {
		case 'd': p.path = optarg; break;
		case 't': table = optarg; break;
		case 'b': p.by = optarg; break;
		case 'P': p.person = optarg; break;
		case 'T': title = optarg; break;
		case 'n': p.nquotes = opt_uint("--quotes", optarg, 0, 20,
		    usage); break;
		case 'k': p.rare_k = opt_uint("--rare", optarg, 1, 1000000,
		    usage); break;
		case 'u': allow = 1; break;
		case 'm': allow_mismatch = 1; break;
		case 'S': allow_nosdc = 1; break;
		case 'r': p.rejected = (long)opt_uint("--rejected", optarg, 0,
		    2147483647UL, usage); break;
		case 'h': opt_help(usage, help);
		case 'q': err_quiet = 1; break;
		default: opt_fail(c, argv, usage);
		}
	}
	if (!p.path || optind != argc) {
		err_msg(!p.path ? "--db is required" : "unexpected argument "
		    "'%s'", !p.path ? "" : argv[optind]);
		usage(stderr);
		return HARK_ETROUBLE;
	}
	p.db = store_open_shown(p.path, allow, ": a pack is for publication "
	    "(give --allow-unredacted to make one anyway, marked as such)", 1,
	    &unredacted);
	if (!table)
		die(HARK_ETROUBLE, "--table is required (the output of hark "
		    "table)");
	tab_read(&p.t, table);
	/* The table's disclosure control, as the pack will describe it: a
	 * table with none (small numbers shown) is not for publication. */
	{
		int cs = tab_col(&p.t, "sdc");

		/* no rows: nothing to disclose (described as the default) */
		if (!p.t.nrows)
			sdc_parse(&p.sdc, SDC_DEFAULT);
		else if (cs < 0 || sdc_parse(&p.sdc, tab_get(&p.t, 0, cs)) < 0)
			sdc_parse(&p.sdc, "none");
		if (p.sdc.kind == SDC_NONE && !allow_nosdc)
			die(HARK_EDATA, "%s: the table was made with no "
			    "disclosure control (--sdc none: counts from 1 "
			    "shown): a pack is for publication (make the table "
			    "with the default policy, or give --allow-no-sdc to "
			    "make one anyway, marked not for publication)",
			    table);
	}
	if (!p.by)
		p.by = p.t.hdr[1];
	else if (p.t.ncol > 1 && tab_col(&p.t, p.by) < 0)
		/* every theme said "no quote could be shown safely": the
		 * quotes' cohorts were looked for in another column */
		die(HARK_ETROUBLE, "--by %s: the table is by '%s' (--by names "
		    "the table's cohort column; it may be left out)", p.by,
		    p.t.hdr[1]);
	p.by_in_store = store_has_col(p.db, p.by);
	p.person_in_store = store_has_col(p.db, p.person);
	/* counted by person, or (no person column, or the id standing in for
	 * one) each record on its own: the words say which */
	p.by_person = p.person_in_store && strcmp(p.person, "id") != 0;
	p.unit = p.by_person ? "people" : "records";
	check_table(&p, table, allow_mismatch, &mismatch);
	p.mismatch = mismatch.s;
	codebook_load(&p);
	quotes_count_words(&p);
	head(&p, title, unredacted);
	fputs("<main>\n", p.out);
	about(&p);
	prevalence(&p);
	heatmap(&p);
	outcomes(&p);
	themes(&p);
	appendix(&p, unredacted);
	fputs("</main>\n</body>\n</html>\n", p.out);
	store_close(p.db);
	pack_free(&p);
	buf_free(&mismatch);
	close_stdout();
	return 0;
}
