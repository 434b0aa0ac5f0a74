/*
 * settings.c - KEY=VALUE settings columns and file fingerprints (see
 * settings.h).  A fingerprint is the start of a SHA-256 (libsodium) of the
 * file's bytes: enough to tell two versions of a lexicon apart, short
 * enough to repeat on every record.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "err.h"
#include "settings.h"
#include "banned.h"

int
settings_fingerprint(const char *path, char fp[SETTINGS_FP_LEN + 1],
		     char *err, size_t errlen)
{
	struct buf b = BUF_INIT;
	unsigned char h[crypto_hash_sha256_BYTES];
	static const char hex[] = "0123456789abcdef";
	size_t i;

	if (buf_read_file(&b, path, (size_t)-1) < 0) {
		snprintf(err, errlen, "%s: cannot read: %s", path,
		    strerror(errno));
		buf_free(&b);
		return -1;
	}
	crypto_hash_sha256(h, (const unsigned char *)(b.s ? b.s : ""), b.len);
	for (i = 0; i < SETTINGS_FP_LEN / 2; i++) {
		fp[2 * i] = hex[h[i] >> 4];
		fp[2 * i + 1] = hex[h[i] & 15];
	}
	fp[SETTINGS_FP_LEN] = '\0';
	buf_free(&b);
	return 0;
}

static void
add_escaped(struct buf *out, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";

	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c <= ' ' || c == '%' || c == ',' || c == 0x7f) {
			buf_addc(out, '%');
			buf_addc(out, hex[c >> 4]);
			buf_addc(out, hex[c & 15]);
		} else {
			buf_addc(out, (char)c);
		}
	}
}

void
settings_add(struct buf *out, const char *key, const char *val)
{
	if (out->len)
		buf_addc(out, ' ');
	buf_adds(out, key);
	buf_addc(out, '=');
	add_escaped(out, val);
}

void
settings_add_file(struct buf *out, const char *path, const char *fp, int more)
{
	if (more)
		buf_addc(out, ',');
	add_escaped(out, path);
	buf_addc(out, '@');
	buf_adds(out, fp);
}

int
settings_get(struct str v, const char *key, struct str *val)
{
	size_t kn = strlen(key), i = 0;

	while (i < v.n) {
		const char *sp = memchr(v.p + i, ' ', v.n - i);
		size_t e = sp ? (size_t)(sp - v.p) : v.n;

		if (e - i > kn && memcmp(v.p + i, key, kn) == 0 &&
		    v.p[i + kn] == '=') {
			val->p = v.p + i + kn + 1;
			val->n = e - i - kn - 1;
			return 1;
		}
		i = e + 1;
	}
	return 0;
}

static int
unhex(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

int
settings_file(struct str list, size_t i, struct buf *path,
	      char fp[SETTINGS_FP_LEN + 1])
{
	const char *p = list.p, *end = list.p + list.n, *e, *at;
	size_t k;

	if (list.n == 0)
		return 0;
	for (k = 0; k < i; k++) {
		p = memchr(p, ',', (size_t)(end - p));
		if (p == NULL)
			return 0;
		p++;
	}
	e = memchr(p, ',', (size_t)(end - p));
	if (e == NULL)
		e = end;
	/* the fingerprint follows the last '@' (a path may hold one) */
	for (at = e; at > p && at[-1] != '@'; at--)
		;
	fp[0] = '\0';
	if (at > p && (size_t)(e - at) == SETTINGS_FP_LEN) {
		memcpy(fp, at, SETTINGS_FP_LEN);
		fp[SETTINGS_FP_LEN] = '\0';
		e = at - 1;
	}
	buf_reset(path);
	for (; p < e; p++) {
		int hi, lo;

		if (*p == '%' && e - p >= 3 && (hi = unhex(p[1])) >= 0 &&
		    (lo = unhex(p[2])) >= 0) {
			buf_addc(path, (char)(hi * 16 + lo));
			p += 2;
		} else {
			buf_addc(path, *p);
		}
	}
	buf_addc(path, '\0');
	path->len--;
	return 1;
}
