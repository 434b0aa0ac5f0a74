# A lexicon given by a relative path (-l ./test.lex) is recorded in
# tagged_with by its absolute path, as one found by name is, so that theme
# and table, run from another folder, find it without -l.
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cut -f 1,2 <01-words.in | awk -F '\t' -v OFS='\t' '{ print $0, NR == 1 ? "person" : "p" NR % 2 }' |
	hark-tag -l ./test.lex >"$d/s.tsv" || exit
head -n 1 "$d/s.tsv" | cut -f 4-
sed -n 2p "$d/s.tsv" | cut -f 5
cd "$d" || exit
echo "== theme and table, from another folder"
hark-theme <s.tsv | cut -f 7 | head -n 3
hark-theme <s.tsv | hark-count --by id,person --wide |
	hark-table --sdc none --by person | cut -f 1,2,9 | head -n 3
