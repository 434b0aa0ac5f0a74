#!/usr/bin/env bash
# standard.sh - the standard hark job: an export of voice records in, a clean,
# redacted, tagged record stream and a theme-by-cohort table out.
#
# usage: standard.sh [--no-redact] VOICES.csv OUTCOMES.csv OUTDIR
#
# Inputs:  VOICES.csv   voices export (CSV with record_id, person_id, site,
#                       source, recorded_on, lang, voice_text, follow_up:
#                       corpora-samples/voices.csv)
#          OUTCOMES.csv outcomes table keyed by person_id
#                       (corpora-samples/outcomes.csv)
#          HARK_KEY     (environment, optional) the redaction key file
# Outputs: OUTDIR/voices.tsv    the record stream after every stage below
#          OUTDIR/rejects.tsv   records hark-ingest rejected, with reasons
#          OUTDIR/voices.csv    the stream as CSV for Excel (UTF-8 with BOM)
#          OUTDIR/people.tsv    theme counts per person joined to the outcomes
#          OUTDIR/table.tsv     themes by site with the NEET outcome,
#          OUTDIR/table.md      disclosure control applied (TSV and Markdown)
#          OUTDIR/PROVENANCE    how the outputs were made (stages, settings)
#
# The lean chain: ingest | normalise | redact | tag | theme.  tag makes
# tokens and stems from text itself, and theme reads the lexicon tag used
# from the stream, so each setting is named once.  The job fails closed: a
# stage that is not installed is an error, never a silent skip, and the text
# is redacted unless --no-redact is given, which PROVENANCE then records.
# bash, not sh: the job must fail when any stage in a pipe fails (pipefail).
set -euo pipefail

usage() {
	echo "usage: standard.sh [--no-redact] VOICES.csv OUTCOMES.csv OUTDIR" >&2
	exit 2
}
redact=1
if [ "${1:-}" = --no-redact ]; then
	redact=0
	shift
fi
[ $# -eq 3 ] || usage
voices=$1 outcomes=$2 out=$3
here=$(cd "$(dirname "$0")/.." && pwd)
[ -r "$voices" ] || { echo "standard.sh: cannot read $voices" >&2; exit 2; }
[ -r "$outcomes" ] || { echo "standard.sh: cannot read $outcomes" >&2; exit 2; }
stages=(ingest normalise tag theme export count join table)
[ $redact = 1 ] && stages+=(redact)
missing=()
for s in "${stages[@]}"; do
	command -v "hark-$s" >/dev/null 2>&1 || missing+=("hark-$s")
done
if [ ${#missing[@]} -gt 0 ]; then
	echo "standard.sh: not found on PATH: ${missing[*]} (run make, and put bin/ on PATH)" >&2
	exit 2
fi
mkdir -p "$out"

lex=$here/lexicons/child-voice/child-voice.lex
variants=$here/lexicons/variants/en-GB.tsv
key=()
# The redaction key: the same key gives the same pseudonyms across runs and
# files (HARK_KEY names the key file; without it, a random key per run).
[ -n "${HARK_KEY:-}" ] && key=(--key "$HARK_KEY")

{
	echo "hark standard job, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
	echo "input: $voices"
	echo "outcomes: $outcomes"
	if [ $redact = 1 ]; then
		echo "redaction: on (see the redacted_with column)"
		echo "chain: ingest | normalise --fix-mojibake | redact | tag | theme"
	else
		echo "redaction: OFF (--no-redact): the text is NOT redacted"
		echo "chain: ingest | normalise --fix-mojibake | tag | theme"
	fi
	echo "lexicon: $lex"
	echo "variants: $variants"
} >"$out/PROVENANCE"

redact_stage() {
	if [ $redact = 1 ]; then
		hark redact "${key[@]}"
	else
		echo "standard.sh: --no-redact: the text is not redacted" >&2
		cat
	fi
}

hark ingest --id record_id --text voice_text --text follow_up \
	--rejects "$out/rejects.tsv" "$voices" |
	hark normalise --fix-mojibake |
	redact_stage |
	hark tag --variants "$variants" -l "$lex" |
	hark theme >"$out/voices.tsv"
hark export --format csv --bom <"$out/voices.tsv" >"$out/voices.csv"
# The analyst's step: voice beside outcomes, one row per person.
hark count --by person_id --wide <"$out/voices.tsv" |
	hark join --table "$outcomes" --on person_id >"$out/people.tsv"
hark table --by site --outcome neet <"$out/people.tsv" >"$out/table.tsv"
hark table --by site --outcome neet --format markdown \
	<"$out/people.tsv" >"$out/table.md"
