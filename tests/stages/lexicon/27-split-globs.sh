# A glob tokenise splits (LIWC's fair-*) is converted to a phrase that
# matches what fair-minded becomes after tokenising, in every foreign
# format; hark tag with the result tags it
d="${TMPDIR:-/tmp}/hark-lexicon-split.$$"
mkdir -p "$d"
printf 'FAIRNESS\n\tFAIR-* (1)\n\tFAIR (1)\n' > "$d/split.cat"
printf '+fairness\nfair-*\nfair\n' > "$d/split.lc3"
printf 'fairness:\n  - fair-*\n  - fair\n' > "$d/split.yml"
for f in split.dic "$d/split.cat" "$d/split.lc3" "$d/split.yml"; do
	hark-lexicon convert "$f" > "$d/split.lex" 2>"$d/err" || echo "rc $?"
	sed "s|$d/||" "$d/err"
	grep -e '?' "$d/split.lex"
	hark-lexicon check "$d/split.lex" 2>&1 | grep -v 'warning: ' 
	printf 'id\ttext\n1\tShe is fair-minded about self-harming.\n' |
		hark-tokenise | hark-tag -l "$d/split.lex" | cut -f 3,6
done
rm -rf "$d"
