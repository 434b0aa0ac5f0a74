# Records rejected at ingest never reach the store, so the pack cannot
# count them: --rejected N tells it (pipeline/evidence-pack.sh passes the
# count of its rejects.tsv); without it the pack says the number is not
# known, never 0.
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
lex=../../../lexicons/child-voice/child-voice.lex
hark-tag -l "$lex" <corpus.tsv | hark-theme >"$d/s.tsv" || exit
hark-index --db "$d/s.db" "$d/s.tsv" || exit
hark-count --by person_id,site --wide <"$d/s.tsv" | hark-table --by site >"$d/t.tsv"
for r in "" "--rejected 0" "--rejected 1" "--rejected 12"; do
	echo "== ${r:-(not told)}"
	# shellcheck disable=SC2086
	hark-pack $r --db "$d/s.db" --table "$d/t.tsv" | grep -i 'rejected'
done
echo "== a bad count"
hark-pack --rejected -1 --db "$d/s.db" --table "$d/t.tsv" 2>&1 >/dev/null | head -n 1
