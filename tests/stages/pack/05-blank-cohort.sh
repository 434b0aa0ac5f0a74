# Records with no cohort value: the pack labels their cohort (blank), in
# "What the data is" and in the heat map, as hark table does for people.
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
lex=../../../lexicons/child-voice/child-voice.lex
awk -F '\t' -v OFS='\t' 'NR > 1 && NR <= 7 { $4 = "" } { print }' corpus.tsv |
	hark-tag -l "$lex" | hark-theme >"$d/s.tsv" || exit
hark-index --db "$d/s.db" "$d/s.tsv" || exit
hark-count --by person_id,site --wide <"$d/s.tsv" |
	hark-table --sdc none --by site >"$d/t.tsv" || exit
hark-pack --allow-no-sdc --db "$d/s.db" --table "$d/t.tsv" >"$d/p.html" || exit
grep '<li>By site' "$d/p.html"
sed -n '/id="heatmap"/,/<\/thead>/p' "$d/p.html" | grep -o '<th scope="col">[^<]*</th>'
