# A record with no cohort value (an empty site) is a cohort of its own; for
# people (Markdown, HTML) its row is labelled (blank), not left blank; the
# stream and CSV keep the empty value for programs.
rows='person\tsite\ttheme:voice\n1\tnorth\t1\n2\t\t0\n3\t\t1\n4\tnorth\t0\n'
for f in markdown html tsv csv; do
	echo "== $f"
	printf "$rows" | hark-table --sdc none --by site --format $f |
		grep -i 'voice' | grep -v '^<caption'
done
