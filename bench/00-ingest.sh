# bench/00-ingest.sh - the record reader/writer and hark-ingest, beside what
# a researcher would otherwise run to turn a CSV export into TSV.
echo "== reader/writer pass-through (target 500 MB/s) and ingest of CSV (target 200 MB/s)"
run "cat (the ceiling)" "$stream" cat
run "rec-cat: stream read+check+write" "$stream" "$TOOLS/rec-cat"
run "hark ingest csv" "$csv" "$BIN/hark-ingest" -q --id record_id \
	--text voice_text --text follow_up
run "hark ingest csv --no-id-check" "$csv" "$BIN/hark-ingest" -q \
	--no-id-check --id record_id --text voice_text --text follow_up
# The same size of export in Windows-1252 (gen-corpus --latin: only what
# Windows-1252 can spell), decoded by ICU on the way in.
cp1252=$dir/voices-$size-cp1252.csv
if [ ! -s "$cp1252" ]; then
	"$TOOLS/gen-corpus" --latin -s 42 -S "$size" |
		iconv -f UTF-8 -t WINDOWS-1252 >"$cp1252"
fi
run "hark ingest csv, windows-1252" "$cp1252" "$BIN/hark-ingest" -q \
	-e windows-1252 --id record_id --text voice_text --text follow_up
if command -v mlr >/dev/null 2>&1; then
	run "mlr --icsv --otsv cat" "$csv" mlr --icsv --otsv cat
else
	echo "mlr not installed: skipped"
fi
run "python3 csv.reader -> tsv" "$csv" python3 -c '
import csv, sys
w = sys.stdout.write
for row in csv.reader(sys.stdin):
    w("\t".join(f.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r") for f in row) + "\n")'
echo
