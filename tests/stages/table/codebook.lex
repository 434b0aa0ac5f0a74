# codebook.lex - a codebook for hark-table's label and order tests: codes
# not in name order, labels with HTML and formula characters.
lexicon table-test
version 1

language en
code voice Being heard & <listened> to
	description: listened to or not
	listen*
code safety Feeling safe
	description: whether they feel safe
	safe
code safety/unsafe Feels unsafe
	description: says they feel unsafe
	scared
code home =Home
	description: where they live
	home
