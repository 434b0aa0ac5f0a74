# Keys on only one side go to --unmatched, stream side first.
u=/tmp/hark-join-unmatched-$$
hark-join --table outcomes.csv --on person_id --how inner --unmatched "$u" wide.tsv >/dev/null
rc=$?
cat "$u"
rm -f "$u"
exit $rc
