# --code CODE shows the code and its subcodes (CODE/...), and no code that
# merely starts with the same letters: "safety-net", "safety0", "safetyx"
# sort just before, at and after the end of the range "safety/".."safety0".
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
{
printf 'id\ttext\ttags\tredactions\n'
printf '1\tone two three four\tsafety@0-0 safety-net@1-1\t\n'
printf '2\tone two three four\tsafety/safe@2-2 safety0@3-3\t\n'
printf '3\tone two three four\tsafetyx@0-0 safety/a/b@1-1 safet@2-2\t\n'
} | hark-index --db "$db" || exit
hark-kwic --db "$db" --code safety --window 1
hark-search --db "$db" --code safety --count one
hark-kwic --db "$db" --code safety/a --window 1
