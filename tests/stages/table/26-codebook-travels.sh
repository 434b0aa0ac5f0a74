# tag | theme | count --wide | table: the codebook named in tagged_with
# travels through count to table, which shows its labels in codebook
# order (voice, safety, home; not by name) - a label column in the
# stream, the labels in place of the names in Markdown.
printf 'id\tperson_id\tsite\ttext\n1\tp1\tnorth\tthey listen to me at home\n2\tp2\tnorth\tI feel safe\n3\tp3\tsouth\tnobody will listen\n4\tp4\tsouth\thome is safe\n5\tp1\tnorth\tscared\n' |
	hark-tag -l codebook.lex | hark-theme | hark-count --by person_id,site --wide >/tmp/hark-table-cb-$$.tsv
cut -f 1,2,7 /tmp/hark-table-cb-$$.tsv | head -n 2
hark-table --by site --sdc none /tmp/hark-table-cb-$$.tsv
hark-table --by site --sdc none --format markdown /tmp/hark-table-cb-$$.tsv
rc=$?
rm -f /tmp/hark-table-cb-$$.tsv
exit $rc
