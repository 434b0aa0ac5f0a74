# -q, --quiet (every stage, docs/record-format.md "Quiet"): notes are not
# printed; errors, warnings and the summary of rejected records still are.
# Run without and with -q, standard error shown.
# learn prints no notes: the error (too few records) is printed all the same.
for q in "" -q --quiet; do
	echo "== ${q:-(no option)}"
	printf 'id\ttext\tcodes\n1\tsafe\tsafety\n' |
	hark-learn $q 2>&1 >/dev/null; echo "exit $?"
done
