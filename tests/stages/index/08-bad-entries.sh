# A bad tags or themes entry is rejected naming the column and the entry,
# as theme names them; the other records load (exit 1).
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
{
printf 'id\ttext\ttokens\tspans\ttags\tthemes\tredactions\n'
printf '1\tI feel safe\ti feel safe\t0:1 2:6 7:11\tsafety@2-2\tsafety=1\t\n'
printf '2\tI feel safe\ti feel safe\t0:1 2:6 7:11\tsafety@5-999\tsafety=1\t\n'
printf '3\tI feel safe\ti feel safe\t0:1 2:6 7:11\tsafety@2-2\tsafety=x\t\n'
} >"${db%/*}/in.tsv"
hark-index -q --db "$db" "${db%/*}/in.tsv" 2>"${db%/*}/err"
s=$?
sed 's|^hark-index: [^:]*:|hark-index: IN:|' "${db%/*}/err"
echo "status $s"
sqlite3 "$db" 'SELECT id FROM records ORDER BY id'
