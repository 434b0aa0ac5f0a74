# native -> qdc -> native keeps every code, level, label, description,
# polarity and pattern (the file names match so the lexicon name does too)
d="${TMPDIR:-/tmp}/hark-lexicon-rt.$$"
mkdir -p "$d/a" "$d/b"
hark-lexicon convert rt.lex > "$d/a/rt.lex"
hark-lexicon convert --to qdc rt.lex > "$d/b/rt.qdc"
hark-lexicon convert "$d/b/rt.qdc" > "$d/b/rt.lex"
diff "$d/a/rt.lex" "$d/b/rt.lex" && echo same
# and again from the result: a fixed point
hark-lexicon convert --to qdc "$d/b/rt.lex" | cmp - "$d/b/rt.qdc" && echo qdc same
grep -c '<Code ' "$d/b/rt.qdc"
rm -rf "$d"
