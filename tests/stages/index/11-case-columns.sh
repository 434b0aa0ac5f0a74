# Columns that differ only in case ('ID' beside 'id') cannot both be SQL
# columns: said before the store is begun (it was SQLite's "duplicate
# column name", after an empty store was made).  hark ingest keeps such a
# column of an export as NAME_2.
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
printf 'id\ttext\tID\tredactions\n1\thi\t77\t\n' | hark-index --db "$d/s.db"
echo "rc=$?"
ls "$d" | wc -l
printf 'record_id,ID,comment\n1,77,hello\n' | hark-ingest -q --id record_id --text comment
