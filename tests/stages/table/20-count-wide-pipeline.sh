# Record-level themes, counted per person and read as a table by site.
printf 'id\tperson_id\tsite\tthemes\n' >/tmp/hark-table-$$.tsv
awk 'BEGIN { for (i = 1; i <= 90; i++) printf "r%d\tp%d\t%s\t%s\n", i, i % 45, (i % 45 < 20) ? "north" : "south", (i % 3 == 0) ? "safety=1" : (i % 5 == 0 ? "home=2" : "") }' >>/tmp/hark-table-$$.tsv
hark-count --by person_id,site --wide /tmp/hark-table-$$.tsv | hark-table --by site --sdc none
rc=$?
rm -f /tmp/hark-table-$$.tsv
exit $rc
