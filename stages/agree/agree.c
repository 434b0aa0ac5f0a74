/*
 * agree.c - hark-agree: how far two codings of the same records agree.
 *
 * Reads two record streams A and B keyed by `id`, each with a code list
 * per record (`themes`, else `codes`, or --column COL: entries NAME or
 * NAME=COUNT, present when COUNT > 0), and writes a count-style stream
 * (no `id`): one row per code with the records compared, how many A and B
 * coded, how many both coded, precision, recall and F1 taking A as the
 * reference, Cohen's kappa and Krippendorff's alpha on presence per
 * record; then rows `*micro` and `*macro` (docs/agreement.md).  A is held
 * in memory; B is streamed.
 */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

#include "arena.h"
#include "err.h"
#include "hash.h"
#include "lex.h"
#include "lists.h"
#include "opt.h"
#include "rec.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-agree [-hq] [--column COL] [--level N] "
	    "[--missing skip|none]\n"
	    "                  [--examples N --examples-to FILE] "
	    "[--allow-unredacted] A B\n");
}

static const char help[] =
	"  --column COL            read the codes of both inputs from COL\n"
	"  --level N               compare at level N of the code hierarchy\n"
	"  --missing skip|none     a record only one input has (default skip)\n"
	"  --examples N            write the first N disagreements of each code\n"
	"  --examples-to FILE      where --examples writes\n"
	"  --allow-unredacted      write examples from an unredacted stream\n"
	OPT_HELP_COMMON;

/* One record of A: its codes are cix[c0..c0+nc). */
struct arec {
	size_t c0, nc;
	unsigned long long line;
	int seen;          /* met in B */
	int bad;           /* its code list was malformed (reported) */
	char *text;        /* for --examples when B has no text; or NULL */
};

struct counts {
	uint64_t a, b, both;
};

static struct hash codes;        /* code names at the level compared */
static struct counts *cnt;
static size_t capcnt;
static unsigned *mark;           /* per code: stamp of the record seen */
static unsigned char *inb;       /* per code: in B's list this record */
static unsigned stamp;
static int level;                /* 0: as written */

static size_t
code_ix(const char *p, size_t n)
{
	size_t i, k;
	int lv = 1;

	if (level > 0)
		for (i = 0; i < n; i++)
			if (p[i] == '/' && ++lv > level) {
				n = i;
				break;
			}
	k = hash_intern(&codes, p, n, NULL);
	if (k >= capcnt) {
		size_t old = capcnt;

		capcnt = capcnt ? 2 * capcnt : 64;
		cnt = xrealloc(cnt, xmul(capcnt, sizeof *cnt));
		mark = xrealloc(mark, xmul(capcnt, sizeof *mark));
		inb = xrealloc(inb, capcnt);
		memset(cnt + old, 0, (capcnt - old) * sizeof *cnt);
		memset(mark + old, 0, (capcnt - old) * sizeof *mark);
		memset(inb + old, 0, capcnt - old);
	}
	return k;
}

/*
 * Parse the code list f into out (code indices, each once).  Returns NULL
 * or what is wrong.
 */
static const char *
parse_codes(struct str f, struct list *l, struct buf *out)
{
	const char *why;
	size_t i;

	buf_reset(out);
	if ((why = list_split(f, l)) != NULL)
		return why;
	stamp++;
	for (i = 0; i < l->n; i++) {
		struct str name;
		unsigned long long v;
		size_t k;

		if ((why = list_code(l->v[i].p, l->v[i].n, &name, &v)) != NULL)
			return why;
		if (v == 0)
			continue;
		k = code_ix(name.p, name.n);
		if (mark[k] == stamp)
			continue;
		mark[k] = stamp;
		buf_add(out, &k, sizeof k);
	}
	return NULL;
}

static int
pick_col(struct rec_reader *r, const char *col)
{
	int c;

	if (col != NULL)
		return rec_need_col(r, col, NULL);
	if ((c = rec_col(r, "themes")) >= 0)
		return c;
	if ((c = rec_col(r, "codes")) >= 0)
		return c;
	return rec_need_col(r, "themes", "nor 'codes'; name one with "
	    "--column");
}

/* Examples of disagreement: the first n per code. */
struct examples {
	struct rec_writer w;
	unsigned long max;
	unsigned long *done;    /* per code */
	size_t cap;
	int on, unredacted;
};

static void
example(struct examples *ex, size_t k, const char *id, size_t idn, int ina,
	struct str text, int hastext)
{
	size_t n;
	const char *name;

	if (!ex->on)
		return;
	if (k >= ex->cap) {
		size_t old = ex->cap;

		ex->cap = capcnt;
		ex->done = xrealloc(ex->done, xmul(ex->cap, sizeof *ex->done));
		memset(ex->done + old, 0, (ex->cap - old) * sizeof *ex->done);
	}
	if (ex->done[k] >= ex->max)
		return;
	ex->done[k]++;
	rec_put_esc(&ex->w, id, idn);
	rec_putc(&ex->w, '\t');
	name = hash_key(&codes, k, &n);
	rec_put(&ex->w, name, n);
	rec_puts(&ex->w, ina ? "\t1\t0" : "\t0\t1");
	if (hastext) {
		rec_putc(&ex->w, '\t');
		rec_put_esc(&ex->w, text.p, text.n);
		if (ex->unredacted)
			rec_puts(&ex->w, "\tno");
	}
	rec_putc(&ex->w, '\n');
}

/* Count one compared record: A's codes ca[0..na), B's cb[0..nb). */
static void
compare(const size_t *ca, size_t na, const size_t *cb, size_t nb,
	struct examples *ex, const char *id, size_t idn, struct str text,
	int hastext)
{
	size_t i;

	for (i = 0; i < nb; i++)
		inb[cb[i]] = 1;
	for (i = 0; i < na; i++) {
		cnt[ca[i]].a++;
		if (inb[ca[i]]) {
			cnt[ca[i]].both++;
			inb[ca[i]] = 2;
		} else
			example(ex, ca[i], id, idn, 1, text, hastext);
	}
	for (i = 0; i < nb; i++) {
		cnt[cb[i]].b++;
		if (inb[cb[i]] == 1)
			example(ex, cb[i], id, idn, 0, text, hastext);
		inb[cb[i]] = 0;
	}
}

/* Write x with four decimals, or nothing when undefined (den == 0). */
static void
put_ratio(struct rec_writer *w, double num, double den)
{
	char s[48];
	int n;

	rec_putc(w, '\t');
	if (den == 0)
		return;
	n = snprintf(s, sizeof s, "%.4f", num / den + 0.0);
	if (n > 0 && strcmp(s, "-0.0000") == 0)
		memmove(s, s + 1, (size_t)n);
	rec_puts(w, s);
}

/*
 * Agreement on presence over n units with a coded by A, b by B and both
 * by both: kappa and alpha as num/den pairs (den 0: undefined).
 */
static void
stats(double n, double a, double b, double both, double *kn, double *kd,
      double *an, double *ad)
{
	double d = a + b - 2 * both, po, pe, m, m1, m0;

	/* Cohen: (po - pe) / (1 - pe), multiplied through by n^2. */
	*kn = *kd = 0;
	if (n > 0) {
		po = n - d;
		pe = (a * b + (n - a) * (n - b)) / n;
		*kn = po - pe;
		*kd = n - pe;
	}
	/* Krippendorff, nominal, two values per unit: 1 - (m-1) d / (m1 m0)
	 * with m = 2n values, m1 of them present. */
	m = 2 * n;
	m1 = a + b;
	m0 = m - m1;
	*an = m1 * m0 - (m - 1) * d;
	*ad = m1 * m0;
}

struct avg {
	double sum[5];
	size_t n[5];
};

static void
write_row(struct rec_writer *w, const char *name, size_t nn, double n,
	  double a, double b, double both, struct avg *mac)
{
	double kn, kd, an, ad, v[5], d[5];
	size_t i;

	stats(n, a, b, both, &kn, &kd, &an, &ad);
	v[0] = both; d[0] = b;
	v[1] = both; d[1] = a;
	v[2] = 2 * both; d[2] = a + b;
	v[3] = kn; d[3] = kd;
	v[4] = an; d[4] = ad;
	rec_put(w, name, nn);
	rec_putc(w, '\t');
	rec_putu(w, (unsigned long long)n);
	rec_putc(w, '\t');
	rec_putu(w, (unsigned long long)a);
	rec_putc(w, '\t');
	rec_putu(w, (unsigned long long)b);
	rec_putc(w, '\t');
	rec_putu(w, (unsigned long long)both);
	for (i = 0; i < 5; i++) {
		put_ratio(w, v[i], d[i]);
		if (mac != NULL && d[i] != 0) {
			mac->sum[i] += v[i] / d[i];
			mac->n[i]++;
		}
	}
	rec_putc(w, '\n');
}

static int
cmp_code(const void *x, const void *y)
{
	size_t i = *(const size_t *)x, j = *(const size_t *)y, m, n;
	const char *p = hash_key(&codes, i, &m), *q = hash_key(&codes, j, &n);
	int c = memcmp(p, q, m < n ? m : n);

	return c ? c : (m > n) - (m < n);
}

static void
write_table(struct rec_writer *w, uint64_t nrec)
{
	size_t nc = codes.count, i, k, *ord = xmalloc(xmul(nc + 1, sizeof *ord));
	double sa = 0, sb = 0, sboth = 0;
	struct avg mac;

	memset(&mac, 0, sizeof mac);
	rec_puts(w, "code\trecords\ta\tb\tboth\tprecision\trecall\tf1\tkappa"
	    "\talpha\n");
	/* Codes met only in records left out (missing, malformed) have no
	 * row. */
	for (i = k = 0; i < nc; i++)
		if (cnt[i].a + cnt[i].b > 0)
			ord[k++] = i;
	nc = k;
	qsort(ord, nc, sizeof *ord, cmp_code);
	for (i = 0; i < nc; i++) {
		struct counts *c = &cnt[ord[i]];
		size_t n;
		const char *name = hash_key(&codes, ord[i], &n);

		write_row(w, name, n, (double)nrec, (double)c->a,
		    (double)c->b, (double)c->both, &mac);
		sa += (double)c->a;
		sb += (double)c->b;
		sboth += (double)c->both;
	}
	/* Micro: every (record, code) pair one unit. */
	write_row(w, "*micro", 6, (double)nrec * (double)nc, sa, sb, sboth,
	    NULL);
	rec_puts(w, "*macro\t");
	rec_putu(w, nrec);
	rec_puts(w, "\t\t\t");
	for (i = 0; i < 5; i++)
		put_ratio(w, mac.sum[i], (double)mac.n[i]);
	rec_putc(w, '\n');
	free(ord);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "column", required_argument, NULL, 'c' },
		{ "level", required_argument, NULL, 'L' },
		{ "missing", required_argument, NULL, 'm' },
		{ "examples", required_argument, NULL, 'e' },
		{ "examples-to", required_argument, NULL, 'o' },
		{ "allow-unredacted", no_argument, NULL, 'U' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const missing_choices[] = { "skip", "none", NULL };
	struct rec_reader ra, rb;
	struct rec_writer w;
	struct examples ex;
	struct arena ar;
	struct hash ids;
	struct arec *recs = NULL;
	struct buf ca, cb, cix;
	struct list l;
	const char *col = NULL, *exto = NULL;
	size_t caprec = 0, i;
	uint64_t nrec = 0, onlya = 0, onlyb = 0;
	int c, status = HARK_OK, missing = 0, cola, colb, ida, idb, texta,
	    textb, keeptext, allow = 0;

	err_init("agree");
	memset(&ex, 0, sizeof ex);
	while ((c = getopt_long(argc, argv, ":hq", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			opt_help(usage, help);
		case 'q':
			err_quiet = 1;
			break;
		case 'c':
			col = optarg;
			break;
		case 'L':
			level = (int)opt_uint("--level", optarg, 1, 100, usage);
			break;
		case 'm':
			missing = opt_choice("--missing", optarg,
			    missing_choices, usage);
			break;
		case 'e':
			ex.max = opt_uint("--examples", optarg, 1, 1000000,
			    usage);
			break;
		case 'o':
			exto = optarg;
			break;
		case 'U':
			allow = 1;
			break;
		default:
			opt_fail(c, argv, usage);
		}
	}
	if (argc - optind != 2) {
		err_msg("give two inputs, A and B");
		usage(stderr);
		return HARK_ETROUBLE;
	}
	if ((ex.max != 0) != (exto != NULL)) {
		err_msg("--examples and --examples-to go together");
		usage(stderr);
		return HARK_ETROUBLE;
	}
	rec_open_or_exit(&ra, argv + optind, 1, REC_NEED_ID);
	rec_open_or_exit(&rb, argv + optind + 1, 1, REC_NEED_ID);
	cola = pick_col(&ra, col);
	colb = pick_col(&rb, col);
	ida = rec_col(&ra, "id");
	idb = rec_col(&rb, "id");
	texta = rec_col(&ra, "text");
	textb = rec_col(&rb, "text");
	keeptext = ex.max && textb < 0 && texta >= 0;
	if (ex.max) {
		int fd, red = rec_col(textb >= 0 ? &rb : &ra, "redactions")
		    >= 0;

		if ((textb >= 0 || texta >= 0) && !red && !allow)
			die(HARK_ETROUBLE, "%s: no column 'redactions': its "
			    "text is not redacted (run hark redact first, or "
			    "give --allow-unredacted)",
			    textb >= 0 ? rb.name : ra.name);
		ex.unredacted = !red;
		fd = open(exto, O_WRONLY | O_CREAT | O_TRUNC, 0666);
		if (fd < 0)
			die(HARK_ETROUBLE, "%s: cannot write: %s", exto,
			    strerror(errno));
		rec_writer_init(&ex.w, fd);
		ex.on = 1;
		rec_puts(&ex.w, "id\tcode\ta\tb");
		if (textb >= 0 || texta >= 0)
			rec_puts(&ex.w, ex.unredacted ? "\ttext\tredacted" :
			    "\ttext");
		rec_putc(&ex.w, '\n');
	}
	hash_init(&codes);
	hash_init(&ids);
	buf_init(&ca);
	buf_init(&cb);
	buf_init(&cix);
	memset(&l, 0, sizeof l);
	arena_init(&ar, 0);

	/* A, into memory. */
	while (rec_next(&ra, &status)) {
		struct str id = rec_get(&ra, (size_t)ida, &ar);
		const char *why = parse_codes(rec_get(&ra, (size_t)cola, &ar),
		    &l, &ca);
		int added;
		size_t k = hash_intern(&ids, id.p, id.n, &added);

		if (!added) {
			err_at(ra.name, ra.line, "id '%.*s' met again",
			    (int)(id.n > 64 ? 64 : id.n), id.p);
			status = HARK_EDATA;
			arena_reset(&ar);
			continue;
		}
		if (k >= caprec) {
			caprec = caprec ? 2 * caprec : 1024;
			recs = xrealloc(recs, xmul(caprec, sizeof *recs));
		}
		memset(&recs[k], 0, sizeof recs[k]);
		recs[k].line = ra.line;
		recs[k].c0 = cix.len / sizeof(size_t);
		if (why != NULL) {
			err_at(ra.name, ra.line, "column '%s': %s",
			    ra.cols[cola], why);
			status = HARK_EDATA;
			recs[k].bad = 1;
		} else {
			recs[k].nc = ca.len / sizeof(size_t);
			buf_add(&cix, ca.s, ca.len);
		}
		if (keeptext) {
			struct str t = rec_get(&ra, (size_t)texta, &ar);

			recs[k].text = xmemdup(t.p, t.n);
		}
		arena_reset(&ar);
	}
	if (status == HARK_ETROUBLE)
		goto out;

	/* B, streamed, each record compared with A's. */
	while (rec_next(&rb, &status)) {
		struct str id = rec_get(&rb, (size_t)idb, &ar);
		struct str text = { "", 0 };
		const char *why = parse_codes(rec_get(&rb, (size_t)colb, &ar),
		    &l, &cb);
		long k = hash_find(&ids, id.p, id.n);
		const size_t *pa = NULL;
		size_t na = 0;

		if (k >= 0 && recs[k].seen) {
			err_at(rb.name, rb.line, "id '%.*s' met again",
			    (int)(id.n > 64 ? 64 : id.n), id.p);
			status = HARK_EDATA;
			arena_reset(&ar);
			continue;
		}
		if (k >= 0)
			recs[k].seen = 1;
		if (why != NULL) {
			err_at(rb.name, rb.line, "column '%s': %s",
			    rb.cols[colb], why);
			status = HARK_EDATA;
			arena_reset(&ar);
			continue;
		}
		if (k >= 0 && recs[k].bad) {
			arena_reset(&ar);
			continue;
		}
		if (k < 0) {
			if (onlyb++ == 0)
				err_at(rb.name, rb.line, "id '%.*s' is not in "
				    "%s (the first of those)",
				    (int)(id.n > 64 ? 64 : id.n), id.p,
				    ra.name);
			if (missing == 0) {
				arena_reset(&ar);
				continue;
			}
		} else {
			pa = (const size_t *)cix.s + recs[k].c0;
			na = recs[k].nc;
		}
		if (textb >= 0)
			text = rec_get(&rb, (size_t)textb, &ar);
		else if (k >= 0 && recs[k].text != NULL)
			text.p = recs[k].text, text.n = strlen(recs[k].text);
		nrec++;
		compare(pa, na, (const size_t *)cb.s, cb.len / sizeof(size_t),
		    &ex, id.p, id.n, text, textb >= 0 || texta >= 0);
		arena_reset(&ar);
	}
	if (status == HARK_ETROUBLE)
		goto out;

	/* A's records that B lacks. */
	for (i = 0; i < ids.count; i++) {
		struct str text = { "", 0 };
		size_t idn;
		const char *id;

		if (recs[i].seen || recs[i].bad)
			continue;
		id = hash_key(&ids, i, &idn);
		if (onlya++ == 0)
			err_at(ra.name, recs[i].line, "id '%.*s' is not in %s "
			    "(the first of those)", (int)(idn > 64 ? 64 : idn),
			    id, rb.name);
		if (missing == 0)
			continue;
		if (recs[i].text != NULL)
			text.p = recs[i].text, text.n = strlen(recs[i].text);
		nrec++;
		compare((const size_t *)cix.s + recs[i].c0, recs[i].nc, NULL,
		    0, &ex, id, idn, text, texta >= 0);
	}
	if (onlya)
		err_msg("%llu record%s of %s not in %s: %s",
		    (unsigned long long)onlya, onlya == 1 ? "" : "s", ra.name,
		    rb.name, missing ? "counted as coded with nothing in B" :
		    "left out (--missing skip)");
	if (onlyb)
		err_msg("%llu record%s of %s not in %s: %s",
		    (unsigned long long)onlyb, onlyb == 1 ? "" : "s",
		    rb.name, ra.name, missing ?
		    "counted as coded with nothing in A" :
		    "left out (--missing skip)");

	rec_writer_init(&w, 1);
	write_table(&w, nrec);
	rec_writer_close(&w);
out:
	if (ex.on)
		rec_writer_close(&ex.w);
	for (i = 0; i < ids.count; i++)
		free(recs[i].text);
	free(recs);
	free(ex.done);
	free(cnt);
	free(mark);
	free(inb);
	hash_free(&codes);
	hash_free(&ids);
	buf_free(&ca);
	buf_free(&cb);
	buf_free(&cix);
	list_free(&l);
	arena_free(&ar);
	rec_close(&ra);
	rec_close(&rb);
	return status;
}
