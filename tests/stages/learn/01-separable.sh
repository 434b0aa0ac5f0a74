# Learn on a separable set; the strongest weights of each code are its own
# words, the lexicon checks clean, and applied with tag and theme it gives
# back the human coding (agree: F1 1 for both codes).
f="${TMPDIR:-/tmp}/learn-01.$$.lex"
hark-learn train.tsv >"$f" || echo "learn failed"
awk '/^code /{c=$2; n=0} /^\tweight:/{ if (n++ < 4) print c, ($2 > 0 ? "+" : "-"), $3 }' "$f" | sort
hark-lexicon check "$f" && echo "check ok"
hark-tag -l "$f" train.tsv | hark-theme >"$f.themed"
cut -f1,4 "$f.themed" | sed -n '1,3p'
hark-agree train.tsv "$f.themed" | cut -f1,2,3,4,5,8
rm -f "$f" "$f.themed"
