/*
 * table.c - hark-join's outcome table (table.h): read whole into memory,
 * as delimited text through hark ingest's reader (lib/input.c, lib/csv.c:
 * any encoding, BOM, UTF-16, Excel's quoting, multi-line fields) or as a
 * stream; each row's key (pseudonymised with --pseudonymise-key) is
 * interned, and a key twice is an error, never a fan-out.
 *
 * A table over the memory budget (HARK_MEMORY, 16 MiB) moves to
 * temporary files as it is read: its rows one after another, then an
 * open-addressing index of their keys (in memory when the index alone
 * fits the budget), read by offset (pread, not mmap, so the pages are the
 * kernel's cache, not the program's memory); rows asked for in the
 * file's order come through a window read once.
 * The messages are the same; only a duplicate key is found after the
 * whole table has been read, when the index is built.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "csv.h"
#include "err.h"
#include "input.h"
#include "pseudo.h"
#include "rec.h"
#include "spill.h"
#include "table.h"
#include "utf8.h"
#include "banned.h"

static int
has_suffix(const char *s, const char *suf)
{
	size_t n = strlen(s), m = strlen(suf);

	return n >= m && strcasecmp(s + n - m, suf) == 0;
}

static void build_index(struct table *t);

/* Bytes the in-memory table holds (near enough). */
static size_t
table_mem(const struct table *t)
{
	return t->keys.keys.cap + t->keys.cap * sizeof(struct hash_ent) +
	    t->keys.nslot * sizeof(uint64_t) + t->vals.cap +
	    t->cap * ((t->nval + 1) * 2 * sizeof(size_t) + sizeof *t->line);
}

static void
put_row(struct table *t, const char *key, size_t kn, uint64_t line,
	const char *val, size_t vn)
{
	uint32_t k = (uint32_t)kn, v = (uint32_t)vn;

	if (kn > UINT32_MAX || vn > UINT32_MAX)
		die_at(HARK_EDATA, t->path, line, "a row of over 4 GiB");
	spill_write(&t->rows, &line, 8);
	spill_write(&t->rows, &k, 4);
	spill_write(&t->rows, &v, 4);
	spill_write(&t->rows, key, kn);
	spill_write(&t->rows, val, vn);
}

/* Move the rows held so far to a temporary file; rows to come go there
 * too. */
static void
to_disk(struct table *t)
{
	size_t row, i, n;
	struct buf vb = BUF_INIT;

	spill_open(&t->rows);
	for (row = 0; row < t->keys.count; row++) {
		const char *k = hash_key(&t->keys, row, &n);

		buf_reset(&vb);
		for (i = 0; i < t->nval; i++) {
			if (i)
				buf_addc(&vb, '\t');
			buf_add(&vb, t->vals.s + t->voff[row * t->nval + i],
			    t->vlen[row * t->nval + i]);
		}
		put_row(t, k, n, t->line[row], vb.s, vb.len);
	}
	buf_free(&vb);
	t->nrows = t->keys.count;
	hash_free(&t->keys);
	hash_init(&t->keys);
	buf_free(&t->vals);
	buf_init(&t->vals);
	free(t->line);
	free(t->voff);
	free(t->vlen);
	t->line = NULL;
	t->voff = t->vlen = NULL;
	t->cap = 0;
	t->disk = 1;
}

/* Add one table row: values[i] unescaped, line where it starts. */
static void
add_row(struct table *t, struct str *v, unsigned long long line,
	struct buf *key, size_t non)
{
	size_t i, k, row;
	int added, empty = 0;
	char pseud[PSEUDO_DIGITS + 1];

	buf_reset(key);
	for (k = 0; k < non; k++) {
		struct str f = v[t->keyat[k]];

		if (k)
			buf_addc(key, '\t');
		empty |= f.n == 0;
		if (t->pkey && f.n) {
			pseudo_hex(t->pkey, t->pkeylen, "ID", f.p, f.n, pseud,
			    PSEUDO_DIGITS);
			buf_add(key, pseud, PSEUDO_DIGITS);
		} else {
			rec_escape(key, f.p, f.n);
		}
	}
	if (empty) {
		t->empty++;
		return;
	}
	if (t->disk) {
		buf_reset(&t->rowbuf);
		for (i = 0, k = 0; i < t->ncols; i++) {
			if (!t->isval[i])
				continue;
			if (k++)
				buf_addc(&t->rowbuf, '\t');
			rec_escape(&t->rowbuf, v[i].p, v[i].n);
		}
		put_row(t, key->s, key->len, line, t->rowbuf.s,
		    t->rowbuf.len);
		t->nrows++;
		return;
	}
	row = hash_intern(&t->keys, key->s, key->len, &added);
	if (!added) {
		/* Show the key as the stream would hold it. */
		for (i = 0; i < key->len; i++)
			if (key->s[i] == '\t')
				key->s[i] = ',';
		die_at(HARK_EDATA, t->path, line, "duplicate key '%.*s' (first "
		    "at line %llu)", (int)(key->len > 200 ? 200 : key->len),
		    key->s, t->line[row]);
	}
	if (row >= t->cap) {
		t->cap = t->cap ? xmul(t->cap, 2) : 256;
		t->line = xrealloc(t->line, xmul(t->cap, sizeof *t->line));
		t->voff = xrealloc(t->voff, xmul(xmul(t->cap, t->nval + 1),
		    sizeof *t->voff));
		t->vlen = xrealloc(t->vlen, xmul(xmul(t->cap, t->nval + 1),
		    sizeof *t->vlen));
	}
	t->line[row] = line;
	for (i = 0, k = 0; i < t->ncols; i++) {
		size_t at = t->vals.len;

		if (!t->isval[i])
			continue;
		rec_escape(&t->vals, v[i].p, v[i].n);
		t->voff[row * t->nval + k] = at;
		t->vlen[row * t->nval + k++] = t->vals.len - at;
	}
	if (table_mem(t) > t->budget)
		to_disk(t);
}

static void
set_columns(struct table *t, const char *const *on, size_t non)
{
	size_t i, j, k = 0;

	for (i = 0; i < t->ncols; i++)
		if (t->cols[i][0] == '\0')
			die_at(HARK_EDATA, t->path, t->hline,
			    "column %zu has no name", i + 1);
		else
			for (j = 0; j < i; j++)
				if (strcmp(t->cols[i], t->cols[j]) == 0)
					die_at(HARK_EDATA, t->path, t->hline,
					    "column '%s' twice", t->cols[i]);
	t->keyat = xmalloc(xmul(non, sizeof *t->keyat));
	t->isval = xmalloc(xmul(t->ncols, sizeof *t->isval));
	for (i = 0; i < t->ncols; i++)
		t->isval[i] = 1;
	for (k = 0; k < non; k++) {
		for (i = 0; i < t->ncols && strcmp(t->cols[i], on[k]); i++)
			;
		if (i == t->ncols)
			die_at(HARK_EDATA, t->path, t->hline, "no column '%s'",
			    on[k]);
		t->keyat[k] = (int)i;
		t->isval[i] = 0;
	}
	t->valname = xmalloc(xmul(t->ncols, sizeof *t->valname));
	for (i = 0, t->nval = 0; i < t->ncols; i++)
		if (t->isval[i])
			t->valname[t->nval++] = t->cols[i];
}

static void
load_stream(struct table *t, const char *const *on, size_t non)
{
	static struct rec_reader r;
	static struct arena a;
	static struct buf key;
	static struct str *v;
	char *paths[1];
	size_t i;
	int k;

	paths[0] = (char *)t->path;
	if ((k = rec_open(&r, paths, 1, 0)) < 0) {
		rec_report(&r);
		exit(k == REC_FAIL ? HARK_ETROUBLE : HARK_EDATA);
	}
	t->hline = 1;
	t->ncols = r.ncols;
	t->cols = xmalloc(xmul(r.ncols, sizeof *t->cols));
	for (i = 0; i < r.ncols; i++)
		t->cols[i] = xstrdup(r.cols[i]);
	set_columns(t, on, non);
	v = xmalloc(xmul(t->ncols, sizeof *v));
	arena_init(&a, 0);
	buf_init(&key);
	while ((k = rec_read(&r)) != REC_EOF) {
		if (k < 0) {
			rec_report(&r);
			exit(k == REC_FAIL ? HARK_ETROUBLE : HARK_EDATA);
		}
		for (i = 0; i < r.ncols; i++)
			v[i] = rec_get(&r, i, &a);
		add_row(t, v, r.line, &key, non);
		arena_reset(&a);
	}
	rec_close(&r);
	arena_free(&a);
	buf_free(&key);
	free(v);
}

/* Is every field of row valid UTF-8 without NUL?  Else end the program
 * naming the first column that is not (by number in the header). */
static void
check_text(const struct table *t, const struct input *in,
	   const struct csv_row *row)
{
	char col[128];
	size_t i;

	for (i = 0; i < row->nf; i++) {
		const char *p = row->vals.s + row->off[i];
		size_t n = row->len[i], bad = utf8_check(p, n);

		if (bad == n && !memchr(p, '\0', n))
			continue;
		if (i < t->ncols)
			snprintf(col, sizeof col, "column '%.100s'", t->cols[i]);
		else
			snprintf(col, sizeof col, "the name of column %zu",
			    i + 1);
		if (memchr(p, '\0', bad))
			die_at(HARK_EDATA, t->path, row->line, "NUL byte in %s",
			    col);
		if (!in->utf8)
			die_at(HARK_EDATA, t->path, row->line, "bytes that are "
			    "not valid %s in %s", in->encoding, col);
		die_at(HARK_EDATA, t->path, row->line, "invalid UTF-8 in %s: "
		    "%s (is the table in another encoding? try --encoding "
		    "auto or --encoding windows-1252)", col,
		    utf8_why(p + bad, n - bad));
	}
}

/* A delimited table (CSV, or TSV with --delimiter), already open. */
static void
load_delimited(struct table *t, struct input *in, int delim,
	       const char *const *on, size_t non)
{
	/* Static: reachable when a message ends the program. */
	static struct csv_row row;
	static struct buf key;
	static struct str *v;
	struct csv c = { 0 };
	char err[512];
	size_t i;
	int k;

	c.delim = delim;
	c.quote = '"';
	c.maxrec = (size_t)256 << 20;
	csv_reset(&c);
	csv_row_init(&row);
	if ((k = csv_next(&c, in, &row, err, sizeof err)) < 0)
		die(HARK_ETROUBLE, "%s", err);
	if (k == 0)
		die_at(HARK_EDATA, t->path, 1, "empty table: no header line");
	if (row.err[0])
		die_at(HARK_EDATA, t->path, row.line, "bad header line: %s",
		    row.err);
	check_text(t, in, &row);
	t->hline = row.line;
	t->ncols = row.nf;
	t->cols = xmalloc(xmul(row.nf, sizeof *t->cols));
	for (i = 0; i < row.nf; i++)
		t->cols[i] = xmemdup(row.vals.s + row.off[i], row.len[i]);
	set_columns(t, on, non);
	v = xmalloc(xmul(t->ncols, sizeof *v));
	buf_init(&key);
	while ((k = csv_next(&c, in, &row, err, sizeof err)) != 0) {
		if (k < 0)
			die(HARK_ETROUBLE, "%s", err);
		if (row.err[0])
			die_at(HARK_EDATA, t->path, row.line, "%s", row.err);
		if (row.nf != t->ncols)
			die_at(HARK_EDATA, t->path, row.line, "expected %zu "
			    "fields, found %zu", t->ncols, row.nf);
		check_text(t, in, &row);
		for (i = 0; i < row.nf; i++) {
			v[i].p = row.vals.s + row.off[i];
			v[i].n = row.len[i];
		}
		add_row(t, v, row.line, &key, non);
	}
	csv_row_free(&row);
	buf_free(&key);
	free(v);
}

/*
 * Read the table the way its name and first line say: a name
 * ending in .tsv, or else a first line holding a TAB, makes a UTF-8 table
 * without --delimiter a stream; anything else is delimited text (a TAB
 * the delimiter when the stream rule chose it, a comma otherwise).
 */
void
table_load(struct table *t, const char *const *on, size_t non)
{
	static struct input in;
	char err[512];
	const char *p, *nl;
	int tsv = has_suffix(t->path, ".tsv"), tab;

	t->budget = spill_budget(SPILL_BUDGET);
	t->rows.fd = t->slots.fd = -1;
	buf_init(&t->rowbuf);
	if (input_open(&in, t->path, t->encoding, err, sizeof err) < 0)
		die(HARK_ETROUBLE, "%s", err);
	if (in.note[0])
		err_msg("%s", in.note);
	if (input_fill(&in, err, sizeof err) < 0)
		die(HARK_ETROUBLE, "%s", err);
	p = in.buf + in.beg;
	nl = memchr(p, '\n', in.end - in.beg);
	tab = memchr(p, '\t', nl ? (size_t)(nl - p) : in.end - in.beg) != NULL;
	if (!has_suffix(t->path, ".csv") && (tsv || tab) && !t->delim &&
	    in.utf8) {
		input_close(&in);
		load_stream(t, on, non);
	} else {
		load_delimited(t, &in, t->delim ? t->delim :
		    !has_suffix(t->path, ".csv") && (tsv || tab) ? '\t' : ',',
		    on, non);
		input_close(&in);
	}
	if (t->disk)
		build_index(t);
	else
		t->nrows = t->keys.count;
}



struct slot {
	uint64_t fp, off1, row; /* off1: the row's offset + 1; 0: empty */
};

/* Fetch n bytes of the rows file at off into p.  Rows asked for in the
 * file's order (a table and a stream sorted alike: merge's output beside
 * an export sorted by id) come from a window of 64 KiB read once; others
 * are read alone, as few bytes as asked. */
static void
rows_fetch(struct table *t, uint64_t off, void *p, size_t n)
{
	if (off >= t->winoff && off + n <= t->winoff + t->winlen) {
		memcpy(p, t->win + (off - t->winoff), n);
		return;
	}
	if (off >= t->lastoff && off - t->lastoff <= 4096 &&
	    n <= sizeof t->win) {
		size_t w = t->rows.len - off < sizeof t->win ?
		    (size_t)(t->rows.len - off) : sizeof t->win;

		if (w >= n) {
			spill_pread(&t->rows, off, t->win, w);
			t->winoff = off;
			t->winlen = w;
			memcpy(p, t->win, n);
			t->lastoff = off;
			return;
		}
	}
	spill_pread(&t->rows, off, p, n);
	t->lastoff = off;
}

/* Read the row at off into t->rowbuf: key, then values; *kn, *line.  One
 * fetch of up to 256 bytes holds most rows whole. */
static void
read_row(struct table *t, uint64_t off, size_t *kn, uint64_t *line)
{
	unsigned char h[256];
	uint32_t k, v;
	size_t got = t->rows.len - off < sizeof h ? (size_t)(t->rows.len - off) :
	    sizeof h, n;

	if (got < 16)
		got = 16; /* a short file: spill_pread() says so */
	rows_fetch(t, off, h, got);
	memcpy(line, h, 8);
	memcpy(&k, h + 8, 4);
	memcpy(&v, h + 12, 4);
	n = (size_t)k + v;
	buf_reset(&t->rowbuf);
	buf_grow(&t->rowbuf, n);
	if (16 + n <= got)
		memcpy(t->rowbuf.s, h + 16, n);
	else
		rows_fetch(t, off + 16, t->rowbuf.s, n);
	t->rowbuf.len = n;
	*kn = k;
}

static uint64_t
slot_of(const struct table *t, uint64_t fp)
{
	return fp & (t->nslots - 1);
}

/* Slot i of the index: in memory when the index fits the budget, else
 * in its temporary file. */
static void
slot_get(const struct table *t, uint64_t i, struct slot *sl)
{
	if (t->mslots)
		*sl = t->mslots[i];
	else
		spill_pread(&t->slots, i * sizeof *sl, sl, sizeof *sl);
}

static void
slot_put(struct table *t, uint64_t i, const struct slot *sl)
{
	if (t->mslots)
		t->mslots[i] = *sl;
	else
		spill_pwrite(&t->slots, i * sizeof *sl, sl, sizeof *sl);
}

static void
build_index(struct table *t)
{
	struct spill_reader rd;
	struct buf kb = BUF_INIT;
	uint64_t off = 0, row = 0;
	unsigned char h[16];

	spill_flush(&t->rows);
	t->nslots = 16;
	while (t->nslots < 2 * (uint64_t)t->nrows)
		t->nslots *= 2;
	if (t->nslots <= t->budget / sizeof(struct slot))
		t->mslots = xcalloc(t->nslots, sizeof(struct slot));
	else {
		spill_open(&t->slots);
		spill_zeros(&t->slots, t->nslots * sizeof(struct slot));
	}
	spill_reader_init(&rd, &t->rows, 0, t->rows.len, 1 << 16);
	while (spill_read(&rd, h, 16)) {
		uint64_t line, fp, i;
		uint32_t k, v;
		struct slot sl;

		memcpy(&line, h, 8);
		memcpy(&k, h + 8, 4);
		memcpy(&v, h + 12, 4);
		buf_reset(&kb);
		buf_grow(&kb, (size_t)k + v);
		spill_read(&rd, kb.s, (size_t)k + v);
		kb.len = k;
		fp = hash_bytes(kb.s, k) | 1;
		for (i = slot_of(t, fp);; i = (i + 1) & (t->nslots - 1)) {
			slot_get(t, i, &sl);
			if (sl.off1 == 0)
				break;
			if (sl.fp == fp) {
				size_t on;
				uint64_t first;

				read_row(t, sl.off1 - 1, &on, &first);
				if (on == k && memcmp(t->rowbuf.s, kb.s, k) == 0) {
					size_t j;

					for (j = 0; j < k; j++)
						if (kb.s[j] == '\t')
							kb.s[j] = ',';
					die_at(HARK_EDATA, t->path, line,
					    "duplicate key '%.*s' (first at "
					    "line %llu)", (int)(k > 200 ? 200 :
					    k), kb.s, (unsigned long long)first);
				}
			}
		}
		sl.fp = fp;
		sl.off1 = off + 1;
		sl.row = row++;
		slot_put(t, i, &sl);
		off += 16 + (uint64_t)k + v;
	}
	spill_reader_free(&rd);
	buf_free(&kb);
	t->seqrow = 0;
	spill_reader_init(&t->seq, &t->rows, 0, t->rows.len, 1 << 16);
}

long
table_find(struct table *t, const char *p, size_t n)
{
	uint64_t fp, i;
	struct slot sl;

	if (!t->disk)
		return hash_find(&t->keys, p, n);
	fp = hash_bytes(p, n) | 1;
	for (i = slot_of(t, fp);; i = (i + 1) & (t->nslots - 1)) {
		slot_get(t, i, &sl);
		if (sl.off1 == 0)
			return -1;
		if (sl.fp == fp) {
			size_t kn;
			uint64_t line;

			read_row(t, sl.off1 - 1, &kn, &line);
			if (kn == n && memcmp(t->rowbuf.s, p, n) == 0) {
				t->rowkey = kn;
				return (long)sl.row;
			}
		}
	}
}

void
table_vals(struct table *t, size_t row, struct str *v)
{
	size_t i;

	if (!t->disk) {
		for (i = 0; i < t->nval; i++) {
			v[i].p = t->vals.s + t->voff[row * t->nval + i];
			v[i].n = t->vlen[row * t->nval + i];
		}
		return;
	}
	/* The row table_find() read last. */
	const char *p = t->rowbuf.s + t->rowkey, *end = t->rowbuf.s +
	    t->rowbuf.len;

	for (i = 0; i < t->nval; i++) {
		const char *q = i + 1 < t->nval ? memchr(p, '\t',
		    (size_t)(end - p)) : NULL;

		if (!q)
			q = end;
		v[i].p = p;
		v[i].n = (size_t)(q - p);
		p = q < end ? q + 1 : end;
	}
}

const char *
table_key(struct table *t, size_t row, size_t *n)
{
	unsigned char h[16];
	uint32_t k, v;

	if (!t->disk)
		return hash_key(&t->keys, row, n);
	for (;;) {
		if (!spill_read(&t->seq, h, 16))
			die(HARK_ETROUBLE, "a temporary file in %s is short",
			    t->rows.dir);
		memcpy(&k, h + 8, 4);
		memcpy(&v, h + 12, 4);
		buf_reset(&t->rowbuf);
		buf_grow(&t->rowbuf, (size_t)k + v);
		spill_read(&t->seq, t->rowbuf.s, (size_t)k + v);
		if (t->seqrow++ == row)
			break;
	}
	*n = k;
	return t->rowbuf.s;
}

void
table_free(struct table *t)
{
	if (t->disk)
		spill_reader_free(&t->seq);
	spill_close(&t->rows);
	spill_close(&t->slots);
	free(t->mslots);
	buf_free(&t->rowbuf);
}
