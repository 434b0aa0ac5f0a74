lexicon bad
code safety Safe
	description: x
	/foo(/
	fair-*
frobnicate
