# Bad query syntax is one clear line, never an SQLite dump; a query is a
# bound parameter, so SQL in it is only words.
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
hark-index --db "$db" corpus.tsv || exit
{
for q in '"feel safe' 'feel AND' '(feel' ')' 'a:b' "x'); DROP TABLE records; --"; do
	hark-search --db "$db" --count "$q"
	echo "rc=$?"
done
hark-search --db "$db" --where nope=1 feel; echo "rc=$?"
hark-search --db "$db" --where =1 feel; echo "rc=$?"
hark-search --db "$db"; echo "rc=$?"
hark-search --db nothing-here.db feel; echo "rc=$?"
hark-search --db "$db" --count feel
} 2>&1 | sed "s|$db|DB|g"
