# Bad options and a missing or unredacted store: one line, exit 2; with
# --allow-unredacted the output says so.
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
hark-tag -l care.lex corpus.tsv | hark-index --db "$db" || exit
{
hark-suggest; echo "rc=$?"
hark-suggest --db nothing-here.db; echo "rc=$?"
hark-suggest --db "$db" --min-count 0; echo "rc=$?"
hark-suggest --db "$db" --limit x; echo "rc=$?"
hark-suggest --db "$db" --format csv; echo "rc=$?"
hark-suggest --db "$db" --by nope; echo "rc=$?"
hark-suggest --db "$db" --bogus; echo "rc=$?"
hark-suggest --db "$db" extra; echo "rc=$?"
hark-suggest --db "$db" -l ./no-such.lex; echo "rc=$?"
rm -f "$db"
cut -f1-3 corpus.tsv | hark-index --db "$db" --allow-unredacted
hark-suggest --db "$db"; echo "rc=$?"
hark-suggest --db "$db" --allow-unredacted --limit 2; echo "rc=$?"
hark-suggest --db "$db" --allow-unredacted --limit 1 --format lexicon
echo "rc=$?"
} 2>&1 | sed "s|$db|DB|g"
