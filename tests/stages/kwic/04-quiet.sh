# -q, --quiet (every stage, docs/record-format.md "Quiet"): notes are not
# printed; errors, warnings and the summary of rejected records still are.
# Run without and with -q, standard error shown.
# kwic prints no notes: the warning (an unredacted store) is printed all
# the same.
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit
printf 'id\ttext\n1\tI feel safe\n2\tsafe at home\n' |
	hark-index --db s.db --allow-unredacted || exit
for q in "" -q --quiet; do
	echo "== ${q:-(no option)}"
	hark-kwic $q --db s.db --allow-unredacted safe 2>&1 >/dev/null; echo "exit $?"
done
