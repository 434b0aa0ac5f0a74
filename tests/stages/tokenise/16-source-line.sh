# A stream with source_line (hark ingest --source-line): a message about a
# record names the line of the ingested file as well (docs/record-format.md,
# "Messages").  Record 3 starts on line 5 of the CSV (record 2 spans two).
printf 'id,text\n1,"fine"\n2,"two\nlines"\n3,after\n4,last\n' |
	hark-ingest -q --source-line -f csv |
	sed '4s/after/af\\qter/' | hark-tokenise -q >/dev/null
echo "exit $?"
# a ragged record (a stray TAB, a lost field): the stray TAB is before
# source_line's place or after it, so the field counted from the start or
# from the end is the line, whichever is a line number ...
printf 'id\ttext\tsource_line\n1\tok\t2\n2\ttoo\tmany\t3\n' | hark-tokenise >/dev/null
echo "exit $?"
printf 'id\ttext\tsource_line\tsite\n1\tok\t2\tnorth\n2\tfine\t4\tnor\tth\n3\tlost\t6\n' | hark-tokenise >/dev/null
echo "exit $?"
# ... and none when both are numbers and differ
printf 'id\ttext\tsource_line\n1\tok\t2\n2\ttoo\t5\t3\n' | hark-tokenise >/dev/null
echo "exit $?"
# a source_line that is not a line number is not named
printf 'id\ttext\tsource_line\n1\tbad \\q\tx\n' | hark-tokenise >/dev/null
echo "exit $?"
# no source_line column: the message is as it always was
printf 'id\ttext\n1\tbad \\q\n' | hark-tokenise >/dev/null
echo "exit $?"
