# bench/50-tag.sh - hark tag with child-voice, and with 50,000 generated
# patterns more (target: >= 100 MB/s, at most 1.5x slower with the extra
# patterns), beside a python3 set lookup over the same tokens (exact words
# only: no globs, phrases, negation or spans).  Sourced by bench/run.
cv=lexicons/child-voice/child-voice.lex
var=lexicons/variants/en-GB.tsv
tokens=$dir/tokens.tsv
if stale "$tokens" "$stream" "$var" "$BIN/hark-tokenise" "$BIN/hark-stem"; then
	"$BIN/hark-tokenise" --variants "$var" "$stream" |
		"$BIN/hark-stem" --lang en >"$tokens"
fi
if [ ! -s "$dir/gen50k.lex" ]; then
	awk 'BEGIN {
		srand(1); a = "abcdefghijklmnoprstuw"
		print "lexicon gen50k"
		for (c = 0; c < 500; c++) {
			printf "code gen%d Generated\n\tdescription: generated\n", c
			for (i = 0; i < 100; i++) {
				w = ""
				n = 4 + int(rand() * 6)
				for (j = 0; j < n; j++) w = w substr(a, 1 + int(rand() * 21), 1)
				k = rand()
				if (k < 0.6) print "\t" w
				else if (k < 0.8) print "\t" substr(w, 1, 5) "*"
				else print "\t" w " " substr(w, 2)
			}
		}
	}' >"$dir/gen50k.lex"
fi
run "tag child-voice" "$tokens" "$BIN/hark-tag" -v "$var" -l "$cv"
run "tag child-voice + 50k patterns" "$tokens" "$BIN/hark-tag" -v "$var" \
	-l "$cv" -l "$dir/gen50k.lex"
run "python3 set lookup" "$tokens" python3 -c '
import sys
words = set(l.strip() for l in open(sys.argv[1]) if l.startswith("\t") and
    ":" not in l and " " not in l.strip() and "*" not in l)
h = sys.stdin.readline().rstrip("\n").split("\t")
t = h.index("tokens")
sys.stdout.write("\t".join(h + ["tags"]) + "\n")
for line in sys.stdin:
    f = line.rstrip("\n").split("\t")
    tags = [str(i) for i, w in enumerate(f[t].split(" ")) if w in words]
    sys.stdout.write(line.rstrip("\n") + "\t" + " ".join(tags) + "\n")
' "$cv"
