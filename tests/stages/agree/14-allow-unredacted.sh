f="${TMPDIR:-/tmp}/agree-ex.$$"
hark-agree --column codes --allow-unredacted --examples 5 --examples-to "$f" unred.tsv chance-a.tsv
echo "rc $?"
cat "$f"
rm -f "$f"
