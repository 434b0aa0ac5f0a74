# -l NAME: found as NAME.lex or NAME/NAME.lex in the folders of
# $HARK_LEXICONS (a folder that does not exist is passed over), in order;
# the path found is what tagged_with records, and theme reloads it.
HARK_LEXICONS=./no-such-folder:.:../../../lexicons
export HARK_LEXICONS
cut -f 1,2,4,5 <01-words.in | head -n 3 | hark-tag -l test | cut -f 5,6
printf 'id\ttext\n1\tEveryone listened and I was asked what I wanted\n' |
	hark-tag -l core-practices | hark-theme | cut -f 4-
# theme -l and lexicon check take names too.
printf 'id\ttext\n1\tEveryone listened and I was asked what I wanted\n' |
	hark-tag -l core-practices | hark-theme -l core-practices | cut -f 6
hark-lexicon check test 2>&1 | head -n 2
