# Repeated messages are capped: 20 of a kind, then one line saying how many
# more; every record is still accounted for (exit 1).
{
	printf 'id\ttext\n'
	i=1
	while [ $i -le 45 ]; do printf '%d\tx\ty\n' $i; i=$((i + 1)); done
	printf '46\tgood\n'
} | hark-normalise
echo "rc=$?"
