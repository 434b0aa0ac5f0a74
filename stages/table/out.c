/*
 * out.c - hark-table's writers (out.h).  The stream escapes as
 * docs/record-format.md says; CSV follows RFC 4180 (CRLF, fields quoted
 * when they hold a comma, quote, CR or LF); Markdown escapes '|' and turns
 * line breaks and TABs into spaces; HTML escapes & < > ".
 */
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "err.h"
#include "out.h"
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
			if (p[i] == '<')
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

	if (o->fmt == FMT_MD)
		put(o, "|");
	else if (o->fmt == FMT_HTML)
		put(o, "<tr>");
	size_t k = 0;

	for (i = 0; i < n; i++) {
		if (o->keep && !o->keep[i])
			continue;
		if (o->fmt == FMT_TSV && k)
			rec_putc(&o->w, '\t');
		else if (o->fmt == FMT_CSV && k)
			rec_putc(&o->w, ',');
		else if (o->fmt == FMT_MD)
			rec_putc(&o->w, ' ');
		else if (o->fmt == FMT_HTML)
			put(o, head ? "<th>" : "<td>");
		field(o, v[i].p, v[i].n);
		if (o->fmt == FMT_MD)
			put(o, " |");
		else if (o->fmt == FMT_HTML)
			put(o, head ? "</th>" : "</td>");
		k++;
	}
	put(o, o->fmt == FMT_CSV ? "\r\n" : o->fmt == FMT_HTML ? "</tr>\n" :
	    "\n");
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
	} else if (fmt == FMT_HTML) {
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
	} else if (fmt == FMT_HTML) {
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
	if (o->fmt == FMT_HTML)
		put(o, "</tbody>\n</table>\n");
	rec_writer_close(&o->w);
}
