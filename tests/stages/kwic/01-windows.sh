# Keyword in context: tag matches cut at their stored byte spans, windows
# in tokens, clipped at the text's edges; query matches; RTL and CJK text.
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
hark-index --db "$db" corpus.tsv || exit
printf 'id\ttext\tredactions\n6\tصحيح safe جدا\t\n7\tsafe\t\n' | hark-index --db "$db"
for w in 0 1 3 50; do
	echo "== --code safety --window $w"
	hark-kwic --db "$db" --code safety --window $w
done
echo "== --theme heard"
hark-kwic --db "$db" --theme heard -w 2
echo "== query"
hark-kwic --db "$db" -w 2 '"feel safe" OR بالامان OR 安全'
echo "== --limit"
hark-kwic --db "$db" -w 1 --limit 2 safe
hark-kwic --db "$db" -w 1 safe
