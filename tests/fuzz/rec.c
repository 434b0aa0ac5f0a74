/*
 * rec.c - libFuzzer harness for the record-stream reader (lib/rec.c).
 *
 * Feeds arbitrary bytes as a stream and reads every record, writing each
 * good one back through an output plan that owns one existing and one new
 * column, so the reader, rec_get's unescaping and the writer all run.
 * Build and run: make fuzz (tests/fuzz/run).  It needs lib/ only, so its
 * FUZZ_SOURCES line names nothing.
 */
/* FUZZ_SOURCES: */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "rec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int fd = memfd_create("fuzz", 0), out = open("/dev/null", O_WRONLY);
	char path[64];
	char *paths[1] = { path };
	const char *owned[2] = { "text", "extra" };
	struct rec_reader r;
	struct rec_writer w;
	struct rec_plan pl;
	struct arena a;
	int k;

	if (fd < 0 || out < 0 || write(fd, data, size) != (ssize_t)size)
		abort();
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	arena_init(&a, 0);
	if (rec_open(&r, paths, 1, 0) == 0) {
		rec_writer_init(&w, out);
		rec_plan_init(&pl, &r, owned, 2);
		rec_write_header(&w, &pl);
		while ((k = rec_read(&r)) != REC_EOF && k != REC_FAIL) {
			struct str v[2];

			if (k != REC_OK)
				continue;
			v[0] = rec_get(&r, 0, &a);
			v[1] = rec_get(&r, r.ncols - 1, &a);
			rec_write(&w, &r, &pl, v);
			arena_reset(&a);
		}
		rec_writer_close(&w);
		rec_plan_free(&pl);
	} else {
		close(out);
	}
	rec_close(&r);
	arena_free(&a);
	close(fd);
	return 0;
}
