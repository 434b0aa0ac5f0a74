# .dic -> native -> qdc -> native gives the native of the .dic
d="${TMPDIR:-/tmp}/hark-lexicon-rt.$$"
mkdir -p "$d"
hark-lexicon convert traps.dic 2>/dev/null > "$d/traps.lex"
hark-lexicon convert --to qdc "$d/traps.lex" > "$d/traps.qdc"
hark-lexicon convert "$d/traps.qdc" | diff "$d/traps.lex" - && echo same
rm -rf "$d"
