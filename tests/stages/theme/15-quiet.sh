# -q, --quiet (every stage, docs/record-format.md "Quiet"): notes are not
# printed; errors, warnings and the summary of rejected records still are.
# Run without and with -q, standard error shown.
# theme prints no notes: the error (a malformed tags list) is printed all
# the same.
for q in "" -q --quiet; do
	echo "== ${q:-(no option)}"
	printf 'id\ttags\n1\tnot-an-entry\n' |
	hark-theme $q -l ../../../lexicons/child-voice/child-voice.lex 2>&1 >/dev/null; echo "exit $?"
done
