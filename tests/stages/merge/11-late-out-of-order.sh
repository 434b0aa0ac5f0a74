# An input found out of order after the first 16 MiB of output has been
# written cannot be summed in memory any more: FILE:LINE, exit 1.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
awk 'BEGIN { print "person_id\ttheme\trecords\tmentions\tnegated"
	for (i = 0; i < 1100000; i++) printf "P%07d\t*\t1\t2\t0\n", i
	print "P0000005\tsafety\t1\t1\t0" }' >"$tmp/big.tsv"
hark-merge "$tmp/big.tsv" 2>"$tmp/err" >"$tmp/out"
echo "exit $?"
sed "s|$tmp/||" "$tmp/err"
# What was written is a prefix of the right answer.
head -n 3 "$tmp/out"
[ "$(wc -c <"$tmp/out")" -ge 16777216 ] && echo "16 MiB or more written"
