/*
 * peakrss.c - run a command where it stands (standard input and output
 * its own) and append its peak RSS and CPU time to a log, one line a run:
 *
 *   peakrss LOG LABEL COMMAND [ARGS...]
 *
 * writes "KIB<TAB>CPU-SECONDS<TAB>LABEL" to LOG (opened to append, so that
 * the processes of a pipeline or of GNU parallel can share it) and exits
 * with the command's status.  bench/rss puts it in front of every hark
 * program and of GNU parallel to find each process's peak memory in a
 * job.  A benchmark tool for `make bench-rss`, not part of hark.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "err.h"
#include "banned.h"

int
main(int argc, char **argv)
{
	struct rusage ru;
	char line[512];
	int status, fd, n;
	pid_t pid;

	err_init("peakrss");
	if (argc < 4) {
		fprintf(stderr, "usage: peakrss LOG LABEL COMMAND [ARGS...]\n");
		return HARK_ETROUBLE;
	}
	pid = fork();
	if (pid < 0)
		die(HARK_ETROUBLE, "fork: %s", strerror(errno));
	if (pid == 0) {
		execvp(argv[3], argv + 3);
		fprintf(stderr, "peakrss: %s: %s\n", argv[3], strerror(errno));
		_exit(127);
	}
	/* The command's signals are its own: a pipeline's SIGPIPE or a ^C
	 * reaches it, and this waits. */
	signal(SIGINT, SIG_IGN);
	signal(SIGPIPE, SIG_IGN);
	while (wait4(pid, &status, 0, &ru) < 0)
		if (errno != EINTR)
			die(HARK_ETROUBLE, "wait4: %s", strerror(errno));
	n = snprintf(line, sizeof line, "%ld\t%.2f\t%s\n", ru.ru_maxrss,
	    (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
	    (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6, argv[2]);
	fd = open(argv[1], O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0666);
	if (fd < 0 || n < 0 || write(fd, line, (size_t)n) != n)
		die(HARK_ETROUBLE, "%s: %s", argv[1], strerror(errno));
	close(fd);
	if (WIFSIGNALED(status)) {
		signal(WTERMSIG(status), SIG_DFL);
		raise(WTERMSIG(status));
	}
	return WIFEXITED(status) ? WEXITSTATUS(status) : HARK_ETROUBLE;
}
