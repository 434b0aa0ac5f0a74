# A store loaded from an unredacted stream shows text only with
# --allow-unredacted, and then says so on every row.
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
{
cut -f1-3 corpus.tsv | hark-index --db "$db"; echo "rc=$?"
cut -f1-3 corpus.tsv | hark-index --db "$db" --allow-unredacted; echo "rc=$?"
hark-search --db "$db" safe; echo "rc=$?"
hark-search --db "$db" --count safe
hark-search --db "$db" --allow-unredacted safe | cut -f1,3,5,6
} 2>&1 | sed "s|$db|DB|g"
