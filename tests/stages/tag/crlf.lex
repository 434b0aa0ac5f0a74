# CRLF line ends (Windows)
lexicon crlf

language en
negator not

code safety Feeling safe
	description: says they feel safe
	safe
	feel secure
code home Home
	description: where they live
	home
