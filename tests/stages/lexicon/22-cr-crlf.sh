# CR-only and CRLF line ends read like LF: both check clean and convert to
# the same codes and patterns as each other
hark-lexicon check cr.lex crlf.lex && echo checks
hark-lexicon convert cr.lex > "${TMPDIR:-/tmp}/h-cr.$$"
hark-lexicon convert crlf.lex | sed 's/^lexicon crlf$/lexicon cr/' |
	diff "${TMPDIR:-/tmp}/h-cr.$$" - && echo same
cat "${TMPDIR:-/tmp}/h-cr.$$"
rm -f "${TMPDIR:-/tmp}/h-cr.$$"
