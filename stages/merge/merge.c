/*
 * merge.c - hark-merge: sum streams of theme counts.
 *
 * Reads any number of long count streams written by hark-count (or by
 * hark-merge) with the same header: key columns, `theme`, `records`,
 * `mentions`, `negated`.  Every column other than those four is part of
 * the key.  Writes the sums per key and theme in hark-count's order, so
 * that counting shards and merging them gives the same bytes as counting
 * the whole stream at once.  A last column `tagged_with` (hark-count
 * writes the lexicons there) is not part of the key: every input must name
 * the same lexicons, and the value travels on, long or wide.
 *
 * Count streams are sorted, so the inputs are merged as they are read
 * (like sort -m), one reader per input, in memory that does not grow.  The
 * output is held back until it passes HOLD bytes: an input found out of
 * order before then is summed in memory instead (lib/tally.h), from the
 * held rows on; after that, it is an error.
 *
 * --wide needs every theme before its header: the long rows past HOLD go
 * to a temporary file while the theme names are gathered, then come back
 * one key at a time as wide rows (wide_stream()), so memory stays bounded
 * there too.
 */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "heap.h"
#include "opt.h"
#include "rec.h"
#include "tally.h"
#include "banned.h"

/* Output held back while an input out of order can still be summed in
 * memory instead; then written in blocks of FLUSH bytes. */
#define HOLD (16u << 20)
#define FLUSH (1u << 16)

static const char *const valcols[] = { "records", "mentions", "negated" };

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-merge [-hq] [--wide] [FILE...]\n");
}

static const char help[] =
	"  --wide                  write the sums wide, as hark count --wide does\n"
	OPT_HELP_COMMON;

/* A decimal count: digits only.  Returns 0 or -1. */
static int
parse_count(const char *p, size_t n, uint64_t *v)
{
	size_t i;

	*v = 0;
	if (n == 0)
		return -1;
	for (i = 0; i < n; i++) {
		int d = p[i] - '0';

		if (d < 0 || d > 9 || *v > (UINT64_MAX - (uint64_t)d) / 10)
			return -1;
		*v = *v * 10 + (uint64_t)d;
	}
	return 0;
}

static int
theme_ok(const char *p, size_t n)
{
	size_t i;

	if (n == 1 && *p == '*')
		return 1;
	for (i = 0; i < n; i++) {
		int c = (unsigned char)p[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '_' || c == '.' ||
		    c == '/' || c == '-'))
			return 0;
	}
	return n > 0;
}

/* One input and its current row. */
struct input {
	struct rec_reader r;
	const char *path;          /* as given, for messages */
	struct buf key, th;        /* current row: key fields joined by TAB
	                              (escaped), theme */
	struct buf nkey, nth;      /* the row being read */
	uint64_t v[TALLY_NV];
	uint64_t nv[TALLY_NV];
	unsigned long long line;   /* line of the current row */
	int same;                  /* current row equals the one before */
};

/* Columns, the same in every input. */
static int vcol[TALLY_NV], thcol, *keycol;
static size_t nkey;
/* tagged_with: its column (-1: none), its value (escaped, as read) and the
 * input it was first read from */
static int withcol = -1;
static struct buf with;
static const char *withfrom;
static struct buf cmpa, cmpb;
static int status = HARK_OK;
/* --wide: the theme names of the rows written so far */
static int wide;
static struct hash wthemes;

/*
 * Byte order of a[0..an) and b[0..bn).  Keys and themes are short, and a
 * call of memcmp() per comparison cost more than the comparison: eight
 * bytes at a time, read as big-endian numbers.
 */
static inline int
bytecmp(const char *a, size_t an, const char *b, size_t bn)
{
	size_t n = an < bn ? an : bn, i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t x, y;

		memcpy(&x, a + i, 8);
		memcpy(&y, b + i, 8);
		if (x != y) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			x = __builtin_bswap64(x);
			y = __builtin_bswap64(y);
#endif
			return x < y ? -1 : 1;
		}
	}
	for (; i < n; i++)
		if (a[i] != b[i])
			return (unsigned char)a[i] < (unsigned char)b[i] ?
			    -1 : 1;
	return an < bn ? -1 : an > bn;
}

/* hark-count's order: key bytes, then theme bytes ("*" sorts first). */
static int
rowcmp(const struct buf *ka, const struct buf *ta, const struct buf *kb,
       const struct buf *tb)
{
	int c = bytecmp(ka->s, ka->len, kb->s, kb->len);

	return c ? c : bytecmp(ta->s, ta->len, tb->s, tb->len);
}

/* b = p[0..n).  The buf functions are out of line and check every call:
 * this runs for every row, so make room once and copy. */
static void
set_bytes(struct buf *b, const char *p, size_t n)
{
	if (n >= b->cap)
		buf_grow(b, n);
	memcpy(b->s, p, n);
	b->s[n] = '\0';
	b->len = n;
}

/* b = the key fields of r's record, escaped, joined by TAB. */
static void
set_key(struct buf *b, const struct rec_reader *r)
{
	size_t k, n = nkey ? nkey - 1 : 0;
	char *p;

	for (k = 0; k < nkey; k++)
		n += r->f[keycol[k]].n;
	if (n >= b->cap)
		buf_grow(b, n);
	p = b->s;
	for (k = 0; k < nkey; k++) {
		const struct rec_field *f = &r->f[keycol[k]];

		if (k)
			*p++ = '\t';
		memcpy(p, f->p, f->n);
		p += f->n;
	}
	*p = '\0';
	b->len = n;
}

/* The form of the settings s[0..n) compared across inputs, into out:
 * each file by its fingerprint, not its path (shards counted on other
 * machines find the same lexicon elsewhere). */
static void
settings_key(struct buf *out, const char *s, size_t n)
{
	size_t i = 0;

	buf_reset(out);
	while (i < n) {
		size_t j = i, at = n;

		while (j < n && s[j] != ' ' && s[j] != ',' && s[j] != '=') {
			if (s[j] == '@')
				at = j;
			j++;
		}
		if (at < j)
			buf_add(out, s + at, j - at);
		else
			buf_add(out, s + i, j - i);
		if (j < n)
			buf_addc(out, s[j++]);
		i = j;
	}
}

/* Every row's tagged_with must name the lexicons of the first row read. */
static void
check_with(struct input *in)
{
	const struct rec_field *f = &in->r.f[withcol];

	if (withfrom && f->n == with.len && memcmp(f->p, with.s, f->n) == 0)
		return;
	if (withfrom == NULL) {
		buf_add(&with, f->p, f->n);
		buf_addc(&with, '\0');
		with.len--;
		withfrom = in->path;
		return;
	}
	settings_key(&cmpa, with.s, with.len);
	settings_key(&cmpb, f->p, f->n);
	if (cmpa.len != cmpb.len || memcmp(cmpa.s, cmpb.s, cmpa.len) != 0)
		die_at(HARK_ETROUBLE, in->r.name, in->r.line, "counted with "
		    "other lexicons than %s: tagged_with '%.*s', not '%s'; "
		    "counts of different codebooks do not add up", withfrom,
		    (int)(f->n > 200 ? 200 : f->n), f->p, with.s);
}

/*
 * Read in's next well-formed row into nkey, nth, nv.  Malformed rows are
 * reported and skipped (exit status 1).  Returns 1, or 0 at the end.
 */
static int
read_row(struct input *in)
{
	struct rec_reader *r = &in->r;

	while (rec_next(r, &status)) {
		const struct rec_field *th;
		size_t k;

		for (k = 0; k < TALLY_NV; k++) {
			const struct rec_field *f = &r->f[vcol[k]];

			if (parse_count(f->p, f->n, &in->nv[k]) < 0) {
				err_at(r->name, r->line, "bad count '%.*s' in "
				    "column '%s'", (int)(f->n > 200 ? 200 :
				    f->n), f->p, valcols[k]);
				status = HARK_EDATA;
				break;
			}
		}
		if (k < TALLY_NV)
			continue;
		th = &r->f[thcol];
		if (!theme_ok(th->p, th->n)) {
			err_at(r->name, r->line, "bad theme name '%.*s'",
			    (int)(th->n > 200 ? 200 : th->n), th->p);
			status = HARK_EDATA;
			continue;
		}
		if (withcol >= 0)
			check_with(in);
		set_key(&in->nkey, r);
		set_bytes(&in->nth, th->p, th->n);
		return 1;
	}
	if (status == HARK_ETROUBLE)
		exit(status);
	return 0;
}

/* Make the row just read in's current row. */
static void
take_row(struct input *in)
{
	struct buf x;

	x = in->key, in->key = in->nkey, in->nkey = x;
	x = in->th, in->th = in->nth, in->nth = x;
	memcpy(in->v, in->nv, sizeof in->v);
	in->line = in->r.line;
}

static void
add_row(struct buf *out, const char *key, size_t kn, const char *th,
	size_t tn, const uint64_t v[TALLY_NV])
{
	size_t k, need = xadd(xadd(xadd(kn, tn), with.len),
	    6 + BUF_DEC_MAX * TALLY_NV);
	char *p;

	if (need > out->cap - out->len - 1 || out->cap == 0)
		buf_grow(out, need);
	p = out->s + out->len;
	memcpy(p, key, kn);
	p += kn;
	if (nkey)
		*p++ = '\t';
	memcpy(p, th, tn);
	p += tn;
	for (k = 0; k < TALLY_NV; k++) {
		*p++ = '\t';
		p = buf_put_dec(p, v[k]);
	}
	if (withcol >= 0) {
		*p++ = '\t';
		if (with.len)
			memcpy(p, with.s, with.len);
		p += with.len;
	}
	*p++ = '\n';
	*p = '\0';
	out->len = (size_t)(p - out->s);
	if (wide && !(tn == 1 && *th == '*'))
		(void)hash_intern(&wthemes, th, tn, NULL);
}

static void
tally_row(struct tally *t, const char *key, size_t kn, const char *th,
	  size_t tn, const uint64_t v[TALLY_NV], const char *name,
	  unsigned long long line)
{
	size_t g = tally_group(t, key, kn);

	if (tally_add(t, g, tally_theme_num(t, th, tn), v) < 0)
		die_at(HARK_EDATA, name, line, "sum overflows");
}

/* Sum our own rows p[0..end) ([KEY TAB] THEME TAB R TAB M TAB N [TAB
 * WITH], each ending in LF) into t. */
static void
rows_to_tally(struct tally *t, const char *p, const char *end)
{
	size_t j;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p)), *q;
		const char *eol = withcol >= 0 ? nl - 1 - with.len : nl;
		const char *tab[TALLY_NV + 1];
		uint64_t v[TALLY_NV];

		for (q = eol - 1, j = TALLY_NV + 1; j > 0; q--)
			if (*q == '\t')
				tab[--j] = q;
			else if (j == 1 && q == p)
				break;
		if (j == 1)
			tab[0] = p - 1; /* no key columns */
		for (j = 0; j < TALLY_NV; j++)
			(void)parse_count(tab[j + 1] + 1, (size_t)((j + 2 <=
			    TALLY_NV ? tab[j + 2] : eol) - tab[j + 1] - 1),
			    &v[j]);
		tally_row(t, p, tab[0] < p ? 0 : (size_t)(tab[0] - p),
		    tab[0] + 1, (size_t)(tab[1] - tab[0] - 1), v, "-", 0);
		p = nl + 1;
	}
}

/*
 * An input is out of order while nothing has been written: sum in memory
 * the rows held (which are in order and summed), the pending row, every
 * input's current row and the rest of every input, and write the sums in
 * place of the held rows (which start at hdrlen).
 */
static void
sum_in_memory(struct input **h, size_t nh, struct buf *out, size_t hdrlen,
	      const struct buf *ckey, const struct buf *cth,
	      const uint64_t cv[TALLY_NV], int have)
{
	static struct tally t;
	size_t i, j, ng, nc, kn, tn;

	tally_init(&t);
	rows_to_tally(&t, out->s + hdrlen, out->s + out->len);
	if (have)
		tally_row(&t, ckey->s, ckey->len, cth->s, cth->len, cv,
		    h[0]->r.name, h[0]->line);
	for (i = 0; i < nh; i++) {
		struct input *in = h[i];

		tally_row(&t, in->key.s, in->key.len, in->th.s, in->th.len,
		    in->v, in->r.name, in->line);
		while (read_row(in))
			tally_row(&t, in->nkey.s, in->nkey.len, in->nth.s,
			    in->nth.len, in->nv, in->r.name, in->r.line);
	}
	buf_setlen(out, hdrlen);
	tally_sort(&t);
	ng = t.groups.count;
	for (i = 0; i < ng; i++) {
		size_t g = t.order[i];
		const struct tally_cell *c = tally_cells(&t, g, &nc);
		const char *key = tally_key(&t, g, &kn);

		for (j = 0; j < nc; j++) {
			uint64_t v[TALLY_NV];
			const char *th = tally_theme(&t, c[j].th, &tn);

			tally_value(&t, &c[j], v);
			add_row(out, key, kn, th, tn, v);
		}
	}
	tally_free(&t);
}

/* Append b's bytes to the temporary file. */
static void
spill_put(FILE *fp, const struct buf *b)
{
	if (b->len && fwrite(b->s, 1, b->len, fp) != b->len)
		die(HARK_ETROUBLE, "temporary file: %s", strerror(errno));
}

/* Theme names in byte order, for qsort(). */
static int
cmp_theme(const void *a, const void *b)
{
	size_t an, bn;
	const char *ap = hash_key(&wthemes, *(const uint32_t *)a, &an);
	const char *bp = hash_key(&wthemes, *(const uint32_t *)b, &bn);

	return bytecmp(ap, an, bp, bn);
}

/* One wide row: the key, its records, its mentions per theme (cleared for
 * the next key). */
static void
put_wide_row(struct rec_writer *w, const struct buf *key, uint64_t rec,
	     uint64_t *ment, size_t nt)
{
	rec_put(w, key->s, key->len);
	rec_putc(w, '\t');
	rec_putu(w, rec);
	for (size_t col = 0; col < nt; col++) {
		rec_putc(w, '\t');
		rec_putu(w, ment[col]);
		ment[col] = 0;
	}
	if (withcol >= 0) {
		rec_putc(w, '\t');
		rec_put(w, with.s, with.len);
	}
	rec_putc(w, '\n');
}

/*
 * --wide from long rows ([KEY TAB] THEME TAB R TAB M TAB N, LF) in fp,
 * sorted by key: one row per key, as tally_write_wide() writes it (key,
 * the records of "*", then the mentions of every theme in byte order).
 */
static void
wide_stream(struct rec_writer *w, FILE *fp, const char *const *by, size_t nby)
{
	size_t nt = wthemes.count, i, n;
	uint32_t *order = xmalloc(xmul(nt + 1, sizeof *order));
	uint32_t *rank = xmalloc(xmul(nt + 1, sizeof *rank));
	uint64_t *ment = xcalloc(nt + 1, sizeof *ment), rec = 0;
	static struct buf key;
	char *ln = NULL;
	size_t lcap = 0;
	ssize_t got;
	int have = 0;
	const char *p;

	for (i = 0; i < nt; i++)
		order[i] = (uint32_t)i;
	qsort(order, nt, sizeof *order, cmp_theme);
	for (i = 0; i < nt; i++)
		rank[order[i]] = (uint32_t)i;
	for (i = 0; i < nby; i++) {
		rec_put_esc(w, by[i], strlen(by[i]));
		rec_putc(w, '\t');
	}
	rec_put(w, "records", 7);
	for (i = 0; i < nt; i++) {
		p = hash_key(&wthemes, order[i], &n);
		rec_put(w, "\ttheme:", 7);
		rec_put(w, p, n);
	}
	if (withcol >= 0)
		rec_puts(w, "\ttagged_with");
	rec_putc(w, '\n');
	buf_init(&key);
	while ((got = getline(&ln, &lcap, fp)) > 0) {
		const char *tab[TALLY_NV + 1], *q, *eol;
		uint64_t v[TALLY_NV];
		size_t j, kn;

		eol = ln + got;
		if (eol[-1] == '\n')
			eol--;
		if (withcol >= 0) {
			if ((size_t)(eol - ln) <= with.len)
				die(HARK_ETROUBLE, "temporary file: bad row");
			eol -= 1 + with.len;
		}
		for (q = eol - 1, j = TALLY_NV + 1; j > 0 && q >= ln; q--)
			if (*q == '\t')
				tab[--j] = q;
		if (j == 1)
			tab[0] = ln - 1; /* no key columns */
		else if (j > 1)
			die(HARK_ETROUBLE, "temporary file: bad row");
		for (j = 0; j < TALLY_NV; j++)
			(void)parse_count(tab[j + 1] + 1, (size_t)((j + 2 <=
			    TALLY_NV ? tab[j + 2] : eol) - tab[j + 1] - 1),
			    &v[j]);
		kn = tab[0] < ln ? 0 : (size_t)(tab[0] - ln);
		if (have && (kn != key.len || memcmp(key.s, ln, kn))) {
			put_wide_row(w, &key, rec, ment, nt);
			have = 0;
		}
		if (!have) {
			set_bytes(&key, ln, kn);
			rec = 0;
			have = 1;
		}
		n = (size_t)(tab[1] - tab[0] - 1);
		if (n == 1 && tab[0][1] == '*') {
			rec = v[TALLY_RECORDS];
		} else {
			long t = hash_find(&wthemes, tab[0] + 1, n);

			if (t < 0)
				die(HARK_ETROUBLE, "temporary file: bad theme");
			ment[rank[t]] = v[TALLY_MENTIONS];
		}
	}
	if (have)
		put_wide_row(w, &key, rec, ment, nt);
	if (ferror(fp) || !feof(fp))
		die(HARK_ETROUBLE, "temporary file: %s", strerror(errno));
	free(ln);
	buf_free(&key);
	free(order);
	free(rank);
	free(ment);
}

/* Two heap elements (struct input *) by their current rows. */
static int
input_cmp(const void *x, const void *y)
{
	const struct input *a = *(struct input *const *)x;
	const struct input *b = *(struct input *const *)y;

	return rowcmp(&a->key, &a->th, &b->key, &b->th);
}

/* Restore the heap below position i (smallest row on top). */
static void
sift(struct input **h, size_t nh, size_t i)
{
	heap_sift(h, nh, i, sizeof *h, input_cmp);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "wide", no_argument, NULL, 'w' },
		{ NULL, 0, NULL, 0 }
	};
	/* Static: reachable when a message ends the program. */
	static struct input *ins, **h;
	struct input *last = NULL;
	static struct buf out, ckey, cth;
	static char *stdin_path[] = { "-" };
	struct rec_writer w;
	uint64_t cv[TALLY_NV];
	char **paths;
	size_t npath, nh = 0, hdrlen, i, k;
	int c, have = 0, released = 0;
	FILE *spill = NULL;

	err_init("merge");
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hq", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			opt_help(usage, help);
		case 'q':
			err_quiet = 1;
			break;
		case 'w':
			wide = 1;
			break;
		default:
			opt_fail(c, argv, usage);
		}
	}
	paths = argv + optind;
	npath = (size_t)(argc - optind);
	if (npath == 0) {
		paths = stdin_path;
		npath = 1;
	}
	ins = xcalloc(npath, sizeof *ins);
	h = xcalloc(npath, sizeof *h);
	for (i = 0; i < npath; i++) {
		struct input *in = &ins[i];

		in->path = paths[i];
		c = rec_open(&in->r, paths + i, 1, REC_SMALL_BUF);
		if (c < 0) {
			rec_report(&in->r);
			return c == REC_FAIL ? HARK_ETROUBLE : HARK_EDATA;
		}
		if (i == 0)
			continue;
		for (k = 0; k < in->r.ncols && in->r.ncols == ins[0].r.ncols;
		    k++)
			if (strcmp(in->r.cols[k], ins[0].r.cols[k]) != 0)
				break;
		if (in->r.ncols != ins[0].r.ncols || k < in->r.ncols)
			die_at(HARK_ETROUBLE, in->r.name, 1, "header differs "
			    "from that of %s", ins[0].path);
	}
	thcol = rec_need_col(&ins[0].r, "theme", "not a stream of counts");
	for (k = 0; k < TALLY_NV; k++)
		vcol[k] = rec_need_col(&ins[0].r, valcols[k],
		    "not a stream of counts");
	/* tagged_with after the counts (as hark-count writes it) is the
	 * lexicons, not a key. */
	withcol = rec_col(&ins[0].r, "tagged_with");
	if (withcol < thcol)
		withcol = -1;
	keycol = xmalloc(xmul(ins[0].r.ncols, sizeof *keycol));
	for (i = 0; i < ins[0].r.ncols; i++)
		if ((int)i != thcol && (int)i != vcol[0] &&
		    (int)i != vcol[1] && (int)i != vcol[2] &&
		    (int)i != withcol)
			keycol[nkey++] = (int)i;

	buf_init(&out);
	buf_init(&ckey);
	buf_init(&cth);
	hash_init(&wthemes);
	for (k = 0; k < nkey; k++) {
		const char *name = ins[0].r.cols[keycol[k]];

		buf_reset(&ckey);
		rec_escape(&ckey, name, strlen(name));
		buf_add(&out, ckey.s, ckey.len);
		buf_addc(&out, '\t');
	}
	buf_adds(&out, "theme\trecords\tmentions\tnegated");
	buf_adds(&out, withcol >= 0 ? "\ttagged_with\n" : "\n");
	hdrlen = out.len;
	for (i = 0; i < npath; i++) {
		struct input *in = &ins[i];

		buf_init(&in->key);
		buf_init(&in->th);
		buf_init(&in->nkey);
		buf_init(&in->nth);
		if (read_row(in)) {
			take_row(in);
			h[nh++] = in;
		}
	}
	for (i = nh; i-- > 0;)
		sift(h, nh, i);

	while (nh > 0) {
		struct input *in = h[0];

		/* The pending row is the last one taken: when that came from
		 * the same input, the order check has compared them. */
		if (have && (last == in ? in->same :
		    rowcmp(&in->key, &in->th, &ckey, &cth) == 0)) {
			for (k = 0; k < TALLY_NV; k++)
				if (cv[k] > UINT64_MAX - in->v[k])
					die_at(HARK_EDATA, in->r.name,
					    in->line, "sum overflows");
			for (k = 0; k < TALLY_NV; k++)
				cv[k] += in->v[k];
		} else {
			if (have) {
				add_row(&out, ckey.s, ckey.len, cth.s, cth.len,
				    cv);
				if (!released && out.len >= HOLD) {
					if (wide) {
						if ((spill = tmpfile()) == NULL)
							die(HARK_ETROUBLE,
							    "temporary file: %s",
							    strerror(errno));
						if (fwrite(out.s + hdrlen, 1,
						    out.len - hdrlen, spill) !=
						    out.len - hdrlen)
							die(HARK_ETROUBLE,
							    "temporary file: "
							    "%s",
							    strerror(errno));
						buf_reset(&out);
					} else {
						rec_writer_init(&w, 1);
					}
					released = 1;
				}
				if (released && out.len >= FLUSH) {
					if (spill)
						spill_put(spill, &out);
					else
						rec_put(&w, out.s, out.len);
					buf_reset(&out);
				}
			}
			set_bytes(&ckey, in->key.s, in->key.len);
			set_bytes(&cth, in->th.s, in->th.len);
			memcpy(cv, in->v, sizeof cv);
			have = 1;
		}
		last = in;
		if (!read_row(in)) {
			h[0] = h[--nh];
		} else if ((c = rowcmp(&in->nkey, &in->nth, &in->key,
		    &in->th)) < 0) {
			if (released)
				die_at(HARK_EDATA, in->r.name, in->r.line,
				    "out of order (sorts before line %llu) "
				    "after %u MiB of output: count streams "
				    "are sorted as hark-count writes them",
				    in->line, HOLD >> 20);
			take_row(in);
			sum_in_memory(h, nh, &out, hdrlen, &ckey, &cth, cv,
			    have);
			have = 0;
			break;
		} else {
			take_row(in);
			in->same = c == 0;
		}
		if (nh > 1)
			sift(h, nh, 0);
	}
	if (have)
		add_row(&out, ckey.s, ckey.len, cth.s, cth.len, cv);
	if (!released || spill)
		rec_writer_init(&w, 1);
	if (status != HARK_ETROUBLE && spill) {
		const char **names = xmalloc(xmul(nkey + 1, sizeof *names));

		spill_put(spill, &out);
		buf_reset(&out);
		if (fflush(spill) != 0 || fseek(spill, 0, SEEK_SET) != 0)
			die(HARK_ETROUBLE, "temporary file: %s",
			    strerror(errno));
		for (k = 0; k < nkey; k++)
			names[k] = ins[0].r.cols[keycol[k]];
		wide_stream(&w, spill, names, nkey);
		free(names);
	} else if (status != HARK_ETROUBLE && wide) {
		/* the sums, held whole (less than HOLD), one row per key */
		static struct tally t;
		const char **names = xmalloc(xmul(nkey + 1, sizeof *names));

		for (k = 0; k < nkey; k++)
			names[k] = ins[0].r.cols[keycol[k]];
		tally_init(&t);
		rows_to_tally(&t, out.s + hdrlen, out.s + out.len);
		tally_write_wide(&w, &t, names, nkey,
		    withcol >= 0 ? with.s ? with.s : "" : NULL);
		tally_free(&t);
		free(names);
	} else if (status != HARK_ETROUBLE) {
		rec_put(&w, out.s, out.len);
	}
	rec_writer_close(&w);
	for (i = 0; i < npath; i++) {
		buf_free(&ins[i].key);
		buf_free(&ins[i].th);
		buf_free(&ins[i].nkey);
		buf_free(&ins[i].nth);
		rec_close(&ins[i].r);
	}
	if (spill)
		fclose(spill);
	hash_free(&wthemes);
	free(ins);
	free(h);
	buf_free(&out);
	buf_free(&ckey);
	buf_free(&cth);
	buf_free(&with);
	buf_free(&cmpa);
	buf_free(&cmpb);
	free(keycol);
	return status;
}
