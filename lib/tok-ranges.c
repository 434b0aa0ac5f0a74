/*
 * tok-ranges.c - e-mail addresses and URLs, kept whole.  Before a text is
 * segmented, its addresses (local@domain.tld) and URLs (http://, https://,
 * www.) are found as byte ranges; tok-emit.c then makes each range one
 * token whatever ICU's segments say.  ASCII only: the rest is words.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "err.h"
#include "tok-impl.h"
#include "banned.h"


static void
add_range(struct tok *t, size_t a, size_t b)
{
	if (t->nrg && a < t->rg[t->nrg - 1].b)
		return; /* overlaps the previous one */
	if (t->nrg == t->rgcap) {
		t->rgcap = t->rgcap ? t->rgcap * 2 : 8;
		t->rg = xrealloc(t->rg, xmul(t->rgcap, sizeof *t->rg));
	}
	t->rg[t->nrg].a = a;
	t->rg[t->nrg].b = b;
	t->nrg++;
}

static int
urlchar(int c)
{
	return c > 0x20 && c < 0x7F && !strchr("<>\"'`{}|\\^", c);
}

static int
emailchar(int c)
{
	return tok_isalnum_a(c) || (c && strchr("._%+-", c));
}

/* Whether s[0..n) contains the three bytes p (memmem is not POSIX). */
static int
has3(const char *s, size_t n, const char *p)
{
	const char *b = s, *e = s + n, *q;

	/* look for the middle byte, so that both neighbours are in range */
	while (e - s >= 2 && (q = memchr(s, p[1], (size_t)(e - s - 1))) !=
	    NULL) {
		if (q > b && q[-1] == p[0] && q[1] == p[2])
			return 1;
		s = q + 1;
	}
	return 0;
}

/*
 * Find e-mail addresses (local@domain.tld) and URLs (http://, https://,
 * www.) in text[0..n), in order.  ASCII only: the rest of the text is words.
 */
void
tok_ranges_find(struct tok *t, const char *s, size_t n)
{
	size_t i;

	t->nrg = 0;
	/* most records hold none: look for the signs first */
	if (!memchr(s, '@', n) && !has3(s, n, "://") && !has3(s, n, "ww.") &&
	    !has3(s, n, "WW."))
		return;
	for (i = 0; i < n; i++) {
		size_t a, b, dot;
		int c = (unsigned char)s[i];

		if (c == '@') {
			for (a = i; a > 0 && emailchar((unsigned char)s[a - 1]); a--)
				;
			while (a < i && s[a] == '.')
				a++;
			for (b = i + 1; b < n && (tok_isalnum_a((unsigned char)s[b]) ||
			    s[b] == '.' || s[b] == '-'); b++)
				;
			while (b > i + 1 && (s[b - 1] == '.' || s[b - 1] == '-'))
				b--;
			for (dot = i + 1; dot < b && s[dot] != '.'; dot++)
				;
			if (a < i && dot > i + 1 && dot + 1 < b &&
			    (t->nrg == 0 || a >= t->rg[t->nrg - 1].b)) {
				add_range(t, a, b);
				i = b - 1;
			}
			continue;
		}
		if (i > 0 && tok_isalnum_a((unsigned char)s[i - 1]))
			continue;
		if ((c == 'h' || c == 'H') && ((n - i > 7 &&
		    strncasecmp(s + i, "http://", 7) == 0) || (n - i > 8 &&
		    strncasecmp(s + i, "https://", 8) == 0)))
			;
		else if ((c == 'w' || c == 'W') && n - i > 4 &&
		    strncasecmp(s + i, "www.", 4) == 0)
			;
		else
			continue;
		for (b = i; b < n && urlchar((unsigned char)s[b]); b++)
			;
		while (b > i && strchr(".,;:!?)]", s[b - 1]))
			b--;
		if (b > i + 4) {
			add_range(t, i, b);
			i = b - 1;
		}
	}
}
