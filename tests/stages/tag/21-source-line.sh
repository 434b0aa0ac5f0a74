# A stream with source_line (hark ingest --source-line): tag's message about
# a record's spans names the line of the ingested file as well
# (docs/record-format.md, "Messages").  Record 3 starts on line 5 of the CSV.
printf 'id,text\n1,"I feel safe"\n2,"two\nlines"\n3,after\n4,last\n' |
	hark-ingest -q --source-line -f csv | hark-tokenise |
	awk -F '\t' -v OFS='\t' 'NR == 4 { $5 = "0:99" } 1' |
	hark-tag -l ../../../lexicons/child-voice/child-voice.lex >/dev/null
echo "exit $?"
