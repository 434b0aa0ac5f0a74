/*
 * out.c - hark-table's writers (out.h).  The stream escapes as
 * docs/record-format.md says; CSV follows RFC 4180 (CRLF, fields quoted
 * when they hold a comma, quote, CR or LF); Markdown escapes '|' and turns
 * line breaks and TABs into spaces, and escapes HTML (& < >, but not the
 * < of <0.001, which cannot start a tag), since renderers pass HTML
 * through; HTML escapes & < > ".  The page (FMT_PAGE)
 * is the fragment inside a self-contained document: a title, the caption,
 * the marks explained, and CSS for screen and print, with no script and
 * nothing fetched.
 */
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "err.h"
#include "out.h"
#include "sdc.h"
#include "banned.h"

static void
put(struct out *o, const char *s)
{
	rec_put(&o->w, s, strlen(s));
}

static void
field(struct out *o, const char *p, size_t n)
{
	size_t i;

	switch (o->fmt) {
	case FMT_TSV:
		rec_put_esc(&o->w, p, n);
		break;
	case FMT_CSV:
		if (o->excel_safe && csv_formula_risk(p, n)) {
			rec_putc(&o->w, '"');
			rec_putc(&o->w, '\'');
			for (i = 0; i < n; i++) {
				if (p[i] == '"')
					rec_putc(&o->w, '"');
				rec_putc(&o->w, p[i]);
			}
			rec_putc(&o->w, '"');
		} else if (n && (memchr(p, ',', n) || memchr(p, '"', n) ||
		    memchr(p, '\r', n) || memchr(p, '\n', n))) {
			rec_putc(&o->w, '"');
			for (i = 0; i < n; i++) {
				if (p[i] == '"')
					rec_putc(&o->w, '"');
				rec_putc(&o->w, p[i]);
			}
			rec_putc(&o->w, '"');
		} else {
			rec_put(&o->w, p, n);
		}
		break;
	case FMT_MD:
		/* Markdown renderers pass HTML through: escape it too */
		for (i = 0; i < n; i++) {
			/* <0.001 cannot start HTML: left as it is */
			if (p[i] == '<' && !(i + 1 < n && p[i + 1] >= '0' &&
			    p[i + 1] <= '9'))
				put(o, "&lt;");
			else if (p[i] == '>')
				put(o, "&gt;");
			else if (p[i] == '&')
				put(o, "&amp;");
			else {
				if (p[i] == '|' || p[i] == '\\')
					rec_putc(&o->w, '\\');
				rec_putc(&o->w, p[i] == '\n' || p[i] == '\r' ||
				    p[i] == '\t' ? ' ' : p[i]);
			}
		}
		break;
	default:
		for (i = 0; i < n; i++) {
			switch (p[i]) {
			case '&': put(o, "&amp;"); break;
			case '<': put(o, "&lt;"); break;
			case '>': put(o, "&gt;"); break;
			case '"': put(o, "&quot;"); break;
			default: rec_putc(&o->w, p[i]); break;
			}
		}
		break;
	}
}

static void
row(struct out *o, const struct str *v, size_t n, int head)
{
	size_t i;

	size_t k = 0;
	int html = o->fmt == FMT_HTML || o->fmt == FMT_PAGE;

	if (o->fmt == FMT_MD)
		put(o, "|");
	else if (html)
		put(o, "<tr>");

	for (i = 0; i < n; i++) {
		if (o->keep && !o->keep[i])
			continue;
		if (o->fmt == FMT_TSV && k)
			rec_putc(&o->w, '\t');
		else if (o->fmt == FMT_CSV && k)
			rec_putc(&o->w, ',');
		else if (o->fmt == FMT_MD)
			rec_putc(&o->w, ' ');
		else if (html)
			put(o, head ? "<th scope=\"col\">" : k == 0 ?
			    "<th scope=\"row\">" : "<td>");
		field(o, v[i].p, v[i].n);
		if (o->fmt == FMT_MD)
			put(o, " |");
		else if (html)
			put(o, head || k == 0 ? "</th>" : "</td>");
		k++;
	}
	put(o, o->fmt == FMT_CSV ? "\r\n" : html ? "</tr>\n" : "\n");
}

/* The page around the table: the document's head, styles and heading. */
static void
page_begin(struct out *o)
{
	const char *t = o->title ? o->title : "Themes";

	put(o, "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
	    "content=\"width=device-width, initial-scale=1\">\n"
	    "<meta name=\"generator\" content=\"hark-table " HARK_VERSION
	    "\">\n<title>");
	field(o, t, strlen(t));
	put(o, "</title>\n<style>\n"
	    "body{font:1rem/1.45 system-ui,sans-serif;color:#111;"
	    "background:#fff;margin:2rem auto;max-width:80rem;"
	    "padding:0 1rem}\n"
	    "h1{font-size:1.5rem;margin:0 0 1rem}\n"
	    "h2{font-size:1.1rem;margin:1.5rem 0 .5rem}\n"
	    ".wrap{overflow-x:auto}\n"
	    "table{border-collapse:collapse;font-size:.9rem}\n"
	    "caption{text-align:left;padding:.4rem 0;font-style:italic}\n"
	    "th,td{border:1px solid #999;padding:.25rem .5rem;"
	    "vertical-align:top}\n"
	    "thead th{background:#e8e8e8;text-align:left}\n"
	    "tbody th{text-align:left;font-weight:600;min-width:10rem}\n"
	    "td{text-align:right;font-variant-numeric:tabular-nums}\n"
	    "tbody tr:nth-child(even){background:#f6f6f6}\n"
	    "dl{display:grid;grid-template-columns:max-content auto;"
	    "gap:.2rem 1rem}\n"
	    "dt{font-weight:600}\ndd{margin:0}\n"
	    "@media print{body{margin:0;max-width:none;font-size:9pt}"
	    ".wrap{overflow:visible}table{font-size:8pt}"
	    "thead{display:table-header-group}tr{break-inside:avoid}"
	    "tbody tr:nth-child(even){background:none}"
	    "@page{size:A4 landscape;margin:12mm}}\n"
	    "</style>\n</head>\n<body>\n<main>\n<h1>");
	field(o, t, strlen(t));
	put(o, "</h1>\n<div class=\"wrap\">\n");
}

/* After the table: what its marks and columns mean. */
static void
page_end(struct out *o)
{
	const struct sdc *s = o->sdc;
	const char *unit = o->unit ? o->unit : "people";

	put(o, "</div>\n<section aria-labelledby=\"marks\">\n"
	    "<h2 id=\"marks\">Reading the table</h2>\n<dl>\n");
	if (s && s->kind != SDC_NONE)
		put(o, "<dt>c</dt><dd>suppressed (confidential): a count too "
		    "small to publish, or one that would let a suppressed "
		    "count be worked out from the totals, and the figures "
		    "resting on it</dd>\n");
	if (s && s->kind == SDC_ROUND)
		put(o, "<dt>k</dt><dd>a count that is not zero but rounds "
		    "to zero</dd>\n");
	put(o, "<dt>z</dt><dd>not applicable: no one in the group</dd>\n"
	    "<dt>Total</dt><dd>every row of the input, all cohorts "
	    "together</dd>\n<dt>pct</dt><dd>");
	field(o, unit, strlen(unit));
	put(o, " with the theme, per cent, with its 95% interval (Wilson) "
	    "in pct_low and pct_high</dd>\n");
	put(o, "<dt>rate_with, rate_without</dt><dd>per cent with the "
	    "outcome, among those with and without the theme; difference "
	    "in percentage points</dd>\n"
	    "<dt>odds_ratio</dt><dd>with its 95% interval (Woolf) in "
	    "or_low and or_high</dd>\n"
	    "<dt>p, q</dt><dd>Fisher's exact test, two-sided, and the "
	    "Benjamini-Hochberg q across the table; &lt;0.001 is below "
	    "0.001</dd>\n"
	    "<dt>note</dt><dd>zero_cell: 0.5 added to every cell of the "
	    "odds ratio; small_expected: an expected count below 5, so "
	    "the interval is approximate</dd>\n"
	    "</dl>\n</section>\n</main>\n</body>\n</html>\n");
}

void
out_begin(struct out *o, int fmt, const char *const *cols, size_t n,
	  const char *caption)
{
	struct str *v = xmalloc(xmul(n + 1, sizeof *v));
	size_t i;

	o->fmt = fmt;
	o->ncols = n;
	rec_writer_init(&o->w, 1);
	if (fmt == FMT_CSV && o->bom)
		put(o, "\xEF\xBB\xBF");
	for (i = 0; i < n; i++) {
		v[i].p = cols[i];
		v[i].n = strlen(cols[i]);
	}
	if (fmt == FMT_MD) {
		field(o, caption, strlen(caption));
		put(o, "\n\n");
	} else if (fmt == FMT_HTML || fmt == FMT_PAGE) {
		if (fmt == FMT_PAGE)
			page_begin(o);
		put(o, "<table class=\"hark-table\">\n<caption>");
		field(o, caption, strlen(caption));
		put(o, "</caption>\n<thead>\n");
	}
	row(o, v, n, 1);
	free(v);
	if (fmt == FMT_MD) {
		put(o, "|");
		for (i = 0; i < n; i++)
			if (!o->keep || o->keep[i])
				put(o, "---|");
		put(o, "\n");
	} else if (fmt == FMT_HTML || fmt == FMT_PAGE) {
		put(o, "</thead>\n<tbody>\n");
	}
}

void
out_row(struct out *o, const struct str *vals)
{
	row(o, vals, o->ncols, 0);
}

void
out_end(struct out *o)
{
	if (o->fmt == FMT_HTML || o->fmt == FMT_PAGE)
		put(o, "</tbody>\n</table>\n");
	if (o->fmt == FMT_PAGE)
		page_end(o);
	rec_writer_close(&o->w);
}
