/*
 * buf.h - growable byte buffers (after git's strbuf).
 *
 * A buf owns its bytes.  The contents are always followed by a NUL byte
 * (not counted in len), so b.s can be passed to functions wanting a C
 * string when the contents hold no NUL.  Growth is overflow-checked and
 * keeps capacity across buf_reset(), so a buffer reused per record stops
 * allocating once it has seen the longest record.
 */
#ifndef HARK_BUF_H
#define HARK_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char *s;    /* contents; never NULL after buf_init() */
	size_t len; /* bytes used, excluding the trailing NUL */
	size_t cap; /* bytes allocated */
};

#define BUF_INIT { NULL, 0, 0 }

void buf_init(struct buf *b);
void buf_free(struct buf *b);   /* accepts a zeroed or freed buf */
/* Make room for n more bytes (plus the NUL). */
void buf_grow(struct buf *b, size_t n);
static inline void buf_reset(struct buf *b) { b->len = 0; if (b->s) b->s[0] = '\0'; }
void buf_add(struct buf *b, const void *p, size_t n);
void buf_adds(struct buf *b, const char *s);
/* One byte (inline: the tokeniser and the writers add bytes one at a
 * time). */
static inline void
buf_addc(struct buf *b, int c)
{
	if (b->s == NULL || b->cap - b->len < 2)
		buf_grow(b, 1);
	b->s[b->len++] = (char)c;
	b->s[b->len] = '\0';
}
void buf_addf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void buf_vaddf(struct buf *b, const char *fmt, va_list ap);
/* Append a decimal number. */
void buf_addu(struct buf *b, unsigned long long v);
/* Room for the digits of any unsigned long long. */
#define BUF_DEC_MAX 24
/* Write the decimal digits of v at p (room for BUF_DEC_MAX bytes); returns
 * the end.  For loops that write into room made once. */
char *buf_put_dec(char *p, unsigned long long v);
/* Shorten to len bytes (len <= b->len). */
void buf_setlen(struct buf *b, size_t len);
/*
 * Append the whole file at path (a key, a lexicon, a small table) to b.
 * Returns 0; -1 when it cannot be opened; -2 when it cannot be read or
 * holds more than max bytes (errno EFBIG).  errno says why.
 */
int buf_read_file(struct buf *b, const char *path, size_t max);
/* Hand the bytes to the caller (who frees them) and reinitialise b. */
char *buf_detach(struct buf *b, size_t *len);

#endif
