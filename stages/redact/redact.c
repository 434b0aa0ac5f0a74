/*
 * redact.c - replace personal data in the voice by typed, keyed pseudonyms.
 *
 * Reads column text and rewrites it in place, each finding (detect.c)
 * replaced by a placeholder such as [PERSON_3f9a0c]: the type and the first
 * hex digits of HMAC-SHA-256(key, TYPE 0x00 normalised-value), so that one
 * key gives one value one pseudonym in every record, file and run.  Writes
 * column redactions (TYPE=COUNT, types in a fixed order), column
 * redacted_with (the settings, so that later stages and readers can see how
 * the text was redacted) and, with --audit, a table of what was found
 * where, for the data owner only.  --pseudonymise COL rewrites whole
 * identifier columns (person_id) in place by their keyed pseudonyms, type
 * ID and 16 hex digits, the form hark join --pseudonymise-key gives a raw
 * table's keys, so that redacted streams still join outcome tables.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "err.h"
#include "opt.h"
#include "hash.h"
#include "rec.h"
#include "pseudo.h"
#include "detect.h"
#include "banned.h"

enum { MODE_PSEUDONYM, MODE_TYPE, MODE_MASK };

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-redact [-hq] [--mode pseudonym|type|mask] "
	    "[--key FILE] [--digits N]\n"
	    "                   [--types LIST] [--names FILE] [--all-dates] "
	    "[--audit FILE]\n"
	    "                   [--not-names FILE] "
	    "[--pseudonymise COL[,COL...]] [FILE...]\n");
}

static const char help[] =
	"  --mode MODE             pseudonym (default), type or mask\n"
	"  --key FILE              key the pseudonyms with FILE\n"
	"  --digits N              hex digits per pseudonym, 4 to 16 (default 6)\n"
	"  --types LIST            only these types, comma-separated\n"
	"  --names FILE            known names, one per line\n"
	"  --not-names FILE        words that are never names, one per line\n"
	"  --all-dates             redact every date, not only dates of birth\n"
	"  --audit FILE            write what was found where to FILE\n"
	"  --pseudonymise COL,...  pseudonymise every value of these columns\n"
	OPT_HELP_COMMON;

static void
load_names(struct detector *d, const char *path, int not)
{
	struct buf b = BUF_INIT;
	const char *p, *end, *nl;

	buf_init(&b);
	if (buf_read_file(&b, path, (size_t)1 << 30) < 0)
		die(HARK_ETROUBLE, "%s: %s", path, strerror(errno));
	for (p = b.s, end = b.s + b.len; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			nl = end;
		if (nl > p && *p != '#') {
			if (not)
				det_add_not_name(d, p, (size_t)(nl - p));
			else
				det_add_known(d, p, (size_t)(nl - p));
		}
	}
	buf_free(&b);
}

/* The value as the pseudonym sees it (docs/redaction.md, "Normalisation"):
 * PHONE digits with +44 as 0; NHS_NUMBER digits; POSTCODE, NINO, UPN
 * upper case without spaces; the rest lower case with runs of spaces and
 * commas as one space. */
static void
normalise(struct buf *o, int t, const char *p, size_t n)
{
	size_t i = 0;

	buf_reset(o);
	switch (t) {
	case T_PHONE: {
		/* The digits; +44, (+44) or 0044, then (0) or 0, as one
		 * trunk 0. */
		size_t k;

		for (; i < n; i++)
			if (p[i] >= '0' && p[i] <= '9')
				buf_addc(o, p[i]);
		k = o->len;
		i = 0;
		if (n > 1 && (p[0] == '+' || (p[0] == '(' && p[1] == '+')) &&
		    k > 2 && !memcmp(o->s, "44", 2))
			i = 2;
		else if (k > 4 && !memcmp(o->s, "0044", 4))
			i = 4;
		else
			return;
		if (i < k && o->s[i] == '0')
			i++;
		memmove(o->s + 1, o->s + i, k - i);
		o->s[0] = '0';
		buf_setlen(o, k - i + 1);
		return;
	}
	case T_NHS_NUMBER:
	case T_POSTCODE:
	case T_NINO:
	case T_UPN:
		for (; i < n; i++)
			if (p[i] >= '0' && p[i] <= '9')
				buf_addc(o, p[i]);
			else if (p[i] >= 'a' && p[i] <= 'z')
				buf_addc(o, p[i] - 32);
			else if (p[i] >= 'A' && p[i] <= 'Z')
				buf_addc(o, p[i]);
		return;
	default:
		for (; i < n; i++) {
			char c = p[i];

			if (c == ' ' || c == ',' || c == '\n' || c == '\t') {
				if (o->len && o->s[o->len - 1] != ' ')
					buf_addc(o, ' ');
				continue;
			}
			buf_addc(o, c >= 'A' && c <= 'Z' ? c + 32 : c);
		}
		if (o->len && o->s[o->len - 1] == ' ')
			buf_setlen(o, o->len - 1);
	}
}

/*
 * The redacted_with column: how this stream was redacted, as NAME=VALUE
 * entries.  key= is a fingerprint of the key (8 hex digits of its HMAC over
 * a fixed text), which shows whether two streams share a key without
 * saying anything about it; "random" means a key made for one run.
 */
static void
settings(struct buf *b, int mode, int digits, const unsigned char *key,
	 size_t keylen, unsigned types, int all_dates, int names,
	 const char *ids)
{
	static const char *const modes[] = { "pseudonym", "type", "mask" };

	buf_addf(b, "mode=%s", modes[mode]);
	if (mode == MODE_PSEUDONYM) {
		char fp[9];

		buf_addf(b, " digits=%d", digits);
		if (key) {
			pseudo_hex(key, keylen, "KEY", "hark key fingerprint",
				   20, fp, 8);
			buf_addf(b, " key=%s", fp);
		} else {
			buf_adds(b, " key=random");
		}
	}
	if (types == (1u << NTYPES) - 1) {
		buf_adds(b, " types=all");
	} else {
		const char *sep = " types=";

		for (int t = 0; t < NTYPES; t++)
			if (types & (1u << t)) {
				buf_addf(b, "%s%s", sep, det_type_names[t]);
				sep = ",";
			}
	}
	buf_addf(b, " dates=%s names=%s", all_dates ? "all" : "birth",
		 (names & 1) ? "lexicon+list" : "lexicon");
	if (names & 2)
		buf_adds(b, " not-names=list");
	if (ids)
		buf_addf(b, " pseudonymised=%s", ids);
}

/* --pseudonymise's list: the columns, and their places in the stream
 * (which must have them, and they must not be the columns redact owns). */
static size_t
id_columns(const char *list, const struct rec_reader *r, const char ***names,
	   int **at)
{
	char **v = NULL, *copy = xstrdup(list); /* held by *names */
	size_t n = 0, i;

	opt_list("--pseudonymise", copy, &v, &n, usage);
	*names = xmalloc(xmul(n, sizeof **names));
	*at = xmalloc(xmul(n, sizeof **at));
	for (i = 0; i < n; i++) {
		if (!strcmp(v[i], "text") || !strcmp(v[i], "redactions") ||
		    !strcmp(v[i], "redacted_with"))
			die(HARK_ETROUBLE, "--pseudonymise: column '%s' is "
			    "redact's own", v[i]);
		(*at)[i] = rec_need_col(r, v[i], "to pseudonymise");
		(*names)[i] = v[i];
	}
	free(v);
	return n;
}

/*
 * The pseudonyms of findings, remembered: a name or place found again
 * costs a hash probe, not an HMAC (four SHA-256 blocks; on the bench
 * corpus a third of findings are repeats: 20 MB, 17,308 findings, 11,247
 * values).  Keyed
 * by TYPE, NUL, the value; forgotten at PMEMO_MAX values, so memory stays
 * bounded.  The values are wiped at the end, as the key is.
 */
#define PMEMO_MAX 65536
struct pmemo {
	struct hash h;
	struct buf k;      /* scratch: the key being looked up */
	char (*hex)[17];   /* per value: its pseudonym */
	size_t cap;
};

static const char *
pmemo_hex(struct pmemo *pm, const unsigned char *key, size_t keylen,
	  const char *type, const char *v, size_t n, size_t digits)
{
	size_t i;
	int added;

	buf_reset(&pm->k);
	buf_add(&pm->k, type, strlen(type) + 1);
	buf_add(&pm->k, v, n);
	if (pm->h.count >= PMEMO_MAX) {
		sodium_memzero(pm->h.keys.s, pm->h.keys.len);
		hash_free(&pm->h);
		hash_init(&pm->h);
	}
	i = hash_intern(&pm->h, pm->k.s, pm->k.len, &added);
	if (i >= pm->cap) {
		pm->cap = pm->cap ? xmul(pm->cap, 2) : 1024;
		pm->hex = xrealloc(pm->hex, xmul(pm->cap, sizeof *pm->hex));
	}
	if (added)
		pseudo_hex(key, keylen, type, v, n, pm->hex[i], digits);
	return pm->hex[i];
}

static void
pmemo_free(struct pmemo *pm)
{
	if (pm->h.keys.s)
		sodium_memzero(pm->h.keys.s, pm->h.keys.len);
	if (pm->k.s)
		sodium_memzero(pm->k.s, pm->k.len);
	hash_free(&pm->h);
	buf_free(&pm->k);
	free(pm->hex);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "mode", required_argument, NULL, 'm' },
		{ "key", required_argument, NULL, 'k' },
		{ "digits", required_argument, NULL, 'd' },
		{ "types", required_argument, NULL, 't' },
		{ "names", required_argument, NULL, 'n' },
		{ "all-dates", no_argument, NULL, 'D' },
		{ "audit", required_argument, NULL, 'a' },
		{ "pseudonymise", required_argument, NULL, 'p' },
		{ "not-names", required_argument, NULL, 'N' },
		{ NULL, 0, NULL, 0 }
	};
	static const char **owned;
	static int *idat;
	struct rec_reader r;
	struct rec_writer w, aw;
	struct rec_plan pl;
	struct arena a;
	struct detector *d;
	struct buf out = BUF_INIT, red = BUF_INIT, norm = BUF_INIT, ph = BUF_INIT;
	struct buf ab = BUF_INIT, how = BUF_INIT;
	unsigned char *key;
	size_t keylen;
	char hexbuf[17];
	struct pmemo pm = { .k = BUF_INIT };
	unsigned long long counts[NTYPES] = { 0 }, rcount[NTYPES], nfind = 0;
	unsigned types = (1u << NTYPES) - 1;
	const char *keyfile = NULL, *namesfile = NULL, *auditfile = NULL;
	const char *notnamesfile = NULL;
	const char *idlist = NULL;
	struct buf idp = BUF_INIT;
	size_t nids = 0;
	int c, status = HARK_OK, mode = MODE_PSEUDONYM, digits = 6;
	int quiet = 0, all_dates = 0, tcol, idcol, afd = -1;
	char errbuf[512];

	err_init("redact");
	opterr = 0; /* our own messages: getopt's would name argv[0] */
	while ((c = getopt_long(argc, argv, ":hq", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			opt_help(usage, help);
		case 'q':
			quiet = err_quiet = 1;
			break;
		case 'm': {
			static const char *const modes[] = { "pseudonym",
			    "type", "mask", NULL };
			static const int mv[] = { MODE_PSEUDONYM, MODE_TYPE,
			    MODE_MASK };

			mode = mv[opt_choice("--mode", optarg, modes, usage)];
			break;
		}
		case 'k':
			keyfile = optarg;
			break;
		case 'd':
			digits = (int)opt_uint("--digits", optarg, 4, 16, usage);
			break;
		case 't': {
			char **v = NULL;
			size_t nv = 0, j;

			const char *tn[NTYPES + 1];

			for (j = 0; j < NTYPES; j++)
				tn[j] = det_type_names[j];
			tn[NTYPES] = NULL;
			opt_list("--types", optarg, &v, &nv, usage);
			types = 0;
			for (j = 0; j < nv; j++)
				types |= 1u << opt_choice("--types", v[j], tn,
				    usage);
			free(v);
			break;
		}
		case 'n':
			namesfile = optarg;
			break;
		case 'N':
			notnamesfile = optarg;
			break;
		case 'D':
			all_dates = 1;
			break;
		case 'a':
			auditfile = optarg;
			break;
		case 'p':
			idlist = optarg;
			break;
		default:
			opt_fail(c, argv, usage);
		}
	}
	if (sodium_init() < 0)
		die(HARK_ETROUBLE, "cannot initialise libsodium");
	if (keyfile) {
		const char *why;

		if (!(key = pseudo_load_key(keyfile, &keylen, &why)))
			die(HARK_ETROUBLE, "%s: %s", keyfile, why);
	} else {
		/* A fresh key per run: pseudonyms link within the run only. */
		keylen = 32;
		key = xmalloc(keylen);
		randombytes_buf(key, keylen);
	}

	d = det_new(types, all_dates, errbuf, sizeof errbuf);
	if (!d)
		die(HARK_ETROUBLE, "%s", errbuf);
	if (namesfile)
		load_names(d, namesfile, 0);
	if (notnamesfile)
		load_names(d, notnamesfile, 1);

	rec_open_or_exit(&r, argv + optind, (size_t)(argc - optind),
	    REC_NEED_ID);
	tcol = rec_need_col(&r, "text", NULL);
	idcol = rec_col(&r, "id");
	owned = xmalloc(3 * sizeof *owned);
	owned[0] = "text";
	owned[1] = "redactions";
	owned[2] = "redacted_with";
	if (idlist) {
		const char **ids = NULL;

		nids = id_columns(idlist, &r, &ids, &idat);
		owned = xrealloc(owned, xmul(3 + nids, sizeof *owned));
		memcpy(owned + 3, ids, nids * sizeof *ids);
		free(ids);
	}
	settings(&how, mode, digits, keyfile ? key : NULL, keylen, types,
		 all_dates, (namesfile != NULL) | (notnamesfile != NULL) << 1,
		 idlist);
	if (auditfile) {
		static const char ahdr[] =
		    "record_id\ttype\tstart\tend\tvalue\tplaceholder\n";

		/* Only the owner may read what was found. */
		afd = open(auditfile, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (afd < 0)
			die(HARK_ETROUBLE, "%s: %s", auditfile, strerror(errno));
		rec_writer_init(&aw, afd);
		rec_put(&aw, ahdr, sizeof ahdr - 1);
	}
	buf_init(&out);
	buf_init(&red);
	buf_init(&norm);
	buf_init(&ph);
	buf_init(&ab);
	arena_init(&a, 0);
	rec_writer_init(&w, 1);
	rec_plan_init(&pl, &r, owned, 3 + nids);
	rec_write_header(&w, &pl);
	while (rec_next(&r, &status)) {
		const struct finding *f;
		struct str *vals = arena_alloc(&a, (3 + nids) * sizeof *vals);
		struct str text;
		size_t nf, last = 0, viewn;
		const char *view;

		text = rec_get(&r, (size_t)tcol, &a);
		nf = det_run(d, text.p, text.n, &f);
		view = det_view(d, &viewn);
		buf_reset(&out);
		memset(rcount, 0, sizeof rcount);
		for (size_t q = 0; q < nf; q++) {
			const char *tn = det_type_names[f[q].type];
			const char *v = text.p + f[q].start;
			size_t vn = f[q].end - f[q].start;

			buf_add(&out, text.p + last, f[q].start - last);
			last = f[q].end;
			rcount[f[q].type]++;
			if (f[q].kept) {
				buf_add(&out, v, vn);
				continue;
			}
			buf_reset(&ph);
			if (mode == MODE_MASK) {
				/* One X per character, spaces kept. */
				for (size_t i = 0; i < vn; i++) {
					unsigned char b = (unsigned char)v[i];

					if (b == ' ')
						buf_addc(&ph, ' ');
					else if ((b & 0xC0) != 0x80)
						buf_addc(&ph, 'X');
				}
			} else {
				buf_addc(&ph, '[');
				buf_adds(&ph, tn);
				if (mode == MODE_PSEUDONYM) {
					/* The value as the detectors saw it:
					 * NBSP or fullwidth digits give the
					 * same pseudonym as plain ones. */
					normalise(&norm, f[q].type,
					    view + f[q].vstart,
					    f[q].vend - f[q].vstart);
					buf_addc(&ph, '_');
					buf_add(&ph, pmemo_hex(&pm, key, keylen,
					    tn, norm.s, norm.len,
					    (size_t)digits), (size_t)digits);
				}
				buf_addc(&ph, ']');
			}
			buf_add(&out, ph.s, ph.len);
			if (afd >= 0) {
				struct str id = rec_get(&r, (size_t)idcol, &a);

				rec_put_esc(&aw, id.p, id.n);
				rec_putc(&aw, '\t');
				rec_put(&aw, tn, strlen(tn));
				buf_reset(&ab);
				buf_addf(&ab, "\t%zu\t%zu\t", f[q].start, f[q].end);
				rec_put(&aw, ab.s, ab.len);
				rec_put_esc(&aw, v, vn);
				rec_putc(&aw, '\t');
				rec_put_esc(&aw, ph.s, ph.len);
				rec_putc(&aw, '\n');
			}
		}
		buf_add(&out, text.p + last, text.n - last);
		buf_reset(&red);
		for (int t = 0; t < NTYPES; t++) {
			if (!rcount[t])
				continue;
			if (red.len)
				buf_addc(&red, ' ');
			buf_adds(&red, det_type_names[t]);
			buf_addc(&red, '=');
			buf_addu(&red, rcount[t]);
			counts[t] += rcount[t];
			nfind += rcount[t];
		}
		vals[0].p = out.s;
		vals[0].n = out.len;
		vals[1].p = red.s;
		vals[1].n = red.len;
		vals[2].p = how.s;
		vals[2].n = how.len;
		/* Whole identifiers: the value as it is, as join does it. */
		buf_reset(&idp);
		buf_grow(&idp, nids * PSEUDO_DIGITS);
		for (size_t j = 0; j < nids; j++) {
			struct str v = rec_get(&r, (size_t)idat[j], &a);

			vals[3 + j].p = idp.s + idp.len;
			vals[3 + j].n = v.n ? PSEUDO_DIGITS : 0;
			if (!v.n)
				continue;
			pseudo_hex(key, keylen, "ID", v.p, v.n, hexbuf,
			    PSEUDO_DIGITS);
			buf_add(&idp, hexbuf, PSEUDO_DIGITS);
		}
		rec_write(&w, &r, &pl, vals);
		arena_reset(&a);
	}
	if (!quiet) {
		buf_reset(&ab);
		buf_addf(&ab, "%llu records, %llu findings", r.nread, nfind);
		for (int t = 0, first = 1; t < NTYPES; t++)
			if (counts[t]) {
				buf_addf(&ab, "%s%s=%llu", first ? ": " : " ",
				    det_type_names[t], counts[t]);
				first = 0;
			}
		if (mode == MODE_PSEUDONYM)
			buf_addf(&ab, "; %s", keyfile ? "keyed pseudonyms" :
			    "random key (no linkage across runs)");
		else
			buf_addf(&ab, "; mode %s", mode == MODE_TYPE ? "type" :
			    "mask");
		err_msg("%s", ab.s);
	}
	if (afd >= 0)
		rec_writer_close(&aw);
	rec_writer_close(&w);
	rec_plan_free(&pl);
	rec_close(&r);
	arena_free(&a);
	det_free(d);
	sodium_memzero(key, keylen);
	free(key);
	pmemo_free(&pm);
	buf_free(&out);
	buf_free(&red);
	buf_free(&norm);
	buf_free(&ph);
	buf_free(&ab);
	buf_free(&how);
	buf_free(&idp);
	for (size_t j = 3; j < 3 + nids; j++)
		free((char *)owned[j]);
	free(owned);
	free(idat);
	return status;
}
