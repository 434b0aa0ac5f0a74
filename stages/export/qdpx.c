/*
 * qdpx.c - hark export --format qdpx: the stream as a REFI-QDA project
 * (docs/refi-qda.md), for review in NVivo, ATLAS.ti, MAXQDA, QualCoder.
 *
 * Every record becomes a text source (sources/GUID.txt, its `text` as it
 * stands), named by its id, with its other columns as text variables and
 * its `person_id` as a case; the lexicons named in `tagged_with` become the
 * codebook; every tag becomes a coded selection whose positions count
 * Unicode code points from 0 (REFI-QDA 1.5, section 10.2), the end just
 * after the last character.  A tag's byte span comes from `spans`, or,
 * when the stream has none, from the text tokenised again exactly as
 * `hark tag` did (tokenised_with, tokcols_part_end).  Negated and
 * uncertain tags are coded with the marker codes hark-negated and
 * hark-uncertain as well, and say so in the selection's description.
 * GUIDs are derived from names, so the same stream gives the same project.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <zip.h>

#include "err.h"
#include "xml.h"
#include "hash.h"
#include "lex.h"
#include "lists.h"
#include "qdpx.h"
#include "settings.h"
#include "tok.h"
#include "tokcols.h"
#include "banned.h"

#define NEGATED "hark-negated"
#define UNCERTAIN "hark-uncertain"

/* Columns that are not variables: the text, what is made from it, and
 * the settings (the same on every record). */
static const char *const not_vars[] = { "id", "text", "person_id",
	"tokens", "spans", "stems", "tags", "tagged_with", "tokenised_with",
	"redacted_with", NULL };

struct qx {
	struct rec_reader *r;
	struct arena a;
	int idcol, textcol, tagcol, spancol, tokcol, langcol, taggedcol, tokdcol;
	int personcol;
	int *vars;               /* stream columns written as variables */
	size_t nvars;
	/* the codebook */
	struct lex lx;
	int lex_loaded;
	int used_neg, used_unc;
	struct buf lexinfo;      /* what the project's description says */
	/* the tokeniser, when the stream has no spans */
	struct tok *tok;
	int tok_ready, per_lang;
	struct tok_out to;
	struct buf vpath;
	/* per record */
	struct list toks, tags;
	struct list_spans sp;
	size_t *cps, *cpe, cpcap;
	/* the project */
	struct buf sources;      /* <TextSource> elements */
	struct hash ids, persons;
	struct buf *cases;       /* per person: <SourceRef> elements */
	size_t ncases, capcases;
	/* the files: texts, kept until zip_close() */
	char **data;
	char (*gids)[40];
	size_t *len, nfiles, capfiles;
	char user[40];
};

/* ---- XML ---- */

/* A GUID (a version 8 UUID) made from kind and the name a[0..n), the same
 * for the same name. */
static void
guid(char out[40], const char *kind, const char *a, size_t n)
{
	struct buf k = BUF_INIT;
	uint64_t h1, h2;

	buf_adds(&k, kind);
	buf_addc(&k, '\n');
	buf_add(&k, a, n);
	h1 = hash_bytes(k.s, k.len);
	buf_addc(&k, '#');
	h2 = hash_bytes(k.s, k.len);
	buf_free(&k);
	snprintf(out, 40, "%08x-%04x-8%03x-%04x-%012llx",
	    (unsigned)(h1 >> 32), (unsigned)(h1 >> 16) & 0xffff,
	    (unsigned)h1 & 0xfff, (unsigned)(0x8000 | ((h2 >> 48) & 0x3fff)),
	    (unsigned long long)(h2 & 0xffffffffffffULL));
}

static void
add_guid(struct buf *b, const char *kind, const char *a, size_t n)
{
	char g[40];

	guid(g, kind, a, n);
	buf_adds(b, g);
}

/* ---- settings that travel ---- */

/* The codebook: the lexicons that `tagged_with` names, as `hark theme`
 * takes them (each must still have the fingerprint it had). */
static void
load_lexicons(struct qx *q, struct str with)
{
	struct rec_reader *r = q->r;
	struct buf p = BUF_INIT;
	char fp[SETTINGS_FP_LEN + 1], now[SETTINGS_FP_LEN + 1], err[512];
	struct str list;
	size_t i;

	q->lex_loaded = 1;
	lex_init(&q->lx);
	if (!settings_get(with, "lexicons", &list) || list.n == 0)
		return;
	for (i = 0; settings_file(list, i, &p, fp); i++) {
		if (settings_fingerprint(p.s, now, err, sizeof err) < 0)
			die_at(HARK_ETROUBLE, r->name, r->line, "the tags were "
			    "made with lexicon %s, which cannot be read now "
			    "(%s)", p.s, err);
		if (fp[0] && strcmp(fp, now) != 0)
			die_at(HARK_ETROUBLE, r->name, r->line, "lexicon %s has "
			    "changed since the tags were made with it "
			    "(fingerprint %s then, %s now): run hark tag "
			    "again", p.s, fp, now);
		lex_load(&q->lx, p.s, NULL);
		buf_addf(&q->lexinfo, "%s%s@%s", i ? ", " : "", p.s, now);
	}
	lex_finish(&q->lx);
	if (q->lx.nerrors) {
		lex_report(&q->lx, 0);
		exit(HARK_ETROUBLE);
	}
	buf_free(&p);
}

/* The tokeniser `hark tag` used, from `tokenised_with`. */
static void
make_tokeniser(struct qx *q, struct str with)
{
	struct rec_reader *r = q->r;
	char fp[SETTINGS_FP_LEN + 1], now[SETTINGS_FP_LEN + 1], err[512];
	struct str loc, v;
	struct buf locale = BUF_INIT;
	const char *variants = NULL;

	q->tok_ready = 1;
	if (!settings_get(with, "locale", &loc) ||
	    !settings_get(with, "variants", &v))
		die_at(HARK_ETROUBLE, r->name, r->line, "the stream has no "
		    "'spans' and its 'tokenised_with' does not say how the "
		    "tags' tokens were made: run hark tokenise before hark "
		    "tag, or keep the settings columns");
	if (!(v.n == 4 && memcmp(v.p, "none", 4) == 0)) {
		settings_file(v, 0, &q->vpath, fp);
		if (settings_fingerprint(q->vpath.s, now, err, sizeof err) < 0)
			die_at(HARK_ETROUBLE, r->name, r->line, "the tokens "
			    "were made with variant map %s, which cannot be "
			    "read now (%s)", q->vpath.s, err);
		if (fp[0] && strcmp(fp, now) != 0)
			die_at(HARK_ETROUBLE, r->name, r->line, "variant map "
			    "%s has changed since the tags were made with it "
			    "(fingerprint %s then, %s now): run hark tag "
			    "again", q->vpath.s, fp, now);
		variants = q->vpath.s;
	}
	q->per_lang = loc.n == 4 && memcmp(loc.p, "lang", 4) == 0;
	if (!q->per_lang && !(loc.n == 4 && memcmp(loc.p, "root", 4) == 0))
		buf_add(&locale, loc.p, loc.n);
	q->tok = tok_new(locale.s, variants, 0, err, sizeof err);
	if (q->tok == NULL)
		die(HARK_ETROUBLE, "%s", err);
	buf_free(&locale);
}

/* ---- one record ---- */

/* The tokens' byte spans of the current record into q->sp: from `spans`,
 * or made again as `hark tag` made them.  Returns NULL or what is wrong. */
static const char *
record_spans(struct qx *q, struct str text, size_t *ntok)
{
	struct rec_reader *r = q->r;
	char err[512];
	const char *why;

	if (q->spancol >= 0) {
		struct str f = rec_get(r, (size_t)q->spancol, &q->a);

		if ((why = list_split(f, &q->toks)) != NULL)
			return "empty entry in 'spans'";
		*ntok = q->toks.n;
		return list_spans(f, *ntok, text, &q->sp);
	}
	if (!q->tok_ready)
		make_tokeniser(q, q->tokdcol >= 0 ? rec_get(r,
		    (size_t)q->tokdcol, &q->a) : (struct str){ "", 0 });
	if (q->per_lang) {
		struct str lang = { "", 0 };

		if (q->langcol >= 0)
			lang = rec_get(r, (size_t)q->langcol, &q->a);
		if (tokcols_locale(q->tok, lang, err, sizeof err) < 0)
			err_at(r->name, r->line, "%s: using the root locale",
			    err);
	}
	q->sp.n = 0;
	for (size_t off = 0, e, j; off < text.n; off = e) {
		e = tokcols_part_end(text, off);
		if (tok_run(q->tok, text.p + off, e - off, &q->to, err,
		    sizeof err) < 0)
			die_at(HARK_ETROUBLE, r->name, r->line, "%s", err);
		if (q->sp.n + q->to.n + 1 > q->sp.cap) {
			q->sp.cap = xadd(xadd(q->sp.n, q->to.n), 256);
			q->sp.start = xrealloc(q->sp.start, xmul(q->sp.cap,
			    sizeof *q->sp.start));
			q->sp.end = xrealloc(q->sp.end, xmul(q->sp.cap,
			    sizeof *q->sp.end));
		}
		for (j = 0; j < q->to.n; j++) {
			q->sp.start[q->sp.n] = off + q->to.t[j].start;
			q->sp.end[q->sp.n++] = off + q->to.t[j].end;
		}
	}
	*ntok = q->sp.n;
	if (q->tokcol >= 0) {
		/* the tokens are there: they must be the ones made again */
		if (list_split(rec_get(r, (size_t)q->tokcol, &q->a),
		    &q->toks) == NULL && q->toks.n != *ntok)
			return "'tokens' differ from the tokens of 'text' made "
			    "again as tokenised_with says (keep 'spans' in "
			    "the stream)";
	}
	return NULL;
}

/* Code point positions of the token spans: cps[i], cpe[i]. */
static void
code_points(struct qx *q, struct str text, size_t ntok)
{
	size_t i, pos = 0, cp = 0;

	if (ntok + 1 > q->cpcap) {
		q->cpcap = xadd(ntok, 256);
		q->cps = xrealloc(q->cps, xmul(q->cpcap, sizeof *q->cps));
		q->cpe = xrealloc(q->cpe, xmul(q->cpcap, sizeof *q->cpe));
	}
	for (i = 0; i < 2 * ntok; i++) {
		size_t b = i & 1 ? q->sp.end[i / 2] : q->sp.start[i / 2];

		/* offsets only go back for a repeated span: walk back */
		for (; pos > b; pos--)
			if (((unsigned char)text.p[pos - 1] & 0xC0) != 0x80)
				cp--;
		for (; pos < b; pos++)
			if (((unsigned char)text.p[pos] & 0xC0) != 0x80)
				cp++;
		if (i & 1)
			q->cpe[i / 2] = cp;
		else
			q->cps[i / 2] = cp;
	}
}

static void
add_coding(struct qx *q, const struct buf *sel, size_t k, const char *code)
{
	struct buf *b = &q->sources, key = BUF_INIT;

	/* one per code of the selection */
	buf_add(&key, sel->s, sel->len);
	buf_addf(&key, "\n%zu", k);
	buf_adds(b, "<Coding guid=\"");
	add_guid(b, "coding", key.s, key.len);
	buf_free(&key);
	buf_addf(b, "\" creatingUser=\"%s\"><CodeRef targetGUID=\"", q->user);
	add_guid(b, "code", code, strlen(code));
	buf_adds(b, "\"/></Coding>\n");
}

/* The current record as a text source.  Returns 0, or -1 when it is
 * rejected (said on stderr). */
static int
record(struct qx *q)
{
	struct rec_reader *r = q->r;
	struct str id = rec_get(r, (size_t)q->idcol, &q->a), text;
	struct buf *b = &q->sources;
	size_t mark = b->len, ntok = 0, i;
	const char *why = NULL;
	char sg[40];
	int added;

	text = rec_get(r, (size_t)q->textcol, &q->a);
	hash_intern(&q->ids, id.p, id.n, &added);
	if (!added) {
		err_at(r->name, r->line, "duplicate id '%.*s'",
		    id.n > 80 ? 80 : (int)id.n, id.p);
		return -1;
	}
	guid(sg, "source", id.p, id.n);
	buf_adds(b, "<TextSource guid=\"");
	buf_adds(b, sg);
	buf_adds(b, "\" name=\"");
	xml_escape(b, id.p, id.n);
	buf_addf(b, "\" plainTextPath=\"internal://%s.txt\" "
	    "creatingUser=\"%s\">\n", sg, q->user);
	if (q->tagcol >= 0) {
		struct str tags = rec_get(r, (size_t)q->tagcol, &q->a);

		if (!q->lex_loaded)
			load_lexicons(q, q->taggedcol >= 0 ? rec_get(r,
			    (size_t)q->taggedcol, &q->a) :
			    (struct str){ "", 0 });
		if (tags.n && (why = list_split(tags, &q->tags)) != NULL)
			why = "empty entry in 'tags'";
		if (!why && tags.n)
			why = record_spans(q, text, &ntok);
		if (!why && tags.n)
			code_points(q, text, ntok);
		for (i = 0; !why && tags.n && i < q->tags.n; i++) {
			struct list_tag t;
			struct buf selid = BUF_INIT;
			char *code;

			why = list_tag(q->tags.v[i].p, q->tags.v[i].n, ntok,
			    &t);
			if (why)
				break;
			code = xmemdup(t.code.p, t.code.n);
			if (lex_code(&q->lx, t.code.p, t.code.n) < 0)
				lex_add_code(&q->lx, code, NULL, NULL, -1, 0);
			buf_add(&selid, id.p, id.n);
			buf_addf(&selid, "\n%zu", i);
			buf_adds(b, "<PlainTextSelection guid=\"");
			add_guid(b, "selection", selid.s, selid.len);
			buf_adds(b, "\" name=\"");
			xml_escape(b, q->tags.v[i].p, q->tags.v[i].n);
			buf_addf(b, "\" startPosition=\"%zu\" endPosition="
			    "\"%zu\" creatingUser=\"%s\">\n", q->cps[t.first],
			    q->cpe[t.last], q->user);
			if (t.negated || t.uncertain)
				buf_addf(b, "<Description>%s%s%s</Description>"
				    "\n", t.negated ? "negated" : "",
				    t.negated && t.uncertain ? ", " : "",
				    t.uncertain ? "uncertain" : "");
			add_coding(q, &selid, 0, code);
			if (t.negated)
				add_coding(q, &selid, 1, NEGATED);
			if (t.uncertain)
				add_coding(q, &selid, 2, UNCERTAIN);
			q->used_neg |= t.negated;
			q->used_unc |= t.uncertain;
			buf_adds(b, "</PlainTextSelection>\n");
			free(code);
			buf_free(&selid);
		}
	}
	if (why) {
		err_at(r->name, r->line, "%s", why);
		buf_setlen(b, mark);
		return -1;
	}
	for (i = 0; i < q->nvars; i++) {
		const char *col = r->cols[q->vars[i]];
		struct str v = rec_get(r, (size_t)q->vars[i], &q->a);

		buf_adds(b, "<VariableValue><VariableRef targetGUID=\"");
		add_guid(b, "variable", col, strlen(col));
		buf_adds(b, "\"/><TextValue>");
		xml_escape(b, v.p, v.n);
		buf_adds(b, "</TextValue></VariableValue>\n");
	}
	buf_adds(b, "</TextSource>\n");
	if (q->personcol >= 0) {
		struct str p = rec_get(r, (size_t)q->personcol, &q->a);

		if (p.n) {
			size_t k = hash_intern(&q->persons, p.p, p.n, &added);

			if (added) {
				if (q->ncases == q->capcases) {
					q->capcases = q->capcases ?
					    xmul(q->capcases, 2) : 64;
					q->cases = xrealloc(q->cases,
					    xmul(q->capcases, sizeof *q->cases));
				}
				buf_init(&q->cases[q->ncases++]);
			}
			buf_addf(&q->cases[k], "<SourceRef targetGUID=\"%s\"/>"
			    "\n", sg);
		}
	}
	if (q->nfiles == q->capfiles) {
		q->capfiles = q->capfiles ? xmul(q->capfiles, 2) : 64;
		q->data = xrealloc(q->data, xmul(q->capfiles,
		    sizeof *q->data));
		q->len = xrealloc(q->len, xmul(q->capfiles, sizeof *q->len));
		q->gids = xrealloc(q->gids, xmul(q->capfiles,
		    sizeof *q->gids));
	}
	memcpy(q->gids[q->nfiles], sg, sizeof sg);
	q->data[q->nfiles] = xmemdup(text.p, text.n);
	q->len[q->nfiles++] = text.n;
	return 0;
}

/* ---- the project ---- */

static void
write_code(struct qx *q, struct buf *b, size_t c, const int *child,
	   const int *next)
{
	const struct lex_code *k = &q->lx.codes[c];
	const char *last = strrchr(k->name, '/');
	int ch;

	buf_adds(b, "<Code guid=\"");
	add_guid(b, "code", k->name, strlen(k->name));
	buf_adds(b, "\" name=\"");
	xml_escapes(b, last ? last + 1 : k->name);
	buf_adds(b, "\" isCodable=\"true\">\n");
	if (k->label[0] || k->desc[0]) {
		/* the label on the first line, the description after */
		buf_adds(b, "<Description>");
		xml_escapes(b, k->label);
		if (k->label[0] && k->desc[0])
			buf_adds(b, "&#10;");
		xml_escapes(b, k->desc);
		buf_adds(b, "</Description>\n");
	}
	for (ch = child[c]; ch >= 0; ch = next[ch])
		write_code(q, b, (size_t)ch, child, next);
	buf_adds(b, "</Code>\n");
}

static void
write_codebook(struct qx *q, struct buf *b)
{
	size_t n = q->lx.ncodes, i;
	int *child, *next, *last;

	if (q->used_neg && lex_code(&q->lx, NEGATED, strlen(NEGATED)) < 0)
		lex_add_code(&q->lx, NEGATED, NULL, "Marks tags that hark "
		    "found negated (\"not safe\"); the selection also has "
		    "the tag's own code.", -1, 0);
	if (q->used_unc && lex_code(&q->lx, UNCERTAIN, strlen(UNCERTAIN)) < 0)
		lex_add_code(&q->lx, UNCERTAIN, NULL, "Marks tags that hark "
		    "found hedged (\"maybe safe\"); the selection also has "
		    "the tag's own code.", -1, 0);
	n = q->lx.ncodes;
	if (n == 0)
		return;
	child = xmalloc(xmul(n, sizeof *child));
	next = xmalloc(xmul(n, sizeof *next));
	last = xmalloc(xmul(n, sizeof *last));
	for (i = 0; i < n; i++)
		child[i] = next[i] = last[i] = -1;
	for (i = 0; i < n; i++) {
		int p = q->lx.codes[i].parent;

		if (p < 0)
			continue;
		if (last[p] < 0)
			child[p] = (int)i;
		else
			next[last[p]] = (int)i;
		last[p] = (int)i;
	}
	buf_adds(b, "<CodeBook><Codes>\n");
	for (i = 0; i < n; i++)
		if (q->lx.codes[i].parent < 0)
			write_code(q, b, i, child, next);
	buf_adds(b, "</Codes></CodeBook>\n");
	free(child);
	free(next);
	free(last);
}

static void
write_project(struct qx *q, struct buf *b, const char *path, int redacted)
{
	const char *base = strrchr(path, '/');
	size_t i, n;

	base = base ? base + 1 : path;
	n = strlen(base);
	if (n > 5 && strcmp(base + n - 5, ".qdpx") == 0)
		n -= 5;
	buf_adds(b, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	    "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"");
	xml_escape(b, base, n);
	buf_addf(b, "\" origin=\"hark " HARK_VERSION "\" "
	    "creatingUserGUID=\"%s\">\n", q->user);
	buf_addf(b, "<Users><User guid=\"%s\" name=\"hark\"/></Users>\n",
	    q->user);
	write_codebook(q, b);
	if (q->nvars) {
		buf_adds(b, "<Variables>\n");
		for (i = 0; i < q->nvars; i++) {
			const char *col = q->r->cols[q->vars[i]];

			buf_adds(b, "<Variable guid=\"");
			add_guid(b, "variable", col, strlen(col));
			buf_adds(b, "\" name=\"");
			xml_escapes(b, col);
			buf_adds(b, "\" typeOfVariable=\"Text\"/>\n");
		}
		buf_adds(b, "</Variables>\n");
	}
	if (q->ncases) {
		buf_adds(b, "<Cases>\n");
		for (i = 0; i < q->ncases; i++) {
			size_t kn;
			const char *k = hash_key(&q->persons, i, &kn);

			buf_adds(b, "<Case guid=\"");
			add_guid(b, "case", k, kn);
			buf_adds(b, "\" name=\"");
			xml_escape(b, k, kn);
			buf_adds(b, "\">\n");
			buf_add(b, q->cases[i].s, q->cases[i].len);
			buf_adds(b, "</Case>\n");
		}
		buf_adds(b, "</Cases>\n");
	}
	if (q->sources.len) {
		buf_adds(b, "<Sources>\n");
		buf_add(b, q->sources.s, q->sources.len);
		buf_adds(b, "</Sources>\n");
	}
	buf_adds(b, "<Description>Made by hark export from ");
	xml_escapes(b, q->r->name);
	buf_adds(b, ". Codes from lexicons: ");
	xml_escapes(b, q->lexinfo.len ? q->lexinfo.s : "none");
	buf_adds(b, ". Tags hark found negated or uncertain are also coded "
	    NEGATED " or " UNCERTAIN ". ");
	buf_adds(b, redacted ? "The text was redacted by hark redact." :
	    "The text was NOT redacted (--allow-unredacted): it may name "
	    "people.");
	buf_adds(b, "</Description>\n</Project>\n");
}

static void
zip_fail(zip_t *z, const char *path, const char *what)
{
	die(HARK_ETROUBLE, "%s: cannot %s: %s", path, what,
	    zip_error_strerror(zip_get_error(z)));
}

static void
zip_put(zip_t *z, const char *path, const char *name, const char *p,
	size_t n, time_t mtime)
{
	zip_source_t *s = zip_source_buffer(z, p, n, 0);
	zip_int64_t i;

	if (s == NULL)
		zip_fail(z, path, "add a file");
	i = zip_file_add(z, name, s, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
	if (i < 0) {
		zip_source_free(s);
		zip_fail(z, path, "add a file");
	}
	if (zip_set_file_compression(z, (zip_uint64_t)i, ZIP_CM_DEFLATE, 0) < 0
	    || zip_file_set_mtime(z, (zip_uint64_t)i, mtime, 0) < 0)
		zip_fail(z, path, "add a file");
}

int
qdpx_export(struct rec_reader *r, const char *path, int allow_unredacted)
{
	struct qx q;
	struct buf proj = BUF_INIT, name = BUF_INIT;
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	time_t mtime = sde && *sde ? (time_t)strtoll(sde, NULL, 10) :
	    time(NULL);
	int status = HARK_OK, redacted, ze;
	size_t i, k;
	zip_t *z;

	memset(&q, 0, sizeof q);
	q.r = r;
	arena_init(&q.a, 0);
	hash_init(&q.ids);
	hash_init(&q.persons);
	guid(q.user, "user", "hark", 4);
	q.idcol = rec_need_col(r, "id", NULL);
	q.textcol = rec_need_col(r, "text", NULL);
	q.tagcol = rec_col(r, "tags");
	q.spancol = rec_col(r, "spans");
	q.tokcol = rec_col(r, "tokens");
	q.langcol = rec_col(r, "lang");
	q.taggedcol = rec_col(r, "tagged_with");
	q.tokdcol = rec_col(r, "tokenised_with");
	q.personcol = rec_col(r, "person_id");
	redacted = rec_col(r, "redactions") >= 0;
	if (!redacted && !allow_unredacted)
		die_at(HARK_ETROUBLE, r->name, 1, "no column 'redactions': the "
		    "text has not been through hark redact, and a project is "
		    "for others to read (run hark redact, or give "
		    "--allow-unredacted)");
	q.vars = xcalloc(r->ncols + 1, sizeof *q.vars);
	for (i = 0; i < r->ncols; i++) {
		for (k = 0; not_vars[k]; k++)
			if (strcmp(r->cols[i], not_vars[k]) == 0)
				break;
		if (!not_vars[k])
			q.vars[q.nvars++] = (int)i;
	}
	if (q.tagcol >= 0 && q.spancol < 0 && q.tokdcol < 0)
		die_at(HARK_ETROUBLE, r->name, 1, "the stream has 'tags' but "
		    "neither 'spans' nor 'tokenised_with': the tags cannot be "
		    "placed in the text");
	while (rec_next(r, &status)) {
		if (record(&q) < 0)
			status = HARK_EDATA;
		arena_reset(&q.a);
	}
	if (status == HARK_ETROUBLE)
		exit(HARK_ETROUBLE);
	if (!q.lex_loaded)
		lex_init(&q.lx);
	write_project(&q, &proj, path, redacted);

	z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &ze);
	if (z == NULL) {
		zip_error_t e;

		zip_error_init_with_code(&e, ze);
		die(HARK_ETROUBLE, "%s: cannot write: %s", path,
		    zip_error_strerror(&e));
	}
	zip_put(z, path, "project.qde", proj.s, proj.len, mtime);
	for (i = 0; i < q.nfiles; i++) {
		buf_reset(&name);
		buf_addf(&name, "sources/%s.txt", q.gids[i]);
		zip_put(z, path, name.s, q.data[i], q.len[i], mtime);
	}
	if (zip_close(z) < 0) {
		zip_fail(z, path, "write");
	}
	for (i = 0; i < q.nfiles; i++)
		free(q.data[i]);
	for (i = 0; i < q.ncases; i++)
		buf_free(&q.cases[i]);
	free(q.cases);
	free(q.data);
	free(q.gids);
	free(q.len);
	free(q.vars);
	free(q.cps);
	free(q.cpe);
	buf_free(&proj);
	buf_free(&name);
	buf_free(&q.sources);
	buf_free(&q.lexinfo);
	buf_free(&q.vpath);
	hash_free(&q.ids);
	hash_free(&q.persons);
	list_free(&q.toks);
	list_free(&q.tags);
	list_spans_free(&q.sp);
	tok_out_free(&q.to);
	tok_free(q.tok);
	lex_free(&q.lx);
	arena_free(&q.a);
	return status;
}
