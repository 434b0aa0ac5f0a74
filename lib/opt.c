/*
 * opt.c - what every stage says when its options are wrong.
 *
 * getopt_long() leaves the culprit in different places: optopt holds a
 * short option's letter (or a long option's value), argv[optind - 1] the
 * word being read when a long option failed.  A short option is named from
 * optopt, because inside a cluster such as -qz optind has not moved on.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
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

	/* Every stage answers --version here, where unknown options land,
	 * so that no stage can forget it. */
	if (c != ':' && word && strcmp(word, "--version") == 0) {
		printf("%s %s\n", err_prog, HARK_VERSION);
		close_stdout();
		exit(HARK_OK);
	}
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

static void
bad(const char *opt, const char *arg, const char *want, void (*usage)(FILE *))
{
	err_msg("bad %s '%s' (%s)", opt, arg, want);
	usage(stderr);
	exit(HARK_ETROUBLE);
}

int
opt_choice(const char *opt, const char *arg, const char *const *choices,
	   void (*usage)(FILE *))
{
	struct buf want = BUF_INIT;
	size_t i, n;

	for (n = 0; choices[n]; n++)
		if (strcmp(arg, choices[n]) == 0)
			return (int)n;
	for (i = 0; i < n; i++) {
		if (i)
			buf_adds(&want, i + 1 == n ? " or " : ", ");
		buf_adds(&want, choices[i]);
	}
	bad(opt, arg, want.s ? want.s : "", usage);
	return -1;
}

unsigned long
opt_uint(const char *opt, const char *arg, unsigned long lo, unsigned long hi,
	 void (*usage)(FILE *))
{
	unsigned long v = 0;
	const char *p = arg;
	char want[80];
	int over = 0;

	for (; *p >= '0' && *p <= '9'; p++) {
		if (v > (hi - (unsigned long)(*p - '0')) / 10)
			over = 1;
		else
			v = v * 10 + (unsigned long)(*p - '0');
	}
	if (p == arg || *p || over || v < lo || v > hi) {
		snprintf(want, sizeof want, "a whole number from %lu to %lu",
		    lo, hi);
		bad(opt, arg, want, usage);
	}
	return v;
}

double
opt_double(const char *opt, const char *arg, double lo, double hi,
	   const char *want, void (*usage)(FILE *))
{
	char *e;
	double v = strtod(arg, &e);

	if (*arg == '\0' || *e != '\0' || !(v >= lo) || !(v <= hi))
		bad(opt, arg, want, usage);
	return v;
}

void
opt_list(const char *opt, char *arg, char ***v, size_t *n,
	 void (*usage)(FILE *))
{
	char *s = arg, *comma;
	size_t more = 1;

	for (comma = arg; (comma = strchr(comma, ',')) != NULL; comma++)
		more++;
	*v = xrealloc(*v, xmul(xadd(*n, more), sizeof **v));
	for (;;) {
		comma = strchr(s, ',');
		if (comma)
			*comma = '\0';
		if (!*s) {
			/* put the commas back to show the list as given */
			for (s = arg; s < (comma ? comma : s + strlen(s)); s++)
				if (!*s)
					*s = ',';
			if (comma)
				*comma = ',';
			bad(opt, arg, "an empty item in the list", usage);
		}
		(*v)[(*n)++] = s;
		if (!comma)
			break;
		s = comma + 1;
	}
}

void
opt_help(void (*usage)(FILE *), const char *options)
{
	usage(stdout);
	fputs("\noptions:\n", stdout);
	fputs(options, stdout);
	close_stdout();
	exit(HARK_OK);
}
