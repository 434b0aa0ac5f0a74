# native -> native is a fixed point after one pass; qdc keeps every code
hark-lexicon convert ../tag/test.lex > "${TMPDIR:-/tmp}/h-rt1.lex"
hark-lexicon convert "${TMPDIR:-/tmp}/h-rt1.lex" > "${TMPDIR:-/tmp}/h-rt2.lex"
cmp "${TMPDIR:-/tmp}/h-rt1.lex" "${TMPDIR:-/tmp}/h-rt2.lex" && echo same
hark-lexicon check "${TMPDIR:-/tmp}/h-rt2.lex" && echo checks
hark-lexicon convert --to qdc ../tag/test.lex | grep -c '<Code '
rm -f "${TMPDIR:-/tmp}/h-rt1.lex" "${TMPDIR:-/tmp}/h-rt2.lex"
