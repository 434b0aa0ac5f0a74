/*
 * csv.c - RFC 4180 rows from memory (csv.h).
 */
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "err.h"
#include "banned.h"

void
csv_init(struct csv *c, const char *p, size_t n)
{
	memset(c, 0, sizeof *c);
	buf_init(&c->val);
	if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
		p += 3;
		n -= 3;
	}
	c->p = p;
	c->end = p + n;
	c->next = 1;
}

void
csv_free(struct csv *c)
{
	buf_free(&c->val);
	free(c->off);
	free(c->len);
	memset(c, 0, sizeof *c);
}

static void
push(struct csv *c, size_t start)
{
	if (c->nf == c->cap) {
		c->cap = c->cap ? xmul(c->cap, 2) : 16;
		c->off = xrealloc(c->off, xmul(c->cap, sizeof *c->off));
		c->len = xrealloc(c->len, xmul(c->cap, sizeof *c->len));
	}
	c->off[c->nf] = start;
	c->len[c->nf++] = c->val.len - start;
}

static int
fail(struct csv *c, const char *why, unsigned long long line)
{
	c->err = why;
	c->errline = line;
	return -1;
}

int
csv_row(struct csv *c)
{
	const char *p = c->p, *end = c->end;

	if (p == end)
		return 0;
	c->line = c->next;
	c->nf = 0;
	buf_reset(&c->val);
	for (;;) {
		size_t start = c->val.len;

		if (p < end && *p == '"') {
			unsigned long long open = c->next;

			for (p++;; p++) {
				if (p == end)
					return fail(c, "quoted field not "
					    "closed", open);
				if (*p == '"') {
					if (p + 1 < end && p[1] == '"') {
						buf_addc(&c->val, '"');
						p++;
						continue;
					}
					p++;
					break;
				}
				if (*p == '\n')
					c->next++;
				buf_addc(&c->val, *p);
			}
			if (p < end && *p != ',' && *p != '\n' &&
			    !(*p == '\r' && p + 1 < end && p[1] == '\n'))
				return fail(c, "characters after a closing "
				    "quote", c->next);
		} else {
			const char *q = p;

			while (q < end && *q != ',' && *q != '\n' &&
			    *q != '\r' && *q != '"')
				q++;
			if (q < end && *q == '"')
				return fail(c, "quote inside an unquoted field "
				    "(quote the whole field)", c->next);
			if (q < end && *q == '\r' && !(q + 1 < end &&
			    q[1] == '\n'))
				return fail(c, "carriage return outside quotes "
				    "not followed by a line feed", c->next);
			buf_add(&c->val, p, (size_t)(q - p));
			p = q;
		}
		push(c, start);
		if (p == end)
			break;
		if (*p == ',') {
			p++;
			continue;
		}
		p += *p == '\r' ? 2 : 1;
		c->next++;
		break;
	}
	c->p = p;
	return 1;
}
