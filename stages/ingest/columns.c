/*
 * columns.c - hark-ingest's output columns: `id` first, then `text` (the
 * --text columns), then every other source column under its own name
 * (renamed NAME_2 ... when taken), then `repairs` with --repair.  Also
 * the names a header row gives, made valid and unique.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "err.h"
#include "ingest.h"
#include "utf8.h"
#include "banned.h"

static int
find_col(const char *name)
{
	size_t i;

	for (i = 0; i < cols.ncols; i++)
		if (strcmp(cols.names[i], name) == 0)
			return (int)i;
	return -1;
}

/* The column named name: spelt the same, or else in any case (an
 * export's "ID" is the id). */
static int
find_col_any_case(const char *name)
{
	size_t i;
	int c = find_col(name);

	for (i = 0; c < 0 && i < cols.ncols; i++)
		if (strcasecmp(cols.names[i], name) == 0)
			c = (int)i;
	return c;
}

static int
out_has(const char *name)
{
	size_t i;

	/* in any case: the store's SQL column names ignore it, so 'ID'
	 * beside 'id' stopped hark index with "duplicate column name" */
	for (i = 0; i < cols.nout; i++)
		if (strcasecmp(cols.outnames[i], name) == 0)
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

void
setup_columns(const char *file)
{
	size_t i, k;
	int *used;

	cols.first = file;
	cols.id_src = -1;
	if (opt.idcol) {
		cols.id_src = find_col_any_case(opt.idcol);
		if (cols.id_src < 0)
			die(HARK_ETROUBLE, "%s: no column '%s' for --id", file,
			    opt.idcol);
	} else {
		cols.id_src = find_col_any_case("id");
	}
	if (cols.id_src < 0 && !opt.quiet)
		err_msg("%s: no id column: ids generated as %s1, %s2, ... (the "
			"record's number; name the column with --id COL)", file,
			opt.idprefix, opt.idprefix);
	cols.text_src = xcalloc(opt.ntext + 1, sizeof *cols.text_src);
	for (k = 0; k < opt.ntext; k++) {
		int c = find_col_any_case(opt.textcols[k]);

		size_t j;

		if (c < 0)
			die(HARK_ETROUBLE, "%s: no column '%s' for --text", file,
			    opt.textcols[k]);
		/* Taken twice, a column's text would count twice: every
		 * mention, in counts, the store and kwic. */
		for (j = 0; j < cols.ntext; j++)
			if (cols.text_src[j] == c)
				die(HARK_ETROUBLE, "%s: --text '%s' names column "
				    "'%s' again (a column is the voice once)",
				    file, opt.textcols[k], cols.names[c]);
		cols.text_src[cols.ntext++] = c;
	}
	if (!opt.ntext && find_col_any_case("text") >= 0)
		cols.text_src[cols.ntext++] = find_col_any_case("text");
	cols.has_text = cols.ntext > 0;
	/* After the checks that may end the program: nothing to leak. */
	used = xcalloc(cols.ncols ? cols.ncols : 1, sizeof *used);
	if (cols.id_src >= 0)
		used[cols.id_src] = 1;
	for (k = 0; k < cols.ntext; k++)
		used[cols.text_src[k]] = 1;
	cols.outnames = xcalloc(cols.ncols + 4, sizeof *cols.outnames);
	cols.others = xcalloc(cols.ncols + 1, sizeof *cols.others);
	add_out("id", file);
	if (cols.has_text)
		add_out("text", file);
	if (opt.srcline)
		add_out("source_line", file);
	for (i = 0; i < cols.ncols; i++) {
		const char *by;

		if (used[i])
			continue;
		cols.others[cols.nothers++] = (int)i;
		/* A column of the data under a name a stage writes
		 * (redactions: the marker that the text was redacted;
		 * themes, tokens, tags...) would pass for that stage's work:
		 * kept under another name. */
		by = rec_written_by(cols.names[i]);
		if (by != NULL) {
			struct buf b = BUF_INIT;

			buf_addf(&b, "source_%s", cols.names[i]);
			if (!opt.quiet)
				err_at(file, 1, "column '%s' is a name hark %s "
				    "writes: kept as '%s' (the data's own, not "
				    "%s's work)", cols.names[i], by, b.s, by);
			add_out(b.s, file);
			buf_free(&b);
			continue;
		}
		add_out(cols.names[i], file);
	}
	if (opt.repair)
		add_out("repairs", file);
	if (!cols.has_text && !opt.quiet)
		err_msg("%s: no 'text' column (name the voice with --text COL); "
			"writing the columns as they are", file);
	free(used);
}

void
write_header(void)
{
	size_t i;

	buf_reset(&header);
	for (i = 0; i < cols.nout; i++) {
		const char *c;

		if (i)
			buf_addc(&header, '\t');
		for (c = cols.outnames[i]; *c; c++)
			switch (*c) {
			case '\\': buf_add(&header, "\\\\", 2); break;
			case '\t': buf_add(&header, "\\t", 2); break;
			case '\n': buf_add(&header, "\\n", 2); break;
			case '\r': buf_add(&header, "\\r", 2); break;
			default: buf_addc(&header, *c);
			}
	}
	buf_addc(&header, '\n');
	/* Out now, or at the head of each block. */
	if (!blocks)
		rec_put(&out, header.s, header.len);
}

char **
header_names(const struct csv_row *row, const struct input *in, size_t *n)
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

void
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

int
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
