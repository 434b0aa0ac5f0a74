/*
 * spill.h - a temporary file for a stage whose working set outgrows its
 * memory budget (hark ingest's id check, hark count's tallies, hark join's
 * outcome table; docs/scaling.md, "Memory").
 *
 * The file is made in $TMPDIR (else /tmp) and unlinked at once, so that
 * nothing is left behind on any exit path, a signal included.  Writes are
 * buffered appends; reads are by offset (pread), either one at a time or
 * through a buffered reader of a stretch of the file, so that many sorted
 * runs in one file can be merged.  A failure to create, write or read the
 * file ends the program with exit 2 and a message naming the folder.
 *
 * The budget: HARK_MEMORY (bytes, or with K, M or G: binary multiples)
 * sets how much a stage may hold before it spills; the tests set it small
 * to make the spill paths run on small inputs.
 */
#ifndef HARK_SPILL_H
#define HARK_SPILL_H

#include <stddef.h>
#include <stdint.h>

/* The default budget of one growing structure. */
#define SPILL_BUDGET ((size_t)16 << 20)

/* HARK_MEMORY as bytes, or dflt when it is not set; ends the program
 * with exit 2 when it is not a size. */
size_t spill_budget(size_t dflt);

struct spill {
	int fd;                 /* -1 until spill_open() */
	const char *dir;        /* for messages */
	uint64_t len;           /* bytes written, buffered ones included */
	char *buf;
	size_t n, cap;
};

/* Create the (unlinked) temporary file. */
void spill_open(struct spill *s);
/* Append p[0..n). */
void spill_write(struct spill *s, const void *p, size_t n);
/* Write out what is buffered (before reading what was written). */
void spill_flush(struct spill *s);
/* Write n bytes at off, inside what was written (spill_flush() first). */
void spill_pwrite(struct spill *s, uint64_t off, const void *p, size_t n);
/* Append n zero bytes (a hole: no disk used until written). */
void spill_zeros(struct spill *s, uint64_t n);
/* Read n bytes at off into p (spill_flush() first). */
void spill_pread(const struct spill *s, uint64_t off, void *p, size_t n);
/* Close and free; a closed or never opened spill may be closed again. */
void spill_close(struct spill *s);

/* A buffered reader of s's bytes [off, end). */
struct spill_reader {
	const struct spill *s;
	uint64_t off, end;      /* the next byte to fetch; the end */
	char *buf;
	size_t pos, n, cap;
};

void spill_reader_init(struct spill_reader *r, const struct spill *s,
		       uint64_t off, uint64_t end, size_t bufsize);
/* Read n bytes into p: 1, or 0 at the end of the stretch (a stretch that
 * ends inside the n bytes is a fault: exit 2). */
int spill_read(struct spill_reader *r, void *p, size_t n);
void spill_reader_free(struct spill_reader *r);

#endif
