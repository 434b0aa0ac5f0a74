/*
 * opt.h - what every stage says when its options are wrong.
 *
 * Stages parse options with getopt_long() and an option string that starts
 * with ':', so that a missing value comes back as ':' and an unknown option
 * as '?'.  opt_fail() turns either into one message in the house form, the
 * usage on stderr, and exit status 2.
 */
#ifndef HARK_OPT_H
#define HARK_OPT_H

#include <stdio.h>

/*
 * c is what getopt_long() returned (':' or '?'; anything else is treated
 * as '?').  Prints "hark-STAGE: option '--by' needs a value", "unknown
 * option '-x'" or "option '--bom' takes no value", then usage(stderr), and
 * exits with HARK_ETROUBLE.
 */
void opt_fail(int c, char *const *argv, void (*usage)(FILE *))
	__attribute__((noreturn));

#endif
