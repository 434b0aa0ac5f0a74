/*
 * gen-corpus - deterministic synthetic corpus generator for hark.
 *
 * Writes a CSV of free-text voice records (young people's survey answers,
 * care-leaver pathway review notes, family hub feedback, early-years notes,
 * workshop notes) shaped like a Windows case-management export, and, with -O,
 * a person-level outcomes CSV whose rates are loosely tied to what each person
 * talked about.  EVERY RECORD IS SYNTHETIC: the text is assembled from
 * templates and made-up names; no record describes a real person.  Phone
 * numbers come only from Ofcom's drama ranges, NHS numbers from the
 * never-issued 999 range, e-mail addresses from example.org/.com/.net.
 *
 * Output depends only on the seed and options: an own PRNG (splitmix64 seeding
 * xoshiro256**) and integer arithmetic make it byte-identical on every machine.
 *
 * main.c holds the command line and the loop that draws people and writes
 * their records; gen.h says which file holds what.  The Makefile builds
 * the tool from every .c of tools/gen-corpus/ with lib/ (buffers are
 * lib/buf).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "gen.h"
#include "banned.h"

/* Command line.                                                       */

static void usage(FILE *f)
{
	fputs("usage: " PROG " [-s SEED] [-n RECORDS | -S SIZE] [-o VOICES.csv] [-O OUTCOMES.csv] [-l] [-h]\n"
	      "Write a synthetic corpus of voice records (every record made up, no real person).\n"
	      "  -s SEED      seed, a whole number (default 1); same seed and options, same bytes\n"
	      "  -n RECORDS   number of voice records (default 2000)\n"
	      "  -S SIZE      instead of -n: stop after the record that takes the voices CSV\n"
	      "               past SIZE bytes; suffix K, M or G multiplies by 1024, 1024^2, 1024^3\n"
	      "  -o FILE      write the voices CSV to FILE instead of standard output\n"
	      "  -O FILE      also write the person-level outcomes CSV to FILE\n"
	      "  -l, --latin  only characters that exist in Windows-1252 (no emoji, no\n"
	      "               non-Latin scripts, no byte order mark), for iconv to cp1252\n"
	      "  -h, --help   show this help and exit\n",
	      f);
}

static void die_usage(const char *fmt, const char *arg)
{
	fputs(PROG ": ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\nTry '" PROG " -h' for help.\n", stderr);
	exit(EXIT_USAGE);
}

static uint64_t parse_u64(const char *s, const char *what, int allow_suffix)
{
	const char *c = s;
	uint64_t v = 0;
	if (*c < '0' || *c > '9')
		die_usage(what, s);
	for (; *c >= '0' && *c <= '9'; c++) {
		uint64_t digit = (uint64_t)(*c - '0');
		if (v > (UINT64_MAX - digit) / 10)
			die_usage(what, s);
		v = v * 10 + digit;
	}
	if (allow_suffix && *c) {
		unsigned shift = 0;
		switch (*c) {
		case 'k': case 'K': shift = 10; break;
		case 'm': case 'M': shift = 20; break;
		case 'g': case 'G': shift = 30; break;
		default: die_usage(what, s);
		}
		c++;
		if (*c == 'B' || *c == 'b')
			c++;
		if (v > (UINT64_MAX >> shift))
			die_usage(what, s);
		v <<= shift;
	}
	if (*c)
		die_usage(what, s);
	return v;
}

static void close_or_die(FILE *f, const char *name)
{
	int err = ferror(f);
	if (fclose(f) != 0 || err) {
		fprintf(stderr, PROG ": write error on %s: %s\n", name, strerror(errno ? errno : EIO));
		exit(EXIT_USAGE);
	}
}

static FILE *open_out(const char *path)
{
	if (strcmp(path, "-") == 0)
		return stdout;
	FILE *f = fopen(path, "wb");
	if (!f) {
		fprintf(stderr, PROG ": cannot write %s: %s\n", path, strerror(errno));
		exit(EXIT_USAGE);
	}
	return f;
}

int main(int argc, char **argv)
{
	uint64_t seed = 1, nrecords = 2000, size = 0;
	int have_n = 0, have_size = 0, latin = 0;
	const char *vpath = "-", *opath = NULL;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--") == 0) {
			if (i + 1 < argc)
				die_usage("unexpected argument '%s'", argv[i + 1]);
			break;
		}
		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			usage(stdout);
			if (fflush(stdout) != 0 || ferror(stdout))
				return EXIT_USAGE;
			return 0;
		}
		if (strcmp(a, "--latin") == 0 || strcmp(a, "-l") == 0) {
			latin = 1;
			continue;
		}
		if (a[0] != '-' || a[1] == '\0' || a[1] == '-' || !strchr("snSoO", a[1]))
			die_usage(a[0] == '-' ? "unknown option '%s'" : "unexpected argument '%s'", a);
		const char *val = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : NULL);
		if (!val)
			die_usage("option '%s' needs a value", a);
		switch (a[1]) {
		case 's':
			seed = parse_u64(val, "invalid seed '%s'", 0);
			break;
		case 'n':
			nrecords = parse_u64(val, "invalid number of records '%s'", 0);
			if (nrecords > MAX_RECORDS)
				die_usage("too many records '%s'", val);
			have_n = 1;
			break;
		case 'S':
			size = parse_u64(val, "invalid size '%s' (use e.g. 200M)", 1);
			if (size == 0)
				die_usage("size must be more than zero: '%s'", val);
			have_size = 1;
			break;
		case 'o':
			vpath = val;
			break;
		default:
			opath = val;
			break;
		}
	}
	if (have_n && have_size)
		die_usage("%s", "options -n and -S cannot be used together");
	if (opath && strcmp(opath, "-") == 0 && strcmp(vpath, "-") == 0)
		die_usage("%s", "voices and outcomes cannot both go to standard output");

	if (!init_tables())
		return EXIT_USAGE;

	FILE *vf = open_out(vpath);
	FILE *of = opath ? open_out(opath) : NULL;
	static char vbuf[1 << 20];
	setvbuf(vf, vbuf, _IOFBF, sizeof vbuf);

	bufs B;
	buf_init(&B.a);
	buf_init(&B.b);
	buf_init(&B.fu);
	buf_init(&B.line);

	gen g;
	memset(&g, 0, sizeof g);
	rng_seed(&g.r, seed);
	g.latin = latin;

	/* everyone ever drawn; the pool holds indices of those with records to come */
	size_t npeople = 0, cap = 1024;
	person *people = malloc(cap * sizeof *people);
	uint32_t pool[POOL];
	if (!people) {
		fprintf(stderr, PROG ": out of memory\n");
		return EXIT_USAGE;
	}
	for (int i = 0; i < POOL; i++) {
		new_person(&g, &people[npeople]);
		pool[i] = (uint32_t)npeople++;
	}

	uint64_t bytes = 0;
	uint32_t rid = 0, next_pid = 1;
	if (!latin) {
		fputs("\xEF\xBB\xBF", vf);
		bytes += 3;
	}
	static const char header[] = "record_id,person_id,site,source,recorded_on,lang,voice_text,follow_up\r\n";
	fputs(header, vf);
	bytes += sizeof header - 1;

	for (;;) {
		if (have_size ? bytes >= size : rid >= nrecords)
			break;
		if (rid >= MAX_RECORDS) {
			fprintf(stderr, PROG ": stopped after %u records\n", (unsigned)rid);
			break;
		}
		unsigned slot_i = rng_below(&g.r, POOL);
		person *p = &people[pool[slot_i]];
		if (p->pid == 0) {
			p->pid = next_pid++;
		} else {
			p->day = (uint16_t)(p->day + rng_range(&g.r, 3, 90));
			if (p->day >= NDAYS)
				p->day = NDAYS - 1;
		}
		g.p = p;
		int source = pick_source(&g, p);
		int lang = compose(&g, &B, source);
		if (rng_pm(&g.r, 300)) { /* Windows line breaks inside some fields */
			to_crlf(&B.a, &B.b);
			swap_bufs(&B.a, &B.b);
		}
		if (B.fu.len && rng_pm(&g.r, 300)) {
			to_crlf(&B.fu, &B.b);
			swap_bufs(&B.fu, &B.b);
		}
		write_record(&g, &B, ++rid, source, lang);
		fwrite(B.line.s, 1, B.line.len, vf);
		bytes += B.line.len;
		if (++p->emitted >= p->planned) {
			if (npeople == cap) {
				person *np = realloc(people, 2 * cap * sizeof *people);
				if (!np) {
					fprintf(stderr, PROG ": out of memory\n");
					return EXIT_USAGE;
				}
				people = np;
				cap *= 2;
			}
			new_person(&g, &people[npeople]);
			pool[slot_i] = (uint32_t)npeople++;
		}
	}
	close_or_die(vf, strcmp(vpath, "-") == 0 ? "standard output" : vpath);

	if (of) {
		static char obuf[1 << 16];
		setvbuf(of, obuf, _IOFBF, sizeof obuf);
		uint32_t *order = calloc(next_pid, sizeof *order);
		if (!order) {
			fprintf(stderr, PROG ": out of memory\n");
			return EXIT_USAGE;
		}
		for (size_t i = 0; i < npeople; i++)
			if (people[i].pid)
				order[people[i].pid] = (uint32_t)i;
		fputs("person_id,site,cohort,age_band,care_leaver,neet,suitable_accommodation,good_level_of_development\n", of);
		for (uint32_t id = 1; id < next_pid; id++)
			write_outcome(of, &people[order[id]]);
		free(order);
		close_or_die(of, strcmp(opath, "-") == 0 ? "standard output" : opath);
	}
	free(people);
	buf_free(&B.a);
	buf_free(&B.b);
	buf_free(&B.fu);
	buf_free(&B.line);
	return 0;
}
