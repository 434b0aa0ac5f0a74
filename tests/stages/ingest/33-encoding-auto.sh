# --encoding auto on the Windows-1252 sample: ICU's detector names what it
# chose, and pound signs and curly quotes come through as UTF-8.
hark-ingest -e auto --id record_id --text voice_text ../../../corpora-samples/voices-cp1252.csv > out.tmp
echo "rc=$?"
echo "records: $(($(wc -l < out.tmp) - 1))"
grep -c '£' out.tmp
grep -c '’' out.tmp
rm -f out.tmp
