# -q, --quiet (every stage, docs/record-format.md "Quiet"): notes are not
# printed; errors, warnings and the summary of rejected records still are.
# Run without and with -q, standard error shown.
# count prints no notes: the error (a malformed themes list) is printed
# all the same.
for q in "" -q --quiet; do
	echo "== ${q:-(no option)}"
	printf 'id\tsite\tthemes\n1\ta\tsafety\n' |
	hark-count $q --by site 2>&1 >/dev/null; echo "exit $?"
done
