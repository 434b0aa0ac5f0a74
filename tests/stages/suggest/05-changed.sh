# The store's lexicons are read from their paths: one changed since the
# store was made covers terms as it is now, with a warning; one gone is an
# error that names -l.
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cp care.lex "$d/care.lex"
hark-tag -l "$d/care.lex" corpus.tsv | hark-index --db "$d/s.db" || exit
{
printf '\tbus\n' >>"$d/care.lex"
hark-suggest --db "$d/s.db" --limit 3; echo "rc=$?"
rm "$d/care.lex"
hark-suggest --db "$d/s.db"; echo "rc=$?"
} 2>&1 | sed "s|$d|DIR|g"
