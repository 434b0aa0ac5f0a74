#!/bin/sh
# bench/hospital-feedback.sh - lexicons/hospital-feedback against human
# coders of NHS Friends and Family Test comments, with hark agree.
#
#   sh bench/hospital-feedback.sh dev|test [DATA.csv]
#
# DATA.csv is nhs_fft_v6_train.csv (default: ../shared/data/corpora/, beside
# the repository; it is never copied into it).  Prints hark agree's table
# at level 1 for the half asked (bench/hospital-feedback-agree.py: tune on
# dev, report test).  Skipped (exit 0) when the data is not there.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
half=${1:?usage: hospital-feedback.sh dev|test [DATA.csv]}
data=${2:-$top/../shared/data/corpora/nhs_fft_v6_train.csv}
[ -r "$data" ] || { echo "bench: no $data (skipped)" >&2; exit 0; }
py=python3
[ -x /usr/bin/python3 ] && py=/usr/bin/python3
PATH=$top/bin:$PATH
export PATH
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
lex=$top/lexicons/hospital-feedback/hospital-feedback.lex
$py "$top/bench/hospital-feedback-agree.py" split "$data" "$tmp"
hark ingest -q --id id --text text "$tmp/$half.csv" | hark normalise |
	hark tag --variants "$top/lexicons/variants/en-GB.tsv" -l "$lex" |
	hark theme >"$tmp/themed.tsv"
# The human coders put "nothing to improve" under "Positive experience &
# gratitude" (praise): fold the lexicon's nothing into praise to compare.
awk -F '\t' -v OFS='\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "themes") c = i }
	NR > 1 && c { n = split($c, a, " "); $c = ""
		for (i = 1; i <= n; i++) { sub(/^nothing/, "praise", a[i]); if (!((a[i] "") in seen)) $c = $c ($c == "" ? "" : " ") a[i]; seen[a[i]] = 1 }
		delete seen }
	{ print }' "$tmp/themed.tsv" >"$tmp/hark.tsv"
hark agree --level 1 ${HARK_AGREE_EXAMPLES:+--allow-unredacted --examples 40 --examples-to "$HARK_AGREE_EXAMPLES"} \
	"$tmp/$half-human.tsv" "$tmp/hark.tsv" 2>"$tmp/err" |
	column -t -s "$(printf '\t')"
grep -v 'missing\|only one' "$tmp/err" >&2 || true
