# A tagged, themed stream in the store: every column, tags with token and
# byte spans (the bytes are what was tagged), themes, the codebook of the
# lexicon named in tagged_with, the runs row, the schema version.
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
hark-index --db "$db" corpus.tsv || exit
{
sqlite3 -header -separator ' | ' "$db" <<'SQL'
PRAGMA user_version;
PRAGMA journal_mode;
SELECT name FROM pragma_table_info('records') ORDER BY cid;
SELECT id, site, tags FROM records ORDER BY _rid;
SELECT r.id, g.code, g.tok_first, g.tok_last, g.byte_start, g.byte_end,
  substr(CAST(r.text AS BLOB), g.byte_start + 1, g.byte_end - g.byte_start)
  AS bytes, g.negated, g.uncertain
  FROM tags g JOIN records r ON r._rid = g.rid ORDER BY g.rid, g.tok_first;
SELECT r.id, m.name, m.count, m.negated FROM themes m
  JOIN records r ON r._rid = m.rid ORDER BY m.rid, m.name;
SELECT name, version, path FROM lexicons;
SELECT code, label, length(description) > 0 AS described,
  patterns LIKE '%safe%' AS has_safe FROM codes WHERE code LIKE 'safety%'
  ORDER BY code;
SELECT run, finished IS NOT NULL AS finished, command, inputs,
  length(stream_fingerprint), lexicons, tokenised_with, redacted,
  allow_unredacted, records, rejected FROM runs;
SQL
} | sed "s|$db|DB|g"
# the secondary indexes (made after the load), and the stream fingerprint:
# BLAKE2b-256 of the record lines, as b2sum says
sqlite3 "$db" "SELECT name FROM sqlite_schema WHERE type = 'index' AND
  name NOT LIKE 'sqlite_%' ORDER BY name"
fp=$(tail -n +2 corpus.tsv | b2sum -l 256 | cut -c1-16)
sqlite3 "$db" "SELECT stream_fingerprint = '$fp' FROM runs"
# FTS5 merges the index's segments 16 at a time
sqlite3 "$db" "SELECT k, v FROM fts_config WHERE k = 'automerge'"
