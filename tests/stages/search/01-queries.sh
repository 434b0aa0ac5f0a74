# FTS5 syntax through hark's tokenizer: terms, phrases, prefix, NEAR,
# AND/OR/NOT, case folding, emoji and CJK; filters; --count.
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
hark-index --db "$db" corpus.tsv || exit
q() { echo "== $*"; hark-search --db "$db" "$@" | cut -f1,3; }
q safe
q '"feel safe"'
q 'list*'
q 'NEAR(feel listens, 4)'
q 'NEAR(feel listens, 5)'
q 'feel NOT safe'
q 'heard OR bus'
q 'SAFE'
q '"😢"'
q '"安全"'
q '"觉得"'
q 'بالامان'
q --theme heard feel
q --code safety feel
q --code safety/safe feel
q --where site=North feel
q --where site=North --where site=South feel
echo "== --count"
hark-search --db "$db" --count feel
hark-search --db "$db" --count --theme education feel
