/*
 * progress.c - the progress line of progress.h.
 */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "err.h"
#include "progress.h"
#include "banned.h"

#define NEVER (~0ULL)
#define CHECK_BYTES (1ULL << 20)
#define CHECK_RECS (1ULL << 16)
#define INTERVAL 0.25 /* seconds between lines at the most */

unsigned long long progress_next_bytes_ = NEVER, progress_next_recs_ = NEVER;
static unsigned long long total;
static double t0, last;
static int shown, width, on;

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int
progress_wanted(int force, int quiet)
{
	return force || (!quiet && !err_quiet && isatty(STDERR_FILENO));
}

void
progress_start(unsigned long long size)
{
	total = size;
	t0 = now();
	last = 0;
	shown = width = 0;
	on = 1;
	progress_next_bytes_ = CHECK_BYTES;
	progress_next_recs_ = CHECK_RECS;
}

void
progress_check_(unsigned long long bytes, unsigned long long recs)
{
	double t = now(), dt = t - t0, mb = (double)bytes / 1e6;
	char line[160];
	int n;

	progress_next_bytes_ = bytes + CHECK_BYTES;
	progress_next_recs_ = recs + CHECK_RECS;
	if (!on || (shown && t - last < INTERVAL))
		return;
	n = snprintf(line, sizeof line, "%s: %llu records, %.1f MB, %.1f MB/s",
		     err_prog, recs, mb, dt > 0 ? mb / dt : 0.0);
	if (total && bytes <= total && bytes && n > 0 && n < (int)sizeof line) {
		double eta = dt * (double)(total - bytes) / (double)bytes;
		unsigned long s = (unsigned long)(eta + 0.5);

		n += snprintf(line + n, sizeof line - (size_t)n,
			      ", %.0f%%, ETA %lu:%02lu:%02lu",
			      100.0 * (double)bytes / (double)total,
			      s / 3600, s / 60 % 60, s % 60);
	}
	if (n < 0 || n >= (int)sizeof line)
		return;
	/* pad over a longer line before it */
	fprintf(stderr, "\r%s%*s", line, width > n ? width - n : 0, "");
	fflush(stderr);
	if (n > width)
		width = n;
	shown = 1;
	last = t;
}

void
progress_end(void)
{
	if (on && shown) {
		fprintf(stderr, "\r%*s\r", width, "");
		fflush(stderr);
	}
	on = shown = 0;
	progress_next_bytes_ = progress_next_recs_ = NEVER;
}
