/*
 * hark.c - the driver: `hark NAME ARGS` runs hark-NAME, git-style.
 *
 * The stage is looked for beside this program first (so a build tree or an
 * install prefix works without PATH), then on PATH.  `hark --help` lists
 * the stages with the one-line summaries of their man pages.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "err.h"
#include "buf.h"
#include "stages.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark [-h | --help] [--version] STAGE [ARGS...]\n");
}

static void
help(void)
{
	size_t i;

	usage(stdout);
	printf("\nStages (each also runs as hark-STAGE; see hark-STAGE(1)):\n");
	for (i = 0; stage_table[i].name; i++)
		printf("  %-10s %s\n", stage_table[i].name,
		       stage_table[i].summary);
	printf("\nhark STAGE -h prints the options of a stage.\n");
}

/* The folder holding this program, from /proc/self/exe or argv[0]. */
static void
self_dir(struct buf *dir, const char *argv0)
{
	char path[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
	const char *slash;

	buf_reset(dir);
	if (n > 0) {
		path[n] = '\0';
		slash = strrchr(path, '/');
		buf_add(dir, path, (size_t)(slash - path));
		return;
	}
	if ((slash = strrchr(argv0, '/')) != NULL)
		buf_add(dir, argv0, (size_t)(slash - argv0));
}

static int
known(const char *name)
{
	size_t i;

	for (i = 0; stage_table[i].name; i++)
		if (strcmp(stage_table[i].name, name) == 0)
			return 1;
	return 0;
}

int
main(int argc, char **argv)
{
	struct buf dir = BUF_INIT, prog = BUF_INIT;
	const char *name;

	err_prog = "hark";
	if (argc < 2) {
		usage(stderr);
		return HARK_ETROUBLE;
	}
	name = argv[1];
	if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0 ||
	    strcmp(name, "help") == 0) {
		help();
		close_stdout();
		return HARK_OK;
	}
	if (strcmp(name, "--version") == 0) {
		printf("hark %s\n", HARK_VERSION);
		close_stdout();
		return HARK_OK;
	}
	if (name[0] == '-') {
		err_msg("unknown option '%s'", name);
		usage(stderr);
		return HARK_ETROUBLE;
	}
	if (strchr(name, '/') || !known(name)) {
		err_msg("'%s' is not a hark stage; see 'hark --help'", name);
		return HARK_ETROUBLE;
	}
	self_dir(&dir, argv[0]);
	buf_addf(&prog, "%s/hark-%s", dir.len ? dir.s : ".", name);
	argv[1] = prog.s;
	execv(prog.s, argv + 1);
	/* Not beside us: try PATH. */
	buf_reset(&prog);
	buf_addf(&prog, "hark-%s", name);
	argv[1] = prog.s;
	execvp(prog.s, argv + 1);
	err_msg("cannot run hark-%s: %s", name, strerror(errno));
	return HARK_ETROUBLE;
}
