/*
 * utf8.h - UTF-8 validation, decoding and encoding.
 *
 * Validation follows Unicode's definition (Table 3-7): no overlong forms,
 * no surrogates (U+D800..U+DFFF), nothing above U+10FFFF.  NUL is valid
 * UTF-8; callers that forbid it check separately.
 */
#ifndef HARK_UTF8_H
#define HARK_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Offset of the first byte that does not start a well-formed sequence, or
 * n when p[0..n) is entirely valid.  ASCII runs are checked eight bytes at
 * a time. */
size_t utf8_check(const char *p, size_t n);

/* Why the sequence at p[0..n) is ill-formed (n > 0, p[0] where utf8_check
 * stopped): a short static phrase such as "overlong encoding". */
const char *utf8_why(const char *p, size_t n);

/* Decode one well-formed sequence; returns its length (1..4) and sets *cp.
 * On an ill-formed sequence returns 1 and sets *cp to U+FFFD. */
size_t utf8_decode(const char *p, size_t n, uint32_t *cp);

/* Encode cp (<= U+10FFFF) into out; returns the length (1..4). */
size_t utf8_encode(uint32_t cp, char out[4]);

/* Length of the ill-formed stretch starting at p (the "maximal subpart"
 * of Unicode's U+FFFD substitution practice): 1..3 bytes. */
size_t utf8_badlen(const char *p, size_t n);

#endif
