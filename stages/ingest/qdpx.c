/*
 * qdpx.c - hark ingest --format qdpx: a REFI-QDA project (docs/refi-qda.md)
 * back to the stream, one record per text source: `id` (its name), `text`,
 * its variables, `person_id` (its case) when the project has cases,
 * `codes` (CODE@START:END byte spans into text, `!` negated, `?`
 * uncertain) and `coders` (who applied each) when the project names users.
 *
 * The archive is read into memory only, never unpacked: an entry name
 * with ../ reaches nothing.  Every entry read is capped (a zip bomb stops
 * at the cap), a DTD is refused before parsing (no entity can expand),
 * and libxml2 runs without network access, entity substitution or its
 * "huge" limits lifted.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include "err.h"
#include "ingest.h"
#include "qdpx.h"
#include "banned.h"

#define NEGATED "hark-negated"
#define UNCERTAIN "hark-uncertain"

struct ent {                 /* one entry of `codes` */
	size_t start, end;   /* bytes */
	int code, flags;     /* code index; 1 negated, 2 uncertain */
	int coder;           /* user index, or -1 */
};

struct px {
	const char *path;
	zip_t *z;
	size_t cap, total;       /* per entry; read so far */
	char **uguid, **uname;   /* users */
	size_t nusers;
	char **cguid, **cname;   /* codes, names mapped */
	size_t ncodes;
	char **vguid, **vname;   /* variables */
	size_t nvars;
	char **sguid, **sperson; /* source GUID -> case name */
	size_t nsp;
	int has_cases;
	struct ent *e;
	size_t ne, cape;
};

static void
push(char ***a, size_t n, char *v)
{
	*a = xrealloc(*a, xmul(n + 1, sizeof **a));
	(*a)[n] = v;
}

static int
is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)n->name, name) == 0;
}

/* An attribute's value (malloc'd copy, or NULL). */
static char *
attr(const xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetNoNsProp(n, (const xmlChar *)name);
	char *s;

	if (v == NULL)
		return NULL;
	s = xstrdup((const char *)v);
	xmlFree(v);
	return s;
}

static int
find(char **a, size_t n, const char *v)
{
	size_t i;

	if (v == NULL)
		return -1;
	for (i = 0; i < n; i++)
		if (strcmp(a[i], v) == 0)
			return (int)i;
	return -1;
}

/* Entry idx of the archive, whole, at most p->cap bytes (and p->total at
 * most 4 caps), NUL-terminated.  Returns NULL with a reason in err. */
static char *
read_entry(struct px *p, zip_int64_t idx, size_t *len, char *err,
	   size_t errlen)
{
	zip_file_t *f = zip_fopen_index(p->z, (zip_uint64_t)idx, 0);
	size_t n = 0, cap = 65536;
	char *b;

	if (f == NULL) {
		snprintf(err, errlen, "cannot read '%s' in the archive: %s",
		    zip_get_name(p->z, (zip_uint64_t)idx, 0),
		    zip_error_strerror(zip_get_error(p->z)));
		return NULL;
	}
	b = xmalloc(cap + 1);
	for (;;) {
		zip_int64_t k;

		if (n == cap) {
			cap = xmul(cap, 2);
			b = xrealloc(b, cap + 1);
		}
		k = zip_fread(f, b + n, cap - n);
		if (k < 0) {
			snprintf(err, errlen, "cannot read '%s' in the archive: "
			    "%s", zip_get_name(p->z, (zip_uint64_t)idx, 0),
			    zip_error_strerror(zip_file_get_error(f)));
			goto fail;
		}
		if (k == 0)
			break;
		n += (size_t)k;
		if (n > p->cap || p->total + n > 4 * p->cap) {
			snprintf(err, errlen, "'%s' in the archive unpacks to "
			    "more than %zu bytes (a zip bomb?): see "
			    "--max-record-size", zip_get_name(p->z,
			    (zip_uint64_t)idx, 0), n > p->cap ? p->cap :
			    4 * p->cap);
			goto fail;
		}
	}
	zip_fclose(f);
	p->total += n;
	b[n] = '\0';
	*len = n;
	return b;
fail:
	zip_fclose(f);
	free(b);
	return NULL;
}

/* A code's name under hark's rules (docs/refi-qda.md): each level keeps
 * ASCII letters, digits and _ . -; any other run of bytes becomes one _;
 * a level left empty is "code-" and the GUID's first 8 hex digits. */
static void
map_level(struct buf *o, const char *s, const char *guid)
{
	size_t mark = o->len;
	int run = 0;

	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '_' || c == '.' ||
		    c == '-') {
			buf_addc(o, c);
			run = 0;
		} else if (!run) {
			buf_addc(o, '_');
			run = 1;
		}
	}
	while (o->len > mark && o->s[o->len - 1] == '_')
		o->len--;
	while (o->len > mark && o->s[mark] == '_') {
		memmove(o->s + mark, o->s + mark + 1, o->len - mark - 1);
		o->len--;
	}
	if (o->len == mark) {
		buf_adds(o, "code-");
		for (; guid && *guid && o->len < mark + 13; guid++)
			if ((*guid >= '0' && *guid <= '9') ||
			    (*guid >= 'a' && *guid <= 'f') ||
			    (*guid >= 'A' && *guid <= 'F'))
				buf_addc(o, *guid | 0x20);
	}
	buf_setlen(o, o->len);
}

static void
codes(struct px *p, const xmlNode *n, const char *parent)
{
	for (; n; n = n->next) {
		struct buf name = BUF_INIT;
		char *g, *nm;

		if (!is(n, "Code"))
			continue;
		g = attr(n, "guid");
		nm = attr(n, "name");
		if (parent) {
			buf_adds(&name, parent);
			buf_addc(&name, '/');
		}
		map_level(&name, nm, g);
		free(nm);
		if (g) {
			push(&p->cguid, p->ncodes, g);
			push(&p->cname, p->ncodes++, xstrdup(name.s));
		}
		codes(p, n->children, name.s);
		buf_free(&name);
	}
}

static void
add_ent(struct px *p, size_t s, size_t e, int code, int flags, int coder)
{
	if (p->ne == p->cape) {
		p->cape = p->cape ? xmul(p->cape, 2) : 64;
		p->e = xrealloc(p->e, xmul(p->cape, sizeof *p->e));
	}
	p->e[p->ne++] = (struct ent){ s, e, code, flags, coder };
}

static int
cmp_ent(const void *a, const void *b)
{
	const struct ent *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	if (x->code != y->code)
		return x->code - y->code;
	if (x->flags != y->flags)
		return x->flags - y->flags;
	return x->coder - y->coder;
}

/* The codings of a selection (or of the whole source) from s to e. */
static void
codings(struct px *p, const xmlNode *sel, size_t s, size_t e,
	const char *selusr, const char *srcusr)
{
	const xmlNode *c;
	int flags = 0, first = (int)p->ne;
	size_t i;

	for (c = sel->children; c; c = c->next) {
		const xmlNode *r;
		char *u, *t = NULL;
		int code = -1, coder;

		if (!is(c, "Coding"))
			continue;
		for (r = c->children; r; r = r->next)
			if (is(r, "CodeRef") && t == NULL)
				t = attr(r, "targetGUID");
		code = find(p->cguid, p->ncodes, t);
		free(t);
		if (code < 0)
			continue;
		if (strcmp(p->cname[code], NEGATED) == 0) {
			flags |= 1;
			continue;
		}
		if (strcmp(p->cname[code], UNCERTAIN) == 0) {
			flags |= 2;
			continue;
		}
		u = attr(c, "creatingUser");
		coder = find(p->uguid, p->nusers, u ? u : selusr ? selusr :
		    srcusr);
		free(u);
		add_ent(p, s, e, code, 0, coder);
	}
	for (i = (size_t)first; i < p->ne; i++)
		p->e[i].flags = flags;
}

/* Byte offset of code point cp in t[0..n), or (size_t)-1 past the end. */
static size_t
byte_of(const char *t, size_t n, size_t cp)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (((unsigned char)t[i] & 0xC0) != 0x80 && cp-- == 0)
			return i;
	return cp == 0 ? n : (size_t)-1;
}

/* The user's name as one list entry: %XX for space, ',', '%' and
 * controls; "-" for no one. */
static void
coder_name(struct buf *b, const struct px *p, int u)
{
	const char *s = u < 0 ? NULL : p->uname[u] && *p->uname[u] ?
	    p->uname[u] : p->uguid[u];

	if (s == NULL || (s[0] == '-' && s[1] == '\0')) {
		buf_adds(b, s ? "%2D" : "-");
		return;
	}
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c <= 0x20 || c == 0x7F || c == '%' || c == ',')
			buf_addf(b, "%%%02X", c);
		else
			buf_addc(b, c);
	}
}

/* One text source as a row; 0, or -1 with why set (the record is
 * rejected). */
static int
source(struct px *p, const xmlNode *s, struct csv_row *row, char *why,
       size_t whylen)
{
	char *name = attr(s, "name"), *g = attr(s, "guid"), *path;
	char *usr = attr(s, "creatingUser"), *text = NULL;
	size_t tn = 0, i, f;
	const xmlNode *c;
	struct buf b = BUF_INIT;
	int rc = -1, k;

	p->ne = 0;
	path = attr(s, "plainTextPath");
	if (path && strncmp(path, "internal://", 11) == 0) {
		const char *file = path + 11;
		zip_int64_t idx = -1;

		if (strchr(file, '/') || strchr(file, '\\') || !*file ||
		    strcmp(file, "..") == 0) {
			snprintf(why, whylen, "plainTextPath '%.80s' is not "
			    "a file of the sources folder", path);
			goto out;
		}
		buf_addf(&b, "sources/%s", file);
		idx = zip_name_locate(p->z, b.s, ZIP_FL_NOCASE);
		if (idx < 0) {
			snprintf(why, whylen, "no '%.80s' in the archive", b.s);
			goto out;
		}
		text = read_entry(p, idx, &tn, why, whylen);
		if (text == NULL) {
			goto out;
		}
	} else if (path) {
		snprintf(why, whylen, "the text is outside the archive "
		    "('%.80s'): not read", path);
		goto out;
	} else {
		for (c = s->children; c; c = c->next)
			if (is(c, "PlainTextContent")) {
				xmlChar *v = xmlNodeGetContent(c);

				text = xstrdup(v ? (const char *)v : "");
				tn = strlen(text);
				xmlFree(v);
			}
		if (text == NULL) {
			snprintf(why, whylen, "no text (neither plainTextPath "
			    "nor PlainTextContent)");
			goto out;
		}
	}
	if (tn >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
		memmove(text, text + 3, tn - 3);
		tn -= 3;
	}
	/* the codings, in bytes */
	codings(p, s, 0, tn, NULL, usr);
	for (c = s->children; c; c = c->next) {
		char *a, *e, *u, *end1, *end2;
		unsigned long long sa, se;
		size_t bs, be;

		if (!is(c, "PlainTextSelection"))
			continue;
		a = attr(c, "startPosition");
		e = attr(c, "endPosition");
		u = attr(c, "creatingUser");
		sa = a ? strtoull(a, &end1, 10) : 0;
		se = e ? strtoull(e, &end2, 10) : 0;
		if (!a || !e || !*a || !*e || *end1 || *end2 || *a == '-' ||
		    *e == '-' || sa > se) {
			snprintf(why, whylen, "selection at line %ld: bad "
			    "positions '%.20s'-'%.20s'", xmlGetLineNo(c),
			    a ? a : "", e ? e : "");
			free(a), free(e), free(u);
			goto out;
		}
		bs = byte_of(text, tn, (size_t)sa);
		be = bs == (size_t)-1 ? bs : bs + byte_of(text + bs, tn - bs,
		    (size_t)(se - sa));
		free(a), free(e);
		if (bs == (size_t)-1 || be == (size_t)-1 || be < bs) {
			snprintf(why, whylen, "selection at line %ld: "
			    "positions %llu-%llu are outside the text",
			    xmlGetLineNo(c), sa, se);
			free(u);
			goto out;
		}
		if (bs < be)
			codings(p, c, bs, be, u, usr);
		free(u);
	}
	if (p->ne)
		qsort(p->e, p->ne, sizeof *p->e, cmp_ent);
	/* the row: id, text, variables, person_id, codes, coders */
	csv_row_clear(row);
	row->line = (unsigned long long)xmlGetLineNo(s);
	buf_reset(&b);
	buf_adds(&b, name && *name ? name : g ? g : "");
	f = row->vals.len;
	buf_add(&row->vals, b.s, b.len);
	csv_row_end_field(row, f);
	f = row->vals.len;
	buf_add(&row->vals, text, tn);
	csv_row_end_field(row, f);
	for (i = 0; i < p->nvars; i++) {
		const xmlNode *v, *r;
		const char *val = "";
		xmlChar *got = NULL;

		for (v = s->children; v && !got; v = v->next) {
			char *t = NULL;

			if (!is(v, "VariableValue"))
				continue;
			for (r = v->children; r; r = r->next)
				if (is(r, "VariableRef") && !t)
					t = attr(r, "targetGUID");
			if (t && strcmp(t, p->vguid[i]) == 0)
				for (r = v->children; r; r = r->next)
					if (r->type == XML_ELEMENT_NODE &&
					    !is(r, "VariableRef"))
						got = xmlNodeGetContent(r);
			free(t);
		}
		if (got)
			val = (const char *)got;
		f = row->vals.len;
		buf_adds(&row->vals, val);
		csv_row_end_field(row, f);
		xmlFree(got);
	}
	if (p->has_cases) {
		k = find(p->sguid, p->nsp, g);
		f = row->vals.len;
		if (k >= 0)
			buf_adds(&row->vals, p->sperson[k]);
		csv_row_end_field(row, f);
	}
	f = row->vals.len;
	for (i = 0; i < p->ne; i++) {
		const struct ent *x = &p->e[i];

		if (i && cmp_ent(x, x - 1) == 0)
			continue;
		if (row->vals.len > f)
			buf_addc(&row->vals, ' ');
		buf_addf(&row->vals, "%s@%zu:%zu%s%s", p->cname[x->code],
		    x->start, x->end, x->flags & 1 ? "!" : "",
		    x->flags & 2 ? "?" : "");
	}
	csv_row_end_field(row, f);
	if (p->nusers) {
		f = row->vals.len;
		for (i = 0; i < p->ne; i++) {
			if (i && cmp_ent(&p->e[i], &p->e[i - 1]) == 0)
				continue;
			if (row->vals.len > f)
				buf_addc(&row->vals, ' ');
			coder_name(&row->vals, p, p->e[i].coder);
		}
		csv_row_end_field(row, f);
	}
	rc = 0;
out:
	free(name);
	free(g);
	free(usr);
	free(path);
	free(text);
	buf_free(&b);
	return rc;
}

/* The first XML error of a parse (libxml2 keeps only the last, which for
 * a too long attribute is a consequence, not the cause). */
static char xml_first[256];
static int xml_line;

static void
xml_error(void *ctx, xmlErrorPtr e)
{
	(void)ctx;
	if (xml_first[0] || e == NULL || e->level < XML_ERR_ERROR)
		return;
	snprintf(xml_first, sizeof xml_first, "%s", e->message ? e->message :
	    "not well-formed");
	xml_line = e->line;
}

/* Whether s[0..n) holds the string w (memmem is not POSIX). */
static int
contains(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w), i;

	for (i = 0; i + k <= n; i++)
		if (s[i] == w[0] && memcmp(s + i, w, k) == 0)
			return 1;
	return 0;
}

static void
free_all(char **a, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(a[i]);
	free(a);
}

/* A column name for variable name v that the fixed columns do not use. */
static char *
var_column(const char *v)
{
	static const char *const fixed[] = { "id", "text", "person_id",
		"codes", "coders", "repairs", NULL };
	struct buf b = BUF_INIT;
	size_t k;

	for (k = 0; fixed[k]; k++)
		if (strcmp(v, fixed[k]) == 0)
			buf_adds(&b, "var_");
	buf_adds(&b, *v ? v : "var");
	return buf_detach(&b, NULL);
}

int
qdpx_ingest(const char *path, int first)
{
	struct px p;
	struct input in;
	struct csv_row row;
	char err[512], **names = NULL;
	size_t n = 0, len, nn = 0, i;
	zip_int64_t idx;
	int ze, status = HARK_OK;
	char *xml = NULL;
	xmlDoc *doc = NULL;
	const xmlNode *root, *c, *s;

	memset(&p, 0, sizeof p);
	memset(&in, 0, sizeof in);
	in.name = path;
	in.utf8 = 1;
	snprintf(in.encoding, sizeof in.encoding, "UTF-8");
	p.path = path;
	p.cap = opt.maxrec;
	csv_row_init(&row);
	p.z = zip_open(path, ZIP_RDONLY, &ze);
	if (p.z == NULL) {
		zip_error_t e;

		zip_error_init_with_code(&e, ze);
		err_at(path, 0, "cannot read the project: %s",
		    zip_error_strerror(&e));
		zip_error_fini(&e);
		return ze == ZIP_ER_OPEN || ze == ZIP_ER_NOENT ||
		    ze == ZIP_ER_READ || ze == ZIP_ER_MEMORY ? HARK_ETROUBLE :
		    HARK_EDATA;
	}
	idx = zip_name_locate(p.z, "project.qde", ZIP_FL_NOCASE);
	if (idx < 0) {
		err_at(path, 0, "no project.qde in the archive: not a "
		    "REFI-QDA project");
		status = HARK_EDATA;
		goto out;
	}
	xml = read_entry(&p, idx, &len, err, sizeof err);
	if (xml == NULL) {
		err_at(path, 0, "%s", err);
		status = HARK_EDATA;
		goto out;
	}
	/* No DTD: entities declared there could expand without end. */
	if (contains(xml, len, "<!DOCTYPE") || contains(xml, len,
	    "<!ENTITY")) {
		err_at(path, 0, "project.qde declares a DTD or entities "
		    "(<!DOCTYPE): refused");
		status = HARK_EDATA;
		goto out;
	}
	if (len > (size_t)INT32_MAX) {
		err_at(path, 0, "project.qde is too large");
		status = HARK_EDATA;
		goto out;
	}
	xml_first[0] = '\0';
	xmlSetStructuredErrorFunc(NULL, xml_error);
	doc = xmlReadMemory(xml, (int)len, "project.qde", NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (doc == NULL) {
		size_t m;

		snprintf(err, sizeof err, "%s", xml_first[0] ? xml_first :
		    "not well-formed");
		m = strlen(err);
		while (m && (err[m - 1] == '\n' || err[m - 1] == ' '))
			err[--m] = '\0';
		err_at(path, 0, "project.qde, line %d: %s", xml_line, err);
		status = HARK_EDATA;
		goto out;
	}
	root = xmlDocGetRootElement(doc);
	if (root == NULL || !is(root, "Project") || root->ns == NULL ||
	    strncmp((const char *)root->ns->href, "urn:QDA-XML:project:",
	    20) != 0) {
		err_at(path, 0, "project.qde is not a REFI-QDA project (no "
		    "Project element in urn:QDA-XML:project)");
		status = HARK_EDATA;
		goto out;
	}
	for (c = root->children; c; c = c->next) {
		if (is(c, "Users")) {
			for (s = c->children; s; s = s->next)
				if (is(s, "User")) {
					char *g = attr(s, "guid");

					if (!g)
						continue;
					push(&p.uguid, p.nusers, g);
					push(&p.uname, p.nusers++,
					    attr(s, "name"));
				}
		} else if (is(c, "CodeBook")) {
			for (s = c->children; s; s = s->next)
				if (is(s, "Codes"))
					codes(&p, s->children, NULL);
		} else if (is(c, "Variables")) {
			for (s = c->children; s; s = s->next)
				if (is(s, "Variable")) {
					char *g = attr(s, "guid"),
					     *v = attr(s, "name");

					if (g && v) {
						push(&p.vguid, p.nvars, g);
						push(&p.vname, p.nvars++,
						    var_column(v));
					} else {
						free(g);
					}
					free(v);
				}
		} else if (is(c, "Cases")) {
			p.has_cases = 1;
			for (s = c->children; s; s = s->next) {
				const xmlNode *r;
				char *nm;

				if (!is(s, "Case"))
					continue;
				nm = attr(s, "name");
				for (r = s->children; r; r = r->next)
					if (is(r, "SourceRef")) {
						char *t = attr(r,
						    "targetGUID");

						if (!t)
							continue;
						push(&p.sguid, p.nsp, t);
						push(&p.sperson, p.nsp++,
						    xstrdup(nm ? nm : ""));
					}
				free(nm);
			}
		}
	}
	/* the columns */
	push(&names, nn++, xstrdup("id"));
	push(&names, nn++, xstrdup("text"));
	for (i = 0; i < p.nvars; i++)
		if (find(names, nn, p.vname[i]) < 0)
			push(&names, nn++, xstrdup(p.vname[i]));
	if (p.has_cases)
		push(&names, nn++, xstrdup("person_id"));
	push(&names, nn++, xstrdup("codes"));
	if (p.nusers)
		push(&names, nn++, xstrdup("coders"));
	if (first) {
		cols.names = names;
		cols.ncols = nn;
		names = NULL;
		setup_columns(path);
		write_header();
	} else {
		if (!same_names(names, nn, cols.names, cols.ncols))
			die_at(HARK_ETROUBLE, path, 0, "the columns differ from "
			    "those of %s", cols.first);
	}
	for (c = root->children; c; c = c->next) {
		if (!is(c, "Sources"))
			continue;
		for (s = c->children; s; s = s->next) {
			char why[sizeof row.err];

			if (!is(s, "TextSource"))
				continue;
			why[0] = '\0';
			if (source(&p, s, &row, why, sizeof why) < 0) {
				csv_row_clear(&row);
				row.line = (unsigned long long)xmlGetLineNo(s);
				memcpy(row.err, why, sizeof row.err);
			}
			row.raw = why;
			row.rawn = 0;
			record(&in, &row);
			arena_reset(&arena);
		}
	}
	(void)n;
out:
	if (names)
		free_all(names, nn);
	xmlFreeDoc(doc);
	free(xml);
	zip_discard(p.z);
	csv_row_free(&row);
	free_all(p.uguid, p.nusers);
	free_all(p.uname, p.nusers);
	free_all(p.cguid, p.ncodes);
	free_all(p.cname, p.ncodes);
	free_all(p.vguid, p.nvars);
	free_all(p.vname, p.nvars);
	free_all(p.sguid, p.nsp);
	free_all(p.sperson, p.nsp);
	free(p.e);
	return status;
}
