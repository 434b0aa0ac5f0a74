# -o writes the lexicon to a file; the provenance names the data and the
# settings, and the data fingerprint does not depend on the path.
f="${TMPDIR:-/tmp}/learn-12.$$.lex"
hark-learn -o "$f" train.tsv && grep -E '^# (data|settings|features):' "$f" | sed 's/^# data: [^,]*,/# data: FILE,/'
hark-learn < train.tsv | grep '^version'
grep '^version' "$f"
rm -f "$f"
