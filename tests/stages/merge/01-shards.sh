# Sharded counts merged in any order equal one serial count, byte for byte.
set -e
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
awk 'BEGIN {
	srand(7)
	print "id\tperson_id\tsite\tthemes\tthemes_negated"
	split("safety home/unsafe school school/bullying family.hubs care-leaver_1", th, " ")
	for (i = 1; i <= 3000; i++) {
		l = ""; ln = ""
		for (k = 1; k <= 6; k++) {
			if (rand() < 0.3) {
				c = int(rand() * 4)
				l = l (l == "" ? "" : " ") th[k] "=" c
				if (c > 0 && rand() < 0.2)
					ln = ln (ln == "" ? "" : " ") th[k] "=1"
			}
		}
		printf "r%d\tp%d\tsite %d\t%s\t%s\n", i, int(rand() * 400), int(rand() * 5), l, ln
	}
}' >"$tmp/all"
head -n 1001 "$tmp/all" >"$tmp/s1"
(head -n 1 "$tmp/all"; sed -n '1002,1999p' "$tmp/all") >"$tmp/s2"
(head -n 1 "$tmp/all"; tail -n +2000 "$tmp/all") >"$tmp/s3"
for by in site person_id person_id,site; do
	hark-count --by "$by" "$tmp/all" >"$tmp/serial"
	for s in s1 s2 s3; do hark-count --by "$by" "$tmp/$s" >"$tmp/c$s"; done
	hark-merge "$tmp/cs1" "$tmp/cs2" "$tmp/cs3" >"$tmp/m1"
	hark-merge "$tmp/cs3" "$tmp/cs1" "$tmp/cs2" >"$tmp/m2"
	hark-merge "$tmp/cs2" "$tmp/cs3" | hark-merge - "$tmp/cs1" >"$tmp/m3"
	cmp "$tmp/serial" "$tmp/m1" && cmp "$tmp/serial" "$tmp/m2" &&
		cmp "$tmp/serial" "$tmp/m3" && echo "$by: same bytes"
done
# The serial count really counted something.
hark-count --by site "$tmp/all" | awk -F'\t' '$2 == "*" { n += $3 } END { print n " records" }'
