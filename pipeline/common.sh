# pipeline/common.sh - what the jobs share (sourced by themes-by-cohort.sh
# and evidence-pack.sh, never run): usage and errors, the defaults and
# options every job takes, and the checks before a job starts.
#
# Sets: here, id, person (person_set: given with --person), by, lexicon,
# variants, outcomes, okey, keyfile, jobs, texts (array) and outcols
# (array).

usage() {
	sed -n '/^# usage:/,/^#$/p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
}
die() { echo "${0##*/}: $*" >&2; exit 2; }

# The last command of a pipeline runs in this shell (`hark merge ... |
# people_and_tables - OUT` sets targs for the PROVENANCE).
shopt -s lastpipe

here=$(cd "$(dirname "$0")/.." && pwd)
id=id person=person_id by=site lexicon=$here/lexicons/child-voice/child-voice.lex
variants=$here/lexicons/variants/en-GB.tsv
outcomes= okey= keyfile= person_set=0 encoding=
jobs=$(nproc 2>/dev/null || echo 1)
texts=() outcols=() targs=()

# common_opt "$@": take the first word if it is an option every job has;
# sets took to the number of words used (0: not one of them).
common_opt() {
	took=2
	case "$1" in
	--id) id=${2:?} ;;
	--text) texts+=("${2:?}") ;;
	--person) person=${2:?} person_set=1 ;;
	--by) by=${2:?} ;;
	--lexicon) lexicon=${2:?} ;;
	--variants) variants=${2:?} ;;
	--outcomes) outcomes=${2:?} ;;
	--key) okey=${2:?} ;;
	--outcome) outcols+=("${2:?}") ;;
	--redaction-key) keyfile=${2:?} ;;
	--encoding) encoding=${2:?} ;;
	--jobs) jobs=${2:?} ;;
	-h|--help) usage ;;
	*) took=0 ;;
	esac
}

# common_checks: the inputs can be read, and --text defaults to text.
common_checks() {
	[ ${#texts[@]} -gt 0 ] || texts=(text)
	[ -r "$input" ] || die "cannot read $input"
	[ -z "$outcomes" ] || [ -r "$outcomes" ] || die "cannot read $outcomes"
	[ ${#outcols[@]} -eq 0 ] || [ -n "$outcomes" ] ||
		die "--outcome ${outcols[0]} needs --outcomes FILE (the outcome table it is a column of)"
	[ -z "$keyfile" ] || [ -r "$keyfile" ] || die "cannot read $keyfile"
	# A path must be readable; a bare name (child-voice) is found by the
	# stages on their search path (docs/lexicon-format.md, "Finding a
	# lexicon").
	case $lexicon in
	*/*) [ -r "$lexicon" ] || die "cannot read lexicon $lexicon" ;;
	esac
	case "$jobs" in ''|*[!0-9]*|0) die "bad --jobs '$jobs' (a whole number from 1)" ;; esac
	if [ "$jobs" -gt 1 ] && ! command -v parallel >/dev/null 2>&1; then
		die "--jobs $jobs needs GNU parallel (Debian package parallel)"
	fi
}

# q WORD: WORD quoted for the shell (a chain is one word for parallel).
q() { printf '%q' "$1"; }

# ingest_blocks OUT DIR [ARGS...]: hark ingest of $input (ingest_input:
# its rejects in OUT/rejects.tsv; ARGS to ingest) written in blocks,
# DIR/s.000001 on, each with the header.  ingest names each block on its
# standard output when the block is whole (fd 3 here), so the chains start
# on the first block while ingest reads the rest: no serial ingest before
# them, and GNU parallel passes file names, not the stream.  Sets first
# (the first block: its header says the stream's columns) and ingester;
# a job whose ingest gives no block ends with ingest's status.
#
# Blocks of about HARK_BLOCK_KB KiB (16 MiB), fewer but not smaller than a
# job slot's share of a small input: count holds one block's people, and
# no process grows with the input (docs/scaling.md).  One job slot: one
# block, the chain once over the whole stream (unless HARK_BLOCK_KB is
# set: then blocks one after another).
ingest_blocks() {
	local o=$1 d=$2 size=0 bs rc
	shift 2
	[ -f "$input" ] && size=$(wc -c <"$input")
	bs=$(( ${HARK_BLOCK_KB:-16384} * 1024 ))
	if [ "$jobs" -eq 1 ] && [ -z "${HARK_BLOCK_KB:-}" ]; then
		bs=$(( size + (1 << 30) ))
	elif [ "$size" -gt 0 ] && [ $(( (size + jobs - 1) / jobs )) -lt "$bs" ]; then
		bs=$(( (size + jobs - 1) / jobs ))
	fi
	[ "$bs" -ge 1024 ] || bs=1024
	mkdir -p "$d"
	exec 3< <(ingest_input "$o" --blocks "$d/s." --block-size "$bs" "$@")
	ingester=$!
	if ! IFS= read -r first <&3; then
		# no block: ingest failed and said why
		wait "$ingester" && rc=0 || rc=$?
		[ "$rc" -ne 0 ] || rc=2
		exit "$rc"
	fi
}

# run_blocks CHAIN: the shell pipeline CHAIN on every block ingest_blocks
# writes, on the --jobs slots, each block's output beside it
# (BLOCK.part); then ingest's status (a job fails closed); sets nblocks.
run_blocks() {
	local chain=$1 f
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
	nblocks=$(find "$(dirname "$first")" -name '*.part' | wc -l)
}

# cat_blocks: the blocks' outputs, in the stream's order, as one record
# stream with one header: the same bytes as the chain gives on the whole
# stream, for a chain of stages that each read a record at a time.
cat_blocks() {
	local i d
	d=$(dirname "$first")
	head -n 1 "$first.part"
	for ((i = 1; i <= nblocks; i++)); do
		tail -n +2 "$(printf '%s/s.%06d.part' "$d" "$i")"
	done
}

# blocks_records: the records ingest wrote, in every block.
blocks_records() {
	local d
	d=$(dirname "$first")
	echo $(( $(find "$d" -name 's.*' ! -name '*.part' -exec cat {} + |
		wc -l) - nblocks ))
}

# fresh_outputs OUT FILE...: the outputs an earlier run left in OUT are
# removed before this run writes any, so a run that fails part-way never
# leaves its files beside an earlier run's (a table.md of one run beside
# the people.tsv of another).
fresh_outputs() {
	local o=$1 f
	shift
	mkdir -p "$o"
	for f in "$@"; do rm -f "$o/$f"; done
}

# ingest_input OUT [ARGS...]: hark ingest of $input (with --id, every
# --text, --encoding when given, ARGS) to stdout, its rejects in
# OUT/rejects.tsv.  Rejected records (ingest's exit 1: a row it cannot
# read, a duplicate id) do not end the job: the rest go on, and a note
# says how many were left out and where they are.  Trouble (exit 2) does.
ingest_input() {
	local o=$1 rc=0 n t
	local args=(--id "$id" --rejects "$o/rejects.tsv")
	shift
	for t in "${texts[@]}"; do args+=(--text "$t"); done
	[ -n "$encoding" ] && args+=(--encoding "$encoding")
	hark ingest "$@" "${args[@]}" "$input" || rc=$?
	if [ "$rc" -eq 1 ]; then
		n=$(rejected_count "$o/rejects.tsv") || n=some
		echo "${0##*/}: $n record(s) rejected at ingest, left out of the job: see $o/rejects.tsv (the records as they were, not redacted: readable by you only; keep it out of what you share)" >&2
		rc=0
	fi
	return "$rc"
}

# rejected_count REJECTS: the number of records in ingest's REJECTS file
# (a record stream: a record's text may hold escaped newlines); fails when
# it cannot be read.
rejected_count() {
	local n
	n=$(set -o pipefail; hark export -q -f tsv -c id "$1" 2>/dev/null |
		tail -n +2 | wc -l) || return 1
	echo "$n"
}

# person_or_id STREAM: the person column must be in the stream's header;
# when --person was not given and the default is not there (an export of
# anonymous comments, such as the NHS Friends and Family Test), each record
# counts as one person: person becomes id, and a note says so.
person_or_id() {
	head -n 1 "$1" | tr '\t' '\n' | grep -qx "$person" && return 0
	[ "$person_set" = 0 ] ||
		die "the stream has no column '$person' (--person names the person column)"
	echo "${0##*/}: no column '$person': each record counts as one person (--person names the person column)" >&2
	person=id
}

# count_keys STREAM: sets keys, what to count by: the person, and the
# cohort too when the stream has it and the outcome table does not (join
# never overwrites a column, so a cohort the table has comes from there).
count_keys() {
	keys=$person
	if head -n 1 "$1" | tr '\t' '\n' | grep -qx "$by" &&
	    { [ -z "$outcomes" ] || ! head -n 1 "$outcomes" | tr ',;\t' '\n\n\n' |
	    tr -d '"\r' | grep -qx "$by"; }; then
		keys=$person,$by
	fi
}

# people_and_tables PEOPLE OUT: joins the merged counts PEOPLE (a file,
# or - for standard input: merge piped in, so the two overlap) to the
# outcome table (when there is one) into OUT/people.tsv, and writes
# OUT/table.tsv and OUT/table.md from it.
people_and_tables() {
	local o
	targs=(--by "$by")   # kept for the job's PROVENANCE
	if [ -n "$outcomes" ]; then
		hark join --table "$outcomes" --on "$person=${okey:-$person}" \
			"$1" >"$2/people.tsv"
	else
		cat "$1" >"$2/people.tsv"
	fi
	for o in "${outcols[@]}"; do targs+=(--outcome "$o"); done
	# The file as an argument, so that table's messages name it; the
	# Markdown run reads the same rows and would say the same again, so
	# its messages are shown only when it fails.
	hark table "${targs[@]}" "$2/people.tsv" >"$2/table.tsv"
	if ! o=$(hark table "${targs[@]}" --format markdown "$2/people.tsv" \
	    2>&1 >"$2/table.md"); then
		printf '%s\n' "$o" >&2
		return 1
	fi
}

# need_stages STAGE...: each hark-STAGE is on PATH (a job fails closed).
need_stages() {
	local s
	for s in "$@"; do
		command -v "hark-$s" >/dev/null 2>&1 ||
			die "not found on PATH: hark-$s (run make, and put bin/ on PATH)"
	done
}
