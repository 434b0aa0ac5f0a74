/*
 * formats-qdc.c - read a REFI-QDA codebook (.qdc, XML) into a lexicon.
 *
 * A small XML reader of its own, strict where a codebook needs it: tags
 * must nest and close, attributes (in any order, quoted with ' or ") are
 * unique, the five named entities and numeric &#...; references are
 * decoded, CDATA and comments are read, a DOCTYPE is refused; the first
 * error stops reading with FILE:LINE.  `Code` elements (nested under
 * `Codes`) become codes, named by their hierarchy; the `Description` holds
 * what qdc_write() put there (label, description, polarity, patterns, one
 * per line) or, from other programs, the code's description.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "lexicon.h"
#include "utf8.h"
#include "banned.h"

#define MAXDEPTH 256
#define MAXATTR 32

struct xml {
	const char *s;
	size_t n, i;
	size_t lpos;          /* lines counted up to here */
	unsigned long line;
	struct lex *lx;
	int file;
	int err;              /* an error was reported: stop */
};

struct xattr {
	char *name, *val;
};

static unsigned long
xline(struct xml *x, size_t pos)
{
	if (pos > x->n)
		pos = x->n;
	for (; x->lpos < pos; x->lpos++)
		if (x->s[x->lpos] == '\n' || (x->s[x->lpos] == '\r' &&
		    (x->lpos + 1 == x->n || x->s[x->lpos + 1] != '\n')))
			x->line++;
	return x->line;
}

static void
xerr(struct xml *x, size_t pos, const char *what, const char *arg)
{
	if (x->err)
		return;
	lex_msgf(x->lx, 1, x->file, xline(x, pos), "%s%s%s%s", what,
	    arg ? " '" : "", arg ? arg : "", arg ? "'" : "");
	x->err = 1;
}

/* The first needle in s[0..n), or NULL (memmem is not standard C). */
static const char *
find(const char *s, size_t n, const char *needle)
{
	size_t m = strlen(needle), k;

	for (k = 0; k + m <= n; k++)
		if (s[k] == needle[0] && memcmp(s + k, needle, m) == 0)
			return s + k;
	return NULL;
}

static int
starts(const struct xml *x, const char *p)
{
	size_t m = strlen(p);

	return x->n - x->i >= m && memcmp(x->s + x->i, p, m) == 0;
}

static int
name_char(unsigned char c, int first)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
	    c == ':' || c >= 0x80 || (!first && ((c >= '0' && c <= '9') ||
	    c == '-' || c == '.'));
}

/* A name at x->i; NULL (error reported) when there is none. */
static char *
xname(struct xml *x)
{
	size_t b = x->i;

	while (x->i < x->n && name_char((unsigned char)x->s[x->i],
	    x->i == b))
		x->i++;
	if (x->i == b) {
		xerr(x, b, "a name expected", NULL);
		return NULL;
	}
	return xmemdup(x->s + b, x->i - b);
}

static void
skip_ws(struct xml *x)
{
	while (x->i < x->n && strchr(" \t\r\n", x->s[x->i]) && x->s[x->i])
		x->i++;
}

/* The reference at x->i (on '&') onto out. */
static void
entity(struct xml *x, struct buf *out)
{
	static const char *names[] = { "amp", "lt", "gt", "quot", "apos" };
	static const char chars[] = "&<>\"'";
	size_t b = x->i + 1, e = b, k;

	while (e < x->n && e - b < 12 && x->s[e] != ';')
		e++;
	if (e == x->n || x->s[e] != ';' || e == b) {
		xerr(x, x->i, "'&' that starts no reference (write &amp;)",
		    NULL);
		return;
	}
	if (x->s[b] == '#') {
		int hex = e > b + 1 && x->s[b + 1] == 'x';
		size_t d = b + 1 + (size_t)hex;
		unsigned long u = 0;
		char enc[4];

		if (d == e)
			goto bad;
		for (; d < e; d++) {
			char c = x->s[d];
			int v = c >= '0' && c <= '9' ? c - '0' : hex &&
			    c >= 'a' && c <= 'f' ? c - 'a' + 10 : hex &&
			    c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

			if (v < 0 || u > 0x10FFFF)
				goto bad;
			u = u * (hex ? 16 : 10) + (unsigned long)v;
		}
		/* Only the characters XML allows. */
		if (!(u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 &&
		    u <= 0xD7FF) || (u >= 0xE000 && u <= 0xFFFD) ||
		    (u >= 0x10000 && u <= 0x10FFFF)))
			goto bad;
		buf_add(out, enc, utf8_encode((uint32_t)u, enc));
		x->i = e + 1;
		return;
	}
	for (k = 0; k < 5; k++)
		if (strlen(names[k]) == e - b &&
		    memcmp(x->s + b, names[k], e - b) == 0) {
			buf_addc(out, chars[k]);
			x->i = e + 1;
			return;
		}
bad:
	{
		char *r = xmemdup(x->s + x->i, e + 1 - x->i);

		xerr(x, x->i, "unknown or bad reference", r);
		free(r);
	}
}

/* Text up to the next '<' onto out (line ends made LF, as XML says). */
static void
text(struct xml *x, struct buf *out)
{
	while (x->i < x->n && x->s[x->i] != '<' && !x->err) {
		char c = x->s[x->i];

		if (c == '&') {
			entity(x, out);
			continue;
		}
		if (c == '\r') {
			buf_addc(out, '\n');
			x->i += x->i + 1 < x->n && x->s[x->i + 1] == '\n' ? 2 : 1;
			continue;
		}
		if (c == '>' && x->i >= 2 && memcmp(x->s + x->i - 2, "]]", 2)
		    == 0) {
			xerr(x, x->i, "']]>' in text", NULL);
			return;
		}
		buf_addc(out, c);
		x->i++;
	}
}

/* An attribute value at x->i (on the quote). */
static char *
attr_value(struct xml *x)
{
	struct buf v = BUF_INIT;
	char q = x->s[x->i];

	x->i++;
	while (!x->err) {
		char c;

		if (x->i == x->n) {
			xerr(x, x->i, "attribute value not closed", NULL);
			break;
		}
		c = x->s[x->i];
		if (c == q) {
			x->i++;
			break;
		}
		if (c == '<') {
			xerr(x, x->i, "'<' in an attribute value", NULL);
			break;
		}
		if (c == '&') {
			entity(x, &v);
			continue;
		}
		if (c == '\r' && x->i + 1 < x->n && x->s[x->i + 1] == '\n')
			x->i++;
		buf_addc(&v, c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
		x->i++;
	}
	if (v.s == NULL)
		buf_grow(&v, 1);
	return buf_detach(&v, NULL);
}

static const char *
local(const char *name)
{
	const char *c = strrchr(name, ':');

	return c ? c + 1 : name;
}

static const char *
attr(const struct xattr *a, size_t na, const char *name)
{
	size_t k;

	for (k = 0; k < na; k++)
		if (strcmp(local(a[k].name), name) == 0)
			return a[k].val;
	return NULL;
}

/* What the codebook reader keeps while it walks the tree. */
struct qdc {
	char *el[MAXDEPTH];   /* open elements (local names) */
	int code[MAXDEPTH];   /* the code each open Code made */
	size_t depth;
	int hark;             /* written by hark: label, description by line */
	int indesc;           /* collecting a Code's Description */
	unsigned long descline;
	struct buf desc;
	size_t ncolour, nsets, nother;
	unsigned long colourline, setline, otherline;
	char other[64];
};

static int
cur_code(const struct qdc *q)
{
	size_t d;

	for (d = q->depth; d > 0; d--)
		if (q->code[d - 1] >= 0)
			return q->code[d - 1];
	return -1;
}

/* A code for the Code element with name raw. */
static int
qdc_code(struct lex *lx, int parent, const char *raw, int file,
	 unsigned long line)
{
	size_t n = strlen(raw);
	const char *slash = strrchr(raw, '/');
	int c;

	/* hark before 0.1.1 wrote the whole name: keep it when it is the
	 * parent's name and one more level. */
	if (slash && lex_valid_name(raw, n) && (parent < 0 ?
	    strchr(raw, '/') == slash : (size_t)(slash - raw) ==
	    strlen(lx->codes[parent].name) && memcmp(raw,
	    lx->codes[parent].name, (size_t)(slash - raw)) == 0)) {
		c = lex_code(lx, raw, n);
		if (c >= 0 && !lx->codes[c].implicit) {
			lex_msgf(lx, 0, file, line, "code '%s' appears twice "
			    "(first at line %lu): merged", raw,
			    lx->codes[c].line);
			return c;
		}
		return lex_add_code(lx, raw, NULL, NULL, file, line);
	}
	return conv_code(lx, parent, raw, n, file, line);
}

static char *
trimmed(const char *s, size_t n)
{
	while (n && strchr(" \t\n", s[n - 1]))
		n--;
	while (n && strchr(" \t\n", *s))
		s++, n--;
	return xmemdup(s, n);
}

/* Join a line onto a one-line description. */
static void
flat_add(struct buf *b, const char *s)
{
	if (*s == '\0')
		return;
	if (b->len)
		buf_addc(b, ' ');
	for (; *s; s++)
		if (!(strchr(" \t\n", *s) && b->len && b->s[b->len - 1] == ' '))
			buf_addc(b, strchr(" \t\n", *s) ? ' ' : *s);
}

static void
desc_done(struct lex *lx, struct qdc *q, int file)
{
	struct lex_code *c;
	struct buf d = BUF_INIT;
	const char *p = q->desc.s ? q->desc.s : "";
	unsigned long ln;
	int code = cur_code(q), pats = 0;

	if (code < 0)
		return;
	for (ln = 0;; ln++) {
		size_t m = strcspn(p, "\n");
		char *l = trimmed(p, m);

		c = &lx->codes[code];
		if (pats) {
			if (*l)
				lex_add_pattern(lx, code, l, NULL, file,
				    q->descline + ln);
		} else if (q->hark && ln == 0) {
			free(c->label);
			c->label = xstrdup(l);
		} else if (q->hark && ln == 1)
			buf_adds(&d, l);  /* as written, spaces and all */
		else if (strncmp(l, "hark polarity:", 14) == 0) {
			free(c->polname);
			c->polname = trimmed(l + 14, strlen(l + 14));
			c->polline = q->descline + ln;
		} else if (strncmp(l, "hark ", 5) == 0 &&
		    lex_codebook_field(lx, code, l + 5, NULL, file,
		    q->descline + ln)) {
			/* inclusion, exclusion, example, borderline, negated,
			 * passing, except */
		} else if (strcmp(l, "hark patterns:") == 0)
			pats = 1;
		else
			flat_add(&d, l);
		free(l);
		p += m;
		if (*p == '\0')
			break;
		p++;
	}
	c = &lx->codes[code];
	if (c->desc[0] && d.len && strcmp(c->desc, d.s))
		lex_msgf(lx, 0, file, q->descline, "a second description of "
		    "'%s' not converted", c->name);
	else if (d.len) {
		free(c->desc);
		c->desc = buf_detach(&d, NULL);
	}
	buf_free(&d);
}

static void
start(struct xml *x, struct qdc *q, const char *name, struct xattr *a,
      size_t na, size_t at)
{
	const char *ln = local(name), *up = q->depth ? q->el[q->depth - 1] :
	    NULL;
	struct lex *lx = x->lx;

	q->code[q->depth] = -1;
	if (up == NULL) {
		if (strcmp(ln, "CodeBook") && strcmp(ln, "Project"))
			xerr(x, at, "not a REFI-QDA codebook: the root "
			    "element is", ln);
	} else if (strcmp(ln, "CodeBook") == 0) {
		if (strcmp(up, "Project"))
			xerr(x, at, "CodeBook inside", up);
	}
	if (strcmp(ln, "CodeBook") == 0) {
		const char *o = attr(a, na, "origin");

		q->hark = o && strncmp(o, "hark ", 5) == 0;
	} else if (strcmp(ln, "Code") == 0) {
		const char *nm = attr(a, na, "name");

		if (up == NULL || (strcmp(up, "Codes") && strcmp(up, "Code")))
			xerr(x, at, "Code outside Codes", NULL);
		else if (nm == NULL)
			xerr(x, at, "Code without a name attribute", NULL);
		else {
			q->code[q->depth] = qdc_code(lx, cur_code(q), nm,
			    x->file, xline(x, at));
			if (attr(a, na, "color") && q->ncolour++ == 0)
				q->colourline = xline(x, at);
		}
	} else if (strcmp(ln, "Description") == 0 && up &&
	    strcmp(up, "Code") == 0) {
		q->indesc = 1;
		buf_reset(&q->desc);
		q->descline = xline(x, x->i);
	} else if (strcmp(ln, "Set") == 0) {
		if (q->nsets++ == 0)
			q->setline = xline(x, at);
	} else if (up && strcmp(ln, "Codes") && strcmp(ln, "Sets") &&
	    (strcmp(up, "Code") == 0 ||
	    strcmp(up, "Codes") == 0 || strcmp(up, "CodeBook") == 0)) {
		if (q->nother++ == 0) {
			q->otherline = xline(x, at);
			snprintf(q->other, sizeof q->other, "%s", ln);
		}
	}
	q->el[q->depth++] = xstrdup(ln);
}

static void
end(struct xml *x, struct qdc *q)
{
	char *ln = q->el[--q->depth];

	if (strcmp(ln, "Description") == 0 && q->indesc) {
		q->indesc = 0;
		desc_done(x->lx, q, x->file);
	}
	free(ln);
}

/* One tag at x->i (on '<', not a comment, CDATA or PI). */
static void
tag(struct xml *x, struct qdc *q, int *roots)
{
	struct xattr a[MAXATTR];
	size_t na = 0, at = x->i, k;
	char *name;
	int close = x->i + 1 < x->n && x->s[x->i + 1] == '/';

	x->i += close ? 2 : 1;
	if ((name = xname(x)) == NULL)
		return;
	if (close) {
		skip_ws(x);
		if (x->i == x->n || x->s[x->i] != '>')
			xerr(x, x->i, "'>' expected after", name);
		else if (q->depth == 0 || strcmp(local(name),
		    q->el[q->depth - 1]))
			xerr(x, at, "closing tag that does not match:", name);
		else {
			x->i++;
			end(x, q);
		}
		free(name);
		return;
	}
	for (;;) {
		size_t b = x->i;

		skip_ws(x);
		if (x->i == x->n) {
			xerr(x, at, "tag not closed:", name);
			break;
		}
		if (x->s[x->i] == '>' || starts(x, "/>"))
			break;
		if (x->i == b) {
			xerr(x, x->i, "space expected between attributes",
			    NULL);
			break;
		}
		if (na == MAXATTR) {
			xerr(x, x->i, "too many attributes on", name);
			break;
		}
		if ((a[na].name = xname(x)) == NULL)
			break;
		skip_ws(x);
		if (x->i == x->n || x->s[x->i] != '=') {
			xerr(x, x->i, "'=' expected after attribute",
			    a[na].name);
			free(a[na].name);
			break;
		}
		x->i++;
		skip_ws(x);
		if (x->i == x->n || (x->s[x->i] != '"' && x->s[x->i] != '\'')) {
			xerr(x, x->i, "quoted value expected for attribute",
			    a[na].name);
			free(a[na].name);
			break;
		}
		a[na].val = attr_value(x);
		for (k = 0; k < na; k++)
			if (strcmp(a[k].name, a[na].name) == 0)
				xerr(x, x->i, "attribute given twice:",
				    a[na].name);
		na++;
	}
	if (!x->err) {
		int empty = x->s[x->i] == '/';

		x->i += empty ? 2 : 1;
		if (q->depth == 0 && (*roots)++)
			xerr(x, at, "a second root element", name);
		else if (q->depth == MAXDEPTH)
			xerr(x, at, "elements nested too deep", NULL);
		else {
			start(x, q, name, a, na, at);
			if (empty)
				end(x, q);
		}
	}
	for (k = 0; k < na; k++) {
		free(a[k].name);
		free(a[k].val);
	}
	free(name);
}

void
qdc_read(struct lex *lx, const char *path, const char *s, size_t n,
	 struct tok *tk)
{
	struct xml x = { s, n, 0, 0, 1, lx, lex_add_file(lx, path), 0 };
	struct qdc q;
	struct buf t = BUF_INIT;
	int roots = 0;

	(void)tk;
	memset(&q, 0, sizeof q);
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		x.i = x.lpos = 3;
	if (memchr(s, '\0', n))
		xerr(&x, (size_t)((const char *)memchr(s, '\0', n) - s),
		    "NUL byte", NULL);
	else if (utf8_check(s, n) != n)
		xerr(&x, utf8_check(s, n), "not valid UTF-8", NULL);
	while (!x.err && x.i < n) {
		const char *e;

		if (s[x.i] != '<') {
			size_t b = x.i, k;

			buf_reset(&t);
			text(&x, &t);
			if (q.indesc)
				buf_add(&q.desc, t.s, t.len);
			for (k = 0; k < t.len && q.depth == 0; k++)
				if (!strchr(" \t\n", t.s[k])) {
					while (strchr(" \t\r\n", s[b]))
						b++;
					xerr(&x, b, "text outside the root "
					    "element", NULL);
					break;
				}
		} else if (starts(&x, "<!--")) {
			e = find(s + x.i + 4, n - x.i - 4, "-->");
			if (e == NULL)
				xerr(&x, x.i, "comment not closed", NULL);
			else
				x.i = (size_t)(e - s) + 3;
		} else if (starts(&x, "<![CDATA[")) {
			e = find(s + x.i + 9, n - x.i - 9, "]]>");
			if (e == NULL)
				xerr(&x, x.i, "CDATA section not closed", NULL);
			else if (q.depth == 0)
				xerr(&x, x.i, "CDATA outside the root element",
				    NULL);
			else {
				const char *c;

				for (c = s + x.i + 9; c < e; c++)
					if (q.indesc && *c == '\r') {
						buf_addc(&q.desc, '\n');
						if (c + 1 < e && c[1] == '\n')
							c++;
					} else if (q.indesc)
						buf_addc(&q.desc, *c);
				x.i = (size_t)(e - s) + 3;
			}
		} else if (starts(&x, "<?")) {
			e = find(s + x.i + 2, n - x.i - 2, "?>");
			if (e == NULL)
				xerr(&x, x.i, "processing instruction not "
				    "closed", NULL);
			else
				x.i = (size_t)(e - s) + 2;
		} else if (starts(&x, "<!"))
			xerr(&x, x.i, "DOCTYPE and declarations are not read",
			    NULL);
		else
			tag(&x, &q, &roots);
	}
	if (!x.err && q.depth)
		xerr(&x, n, "end of file inside element", q.el[q.depth - 1]);
	if (!x.err && roots == 0)
		xerr(&x, n, "no root element", NULL);
	if (q.ncolour)
		lex_msgf(lx, 0, x.file, q.colourline, "colours of %zu codes "
		    "not converted (the native format has none)", q.ncolour);
	if (q.nsets)
		lex_msgf(lx, 0, x.file, q.setline, "%zu sets not converted "
		    "(the native format has none)", q.nsets);
	if (q.nother)
		lex_msgf(lx, 0, x.file, q.otherline, "%zu elements such as "
		    "<%s> not converted", q.nother, q.other);
	while (q.depth)
		free(q.el[--q.depth]);
	buf_free(&q.desc);
	buf_free(&t);
}
