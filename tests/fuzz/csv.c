/*
 * csv.c - libFuzzer harness for the delimited-text reader that hark ingest
 * and hark join's tables share (lib/input.c, lib/csv.c): sniffing,
 * decoding, quoting, line ends, multi-line fields, overlong records.
 *
 * The first byte chooses the encoding, delimiter, quoting and record
 * limit; the rest is the file.  Beyond "no crash", it checks what the
 * callers rely on: fields lie inside the row's values, line numbers never
 * go back, and a record's raw bytes lie inside the input's buffer.
 * Build and run: make fuzz (see the Makefile).
 */
/* FUZZ_SOURCES: */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "csv.h"
#include "input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *enc[] = { NULL, "auto", "windows-1252", "UTF-16LE" };
	static const int delims[] = { ',', '\t', ';', '|' };
	struct input in;
	struct csv c = { 0 };
	struct csv_row row;
	char path[64], err[512];
	unsigned long long last = 0;
	size_t i;
	int fd, sel, k;

	if (size < 1)
		return 0;
	sel = data[0];
	data++;
	size--;
	fd = memfd_create("fuzz-csv", 0);
	if (fd < 0 || write(fd, data, size) != (ssize_t)size)
		abort();
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	if (input_open(&in, path, enc[sel & 3], err, sizeof err) == 0) {
		c.delim = delims[(sel >> 2) & 3];
		c.quote = sel & 0x10 ? -1 : '"';
		c.maxrec = sel & 0x20 ? 64 : (size_t)1 << 24;
		csv_reset(&c);
		csv_row_init(&row);
		while ((k = csv_next(&c, &in, &row, err, sizeof err)) > 0) {
			if (row.line < last || row.line < 1)
				abort();
			last = row.line;
			if (row.rawn && (row.raw < in.buf ||
			    row.raw + row.rawn > in.buf + in.end))
				abort();
			if (row.err[0])
				continue;
			for (i = 0; i < row.nf; i++)
				if (row.off[i] + row.len[i] > row.vals.len)
					abort();
		}
		csv_row_free(&row);
	}
	input_close(&in);
	close(fd);
	return 0;
}
