# Appending: new ids go in, ids already in the store are refused (exit 1,
# each named), and with --replace replace the old records, tags and text.
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
{
head -n 3 corpus.tsv | hark-index --db "$db"; echo "rc=$?"
hark-index --db "$db" corpus.tsv; echo "rc=$?"
sqlite3 "$db" "SELECT count(*), sum(_run = 2) FROM records; SELECT count(*) FROM tags;"
sed 's/I feel safe at home/I feel unsafe at school/' corpus.tsv |
	hark-tag -l child-voice-1.0.lex |
	hark-index --db "$db" --replace; echo "rc=$?"
sqlite3 "$db" "SELECT id, text FROM records WHERE id = '1'; SELECT g.code FROM tags g JOIN records r ON r._rid = g.rid WHERE r.id = '1' ORDER BY g.rowid; SELECT count(*) FROM records; SELECT run, records, rejected, replace FROM runs;"
hark-search --db "$db" --count home
hark-search --db "$db" --count school
} 2>&1 | sed "s|$db|DB|g"
