# The tokenizer as a loadable extension: the sqlite3 shell runs the queries
# hark search runs, with the same answers.
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
hark-index --db "$db" corpus.tsv || exit
ext=$(command -v hark-index)
ext=${ext%/*}/hark_fts5
sqlite3 "$db" "SELECT count(*) FROM fts WHERE fts MATCH 'safe'" 2>&1
sqlite3 -cmd ".load $ext" "$db" "SELECT r.id, highlight(fts, 0, '[', ']'), hark_matches(fts) FROM fts JOIN records r ON r._rid = fts.rowid WHERE fts MATCH '\"feel safe\" OR 😢' ORDER BY r._rid"
hark-search --db "$db" '"feel safe" OR 😢' | cut -f1 | sort
