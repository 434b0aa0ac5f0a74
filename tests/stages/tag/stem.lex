lexicon stems
language en
code listening Listening
	description: listened to
	stem:listening
