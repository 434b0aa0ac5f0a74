/*
 * rec.c - the record stream: reader, writer and output plans.
 *
 * The reader keeps one growable buffer per stream and finds lines with
 * memchr, so there is no allocation per record or per field, and a line of
 * any length works (the buffer grows to the longest line).  Each line is
 * checked in a few linear passes (UTF-8, NUL, CR, escapes, field count)
 * before a stage sees it: a stage may trust every REC_OK record.
 */
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "err.h"
#include "rec.h"
#include "scan.h"
#include "utf8.h"
#include "banned.h"

#define RBUF_INIT (1u << 20)
#define RBUF_SMALL (1u << 14)
#define WBUF_SIZE (1u << 18)

/* ---- escapes ---- */

const char *
rec_check_escapes(const char *p, size_t n, size_t *off)
{
	const char *end = p + n, *s = p;

	while ((s = memchr(s, '\\', (size_t)(end - s))) != NULL) {
		if (s + 1 == end || s[1] == '\t') {
			*off = (size_t)(s - p);
			return "backslash at end of field";
		}
		switch (s[1]) {
		case '\\': case 't': case 'n': case 'r':
			s += 2;
			break;
		default:
			*off = (size_t)(s - p);
			return "unknown escape (only \\\\ \\t \\n \\r are allowed)";
		}
	}
	return NULL;
}

void
rec_unescape(struct buf *out, const char *p, size_t n)
{
	const char *end = p + n, *s;

	buf_grow(out, n);
	while ((s = memchr(p, '\\', (size_t)(end - p))) != NULL && s + 1 < end) {
		buf_add(out, p, (size_t)(s - p));
		switch (s[1]) {
		case 't': buf_addc(out, '\t'); break;
		case 'n': buf_addc(out, '\n'); break;
		case 'r': buf_addc(out, '\r'); break;
		default: buf_addc(out, s[1]); break;
		}
		p = s + 2;
	}
	buf_add(out, p, (size_t)(end - p));
}

/* Bytes that must be escaped in a field. */
static const unsigned char special[256] = {
	['\\'] = '\\', ['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r',
};

void
rec_escape(struct buf *out, const char *p, size_t n)
{
	size_t i = 0, k;

	buf_grow(out, n);
	while ((k = scan_any4(p + i, n - i, '\\', '\t', '\n', '\r')) < n - i) {
		buf_add(out, p + i, k);
		buf_addc(out, '\\');
		buf_addc(out, special[(unsigned char)p[i + k]]);
		i += k + 1;
	}
	buf_add(out, p + i, n - i);
}

/* ---- reading ---- */

static void
set_err(struct rec_reader *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void
set_err(struct rec_reader *r, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(r->err, sizeof r->err, fmt, ap);
	va_end(ap);
}

/* Read more bytes into the buffer, growing it when full.  Returns the
 * number read, 0 at end of input, -1 on error (r->err set). */
static long
fill(struct rec_reader *r)
{
	ssize_t n;

	if (r->beg > 0) {
		memmove(r->buf, r->buf + r->beg, r->end - r->beg);
		r->end -= r->beg;
		r->beg = 0;
	}
	if (r->end == r->cap) {
		r->cap = xmul(r->cap, 2);
		r->buf = xrealloc(r->buf, r->cap);
	}
	do
		n = read(r->fd, r->buf + r->end, r->cap - r->end);
	while (n < 0 && errno == EINTR);
	if (n < 0) {
		set_err(r, "read error: %s", strerror(errno));
		return -1;
	}
	r->end += (size_t)n;
	return (long)n;
}

/* Next line of the current input, without its LF.  Returns 1, 0 at the end
 * of this input, -1 on a read error.  A last line without LF counts. */
static int
next_line(struct rec_reader *r, char **line, size_t *len)
{
	for (;;) {
		char *s = r->buf + r->beg, *nl;

		nl = memchr(s + r->scan, '\n', r->end - r->beg - r->scan);
		if (nl) {
			*line = s;
			*len = (size_t)(nl - s);
			r->beg += *len + 1;
			r->scan = 0;
			return 1;
		}
		r->scan = r->end - r->beg;
		if (r->eof) {
			if (r->end == r->beg)
				return 0;
			*line = s;
			*len = r->end - r->beg;
			r->beg = r->end;
			r->scan = 0;
			return 1;
		}
		long n = fill(r);
		if (n < 0)
			return -1;
		if (n == 0)
			r->eof = 1;
	}
}

/* Check a line's bytes and split it into r->f.  Returns 0 or -1 (r->err). */
static int
split(struct rec_reader *r, char *line, size_t len, size_t ncols)
{
	size_t off, i;
	const char *why, *p, *end = line + len;
	char *s;

	r->raw.p = line;
	r->raw.n = len;
	off = utf8_check(line, len);
	if (off < len) {
		set_err(r, "invalid UTF-8 at byte %zu: %s", off + 1,
			utf8_why(line + off, len - off));
		return -1;
	}
	if ((s = memchr(line, '\0', len)) != NULL) {
		set_err(r, "NUL byte at byte %zu", (size_t)(s - line) + 1);
		return -1;
	}
	if ((s = memchr(line, '\r', len)) != NULL) {
		set_err(r, "carriage return at byte %zu (CRLF line ending?): "
			   "the stream writes CR as \\r",
			(size_t)(s - line) + 1);
		return -1;
	}
	r->has_bs = memchr(line, '\\', len) != NULL;
	if (r->has_bs && (why = rec_check_escapes(line, len, &off)) != NULL) {
		set_err(r, "%s at byte %zu", why, off + 1);
		return -1;
	}
	/* Count every field, keep the first ncols. */
	p = line;
	for (i = 0;; i++) {
		const char *t = memchr(p, '\t', (size_t)(end - p));

		if (i < ncols) {
			r->f[i].p = p;
			r->f[i].n = (size_t)((t ? t : end) - p);
		}
		if (!t) {
			i++;
			break;
		}
		p = t + 1;
	}
	if (i != ncols) {
		if (len == 0)
			set_err(r, "blank line (expected %zu field%s)", ncols,
				ncols == 1 ? "" : "s");
		else
			set_err(r, "expected %zu field%s, found %zu", ncols,
				ncols == 1 ? "" : "s", i);
		return -1;
	}
	return 0;
}

static int
open_input(struct rec_reader *r)
{
	const char *path = r->npaths ? r->paths[r->ipath] : "-";

	r->line = 0;
	r->eof = 0;
	r->beg = r->end = r->scan = 0;
	if (strcmp(path, "-") == 0) {
		r->name = "<stdin>";
		r->fd = 0;
		return 0;
	}
	r->name = path;
	do
		r->fd = open(path, O_RDONLY | O_CLOEXEC);
	while (r->fd < 0 && errno == EINTR);
	if (r->fd < 0) {
		set_err(r, "cannot open: %s", strerror(errno));
		return REC_FAIL;
	}
	return 0;
}

static void
close_input(struct rec_reader *r)
{
	if (r->fd > 0)
		close(r->fd);
	r->fd = -1;
}

/* Read and check the current input's header line. */
static int
read_header(struct rec_reader *r, int first)
{
	char *line;
	size_t len, i;
	int k = next_line(r, &line, &len), foreign;

	if (k < 0)
		return REC_FAIL;
	r->line = 1;
	if (k == 0) {
		set_err(r, "empty input: no header line");
		return first ? REC_BAD : REC_FAIL;
	}
	/* A UTF-8 byte order mark (from an editor) is not part of a name. */
	if (len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
		line += 3;
		len -= 3;
	}
	if (!first) {
		if (len != r->hdr.len || memcmp(line, r->hdr.s, len) != 0) {
			set_err(r, "header differs from that of %s",
				r->paths[0]);
			return REC_FAIL;
		}
		return 0;
	}
	buf_add(&r->hdr, line, len);
	r->ncols = 1;
	for (i = 0; i < len; i++)
		r->ncols += line[i] == '\t';
	r->f = xcalloc(r->ncols, sizeof *r->f);
	r->cols = xcalloc(r->ncols, sizeof *r->cols);
	/* a CSV or a CRLF file given to a stage instead of a stream */
	foreign = memchr(line, '\r', len) != NULL ||
	    (memchr(line, '\t', len) == NULL &&
	    (memchr(line, ',', len) || memchr(line, ';', len)));
	if (foreign && r->ncols == 1 && memchr(line, '\r', len) == NULL) {
		/* One column named "id,text": a CSV (or ;-separated) file,
		 * which every stage would misread as one column. */
		set_err(r, "bad header: one column named '%.*s%s' (not a "
		    "record stream: run hark ingest first)",
		    (int)(len > 60 ? 60 : len), line, len > 60 ? "..." : "");
		return REC_BAD;
	}
	if (split(r, line, len, r->ncols) < 0) {
		char tmp[sizeof r->err];

		memcpy(tmp, r->err, sizeof tmp);
		snprintf(r->err, sizeof r->err, "bad header: %.400s%s", tmp,
		    foreign ? " (not a record stream: run hark ingest first)" :
		    "");
		return REC_BAD;
	}
	for (i = 0; i < r->ncols; i++) {
		struct buf b = BUF_INIT;

		rec_unescape(&b, r->f[i].p, r->f[i].n);
		r->cols[i] = buf_detach(&b, NULL);
		if (!r->cols[i][0]) {
			set_err(r, "bad header: column %zu has no name", i + 1);
			return REC_BAD;
		}
		for (size_t j = 0; j < i; j++)
			if (strcmp(r->cols[i], r->cols[j]) == 0) {
				set_err(r, "bad header: column '%s' appears "
					   "twice", r->cols[i]);
				return REC_BAD;
			}
	}
	if ((r->flags & REC_NEED_ID) && rec_col(r, "id") < 0) {
		/* A TSV from elsewhere (a spreadsheet, a database) has a
		 * header too, but no id: ingest reads it (-f tsv). */
		set_err(r, "bad header: no 'id' column (not a record "
		    "stream: run hark ingest first%s)", foreign ? "" :
		    "; it reads TSV too");
		return REC_BAD;
	}
	k = rec_col(r, "id");
	r->keycol = k < 0 ? 0 : (size_t)k;
	r->srccol = rec_col(r, "source_line");
	r->keylen = strlen(r->cols[r->keycol]);
	return 0;
}

/*
 * Is this line a header met again?  GNU parallel's `--pipe --header 1`
 * gives every block the header, and `cat a.tsv b.tsv` repeats it, so a
 * header line inside the stream is expected.  A line counts as one when
 * its key field (the `id` column, or the first column of a count stream)
 * holds that column's own name; docs/record-format.md reserves such ids.
 */
static int
header_again(const struct rec_reader *r, const char *line, size_t len)
{
	const char *p = line, *end = line + len, *t;
	size_t i;

	if (len == r->hdr.len && memcmp(line, r->hdr.s, len) == 0)
		return 1;
	for (i = 0; i < r->keycol; i++) {
		p = memchr(p, '\t', (size_t)(end - p));
		if (p == NULL)
			return 0;
		p++;
	}
	t = memchr(p, '\t', (size_t)(end - p));
	if (t == NULL)
		t = end;
	return (size_t)(t - p) == r->keylen &&
	    memcmp(p, r->cols[r->keycol], r->keylen) == 0;
}

/* A header met again: skipped when it is the first header, trouble when it
 * differs (the columns below it would not be the ones named above). */
static int
header_line(struct rec_reader *r, const char *line, size_t len)
{
	if (len == r->hdr.len && memcmp(line, r->hdr.s, len) == 0)
		return 0;
	set_err(r, "a header line that differs from the header on line 1 "
		   "(streams with different columns joined together?)");
	return REC_FAIL;
}

/* Whether p[0..n) can be a line number: digits only, not too long. */
static int
line_number(const char *p, size_t n)
{
	size_t i;

	if (n == 0 || n > 19)
		return 0;
	for (i = 0; i < n; i++)
		if (p[i] < '0' || p[i] > '9')
			return 0;
	return 1;
}

/* Field k (from 0) of line[0..len), into *p, *n. */
static void
nth_field(const char *line, size_t len, size_t k, const char **p, size_t *n)
{
	const char *q = line, *end = line + len, *t;

	while (k-- > 0)
		q = (const char *)memchr(q, '\t', (size_t)(end - q)) + 1;
	t = memchr(q, '\t', (size_t)(end - q));
	*p = q;
	*n = (size_t)((t ? t : end) - q);
}

/*
 * A malformed record's source line, for its message.  With as many fields
 * as the header, the field in the `source_line` column's place.  With a
 * wrong number of fields (a raw TAB in a value, a field lost), the stray or
 * missing TAB lies before that place or after it: so the field counted
 * from the start and the field counted from the end are the candidates,
 * and the one that is a line number is named (none when both are, and
 * differ: then either could be a number of another column).
 */
static void
bad_source(struct rec_reader *r, const char *line, size_t len)
{
	const char *end = line + len, *t, *a = NULL, *b = NULL;
	size_t i, an = 0, bn = 0, nf, back;
	int aok, bok;

	if (r->srccol < 0)
		return;
	err_source(r->name, r->line, NULL, 0);
	for (i = 0, t = line; (t = memchr(t, '\t', (size_t)(end - t))); t++)
		i++;
	nf = i + 1;
	if (nf == r->ncols) {
		nth_field(line, len, (size_t)r->srccol, &a, &an);
		err_source(r->name, r->line, a, an);
		return;
	}
	if ((size_t)r->srccol < nf)
		nth_field(line, len, (size_t)r->srccol, &a, &an);
	back = r->ncols - (size_t)r->srccol; /* its place from the end */
	if (back <= nf)
		nth_field(line, len, nf - back, &b, &bn);
	aok = a && line_number(a, an);
	bok = b && line_number(b, bn);
	if (aok && bok && (an != bn || memcmp(a, b, an) != 0))
		return;
	if (aok)
		err_source(r->name, r->line, a, an);
	else if (bok)
		err_source(r->name, r->line, b, bn);
}

int
rec_open(struct rec_reader *r, char *const *paths, size_t n, int flags)
{
	memset(r, 0, sizeof *r);
	r->paths = paths;
	r->npaths = n;
	r->flags = flags;
	r->fd = -1;
	r->srccol = -1;
	r->name = "<stdin>";
	r->cap = flags & REC_SMALL_BUF ? RBUF_SMALL : RBUF_INIT;
	r->buf = xmalloc(r->cap);
	buf_init(&r->hdr);
	if (open_input(r) < 0)
		return REC_FAIL;
	return read_header(r, 1);
}

void
rec_open_or_exit(struct rec_reader *r, char *const *paths, size_t n,
		 int flags)
{
	int k = rec_open(r, paths, n, flags);

	if (k < 0) {
		rec_report(r);
		rec_close(r);
		exit(k == REC_FAIL ? HARK_ETROUBLE : HARK_EDATA);
	}
}

int
rec_read(struct rec_reader *r)
{
	char *line;
	size_t len;

again:
	for (;;) {
		int k = next_line(r, &line, &len);

		if (k < 0)
			return REC_FAIL;
		if (k > 0)
			break;
		/* End of this input: on to the next, if any. */
		close_input(r);
		if (r->ipath + 1 >= r->npaths)
			return REC_EOF;
		r->ipath++;
		if (open_input(r) < 0 || read_header(r, 0) < 0)
			return REC_FAIL;
	}
	r->line++;
	if (header_again(r, line, len)) {
		int k = header_line(r, line, len);

		if (k < 0)
			return k;
		r->nheaders++;
		goto again;
	}
	if (split(r, line, len, r->ncols) < 0) {
		r->nbad++;
		bad_source(r, line, len);
		return REC_BAD;
	}
	if (r->srccol >= 0)
		err_source(r->name, r->line, r->f[r->srccol].p,
		    r->f[r->srccol].n);
	r->nread++;
	return REC_OK;
}

int
rec_next(struct rec_reader *r, int *status)
{
	for (;;) {
		int k = rec_read(r);

		if (k == REC_OK)
			return 1;
		if (k == REC_EOF)
			return 0;
		rec_report(r);
		if (k == REC_FAIL) {
			*status = HARK_ETROUBLE;
			return 0;
		}
		if (*status < HARK_EDATA)
			*status = HARK_EDATA;
	}
}

void
rec_close(struct rec_reader *r)
{
	size_t i;

	/* The records rec_next() passed over, each named as it came (20 of
	 * a kind): how many in all, so that nothing is lost silently, even
	 * with -q (docs/record-format.md, "Quiet"). */
	if (r->nbad) {
		unsigned long long all = r->nread + r->nbad;

		err_msg("%s: %llu malformed record%s of %llu left out (the "
		    "reasons above)", r->npaths > 1 ? "the inputs" : r->name ?
		    r->name : "<stdin>", r->nbad, r->nbad == 1 ? "" : "s", all);
		r->nbad = 0;
	}
	close_input(r);
	if (r->cols)
		for (i = 0; i < r->ncols; i++)
			free(r->cols[i]);
	free(r->cols);
	free(r->f);
	free(r->buf);
	buf_free(&r->hdr);
	r->cols = NULL;
	r->f = NULL;
	r->buf = NULL;
}

void
rec_report(const struct rec_reader *r)
{
	err_at(r->name, r->line, "%s", r->err);
}

int
rec_col(const struct rec_reader *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->ncols; i++)
		if (strcmp(r->cols[i], name) == 0)
			return (int)i;
	return -1;
}

int
rec_need_col(const struct rec_reader *r, const char *name, const char *hint)
{
	int c = rec_col(r, name);

	if (c < 0)
		die_at(HARK_ETROUBLE, r->name, 1, "no column '%s'%s%s%s", name,
		    hint ? " (" : "", hint ? hint : "", hint ? ")" : "");
	return c;
}

struct str
rec_get(const struct rec_reader *r, size_t i, struct arena *a)
{
	const struct rec_field *f = &r->f[i];
	struct str v = { f->p, f->n };
	const char *s, *end = f->p + f->n;
	char *o;

	if (!r->has_bs || !memchr(f->p, '\\', f->n))
		return v;
	o = arena_alloc(a, f->n);
	v.p = o;
	for (s = f->p; s < end; s++) {
		if (*s != '\\') {
			*o++ = *s;
			continue;
		}
		s++;
		*o++ = *s == 't' ? '\t' : *s == 'n' ? '\n' : *s == 'r' ? '\r' : *s;
	}
	v.n = (size_t)(o - v.p);
	return v;
}

/* ---- writing ---- */

void
rec_writer_init(struct rec_writer *w, int fd)
{
	w->fd = fd;
	w->cap = WBUF_SIZE;
	w->buf = xmalloc(w->cap);
	w->len = 0;
	w->flushed = 0;
}

static int
write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t k = write(fd, p, n);

		if (k < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += k;
		n -= (size_t)k;
	}
	return 0;
}

static void
write_failed(void)
{
	if (errno == EPIPE)
		exit(HARK_ETROUBLE); /* reader went away: end quietly */
	die(HARK_ETROUBLE, "write error: %s", strerror(errno));
}

int
rec_flush(struct rec_writer *w)
{
	if (w->len && write_all(w->fd, w->buf, w->len) < 0)
		return -1;
	w->flushed += w->len;
	w->len = 0;
	return 0;
}

void
rec_put(struct rec_writer *w, const void *p, size_t n)
{
	if (n == 0)
		return;
	if (n > w->cap - w->len) {
		if (rec_flush(w) < 0)
			write_failed();
		if (n >= w->cap) {
			if (write_all(w->fd, p, n) < 0)
				write_failed();
			w->flushed += n;
			return;
		}
	}
	memcpy(w->buf + w->len, p, n);
	w->len += n;
}

void
rec_puts(struct rec_writer *w, const char *s)
{
	rec_put(w, s, strlen(s));
}

void
rec_putu(struct rec_writer *w, unsigned long long v)
{
	char tmp[BUF_DEC_MAX];

	rec_put(w, tmp, (size_t)(buf_put_dec(tmp, v) - tmp));
}

void
rec_putc(struct rec_writer *w, int c)
{
	if (w->len == w->cap && rec_flush(w) < 0)
		write_failed();
	w->buf[w->len++] = (char)c;
}

void
rec_put_esc(struct rec_writer *w, const char *p, size_t n)
{
	size_t i = 0, k;

	while ((k = scan_any4(p + i, n - i, '\\', '\t', '\n', '\r')) < n - i) {
		char pair[2] = { '\\', (char)special[(unsigned char)p[i + k]] };

		rec_put(w, p + i, k);
		rec_put(w, pair, 2);
		i += k + 1;
	}
	rec_put(w, p + i, n - i);
}

void
rec_writer_close(struct rec_writer *w)
{
	if (rec_flush(w) < 0)
		write_failed();
	if (w->fd > 2 && close(w->fd) < 0)
		die(HARK_ETROUBLE, "write error: %s", strerror(errno));
	free(w->buf);
	w->buf = NULL;
}

/* ---- output plans ---- */

/*
 * What each derived column is made from (docs/record-format.md, "Derived
 * columns").  A name ending in '*' stands for every column it begins.
 */
static const struct {
	const char *col, *from[5];
	const char *stage;         /* the stage that makes it */
} derived[] = {
	{ "tokens", { "text" }, "tokenise" },
	{ "spans", { "text" }, "tokenise" },
	{ "tokenised_with", { "text" }, "tokenise" },
	{ "stems", { "tokens", "text" }, "stem" },
	{ "tags", { "tokens", "spans", "stems", "text" }, "tag" },
	{ "tagged_with", { "tokens", "spans", "stems", "text" }, "tag" },
	{ "themes", { "tags" }, "theme" },
	{ "themes_negated", { "tags" }, "theme" },
	{ "themes_mixed", { "tags" }, "theme" },
	{ "wc", { "tokens", "text" }, "theme" },
	{ "pct_*", { "tags" }, "theme" },
};

static int
name_is(const char *pattern, const char *name)
{
	size_t n = strlen(pattern);

	if (n && pattern[n - 1] == '*')
		return strncmp(pattern, name, n - 1) == 0;
	return strcmp(pattern, name) == 0;
}

/* The columns col is made from directly (NULL-terminated), or NULL. */
const char *const *
rec_derived_from(const char *col)
{
	size_t i;

	for (i = 0; i < sizeof derived / sizeof derived[0]; i++)
		if (name_is(derived[i].col, col))
			return derived[i].from;
	return NULL;
}

const char *
rec_written_by(const char *col)
{
	size_t i;

	if (strcmp(col, "redactions") == 0 || strcmp(col, "redacted_with") == 0)
		return "redact";
	for (i = 0; i < sizeof derived / sizeof derived[0]; i++)
		if (name_is(derived[i].col, col))
			return derived[i].stage;
	return NULL;
}

void
rec_plan_init(struct rec_plan *pl, const struct rec_reader *r,
	      const char *const *owned, size_t nowned)
{
	size_t i, k, nout, ndrop = 0;
	int *src;
	char *drop = xcalloc(r->ncols + 1, 1);
	struct buf say = BUF_INIT;
	int more = 1;

	/* A column made, directly or not, from one this stage writes is
	 * stale unless the stage writes it too: drop it, and say so once. */
	while (more) {
		more = 0;
		for (i = 0; i < r->ncols; i++) {
			const char *const *from = rec_derived_from(r->cols[i]);
			int mine = 0;

			for (k = 0; k < nowned; k++)
				mine |= strcmp(owned[k], r->cols[i]) == 0;
			if (mine || drop[i] || from == NULL)
				continue;
			for (; *from && !drop[i]; from++) {
				int c = rec_col(r, *from);

				for (k = 0; k < nowned; k++)
					drop[i] |= strcmp(owned[k], *from) == 0;
				drop[i] |= c >= 0 && drop[c];
			}
			more |= drop[i];
		}
	}
	for (i = 0; i < r->ncols; i++)
		if (drop[i]) {
			buf_adds(&say, ndrop++ ? ", " : "");
			buf_adds(&say, r->cols[i]);
		}
	if (ndrop) {
		/* Plainly: what this stage writes, that the dropped columns
		 * were made from it, and which stages make them again. */
		const char *stage[sizeof derived / sizeof derived[0]];
		size_t ns = 0, d, j;

		buf_addf(&say, ": made with '%s', which this stage writes "
		    "anew, so out of date; run hark", owned[0]);
		for (d = 0; d < sizeof derived / sizeof derived[0]; d++) {
			for (i = 0; i < r->ncols; i++)
				if (drop[i] && name_is(derived[d].col,
				    r->cols[i]))
					break;
			if (i == r->ncols)
				continue;
			for (j = 0; j < ns; j++)
				if (strcmp(stage[j], derived[d].stage) == 0)
					break;
			if (j == ns)
				stage[ns++] = derived[d].stage;
		}
		for (j = 0; j < ns; j++)
			buf_addf(&say, "%s %s", j ? ", hark" : "", stage[j]);
		buf_adds(&say, " again after it");
		err_note("dropped stale column%s %s", ndrop == 1 ? "" : "s",
		    say.s);
	}
	buf_free(&say);
	nout = r->ncols - ndrop;

	pl->nowned = nowned;
	pl->slot = xcalloc(nowned ? nowned : 1, sizeof *pl->slot);
	pl->in = xcalloc(nowned ? nowned : 1, sizeof *pl->in);
	pl->ndropped = ndrop;
	/* Output positions of the input columns kept. */
	{
		int *pos = xcalloc(r->ncols + 1, sizeof *pos), o = 0;

		for (i = 0; i < r->ncols; i++)
			pos[i] = drop[i] ? -1 : o++;
		for (k = 0; k < nowned; k++) {
			pl->in[k] = rec_col(r, owned[k]);
			if (pl->in[k] < 0)
				pl->slot[k] = (int)nout++;
			else
				pl->slot[k] = pos[pl->in[k]];
		}
		pl->nout = nout;
		pl->names = xcalloc(nout ? nout : 1, sizeof *pl->names);
		src = xcalloc(nout ? nout : 1, sizeof *src);
		for (i = 0; i < r->ncols; i++)
			if (pos[i] >= 0) {
				pl->names[pos[i]] = r->cols[i];
				src[pos[i]] = (int)i;
			}
		free(pos);
	}
	free(drop);
	for (k = 0; k < nowned; k++) {
		pl->names[pl->slot[k]] = owned[k];
		src[pl->slot[k]] = -1 - (int)k;
	}
	/* Coalesce neighbouring input columns into runs copied at once. */
	pl->runs = xcalloc(nout, sizeof *pl->runs);
	pl->nruns = 0;
	for (i = 0; i < nout; i++) {
		struct rec_run *last = pl->nruns ? &pl->runs[pl->nruns - 1] : NULL;

		if (src[i] < 0) {
			pl->runs[pl->nruns].a = -1;
			pl->runs[pl->nruns++].b = -1 - src[i];
		} else if (last && last->a >= 0 && last->b == src[i]) {
			last->b++;
		} else {
			pl->runs[pl->nruns].a = src[i];
			pl->runs[pl->nruns++].b = src[i] + 1;
		}
	}
	free(src);
}

void
rec_plan_free(struct rec_plan *pl)
{
	free(pl->slot);
	free(pl->in);
	free(pl->names);
	free(pl->runs);
	memset(pl, 0, sizeof *pl);
}

/*
 * Is this a GNU parallel job after the first under -k (--keep-order),
 * whose output parallel prints right after the earlier jobs'?  Then its
 * header would be a repeat in the middle of the stream, and leaving it out
 * makes `parallel -k --pipe --header 1 hark STAGE` print the serial bytes.
 * Parallel says which job this is in PARALLEL_SEQ and buffers a job's
 * output in a file it has already unlinked; -k is read from its command
 * line.  A stage inside a job's pipeline writes to a pipe, and a job that
 * writes to a file of its own (`> part.{#}`) writes to a linked file: both
 * keep their header.  Anything unsure keeps the header too (readers skip a
 * repeated one, docs/record-format.md).
 */
static int
parallel_later_job(int fd)
{
	const char *seq = getenv("PARALLEL_SEQ"), *pid = getenv("PARALLEL_PID");
	char path[64], args[8192];
	struct stat st;
	ssize_t n;
	size_t i;
	int cfd;

	if (!seq || !pid || !*seq || strcmp(seq, "1") == 0 ||
	    strspn(pid, "0123456789") != strlen(pid) || strlen(pid) > 20)
		return 0;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_nlink != 0)
		return 0;
	snprintf(path, sizeof path, "/proc/%s/cmdline", pid);
	if ((cfd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return 0;
	n = read(cfd, args, sizeof args - 1);
	close(cfd);
	if (n <= 0)
		return 0;
	args[n] = '\0';
	for (i = 0; i < (size_t)n; i += strlen(args + i) + 1)
		if (strcmp(args + i, "-k") == 0 ||
		    strcmp(args + i, "--keep-order") == 0)
			return 1;
	return 0;
}

void
rec_write_header(struct rec_writer *w, const struct rec_plan *pl)
{
	size_t i;

	if (parallel_later_job(w->fd))
		return;
	for (i = 0; i < pl->nout; i++) {
		if (i)
			rec_putc(w, '\t');
		rec_put_esc(w, pl->names[i], strlen(pl->names[i]));
	}
	rec_putc(w, '\n');
}

static void
write_plan(struct rec_writer *w, const struct rec_reader *r,
	   const struct rec_plan *pl, const struct str *vals, int escape)
{
	size_t i;

	for (i = 0; i < pl->nruns; i++) {
		const struct rec_run *run = &pl->runs[i];

		if (i)
			rec_putc(w, '\t');
		if (run->a < 0) {
			const struct str *v = &vals[run->b];

			if (escape)
				rec_put_esc(w, v->p, v->n);
			else
				rec_put(w, v->p, v->n);
		} else {
			const struct rec_field *f = &r->f[run->a];
			const struct rec_field *l = &r->f[run->b - 1];

			rec_put(w, f->p, (size_t)(l->p + l->n - f->p));
		}
	}
	rec_putc(w, '\n');
}

void
rec_write(struct rec_writer *w, const struct rec_reader *r,
	  const struct rec_plan *pl, const struct str *vals)
{
	write_plan(w, r, pl, vals, 1);
}

void
rec_write_raw(struct rec_writer *w, const struct rec_reader *r,
	      const struct rec_plan *pl, const struct str *vals)
{
	write_plan(w, r, pl, vals, 0);
}
