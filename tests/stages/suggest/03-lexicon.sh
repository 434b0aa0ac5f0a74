# --format lexicon: commented candidates under `code CANDIDATES`, which
# `hark lexicon check` accepts as it is.
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
hark-tag -l care.lex corpus.tsv | hark-index --db "$db" || exit
hark-suggest --db "$db" --format lexicon --limit 3 | tee "${db%/*}/c.lex"
hark-lexicon check "${db%/*}/c.lex" 2>&1; echo "rc=$?"
