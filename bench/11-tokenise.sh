# bench/11-tokenise.sh - hark tokenise (ICU word boundaries, NFKC casefold,
# spans) beside what a researcher would otherwise use: a python3 one-liner
# with re.findall(r"\w+") on the lower-cased text (no spans, no emoji, no
# Unicode folding).  Sourced by bench/run.  Target: 50 MB/s, RSS < 32 MB.
run "tokenise" "$stream" "$BIN/hark-tokenise"
run "tokenise --variants en-GB" "$stream" "$BIN/hark-tokenise" \
	--variants lexicons/variants/en-GB.tsv
run "python3 re.findall" "$stream" python3 -c '
import re, sys
w = sys.stdout.write
f = re.compile(r"\w+").findall
for line in sys.stdin:
    w(line.rstrip("\n") + "\t" + " ".join(f(line.split("\t")[1].lower())) + "\n")
'
