hark-agree --examples 1 --examples-to "${TMPDIR:-/tmp}/agree-ex.$$" a.tsv b.tsv >/dev/null 2>&1
echo "rc $?"
cat "${TMPDIR:-/tmp}/agree-ex.$$"
rm -f "${TMPDIR:-/tmp}/agree-ex.$$"
