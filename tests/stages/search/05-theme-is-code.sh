# --theme and --code mean what they mean to kwic: the tags of a code and
# of the codes below it, whatever level the themes column was made at
# (here level 1: a sub-code is not in the themes table, yet matches).
# A name the store's lexicons do not have is an error listing them.
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
hark-index --db "$db" corpus.tsv || exit
{
echo "== --theme safety/safe (a sub-code)"
hark-search --db "$db" --theme safety/safe feel | cut -f1
echo "== --code safety/safe"
hark-search --db "$db" --code safety/safe feel | cut -f1
echo "== kwic --theme safety/safe"
hark-kwic --db "$db" --theme safety/safe | cut -f1,3
echo "== --theme safety"
hark-search --db "$db" --count --theme safety feel
echo "== unknown"
hark-search --db "$db" --theme safty feel; echo "rc=$?"
hark-search --db "$db" --code safety/saf feel; echo "rc=$?"
hark-kwic --db "$db" --theme nothing; echo "rc=$?"
hark-kwic --db "$db" --code safe; echo "rc=$?"
} 2>&1 | sed "s|$db|DB|g"
