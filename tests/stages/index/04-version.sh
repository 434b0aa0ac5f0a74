# The schema version is recorded; a store of another version, or an SQLite
# file that is not a store, gets one clear line.
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
{
hark-index --db "$d/s.db" corpus.tsv
sqlite3 "$d/s.db" "PRAGMA user_version = 7"
hark-index --db "$d/s.db" corpus.tsv; echo "rc=$?"
hark-search --db "$d/s.db" safe; echo "rc=$?"
sqlite3 "$d/other.db" "CREATE TABLE t (x)"
hark-search --db "$d/other.db" safe; echo "rc=$?"
echo 'not a database at all, not at all, not at all, not at all, not at all, not at all, not at all, not at all' >"$d/text.db"
hark-search --db "$d/text.db" safe; echo "rc=$?"
hark-index; echo "rc=$?"
hark-index --db "$d/s.db" --outcomes x.csv corpus.tsv; echo "rc=$?"
} 2>&1 | sed "s|$d|D|g"
