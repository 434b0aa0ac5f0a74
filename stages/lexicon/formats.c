/*
 * formats.c - LIWC .dic reading and REFI-QDA .qdc writing.
 *
 * LIWC files as they are found: CR, CRLF or LF line ends, `%`-fenced
 * category headers aligned with spaces or tabs, several category ids in
 * one field, the same word on several lines (the union counts), trailing
 * spaces, multi-word entries; conditional entries (`<of>`, `(02 134)125`)
 * are reported and only their plain categories kept.  The .qdc writer
 * nests codes by their hierarchy and keeps label, description, polarity and
 * patterns in the descriptions, one per line, so that qdc_read() (in
 * formats-qdc.c) gets them back exactly.  Also the helpers the other
 * readers share: lines with any line end, category names made valid.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "hash.h"
#include "utf8.h"
#include "lexicon.h"
#include "banned.h"

/* Split line s (NUL-terminated, modified) into fields at spaces and
 * tabs; returns the count (at most max). */
static size_t
fields(char *s, char **f, size_t max)
{
	size_t n = 0;

	for (;;) {
		while (*s == ' ' || *s == '\t')
			s++;
		if (*s == '\0' || n == max)
			return n;
		f[n++] = s;
		while (*s && *s != ' ' && *s != '\t')
			s++;
		if (*s)
			*s++ = '\0';
	}
}

static int
digits(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

/* A code name from a LIWC category name: invalid bytes become `_`. */
static char *
code_name(const char *s)
{
	char *c = xstrdup(s);
	size_t i;

	for (i = 0; c[i]; i++)
		if (!lex_valid_name(c + i, 1) || c[i] == '/')
			c[i] = '_';
	return c;
}

int
next_line(const char *text, size_t n, size_t *pos, const char **s,
	  size_t *len)
{
	size_t i = *pos, e;

	if (i == 0 && n >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	if (i >= n)
		return 0;
	for (e = i; e < n && text[e] != '\n' && text[e] != '\r'; e++)
		;
	*s = text + i;
	*len = e - i;
	*pos = e + (e + 1 < n && text[e] == '\r' && text[e + 1] == '\n' ?
	    2 : 1);
	return 1;
}

int
line_ok(struct lex *lx, int file, unsigned long line, const char *s,
	size_t n)
{
	if (memchr(s, '\0', n)) {
		lex_msgf(lx, 1, file, line, "NUL byte");
		return 0;
	}
	if (utf8_check(s, n) != n) {
		lex_msgf(lx, 1, file, line, "not valid UTF-8");
		return 0;
	}
	return 1;
}

int
conv_code(struct lex *lx, int parent, const char *raw, size_t n, int file,
	  unsigned long line)
{
	struct buf b = BUF_INIT;
	char *label = xmemdup(raw, n), *nm = code_name(label);
	int c;

	if (parent >= 0) {
		buf_adds(&b, lx->codes[parent].name);
		buf_addc(&b, '/');
	}
	buf_adds(&b, nm[0] ? nm : "_");
	c = lex_code(lx, b.s, b.len);
	if (c >= 0 && !lx->codes[c].implicit)
		lex_msgf(lx, 0, file, line, "category '%s' appears twice "
		    "(first at line %lu): merged", label, lx->codes[c].line);
	else
		c = lex_add_code(lx, b.s, strcmp(nm, label) ? label : NULL,
		    NULL, file, line);
	buf_free(&b);
	free(nm);
	free(label);
	return c;
}

void
liwc_read(struct lex *lx, const char *path, const char *text, size_t n)
{
	struct hash ids, seen;
	int *code = NULL, file = lex_add_file(lx, path), fences = 0;
	unsigned long line = 0;
	size_t i = 0, ncode = 0;
	char *f[256];

	hash_init(&ids);
	hash_init(&seen);
	if (n >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < n) {
		size_t e = i, k, nf;
		char *s;

		while (e < n && text[e] != '\n' && text[e] != '\r')
			e++;
		line++;
		s = xmemdup(text + i, e - i);
		i = e + (e + 1 < n && text[e] == '\r' && text[e + 1] == '\n' ?
		    2 : 1);
		nf = fields(s, f, sizeof f / sizeof f[0]);
		if (nf == 0) {
			free(s);
			continue;
		}
		if (strcmp(f[0], "%") == 0 && nf == 1) {
			fences++;
			free(s);
			continue;
		}
		if (fences == 1) {
			/* Header: ID NAME (a name may hold spaces). */
			size_t id;
			char *nm, *label;
			struct buf b = BUF_INIT;
			int added;

			if (nf < 2 || !digits(f[0])) {
				lex_msgf(lx, 1, file, line, "bad category line "
				    "(ID NAME expected)");
				free(s);
				continue;
			}
			for (k = 1; k < nf; k++) {
				if (k > 1)
					buf_addc(&b, ' ');
				buf_adds(&b, f[k]);
			}
			label = buf_detach(&b, NULL);
			nm = code_name(label);
			id = hash_intern(&ids, f[0] + strspn(f[0], "0"),
			    strlen(f[0] + strspn(f[0], "0")), &added);
			if (!added) {
				lex_msgf(lx, 1, file, line, "category %s "
				    "declared twice", f[0]);
			} else {
				code = xrealloc(code, xmul(id + 1, sizeof *code));
				code[id] = lex_code(lx, nm, strlen(nm)) >= 0 ?
				    -1 : lex_add_code(lx, nm, strcmp(nm, label) ?
				    label : NULL, NULL, file, line);
				if (code[id] < 0)
					lex_msgf(lx, 1, file, line, "category "
					    "name '%s' used twice", label);
				ncode = id + 1;
			}
			free(nm);
			free(label);
			free(s);
			continue;
		}
		if (fences < 2) {
			lex_msgf(lx, 1, file, line, "entry before the '%%' "
			    "fenced category header");
			free(s);
			continue;
		}
		/* Entry: words, then category ids (the trailing fields that
		 * are numbers or conditional). */
		for (k = nf; k > 1; k--)
			if (!digits(f[k - 1]) && !strpbrk(f[k - 1], "<>()/[]"))
				break;
		if (k == nf) {
			lex_msgf(lx, 0, file, line, "'%s' has no category: "
			    "skipped", f[0]);
		} else {
			struct buf w = BUF_INIT;
			size_t j;

			for (j = 0; j < k; j++) {
				if (j)
					buf_addc(&w, ' ');
				buf_adds(&w, f[j]);
			}
			for (j = k; j < nf; j++) {
				const char *id = f[j] + strspn(f[j], "0");
				long x;
				struct buf key = BUF_INIT;
				int added;

				if (!digits(f[j])) {
					lex_msgf(lx, 0, file, line, "conditional "
					    "category '%s' of '%s' not "
					    "converted (the native format "
					    "cannot say it)", f[j], w.s);
					continue;
				}
				x = hash_find(&ids, id, strlen(id));
				if (x < 0 || (size_t)x >= ncode || code[x] < 0) {
					lex_msgf(lx, 1, file, line, "unknown "
					    "category %s for '%s'", f[j], w.s);
					continue;
				}
				buf_addf(&key, "%ld %s", x, w.s);
				hash_intern(&seen, key.s, key.len, &added);
				buf_free(&key);
				if (added)
					lex_add_pattern(lx, code[x], w.s, NULL,
					    file, line);
			}
			buf_free(&w);
		}
		free(s);
	}
	if (fences < 2)
		lex_msgf(lx, 1, file, line, "no '%%' fenced category header");
	free(code);
	hash_free(&ids);
	hash_free(&seen);
}

static void
xml_esc(struct buf *b, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': buf_adds(b, "&amp;"); break;
		case '<': buf_adds(b, "&lt;"); break;
		case '>': buf_adds(b, "&gt;"); break;
		case '"': buf_adds(b, "&quot;"); break;
		case '\t': buf_adds(b, "&#9;"); break;
		case '\n': buf_adds(b, "&#10;"); break;
		case '\r': buf_adds(b, "&#13;"); break;
		default:
			/* Other C0 controls cannot be said in XML 1.0. */
			if ((unsigned char)*s < 0x20)
				buf_adds(b, "\xEF\xBF\xBD");
			else
				buf_addc(b, *s);
		}
	}
}

static void
guid(struct buf *b, const char *a, const char *c)
{
	struct buf k = BUF_INIT;
	uint64_t h1, h2;

	buf_addf(&k, "%s\n%s", a, c);
	h1 = hash_bytes(k.s, k.len);
	buf_addc(&k, '#');
	h2 = hash_bytes(k.s, k.len);
	buf_free(&k);
	/* A version 8 (custom) UUID, the same for the same code. */
	buf_addf(b, "%08x-%04x-8%03x-%04x-%012llx",
	    (unsigned)(h1 >> 32), (unsigned)(h1 >> 16) & 0xffff,
	    (unsigned)h1 & 0xfff, (unsigned)(0x8000 | ((h2 >> 48) & 0x3fff)),
	    (unsigned long long)(h2 & 0xffffffffffffULL));
}

static void
qdc_code(const struct lex *lx, struct buf *out, size_t c, int depth,
	 const int *child, const int *next)
{
	const struct lex_code *k = &lx->codes[c];
	size_t j;
	int d, ch, any = 0;

	for (d = 0; d < depth; d++)
		buf_adds(out, "  ");
	buf_adds(out, "<Code guid=\"");
	guid(out, lx->nfiles ? lx->names[0] : "", k->name);
	/* The last level only: the nesting says the rest. */
	buf_adds(out, "\" name=\"");
	xml_esc(out, strrchr(k->name, '/') ? strrchr(k->name, '/') + 1 :
	    k->name);
	buf_adds(out, "\" isCodable=\"true\">\n");
	for (d = 0; d <= depth; d++)
		buf_adds(out, "  ");
	/* Line 1 the label, line 2 the description, then the polarity and
	 * the patterns: qdc_read() takes them back by position. */
	buf_adds(out, "<Description>");
	xml_esc(out, k->label);
	buf_addc(out, '\n');
	xml_esc(out, k->desc);
	if (k->polname) {
		buf_adds(out, "\nhark polarity: ");
		xml_esc(out, k->polname);
	}
	for (j = 0; j < lx->npats; j++)
		if (lx->pats[j].code == (int)c) {
			buf_adds(out, any ? "\n" : "\nhark patterns:\n");
			xml_esc(out, lx->pats[j].src);
			any = 1;
		}
	buf_adds(out, "</Description>\n");
	for (ch = child[c]; ch >= 0; ch = next[ch])
		qdc_code(lx, out, (size_t)ch, depth + 1, child, next);
	for (d = 0; d < depth; d++)
		buf_adds(out, "  ");
	buf_adds(out, "</Code>\n");
}

void
qdc_write(const struct lex *lx, struct buf *out)
{
	int *child = xmalloc(xmul(lx->ncodes + 1, sizeof *child));
	int *next = xmalloc(xmul(lx->ncodes + 1, sizeof *next));
	int *last = xmalloc(xmul(lx->ncodes + 1, sizeof *last));
	size_t i;

	for (i = 0; i < lx->ncodes; i++)
		child[i] = next[i] = last[i] = -1;
	for (i = 0; i < lx->ncodes; i++) {
		int p = lx->codes[i].parent;

		if (p < 0)
			continue;
		if (last[p] < 0)
			child[p] = (int)i;
		else
			next[last[p]] = (int)i;
		last[p] = (int)i;
	}
	buf_adds(out, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	    "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" "
	    "origin=\"hark " HARK_VERSION "\">\n<Codes>\n");
	for (i = 0; i < lx->ncodes; i++)
		if (lx->codes[i].parent < 0)
			qdc_code(lx, out, i, 1, child, next);
	buf_adds(out, "</Codes>\n</CodeBook>\n");
	free(child);
	free(next);
	free(last);
}
