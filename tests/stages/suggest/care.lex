# care.lex - a tiny lexicon for the suggest tests
lexicon care
version 1.0
language en
code safety Feeling safe
	description: feeling safe or unsafe
	safe
code heard Being heard
	description: being listened to
	listen
