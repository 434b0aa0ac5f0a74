# --blocks PREFIX: the stream in files of about --block-size bytes, each
# with the header, each named on standard output once whole; joined with
# the repeated headers left out they are the stream itself.  An input with
# no record gives one block of the header alone; a block that cannot be
# made is trouble (exit 2); a bad size is a usage error.
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
hark-ingest -q --id record_id --text voice_text ../../../corpora-samples/voices.csv >"$d/whole.tsv"
hark-ingest -q --id record_id --text voice_text --blocks "$d/b." --block-size 100K \
    ../../../corpora-samples/voices.csv >"$d/names"
echo "rc=$?"
sed "s|$d/||" "$d/names"
{ head -n 1 "$d/b.000001"; for f in "$d"/b.0*; do tail -n +2 "$f"; done; } >"$d/joined.tsv"
cmp "$d/whole.tsv" "$d/joined.tsv" && echo "joined blocks = the stream"
for f in "$d"/b.0*; do head -n 1 "$f"; done | sort -u | wc -l
for f in "$d"/b.000001 "$d"/b.000002; do
	[ "$(wc -c <"$f")" -ge 102400 ] && echo "a block of at least 100K"
done
printf 'id,text\n' >"$d/empty.csv"
hark-ingest -q --blocks "$d/e." "$d/empty.csv" >"$d/names"
echo "rc=$?"
sed "s|$d/||" "$d/names"
cat "$d/e.000001"
hark-ingest -q --blocks "$d/no/such/dir/x." "$d/empty.csv" 2>"$d/err"
echo "rc=$?"
sed "s|$d/||" "$d/err"
hark-ingest --blocks "$d/x." --block-size 10 "$d/empty.csv"
echo "rc=$?"
