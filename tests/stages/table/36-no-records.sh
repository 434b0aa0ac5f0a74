# No theme columns, said for what it is: counts with no rows (an export
# with none, a month without feedback: it said to run hark count --wide,
# which had been run), counts whose records had no theme, another file.
printf 'person_id\tsite\trecords\ttagged_with\n' | hark-table --by site
echo "rc=$?"
printf 'person_id\tsite\trecords\ttagged_with\nP1\tA\t2\tlexicons=x\n' | hark-table --by site
echo "rc=$?"
printf 'person_id\tsite\nP1\tA\n' | hark-table --by site
echo "rc=$?"
