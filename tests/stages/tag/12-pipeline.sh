# tokenise | stem | tag with the stem lexicon and the child-voice lexicon
printf 'id\ttext\n1\tI dunno if my sw is listening. I do not feel safe 😢\n2\tNobody listens to me but I feel safe\n' |
	hark-tokenise --variants ../../../lexicons/variants/en-GB.tsv |
	hark-stem --lang en |
	hark-tag --variants ../../../lexicons/variants/en-GB.tsv -l stem.lex \
	    -l ../../../lexicons/child-voice/child-voice.lex | cut -f 1,3,7
