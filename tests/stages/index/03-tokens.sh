# A stream with tokens is checked against hark's tokeniser with the
# settings in tokenised_with (here a variant map): a record whose tokens
# differ is refused with its line.  The store's index folds the same
# variants, so a search for the folded form finds the variant.
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
{
printf 'id\ttext\tredactions\n1\tgonna b ok tbh\t\n2\tcoz im scared\t\n3\tnothing here\t\n' |
	hark-tokenise --variants ../../../lexicons/variants/en-GB.tsv |
	awk 'BEGIN { FS = OFS = "\t" } NR == 4 { $4 = "nothing there" } { print }' |
	hark-index --db "$db"; echo "rc=$?"
sqlite3 "$db" "SELECT id FROM records; SELECT key, value LIKE '%en-GB.tsv%' FROM meta ORDER BY key; SELECT tokenised_with LIKE '%en-GB.tsv@%' FROM runs;"
hark-search --db "$db" because | cut -f1,3
} 2>&1 | sed "s|$db|DB|g"
