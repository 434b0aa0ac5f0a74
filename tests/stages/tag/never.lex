# never.lex - a real dictionary's trap: `fair-*` can never match, since
# tokenise splits `fair-minded` into `fair` `minded`
lexicon never

code fairness Fairness
	description: fair treatment
	fair
	fair-*
	just
