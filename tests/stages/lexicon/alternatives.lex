# alternatives.lex - for 43-check-alternatives: a '(a|b)' group is read
# as alternatives only on a side of a NEAR rule; inside a plain phrase
# (or an exception) it is a phrase of all its words, which `check` warns
# of.
lexicon alternatives
language en
code worry Worry
	description: worried about someone
	inclusion: Worried about someone.
	exclusion: Worry about money.
	except: worried about (money|bills)
	treat* (you|us) differently
	(worried|anxious) NEAR/3 (mum|dad)
	worried about my mum
