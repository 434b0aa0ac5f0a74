lexicon learned
language en
code staff Staff
	description: learned
	intercept: -1
	threshold: 0
	weight: 0.6 friendly
	weight: 0.7 stem:listening
	weight: 1.5 really kind
	weight: -2 rude
code plain Plain
	description: ordinary
	happy
