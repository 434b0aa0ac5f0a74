/*
 * csv.c - CSV and TSV records from an input (csv.h).
 *
 * The parser works on the bytes the input has decoded so far and asks for
 * more only when a record is not complete in them, so a record is parsed
 * from one contiguous piece of memory however it is split across reads.
 * A quoted field that never closes is found at the end of the input (or
 * at maxrec bytes): then only its first line is the malformed record.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "err.h"
#include "scan.h"
#include "banned.h"

void
csv_row_init(struct csv_row *row)
{
	memset(row, 0, sizeof *row);
	buf_init(&row->vals);
}

void
csv_row_free(struct csv_row *row)
{
	buf_free(&row->vals);
	free(row->off);
	free(row->len);
	memset(row, 0, sizeof *row);
}

static void
row_room(struct csv_row *row, size_t n)
{
	if (n <= row->cap)
		return;
	row->cap = n < 16 ? 16 : n;
	if (row->cap < n * 2 && n < ((size_t)-1) / 4)
		row->cap = n * 2;
	row->off = xrealloc(row->off, xmul(row->cap, sizeof *row->off));
	row->len = xrealloc(row->len, xmul(row->cap, sizeof *row->len));
}

void
csv_row_clear(struct csv_row *row)
{
	buf_reset(&row->vals);
	row->nf = 0;
	row->err[0] = '\0';
}

void
csv_row_end_field(struct csv_row *row, size_t start)
{
	row_room(row, row->nf + 1);
	row->off[row->nf] = start;
	row->len[row->nf] = row->vals.len - start;
	row->nf++;
}

void
csv_row_pad(struct csv_row *row, size_t n)
{
	while (row->nf < n)
		csv_row_end_field(row, row->vals.len);
}

void
csv_reset(struct csv *c)
{
	c->line = 1;
	c->skipping = 0;
}

/* ---- framing ---- */

unsigned long long
csv_count_lines(const char *p, size_t n)
{
	unsigned long long k = 0;
	const char *s = p, *end = p + n;

	while ((s = memchr(s, '\n', (size_t)(end - s))) != NULL) {
		k++;
		s++;
	}
	for (s = p; (s = memchr(s, '\r', (size_t)(end - s))) != NULL; s++)
		if (s + 1 == end || s[1] != '\n')
			k++;
	return k;
}

/* Length of the first line of p[0..n), with its terminator. */
static size_t
first_line(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (p[i] == '\n')
			return i + 1;
		if (p[i] == '\r')
			return i + 1 < n && p[i + 1] == '\n' ? i + 2 : i + 1;
	}
	return n;
}

size_t
csv_chomp(const char *p, size_t n)
{
	if (n && p[n - 1] == '\n')
		n--;
	if (n && p[n - 1] == '\r')
		n--;
	return n;
}

size_t
csv_take_line(const char *p, size_t n, int final)
{
	size_t k = first_line(p, n);

	if (k == n && !final) {
		/* No terminator yet, or a CR that may be a CRLF. */
		if (k == 0 || p[k - 1] != '\n')
			return 0;
	}
	return k;
}

int
csv_skip(struct csv *c, struct input *in)
{
	size_t k = csv_take_line(in->buf + in->beg, in->end - in->beg,
				 in->eof);

	if (k) {
		in->beg += k;
		c->line++;
		c->skipping = 0;
		return 1;
	}
	in->beg = in->end; /* drop what we have */
	return 0;
}

void
csv_took(struct csv *c, struct input *in, struct csv_row *row, size_t used)
{
	const char *p = in->buf + in->beg;

	row->line = c->line;
	row->raw = p;
	row->rawn = csv_chomp(p, used);
	c->line += csv_count_lines(p, used);
	in->beg += used;
}

void
csv_too_long(struct csv *c, struct input *in, struct csv_row *row,
	     const char *hint)
{
	const char *p = in->buf + in->beg;
	size_t n = in->end - in->beg, k = first_line(p, n);

	csv_row_clear(row);
	row->line = c->line;
	row->raw = p;
	snprintf(row->err, sizeof row->err, "record longer than %zu bytes%s",
		 c->maxrec, hint);
	if (k < n) {
		row->rawn = csv_chomp(p, k);
		in->beg += k;
		c->line++;
	} else {
		row->rawn = n > 200 ? 200 : n;
		c->skipping = 1;
		in->beg = in->end;
	}
}

/* ---- one record ---- */

/*
 * Parse one record from p[0..n).  Returns the bytes consumed, or 0 when the
 * record is not complete and more input may come (final is 0).  At the end
 * of input (final), an open quote makes a malformed record.
 */
static size_t
record(const struct csv *c, const char *p, size_t n, int final,
       struct csv_row *row)
{
	size_t i = 0, start;
	const char d = (char)c->delim;

	csv_row_clear(row);
	for (;;) {
		start = row->vals.len;
		if (i < n && (unsigned char)p[i] == c->quote) {
			i++;
			for (;;) {
				const char *q = memchr(p + i, c->quote, n - i);
				size_t j;

				if (!q) {
					if (!final)
						return 0;
					snprintf(row->err, sizeof row->err,
						 "unterminated quoted field");
					return first_line(p, n);
				}
				j = (size_t)(q - p);
				buf_add(&row->vals, p + i, j - i);
				if (j + 1 == n && !final)
					return 0;
				if (j + 1 < n && (unsigned char)p[j + 1] == c->quote) {
					buf_addc(&row->vals, c->quote);
					i = j + 2;
					continue;
				}
				i = j + 1;
				break;
			}
		}
		/* Unquoted text (or what follows a closing quote). */
		size_t s = i;
		i += scan_any4(p + i, n - i, d, '\n', '\r', d);
		buf_add(&row->vals, p + s, i - s);
		csv_row_end_field(row, start);
		if (i == n)
			return final ? n : 0;
		if ((unsigned char)p[i] == c->delim) {
			i++;
			continue;
		}
		if (p[i] == '\r') {
			if (i + 1 == n && !final)
				return 0;
			return i + 1 < n && p[i + 1] == '\n' ? i + 2 : i + 1;
		}
		return i + 1;
	}
}

int
csv_next(struct csv *c, struct input *in, struct csv_row *row,
	 char *err, size_t errlen)
{
	for (;;) {
		const char *p = in->buf + in->beg;
		size_t n = in->end - in->beg, used;

		if (n == 0 && in->eof)
			return 0;
		if (c->skipping) {
			if (csv_skip(c, in))
				continue;
		} else if ((used = record(c, p, n, in->eof, row)) != 0) {
			if (row->nf == 1 && row->len[0] == 0 && !row->err[0] &&
			    (p[0] == '\n' || p[0] == '\r')) {
				in->beg += used; /* blank line: no record */
				c->line++;
				continue;
			}
			csv_took(c, in, row, used);
			return 1;
		} else if (n >= c->maxrec) {
			csv_too_long(c, in, row, " (unterminated quote?)");
			return 1;
		}
		if (input_fill(in, err, errlen) < 0)
			return -1;
	}
}

int
csv_formula_risk(const char *p, size_t n)
{
	size_t i = 0;
	int digits = 0;

	if (n == 0 || !strchr("=+-@\t\r", p[0]))
		return 0;
	if (p[0] != '+' && p[0] != '-')
		return 1;
	/* [+-] digits [. digits] [e [+-] digits]: a number, not a formula */
	for (i = 1; i < n && p[i] >= '0' && p[i] <= '9'; i++)
		digits = 1;
	if (i < n && p[i] == '.')
		for (i++; i < n && p[i] >= '0' && p[i] <= '9'; i++)
			digits = 1;
	if (digits && i < n && (p[i] == 'e' || p[i] == 'E')) {
		size_t j = i + 1;

		if (j < n && (p[j] == '+' || p[j] == '-'))
			j++;
		if (j < n && p[j] >= '0' && p[j] <= '9') {
			for (; j < n && p[j] >= '0' && p[j] <= '9'; j++)
				;
			i = j;
		}
	}
	return !(digits && i == n);
}
