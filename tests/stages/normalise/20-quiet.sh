# -q, --quiet (every stage, docs/record-format.md "Quiet"): notes are not
# printed; errors, warnings and the summary of rejected records still are.
# Run without and with -q, standard error shown.
# The note: stale columns dropped.
for q in "" -q --quiet; do
	echo "== ${q:-(no option)}"
	printf 'id\ttext\ttokens\n1\tcafe\314\201\tcafe\n' |
	hark-normalise $q 2>&1 >/dev/null; echo "exit $?"
done
