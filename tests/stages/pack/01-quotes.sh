# Quotes: the sentence around the match with the next when short, <mark>
# from the stored spans, pseudonyms by kind, a word fewer than 5 people use
# masked, negated and hedged tags never quoted, one quote per person, no two alike.
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
lex=../../../lexicons/child-voice/child-voice.lex
hark-tag -l "$lex" <corpus.tsv | hark-theme >"$d/s.tsv" || exit
hark-index --db "$d/s.db" "$d/s.tsv" || exit
hark-count --by person_id,site --wide <"$d/s.tsv" | hark-table --by site >"$d/t.tsv" || exit
hark-pack --db "$d/s.db" --table "$d/t.tsv" --quotes 20 >"$d/p.html" || exit
echo "== quotes of safety"
sed -n '/id="theme-safety"/,/<\/section>/p' "$d/p.html" | grep '<blockquote>'
echo "== about"
sed -n '/id="about"/,/<\/ul>/p' "$d/p.html" | grep '<li>'
echo "== --rare 1: nothing masked"
hark-pack --db "$d/s.db" --table "$d/t.tsv" --rare 1 | grep "<blockquote>" | grep -c "▒"
echo "== errors"
hark-pack --table "$d/t.tsv"; echo "exit $?"
hark-pack --db "$d/s.db" --table corpus.tsv; echo "exit $?"
hark-pack --db "$d/s.db" --table "$d/t.tsv" --quotes 99 2>&1 >/dev/null | head -n 1
hark-pack --db "$d/s.db" --table "$d/t.tsv" --quotes 99 2>/dev/null; echo "exit $?"
sed 1d corpus.tsv | sed '1i id\ttext\tperson_id\tsite\tsource\tredactions' | cut -f 1-5 |
	hark-tag -l "$lex" | hark-theme >"$d/u.tsv"
hark-index --allow-unredacted --db "$d/u.db" "$d/u.tsv" 2>/dev/null
hark-pack --db "$d/u.db" --table "$d/t.tsv" 2>"$d/err"; echo "exit $?"
sed "s|$d|TMP|" "$d/err"
