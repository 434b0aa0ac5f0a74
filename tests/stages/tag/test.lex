# test.lex - small lexicon for the tag and theme golden tests
lexicon test
version 1
window 3

language en
negator not
negator don't
negator never
negator nobody
negator no longer
hedge maybe
hedge not sure
break but

language fr
negator pas

code safety Feeling safe
	description: whether they feel safe
code safety/safe Feels safe
	description: says they feel safe
	polarity: safety/unsafe
	safe
	feel secure
	sûr
code safety/unsafe Feels unsafe
	description: says they feel unsafe
	polarity: safety/safe
	scared
	frighten*
code heard Being heard
	description: listened to or not
	listen*
	listened to
	social worker NEAR/2 listen*
	/\bno\s+say\b/
code feelings Feelings
	description: emotion words and emoji
	:crying_face:
	😊
	happy
	sad
	secure
code home Home
	description: where they live
	home
	foster home
	not * home
	stay AFTER foster
	move NOT AFTER want
