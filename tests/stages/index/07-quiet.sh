# -q, --quiet (every stage, docs/record-format.md "Quiet"): notes are not
# printed; errors, warnings and the summary of rejected records still are.
# Run without and with -q, standard error shown.
# index prints no notes: the error (a malformed record) is printed all the
# same.
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
for q in "" -q --quiet; do
	echo "== ${q:-(no option)}"
	printf 'id\ttext\n1\tbad \\q\n2\tfine\n' |
	hark-index $q --db "$d/q$q.db" --allow-unredacted 2>&1 >/dev/null; echo "exit $?"
done
