lexicon phrases
language en
code wait Waiting
	description: hand-weighted phrases
	intercept: -1
	threshold: 0
	weight: 0.5 waited
	weight: 0.4 waited
	weight: 1.2 waited too long
	weight: 0.3 stem:wait
	weight: -0.2 long
code long Long
	description: the same word, another code
	intercept: -0.5
	threshold: 0
	weight: 0.6 long
	weight: 0.2 stem:wait
