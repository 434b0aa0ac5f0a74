/*
 * pseudo.h - keyed pseudonyms: the same key file gives the same pseudonym
 * for the same value, in every file and every run, so that records
 * redacted separately still join.
 *
 * pseudo_hex() is HMAC-SHA-256 (libsodium) keyed with the key file's bytes
 * as they are, of the message TYPE, one NUL byte, VALUE; written as the
 * first `digits` lower-case hex digits of the MAC.  TYPE separates the
 * kinds of value (e.g. "PERSON" for names found in text, "ID" for whole
 * identifier columns, which is what `hark join --pseudonymise-key` uses),
 * so that the same string pseudonymised as two kinds gives unrelated
 * pseudonyms.
 */
#ifndef HARK_PSEUDO_H
#define HARK_PSEUDO_H

#include <stddef.h>

/* The default number of hex digits (64 bits). */
#define PSEUDO_DIGITS 16

/* Write the pseudonym of value[0..n) as `digits` (1..64) hex digits and a
 * NUL into out (digits + 1 bytes). */
void pseudo_hex(const unsigned char *key, size_t keylen, const char *type,
		const char *value, size_t n, char *out, size_t digits);

/* Read a key file: at least 16 bytes.  Returns the bytes (caller frees)
 * and sets *len, or NULL with *why set (a static phrase or strerror). */
unsigned char *pseudo_load_key(const char *path, size_t *len,
			       const char **why);

#endif
