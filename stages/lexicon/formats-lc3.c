/*
 * formats-lc3.c - read a Lexicoder dictionary (.lc3) into a lexicon.
 *
 * `+category` lines, each followed by its patterns, one per line (`*`
 * globs, multi-word entries); blank lines are skipped and an entry before
 * any `+category` is an error.  Entries are lower-cased, as Lexicoder
 * files are often in capitals, and a glob tokenise would split becomes a
 * phrase.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "lexicon.h"
#include "banned.h"

void
lc3_read(struct lex *lx, const char *path, const char *text, size_t n,
	 struct tok *t)
{
	struct conv_lines r;
	int code = -1;

	conv_lines_init(&r, lx, path, text, n);
	while (conv_next_line(&r)) {
		const char *s = r.s;
		size_t b = r.b, e = r.e;
		unsigned long line = r.line;
		int file = r.file;

		if (s[b] == '+') {
			b++;
			while (b < e && (s[b] == ' ' || s[b] == '\t'))
				b++;
			if (b == e) {
				lex_msgf(lx, 1, file, line, "'+' without a "
				    "category name");
				code = -1;
				continue;
			}
			code = conv_code(lx, -1, s + b, e - b, file, line);
		} else if (code < 0)
			lex_msgf(lx, 1, file, line, "entry '%.*s' before any "
			    "'+category' line", (int)(e - b), s + b);
		else
			conv_pattern(lx, code, s + b, e - b, 0, t, file, line);
	}
}
