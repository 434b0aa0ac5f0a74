# -q, --quiet (every stage, docs/record-format.md "Quiet"): notes are not
# printed; errors, warnings and the summary of rejected records still are.
# Run without and with -q, standard error shown.
# The note: the summary of findings.
for q in "" -q --quiet; do
	echo "== ${q:-(no option)}"
	printf 'id\ttext\n1\tcall 07700 900123 now\n' |
	hark-redact $q --key ../../../tests/stages/join/test.key 2>&1 >/dev/null; echo "exit $?"
done
