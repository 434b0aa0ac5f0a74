# bench/70-store.sh - the store: hark index (target >= 100,000 records/s
# on one core, peak RSS < 64 MB at any size) on the ingested stream and on
# the tagged and themed stream (tags need byte spans, so the text is
# tokenised), then typical queries over that store of every record (target:
# under 100 ms), beside the sqlite3 shell's own FTS5 (unicode61) load of
# the same text.  Sourced by bench/run after 51-theme.sh (which makes
# $dir/tagged.tsv).
db=$dir/store.db
themed=$dir/tagged-themed.tsv
if stale "$themed" "$dir/tagged.tsv" lexicons/child-voice/child-voice.lex "$BIN/hark-theme"; then
	"$BIN/hark-theme" -l lexicons/child-voice/child-voice.lex \
		<"$dir/tagged.tsv" >"$themed"
fi
rm -f "$db" "$db-wal" "$db-shm"
run "index" "$stream" "$BIN/hark-index" --db "$db" --allow-unredacted
rm -f "$db" "$db-wal" "$db-shm"
run "index (tagged, themed)" "$themed" "$BIN/hark-index" --db "$db" \
	--allow-unredacted

# query LABEL COMMAND [ARGS...]: run COMMAND (on one core, output
# discarded) HARK_BENCH_QUERY_RUNS times (default 7) and print the median,
# fastest and slowest wall time in milliseconds.
query() {
	label=$1
	shift
	n=${HARK_BENCH_QUERY_RUNS:-7}
	i=0 ok=ok
	: >"$dir/query.ms"
	while [ $i -lt "$n" ]; do
		t0=$(date +%s%N)
		# shellcheck disable=SC2086
		$one_core "$@" >/dev/null 2>&1 </dev/null || ok=FAILED
		t1=$(date +%s%N)
		echo $(((t1 - t0) / 1000)) >>"$dir/query.ms"
		i=$((i + 1))
	done
	sort -n "$dir/query.ms" | awk -v label="$label" -v ok="$ok" '
		{ t[NR] = $1 / 1000 }
		END {
			m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
			printf "%-34s %9.1f ms median %8.1f ms fastest %8.1f ms slowest (%d runs)  %s\n",
			    label, m, t[1], t[NR], NR, ok
		}'
}
# search LABEL ARGS...: the 100 best matches
search() {
	label=$1
	shift
	query "$label" "$BIN/hark-search" --db "$db" --allow-unredacted \
		--limit 100 "$@"
}
search "search word (top 100)" safe
search "search phrase (top 100)" '"feel safe"'
search "search prefix (top 100)" 'listen*'
search "search NEAR (top 100)" 'NEAR(nobody listens, 3)'
search "search --theme (top 100)" --theme safety help
query "search --count" "$BIN/hark-search" --db "$db" --count safe
query "search --count phrase" "$BIN/hark-search" --db "$db" --count \
	'"feel safe"'
query "kwic --code (first 100)" "$BIN/hark-kwic" --db "$db" \
	--allow-unredacted --limit 100 --code support
query "kwic word (first 100)" "$BIN/hark-kwic" --db "$db" \
	--allow-unredacted --limit 100 safe
if command -v sqlite3 >/dev/null 2>&1; then
	rm -f "$dir/plain.db"
	# TAB/LF fields (.mode ascii): the stream's quotes are text, not CSV
	# quoting, so the shell reads every line cleanly and says nothing
	run "sqlite3 .import + fts5 unicode61" "$stream" sqlite3 "$dir/plain.db" \
		'.mode ascii' '.separator "\t" "\n"' '.import /dev/stdin t' \
		'CREATE VIRTUAL TABLE f USING fts5(text); INSERT INTO f SELECT text FROM t;'
	query "sqlite3 fts5 word (top 100)" sqlite3 "$dir/plain.db" \
		"SELECT rowid, snippet(f, 0, '[', ']', '…', 16) FROM f WHERE f MATCH 'safe' ORDER BY rank LIMIT 100"
fi
