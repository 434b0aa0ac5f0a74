# The shard property, harder: interleaved shards, an empty shard, keys
# with escapes, merges of merges, stdin among files, and counts out of
# order (summed in memory) all give the serial count's bytes.
set -e
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A fixed LCG rather than rand(): mawk and gawk differ in rand().
awk 'function rnd() { x = (x * 1103515245 + 12345) % 2147483648; return x / 2147483648 }
BEGIN {
	x = 11
	print "id\tperson_id\tsite\tthemes\tthemes_negated"
	split("safety home/unsafe school school/bullying family.hubs care-leaver_1 a A 0", th, " ")
	split("north|North|north\\tbay|south\\\\east|é|n|", sites, "|")
	for (i = 1; i <= 4000; i++) {
		l = ""; ln = ""
		for (k = 1; k <= 9; k++) {
			if (rnd() < 0.25) {
				c = int(rnd() * 3)
				l = l (l == "" ? "" : " ") th[k] "=" c
				if (c > 0 && rnd() < 0.3)
					ln = ln (ln == "" ? "" : " ") th[k] "=1"
			}
		}
		printf "r%d\tp%d\t%s\t%s\t%s\n", i, int(rnd() * 900), sites[int(rnd() * 7) + 1], l, ln
	}
}' >"$tmp/all"
for s in 0 1 2 3 4 5 6; do
	awk -v s=$s 'NR == 1 || NR % 7 == s' "$tmp/all" >"$tmp/s$s"
done
head -n 1 "$tmp/all" >"$tmp/sempty"
for by in site person_id site,person_id person_id,site; do
	hark-count --by "$by" "$tmp/all" >"$tmp/serial"
	for s in 0 1 2 3 4 5 6 empty; do
		hark-count --by "$by" "$tmp/s$s" >"$tmp/c$s"
	done
	hark-merge "$tmp"/c0 "$tmp"/c1 "$tmp"/c2 "$tmp"/c3 "$tmp"/c4 \
		"$tmp"/c5 "$tmp"/c6 "$tmp"/cempty >"$tmp/m1"
	hark-merge "$tmp"/cempty "$tmp"/c6 "$tmp"/c5 "$tmp"/c4 "$tmp"/c3 \
		"$tmp"/c2 "$tmp"/c1 "$tmp"/c0 >"$tmp/m2"
	hark-merge "$tmp"/c0 "$tmp"/c1 "$tmp"/c2 >"$tmp/a"
	hark-merge "$tmp"/c3 "$tmp"/c4 >"$tmp/b"
	hark-merge "$tmp"/c5 "$tmp"/c6 "$tmp"/cempty | hark-merge "$tmp/a" - "$tmp/b" >"$tmp/m3"
	# Out of order: the rows shuffled, summed in memory.
	(head -n 1 "$tmp/serial"; tail -n +2 "$tmp/serial" |
		awk 'BEGIN { srand(5) } { print int(rand() * 1e9) "\t" $0 }' |
		sort -n | cut -f 2-) >"$tmp/shuffled"
	hark-merge "$tmp/shuffled" >"$tmp/m4"
	hark-merge "$tmp/serial" >"$tmp/m5"
	for m in m1 m2 m3 m4 m5; do
		cmp "$tmp/serial" "$tmp/$m"
	done
	cmp -s "$tmp/serial" "$tmp/shuffled" && echo "$by: shuffle did nothing"
	echo "$by: same bytes ($(($(wc -l <"$tmp/serial") - 1)) rows)"
done
# A stream merged with itself: every count doubles.
hark-count --by site "$tmp/all" >"$tmp/serial"
hark-merge "$tmp/serial" "$tmp/serial" | paste "$tmp/serial" - |
	awk -F'\t' 'NR > 1 && ($7 != $2 || $8 != 2 * $3 || $9 != 2 * $4 || $10 != 2 * $5) { bad++ }
		END { print (bad ? bad " rows not doubled" : "doubled") }'
