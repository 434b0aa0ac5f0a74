# bench/80-learn.sh - hark learn on real data nobody here wrote: the NHS
# Friends and Family Test training file (HARK_NHS_FFT, default
# /work/shared/data/corpora/nhs_fft_v6_train.csv; skipped when absent),
# 5-fold cross-validated, beside the method NHS England's pxtextmining
# published (TF-IDF + one linear SVM per label, bench/learn-sklearn.py, as
# published and tuned as hark learn tunes itself) on the same folds
# (bench/learn-data.py).  Targets: learning the whole file in under 10 s on
# one core; tag with the learned lexicon at no less than half the speed of
# tag with child-voice, both measured here, one after the other, so that
# the ratio holds on a busy machine too.  Sourced by bench/run, after
# bench/50-tag.sh (its $tokens, $cv and $var).
nhs=${HARK_NHS_FFT:-/work/shared/data/corpora/nhs_fft_v6_train.csv}
cv=${cv:-lexicons/child-voice/child-voice.lex}
var=${var:-lexicons/variants/en-GB.tsv}
# The MB/s figure of a benchrun line.
mbs() {
	printf '%s\n' "$1" | sed -n 's/.* \([0-9.][0-9.]*\) MB\/s .*/\1/p'
}
# The faster of two benchrun lines (the second when the first is empty).
faster() {
	if [ -z "$1" ] || awk -v x="$(mbs "$1")" -v y="$(mbs "$2")" \
		'BEGIN { exit !(y + 0 > x + 0) }'; then
		printf '%s\n' "$2"
	else
		printf '%s\n' "$1"
	fi
}
if [ -f "$nhs" ]; then
	ld=$dir/learn
	mkdir -p "$ld"
	python3 bench/learn-data.py "$nhs" "$ld" 5
	n=$(($(wc -l <"$ld/all.tsv") - 1))
	line=$(run "learn NHS FFT ($n records)" "$ld/all.tsv" \
		"$BIN/hark-learn" -o "$ld/all.lex")
	echo "$line"
	printf '%s\n' "$line" | sed -n 's/.* \([0-9][0-9]*\) rec\/s .*/\1/p' |
		awk -v n="$n" -v c="$(sed -n 's/^# learning took \(.*\) s of CPU$/\1/p' "$ld/all.lex")" '$1 > 0 {
		printf "learn the whole file: %.2f s (%.2f s of CPU fitting; target: under 10 s on one core)\n", n / $1, c }'
	for k in 0 1 2 3 4; do
		$one_core "$BIN/hark-learn" -o "$ld/fold-$k.lex" "$ld/train-$k.tsv"
		"$BIN/hark-tag" -l "$ld/fold-$k.lex" "$ld/test-$k.tsv" |
			"$BIN/hark-theme" | awk -F'\t' 'NR == 1 {
				for (i = 1; i <= NF; i++) if ($i == "themes") t = i
				next
			} { print $1 "\t" $t }'
	done | { printf 'id\tthemes\n'; cat; } >"$ld/pred.tsv"
	# learn_s: the CPU seconds spent fitting, summed over the 5 folds
	secs=$(sed -n 's/^# learning took \(.*\) s of CPU$/\1/p' "$ld"/fold-*.lex |
		awk '{ s += $1 } END { printf "%.2f", s }')
	"$BIN/hark-agree" "$ld/all.tsv" "$ld/pred.tsv" 2>/dev/null |
		awk -F'\t' -v s="$secs" '$1 == "*micro" { mi = $8 }
		$1 == "*macro" { ma = $8 }
		END { printf "hark learn (svm, lexicon)\tmicro_f1=%s\tmacro_f1=%s\tlearn_s=%s\n", mi, ma, s }'
	/usr/bin/python3 bench/learn-sklearn.py "$ld" 5 ||
		echo "bench: python3-sklearn missing (scripts/deps --bench)" >&2
	echo "(pxtextmining published micro 0.71, macro 0.64 for its SVM on its full data)"
	# child-voice and the learned lexicon in turn, each figure the best of
	# its turns, so that both meet the same load
	a= b=
	for i in 1 2; do
		l=$(run "tag child-voice (beside learned)" "$tokens" \
			"$BIN/hark-tag" -v "$var" -l "$cv")
		a=$(faster "$a" "$l")
		l=$(run "tag learned NHS lexicon" "$tokens" "$BIN/hark-tag" \
			-v "$var" -l "$ld/all.lex")
		b=$(faster "$b" "$l")
	done
	printf '%s\n%s\n' "$a" "$b"
	printf '%s %s\n' "$(mbs "$a")" "$(mbs "$b")" |
		awk -v n="$(grep -c '^[[:space:]]*weight:' "$ld/all.lex")" '$1 > 0 {
		printf "tag learned / tag child-voice: %.2f of the speed (target: 0.5 or more; %d weighted patterns)\n", $2 / $1, n }'
else
	echo "bench: $nhs not found: learn skipped" >&2
fi
