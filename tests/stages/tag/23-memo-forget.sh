# tag remembers each distinct token's lexicon symbols (lib/match.c memo)
# and forgets them all at 262,144 tokens: the same record tags the same
# before and after, with 270,000 other distinct tokens between.
t=${TMPDIR:-/tmp}/memo.$$
{
	printf 'id\ttext\n'
	printf '1\tOn the waiting list, they listened to me. I felt alone.\n'
	awk 'BEGIN { for (i = 0; i < 27000; i++) {
		printf "%d\t", i + 2
		for (j = 0; j < 10; j++)
			printf "w%dx ", i * 10 + j
		printf "waiting\n" } }'
	printf '27002\tOn the waiting list, they listened to me. I felt alone.\n'
} >"$t.in"
hark-tag -l walk.lex "$t.in" | cut -f3 >"$t.out"
sed -n 2p "$t.out"
tail -n 1 "$t.out"
echo "records tagged wait@10-10: $(grep -c '^wait@10-10$' "$t.out")"
rm -f "$t.in" "$t.out"
