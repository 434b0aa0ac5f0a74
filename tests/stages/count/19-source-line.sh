# A stream with source_line: count's message about a record's themes list
# names the line of the ingested file as well (docs/record-format.md,
# "Messages"), for every record it rejects.
printf 'id\tsite\tthemes\tsource_line\n1\ta\tsafety=1\t2\n2\ta\tsafety\t7\n3\tb\thome=x\t12\n' |
	hark-count --by site >/dev/null
echo "exit $?"
