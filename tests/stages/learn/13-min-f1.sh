# A code that cannot be told from chance (five records, no word of its
# own) has a cross-validated F1 near 0: given to records, it would land on
# many by chance.  It is not kept (named on stderr and in the lexicon's
# comments), unless --min-f1 0; a code that can be learned is kept.
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
awk 'BEGIN {
	print "id\ttext\tcodes"
	split("tea toast walk bus rain park book game sleep shop", w, " ")
	for (i = 1; i <= 200; i++) {
		t = w[i % 10 + 1] " " w[(i * 7) % 10 + 1] " " w[(i * 3) % 10 + 1]
		c = ""
		if (i % 3 == 0) { t = t " apple pie"; c = "fruit" }
		if (i == 13 || i == 57 || i == 101 || i == 149 || i == 193)
			c = c (c == "" ? "" : " ") "chance"
		print i "\t" t "\t" c
	}
}' >"$d/train.tsv"
hark-learn "$d/train.tsv" >"$d/a.lex"
echo "rc=$?"
grep -c '^code ' "$d/a.lex"
grep '^code \|^# not kept' "$d/a.lex"
hark-learn -q --min-f1 0 "$d/train.tsv" >"$d/b.lex"
grep '^code ' "$d/b.lex"
hark-learn --min-f1 2 "$d/train.tsv" >/dev/null
echo "rc=$?"
