/*
 * formats-qdc-write.c - write a lexicon as a REFI-QDA codebook (.qdc).
 *
 * Codes nest by their hierarchy, each named by its last level with a GUID
 * derived from the lexicon and code names (the same codebook gives the
 * same GUIDs).  A code's Description holds its label, its description, its
 * polarity and its patterns, one per line, so that qdc_read() (in
 * formats-qdc.c) gets them back exactly.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "hash.h"
#include "lexicon.h"
#include "xml.h"
#include "banned.h"

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
write_code(const struct lex *lx, struct buf *out, size_t c, int depth,
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
	xml_escapes(out, strrchr(k->name, '/') ? strrchr(k->name, '/') + 1 :
	    k->name);
	buf_adds(out, "\" isCodable=\"true\">\n");
	for (d = 0; d <= depth; d++)
		buf_adds(out, "  ");
	/* Line 1 the label, line 2 the description, then the polarity and
	 * the patterns: qdc_read() takes them back by position. */
	buf_adds(out, "<Description>");
	xml_escapes(out, k->label);
	buf_addc(out, '\n');
	xml_escapes(out, k->desc);
	if (k->polname) {
		buf_adds(out, "\nhark polarity: ");
		xml_escapes(out, k->polname);
	}
	{
		/* the codebook fields, one `hark NAME: VALUE` line each */
		struct buf cb = BUF_INIT;
		const char *p;

		lex_codebook_write(lx, (int)c, &cb);
		for (p = cb.s; p && *p;) {
			size_t m = strcspn(p, "\n");

			buf_adds(out, "\nhark ");
			{
				char *l = xmemdup(p + 1, m - 1); /* past the tab */

				xml_escapes(out, l);
				free(l);
			}
			p += m + (p[m] == '\n');
		}
		buf_free(&cb);
	}
	for (j = 0; j < lx->npats; j++)
		if (lx->pats[j].code == (int)c) {
			buf_adds(out, any ? "\n" : "\nhark patterns:\n");
			xml_escapes(out, lx->pats[j].src);
			any = 1;
		}
	buf_adds(out, "</Description>\n");
	for (ch = child[c]; ch >= 0; ch = next[ch])
		write_code(lx, out, (size_t)ch, depth + 1, child, next);
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
			write_code(lx, out, i, 1, child, next);
	buf_adds(out, "</Codes>\n</CodeBook>\n");
	free(child);
	free(next);
	free(last);
}
