# Pseudonyms are remembered per run (redact.c pmemo_hex) and the memory is
# forgotten at 65,536 values: a value seen again, before and after that,
# gets the pseudonym it gets alone.
t=${TMPDIR:-/tmp}/memo.$$
{
	printf 'id\ttext\n1\tmail kim@example.org now\n'
	awk 'BEGIN { for (i = 2; i <= 70002; i++)
		printf "%d\tmail k%d@example.org\n", i, i }'
	printf '70003\tmail kim@example.org again\n'
} >"$t.in"
printf 'id\ttext\n1\tmail kim@example.org now\n' >"$t.one"
alone=$(hark-redact -q --key key "$t.one" | tail -n 1 | cut -f2 | grep -o 'EMAIL_[0-9a-f]*')
hark-redact -q --key key "$t.in" | cut -f2 >"$t.out"
first=$(sed -n 2p "$t.out" | grep -o 'EMAIL_[0-9a-f]*')
last=$(tail -n 1 "$t.out" | grep -o 'EMAIL_[0-9a-f]*')
echo "alone: $alone"
[ -n "$alone" ] && [ "$first" = "$alone" ] && echo "first: the same"
[ "$last" = "$alone" ] && echo "after 70,001 other values: the same"
rm -f "$t.in" "$t.one" "$t.out"
