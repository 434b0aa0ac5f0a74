# dead.lex - patterns their own exceptions drop, for 42-check-dead: an
# exception of the code, of a parent or of every code that matches
# wherever the pattern does (the same words, or a run of them) makes the
# pattern dead; one that only overlaps it, or belongs to another code,
# does not.
lexicon dead
language en
except home office
code health Health
	description: physical and mental health
	inclusion: physical and mental health
	exclusion: health visiting (early years)
	except: health visitor
	health
	health visitor
	health visitor home visit
	visitor
code health/mental Mental health
	description: mental health
	inclusion: mental health
	exclusion: none
	health visitor team
	=visitor
code home Home
	description: where they live
	inclusion: where they live
	exclusion: the Home Office
	housing
	home office
	health visitor
