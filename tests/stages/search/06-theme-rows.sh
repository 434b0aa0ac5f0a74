# --theme and --code read the store's record_codes; the rows they give are
# those of the unfiltered search whose record has a tag of the code or of
# a code below it (read here from the tags table, as search did before),
# in the same order.  So after --replace changes a record's tags, and in a
# store upgraded from schema version 2 (which had no record_codes).
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
db=$d/s.db
awk 'BEGIN { OFS = "\t"; print "id", "text", "redactions"
	split("I feel safe at home|nobody listens to me|I do not feel safe on the bus|my teacher listens|I feel unsafe and nobody helps|home is where I feel heard|I am scared at school|help me feel safe", s, "|")
	for (i = 1; i <= 300; i++)
		print "r" i, s[i % 8 + 1] " and " s[(i * 7) % 8 + 1] (i % 5 ? "" : " " s[(i * 3) % 8 + 1]), "" }' >"$d/in.tsv"
hark-tag -l child-voice-1.0.lex <"$d/in.tsv" >"$d/tagged.tsv" || exit
hark-index --db "$db" "$d/tagged.tsv" || exit
# check: every filter and query against the unfiltered search
check() {
	for q in feel safe 'nobody OR home' '"feel safe"' 'list*'; do
		hark-search --db "$db" "$q" >"$d/all" || exit
		for f in $(sqlite3 "$db" "SELECT DISTINCT code FROM tags UNION
		    SELECT DISTINCT substr(code, 1, instr(code, '/') - 1) FROM
		    tags WHERE instr(code, '/') > 0 ORDER BY 1"); do
			sqlite3 "$db" "SELECT DISTINCT r.id FROM tags g JOIN
			    records r ON r._rid = g.rid WHERE g.code = '$f' OR
			    g.code LIKE '$f/%'" | sort >"$d/ids"
			awk -F '\t' 'NR == FNR { ok[$1] = 1; next }
			    FNR == 1 || ok[$1]' "$d/ids" "$d/all" >"$d/want"
			n=$(($(wc -l <"$d/want") - 1))
			for opt in --theme --code; do
				hark-search --db "$db" $opt "$f" "$q" >"$d/got"
				cmp -s "$d/want" "$d/got" ||
					echo "differ: $opt $f $q"
			done
			c=$(hark-search --db "$db" --count --theme "$f" "$q")
			[ "$c" = "$n" ] || echo "count differs: $f $q: $c, not $n"
			total=$((total + n))
		done
	done
	echo "$1: $total rows checked"
}
total=0
check "loaded"
# --replace: the tags of r1 to r40 change, and so must their codes
awk -F '\t' 'BEGIN { OFS = "\t" } NR == 1 || (NR <= 41 && $2 = "nobody listens and I feel unsafe")' \
	"$d/in.tsv" | hark-tag -l child-voice-1.0.lex |
	hark-index --db "$db" --replace || exit
total=0
check "replaced"
# a store of version 2: refused by search, upgraded by index
sqlite3 "$db" "DROP TABLE record_codes; PRAGMA user_version = 2"
hark-search --db "$db" --theme safety feel 2>&1 | sed "s|$d|D|g"
head -n 1 "$d/tagged.tsv" | hark-index --db "$db" || exit
sqlite3 "$db" "PRAGMA user_version"
total=0
check "upgraded"
