# A long record with many tags (a transcript): its tokens are made once,
# not once a tag (which was quadratic: 80,000 words took a minute); every
# tag still gets its own window, at the start, the middle and the end.
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
awk 'BEGIN { OFS = "\t"; print "id", "text", "redactions"
	t = "I feel safe at the start."
	for (i = 1; i <= 400; i++)
		t = t " Word" i " then I feel unsafe at home " i "."
	print "long", t " And at the end I feel safe.", ""
	print "short", "nobody listens and I feel safe", "" }' |
	hark-tag -l child-voice-1.0.lex | hark-index --db "$db" || exit
hark-kwic --db "$db" --code safety --window 3 >"${db%/*}/out" || exit
wc -l <"${db%/*}/out"
sed -n '2p;3p;200p;402p;403p' "${db%/*}/out"
