# The bundled sample ingests completely, and ids are the record_id column.
hark-ingest --id record_id --text voice_text --text follow_up ../../../corpora-samples/voices.csv > out.tmp
echo "rc=$?"
head -n 1 out.tmp
cut -f 1 out.tmp | sed -n '2p;$p'
rm -f out.tmp
