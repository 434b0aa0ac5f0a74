# A stream with source_line (hark ingest --source-line): a message about a
# record names the line of the ingested file as well (docs/record-format.md,
# "Messages").  Record 3 starts on line 5 of the CSV (record 2 spans two).
printf 'id,text\n1,"fine"\n2,"two\nlines"\n3,after\n4,last\n' |
	hark-ingest -q --source-line -f csv |
	sed '4s/after/af\\qter/' | hark-tokenise -q >/dev/null
echo "exit $?"
# a ragged record: its source_line field cannot be trusted, so none is named
printf 'id\ttext\tsource_line\n1\tok\t2\n2\ttoo\tmany\t3\n' | hark-tokenise >/dev/null
echo "exit $?"
# a source_line that is not a line number is not named
printf 'id\ttext\tsource_line\n1\tbad \\q\tx\n' | hark-tokenise >/dev/null
echo "exit $?"
# no source_line column: the message is as it always was
printf 'id\ttext\n1\tbad \\q\n' | hark-tokenise >/dev/null
echo "exit $?"
