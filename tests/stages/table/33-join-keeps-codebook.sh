# tag | theme | count --wide | join | table: join keeps tagged_with, so the
# table still has the codebook's labels and order.
printf 'person_id,neet\np1,yes\np2,no\np3,yes\np4,no\n' >/tmp/hark-table-jo-$$.csv
printf 'id\tperson_id\tsite\ttext\n1\tp1\tnorth\tthey listen to me at home\n2\tp2\tnorth\tI feel safe\n3\tp3\tsouth\tnobody will listen\n4\tp4\tsouth\thome is safe\n' |
	hark-tag -l codebook.lex | hark-theme | hark-count --by person_id,site --wide |
	hark-join --table /tmp/hark-table-jo-$$.csv --on person_id 2>/dev/null |
	hark-table --by site --outcome neet --sdc none --format markdown --columns theme,site,people,rate_with,rate_without
rc=$?
rm -f /tmp/hark-table-jo-$$.csv
exit $rc
