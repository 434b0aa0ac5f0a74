#!/usr/bin/env bash
# standard.sh - the standard hark job: an export of voice records in, a clean
# record stream (and what later stages make of it) out.
#
# Inputs:  $1  voices export (CSV with record_id, person_id, site, source,
#              recorded_on, lang, voice_text, follow_up: corpora-samples/voices.csv)
#          $2  outcomes table (CSV keyed by person_id: corpora-samples/outcomes.csv)
#          HARK_KEY (environment, optional) the redaction key file
# Outputs: $3/voices.tsv    the record stream after every stage below
#          $3/rejects.tsv   records hark-ingest rejected, with line and reason
#          $3/voices.csv    the stream as CSV for Excel (UTF-8 with BOM)
#          $3/people.tsv    theme counts per person joined to the outcomes
#          $3/table.tsv     themes by site with the NEET outcome, disclosure
#          $3/table.md      control applied (TSV for R/pandas, Markdown to read)
#
# Stages run in this order; a stage not built yet is left out (and said so),
# so the job grows as hark does:
# ingest | normalise | redact | tokenise | stem | tag | theme.
# bash, not sh: the job must fail when any stage in a pipe fails (pipefail).
set -euo pipefail

voices=${1:?usage: standard.sh VOICES.csv OUTCOMES.csv OUTDIR}
outcomes=${2:?usage: standard.sh VOICES.csv OUTCOMES.csv OUTDIR}
out=${3:?usage: standard.sh VOICES.csv OUTCOMES.csv OUTDIR}
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
[ -r "$outcomes" ] || { echo "standard.sh: cannot read $outcomes" >&2; exit 2; }

have() { command -v "hark-$1" >/dev/null 2>&1; }
q() { printf '%q' "$1"; }

pipe="hark ingest --id record_id --text voice_text --text follow_up"
pipe+=" --rejects $(q "$out/rejects.tsv") $(q "$voices")"
ran=(ingest)
skipped=()
step() { # STAGE ARGS...
	local s=$1
	shift
	if have "$s"; then
		pipe+=" | hark $s"
		local a
		for a in "$@"; do pipe+=" $(q "$a")"; done
		ran+=("$s")
	else
		skipped+=("$s")
	fi
}
lex=$here/lexicons/child-voice/child-voice.lex
variants=$here/lexicons/variants/en-GB.tsv
step normalise --fix-mojibake
# The redaction key: the same key gives the same pseudonyms across runs and
# files (HARK_KEY names the key file; without it, a random key per run).
if [ -n "${HARK_KEY:-}" ]; then
	step redact --key "$HARK_KEY"
else
	step redact
fi
step tokenise --variants "$variants"
step stem
step tag --variants "$variants" -l "$lex"
step theme -l "$lex"

echo "standard.sh: ${ran[*]}" >&2
[ ${#skipped[@]} -eq 0 ] || echo "standard.sh: not built yet: ${skipped[*]}" >&2
eval "$pipe" >"$out/voices.tsv"
if have export; then
	hark export --format csv --bom <"$out/voices.tsv" >"$out/voices.csv"
fi
# The analyst's step: voice beside outcomes, one row per person.
if have theme && have count && have join && have table; then
	hark count --by person_id --wide <"$out/voices.tsv" |
		hark join --table "$outcomes" --on person_id >"$out/people.tsv"
	hark table --by site --outcome neet <"$out/people.tsv" >"$out/table.tsv"
	hark table --by site --outcome neet --format markdown \
		<"$out/people.tsv" >"$out/table.md"
fi
