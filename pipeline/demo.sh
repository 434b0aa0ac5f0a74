#!/usr/bin/env bash
# demo.sh - `make demo`: make an evidence pack from the bundled synthetic
# samples (pipeline/evidence-pack.sh) and say where the results are.
#
# Inputs:  corpora-samples/voices.csv, corpora-samples/outcomes.csv,
#          corpora-samples/demo.key (the fixed demo redaction key)
# Outputs: out/demo/ (see pipeline/evidence-pack.sh): the store voices.db,
#          the stream voices.tsv, people.tsv, table.tsv, table.md,
#          rejects.tsv and evidence-pack.html
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
export PATH="$top/bin:$PATH"
out=out/demo
rm -rf "$out"
# A fixed key so that the demo gives the same pseudonyms every run: it is
# for the synthetic samples only (corpora-samples/README.md).
bash pipeline/evidence-pack.sh --id record_id --text voice_text \
	--text follow_up --by site --outcomes corpora-samples/outcomes.csv \
	--key person_id --outcome neet \
	--redaction-key corpora-samples/demo.key \
	--title "Voices from the samples (synthetic data): an evidence pack" \
	corpora-samples/voices.csv "$out"
n=$(($(wc -l <"$out/voices.tsv") - 1))
echo
echo "hark demo: $n records from corpora-samples/voices.csv (synthetic: no real person)"
echo "  pack:    $out/evidence-pack.html   (open it in a browser; print to PDF for A4)"
echo "  store:   $out/voices.db            (sqlite3; docs/store.md)"
echo "  tables:  $out/table.tsv, $out/table.md (themes by site, NEET outcome)"
echo "  people:  $out/people.tsv"
echo "  stream:  $out/voices.tsv"
echo "  rejects: $out/rejects.tsv  ($(($(wc -l <"$out/rejects.tsv") - 1)) records)"
