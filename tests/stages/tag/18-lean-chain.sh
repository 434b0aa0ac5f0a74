# The lean chain: tag makes tokens, spans and stems from text itself, and
# gives the same tags as tokenise | stem | tag.
printf 'id\ttext\tlang\n1\tI dunno if my sw is listening. I do not feel safe 😢\ten\n2\tNobody listens to me but I feel safe\t\n' >in.tmp
v=../../../lexicons/variants/en-GB.tsv
cv=../../../lexicons/child-voice/child-voice.lex
hark-tokenise --variants $v <in.tmp | hark-stem |
	hark-tag -l stem.lex -l $cv | hark-theme >full.tmp
hark-tag --variants $v -l stem.lex -l $cv <in.tmp | hark-theme >lean.tmp
head -n 1 lean.tmp
# same tags and themes, column by column
for c in tags themes themes_negated; do
	a=$(awk -F '\t' -v c=$c 'NR==1{for(i=1;i<=NF;i++)if($i==c)k=i;next}{print $k}' full.tmp)
	b=$(awk -F '\t' -v c=$c 'NR==1{for(i=1;i<=NF;i++)if($i==c)k=i;next}{print $k}' lean.tmp)
	[ "$a" = "$b" ] && echo "$c same: $b" || echo "$c DIFFER: $a / $b"
done
rm -f in.tmp full.tmp lean.tmp
