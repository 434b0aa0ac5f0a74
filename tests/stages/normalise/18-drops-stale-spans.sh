# normalise rewrites text, so spans into the old text are dropped (and
# tokens with them), never left pointing at the wrong bytes.
printf 'id\ttext\n1\t  Cafe\314\201   \342\200\234quoted\342\200\235  text\n' |
	hark-tokenise | hark-normalise
