# --replace with records tagged again with another lexicon: a lexicon no
# record's tagged_with names any more leaves the store's lexicons and codes
# tables (suggest would hide the words it covers, pack would list its
# codebook); while some record still names it, it stays.
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
other=../table/codebook.lex
show() {
	sqlite3 "$db" "SELECT name, path FROM lexicons ORDER BY name;
	    SELECT l.name, count(*) FROM codes c JOIN lexicons l
	    ON l.fingerprint = c.lexicon GROUP BY 1 ORDER BY 1;
	    SELECT count(*) FROM codes WHERE lexicon NOT IN
	    (SELECT fingerprint FROM lexicons);"
}
{
hark-index --db "$db" corpus.tsv; echo "rc=$?"
show
echo "== one record tagged again with another lexicon: both stay"
head -n 2 corpus.tsv | hark-tag -l "$other" | hark-index --db "$db" --replace; echo "rc=$?"
show
echo "== every record tagged again: the first lexicon goes"
hark-tag -l "$other" <corpus.tsv | hark-index --db "$db" --replace; echo "rc=$?"
show
echo "== suggest: 'heard' (a child-voice word, not table-test's) is a candidate now"
hark-suggest --db "$db" --min-count 1 | cut -f 1 | grep -x 'heard'
} 2>&1 | sed "s|$db|DB|g"
