# -q, --quiet (every stage, docs/record-format.md "Quiet"): notes are not
# printed; errors, warnings and the summary of rejected records still are.
# Run without and with -q, standard error shown.
# The notes: stale columns dropped, records stemmed as English.
for q in "" -q --quiet; do
	echo "== ${q:-(no option)}"
	printf 'id\ttext\ttokens\ttags\n1\tgoing home\tgoing home\t\n' |
	hark-stem $q 2>&1 >/dev/null; echo "exit $?"
done
