# The most frequent words and phrases that no pattern of the store's
# lexicons covers, with occurrences, records and example ids; stop words,
# placeholders ([PERSON_1a2b]) and numbers (42) are never candidates, and
# phrases do not cross sentences.  A lexicon named with -l replaces the
# store's: with an empty one, "safe" and "listens" come back.
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
hark-tag -l care.lex corpus.tsv | hark-index --db "$db" || exit
: >"${db%/*}/empty.lex"
echo "== default"
hark-suggest --db "$db"
echo "== --min-count 1 --limit 8"
hark-suggest --db "$db" --min-count 1 --limit 8
echo "== -l empty.lex --min-count 1 (safe, listens, feel)"
hark-suggest --db "$db" -l "${db%/*}/empty.lex" --min-count 1 --limit 100 |
	grep -E '^(term|safe|listens|feel|person|42|the)	'
echo "== never placeholders, numbers or stop words"
hark-suggest --db "$db" --min-count 1 --limit 1000 |
	grep -ciE 'person|42|^(the|my|on|and)	'
echo "== a lexicon that covers bus and social worker"
printf 'lexicon more\ncode transport Transport\n\tdescription: d\n\tbus\ncode staff Staff\n\tdescription: d\n\tsocial worker\n' >"${db%/*}/more.lex"
hark-suggest --db "$db" -l care.lex -l "${db%/*}/more.lex"
