# ellipsis.lex - a contrast that leaves its predicate out, for
# 25-ellipsis: `but not` with words after it and no polar tag of its own
# in its clause denies the last polar match before it; a clause that
# says its own, or nothing after the ellipsis, or no polar match before
# it, adds nothing.
lexicon ellipsis
language en
negator not
negator never
negator nobody
break but
break because
ellipsis but not
ellipsis but never
code safe Feels safe
	description: feels safe
	polarity: unsafe
	safe
code unsafe Feels unsafe
	description: feels unsafe
	polarity: safe
	scared
code school School
	description: school
	school
