/*
 * ingest.c - libFuzzer harness for hark-ingest's input layer and parsers
 * (lib/input.c, lib/csv.c, stages/ingest/parse.c): sniffing, decoding and
 * every format.
 *
 * The first byte chooses the format and encoding; the rest is the file.
 * Build and run: make fuzz (tests/fuzz/run).
 */
/* FUZZ_SOURCES: stages/ingest/parse.c */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "input.h"
#include "parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *enc[] = { NULL, "auto", "windows-1252", "UTF-16LE" };
	struct input in;
	struct parser ps = { 0 };
	struct csv_row row;
	char path[64], err[512];
	int fd, sel;

	if (size < 1)
		return 0;
	sel = data[0];
	data++;
	size--;
	fd = memfd_create("fuzz", 0);
	if (fd < 0 || write(fd, data, size) != (ssize_t)size)
		abort();
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	if (input_open(&in, path, enc[(sel >> 3) & 3], err, sizeof err) == 0) {
		ps.fmt = (enum fmt)(sel % 5);
		ps.csv.delim = sel & 0x80 ? ';' : ps.fmt == FMT_TSV ? '\t' : ',';
		ps.csv.quote = sel & 0x40 ? -1 : '"';
		ps.csv.maxrec = sel & 0x20 ? 1024 : (size_t)1 << 24;
		parse_reset(&ps);
		csv_row_init(&row);
		while (parse_next(&ps, &in, &row, err, sizeof err) > 0)
			;
		csv_row_free(&row);
		parse_free(&ps);
	}
	input_close(&in);
	close(fd);
	return 0;
}
