# Shards counted long and merged --wide give the bytes of one count --wide
# of the whole stream: the sharded job ends in the person-level table.
set -e
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
awk 'BEGIN {
	srand(11)
	print "id\tperson_id\tthemes\tthemes_negated"
	split("safety home school family.hubs", th, " ")
	for (i = 1; i <= 500; i++) {
		l = ""
		for (k = 1; k <= 4; k++)
			if (rand() < 0.4)
				l = l (l == "" ? "" : " ") th[k] "=" 1 + int(rand() * 3)
		printf "r%d\tp%d\t%s\t\n", i, int(rand() * 60), l
	}
}' >"$tmp/all"
hark-count --by person_id --wide "$tmp/all" >"$tmp/serial"
head -n 201 "$tmp/all" | hark-count --by person_id >"$tmp/a"
(head -n 1 "$tmp/all"; tail -n +202 "$tmp/all") | hark-count --by person_id >"$tmp/b"
hark-merge --wide "$tmp/b" "$tmp/a" >"$tmp/merged"
cmp "$tmp/serial" "$tmp/merged" && echo "same bytes"
head -n 3 "$tmp/merged"
