#!/usr/bin/env bash
# demo.sh - `make demo`: run the standard job on the bundled synthetic
# samples and say where the results are.
#
# Inputs:  corpora-samples/voices.csv, corpora-samples/outcomes.csv
# Outputs: out/demo/ (see pipeline/standard.sh)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
export PATH="$top/bin:$PATH"
out=out/demo
rm -rf "$out"
# A fixed key so that the demo gives the same pseudonyms every run: it is
# for the synthetic samples only (corpora-samples/README.md).
HARK_KEY=corpora-samples/demo.key bash pipeline/standard.sh corpora-samples/voices.csv corpora-samples/outcomes.csv "$out"
n=$(($(wc -l <"$out/voices.tsv") - 1))
echo
echo "hark demo: $n records from corpora-samples/voices.csv (synthetic: no real person)"
echo "  stream:  $out/voices.tsv   (columns: $(head -n 1 "$out/voices.tsv" | tr '\t' ' '))"
[ -f "$out/voices.csv" ] && echo "  Excel:   $out/voices.csv"
echo "  rejects: $out/rejects.tsv  ($(($(wc -l <"$out/rejects.tsv") - 1)) records)"
[ -f "$out/table.md" ] && echo "  tables:  $out/table.tsv, $out/table.md (themes by site, NEET outcome)"
echo
echo "First records:"
head -n 4 "$out/voices.tsv" | cut -c 1-160
if [ -f "$out/table.md" ]; then
	echo
	echo "Themes by site (first rows of $out/table.md):"
	head -n 12 "$out/table.md"
fi
