# bench/30-export.sh - hark export: the stream to CSV and to JSON Lines,
# beside what a researcher would otherwise use for the same job: Miller
# (`mlr --itsv --ocsv cat`, which also reads the stream's escapes) and a
# python3 one-liner with the csv module (unescape, then csv.writer).
# Sourced by bench/run ($BIN, $stream, run).
run "export csv" "$stream" "$BIN/hark-export"
run "export tsv" "$stream" "$BIN/hark-export" -f tsv
run "export jsonl" "$stream" "$BIN/hark-export" -f jsonl
run "export csv -c id,text" "$stream" "$BIN/hark-export" -c id,text
if command -v mlr >/dev/null 2>&1; then
	run "mlr --itsv --ocsv cat" "$stream" mlr --itsv --ocsv cat
else
	echo "bench: mlr (Miller) not installed: skipped" >&2
fi
run "python3 csv" "$stream" python3 -c '
import csv, re, sys
u = {"\\\\": "\\", "\\t": "\t", "\\n": "\n", "\\r": "\r"}
def f(s):
    return re.sub(r"\\.", lambda m: u[m.group()], s) if "\\" in s else s
w = csv.writer(sys.stdout)
for line in sys.stdin:
    w.writerow([f(x) for x in line.rstrip("\n").split("\t")])
'
