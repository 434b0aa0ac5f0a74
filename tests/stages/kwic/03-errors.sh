# Usage mistakes and unredacted stores: one line each; with
# --allow-unredacted every output says so.
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
{
hark-kwic --db "$db" safe; echo "rc=$?"
printf 'id\ttext\n1\tI feel safe\n' | hark-index --db "$db" --allow-unredacted
hark-kwic --db "$db" safe; echo "rc=$?"
hark-kwic --db "$db" --code safety safe; echo "rc=$?"
hark-kwic --db "$db"; echo "rc=$?"
hark-kwic --db "$db" --window x safe; echo "rc=$?"
hark-kwic --db "$db" --allow-unredacted '"safe'; echo "rc=$?"
hark-kwic --db "$db" --allow-unredacted "don't"; echo "rc=$?"
hark-kwic --db "$db" --allow-unredacted -- "-safe"; echo "rc=$?"
hark-kwic --db "$db" --allow-unredacted safe; echo "rc=$?"
hark-kwic --db "$db" --allow-unredacted --format text safe; echo "rc=$?"
} 2>&1 | sed "s|$db|DB|g"
