# round-trip fixture: every part the native format has, with traps
lexicon rt
code safety Feeling safe & sound
	description: whether they feel safe; "quotes" <angles> & ampersands
code safety/safe Feels safe. Really
	description: says they feel safe.  Two spaces kept
	polarity: safety/unsafe
	safe
	feel secure
	sûr
	café <au> "lait" & more
	hark patterns:
	hark polarity: x
code safety/unsafe
	polarity: safety/safe
	scared
	frighten*
	colo?r
code heard/not_heard
	description: an undeclared parent above
	not * listened
	social worker NEAR/2 listen*
	listen* AFTER sw
	ignored NOT AFTER not
	/\bno\s+say\b/
	:crying_face:
	😊
code empty.code-1
