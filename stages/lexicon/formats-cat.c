/*
 * formats-cat.c - read a WordStat dictionary (.cat) into a lexicon.
 *
 * Categories sit at the left margin, subcategories and entries indented
 * below them (tabs or spaces; a tab counts as 8 columns), each entry
 * ending in its weight `(1)`; another weight is reported, as the native
 * format has none.  Entries are lower-cased (WordStat writes capitals), a
 * rule `A NEAR/n B` is kept as the native NEAR/n, and other rules are
 * reported.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "lexicon.h"
#include "banned.h"

#define MAXDEPTH 64

/* The columns of the leading blanks s[0..n), a tab to the next multiple
 * of 8; sets *mixed when both tabs and spaces occur. */
static size_t
indent(const char *s, size_t n, int *mixed)
{
	size_t i, c = 0;
	int sp = 0, tab = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '\t') {
			c = (c / 8 + 1) * 8;
			tab = 1;
		} else {
			c++;
			sp = 1;
		}
	}
	*mixed = sp && tab;
	return c;
}

/* 1 when the word s[0..n) is a WordStat proximity operator with a
 * distance: NEAR/n, AFTER/n, BEFORE/n. */
static int
prox_op(const char *s, size_t n)
{
	static const char *ops[] = { "NEAR/", "AFTER/", "BEFORE/", NULL };
	size_t k, m, i;

	for (k = 0; ops[k]; k++) {
		m = strlen(ops[k]);
		if (n <= m || memcmp(s, ops[k], m) != 0)
			continue;
		for (i = m; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			;
		return i == n;
	}
	return 0;
}

/*
 * WordStat: categories at the left margin, subcategories and entries
 * indented below them (tabs or spaces; a tab counts as 8 columns), each
 * entry followed by its weight `(1)`.  Entries are usually in capitals,
 * so AFTER or NOT in one is a word.  An entry is a rule when it names a
 * category (`@`) or holds an operator with a distance (NEAR/n, AFTER/n,
 * BEFORE/n); `A NEAR/n B` of words and phrases is translated, other rules
 * are reported.  Returns 0 for a plain entry, 1 for a translatable rule,
 * 2 for one that is not.
 */
static int
cat_rule(const char *s, size_t n)
{
	size_t i = 0, nops = 0, nwords = 0, opat = 0;
	int near = 0;

	while (i < n) {
		size_t b;

		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i == n)
			break;
		for (b = i; i < n && s[i] != ' ' && s[i] != '\t'; i++)
			;
		if (prox_op(s + b, i - b)) {
			nops++;
			opat = nwords;
			near = s[b] == 'N';
		}
		nwords++;
	}
	if (memchr(s, '@', n))
		return 2;
	if (nops == 0)
		return 0;
	return nops == 1 && near && opat > 0 && opat + 1 < nwords ? 1 : 2;
}

void
cat_read(struct lex *lx, const char *path, const char *text, size_t n,
	 struct tok *t)
{
	struct conv_lines r;
	size_t stcol[MAXDEPTH], depth = 0;
	int stcode[MAXDEPTH], file, warned = 0;

	conv_lines_init(&r, lx, path, text, n);
	file = r.file;
	while (conv_next_line(&r)) {
		const char *s = r.s;
		size_t b = r.b, e = r.e, cols;
		unsigned long line = r.line;
		int mixed, parent;

		cols = indent(s, b, &mixed);
		if (mixed && !warned) {
			lex_msgf(lx, 0, file, line, "indentation mixes tabs "
			    "and spaces (a tab counts as 8 columns)");
			warned = 1;
		}
		while (depth && stcol[depth - 1] >= cols)
			depth--;
		parent = depth ? stcode[depth - 1] : -1;
		if (e > b && s[e - 1] == ')' && memchr(s + b, '(', e - b)) {
			/* An entry: WORDS (WEIGHT). */
			const char *o = s + e - 1;
			size_t wn, b0;
			int rule;

			while (*o != '(')
				o--;
			wn = conv_trim(s + b, (size_t)(o - (s + b)), &b0);
			if (parent < 0) {
				lex_msgf(lx, 1, file, line, "entry '%.*s' "
				    "outside any category", (int)wn, s + b);
				continue;
			}
			if (wn == 0) {
				lex_msgf(lx, 1, file, line, "entry without "
				    "words");
				continue;
			}
			if (!(o + 3 == s + e && o[1] == '1'))
				lex_msgf(lx, 0, file, line, "weight %.*s of "
				    "'%.*s' not converted (the native format "
				    "has no weights)", (int)(s + e - o), o,
				    (int)wn, s + b);
			rule = cat_rule(s + b, wn);
			if (rule == 2) {
				lex_msgf(lx, 0, file, line, "rule '%.*s' not "
				    "converted (the native format cannot say "
				    "it)", (int)wn, s + b);
				continue;
			}
			conv_pattern(lx, parent, s + b, wn, rule, t, file,
			    line);
			continue;
		}
		if (depth == MAXDEPTH) {
			lex_msgf(lx, 1, file, line, "categories nested more "
			    "than %d deep", MAXDEPTH);
			continue;
		}
		stcol[depth] = cols;
		stcode[depth] = conv_code(lx, parent, s + b, e - b, file, line);
		depth++;
	}
}

