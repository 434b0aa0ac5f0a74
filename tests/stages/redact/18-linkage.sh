# Same key file: same pseudonym across files and runs; another key: another.
printf 'id\ttext\n1\tMy sw Grace Okafor rang.\n' > "${TMPDIR:-/tmp}/a.$$"
printf 'id\ttext\n9\tLater Grace Okafor came, then Grace OKAFOR again.\n' > "${TMPDIR:-/tmp}/b.$$"
a=$(hark-redact -q --key key "${TMPDIR:-/tmp}/a.$$" | tail -n 1 | cut -f2)
b=$(hark-redact -q --key key "${TMPDIR:-/tmp}/b.$$" | tail -n 1 | cut -f2)
c=$(hark-redact -q --key key2 "${TMPDIR:-/tmp}/a.$$" | tail -n 1 | cut -f2)
d=$(hark-redact -q "${TMPDIR:-/tmp}/a.$$" | tail -n 1 | cut -f2)
e=$(hark-redact -q "${TMPDIR:-/tmp}/a.$$" | tail -n 1 | cut -f2)
rm -f "${TMPDIR:-/tmp}/a.$$" "${TMPDIR:-/tmp}/b.$$"
echo "$a"
echo "$b"
p=$(echo "$a" | grep -o 'PERSON_[0-9a-f]*')
echo "$b" | grep -q "$p.*$p" && echo "same key, other file: same pseudonym"
echo "$c" | grep -q "$p" || echo "other key: other pseudonym"
[ "$d" != "$e" ] && echo "no key: a fresh key each run"
