/*
 * benchrun.c - run a command with its standard input from a file and its
 * output discarded, and print how fast it went and how much memory it held.
 *
 *   benchrun [-n RUNS] [-o OUT] LABEL INPUT COMMAND [ARGS...]
 *
 * Prints one line: LABEL, MB/s (input bytes over wall time, best of RUNS),
 * records/s (input lines less the header over wall time), peak RSS in MiB
 * (of the command, from wait4), the CPU seconds it and its children used
 * (user + system, the least of the runs: the figure that carries over from
 * a shared machine), and the exit status.  A benchmark tool for
 * `make bench`, not part of hark.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "err.h"
#include "banned.h"

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static unsigned long long
count_lines(const char *path)
{
	char buf[1 << 16];
	unsigned long long n = 0;
	ssize_t k;
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		die(HARK_ETROUBLE, "%s: %s", path, strerror(errno));
	while ((k = read(fd, buf, sizeof buf)) > 0)
		for (ssize_t i = 0; i < k; i++)
			n += buf[i] == '\n';
	close(fd);
	return n;
}

int
main(int argc, char **argv)
{
	int c, runs = 1, r, status = 0;
	const char *out = "/dev/null";
	double best = 1e30, cpu = 1e30;
	long maxrss = 0;
	struct stat st;
	unsigned long long lines;

	err_init("benchrun");
	err_prog = "benchrun";
	while ((c = getopt(argc, argv, "+n:o:")) != -1) {
		switch (c) {
		case 'n': runs = atoi(optarg); break;
		case 'o': out = optarg; break;
		default:
			fprintf(stderr, "usage: benchrun [-n RUNS] [-o OUT] LABEL INPUT COMMAND [ARGS...]\n");
			return HARK_ETROUBLE;
		}
	}
	if (argc - optind < 3 || runs < 1) {
		fprintf(stderr, "usage: benchrun [-n RUNS] [-o OUT] LABEL INPUT COMMAND [ARGS...]\n");
		return HARK_ETROUBLE;
	}
	if (stat(argv[optind + 1], &st) < 0)
		die(HARK_ETROUBLE, "%s: %s", argv[optind + 1], strerror(errno));
	lines = count_lines(argv[optind + 1]);
	for (r = 0; r < runs; r++) {
		struct rusage ru;
		double t0 = now(), dt;
		pid_t pid = fork();

		if (pid < 0)
			die(HARK_ETROUBLE, "fork: %s", strerror(errno));
		if (pid == 0) {
			int in = open(argv[optind + 1], O_RDONLY);
			int o = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);

			if (in < 0 || o < 0)
				_exit(127);
			dup2(in, 0);
			dup2(o, 1);
			execvp(argv[optind + 2], argv + optind + 2);
			_exit(127);
		}
		if (wait4(pid, &status, 0, &ru) < 0)
			die(HARK_ETROUBLE, "wait4: %s", strerror(errno));
		dt = now() - t0;
		if (dt < best)
			best = dt;
		if (ru.ru_maxrss > maxrss)
			maxrss = ru.ru_maxrss;
		dt = (double)ru.ru_utime.tv_sec + (double)ru.ru_stime.tv_sec +
		    ((double)ru.ru_utime.tv_usec + (double)ru.ru_stime.tv_usec) /
		    1e6;
		if (dt < cpu)
			cpu = dt;
	}
	printf("%-34s %9.1f MB/s %11.0f rec/s %8.1f MiB peak %8.2f s cpu  %s\n",
	       argv[optind], (double)st.st_size / 1e6 / best,
	       (double)(lines ? lines - 1 : 0) / best, (double)maxrss / 1024.0,
	       cpu,
	       WIFEXITED(status) && WEXITSTATUS(status) == 0 ? "ok" : "FAILED");
	close_stdout();
	return WIFEXITED(status) ? WEXITSTATUS(status) : HARK_ETROUBLE;
}
