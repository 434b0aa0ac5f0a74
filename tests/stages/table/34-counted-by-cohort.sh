# count --by site --wide writes one row per site (every record of it, theme
# columns holding mentions): table must not take each row for one person
# (every cell 1, suppressed, exit 0) but refuse and say what to pipe.
printf 'id\tperson_id\tsite\tthemes\n1\tp1\tnorth\tsafety=2\n2\tp2\tnorth\t\n3\tp3\tsouth\thome=1\n4\tp3\tsouth\tsafety=1 home=1\n' >/tmp/hark-table-cc-$$.tsv
hark-count --by site --wide /tmp/hark-table-cc-$$.tsv | hark-table --by site --sdc none
echo "rc=$?"
# a person-level count of the same records is read as before
hark-count --by person_id,site --wide /tmp/hark-table-cc-$$.tsv | hark-table --by site --sdc none
rc=$?
rm -f /tmp/hark-table-cc-$$.tsv
exit $rc
