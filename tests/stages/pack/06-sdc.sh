# A pack is for publication: a table made with --sdc none (counts of one
# shown) is refused unless --allow-no-sdc, and then marked not for
# publication.  The methods and the key under the outcome table describe
# the table's own policy: it said "Counts from 1 to 5 are suppressed"
# whatever the table had done.
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
lex=../../../lexicons/child-voice/child-voice.lex
hark-tag -l "$lex" <corpus.tsv | hark-theme >"$d/s.tsv" || exit
hark-index --db "$d/s.db" "$d/s.tsv" || exit
hark-count --by person_id,site --wide <"$d/s.tsv" >"$d/c.tsv"
for p in threshold:6 threshold:10 round:5 none; do
	echo "== $p"
	hark-table --by site --sdc $p <"$d/c.tsv" >"$d/t.tsv" 2>/dev/null
	hark-pack --db "$d/s.db" --table "$d/t.tsv" 2>"$d/err" >"$d/p.html"
	echo "exit $?"
	sed "s|$d|TMP|g" "$d/err"
	grep -o 'Policy of the table: <code>[^<]*</code>\. [^<]*' "$d/p.html"
done
echo "== none, --allow-no-sdc"
hark-pack --allow-no-sdc --db "$d/s.db" --table "$d/t.tsv" >"$d/p.html"
echo "exit $?"
head -n 1 "$d/p.html"
grep -o '<p class="banner"[^<]*' "$d/p.html"
grep -o 'Policy of the table: <code>[^<]*</code>\. [^<]*' "$d/p.html"
