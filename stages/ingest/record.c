/*
 * record.c - hark-ingest's records: each source record is checked (field
 * count, UTF-8, NUL, id present and unique) and written to the stream, or
 * rejected with its line and reason (to stderr, or the --rejects file with
 * the record's bytes), so that records in = out + rejected.
 */
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "hash.h"
#include "ingest.h"
#include "utf8.h"
#include "banned.h"

static struct rec_writer rejw;
static int rejects_open;
static int hinted;
unsigned long long n_bad_utf8; /* records rejected for invalid UTF-8 */

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

/* ---- rejecting ---- */

void
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
reject(const struct input *in, const struct csv_row *row, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void
reject(const struct input *in, const struct csv_row *row, const char *fmt, ...)
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

void
record(const struct input *in, struct csv_row *row)
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
		csv_row_pad(row, cols.ncols); /* --repair: empty fields */
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
				n_bad_utf8++;
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
	if (opt.srcline) {
		rec_putc(&out, '\t');
		rec_putu(&out, row->line);
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

void
close_rejects(void)
{
	if (rejects_open)
		rec_writer_close(&rejw);
}
