# bench/20-redact.sh - hark redact beside what a researcher would otherwise
# run: bench/redact.py, a Python `re` redactor with the same patterns and
# validations (one combined pattern, names from the same lexicon).
# Sourced by bench/run ($BIN, $stream, run).  Target: 50 MB/s on one core.
echo "== redact (target 50 MB/s)"
printf 'hark-bench-redact-key-32-bytes!!' >"$dir/redact.key"
run "redact (keyed pseudonyms)" "$stream" "$BIN/hark-redact" -q \
	--key "$dir/redact.key"
run "redact --mode type" "$stream" "$BIN/hark-redact" -q --mode type
run "redact --all-dates --digits 16" "$stream" "$BIN/hark-redact" -q \
	--key "$dir/redact.key" --all-dates --digits 16
run "python3 re redactor (bench/redact.py)" "$stream" python3 bench/redact.py
echo
