/*
 * progress.h - a progress line on stderr for long runs, as pv(1) shows:
 * records, megabytes, MB/s, and the percentage and ETA when the input's
 * size is known.  One line, rewritten with '\r' at most four times a
 * second and cleared by progress_end(), so nothing of it is left on the
 * terminal.  One per process.
 *
 *	if (progress_wanted(force, quiet))
 *		progress_start(total_bytes_or_0);
 *	for (each record)
 *		progress_tick(bytes_so_far, records_so_far);
 *	progress_end();
 *
 * progress_tick() is a compare of two counters against thresholds: it
 * looks at the clock only every 64Ki records or 1 MiB, so it costs nothing
 * measurable per record, and nothing at all when progress is off.
 */
#ifndef HARK_PROGRESS_H
#define HARK_PROGRESS_H

/* Whether to show progress: when forced (--progress), or when stderr is a
 * terminal and the stage was not asked to be quiet. */
int progress_wanted(int force, int quiet);

/* Start showing progress; total is the input's size in bytes, 0 when not
 * known (a pipe): then no percentage or ETA is shown. */
void progress_start(unsigned long long total);

extern unsigned long long progress_next_bytes_, progress_next_recs_;
void progress_check_(unsigned long long bytes, unsigned long long recs);

/* Counts so far (not increments): bytes of input read, records done. */
static inline void
progress_tick(unsigned long long bytes, unsigned long long recs)
{
	if (bytes >= progress_next_bytes_ || recs >= progress_next_recs_)
		progress_check_(bytes, recs);
}

/* Clear the line (when one was shown) and stop. */
void progress_end(void);

#endif
