#!/usr/bin/env bash
# evidence-pack.sh - the facilitator's job: an export of voice records in,
# one self-contained HTML evidence pack out (to open, print and talk
# through), with the store and the tables it was made from beside it.
#
# usage: evidence-pack.sh [--id COL] [--text COL]... [--person COL]
#            [--by COL] [--lexicon FILE|NAME] [--variants FILE]
#            [--outcomes FILE --key COL [--outcome COL]...]
#            [--redaction-key FILE] [--encoding ENC] [--jobs N]
#            [--title T] INPUT OUTDIR
#
# Inputs:  INPUT      the export (CSV, TSV or JSON Lines, any encoding
#                     hark ingest reads), one record per row
#          --outcomes an outcome table keyed by --key (default: --person)
# Outputs: OUTDIR/voices.db          the store (hark index; docs/store.md)
#          OUTDIR/voices.tsv         the redacted, tagged record stream
#          OUTDIR/people.tsv         theme counts per person (+ outcomes)
#          OUTDIR/table.tsv          themes by --by, disclosure control on
#          OUTDIR/table.md           the same table to read
#          OUTDIR/rejects.tsv        records ingest rejected, with reasons
#          OUTDIR/evidence-pack.html the pack (hark pack; docs/packs.md)
#
# The chain: ingest | normalise | redact | tag | theme, then index (the
# store), count --by PERSON[,BY] | merge --wide | join | table, and pack.
# normalise | redact | tag | theme runs on --jobs blocks of the ingested
# stream with GNU parallel (default: one a core), the blocks put together
# again in order, so every output is byte-identical to --jobs 1.
# The text is always redacted (with --redaction-key, or a random key made
# for this run): a pack is for publication.
set -euo pipefail

. "$(dirname "$0")/common.sh"

title=
while [ $# -gt 0 ]; do
	common_opt "$@"
	[ "$took" -gt 0 ] && { shift "$took"; continue; }
	case "$1" in
	--title) title=${2:?}; shift 2 ;;
	--) shift; break ;;
	-*) echo "evidence-pack.sh: unknown option '$1'" >&2; usage ;;
	*) break ;;
	esac
done
[ $# -eq 2 ] || usage
input=$1 out=$2
common_checks
need=(ingest normalise redact tag theme index count merge table pack export)
[ -n "$outcomes" ] && need+=(join)
need_stages "${need[@]}"
fresh_outputs "$out" table.tsv table.md people.tsv rejects.tsv voices.tsv \
	voices.db voices.db-wal voices.db-shm evidence-pack.html
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
if [ -z "$keyfile" ]; then
	keyfile=$tmp/run.key
	head -c 32 /dev/urandom >"$keyfile"
fi

chain="hark normalise --fix-mojibake | hark redact -q --key $(q "$keyfile")"
chain+=" | hark tag --variants $(q "$variants") -l $(q "$lexicon") | hark theme"
ingest_blocks "$out" "$tmp/blocks"
run_blocks "$chain"
cat_blocks >"$out/voices.tsv"
rm -rf "$tmp/blocks"   # the disk they took is free again

person_or_id "$out/voices.tsv"
rm -f "$out/voices.db" "$out/voices.db-wal" "$out/voices.db-shm"
iargs=(--db "$out/voices.db")
[ -n "$outcomes" ] && iargs+=(--outcomes "$outcomes" --key "${okey:-$person}")
hark index "${iargs[@]}" "$out/voices.tsv"

# Count by person (and cohort: count_keys), then join and tabulate.
count_keys "$out/voices.tsv"
hark count --by "$keys" <"$out/voices.tsv" >"$tmp/long.tsv"
hark merge --wide "$tmp/long.tsv" >"$tmp/people.tsv"
people_and_tables "$tmp/people.tsv" "$out"

pargs=(--db "$out/voices.db" --table "$out/table.tsv" --by "$by"
	--person "$person")
# The records ingest rejected are not in the store: the pack is told.
if rejected=$(rejected_count "$out/rejects.tsv"); then
	pargs+=(--rejected "$rejected")
fi
[ -n "$title" ] && pargs+=(--title "$title")
hark pack "${pargs[@]}" >"$out/evidence-pack.html"
