# bench/12-stem.sh - hark stem (Snowball, with a cache of distinct tokens)
# on the tokenised stream, beside a python3 one-liner doing only a dict
# lookup per token (Debian's python3 has no Snowball module, so this is a
# floor for any python stemmer with a cache, not a stemmer).
# Sourced by bench/run.  Target: 150 MB/s, RSS < 32 MB.
tokens=$dir/$(basename "$stream" .tsv)-tokens.tsv
stale "$tokens" "$stream" "$BIN/hark-tokenise" && "$BIN/hark-tokenise" <"$stream" >"$tokens"
run "stem --lang english" "$tokens" "$BIN/hark-stem" --lang english
run "python3 dict per token" "$tokens" python3 -c '
import sys
h = sys.stdin.readline().rstrip("\n").split("\t")
k = h.index("tokens")
sys.stdout.write("\t".join(h) + "\tstems\n")
d = {}
for line in sys.stdin:
    t = line.rstrip("\n").split("\t")[k].split(" ")
    sys.stdout.write(line.rstrip("\n") + "\t" + " ".join([d.setdefault(x, x) for x in t]) + "\n")
'
