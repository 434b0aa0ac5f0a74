# An empty JSON Lines file has no object to take the columns from: like an
# empty CSV, a message and exit 1, not an empty output and exit 0 that the
# next stage trips over.
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
: >"$d/empty.jsonl"
(cd "$d" && hark-ingest -f jsonl empty.jsonl); echo "rc=$?"
(cd "$d" && hark-ingest empty.jsonl); echo "rc=$?"
printf '{"id":"1","text":"hi"}\n' >"$d/one.jsonl"
(cd "$d" && hark-ingest one.jsonl empty.jsonl); echo "rc=$?"
