# A column named twice by --text (any case) would be the voice twice:
# every mention counted twice.  Refused before anything is written, as is
# --id given twice with two columns (the same column twice is the same).
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
printf 'ref,comment,site\n1,staff were kind,A\n' >"$d/a.csv"
(cd "$d" && hark-ingest --id ref --text comment --text Comment a.csv)
echo "rc=$?"
(cd "$d" && hark-ingest --id ref --id site --text comment a.csv)
echo "rc=$?"
(cd "$d" && hark-ingest -q --id ref --id ref --text comment a.csv)
echo "rc=$?"
