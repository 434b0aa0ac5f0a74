# --format text: the left context right-aligned in display columns, so
# rows with CJK and emoji (two columns each) line up with the others.
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
printf 'id\ttext\tredactions\n1\tI really feel safe here\t\n2\t我觉得很安全 😢😢 safe now\t\n3\tsafe at the start\t\n4\tcafé naïve people say safe\t\n' |
	hark-index --db "$db" || exit
hark-kwic --db "$db" --format text -w 3 safe
