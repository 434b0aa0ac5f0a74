# The same lexicon given twice, by name and by path (as scripts that build
# the -l list do), is read once with a note; it was fourteen messages of
# codes "declared twice" at the very line they were first declared, and
# exit 2.  The tags are those of one -l.
t=/tmp/tag-26.$$
printf 'id\ttext\n1\tstaff were kind\n' >$t.tsv
hark-tag -q -l hospital-feedback $t.tsv | cut -f3 >$t.once
hark-tag -l hospital-feedback -l ../../../lexicons/hospital-feedback/hospital-feedback.lex \
    -l hospital-feedback $t.tsv 2>$t.err >$t.twice
echo "rc=$?"
sed 's|\.\./\.\./\.\./lexicons/|REL/lexicons/|g; s|/[^ ]*/lexicons/|TOP/lexicons/|g' $t.err
cut -f3 $t.twice | cmp - $t.once && echo "the same tags"
rm -f $t.*
