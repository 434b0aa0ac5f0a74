# Monthly exports joined with cat: the header row met again inside the
# data is not a record (it was: an id 'ref' with the text 'comment', and a
# cohort 'site'); skipped, said with its line, and counted in the summary.
# A row that only looks like the header in part is a record as before.
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
printf 'ref,comment,site\n1,staff were kind,A\n2,long wait,B\n' >"$d/jan.csv"
printf 'ref,comment,site\n3,food cold,A\nref,comment,B\n' >"$d/feb.csv"
cat "$d/jan.csv" "$d/feb.csv" | hark-ingest --id ref --text comment
echo "rc=$?"
cat "$d/jan.csv" "$d/feb.csv" "$d/feb.csv" | hark-ingest -q --id ref --text comment --no-id-check | wc -l
