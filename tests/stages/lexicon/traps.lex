lexicon traps
language en
negator not
code safety
	safe
	/unclosed[/
	fair-*
	safe
code safety/safe Feels safe
	description: ok
	polarity: safety/nothing
	safe
	NEAR/x safe
	* safe
code bad!name
code safety
	description: twice
