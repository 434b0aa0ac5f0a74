/*
 * buf.c - growable byte buffers.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "err.h"
#include "banned.h"

static char empty[1];

void
buf_init(struct buf *b)
{
	b->s = empty;
	b->len = 0;
	b->cap = 0;
}

void
buf_free(struct buf *b)
{
	if (b->cap)
		free(b->s);
	buf_init(b);
}

void
buf_grow(struct buf *b, size_t n)
{
	size_t need, cap;

	if (b->s != NULL && n < b->cap - b->len)
		return; /* room already: the common case, no overflow checks */
	need = xadd(xadd(b->len, n), 1);
	if (b->s == NULL)
		buf_init(b);
	if (need <= b->cap)
		return;
	cap = b->cap < 64 ? 64 : b->cap;
	while (cap < need)
		cap = xmul(cap, 2);
	if (b->cap) {
		b->s = xrealloc(b->s, cap);
	} else {
		b->s = xmalloc(cap);
		b->s[0] = '\0';
	}
	b->cap = cap;
}

void
buf_add(struct buf *b, const void *p, size_t n)
{
	if (b->s == NULL || n >= b->cap - b->len)
		buf_grow(b, n);
	if (n)
		memcpy(b->s + b->len, p, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_vaddf(struct buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	int n;

	buf_grow(b, 64);
	va_copy(cp, ap);
	n = vsnprintf(b->s + b->len, b->cap - b->len, fmt, cp);
	va_end(cp);
	if (n < 0)
		die(HARK_ETROUBLE, "bad format string");
	if ((size_t)n >= b->cap - b->len) {
		buf_grow(b, (size_t)n);
		n = vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
	}
	b->len += (size_t)n;
}

void
buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(b, fmt, ap);
	va_end(ap);
}

void
buf_addu(struct buf *b, unsigned long long v)
{
	/* straight into the buffer: tag writes a number or two a tag */
	if (b->s == NULL || b->cap - b->len <= BUF_DEC_MAX)
		buf_grow(b, BUF_DEC_MAX);
	b->len = (size_t)(buf_put_dec(b->s + b->len, v) - b->s);
	b->s[b->len] = '\0';
}

char *
buf_put_dec(char *p, unsigned long long v)
{
	char tmp[BUF_DEC_MAX];
	size_t i = sizeof tmp;

	/* Most counts are one digit. */
	if (v < 10) {
		*p = (char)('0' + v);
		return p + 1;
	}
	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	memcpy(p, tmp + i, sizeof tmp - i);
	return p + (sizeof tmp - i);
}

void
buf_setlen(struct buf *b, size_t len)
{
	if (len > b->len)
		die(HARK_ETROUBLE, "buf_setlen beyond end (internal error)");
	b->len = len;
	if (b->cap)
		b->s[len] = '\0';
}

int
buf_read_file(struct buf *b, const char *path, size_t max)
{
	size_t start = b->len;
	int fd;

	do
		fd = open(path, O_RDONLY | O_CLOEXEC);
	while (fd < 0 && errno == EINTR);
	if (fd < 0)
		return -1;
	for (;;) {
		ssize_t k;

		buf_grow(b, 65536);
		k = read(fd, b->s + b->len, b->cap - b->len - 1);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0) {
			int e = errno;

			close(fd);
			errno = e;
			return -2;
		}
		if (k == 0)
			break;
		b->len += (size_t)k;
		b->s[b->len] = '\0';
		if (b->len - start > max) {
			close(fd);
			errno = EFBIG;
			return -2;
		}
	}
	close(fd);
	return 0;
}

char *
buf_detach(struct buf *b, size_t *len)
{
	char *s;

	if (len)
		*len = b->len;
	if (!b->cap)
		s = xmemdup("", 0);
	else
		s = b->s;
	buf_init(b);
	return s;
}
