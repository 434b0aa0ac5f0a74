# -q, --quiet (every stage, docs/record-format.md "Quiet"): notes are not
# printed; errors, warnings and the summary of rejected records still are.
# Run without and with -q, standard error shown.
# The note: stale columns dropped.  The error (a record whose spans do not
# match its tokens) is printed all the same.
for q in "" -q --quiet; do
	echo "== ${q:-(no option)}"
	printf 'id\ttext\ttokens\tspans\tthemes\n1\tI feel safe\ti feel safe\t0:1 2:6 7:11\t\n2\tbad\tbad\t0:9\t\n' |
	hark-tag $q -l ../../../lexicons/child-voice/child-voice.lex 2>&1 >/dev/null; echo "exit $?"
done
