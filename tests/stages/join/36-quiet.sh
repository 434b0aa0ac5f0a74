# -q, --quiet (every stage, docs/record-format.md "Quiet"): notes are not
# printed; errors, warnings and the summary of rejected records still are.
# Run without and with -q, standard error shown.
# The note: records matched.  The warning (table rows with an empty key,
# left out) is printed all the same.
for q in "" -q --quiet; do
	echo "== ${q:-(no option)}"
	hark-join $q --table empty-key.csv --on person_id wide.tsv 2>&1 >/dev/null
	echo "exit $?"
done
