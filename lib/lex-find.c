/*
 * lex-find.c - finding a lexicon by name (lex.h, lex_find()).
 *
 * `hark tag -l child-voice`: a name that is a file, or that holds a '/',
 * is a path and used as given (a folder DIR given so means DIR/BASE.lex);
 * otherwise NAME, NAME.lex and NAME/NAME.lex are looked for in each
 * folder of $HARK_LEXICONS (colon-separated), then in the installed share
 * folder (../share/hark/lexicons beside the program's bin/, so that an
 * install copied or moved elsewhere works too, then DATADIR/lexicons as
 * compiled in from the Makefile), then in the source tree's lexicons/ when the
 * program runs from the build tree (a bin/ at most three levels under a
 * folder with lexicons/ and stages/).  docs/lexicon-format.md, "Finding
 * a lexicon".
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "err.h"
#include "lex.h"
#include "banned.h"

/* The installed share folder (config.mk DATADIR; the Makefile passes it
 * when it builds this file). */
#ifndef HARK_DATADIR
#define HARK_DATADIR "/usr/local/share/hark"
#endif

static int
is_file(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && !S_ISDIR(st.st_mode);
}

static int
is_dir(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int
ends_with(const char *s, const char *suf)
{
	size_t n = strlen(s), m = strlen(suf);

	return n >= m && strcmp(s + n - m, suf) == 0;
}

/* dir/a[b] onto path (replacing it); a dir ending in '/' gets no second
 * one. */
static void
join(struct buf *path, const char *dir, size_t dn, const char *a,
     const char *b)
{
	buf_reset(path);
	buf_add(path, dir, dn);
	if (dn && dir[dn - 1] != '/')
		buf_addc(path, '/');
	buf_adds(path, a);
	if (b)
		buf_adds(path, b);
}

/* NAME, NAME.lex or NAME/NAME.lex in dir[0..dn): 1 with the path. */
static int
in_dir(const char *name, const char *dir, size_t dn, struct buf *path)
{
	struct buf sub = BUF_INIT;
	int ok = 0;

	join(path, dir, dn, name, NULL);
	if (is_file(path->s))
		return 1;
	if (!ends_with(name, ".lex")) {
		join(path, dir, dn, name, ".lex");
		if (is_file(path->s))
			return 1;
		buf_adds(&sub, name);
		buf_addc(&sub, '/');
		buf_adds(&sub, name);
		join(path, dir, dn, sub.s, ".lex");
		ok = is_file(path->s);
		buf_free(&sub);
	}
	return ok;
}

/* The folder of the running program into exe ("" when unknown). */
static void
exe_dir(struct buf *exe)
{
	char p[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", p, sizeof p - 1);
	char *slash;

	buf_reset(exe);
	if (n <= 0)
		return;
	p[n] = '\0';
	if ((slash = strrchr(p, '/')) == NULL)
		return;
	buf_add(exe, p, (size_t)(slash - p));
}

/* The folders searched, in order, each NUL-terminated in dirs->s. */
static size_t
search_dirs(struct buf *dirs, const char **env)
{
	struct buf exe = BUF_INIT, tmp = BUF_INIT;
	const char *e = getenv("HARK_LEXICONS"), *p, *c;
	size_t n = 0, up;

	*env = e;
	for (p = e; p && *p; p = c + (*c != '\0')) {
		c = strchr(p, ':');
		if (c == NULL)
			c = p + strlen(p);
		if (c > p) {
			buf_add(dirs, p, (size_t)(c - p));
			buf_addc(dirs, '\0');
			n++;
		}
	}
	exe_dir(&exe);
	if (exe.len) {
		char real[PATH_MAX], data[PATH_MAX];

		/* The install the program is in, wherever it now is. */
		buf_add(&tmp, exe.s, exe.len);
		buf_adds(&tmp, "/../share/hark/lexicons");
		if (realpath(tmp.s, real) != NULL &&
		    (realpath(HARK_DATADIR "/lexicons", data) == NULL ||
		    strcmp(real, data) != 0)) {
			buf_adds(dirs, real);
			buf_addc(dirs, '\0');
			n++;
		}
	}
	buf_adds(dirs, HARK_DATADIR "/lexicons");
	buf_addc(dirs, '\0');
	n++;
	if (exe.len) {
		/* The build tree: bin/ or build/san/bin/ under the top. */
		for (up = 0; up < 3; up++) {
			char *slash = strrchr(exe.s, '/');

			if (slash == NULL || slash == exe.s)
				break;
			buf_setlen(&exe, (size_t)(slash - exe.s));
			buf_reset(&tmp);
			buf_add(&tmp, exe.s, exe.len);
			buf_adds(&tmp, "/stages");
			if (!is_dir(tmp.s))
				continue;
			buf_setlen(&tmp, exe.len);
			buf_adds(&tmp, "/lexicons");
			if (is_dir(tmp.s)) {
				buf_add(dirs, tmp.s, tmp.len + 1);
				n++;
				break;
			}
		}
	}
	buf_free(&exe);
	buf_free(&tmp);
	return n;
}

int
lex_find(const char *name, struct buf *path, struct buf *why)
{
	struct buf dirs = BUF_INIT;
	const char *env, *d;
	size_t n, i;
	int found = 0;

	buf_reset(path);
	if (is_file(name) || (strchr(name, '/') && !is_dir(name))) {
		buf_adds(path, name);
		return 0;
	}
	if (is_dir(name)) {
		/* DIR: DIR/BASE.lex, as the lexicons/ folders are laid out */
		const char *b = name + strlen(name);

		while (b > name && b[-1] == '/')
			b--;
		d = b;
		while (d > name && d[-1] != '/')
			d--;
		buf_add(&dirs, d, (size_t)(b - d));
		buf_addc(&dirs, '\0');
		join(path, name, strlen(name), dirs.s, ".lex");
		buf_free(&dirs);
		if (is_file(path->s))
			return 0;
		buf_reset(why);
		buf_addf(why, "lexicon '%s' is a folder without %s", name,
		    path->s);
		return -1;
	}
	n = search_dirs(&dirs, &env);
	for (i = 0, d = dirs.s; i < n && !found; i++, d += strlen(d) + 1)
		found = in_dir(name, d, strlen(d), path);
	if (found) {
		buf_free(&dirs);
		return 0;
	}
	buf_reset(why);
	if (ends_with(name, ".lex"))
		buf_addf(why, "lexicon '%s' not found: not a file here, nor "
		    "in ", name);
	else
		buf_addf(why, "lexicon '%s' not found: not a file here, and "
		    "no %s, %s.lex or %s/%s.lex in ", name, name, name, name,
		    name);
	if (env == NULL || *env == '\0')
		buf_adds(why, "$HARK_LEXICONS (not set), ");
	for (i = 0, d = dirs.s; i < n; i++, d += strlen(d) + 1)
		buf_addf(why, "%s%s", d, i + 1 < n ? ", " : "");
	buf_adds(why, " (give a path, or name a folder in HARK_LEXICONS)");
	buf_free(&dirs);
	buf_reset(path);
	return -1;
}

const char *
lex_find_or_exit(const char *name)
{
	/* Static: the paths stay reachable until the program ends. */
	static char **found;
	static size_t nfound;
	static struct buf why;
	struct buf path = BUF_INIT;

	if (lex_find(name, &path, &why) < 0) {
		buf_free(&path);
		die(HARK_ETROUBLE, "%s", why.s);
	}
	buf_free(&why);
	if (strcmp(path.s, name) == 0) {
		buf_free(&path);
		return name;
	}
	found = xrealloc(found, xmul(nfound + 1, sizeof *found));
	found[nfound++] = buf_detach(&path, NULL);
	return found[nfound - 1];
}

size_t
lex_unique(const char **paths, size_t n)
{
	size_t i, j, k = 0;
	struct stat *st = xcalloc(n ? n : 1, sizeof *st);
	int *ok = xcalloc(n ? n : 1, sizeof *ok);

	for (i = 0; i < n; i++) {
		int dup = 0;

		ok[i] = stat(paths[i], &st[i]) == 0;
		/* against the ones kept: they are st[0..k) */
		for (j = 0; ok[i] && j < k && !dup; j++)
			if (ok[j] && st[j].st_dev == st[i].st_dev &&
			    st[j].st_ino == st[i].st_ino) {
				err_msg("lexicon %s given twice (as %s too): "
				    "read once", paths[i], paths[j]);
				dup = 1;
			}
		if (!dup) {
			st[k] = st[i];
			ok[k] = ok[i];
			paths[k++] = paths[i];
		}
	}
	free(st);
	free(ok);
	return k;
}
