# --percent counts words from the tokens column, which hark tag does not
# write when it tokenises itself: the help says so, and without tokens the
# stage stops naming the way (hark tokenise before hark tag).
hark-theme -h | grep -- '--percent'
printf 'id\ttext\n1\tI feel safe at home\n' | hark-tag -l test.lex |
	hark-theme -p; echo "exit $?"
printf 'id\ttext\n1\tI feel safe at home\n' | hark-tokenise | hark-tag -l test.lex |
	hark-theme -p | cut -f 1,8-
