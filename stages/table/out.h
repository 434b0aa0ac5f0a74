/*
 * out.h - hark-table's writers: the stream (TSV), CSV, Markdown, an HTML
 * fragment (for the evidence pack) and a whole HTML page, all from the
 * same rows of unescaped values.
 */
#ifndef HARK_TABLE_OUT_H
#define HARK_TABLE_OUT_H

#include <stddef.h>

#include "rec.h"

enum { FMT_TSV, FMT_CSV, FMT_MD, FMT_HTML, FMT_PAGE };

struct sdc;

struct out {
	int fmt;
	struct rec_writer w;
	size_t ncols;
	int bom;          /* CSV: start with a UTF-8 byte order mark (Excel) */
	int excel_safe;   /* CSV: ' before a field a spreadsheet would run */
	const unsigned char *keep; /* per column: written (NULL: all) */
	const char *title;         /* the page's title and heading */
	const char *unit;          /* what a count counts (people) */
	const struct sdc *sdc;     /* the policy, to explain its marks */
};

/* Start the table on stdout (o->bom, o->excel_safe and o->keep set
 * first, or zeroed): the caption (Markdown and HTML only; the
 * stream and CSV carry the policy in a column) and the header. */
void out_begin(struct out *o, int fmt, const char *const *cols, size_t n,
	       const char *caption);
/* One row of n unescaped values. */
void out_row(struct out *o, const struct str *vals);
/* Finish, flush and close stdout (exit 2 on a write error). */
void out_end(struct out *o);

#endif
