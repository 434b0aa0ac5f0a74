# tag folds patterns with the variant map the tokens were made with; a
# different map given with --variants is an error naming both.
printf 'gonna\tgoing to\n' >v1.tmp
printf 'wanna\twant to\n' >v2.tmp
printf 'id\ttext\n1\tI feel safe\n' | hark-tokenise --variants v1.tmp >s.tmp
hark-tag --variants v2.tmp -l test.lex <s.tmp >out.tmp 2>&1
echo "rc=$?"
sed 's/[0-9a-f]\{16\}/FP/g' out.tmp
# without --variants, the map named in tokenised_with is used
hark-tag -l test.lex <s.tmp | cut -f 5,6,7 | sed 's/[0-9a-f]\{16\}/FP/g'
# and a map changed since is an error
printf 'gonna\tgoing to\nsw\tsocial worker\n' >v1.tmp
hark-tag -l test.lex <s.tmp >out.tmp 2>&1
echo "rc=$?"
sed 's/[0-9a-f]\{16\}/FP/g' out.tmp
rm -f v1.tmp v2.tmp s.tmp out.tmp
