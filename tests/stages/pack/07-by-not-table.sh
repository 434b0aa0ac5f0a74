# --by names the table's cohort column: another column made a pack in
# which every theme said "No quote could be shown safely" (exit 0).
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
lex=../../../lexicons/child-voice/child-voice.lex
hark-tag -l "$lex" <corpus.tsv | hark-theme >"$d/s.tsv" || exit
hark-index --db "$d/s.db" "$d/s.tsv" || exit
hark-count --by person_id,site --wide <"$d/s.tsv" | hark-table --by site >"$d/t.tsv"
hark-pack --db "$d/s.db" --table "$d/t.tsv" --by person_id >/dev/null
echo "exit $?"
hark-pack --db "$d/s.db" --table "$d/t.tsv" --by site >/dev/null
echo "exit $?"
