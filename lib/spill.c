/*
 * spill.c - temporary files for working sets over the memory budget
 * (spill.h).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "err.h"
#include "spill.h"
#include "banned.h"

size_t
spill_budget(size_t dflt)
{
	const char *s = getenv("HARK_MEMORY");
	unsigned long long v = 0, m = 1;
	const char *p;

	if (!s || !*s)
		return dflt;
	for (p = s; *p >= '0' && *p <= '9'; p++) {
		if (v > (1ULL << 40))
			break;
		v = v * 10 + (unsigned long long)(*p - '0');
	}
	switch (*p) {
	case 'k': case 'K': m = 1ULL << 10; p++; break;
	case 'm': case 'M': m = 1ULL << 20; p++; break;
	case 'g': case 'G': m = 1ULL << 30; p++; break;
	}
	if (p == s || *p || v == 0 || v > (1ULL << 40) / m)
		die(HARK_ETROUBLE, "HARK_MEMORY: '%s' is not a size (bytes, or "
		    "a number with K, M or G)", s);
	return (size_t)(v * m);
}

void
spill_open(struct spill *s)
{
	const char *dir = getenv("TMPDIR");
	size_t n;
	char *path;

	if (!dir || !*dir)
		dir = "/tmp";
	s->dir = dir;
	n = strlen(dir);
	path = xmalloc(xadd(n, 16));
	memcpy(path, dir, n);
	memcpy(path + n, "/hark-XXXXXX", 13);
	s->fd = mkstemp(path);
	if (s->fd < 0) {
		int e = errno;

		free(path);
		die(HARK_ETROUBLE, "cannot make a temporary file in %s: %s "
		    "(set TMPDIR to another folder)", dir, strerror(e));
	}
	unlink(path);
	free(path);
	s->len = 0;
	s->n = 0;
	s->cap = 1 << 16;
	s->buf = xmalloc(s->cap);
}

static void
write_failed(const struct spill *s, int e)
{
	die(HARK_ETROUBLE, "cannot write a temporary file in %s: %s (set "
	    "TMPDIR to a folder with room, or HARK_MEMORY higher)", s->dir,
	    strerror(e));
}

void
spill_flush(struct spill *s)
{
	size_t i = 0;

	while (i < s->n) {
		ssize_t k = write(s->fd, s->buf + i, s->n - i);

		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			write_failed(s, k < 0 ? errno : ENOSPC);
		i += (size_t)k;
	}
	s->n = 0;
}

void
spill_write(struct spill *s, const void *p, size_t n)
{
	const char *q = p;

	s->len += n;
	while (n) {
		size_t k = s->cap - s->n < n ? s->cap - s->n : n;

		memcpy(s->buf + s->n, q, k);
		s->n += k;
		q += k;
		n -= k;
		if (s->n == s->cap)
			spill_flush(s);
	}
}

void
spill_pread(const struct spill *s, uint64_t off, void *p, size_t n)
{
	char *q = p;

	while (n) {
		ssize_t k = pread(s->fd, q, n, (off_t)off);

		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			die(HARK_ETROUBLE, "cannot read back a temporary file "
			    "in %s: %s", s->dir, k < 0 ? strerror(errno) :
			    "it is shorter than was written");
		q += k;
		off += (uint64_t)k;
		n -= (size_t)k;
	}
}

void
spill_pwrite(struct spill *s, uint64_t off, const void *p, size_t n)
{
	const char *q = p;

	while (n) {
		ssize_t k = pwrite(s->fd, q, n, (off_t)off);

		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			write_failed(s, k < 0 ? errno : ENOSPC);
		q += k;
		off += (uint64_t)k;
		n -= (size_t)k;
	}
}

void
spill_zeros(struct spill *s, uint64_t n)
{
	spill_flush(s);
	if (ftruncate(s->fd, (off_t)(s->len + n)) < 0)
		write_failed(s, errno);
	s->len += n;
}

void
spill_close(struct spill *s)
{
	if (s->fd >= 0)
		close(s->fd);
	s->fd = -1;
	free(s->buf);
	s->buf = NULL;
	s->n = s->cap = 0;
	s->len = 0;
}

void
spill_reader_init(struct spill_reader *r, const struct spill *s, uint64_t off,
		  uint64_t end, size_t bufsize)
{
	r->s = s;
	r->off = off;
	r->end = end;
	r->cap = bufsize < 64 ? 64 : bufsize;
	r->buf = xmalloc(r->cap);
	r->pos = r->n = 0;
}

int
spill_read(struct spill_reader *r, void *p, size_t n)
{
	char *q = p;
	size_t k;

	if (r->pos == r->n && r->off == r->end)
		return 0;
	while (n) {
		if (r->pos == r->n) {
			uint64_t left = r->end - r->off;

			if (left == 0)
				die(HARK_ETROUBLE, "a temporary file in %s "
				    "ends inside an entry", r->s->dir);
			r->n = left < r->cap ? (size_t)left : r->cap;
			spill_pread(r->s, r->off, r->buf, r->n);
			r->off += r->n;
			r->pos = 0;
		}
		k = r->n - r->pos < n ? r->n - r->pos : n;
		memcpy(q, r->buf + r->pos, k);
		r->pos += k;
		q += k;
		n -= k;
	}
	return 1;
}

void
spill_reader_free(struct spill_reader *r)
{
	free(r->buf);
	r->buf = NULL;
}
