/*
 * learn.h - hark-learn's model: features, records, fitting, writing.
 */
#ifndef HARK_LEARN_H
#define HARK_LEARN_H

#include <stddef.h>

#include <sodium.h>

#include "buf.h"
#include "hash.h"
#include "lists.h"
#include "rec.h"

struct tok;

/* One code's fitted model. */
struct learn_code {
	int fitted;
	int weak;                 /* fitted, but its F1 is under --min-f1 */
	unsigned npos;
	double C, threshold, intercept;
	double prec, rec, f1;     /* cross-validated on the training data */
	int *feat;                /* written features (feature ids) */
	double *w;
	size_t nw;
};

struct learn {
	/* settings */
	int model, folds;
	unsigned mincount, minrec;
	double prune, minf1;
	const char *name;
	struct tok *tok;
	/* features: key is the kind ('w', 's', 'p') then the bytes */
	struct hash feats;
	unsigned *df, *fstamp, stamp;
	size_t *rep;              /* per feature: offset in reps + 1, or 0 */
	struct buf reps, key;
	size_t capf;
	/* codes */
	struct hash codes;
	unsigned *cstamp, *npos;
	size_t capc;
	struct learn_code *res;
	/* records: feature ids and code ids, one after another */
	struct buf rfeat, rcode;
	size_t *roff, *rcoff, nrec, caprec;
	crypto_hash_sha256_state sha;
	size_t nfeat;             /* features kept (df >= mincount) */
	size_t dropped;           /* weights not written: not a pattern */
	size_t nweak;             /* codes under --min-f1 */
	double seconds;
};

void learn_init(struct learn *L);
/* Mark the fitted codes whose cross-validated F1 is under L->minf1: they
 * are not written (a code that cannot be told from chance would be given
 * to many records); named on standard error unless quiet. */
void learn_weak(struct learn *L, int quiet);
void learn_free(struct learn *L);
/* Count feature kind (a, b) once for the current record (L->stamp) and
 * add its id to ids; rep is the token a stem feature is written with. */
void learn_feature(struct learn *L, int kind, struct str a, struct str b,
		   struct str rep, struct buf *ids);
/* Parse a code list into out (code ids, each once).  Returns NULL or what
 * is wrong. */
const char *learn_codes(struct learn *L, struct str f, struct list *l,
			struct buf *out);
/* Keep one record: its features and codes (and id and text for the
 * fingerprint). */
void learn_record(struct learn *L, struct str id, const struct buf *ids,
		  const struct buf *codes, struct str text);
/* Fit every code.  Returns 0, or -1 with err set (no records). */
int learn_fit(struct learn *L, char *err, size_t errlen);
/* Write the lexicon to path (NULL: stdout); input names the data. */
void learn_write(struct learn *L, const char *path, const char *input);

#endif
