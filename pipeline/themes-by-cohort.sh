#!/usr/bin/env bash
# themes-by-cohort.sh - the analyst's job: an export of voice records in, a
# theme-by-cohort table out (TSV for R and pandas, Markdown to read), with
# disclosure control applied.  No HTML: that is evidence-pack.sh.
#
# usage: themes-by-cohort.sh [--id COL] [--text COL]... [--person COL]
#            [--by COL] [--lexicon FILE|NAME] [--variants FILE]
#            [--outcomes FILE --key COL [--outcome COL]...]
#            [--redaction-key FILE] [--no-redact] [--jobs N]
#            [--encoding ENC]
#            [--progress | -q] INPUT OUTDIR
#
# Inputs:  INPUT      the export (CSV, TSV or JSON Lines, any encoding
#                     hark ingest reads), one record per row
#          --outcomes an outcome table keyed by --key (default: --person)
# Outputs: OUTDIR/table.tsv   themes by --by with counts, rates, intervals,
#          OUTDIR/table.md    and outcome comparisons (disclosure control on)
#          OUTDIR/people.tsv  theme counts per person, joined to outcomes
#          OUTDIR/rejects.tsv records ingest rejected, with reasons
#          OUTDIR/PROVENANCE  how the outputs were made
#
# Progress (records, MB/s, ETA) shows on stderr while the input is read
# when stderr is a terminal; --progress shows it anyway, -q (--quiet)
# never, and leaves out ingest's summary too.
#
# The chain per block: normalise | redact | tag | theme | count --by PERSON
# (long); GNU parallel runs it on --jobs blocks of the ingested stream and
# `hark merge --wide` sums the blocks, so the result is byte-identical to
# --jobs 1.  Every block is redacted with the same key (--redaction-key, or
# a random key made for this run), so pseudonyms agree across blocks.
set -euo pipefail

. "$(dirname "$0")/common.sh"

redact=1
progress= quiet=
[ -t 2 ] && progress=--progress
while [ $# -gt 0 ]; do
	common_opt "$@"
	[ "$took" -gt 0 ] && { shift "$took"; continue; }
	case "$1" in
	--no-redact) redact=0; shift ;;
	--progress) progress=--progress; shift ;;
	-q|--quiet) quiet=-q progress=; shift ;;
	--) shift; break ;;
	-*) echo "themes-by-cohort.sh: unknown option '$1'" >&2; usage ;;
	*) break ;;
	esac
done
[ $# -eq 2 ] || usage
input=$1 out=$2
common_checks
need=(ingest normalise tag theme count merge table)
[ $redact = 1 ] && need+=(redact)
[ -n "$outcomes" ] && need+=(join)
need_stages "${need[@]}"
fresh_outputs "$out" table.tsv table.md people.tsv rejects.tsv PROVENANCE
tmp=$(mktemp -d)
# A job that fails leaves no table: merge is piped into join and the
# tables, so a merge that fails late would leave tables of part of the
# data (its exit status ends the job; this removes what it wrote).
trap 'rc=$?; rm -rf "$tmp"; [ $rc = 0 ] ||
	rm -f "$out/people.tsv" "$out/table.tsv" "$out/table.md"' EXIT
trap 'exit 2' INT TERM
if [ $redact = 1 ] && [ -z "$keyfile" ]; then
	keyfile=$tmp/run.key
	head -c 32 /dev/urandom >"$keyfile"
fi

# shellcheck disable=SC2086
ingest_blocks "$out" "$tmp/blocks" $progress $quiet

# The chain one block goes through, as one shell word for parallel.
chain="hark normalise $quiet --fix-mojibake"
if [ $redact = 1 ]; then
	chain+=" | hark redact -q --key $(q "$keyfile")"
else
	echo "themes-by-cohort.sh: --no-redact: the text is not redacted" >&2
fi
chain+=" | hark tag --variants $(q "$variants") -l $(q "$lexicon") | hark theme"
# Count by person, and by the cohort too when the stream has it (else the
# cohort comes from the outcome table).
person_or_id "$first"
count_keys "$first"
chain+=" | hark count --by $(q "$keys")"

# The chain on the blocks (run_blocks, common.sh); hark merge --wide sums
# the blocks' counts, piped into join and the tables.
run_blocks "$chain"
hark merge --wide "$tmp"/blocks/*.part | people_and_tables - "$out"
{
	echo "hark themes-by-cohort job, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
	echo "input: $input ($(blocks_records) records ingested)"
	echo "outcomes: ${outcomes:-none}"
	if [ $redact = 1 ]; then echo "redaction: on"; else echo "redaction: OFF (--no-redact)"; fi
	echo "lexicon: $lexicon"
	echo "variants: $variants"
	echo "blocks: $nblocks (--jobs $jobs), merged with hark merge --wide"
	echo "per block: ${chain//"$tmp"/TMP}"
	[ "$keyfile" = "$tmp/run.key" ] && echo "redaction key: random, for this run only"
	echo "table: hark table ${targs[*]}"
} >"$out/PROVENANCE"
