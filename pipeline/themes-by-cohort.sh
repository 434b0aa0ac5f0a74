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

# shellcheck disable=SC2086
ingest_input "$out" $progress $quiet >"$tmp/stream.tsv"

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
person_or_id "$tmp/stream.tsv"
count_keys "$tmp/stream.tsv"
chain+=" | hark count --by $(q "$keys")"

# Blocks of at most about HARK_BLOCK_KB KiB (4 MiB), the same number for
# every job slot: count holds one block's people, and GNU parallel (Perl)
# about 20 MiB and two blocks (27 MiB in all with 4 MiB blocks, 51 MiB
# with 16 MiB ones, as fast), so no process grows with the input
# (docs/scaling.md); one slot without GNU parallel runs the chain on the
# whole stream.
size=$(wc -c <"$tmp/stream.tsv")
per=$(( ${HARK_BLOCK_KB:-4096} * 1024 * jobs ))
nper=$(( (size + per - 1) / per ))
[ "$nper" -ge 1 ] || nper=1
if [ "$jobs" -eq 1 ] && { [ "$nper" -eq 1 ] || ! command -v parallel >/dev/null 2>&1; }; then
	bash -o pipefail -c "$chain" <"$tmp/stream.tsv" >"$tmp/part.1"
else
	# --pipe-part splits the file itself (no copy through parallel);
	# every block gets the header; each block's counts go to a file of
	# its own (--block -N: N blocks per job slot).
	parallel --will-cite --halt now,fail=1 --pipe-part -a "$tmp/stream.tsv" \
		--header 1 --block -"$nper" -j "$jobs" \
		"bash -o pipefail -c $(q "$chain") > $(q "$tmp")/part.{#}"
fi
hark merge --wide "$tmp"/part.* | people_and_tables - "$out"
{
	echo "hark themes-by-cohort job, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
	echo "input: $input ($(($(wc -l <"$tmp/stream.tsv") - 1)) records ingested)"
	echo "outcomes: ${outcomes:-none}"
	if [ $redact = 1 ]; then echo "redaction: on"; else echo "redaction: OFF (--no-redact)"; fi
	echo "lexicon: $lexicon"
	echo "variants: $variants"
	echo "blocks: $(ls "$tmp"/part.* | wc -l) (--jobs $jobs), merged with hark merge --wide"
	echo "per block: ${chain//"$tmp"/TMP}"
	[ "$keyfile" = "$tmp/run.key" ] && echo "redaction key: random, for this run only"
	echo "table: hark table ${targs[*]}"
} >"$out/PROVENANCE"
