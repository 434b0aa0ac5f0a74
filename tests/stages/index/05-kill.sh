# A load killed with SIGKILL halfway leaves a store that passes
# integrity_check and holds whole batches only.  The input comes from a
# fifo: 2,500 records, then a pause in which the load is killed.  The
# first load into a store makes the secondary indexes at its end, so the
# killed one leaves none; the next load makes them.  Every record has two
# tags (three codes with their levels), which go in with its batch.
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
mkfifo "$d/fifo"
hark-index --db "$d/s.db" --batch 1000 --allow-unredacted <"$d/fifo" &
pid=$!
{
	printf 'id\ttext\ttags\n'
	i=0
	while [ $i -lt 2500 ]; do
		i=$((i + 1))
		echo "$i	record number $i says I feel safe	safety/safe@5-6 heard@0-0"
	done
	sleep 2
	kill -9 $pid
	sleep 1
} >"$d/fifo"
wait $pid
echo "killed: $(($? > 128))"
sqlite3 "$d/s.db" "PRAGMA integrity_check; SELECT count(*) % 1000 = 0, count(*) >= 2000 FROM records; SELECT count(*) FROM runs WHERE finished IS NULL;
SELECT (SELECT count(*) FROM tags) = 2 * count(*), (SELECT count(*) FROM record_codes) = 3 * count(*), (SELECT max(rid) FROM record_codes) = max(_rid) FROM records"
ext=$(command -v hark-index)
sqlite3 -cmd ".load ${ext%/*}/hark_fts5" "$d/s.db" "INSERT INTO fts(fts) VALUES ('integrity-check')"
hark-search --db "$d/s.db" --allow-unredacted --count '"feel safe"'
sqlite3 "$d/s.db" "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%'"
printf 'id\ttext\ttags\nx1\tanother record\t\n' |
	hark-index --db "$d/s.db" --allow-unredacted
sqlite3 "$d/s.db" "PRAGMA integrity_check; SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name"
