# A frequent code with a small --limit is read in record order through
# tags_rid (stopping at the limit); a rare one from its records in
# record_codes, then tags_rid.  Both give the first rows of the whole
# answer, and so does a store without its secondary index (a first load
# that was killed).
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
awk 'BEGIN { OFS = "\t"; print "id", "text", "redactions"
	for (i = 1; i <= 2600; i++)
		print "r" i, (i % 3 ? "I feel safe here" : "I do not feel safe and I feel unsafe at home"), ""
	print "r9999", "nobody listens to me", "" }' |
	hark-tag -l child-voice-1.0.lex | hark-index --db "$db" || exit
for c in safety heard; do
	hark-kwic --db "$db" --code $c >"${db%/*}/all-$c" || exit
	for n in 1 7 40; do
		hark-kwic --db "$db" --code $c --limit $n >"${db%/*}/some"
		head -n $((n + 1)) "${db%/*}/all-$c" | cmp -s - "${db%/*}/some" &&
			echo "$c --limit $n: the first $n rows"
	done
done
sqlite3 "$db" "DROP INDEX tags_rid"
hark-kwic --db "$db" --code safety --limit 7 >"${db%/*}/some"
head -n 8 "${db%/*}/all-safety" | cmp -s - "${db%/*}/some" &&
	echo "without the indexes: the first 7 rows"
head -n 3 "${db%/*}/some"
