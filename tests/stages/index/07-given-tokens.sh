# The index takes a stream's checked tokens as they are instead of cutting
# the text again, when they were made with the root locale's word rules:
# here per record (`lang`), English (root's rules) and Finnish and Swedish
# (ICU's own rules), mixed.  FTS5's integrity-check (rank 1) cuts every text again
# with the store's tokenizer and compares, so it fails if the index holds
# other tokens; so does a --replace, which removes the old tokens.
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
{
printf 'id\ttext\tlang\tredactions\n'
printf '1\tI feel safe at the club:  Tom’s mum said so\ten\t\n'
printf '2\tNobody listens, sanoi hän: EU:n TV:ssä 12:30 ja 3.5 km.\tfi\t\n'
printf '3\tJag är rädd: kl. 12:30 och 3:e plats i EU:s TV:n\tsv\t\n'
printf '4\tcoz im scared and nobody listens 😢\ten_GB\t\n'
printf '5\tno lang here, 5:30 pm\t\t\n'
} >"${db%/*}/in.tsv"
hark-tokenise --variants ../../../lexicons/variants/en-GB.tsv \
	"${db%/*}/in.tsv" >"${db%/*}/tok.tsv" || exit
hark-index --db "$db" "${db%/*}/tok.tsv" || exit
ext=$(command -v hark-index)
ext=${ext%/*}/hark_fts5
sqlite3 -cmd ".load $ext" "$db" "INSERT INTO fts(fts, rank) VALUES ('integrity-check', 1); PRAGMA integrity_check"
hark-search --db "$db" --count 'eu OR tv OR because OR rädd'
hark-index --db "$db" --replace "${db%/*}/tok.tsv" || exit
sqlite3 -cmd ".load $ext" "$db" "INSERT INTO fts(fts, rank) VALUES ('integrity-check', 1); SELECT count(*) FROM records"
hark-search --db "$db" --count 'eu OR tv OR because OR rädd'
