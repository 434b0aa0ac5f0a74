# normalising twice gives what normalising once gives
for f in 01-mojibake.in 03-bidi-controls.in 06-whitespace.in 07-quotes.in 09-nfc.in; do
	hark-normalise -m --quotes <"$f" 2>/dev/null >once.tmp
	hark-normalise -m --quotes <once.tmp 2>/dev/null >twice.tmp
	cmp -s once.tmp twice.tmp && echo "$f same" || echo "$f differs"
	rm -f once.tmp twice.tmp
done
