# bench/70-store.sh - the store: hark index (target >= 100,000 records/s
# on one core, peak RSS < 64 MB at any size) on the ingested stream and on
# the tagged stream (tags need byte spans, so the text is tokenised), then a
# typical query over the store, beside the sqlite3 shell's own FTS5
# (unicode61) load of the same text.  Sourced by bench/run after 51-theme.sh.
db=$dir/store.db
rm -f "$db" "$db-wal" "$db-shm"
run "index" "$stream" "$BIN/hark-index" --db "$db" --allow-unredacted
rm -f "$db" "$db-wal" "$db-shm"
run "index (tagged)" "$dir/tagged.tsv" "$BIN/hark-index" --db "$db" \
	--allow-unredacted
run "search \"feel safe\"" /dev/null "$BIN/hark-search" --db "$db" \
	--allow-unredacted --limit 100 '"feel safe" OR NEAR(nobody listens, 3)'
run "search --count" /dev/null "$BIN/hark-search" --db "$db" --count safe
if command -v sqlite3 >/dev/null 2>&1; then
	rm -f "$dir/plain.db"
	run "sqlite3 .import + fts5 unicode61" "$stream" sqlite3 "$dir/plain.db" \
		'.mode ascii' '.separator "\t" "\n"' '.import /dev/stdin t' \
		'CREATE VIRTUAL TABLE f USING fts5(text); INSERT INTO f SELECT text FROM t;'
fi
