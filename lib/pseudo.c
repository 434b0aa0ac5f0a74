/*
 * pseudo.c - keyed pseudonyms (pseudo.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <sodium.h>

#include "buf.h"
#include "err.h"
#include "pseudo.h"
#include "banned.h"

static crypto_auth_hmacsha256_state base;
static unsigned char base_key[256];
static size_t base_len = (size_t)-1;

void
pseudo_hex(const unsigned char *key, size_t keylen, const char *type,
	   const char *value, size_t n, char *out, size_t digits)
{
	static const char hex[] = "0123456789abcdef";
	crypto_auth_hmacsha256_state st;
	unsigned char mac[crypto_auth_hmacsha256_BYTES];
	size_t i;

	if (digits > 2 * sizeof mac)
		digits = 2 * sizeof mac;
	/* The keyed state (the key's inner and outer pads hashed: half the
	 * work of a short value) is made once per key and copied: a run
	 * uses one key.  It is as secret as the key, which the caller
	 * holds for the run too. */
	if (keylen != base_len || keylen > sizeof base_key ||
	    memcmp(key, base_key, keylen) != 0) {
		crypto_auth_hmacsha256_init(&base, key, keylen);
		base_len = (size_t)-1;
		if (keylen <= sizeof base_key) {
			memcpy(base_key, key, keylen);
			base_len = keylen;
		}
	}
	st = base;
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)type,
	    strlen(type) + 1);
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)value, n);
	crypto_auth_hmacsha256_final(&st, mac);
	for (i = 0; i < digits; i++)
		out[i] = hex[(mac[i / 2] >> (i % 2 ? 0 : 4)) & 15];
	out[digits] = '\0';
	sodium_memzero(&st, sizeof st);
}

unsigned char *
pseudo_load_key(const char *path, size_t *len, const char **why)
{
	struct buf b = BUF_INIT;

	if (buf_read_file(&b, path, (size_t)-1) < 0) {
		*why = strerror(errno);
		buf_free(&b);
		return NULL;
	}
	if (b.len < 16) {
		*why = "key file too short (want at least 16 bytes)";
		buf_free(&b);
		return NULL;
	}
	return (unsigned char *)buf_detach(&b, len);
}
