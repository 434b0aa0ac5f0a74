# bench/40-count.sh - hark count and hark merge beside what a researcher
# would otherwise use: an awk one-liner summing NAME=COUNT lists by key.
# Sourced by bench/run ($BIN, $stream, $dir, run).  The ingested stream has
# no themes yet (hark theme comes later), so a copy with a made-up themes
# column (one to three themes per record, picked from the record number)
# is cached in $dir.  Target: count and merge at least 300 MB/s; count's
# RSS grows with keys x themes only (about 16 bytes a pair), merge's is
# constant (the 16 MiB of output it holds back, see hark-merge(1)).
themed=$dir/themed-$size.tsv
if [ ! -s "$themed" ]; then
	awk 'BEGIN { FS = OFS = "\t"
		split("safety home/unsafe school school/bullying family/support health/mental money care/placement voice/heard friends", th, " ") }
	NR == 1 { print $0, "themes"; next }
	{ k = NR * 2654435761 % 1000003; i = k % 10; l = th[i + 1] "=" (k % 3 + 1)
	  if (k % 4 == 0) l = l " " th[(i + 1 + int(k / 10) % 9) % 10 + 1] "=1"
	  print $0, (k % 7 == 0 ? "" : l) }' "$stream" >"$themed"
fi
run "count --by person_id" "$themed" "$BIN/hark-count" --by person_id
run "count --by site" "$themed" "$BIN/hark-count" --by site
run "count --by person_id --wide" "$themed" "$BIN/hark-count" --by person_id --wide
"$BIN/hark-count" --by id "$themed" >"$dir/counts-by-id.tsv"
run "merge (counts by id)" "$dir/counts-by-id.tsv" "$BIN/hark-merge"
run "awk sum themes by site" "$themed" awk -F'\t' '
NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
{ k = $c["site"]; n[k]++; m = split($c["themes"], e, " ")
  for (j = 1; j <= m; j++) { split(e[j], p, "="); r[k "\t" p[1]]++; s[k "\t" p[1]] += p[2] } }
END { for (x in r) print x, r[x], s[x] }'
run "awk sum count rows (merge)" "$dir/counts-by-id.tsv" awk -F'\t' '
NR == 1 { print; next }
{ k = $1 "\t" $2; if (!(k in r)) o[++n] = k; r[k] += $3; m[k] += $4; g[k] += $5 }
END { for (i = 1; i <= n; i++) print o[i], r[o[i]], m[o[i]], g[o[i]] }'
