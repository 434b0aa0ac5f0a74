/*
 * opt.h - what every stage says when its options are wrong.
 *
 * Stages parse options with getopt_long() and an option string that starts
 * with ':', so that a missing value comes back as ':' and an unknown option
 * as '?'.  opt_fail() turns either into one message in the house form, the
 * usage on stderr, and exit status 2 -- except `--version`, which every
 * stage answers through it ("hark-STAGE VERSION" on stdout, exit 0).
 */
#ifndef HARK_OPT_H
#define HARK_OPT_H

#include <stddef.h>
#include <stdio.h>

/*
 * c is what getopt_long() returned (':' or '?'; anything else is treated
 * as '?').  Prints "hark-STAGE: option '--by' needs a value", "unknown
 * option '-x'" or "option '--bom' takes no value", then usage(stderr), and
 * exits with HARK_ETROUBLE.
 */
void opt_fail(int c, char *const *argv, void (*usage)(FILE *))
	__attribute__((noreturn));

/*
 * The answer to -h, --help: usage(stdout), then "options:" and the
 * stage's options, one a line ("  -q, --quiet   print no notes"; the man
 * page keeps the detail), and exit 0.  tests/manpages checks that every
 * option of the man page's OPTIONS is listed.
 */
void opt_help(void (*usage)(FILE *), const char *options)
	__attribute__((noreturn));

/* The line every stage's options end with (-q and -h are the same in
 * every stage). */
#define OPT_HELP_COMMON \
	"  -q, --quiet             print errors and warnings only, no notes\n" \
	"  -h, --help              print this help and exit\n"

/*
 * The helpers below check an option's value and, when it is wrong, say so
 * in one wording ("hark-STAGE: bad --format 'xls' (tsv, csv or html)"),
 * print usage(stderr) and exit with HARK_ETROUBLE.  opt names the option
 * as the user would type it ("--format").
 */

/* The index of arg in choices (NULL-terminated). */
int opt_choice(const char *opt, const char *arg, const char *const *choices,
	       void (*usage)(FILE *));
/* arg as a whole number from lo to hi. */
unsigned long opt_uint(const char *opt, const char *arg, unsigned long lo,
		       unsigned long hi, void (*usage)(FILE *));
/* arg as a number from lo to hi (strtod's forms; want says what is
 * wanted, for the message). */
double opt_double(const char *opt, const char *arg, double lo, double hi,
		  const char *want, void (*usage)(FILE *));
/* Split the comma-separated arg in place (each comma becomes a NUL) and
 * append its items to *v (grown to fit; *n counts them); an empty item is
 * wrong. */
void opt_list(const char *opt, char *arg, char ***v, size_t *n,
	      void (*usage)(FILE *));

#endif
