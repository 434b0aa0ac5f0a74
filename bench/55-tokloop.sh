# bench/55-tokloop.sh - hark's token path per core beside the least a C
# program must do for it (bench/tokloop.c: ICU NFC, ICU word breaks,
# case folding, cached Snowball stems, a hash lookup per token; built here,
# not installed).  The token path is `normalise | tag` on the ingested
# stream, both held to one core: tag makes tokens, spans and stems itself
# and applies the lexicon's rules besides.  Target: at least 0.67 of the
# loop.  Sourced by bench/run.
cv=$top/lexicons/child-voice/child-voice.lex
var=$top/lexicons/variants/en-GB.tsv
# shellcheck disable=SC2046
if ${CC:-cc} -std=c11 -O2 -Wall -Wextra -D_DEFAULT_SOURCE \
    -D_POSIX_C_SOURCE=200809L -o "$dir/tokloop" "$top/bench/tokloop.c" \
    $(pkg-config --cflags --libs icu-uc) -lstemmer 2>"$dir/tokloop.log"; then
	loop=$(run "C loop: ICU NFC+breaks, stems, hash" "$stream" \
		"$dir/tokloop" "$cv")
	path=$(run "token path: normalise | tag" "$stream" bash -o pipefail \
		-c "$BIN/hark-normalise | $BIN/hark-tag -v $var -l $cv")
	printf '%s\n%s\n' "$loop" "$path"
	printf '%s\n%s\n' "$loop" "$path" | awk '
		{ for (i = 1; i < NF; i++) {
			if ($(i + 1) == "MB/s") v[NR] = $i
			if ($(i + 1) == "s" && $(i + 2) == "cpu") c[NR] = $i } }
		END { if (v[1] > 0 && c[2] > 0)
			printf "token path per core / C loop: %.2f by wall clock, %.2f by CPU time (target 0.67)\n", v[2] / v[1], c[1] / c[2] }'
else
	echo "bench: cannot build bench/tokloop.c (see $dir/tokloop.log)" >&2
fi
