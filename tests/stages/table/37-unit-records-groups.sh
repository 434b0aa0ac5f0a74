# --unit records takes each row for one record: rows that sum many records
# (counts by cohort and code) were counted as one each, so a trust of
# 2,625 records had 44 "records".  Refused; rows of one record pass.
printf 'organization\tcode\trecords\ttheme:staff\nTrust A\tx\t44\t3\n' |
    hark-table --by organization --unit records
echo "rc=$?"
printf 'id\torganization\trecords\ttheme:staff\n1\tTrust A\t1\t1\n2\tTrust A\t1\t0\n3\tTrust A\t0\t0\n' |
    hark-table --by organization --unit records --sdc none | cut -f1-4
echo "rc=$?"
# A cohort named Total is the label of the table's total row: refused
# (the pack showed that cohort's figures as all cohorts').
printf 'id\tsite\trecords\ttheme:staff\n1\tTotal\t1\t1\n2\tA\t1\t0\n' |
    hark-table --by site --unit records
echo "rc=$?"
# Counts made with two lexicons (two people.tsv files joined with cat)
# are refused, as merge refuses them; they were added up silently.
printf 'id\tsite\trecords\ttheme:staff\ttagged_with\n1\tA\t1\t1\tlexicons=a@1\n2\tA\t1\t0\tlexicons=b@2\n' |
    hark-table --by site --unit records
echo "rc=$?"
# Records with an empty person id, summed by count into one row, are not
# one person: left out of the people counted, with a note saying how to
# count them (by record).
printf 'person_id\tsite\trecords\ttheme:staff\n\tA\t875\t419\nP1\tA\t2\t1\nP2\tA\t1\t0\n' |
    hark-table --by site --sdc none | cut -f1-5
echo "rc=$?"
