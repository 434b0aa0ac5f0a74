# concord.lex - negative concord and clause breaks, for 20-concord:
# concord negators close after one another negate once; `not` is not a
# concord word, so `never not` is a double negation; `and` ends a clause.
lexicon concord
language en
negator not
negator don't
negator didn't
negator never
negator nobody
negator no
concord don't
concord didn't
concord never
concord nobody
concord no
break but
break and
code safety Safe
	description: feeling safe
	safe
code help Help
	description: help given
	help
code listen Listened
	description: listened to
	listens
