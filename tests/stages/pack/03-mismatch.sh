# A table must be of the store it goes with: counted with the lexicons the
# store's records are tagged with (the table's tagged_with against the
# store's lexicons, by fingerprint) and of as many people as the store
# holds.  Another table is refused (exit 1, saying what differs) unless
# --allow-mismatch, when the pack says so in "What the data is".
top=$(cd ../../.. && pwd)
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
lex=../../../lexicons/child-voice/child-voice.lex
other=../table/codebook.lex
hark-tag -l "$lex" <corpus.tsv | hark-theme >"$d/s.tsv" || exit
hark-index --db "$d/s.db" "$d/s.tsv" || exit
echo "== the table of the store: accepted"
hark-count --by person_id,site --wide <"$d/s.tsv" | hark-table --by site >"$d/t.tsv"
hark-pack --db "$d/s.db" --table "$d/t.tsv" >/dev/null; echo "exit $?"
echo "== a table of other data (4 of the 10 people)"
head -n 5 "$d/s.tsv" | hark-count --by person_id,site --wide |
	hark-table --sdc none --by site >"$d/few.tsv"
hark-pack --allow-no-sdc --db "$d/s.db" --table "$d/few.tsv" 2>&1 >/dev/null | sed "s|$d|TMP|g; s|$top|TOP|g"
hark-pack --allow-no-sdc --db "$d/s.db" --table "$d/few.tsv" >/dev/null 2>&1; echo "exit $?"
echo "== a table counted with another lexicon"
hark-tag -l "$other" <corpus.tsv | hark-theme | hark-count --by person_id,site --wide |
	hark-table --by site >"$d/lex.tsv"
hark-pack --db "$d/s.db" --table "$d/lex.tsv" 2>&1 >/dev/null | sed "s|$d|TMP|g; s|$top|TOP|g"
hark-pack --db "$d/s.db" --table "$d/lex.tsv" >/dev/null 2>&1; echo "exit $?"
echo "== a store that hark index refused a record of: the message says so"
awk -F '\t' -v OFS='\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "tags") c = i }
	NR == 3 { $c = "safety@5-999" } { print }' "$d/s.tsv" >"$d/bad.tsv"
hark-index -q --db "$d/r.db" "$d/bad.tsv" 2>/dev/null
hark-pack --db "$d/r.db" --table "$d/t.tsv" 2>&1 >/dev/null | sed "s|$d|TMP|g; s|$top|TOP|g"
echo "== --allow-mismatch: a warning, and the pack says so"
hark-pack --allow-mismatch --allow-no-sdc --db "$d/s.db" --table "$d/few.tsv" 2>"$d/err" >"$d/p.html"; echo "exit $?"
sed "s|$d|TMP|g; s|$top|TOP|g" "$d/err"
grep -- '--allow-mismatch' "$d/p.html"
