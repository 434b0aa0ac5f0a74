# A name found nowhere: the message says every place looked in (the
# source tree's lexicons/, found from the program's place, shown as TOP).
top=$(cd ../../.. && pwd)
HARK_LEXICONS=/no/such:/nor/this hark-tag -l no-such-lexicon </dev/null 2>&1 |
	sed "s|$top|TOP|g"
# With '/' in it, a name is a path, used as given.
hark-tag -l ./no-such-lexicon </dev/null 2>&1
# A folder given as a path means FOLDER/FOLDER.lex.
printf 'id\ttext\n1\tsafe\n' | hark-tag -l ../../../lexicons/child-voice | cut -f 4 | sed "s|@[0-9a-f]*$||"
