# bench/10-normalise.sh - hark normalise (NFC, controls, white space) beside
# what a researcher would otherwise use: a python3 one-liner with
# unicodedata.normalize over each line (NFC only, no clean-up).
# Sourced by bench/run ($BIN, $stream, run).  Target: 150 MB/s, RSS < 32 MB.
run "normalise" "$stream" "$BIN/hark-normalise"
run "normalise --fix-mojibake --quotes" "$stream" "$BIN/hark-normalise" \
	--fix-mojibake --quotes
run "python3 unicodedata NFC" "$stream" python3 -c '
import sys, unicodedata
w = sys.stdout.write
for line in sys.stdin:
    w(unicodedata.normalize("NFC", line))
'
