# walk.lex - for 22-walk: phrases that share a prefix (a node of the trie
# that accepts and goes on), a lone * inside a phrase, a glob that starts
# a phrase, the three proximity rules (NOT AFTER with no B anywhere in the
# record still tags), and a regular expression beside them.
lexicon walk
language en
negator not
hedge maybe
code wait Wait
	waiting
	waiting list
	waiting list again
	on * waiting list
code listen Listen
	listen*
	listen* to me
code alone Alone
	alone NOT AFTER (friends|family)
code help Help
	help AFTER asked
code worker Worker
	worker NEAR/2 (kind|rude)
code shout Shout
	/a+h+!/
