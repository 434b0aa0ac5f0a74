# bench/41-table.sh - hark table on one million people (the person-level
# table that hark count --wide and hark join make), beside a python3
# one-liner that counts people with each theme by site (no intervals, no
# tests, no disclosure control).  The input is generated with awk and
# cached in $dir.  Sourced by bench/run ($BIN, $dir, run).  Target: under
# 5 s for 1 million people.
people=$dir/people-1m.tsv
if [ ! -s "$people" ]; then
	awk 'BEGIN {
		srand(41); n = split("north south east west central", site, " ")
		printf "person_id\trecords"
		for (t = 1; t <= 20; t++) printf "\ttheme:t%02d", t
		print "\tsite\tneet\tsuitable_accommodation"
		for (i = 1; i <= 1000000; i++) {
			printf "p%07d\t%d", i, 1 + int(rand() * 5)
			for (t = 1; t <= 20; t++) printf "\t%d", rand() < t / 60 ? 1 + int(rand() * 3) : 0
			r = rand()
			printf "\t%s\t%s\t%s\n", site[1 + int(rand() * n)], r < 0.03 ? "" : (r < 0.25 ? "yes" : "no"), rand() < 0.7 ? "yes" : "no"
		}
	}' >"$people"
fi
run "table --by site (1M people, 20 themes)" "$people" "$BIN/hark-table" --by site
run "table --by site --outcome x2 (1M people)" "$people" "$BIN/hark-table" \
	--by site --outcome neet --outcome suitable_accommodation
run "python3 people with theme by site" "$people" python3 -c '
import sys, collections
h = sys.stdin.readline().rstrip("\n").split("\t")
s = h.index("site"); th = [i for i, c in enumerate(h) if c.startswith("theme:")]
n = collections.Counter(); x = collections.Counter()
for line in sys.stdin:
    f = line.rstrip("\n").split("\t"); n[f[s]] += 1
    for i in th:
        if f[i] != "0": x[f[s], h[i]] += 1
for k in sorted(x): print(*k, n[k[0]], x[k], sep="\t")
'
