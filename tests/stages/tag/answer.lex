# answer.lex - a bare answer to a question, for 24-answer: a negator or
# a hedge that opens the sentence after a `?` and stands alone (up to a
# comma or the end) negates or hedges the question's tags; one that
# begins a longer answer (`nobody asked me`) does not.
lexicon answer
language en
negator no
negator not
negator never
negator nobody
postneg not really
hedge sort of
hedge maybe
break but
code safe Feels safe
	description: feels safe
	safe
code listened Listened to
	description: listened to
	listen
code unsafe Feels unsafe
	description: feels unsafe
	unsafe
