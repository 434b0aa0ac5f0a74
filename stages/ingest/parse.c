/*
 * parse.c - hark-ingest's parsers for the formats that are not delimited
 * text: JSON Lines, plain lines and paragraphs.  CSV and TSV are lib/csv.c,
 * and these share its framing (line counts, overlong records).
 *
 * JSON Lines: one object a line, the keys of the first object (or
 * --columns) are the columns; string, number, true, false and null values.
 * Lines: each line one record.  Paragraphs: lines up to a blank line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "parse.h"
#include "utf8.h"
#include "banned.h"

void
parse_reset(struct parser *ps)
{
	csv_reset(&ps->csv);
}

void
parse_free(struct parser *ps)
{
	size_t i;

	for (i = 0; i < ps->nkeys; i++)
		free(ps->keys[i]);
	free(ps->keys);
	ps->keys = NULL;
	ps->nkeys = 0;
	free(ps->seen);
	ps->seen = NULL;
	buf_free(&ps->key);
}

/* ---- JSON Lines ---- */

static size_t
ws(const char *p, size_t n, size_t i)
{
	while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' ||
			 p[i] == '\n'))
		i++;
	return i;
}

static int
hex4(const char *p, unsigned *v)
{
	unsigned x = 0;
	int k;

	for (k = 0; k < 4; k++) {
		char c = p[k];

		x <<= 4;
		if (c >= '0' && c <= '9')
			x |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			x |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			x |= (unsigned)(c - 'A' + 10);
		else
			return -1;
	}
	*v = x;
	return 0;
}

/* Parse a JSON string at p[i] == '"' onto out; returns the index after
 * the closing quote, or 0 with why set. */
static size_t
json_string(const char *p, size_t n, size_t i, struct buf *out,
	    const char **why)
{
	i++;
	while (i < n) {
		size_t s = i;

		while (i < n && p[i] != '"' && p[i] != '\\' &&
		       (unsigned char)p[i] >= 0x20)
			i++;
		buf_add(out, p + s, i - s);
		if (i == n)
			break;
		if (p[i] == '"')
			return i + 1;
		if ((unsigned char)p[i] < 0x20) {
			*why = "control character inside a string";
			return 0;
		}
		if (++i == n)
			break;
		switch (p[i]) {
		case '"': case '\\': case '/':
			buf_addc(out, p[i]);
			break;
		case 'b': buf_addc(out, '\b'); break;
		case 'f': buf_addc(out, '\f'); break;
		case 'n': buf_addc(out, '\n'); break;
		case 'r': buf_addc(out, '\r'); break;
		case 't': buf_addc(out, '\t'); break;
		case 'u': {
			unsigned v, lo;
			char enc[4];

			if (i + 4 >= n || hex4(p + i + 1, &v) < 0) {
				*why = "bad \\u escape";
				return 0;
			}
			i += 4;
			if (v >= 0xD800 && v <= 0xDBFF) {
				if (i + 6 >= n || p[i + 1] != '\\' ||
				    p[i + 2] != 'u' || hex4(p + i + 3, &lo) < 0 ||
				    lo < 0xDC00 || lo > 0xDFFF) {
					*why = "unpaired surrogate in \\u escape";
					return 0;
				}
				v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
				i += 6;
			} else if (v >= 0xDC00 && v <= 0xDFFF) {
				*why = "unpaired surrogate in \\u escape";
				return 0;
			}
			buf_add(out, enc, utf8_encode(v, enc));
			break;
		}
		default:
			*why = "bad escape in string";
			return 0;
		}
		i++;
	}
	*why = "unterminated string";
	return 0;
}

static int
key_index(struct parser *ps, const char *k, size_t n, size_t hint)
{
	size_t i;

	if (hint < ps->nkeys && strlen(ps->keys[hint]) == n &&
	    memcmp(ps->keys[hint], k, n) == 0)
		return (int)hint;
	for (i = 0; i < ps->nkeys; i++)
		if (strlen(ps->keys[i]) == n && memcmp(ps->keys[i], k, n) == 0)
			return (int)i;
	return -1;
}

/* Parse one JSON object (the line p[0..n)) into row, by column. */
static void
json_record(struct parser *ps, const char *p, size_t n, struct csv_row *row)
{
	struct buf *kb = &ps->key;
	const char *why = NULL;
	size_t i = ws(p, n, 0), k, hint = 0;
	unsigned char *seen;

	csv_row_clear(row);
	if (!ps->keys_fixed && ps->nkeys == 0) {
		/* First object: its keys become the columns. */
		size_t j = i;
		if (j < n && p[j] == '{') {
			j = ws(p, n, j + 1);
			while (j < n && p[j] == '"') {
				buf_reset(kb);
				j = json_string(p, n, j, kb, &why);
				if (!j)
					break;
				if (key_index(ps, kb->s, kb->len, 0) < 0) {
					ps->keys = xrealloc(ps->keys,
						xmul(ps->nkeys + 1, sizeof *ps->keys));
					ps->keys[ps->nkeys++] = xmemdup(kb->s, kb->len);
				}
				/* Skip the value. */
				j = ws(p, n, j);
				if (j < n && p[j] == ':')
					j = ws(p, n, j + 1);
				if (j < n && p[j] == '"') {
					struct buf tmp = BUF_INIT;
					j = json_string(p, n, j, &tmp, &why);
					buf_free(&tmp);
					if (!j)
						break;
				} else {
					while (j < n && p[j] != ',' && p[j] != '}')
						j++;
				}
				j = ws(p, n, j);
				if (j < n && p[j] == ',')
					j = ws(p, n, j + 1);
			}
		}
		ps->keys_fixed = 1;
		why = NULL;
	}
	csv_row_pad(row, ps->nkeys);
	/* The columns are fixed from here on: one flag each, reused. */
	if (!ps->seen)
		ps->seen = xmalloc(ps->nkeys ? ps->nkeys : 1);
	seen = ps->seen;
	memset(seen, 0, ps->nkeys);
	for (k = 0; k < ps->nkeys; k++)
		row->off[k] = row->len[k] = 0;
	row->nf = ps->nkeys;
	if (i >= n || p[i] != '{') {
		why = "not a JSON object";
		goto bad;
	}
	i = ws(p, n, i + 1);
	if (i < n && p[i] == '}') {
		i++;
		goto end;
	}
	for (;;) {
		int col;
		size_t start;

		if (i >= n || p[i] != '"') {
			why = "expected a key";
			goto bad;
		}
		buf_reset(kb);
		if (!(i = json_string(p, n, i, kb, &why)))
			goto bad;
		i = ws(p, n, i);
		if (i >= n || p[i] != ':') {
			why = "expected ':' after a key";
			goto bad;
		}
		i = ws(p, n, i + 1);
		col = key_index(ps, kb->s, kb->len, hint);
		if (col < 0) {
			snprintf(row->err, sizeof row->err,
				 "key '%.100s' is not a column (the columns "
				 "come from the first record; see --columns)",
				 kb->s);
			goto out;
		}
		if (seen[col]) {
			snprintf(row->err, sizeof row->err,
				 "key '%.100s' appears twice", kb->s);
			goto out;
		}
		seen[col] = 1;
		hint = (size_t)col + 1;
		start = row->vals.len;
		if (i < n && p[i] == '"') {
			if (!(i = json_string(p, n, i, &row->vals, &why)))
				goto bad;
		} else if (i < n && (p[i] == '{' || p[i] == '[')) {
			snprintf(row->err, sizeof row->err,
				 "key '%.100s' holds %s: only strings, numbers, "
				 "true, false and null can be fields", kb->s,
				 p[i] == '{' ? "an object" : "an array");
			goto out;
		} else if (i + 4 <= n && memcmp(p + i, "null", 4) == 0) {
			i += 4;
		} else if (i + 4 <= n && memcmp(p + i, "true", 4) == 0) {
			buf_add(&row->vals, "true", 4);
			i += 4;
		} else if (i + 5 <= n && memcmp(p + i, "false", 5) == 0) {
			buf_add(&row->vals, "false", 5);
			i += 5;
		} else {
			size_t s = i;

			while (i < n && strchr("+-.0123456789eE", p[i]) && p[i])
				i++;
			if (i == s || !(p[s] == '-' || (p[s] >= '0' && p[s] <= '9'))) {
				why = "bad value";
				goto bad;
			}
			buf_add(&row->vals, p + s, i - s);
		}
		row->off[col] = start;
		row->len[col] = row->vals.len - start;
		i = ws(p, n, i);
		if (i < n && p[i] == ',') {
			i = ws(p, n, i + 1);
			continue;
		}
		if (i < n && p[i] == '}') {
			i++;
			break;
		}
		why = "expected ',' or '}'";
		goto bad;
	}
end:
	i = ws(p, n, i);
	if (i < n) {
		why = "text after the object";
		goto bad;
	}
	goto out;
bad:
	snprintf(row->err, sizeof row->err, "bad JSON at byte %zu: %s",
		 i + 1, why ? why : "syntax error");
out:
	;
}

/* Is p[0..n) blank (only spaces and tabs)? */
static int
blank(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i] != ' ' && p[i] != '\t')
			return 0;
	return 1;
}

int
parse_next(struct parser *ps, struct input *in, struct csv_row *row,
	   char *err, size_t errlen)
{
	struct csv *c = &ps->csv;

	if (ps->fmt == FMT_CSV || ps->fmt == FMT_TSV)
		return csv_next(c, in, row, err, errlen);
	for (;;) {
		const char *p = in->buf + in->beg;
		size_t n = in->end - in->beg, used = 0;
		int final = in->eof;

		if (n == 0 && final)
			return 0;
		if (c->skipping) {
			if (csv_skip(c, in))
				continue;
			goto more;
		}
		if (ps->fmt != FMT_PARAS) {
			used = csv_take_line(p, n, final);
			if (used && blank(p, csv_chomp(p, used)) &&
			    ps->fmt == FMT_JSONL) {
				in->beg += used;
				c->line++;
				continue;
			}
			if (used && ps->fmt == FMT_JSONL) {
				json_record(ps, p, csv_chomp(p, used), row);
			} else if (used) {
				csv_row_clear(row);
				buf_add(&row->vals, p, csv_chomp(p, used));
				csv_row_end_field(row, 0);
			}
		} else {
			/* Paragraphs: lines up to a blank line or the end. */
			size_t i = 0, k;
			int ended = 0;

			while (i < n && (k = csv_take_line(p + i, n - i, final)) &&
			       blank(p + i, csv_chomp(p + i, k))) {
				i += k; /* leading blank lines */
				c->line++;
			}
			if (i) {
				in->beg += i;
				continue;
			}
			csv_row_clear(row);
			while (i < n) {
				k = csv_take_line(p + i, n - i, final);
				if (!k)
					break;
				if (blank(p + i, csv_chomp(p + i, k))) {
					ended = 1;
					break;
				}
				if (row->vals.len)
					buf_addc(&row->vals, '\n');
				buf_add(&row->vals, p + i, csv_chomp(p + i, k));
				i += k;
			}
			if (ended || (final && i == n)) {
				csv_row_end_field(row, 0);
				used = i;
			}
		}
		if (used) {
			csv_took(c, in, row, used);
			return 1;
		}
		if (n >= c->maxrec) {
			csv_too_long(c, in, row, "");
			return 1;
		}
more:
		if (input_fill(in, err, errlen) < 0)
			return -1;
	}
}
