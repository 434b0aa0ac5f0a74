/*
 * parse.c - hark-ingest's parsers.
 *
 * CSV follows RFC 4180 with Excel's habits: a quote is special only at the
 * start of a field; "" inside quotes is one quote; text after a closing
 * quote is kept as it is; records end at LF, CRLF or a lone CR; a line with
 * nothing on it is no record.  A record that runs past the end of the input
 * inside quotes (or past --max-record-size) is malformed: it is returned as
 * its first line, with a reason, and parsing resumes at the next line, so
 * one stray quote costs one record, not the rest of the file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "parse.h"
#include "scan.h"
#include "utf8.h"
#include "banned.h"

void
row_init(struct row *row)
{
	memset(row, 0, sizeof *row);
	buf_init(&row->vals);
}

void
row_free(struct row *row)
{
	buf_free(&row->vals);
	free(row->off);
	free(row->len);
	memset(row, 0, sizeof *row);
}

static void
row_room(struct row *row, size_t n)
{
	if (n <= row->cap)
		return;
	row->cap = n < 16 ? 16 : n;
	if (row->cap < n * 2 && n < ((size_t)-1) / 4)
		row->cap = n * 2;
	row->off = xrealloc(row->off, xmul(row->cap, sizeof *row->off));
	row->len = xrealloc(row->len, xmul(row->cap, sizeof *row->len));
}

static void
row_reset(struct row *row)
{
	buf_reset(&row->vals);
	row->nf = 0;
	row->err[0] = '\0';
}

/* End the current field: it runs from `start` to the end of vals. */
static void
row_end_field(struct row *row, size_t start)
{
	row_room(row, row->nf + 1);
	row->off[row->nf] = start;
	row->len[row->nf] = row->vals.len - start;
	row->nf++;
}

void
row_pad(struct row *row, size_t n)
{
	while (row->nf < n)
		row_end_field(row, row->vals.len);
}

void
parse_reset(struct parser *ps)
{
	ps->line = 1;
	ps->skipping = 0;
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

/* Line breaks (LF, CRLF, lone CR) in p[0..n). */
static unsigned long long
count_lines(const char *p, size_t n)
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

/* ---- CSV and TSV ---- */

/*
 * Parse one record from p[0..n).  Returns the bytes consumed, or 0 when the
 * record is not complete and more input may come (final is 0).  At the end
 * of input (final), an open quote makes a malformed record.
 */
static size_t
csv_record(struct parser *ps, const char *p, size_t n, int final,
	   struct row *row)
{
	size_t i = 0, start;
	const char d = (char)ps->delim;

	row_reset(row);
	for (;;) {
		start = row->vals.len;
		if (i < n && (unsigned char)p[i] == ps->quote) {
			i++;
			for (;;) {
				const char *q = memchr(p + i, ps->quote, n - i);
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
				if (j + 1 < n && (unsigned char)p[j + 1] == ps->quote) {
					buf_addc(&row->vals, ps->quote);
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
		row_end_field(row, start);
		if (i == n)
			return final ? n : 0;
		if ((unsigned char)p[i] == ps->delim) {
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
json_record(struct parser *ps, const char *p, size_t n, struct row *row)
{
	struct buf *kb = &ps->key;
	const char *why = NULL;
	size_t i = ws(p, n, 0), k, hint = 0;
	unsigned char *seen;

	row_reset(row);
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
	row_room(row, ps->nkeys);
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

/* Line length without terminator, given the consumed length. */
static size_t
chomp(const char *p, size_t n)
{
	if (n && p[n - 1] == '\n')
		n--;
	if (n && p[n - 1] == '\r')
		n--;
	return n;
}

/* One line from the buffer: consumed length, or 0 when incomplete. */
static size_t
take_line(const char *p, size_t n, int final)
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
parse_next(struct parser *ps, struct input *in, struct row *row,
	   char *err, size_t errlen)
{
	for (;;) {
		const char *p = in->buf + in->beg;
		size_t n = in->end - in->beg, used = 0;
		int final = in->eof;

		if (n == 0 && final)
			return 0;
		if (ps->skipping) {
			size_t k = take_line(p, n, final);

			if (k) {
				in->beg += k;
				ps->line++;
				ps->skipping = 0;
				continue;
			}
			in->beg = in->end; /* drop what we have */
			goto more;
		}
		switch (ps->fmt) {
		case FMT_CSV:
		case FMT_TSV:
			used = csv_record(ps, p, n, final, row);
			if (used && row->nf == 1 && row->len[0] == 0 &&
			    !row->err[0] && (p[0] == '\n' || p[0] == '\r')) {
				in->beg += used; /* blank line: no record */
				ps->line++;
				continue;
			}
			break;
		case FMT_JSONL:
		case FMT_LINES:
			used = take_line(p, n, final);
			if (used && blank(p, chomp(p, used)) && ps->fmt == FMT_JSONL) {
				in->beg += used;
				ps->line++;
				continue;
			}
			if (used && ps->fmt == FMT_JSONL) {
				json_record(ps, p, chomp(p, used), row);
			} else if (used) {
				row_reset(row);
				buf_add(&row->vals, p, chomp(p, used));
				row_end_field(row, 0);
			}
			break;
		case FMT_PARAS: {
			/* Lines up to a blank line or the end. */
			size_t i = 0, k;
			int ended = 0;

			while (i < n && (k = take_line(p + i, n - i, final)) &&
			       blank(p + i, chomp(p + i, k))) {
				i += k; /* leading blank lines */
				ps->line++;
			}
			if (i) {
				in->beg += i;
				continue;
			}
			row_reset(row);
			while (i < n) {
				k = take_line(p + i, n - i, final);
				if (!k)
					break;
				if (blank(p + i, chomp(p + i, k))) {
					ended = 1;
					break;
				}
				if (row->vals.len)
					buf_addc(&row->vals, '\n');
				buf_add(&row->vals, p + i, chomp(p + i, k));
				i += k;
			}
			if (ended || (final && i == n)) {
				row_end_field(row, 0);
				used = i;
			}
			break;
		}
		}
		if (used) {
			row->line = ps->line;
			row->raw = p;
			row->rawn = chomp(p, used);
			ps->line += count_lines(p, used);
			in->beg += used;
			return 1;
		}
		if (n >= ps->maxrec) {
			/* Overlong: reject its first line, if we have it. */
			size_t k = first_line(p, n);

			row_reset(row);
			row->line = ps->line;
			row->raw = p;
			snprintf(row->err, sizeof row->err,
				 "record longer than %zu bytes%s", ps->maxrec,
				 ps->fmt <= FMT_TSV ? " (unterminated quote?)" : "");
			if (k < n) {
				row->rawn = chomp(p, k);
				in->beg += k;
				ps->line++;
			} else {
				row->rawn = n > 200 ? 200 : n;
				ps->skipping = 1;
				in->beg = in->end;
			}
			return 1;
		}
more:
		if (in_fill(in, err, errlen) < 0)
			return -1;
	}
}
