# Every reader of convert reads LF, CRLF and CR-only line ends alike: the
# same output and the same messages (with the same line numbers)
d="${TMPDIR:-/tmp}/hark-lexicon-ends.$$"
mkdir -p "$d/lf" "$d/crlf" "$d/cr"
for f in traps.dic traps.cat traps.yml traps.lc3 traps.qdc traps.lex \
    bad.cat bad.yml bad.lc3 blank.cat blank.lc3 split.dic; do
	sed 's/\r$//' "$f" | tr '\r' '\n' > "$d/lf/$f"
	sed 's/$/\r/' "$d/lf/$f" > "$d/crlf/$f"
	tr '\n' '\r' < "$d/lf/$f" > "$d/cr/$f"
	for e in lf crlf cr; do
		(cd "$d/$e" && hark-lexicon convert "$f" > out 2>&1
		echo "rc $?" >> out)
	done
	if cmp -s "$d/lf/out" "$d/crlf/out" && cmp -s "$d/lf/out" "$d/cr/out"
	then
		echo "same $f: $(grep -c . "$d/lf/out") lines"
	else
		echo "DIFFERENT $f"
		diff "$d/lf/out" "$d/cr/out"
	fi
done
rm -rf "$d"
