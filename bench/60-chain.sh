# bench/60-chain.sh - the analyst's chain end to end from the CSV export:
# the lean chain (ingest | normalise | redact | tag | theme | count), in
# which tag makes tokens and stems in memory, beside the chain that carries
# tokens, spans and stems through every pipe (| tokenise | stem | before
# tag).  MB/s are of the CSV input; held to one core, then on all cores.
# Sourced by bench/run.
cv=$top/lexicons/child-voice/child-voice.lex
var=$top/lexicons/variants/en-GB.tsv
printf 'k%.0s' $(seq 32) >"$dir/chain.key"
head="$BIN/hark-ingest -q --id record_id --text voice_text --text follow_up - | $BIN/hark-normalise | $BIN/hark-redact -q --key $dir/chain.key"
tail="$BIN/hark-theme | $BIN/hark-count --by site >/dev/null"
lean="$head | $BIN/hark-tag -v $var -l $cv | $tail"
full="$head | $BIN/hark-tokenise -v $var | $BIN/hark-stem 2>/dev/null | $BIN/hark-tag -l $cv | $tail"
run "chain lean, one core" "$csv" bash -o pipefail -c "$lean"
run "chain with tokenise+stem, one core" "$csv" bash -o pipefail -c "$full"
"$TOOLS/benchrun" -n "$runs" "chain lean, all cores" "$csv" bash -o pipefail -c "$lean" ||
	echo "bench: chain lean failed" >&2
"$TOOLS/benchrun" -n "$runs" "chain with tokenise+stem, all cores" "$csv" \
	bash -o pipefail -c "$full" || echo "bench: chain full failed" >&2
