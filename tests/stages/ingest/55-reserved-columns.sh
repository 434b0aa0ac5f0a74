# A column of the export under a name a stage writes is the data's own,
# not that stage's work: 'redactions' passed through as the marker that
# the text was redacted (index, kwic and pack then published unredacted
# names), 'themes' (a human coding) was read by count as theme's counts,
# 'tokens' made tag ask for a tokenise never run.  Kept as source_NAME.
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
printf 'id,site,comment,redactions,themes,tokens,pct_staff\n1,A,"Nurse Sarah Jones was rude",0,Staff; Care,manual,3\n' >"$d/base.csv"
(cd "$d" && hark-ingest --id id --text comment base.csv)
echo "rc=$?"
(cd "$d" && hark-ingest -q --id id --text comment base.csv | hark-index --db s.db 2>&1 | head -n 1)
# The rejects file holds records as they were, unredacted: owner only,
# even when a file of wider mode was there before.
printf 'id,t\n1,a\n1,b\n' >"$d/dup.csv"
touch "$d/rej.tsv"; chmod 644 "$d/rej.tsv"
(cd "$d" && hark-ingest -q --text t --rejects rej.tsv dup.csv >/dev/null)
ls -l "$d/rej.tsv" | cut -c1-10
