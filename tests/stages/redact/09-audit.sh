# --audit writes what was found where, readable by the owner only.
a=$(mktemp)
hark-redact -q --key key --audit "$a" sample.tsv >/dev/null || echo "exit $?"
cat "$a"
ls -l "$a" | cut -c1-10
rm -f "$a"
