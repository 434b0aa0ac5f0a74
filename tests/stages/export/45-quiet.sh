# -q, --quiet (every stage, docs/record-format.md "Quiet"): notes are not
# printed; errors, warnings and the summary of rejected records still are.
# Run without and with -q, standard error shown.
# export prints no notes: the error (a malformed record) is printed all the
# same.
for q in "" -q --quiet; do
	echo "== ${q:-(no option)}"
	printf 'id\ttext\n1\tbad \\q\n' | hark-export $q 2>&1 >/dev/null; echo "exit $?"
done
