/*
 * opt.c - what every stage says when its options are wrong.
 *
 * getopt_long() leaves the culprit in different places: optopt holds a
 * short option's letter (or a long option's value), argv[optind - 1] the
 * word being read when a long option failed.  A short option is named from
 * optopt, because inside a cluster such as -qz optind has not moved on.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "opt.h"
#include "banned.h"

void
opt_fail(int c, char *const *argv, void (*usage)(FILE *))
{
	const char *word = optind > 0 ? argv[optind - 1] : "";
	int islong = word && strncmp(word, "--", 2) == 0;
	char shortname[3] = { '-', (char)optopt, '\0' };
	size_t n = islong ? strcspn(word, "=") : 0;

	if (c == ':') {
		if (islong)
			err_msg("option '%.*s' needs a value", (int)n, word);
		else
			err_msg("option '%s' needs a value", shortname);
	} else if (islong && optopt && strchr(word, '=')) {
		err_msg("option '%.*s' takes no value", (int)n, word);
	} else if (islong) {
		err_msg("unknown option '%.*s'", (int)n, word);
	} else {
		err_msg("unknown option '%s'", shortname);
	}
	usage(stderr);
	exit(HARK_ETROUBLE);
}
