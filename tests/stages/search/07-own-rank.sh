# A record's own rank (a stream searched before, or an export with one) is
# written as record_rank: a header names a column once (two rank columns
# stopped every later stage).
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
printf 'id\ttext\trank\tsnippet\tredactions\n1\tI feel safe\t3\tx\t\n' | hark-index --db "$db" || exit
hark-search --db "$db" safe | cut -f1,3-
hark-search --db "$db" safe | hark-export -f csv >/dev/null && echo "a stream the next stage reads"
