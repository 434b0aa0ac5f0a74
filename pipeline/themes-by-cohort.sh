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

redact=1 jobs=$(nproc 2>/dev/null || echo 1)
progress= quiet=
[ -t 2 ] && progress=--progress
while [ $# -gt 0 ]; do
	common_opt "$@"
	[ "$took" -gt 0 ] && { shift "$took"; continue; }
	case "$1" in
	--no-redact) redact=0; shift ;;
	--jobs) jobs=${2:?}; shift 2 ;;
	--progress) progress=--progress; shift ;;
	-q|--quiet) quiet=-q progress=; shift ;;
	--) shift; break ;;
	-*) echo "themes-by-cohort.sh: unknown option '$1'" >&2; usage ;;
	*) break ;;
	esac
done
[ $# -eq 2 ] || usage
input=$1 out=$2
case "$jobs" in ''|*[!0-9]*|0) die "bad --jobs '$jobs' (a whole number from 1)" ;; esac
common_checks
need=(ingest normalise tag theme count merge table)
[ $redact = 1 ] && need+=(redact)
[ -n "$outcomes" ] && need+=(join)
need_stages "${need[@]}"
if [ "$jobs" -gt 1 ] && ! command -v parallel >/dev/null 2>&1; then
	die "--jobs $jobs needs GNU parallel (Debian package parallel)"
fi
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

# ingest writes the stream in blocks and names each on its standard
# output when it is whole, so the chains start on the first block while
# ingest reads the rest (no serial ingest before them, no copy of the
# stream through GNU parallel).  Blocks of about HARK_BLOCK_KB KiB (4 MiB),
# fewer but not smaller than a job slot's share of a small input: count
# holds one block's people, and GNU parallel only passes file names, so
# no process grows with the input (docs/scaling.md).  One job slot: one
# block, the chain once over the whole stream (unless HARK_BLOCK_KB is
# set: then blocks one after another).
size=0
[ -f "$input" ] && size=$(wc -c <"$input")
bs=$(( ${HARK_BLOCK_KB:-4096} * 1024 ))
if [ "$jobs" -eq 1 ] && [ -z "${HARK_BLOCK_KB:-}" ]; then
	bs=$(( size + (1 << 30) ))
elif [ "$size" -gt 0 ] && [ $(( (size + jobs - 1) / jobs )) -lt "$bs" ]; then
	bs=$(( (size + jobs - 1) / jobs ))
fi
[ "$bs" -ge 1024 ] || bs=1024
mkdir "$tmp/blocks"
# shellcheck disable=SC2086
exec 3< <(ingest_input "$out" --blocks "$tmp/blocks/s." --block-size "$bs" \
	$progress $quiet)
ingester=$!
if ! IFS= read -r first <&3; then
	# no block: ingest failed and said why
	wait "$ingester" && rc=0 || rc=$?
	[ "$rc" -ne 0 ] || rc=2
	exit "$rc"
fi

# The chain one block goes through, as one shell word for parallel.
q() { printf '%q' "$1"; }
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

# Each block's counts go to a file of its own beside it.
if [ "$jobs" -eq 1 ]; then
	{ printf '%s\n' "$first"; cat <&3; } | while IFS= read -r f; do
		bash -o pipefail -c "$chain" <"$f" >"$f.part"
	done
else
	{ printf '%s\n' "$first"; cat <&3; } |
		parallel --will-cite --halt now,fail=1 -j "$jobs" \
			"bash -o pipefail -c $(q "$chain") < {} > {}.part"
fi
exec 3<&-
wait "$ingester"
hark merge --wide "$tmp"/blocks/*.part | people_and_tables - "$out"
{
	echo "hark themes-by-cohort job, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
	nb=$(find "$tmp/blocks" -name '*.part' | wc -l)
	echo "input: $input ($(( $(find "$tmp/blocks" -name 's.*' ! -name '*.part' \
		-exec cat {} + | wc -l) - nb )) records ingested)"
	echo "outcomes: ${outcomes:-none}"
	if [ $redact = 1 ]; then echo "redaction: on"; else echo "redaction: OFF (--no-redact)"; fi
	echo "lexicon: $lexicon"
	echo "variants: $variants"
	echo "blocks: $nb (--jobs $jobs), merged with hark merge --wide"
	echo "per block: ${chain//"$tmp"/TMP}"
	[ "$keyfile" = "$tmp/run.key" ] && echo "redaction key: random, for this run only"
	echo "table: hark table ${targs[*]}"
} >"$out/PROVENANCE"
