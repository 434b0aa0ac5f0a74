# A key twice in the outcome table is an error naming both lines, as in
# hark join (the last row won, silently); the outcomes load is undone.
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
printf 'person_id,neet\nP1,yes\nP2,no\nP1,no\n' >"$d/o.csv"
printf 'id\ttext\tperson_id\tredactions\n1\thi\tP1\t\n' |
    hark-index --db "$d/s.db" --outcomes "$d/o.csv" --key person_id 2>&1 | sed "s|$d/||"
printf 'id\ttext\tperson_id\tredactions\n1\thi\tP1\t\n' |
    hark-index --db "$d/t.db" --outcomes "$d/o.csv" --key person_id 2>/dev/null
echo "rc=$?"
sqlite3 "$d/t.db" "SELECT count(*) FROM sqlite_master WHERE name = 'outcomes'"
