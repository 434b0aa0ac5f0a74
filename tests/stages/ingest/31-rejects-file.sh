# --rejects writes the rejected records, with line and reason, as a stream.
hark-ingest --rejects rejects.tmp bad.csv
echo "rc=$?"
cat rejects.tmp
rm -f rejects.tmp
