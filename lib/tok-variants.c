/*
 * tok-variants.c - the variant map: a file of VARIANT<TAB>STANDARD lines
 * (docs/tokenising.md), each side folded as tokens are, held in an open
 * addressing table whose keys and values live in one buffer.  A folded
 * word found in the map is replaced by the words of its standard form.
 * Lines may end in LF, CRLF or CR alone.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "tok.h"
#include "hash.h"
#include "tok-impl.h"
#include "utf8.h"
#include "banned.h"

uint32_t
tok_var_hash(const char *s, size_t n)
{
	return (uint32_t)(hash_bytes(s, n) >> 32);
}

struct var *
tok_var_find(const struct tok *t, const char *k, size_t n, uint32_t h)
{
	size_t i;

	if (t->vcap == 0)
		return NULL;
	for (i = h & (t->vcap - 1);; i = (i + 1) & (t->vcap - 1)) {
		struct var *v = &t->vtab[i];

		if (v->klen == 0)
			return v;
		if (v->hash == h && v->klen == n &&
		    memcmp(t->vstr.s + v->koff, k, n) == 0)
			return v;
	}
}

static void
var_grow(struct tok *t)
{
	struct var *old = t->vtab;
	size_t i, oldcap = t->vcap;

	t->vcap = oldcap ? oldcap * 2 : 256;
	t->vtab = xcalloc(t->vcap, sizeof *t->vtab);
	for (i = 0; i < oldcap; i++)
		if (old[i].klen)
			*tok_var_find(t, t->vstr.s + old[i].koff, old[i].klen,
			    old[i].hash) = old[i];
	free(old);
}

/* Fold the space-separated words of s[0..n) onto vstr, one space between. */
static int
fold_words(struct tok *t, const char *s, size_t n)
{
	size_t i = 0, j, first = 1;

	while (i < n) {
		while (i < n && s[i] == ' ')
			i++;
		for (j = i; j < n && s[j] != ' '; j++)
			;
		if (j > i) {
			if (!first)
				buf_addc(&t->vstr, ' ');
			first = 0;
			if (tok_fold(t, s + i, j - i, &t->vstr) < 0)
				return -1;
		}
		i = j;
	}
	return first ? -1 : 0;
}

int
tok_var_load(struct tok *t, const char *path, char *err, size_t errlen)
{
	struct buf file = BUF_INIT;
	const char *p, *end;
	long lineno = 0;
	int rc = 0, k;

	buf_init(&file);
	k = buf_read_file(&file, path, UINT32_MAX / 4);
	if (k < 0) {
		if (k == -1)
			tok_seterr(err, errlen, "%s: cannot open variant map",
			    path);
		else
			tok_seterr(err, errlen, "%s: read error", path);
		buf_free(&file);
		return -1;
	}
	/* lines end in LF, CRLF or CR alone */
	for (p = file.s, end = file.s + file.len; p < end; ) {
		const char *line = p, *tab;
		size_t n, koff, klen;
		uint32_t h;
		struct var *v;

		while (p < end && *p != '\n' && *p != '\r')
			p++;
		n = (size_t)(p - line);
		if (p < end && *p == '\r' && p + 1 < end && p[1] == '\n')
			p++;
		if (p < end)
			p++;
		lineno++;
		if (n == 0 || line[0] == '#')
			continue;
		if (utf8_check(line, n) != n) {
			tok_seterr(err, errlen, "%s:%ld: invalid UTF-8", path, lineno);
			rc = -1;
			break;
		}
		tab = memchr(line, '\t', n);
		if (tab == NULL || tab == line || tab + 1 == line + n ||
		    memchr(tab + 1, '\t', (size_t)(line + n - tab - 1))) {
			tok_seterr(err, errlen, "%s:%ld: expected VARIANT<TAB>STANDARD",
			    path, lineno);
			rc = -1;
			break;
		}
		if (memchr(line, ' ', (size_t)(tab - line))) {
			tok_seterr(err, errlen, "%s:%ld: a variant is one token, "
			    "without spaces", path, lineno);
			rc = -1;
			break;
		}
		if ((t->nvar + 1) * 2 > t->vcap)
			var_grow(t);
		koff = t->vstr.len;
		if (tok_fold(t, line, (size_t)(tab - line), &t->vstr) < 0)
			goto bad;
		klen = t->vstr.len - koff;
		h = tok_var_hash(t->vstr.s + koff, klen);
		v = tok_var_find(t, t->vstr.s + koff, klen, h);
		if (v->klen) {
			tok_seterr(err, errlen, "%s:%ld: duplicate variant", path,
			    lineno);
			rc = -1;
			break;
		}
		if (klen > 0) {
			size_t l = klen < 31 ? klen : 31;
			const unsigned char *kp =
			    (const unsigned char *)t->vstr.s + koff;

			t->vfirst[l] |= (uint64_t)1 << (kp[0] & 63);
			t->vlast[l] |= (uint64_t)1 << (kp[klen - 1] & 63);
		}
		buf_addc(&t->vstr, '\0');
		v->hash = h;
		v->koff = (uint32_t)koff;
		v->klen = (uint32_t)klen;
		v->voff = (uint32_t)t->vstr.len;
		if (fold_words(t, tab + 1, (size_t)(line + n - tab - 1)) < 0)
			goto bad;
		v->vlen = (uint32_t)(t->vstr.len - v->voff);
		buf_addc(&t->vstr, '\0');
		t->nvar++;
		if (t->vstr.len > UINT32_MAX / 2) {
			tok_seterr(err, errlen, "%s:%ld: variant map too large", path,
			    lineno);
			rc = -1;
			break;
		}
		continue;
bad:
		tok_seterr(err, errlen, "%s:%ld: cannot fold entry", path, lineno);
		rc = -1;
		break;
	}
	buf_free(&file);
	return rc;
}
