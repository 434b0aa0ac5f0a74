# theme needs no -l after tag: tagged_with names the lexicon and its
# fingerprint.  -l naming another lexicon is an error naming both; a
# lexicon changed since tag ran is an error too.
printf 'id\ttext\n1\tI do not feel safe at home\n' | hark-tag -l test.lex >s.tmp
hark-theme <s.tmp | cut -f 1,6,7
cp test.lex other.tmp
printf 'code extra Extra\n\tdescription: x\n\textra\n' >>other.tmp
hark-theme -l other.tmp <s.tmp 2>&1 | sed 's/[0-9a-f]\{16\}/FP/g'
hark-theme -l test.lex <s.tmp | cut -f 6
sed 's/test.lex@/other.tmp@/' s.tmp >s2.tmp
hark-theme <s2.tmp 2>&1 | sed 's/[0-9a-f]\{16\}/FP/g'
rm -f s.tmp s2.tmp other.tmp
