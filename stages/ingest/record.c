/*
 * record.c - hark-ingest's records: each source record is checked (field
 * count, UTF-8, NUL, id present and unique) and written to the stream, or
 * rejected with its line and reason (to stderr, or the --rejects file with
 * the record's bytes), so that records in = out + rejected.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "hash.h"
#include "heap.h"
#include "spill.h"
#include "ingest.h"
#include "utf8.h"
#include "banned.h"

static struct rec_writer rejw;
static int rejects_open;
static int hinted;
unsigned long long n_bad_utf8; /* records rejected for invalid UTF-8 */
unsigned long long n_empty;    /* records written with no text */

/* ---- ids seen: 64-bit fingerprints in an open-addressing set ----
 * 8 bytes an id at most 75% full, beside each id's place (32 bytes) and
 * text (up to 80 bytes) for the message of a duplicate found late.  When
 * the set would outgrow the budget (HARK_MEMORY, 16 MiB), its entries go
 * to a temporary file as a run sorted by fingerprint and the set starts
 * again empty; at the end the runs are merged, and an id in two runs is
 * reported then, with both places (docs/decisions.md, "Ingest: duplicate
 * ids").  A duplicate within a run is rejected as it comes, as ever.
 * --no-id-check turns the check (and its memory) off. */

struct seen_ent {
	uint64_t fp, line;
	uint32_t file, idlen;
	uint64_t idoff;          /* in seen_ids */
};

enum { SEEN_IDMAX = 80 };        /* as much of an id as a message shows */

static uint64_t *seen;
static size_t seen_cap, seen_n;
static struct seen_ent *seen_ents; /* seen_cap * 3 / 4 of them */
static struct buf seen_ids;
static size_t seen_budget;
static struct spill seen_spill = { .fd = -1 };
static uint64_t *run_off;        /* run i: [run_off[i], run_off[i + 1]) */
static size_t nruns;
static char **seen_files;        /* the inputs' names, for messages */
static size_t seen_nfiles;
unsigned long long n_late;       /* duplicates found when the runs merge */

static uint32_t
file_num(const char *name)
{
	if (seen_nfiles && strcmp(seen_files[seen_nfiles - 1], name) == 0)
		return (uint32_t)(seen_nfiles - 1);
	seen_files = xrealloc(seen_files, xmul(seen_nfiles + 1,
	    sizeof *seen_files));
	seen_files[seen_nfiles] = xstrdup(name);
	return (uint32_t)seen_nfiles++;
}

/* The set's entries sorted by fingerprint, in a new array: a counting
 * sort by the top bits (about as many buckets as entries: fingerprints
 * are uniform), then an insertion sort, which moves each entry only
 * within its bucket of a few. */
static struct seen_ent *
sorted_ents(void)
{
	size_t n = seen_n, i, j, nb;
	unsigned b = 1, shift;
	struct seen_ent *o = xmalloc(xmul(n + 1, sizeof *o)), x;
	uint32_t *cnt;

	while (b < 16 && ((size_t)1 << b) < n)
		b++;
	shift = 64 - b;
	nb = (size_t)1 << b;
	cnt = xcalloc(nb + 1, sizeof *cnt);
	for (i = 0; i < n; i++)
		cnt[(seen_ents[i].fp >> shift) + 1]++;
	for (i = 0; i < nb; i++)
		cnt[i + 1] += cnt[i];
	for (i = 0; i < n; i++)
		o[cnt[seen_ents[i].fp >> shift]++] = seen_ents[i];
	free(cnt);
	for (i = 1; i < n; i++) {
		x = o[i];
		for (j = i; j > 0 && o[j - 1].fp > x.fp; j--)
			o[j] = o[j - 1];
		o[j] = x;
	}
	return o;
}

/* Write the set's entries as a run sorted by fingerprint; empty the set. */
static void
spill_run(void)
{
	struct seen_ent *o;
	size_t i;

	if (seen_spill.fd < 0) {
		spill_open(&seen_spill);
		run_off = xmalloc(sizeof *run_off);
		run_off[0] = 0;
	}
	o = sorted_ents();
	for (i = 0; i < seen_n; i++) {
		const struct seen_ent *e = &o[i];

		spill_write(&seen_spill, &e->fp, 8);
		spill_write(&seen_spill, &e->line, 8);
		spill_write(&seen_spill, &e->file, 4);
		spill_write(&seen_spill, &e->idlen, 4);
		spill_write(&seen_spill, seen_ids.s + e->idoff, e->idlen);
	}
	free(o);
	run_off = xrealloc(run_off, xmul(nruns + 2, sizeof *run_off));
	run_off[++nruns] = seen_spill.len;
	memset(seen, 0, seen_cap * sizeof *seen);
	seen_n = 0;
	buf_reset(&seen_ids);
}

/* Returns 1 when the id was seen before, else records it and returns 0. */
static int
seen_add(const char *p, size_t n, const char *file, unsigned long long line)
{
	uint64_t fp = hash_bytes(p, n) | 1; /* 0 marks an empty slot */
	size_t i, mask, idn = n > SEEN_IDMAX ? SEEN_IDMAX : n;
	struct seen_ent *e;
	int grow;

	if (!seen_budget)
		seen_budget = spill_budget(SPILL_BUDGET);
	/* 32 bytes a slot: 8 in the set, 24 of an entry (the set is at most
	 * 3/4 full), and the ids' text. */
	grow = (seen_n + 1) * 4 >= seen_cap * 3;
	if (seen_n && (grow ? seen_cap * 2 : seen_cap) * 32 + seen_ids.len +
	    idn > seen_budget) {
		/* Look in the set before it goes to the file. */
		mask = seen_cap - 1;
		for (i = fp & mask; seen[i]; i = (i + 1) & mask)
			if (seen[i] == fp)
				return 1;
		spill_run();
		grow = 0;
	}
	if (grow) {
		size_t ncap = seen_cap ? xmul(seen_cap, 2) : 4096, j;

		/* A small budget: a set of half of it, the rest for ids. */
		while (!seen_cap && ncap > 16 && ncap * 64 > seen_budget)
			ncap /= 2;
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
		seen_ents = xrealloc(seen_ents, xmul(ncap / 4 * 3,
		    sizeof *seen_ents));
	}
	mask = seen_cap - 1;
	for (i = fp & mask; seen[i]; i = (i + 1) & mask)
		if (seen[i] == fp)
			return 1;
	seen[i] = fp;
	e = &seen_ents[seen_n++];
	e->fp = fp;
	e->line = line;
	e->file = file_num(file);
	e->idlen = (uint32_t)idn;
	e->idoff = seen_ids.len;
	buf_add(&seen_ids, p, idn);
	return 0;
}

/* One run's reader in the merge, with its current entry. */
struct run_rd {
	struct spill_reader r;
	uint64_t fp, line;
	uint32_t file, idlen;
	char id[SEEN_IDMAX];
	size_t run;
};

static int
run_next(struct run_rd *d)
{
	if (!spill_read(&d->r, &d->fp, 8))
		return 0;
	spill_read(&d->r, &d->line, 8);
	spill_read(&d->r, &d->file, 4);
	spill_read(&d->r, &d->idlen, 4);
	if (d->idlen > SEEN_IDMAX || d->file >= seen_nfiles)
		die(HARK_ETROUBLE, "a temporary file in %s holds a bad entry",
		    seen_spill.dir);
	spill_read(&d->r, d->id, d->idlen);
	return 1;
}

/* By fingerprint, then by run (the input's order); x and y point to heap
 * elements (struct run_rd *). */
static int
rd_cmp(const void *x, const void *y)
{
	const struct run_rd *a = *(struct run_rd *const *)x;
	const struct run_rd *b = *(struct run_rd *const *)y;

	if (a->fp != b->fp)
		return a->fp < b->fp ? -1 : 1;
	return a->run < b->run ? -1 : a->run > b->run;
}

static void
sift(struct run_rd **h, size_t n, size_t i)
{
	heap_sift(h, n, i, sizeof *h, rd_cmp);
}

void
ids_finish(void)
{
	struct run_rd *rd, **h, first[8];
	size_t i, nh = 0, nfirst = 0, bufsize;
	uint64_t cur = 0;

	if (nruns) {
		spill_run();
		spill_flush(&seen_spill);
	}
	free(seen);
	free(seen_ents);
	buf_free(&seen_ids);
	seen = NULL;
	seen_ents = NULL;
	seen_cap = seen_n = 0;
	if (!nruns)
		goto out;
	bufsize = seen_budget / 2 / nruns;
	if (bufsize < 4096)
		bufsize = 4096;
	if (bufsize > 1 << 16)
		bufsize = 1 << 16;
	rd = xcalloc(nruns, sizeof *rd);
	h = xmalloc(xmul(nruns, sizeof *h));
	for (i = 0; i < nruns; i++) {
		spill_reader_init(&rd[i].r, &seen_spill, run_off[i],
		    run_off[i + 1], bufsize);
		rd[i].run = i;
		if (run_next(&rd[i]))
			h[nh++] = &rd[i];
	}
	for (i = nh; i-- > 0;)
		sift(h, nh, i);
	/* Entries of one fingerprint come out in the input's order; within
	 * a run there are none twice.  An entry whose id is that of an
	 * earlier one of its fingerprint is a duplicate (different ids with
	 * one fingerprint are not). */
	while (nh) {
		struct run_rd *d = h[0];
		size_t k;

		if (nfirst == 0 || d->fp != cur) {
			cur = d->fp;
			nfirst = 0;
		}
		for (k = 0; k < nfirst; k++)
			if (first[k].idlen == d->idlen &&
			    memcmp(first[k].id, d->id, d->idlen) == 0)
				break;
		if (k < nfirst) {
			n_late++;
			err_at(seen_files[d->file], d->line, "duplicate id "
			    "'%.*s' (first at %s:%llu), found after both "
			    "records were written: both are in the stream",
			    (int)d->idlen, d->id, seen_files[first[k].file],
			    (unsigned long long)first[k].line);
		} else if (nfirst < sizeof first / sizeof *first) {
			first[nfirst++] = *d;
		}
		if (!run_next(d))
			h[0] = h[--nh];
		sift(h, nh, 0);
	}
	for (i = 0; i < nruns; i++)
		spill_reader_free(&rd[i].r);
	free(rd);
	free(h);
out:
	spill_close(&seen_spill);
	free(run_off);
	run_off = NULL;
	nruns = 0;
	for (i = 0; i < seen_nfiles; i++)
		free(seen_files[i]);
	free(seen_files);
	seen_files = NULL;
	seen_nfiles = 0;
}

/* ---- rejecting ---- */

void
open_rejects(void)
{
	/* The rejected records as they were: unredacted, often with the
	 * very details redaction is for.  Readable by their owner only (a
	 * file there before keeps no wider mode). */
	int fd = open(opt.rejects, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	struct stat st;

	if (fd < 0)
		die(HARK_ETROUBLE, "%s: cannot write: %m", opt.rejects);
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
		(void)fchmod(fd, 0600);
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
		if (!opt.noidcheck && seen_add(id->p, id->n, in->name,
		    row->line)) {
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
	if (cols.has_text && text.len == strspn(text.s ? text.s : "",
	    " \t\r\n"))
		n_empty++;
	block_ready();
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
	block_check();
}

void
close_rejects(void)
{
	if (rejects_open)
		rec_writer_close(&rejw);
}
