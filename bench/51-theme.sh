# bench/51-theme.sh - hark theme (target >= 200 MB/s) beside an awk
# one-liner that counts the top-level code of each tag.  Sourced by
# bench/run after 50-tag.sh (which makes $dir/tokens.tsv).
cv=lexicons/child-voice/child-voice.lex
tagged=$dir/tagged.tsv
if stale "$tagged" "$dir/tokens.tsv" "$cv" lexicons/variants/en-GB.tsv "$BIN/hark-tag"; then
	"$BIN/hark-tag" -v lexicons/variants/en-GB.tsv -l "$cv" \
		<"$dir/tokens.tsv" >"$tagged"
fi
run "theme" "$tagged" "$BIN/hark-theme" -l "$cv"
run "theme --percent" "$tagged" "$BIN/hark-theme" -p -l "$cv"
run "awk count" "$tagged" awk -F '\t' '
NR == 1 { for (i = 1; i <= NF; i++) if ($i == "tags") t = i; print $0 "\tthemes"; next }
{
	delete c; s = ""
	n = split($t, a, " ")
	for (i = 1; i <= n; i++) { sub(/[\/@].*/, "", a[i]); c[a[i]]++ }
	for (k in c) s = s (s == "" ? "" : " ") k "=" c[k]
	print $0 "\t" s
}'
