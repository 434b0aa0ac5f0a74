# --where with a value no record has (a typo, another case) found nothing
# and said nothing: now a note names some values the column has.  A value
# that exists but matches nothing of the query is no mistake: no note.
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
printf 'id\ttext\tsite\tredactions\n1\tI feel safe\tTrust A\t\n2\tsafe here\tTrust B\t\n' |
    hark-index --db "$db" || exit
hark-search --db "$db" --count --where 'site=trust a' safe
echo "rc=$?"
hark-search --db "$db" --count --where 'site=Trust A' nothinghere
echo "rc=$?"
