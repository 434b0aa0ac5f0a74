/*
 * model.c - hark-learn's features, fitting with LIBLINEAR, and the
 * lexicon it writes.
 *
 * Features are binary (present in the record or not), so that a learned
 * code scores a record in `hark tag` exactly as here: the intercept plus
 * the weights of the patterns found.  Per code, C and the threshold are
 * chosen by cross-validation over the training records only: for each C
 * of a small grid, every record's decision value comes from a model that
 * did not see it; the threshold is the cut of those values with the best
 * F1, and the C whose best F1 is highest wins.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <fcntl.h>
#include <unistd.h>

#include <linear.h>

#include "err.h"
#include "lex.h"
#include "tok.h"
#include "learn.h"
#include "banned.h"

static const double grid_lr[] = { 0.25, 1, 4 };
static const double grid_svm[] = { 0.03, 0.1, 0.3 };
#define NGRID 3

void
learn_weak(struct learn *L, int quiet)
{
	size_t i, nc = L->codes.count, n;
	struct buf b = BUF_INIT;

	L->nweak = 0;
	for (i = 0; i < nc; i++) {
		struct learn_code *rc = &L->res[i];
		const char *name;

		rc->weak = rc->fitted && rc->f1 < L->minf1;
		if (!rc->weak)
			continue;
		name = hash_key(&L->codes, i, &n);
		buf_addf(&b, "%s%.*s (%.3f)", L->nweak ? ", " : "", (int)n,
		    name, rc->f1);
		L->nweak++;
	}
	if (L->nweak && !quiet)
		err_msg("%zu code%s not kept, cross-validated F1 under %g "
		    "(no better than chance: given to records, it would land "
		    "on many): %s; --min-f1 0 keeps %s", L->nweak,
		    L->nweak == 1 ? "" : "s", L->minf1, b.s,
		    L->nweak == 1 ? "it" : "them");
	buf_free(&b);
}

void
learn_init(struct learn *L)
{
	memset(L, 0, sizeof *L);
	hash_init(&L->feats);
	hash_init(&L->codes);
	L->folds = 5;
	L->model = 1;
	L->mincount = 2;
	L->minrec = 5;
	L->prune = 0.01;
	L->minf1 = 0.1;
	L->name = "learned";
	crypto_hash_sha256_init(&L->sha);
}

void
learn_free(struct learn *L)
{
	size_t i;

	for (i = 0; i < L->codes.count && L->res; i++) {
		free(L->res[i].feat);
		free(L->res[i].w);
	}
	free(L->res);
	hash_free(&L->feats);
	hash_free(&L->codes);
	free(L->df);
	free(L->fstamp);
	free(L->rep);
	free(L->cstamp);
	free(L->npos);
	free(L->roff);
	free(L->rcoff);
	buf_free(&L->reps);
	buf_free(&L->key);
	buf_free(&L->rfeat);
	buf_free(&L->rcode);
}

void
learn_feature(struct learn *L, int kind, struct str a, struct str b,
	      struct str rep, struct buf *ids)
{
	size_t k;
	int added;

	buf_reset(&L->key);
	buf_addc(&L->key, kind);
	buf_add(&L->key, a.p, a.n);
	if (b.p != NULL) {
		buf_addc(&L->key, ' ');
		buf_add(&L->key, b.p, b.n);
	}
	k = hash_intern(&L->feats, L->key.s, L->key.len, &added);
	if (k >= L->capf) {
		size_t old = L->capf;

		L->capf = 2 * k + 1024;
		L->df = xrealloc(L->df, xmul(L->capf, sizeof *L->df));
		L->fstamp = xrealloc(L->fstamp, xmul(L->capf,
		    sizeof *L->fstamp));
		L->rep = xrealloc(L->rep, xmul(L->capf, sizeof *L->rep));
		memset(L->df + old, 0, (L->capf - old) * sizeof *L->df);
		memset(L->fstamp + old, 0, (L->capf - old) *
		    sizeof *L->fstamp);
		memset(L->rep + old, 0, (L->capf - old) * sizeof *L->rep);
	}
	if (added && kind == 's') {
		L->rep[k] = L->reps.len + 1;
		buf_add(&L->reps, rep.p, rep.n);
		buf_addc(&L->reps, '\0');
	}
	if (L->fstamp[k] == L->stamp)
		return;
	L->fstamp[k] = L->stamp;
	L->df[k]++;
	buf_add(ids, &k, sizeof k);
}

const char *
learn_codes(struct learn *L, struct str f, struct list *l, struct buf *out)
{
	const char *why;
	size_t i;

	buf_reset(out);
	if ((why = list_split(f, l)) != NULL)
		return why;
	L->stamp++;
	for (i = 0; i < l->n; i++) {
		struct str name;
		unsigned long long v;
		size_t k;

		if ((why = list_code(l->v[i].p, l->v[i].n, &name, &v)) != NULL)
			return why;
		if (v == 0)
			continue;
		k = hash_intern(&L->codes, name.p, name.n, NULL);
		if (k >= L->capc) {
			size_t old = L->capc;

			L->capc = 2 * k + 64;
			L->cstamp = xrealloc(L->cstamp, xmul(L->capc,
			    sizeof *L->cstamp));
			L->npos = xrealloc(L->npos, xmul(L->capc,
			    sizeof *L->npos));
			memset(L->cstamp + old, 0, (L->capc - old) *
			    sizeof *L->cstamp);
			memset(L->npos + old, 0, (L->capc - old) *
			    sizeof *L->npos);
		}
		if (L->cstamp[k] == L->stamp)
			continue;
		L->cstamp[k] = L->stamp;
		buf_add(out, &k, sizeof k);
	}
	return NULL;
}

void
learn_record(struct learn *L, struct str id, const struct buf *ids,
	     const struct buf *codes, struct str text)
{
	size_t i, nc = codes->len / sizeof(size_t);

	if (L->nrec + 1 >= L->caprec) {
		L->caprec = 2 * L->caprec + 1024;
		L->roff = xrealloc(L->roff, xmul(L->caprec, sizeof *L->roff));
		L->rcoff = xrealloc(L->rcoff, xmul(L->caprec,
		    sizeof *L->rcoff));
	}
	if (L->nrec == 0)
		L->roff[0] = L->rcoff[0] = 0;
	buf_add(&L->rfeat, ids->s, ids->len);
	buf_add(&L->rcode, codes->s, codes->len);
	for (i = 0; i < nc; i++) {
		size_t k = ((const size_t *)codes->s)[i];
		size_t n;
		const char *name = hash_key(&L->codes, k, &n);

		L->npos[k]++;
		crypto_hash_sha256_update(&L->sha, (const unsigned char *)name,
		    n);
		crypto_hash_sha256_update(&L->sha, (const unsigned char *)" ",
		    1);
	}
	crypto_hash_sha256_update(&L->sha, (const unsigned char *)"\t", 1);
	crypto_hash_sha256_update(&L->sha, (const unsigned char *)id.p, id.n);
	crypto_hash_sha256_update(&L->sha, (const unsigned char *)"\t", 1);
	crypto_hash_sha256_update(&L->sha, (const unsigned char *)text.p,
	    text.n);
	crypto_hash_sha256_update(&L->sha, (const unsigned char *)"\n", 1);
	L->nrec++;
	L->roff[L->nrec] = L->rfeat.len / sizeof(size_t);
	L->rcoff[L->nrec] = L->rcode.len / sizeof(size_t);
}

static int
cmp_node(const void *x, const void *y)
{
	const struct feature_node *a = x, *b = y;

	return (a->index > b->index) - (a->index < b->index);
}

/* The decision value of x under w (nfeat features and the bias last). */
static double
decide(const double *w, const struct feature_node *x)
{
	double s = 0;

	for (; x->index > 0; x++)
		s += w[x->index - 1];
	return s;
}

static const double *dsort;

static int
cmp_dec(const void *x, const void *y)
{
	double a = dsort[*(const size_t *)x], b = dsort[*(const size_t *)y];

	return (a < b) - (a > b);
}

/* The threshold on dec[0..n) with the best F1 against y; *f1, *prec,
 * *rec receive its figures. */
static double
best_cut(const double *dec, const double *y, size_t n, size_t *ord,
	 double *f1, double *prec, double *rec)
{
	size_t i, tp = 0, P = 0;
	double best = 0, thr;

	for (i = 0; i < n; i++) {
		ord[i] = i;
		P += y[i] > 0;
	}
	dsort = dec;
	qsort(ord, n, sizeof *ord, cmp_dec);
	thr = n ? dec[ord[0]] + 1 : 0;
	*f1 = *prec = *rec = 0;
	for (i = 0; i < n; i++) {
		double f;

		tp += y[ord[i]] > 0;
		if (i + 1 < n && dec[ord[i + 1]] == dec[ord[i]])
			continue;
		f = 2.0 * (double)tp / (double)(i + 1 + P);
		if (f > best) {
			best = f;
			thr = i + 1 < n ? (dec[ord[i]] + dec[ord[i + 1]]) / 2 :
			    dec[ord[i]] - 1;
			*prec = (double)tp / (double)(i + 1);
			*rec = P ? (double)tp / (double)P : 0;
		}
	}
	*f1 = best;
	return thr;
}

/* Train on the records whose fold is not f (all when f < 0); w receives
 * the weights towards the code (nfeat + 1, the bias last). */
static void
train_one(struct learn *L, struct feature_node **x, double *y, double C,
	  int f, double *w, struct feature_node **xs, double *ys)
{
	struct problem prob;
	struct parameter par;
	struct model *m;
	size_t i, l = 0, np = 0, j;
	int wl[1] = { 1 };
	double wt[1];

	for (i = 0; i < L->nrec; i++)
		if (f < 0 || (int)(i % (size_t)L->folds) != f) {
			xs[l] = x[i];
			ys[l] = y[i];
			np += y[i] > 0;
			l++;
		}
	memset(&par, 0, sizeof par);
	par.solver_type = L->model ? L2R_L2LOSS_SVC_DUAL : L2R_LR;
	par.eps = L->model ? 0.1 : 0.01;
	par.C = C;
	/* rare codes weigh more: positives count as much as negatives, up
	 * to 10 times each */
	wt[0] = np ? (double)(l - np) / (double)np : 1;
	if (wt[0] > 10)
		wt[0] = 10;
	if (wt[0] < 1)
		wt[0] = 1;
	par.nr_weight = 1;
	par.weight_label = wl;
	par.weight = wt;
	prob.l = (int)l;
	prob.n = (int)L->nfeat + 1;
	prob.y = ys;
	prob.x = xs;
	prob.bias = 1;
	if (np == 0 || np == l) {
		memset(w, 0, (L->nfeat + 1) * sizeof *w);
		w[L->nfeat] = np ? 1 : -1;
		return;
	}
	m = train(&prob, &par);
	for (j = 0; j <= L->nfeat; j++)
		w[j] = m->label[0] == 1 ? m->w[j] : -m->w[j];
	free_and_destroy_model(&m);
}

/* CPU seconds of this process: fitting runs on one core, and a busy
 * machine does not inflate them as it does the wall clock. */
static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int
learn_fit(struct learn *L, char *err, size_t errlen)
{
	size_t nf = L->feats.count, nc = L->codes.count, i, j, k;
	size_t *col = xcalloc(nf + 1, sizeof *col), *ord;
	struct feature_node *nodes, **x, **xs;
	double *y, *ys, *dec, *w, *wsum, t0 = now();
	const double *grid = L->model ? grid_svm : grid_lr;

	if (L->nrec < (size_t)L->folds) {
		snprintf(err, errlen, "%zu record%s: too few to learn from "
		    "(at least %d)", L->nrec, L->nrec == 1 ? "" : "s",
		    L->folds);
		free(col);
		return -1;
	}
	for (i = 0; i < nf; i++)
		if (L->df[i] >= L->mincount)
			col[i] = ++L->nfeat;
	nodes = xmalloc(xmul(xadd(L->rfeat.len / sizeof(size_t),
	    2 * L->nrec), sizeof *nodes));
	x = xmalloc(xmul(L->nrec, sizeof *x));
	xs = xmalloc(xmul(L->nrec, sizeof *xs));
	y = xmalloc(xmul(L->nrec, sizeof *y));
	ys = xmalloc(xmul(L->nrec, sizeof *ys));
	dec = xmalloc(xmul(L->nrec, sizeof *dec));
	ord = xmalloc(xmul(L->nrec, sizeof *ord));
	w = xmalloc(xmul(L->nfeat + 1, sizeof *w));
	wsum = xmalloc(xmul(xmul(L->nfeat + 1, NGRID), sizeof *wsum));
	for (i = k = 0; i < L->nrec; i++) {
		const size_t *f = (const size_t *)L->rfeat.s;
		size_t b = k;

		x[i] = nodes + k;
		for (j = L->roff[i]; j < L->roff[i + 1]; j++)
			if (col[f[j]]) {
				nodes[k].index = (int)col[f[j]];
				nodes[k++].value = 1;
			}
		qsort(nodes + b, k - b, sizeof *nodes, cmp_node);
		nodes[k].index = (int)L->nfeat + 1;
		nodes[k++].value = 1;
		nodes[k].index = -1;
		nodes[k++].value = 0;
	}
	L->res = xcalloc(nc + 1, sizeof *L->res);
	for (k = 0; k < nc; k++) {
		struct learn_code *rc = &L->res[k];
		double bestf = -1;
		int g;

		rc->npos = L->npos[k];
		if (rc->npos < L->minrec)
			continue;
		for (i = 0; i < L->nrec; i++) {
			const size_t *c = (const size_t *)L->rcode.s;

			y[i] = -1;
			for (j = L->rcoff[i]; j < L->rcoff[i + 1]; j++)
				if (c[j] == k)
					y[i] = 1;
		}
		int bestg = 0;

		for (g = 0; g < NGRID; g++) {
			double f1, p, r, thr, *ws = wsum + (size_t)g *
			    (L->nfeat + 1);
			int f;

			memset(ws, 0, (L->nfeat + 1) * sizeof *ws);
			for (f = 0; f < L->folds; f++) {
				train_one(L, x, y, grid[g], f, w, xs, ys);
				for (j = 0; j <= L->nfeat; j++)
					ws[j] += w[j] / L->folds;
				for (i = (size_t)f; i < L->nrec;
				    i += (size_t)L->folds)
					dec[i] = decide(w, x[i]);
			}
			thr = best_cut(dec, y, L->nrec, ord, &f1, &p, &r);
			if (f1 > bestf) {
				bestf = f1;
				bestg = g;
				rc->C = grid[g];
				rc->threshold = thr;
				rc->f1 = f1;
				rc->prec = p;
				rc->rec = r;
			}
		}
		/* The model is the mean of the fold models: the threshold was
		 * chosen on their decision values, so it fits their scale
		 * (a model refitted on all the records would be larger). */
		memcpy(w, wsum + (size_t)bestg * (L->nfeat + 1),
		    (L->nfeat + 1) * sizeof *w);
		rc->fitted = 1;
		rc->intercept = w[L->nfeat];
		rc->feat = xmalloc(xmul(L->nfeat + 1, sizeof *rc->feat));
		rc->w = xmalloc(xmul(L->nfeat + 1, sizeof *rc->w));
		for (i = 0; i < nf; i++)
			if (col[i] && fabs(w[col[i] - 1]) >= L->prune &&
			    w[col[i] - 1] != 0) {
				rc->feat[rc->nw] = (int)i;
				rc->w[rc->nw++] = w[col[i] - 1];
			}
	}
	L->seconds = now() - t0;
	free(col);
	free(nodes);
	free(x);
	free(xs);
	free(y);
	free(ys);
	free(dec);
	free(ord);
	free(w);
	free(wsum);
	return 0;
}

/*
 * The pattern feature f is written as, onto out; 0 when it cannot be
 * written as one (the tokeniser would not give its tokens back, or a
 * character the weighted pattern syntax takes otherwise).
 */
static int
pattern(struct learn *L, size_t f, struct buf *out, struct tok_out *to)
{
	size_t n, i;
	const char *k = hash_key(&L->feats, f, &n), *p;
	char e[128];

	buf_reset(out);
	if (k[0] == 's') {
		p = L->reps.s + L->rep[f] - 1;
		n = strlen(p);
	} else {
		p = k + 1;
		n--;
	}
	if (n == 0 || memchr(p, '/', n) || memchr(p, '*', n) ||
	    memchr(p, '?', n) || (n >= 5 && memcmp(p, "stem:", 5) == 0))
		return 0;
	if (tok_run(L->tok, p, n, to, e, sizeof e) < 1)
		return 0;
	/* the tokens must come back as they are */
	buf_reset(&L->key);
	for (i = 0; i < to->n; i++) {
		if (i)
			buf_addc(&L->key, ' ');
		buf_add(&L->key, to->str.s + to->t[i].off, to->t[i].len);
	}
	if (L->key.len != n || memcmp(L->key.s, p, n) != 0 ||
	    to->n != (k[0] == 'p' ? 2u : 1u))
		return 0;
	if (k[0] == 's')
		buf_adds(out, "stem:");
	buf_add(out, p, n);
	return 1;
}

static struct learn_code *wsort;

static int
cmp_w(const void *x, const void *y)
{
	double a = wsort->w[*(const size_t *)x], b = wsort->w[*(const size_t *)y];

	if (a != b)
		return (a < b) - (a > b);
	return (*(const size_t *)x > *(const size_t *)y) -
	    (*(const size_t *)x < *(const size_t *)y);
}

static struct learn *cmp_learn;

static int
cmp_name(const void *x, const void *y)
{
	size_t m, n;
	const char *p = hash_key(&cmp_learn->codes, *(const size_t *)x, &m);
	const char *q = hash_key(&cmp_learn->codes, *(const size_t *)y, &n);
	int c = memcmp(p, q, m < n ? m : n);

	return c ? c : (m > n) - (m < n);
}

void
learn_write(struct learn *L, const char *path, const char *input)
{
	struct rec_writer w;
	struct buf b = BUF_INIT, pat = BUF_INIT;
	struct tok_out to = TOK_OUT_INIT;
	unsigned char h[crypto_hash_sha256_BYTES];
	size_t nc = L->codes.count, i, j, n, *ord = xmalloc(xmul(nc + 1,
	    sizeof *ord)), *wo = NULL, skipped = 0;
	int fd = 1;
	char fp[17];

	crypto_hash_sha256_final(&L->sha, h);
	for (i = 0; i < 8; i++)
		snprintf(fp + 2 * i, 3, "%02x", h[i]);
	for (i = 0; i < nc; i++)
		ord[i] = i;
	cmp_learn = L;
	qsort(ord, nc, sizeof *ord, cmp_name);
	buf_addf(&b, "# Learned by hark learn %s from coded records: a weighted "
	    "code per code\n# (docs/learning.md).  Edit it as any lexicon: "
	    "a record has a code when\n# its intercept plus the weights of "
	    "the patterns found in it reaches\n# its threshold.\n#\n",
	    HARK_VERSION);
	buf_addf(&b, "# data: %s, %zu records, fingerprint %s (SHA-256 of "
	    "codes, ids and text)\n", input, L->nrec, fp);
	buf_addf(&b, "# settings: model=%s folds=%d min-count=%u "
	    "min-records=%u prune=%g C-grid=%g,%g,%g\n",
	    L->model ? "svm" : "lr", L->folds, L->mincount, L->minrec,
	    L->prune, (L->model ? grid_svm : grid_lr)[0],
	    (L->model ? grid_svm : grid_lr)[1],
	    (L->model ? grid_svm : grid_lr)[2]);
	buf_addf(&b, "# features: %zu (tokens, stems and two-token phrases "
	    "in %u records or more)\n", L->nfeat, L->mincount);
	buf_addf(&b, "# cross-validated on the training records, per code: "
	    "records with it, C, threshold,\n# precision, recall, F1\n");
	for (i = 0; i < nc; i++) {
		const struct learn_code *rc = &L->res[ord[i]];
		const char *name = hash_key(&L->codes, ord[i], &n);

		if (!rc->fitted) {
			skipped++;
			continue;
		}
		buf_addf(&b, "#   %.*s records=%u C=%g threshold=%.4f "
		    "precision=%.3f recall=%.3f f1=%.3f\n", (int)n, name,
		    rc->npos, rc->C, rc->threshold, rc->prec, rc->rec,
		    rc->f1);
	}
	if (L->nweak) {
		buf_addf(&b, "# not kept (cross-validated F1 under %g; --min-f1 "
		    "0 keeps them):", L->minf1);
		for (i = 0; i < nc; i++)
			if (L->res[ord[i]].weak) {
				const char *name = hash_key(&L->codes, ord[i],
				    &n);

				buf_addf(&b, " %.*s", (int)n, name);
			}
		buf_addc(&b, '\n');
	}
	if (skipped) {
		buf_addf(&b, "# not learned (fewer than %u records):",
		    L->minrec);
		for (i = 0; i < nc; i++)
			if (!L->res[ord[i]].fitted) {
				const char *name = hash_key(&L->codes, ord[i],
				    &n);

				buf_addf(&b, " %.*s=%u", (int)n, name,
				    L->res[ord[i]].npos);
			}
		buf_addc(&b, '\n');
	}
	buf_addf(&b, "# learning took %.2f s of CPU\n\nlexicon %s\nversion %s\n"
	    "language en\n", L->seconds, L->name, fp);
	for (i = 0; i < nc; i++) {
		struct learn_code *rc = &L->res[ord[i]];
		const char *name = hash_key(&L->codes, ord[i], &n);

		if (!rc->fitted || rc->weak)
			continue;
		buf_addf(&b, "\ncode %.*s\n\tdescription: learned from %u of "
		    "%zu records\n\tintercept: %.6g\n\tthreshold: %.6g\n",
		    (int)n, name, rc->npos, L->nrec, rc->intercept,
		    rc->threshold);
		wo = xrealloc(wo, xmul(rc->nw + 1, sizeof *wo));
		for (j = 0; j < rc->nw; j++)
			wo[j] = j;
		wsort = rc;
		qsort(wo, rc->nw, sizeof *wo, cmp_w);
		for (j = 0; j < rc->nw; j++) {
			if (!pattern(L, (size_t)rc->feat[wo[j]], &pat, &to)) {
				L->dropped++;
				continue;
			}
			buf_addf(&b, "\tweight: %.6g %s\n", rc->w[wo[j]],
			    pat.s);
		}
	}
	if (L->dropped)
		buf_addf(&b, "\n# %zu weights not written: their features "
		    "cannot be written as patterns\n", L->dropped);
	if (path != NULL && strcmp(path, "-") != 0) {
		fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
		if (fd < 0)
			die(HARK_ETROUBLE, "%s: cannot write: %s", path,
			    strerror(errno));
	}
	rec_writer_init(&w, fd);
	rec_put(&w, b.s, b.len);
	rec_writer_close(&w);
	free(ord);
	free(wo);
	buf_free(&b);
	buf_free(&pat);
	tok_out_free(&to);
}
