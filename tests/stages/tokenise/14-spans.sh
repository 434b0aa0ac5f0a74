# Every span points at the bytes of its token in the unescaped text: cut
# them out of the text and print them one per line.
printf 'id\ttext\n1\tCafé “naïve” ＦＵＬＬ 😢 don’t Καλημέρα 東京 sw\n' |
hark-tokenise --variants ../../../lexicons/variants/en-GB.tsv | tail -n +2 |
while IFS="$(printf '\t')" read -r id text tokens spans with; do
	echo "$tokens"
	for s in $spans; do
		a=${s%:*} b=${s#*:}
		printf '%s\n' "$text" | cut -b "$((a + 1))-$b"
	done
done
