# -q, --quiet (every stage, docs/record-format.md "Quiet"): notes are not
# printed; errors, warnings and the summary of rejected records still are.
# Run without and with -q, standard error shown.
# table prints no notes: the error (a malformed record) and the summary of
# rejected records are printed all the same.
for q in "" -q --quiet; do
	echo "== ${q:-(no option)}"
	printf 'id\tsite\ttheme:safety\n1\ta\n' |
	hark-table $q --by site --sdc none 2>&1 >/dev/null; echo "exit $?"
done
