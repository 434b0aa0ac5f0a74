# -q, --quiet (every stage, docs/record-format.md "Quiet"): notes are not
# printed; errors, warnings and the summary of rejected records still are.
# Run without and with -q, standard error shown.
# agree prints no notes: the warning (records on one side only) is printed
# all the same.
for q in "" -q --quiet; do
	echo "== ${q:-(no option)}"
	hark-agree $q a.tsv b.tsv 2>&1 >/dev/null; echo "exit $?"
done
