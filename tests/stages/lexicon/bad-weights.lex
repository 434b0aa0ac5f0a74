code a A
	description: bad weights
	intercept: lots
	weight: 0.5
	weight: x word
	weight: 1 fair*
	weight: 1 stem:two words
	plain pattern
