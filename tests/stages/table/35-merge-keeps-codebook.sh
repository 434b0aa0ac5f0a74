# tag | theme | count (long, in shards) | merge --wide | table, as the
# evidence pack runs it: tagged_with travels through the long counts and
# merge, so the table has the codebook's labels and order.
set -e
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'id\tperson_id\tsite\ttext\n1\tp1\tnorth\tthey listen to me at home\n2\tp2\tnorth\tI feel safe\n3\tp3\tsouth\tnobody will listen\n4\tp4\tsouth\thome is safe\n' |
	hark-tag -l codebook.lex | hark-theme >"$tmp/all"
head -n 3 "$tmp/all" | hark-count --by person_id,site >"$tmp/a"
(head -n 1 "$tmp/all"; tail -n +4 "$tmp/all") | hark-count --by person_id,site >"$tmp/b"
head -n 2 "$tmp/a"
hark-merge "$tmp/a" "$tmp/b" | tail -n 1
hark-merge --wide "$tmp/b" "$tmp/a" |
	hark-table --by site --sdc none --format markdown --columns theme,site,people,with_theme
