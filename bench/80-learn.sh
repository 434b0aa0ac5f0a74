# bench/80-learn.sh - hark learn on real data nobody here wrote: the NHS
# Friends and Family Test training file (HARK_NHS_FFT, default
# /work/shared/data/corpora/nhs_fft_v6_train.csv; skipped when absent),
# 5-fold cross-validated, beside the method NHS England's pxtextmining
# published (TF-IDF + one linear SVM per label, bench/learn-sklearn.py)
# on the same folds (bench/learn-data.py).  Targets: learning the whole
# file in under 10 s on one core; tag with the learned lexicon at no less
# than half the speed of tag with child-voice.  Sourced by bench/run.
nhs=${HARK_NHS_FFT:-/work/shared/data/corpora/nhs_fft_v6_train.csv}
if [ -f "$nhs" ]; then
	ld=$dir/learn
	mkdir -p "$ld"
	python3 bench/learn-data.py "$nhs" "$ld" 5
	run "learn NHS FFT ($(($(wc -l <"$ld/all.tsv") - 1)) records)" \
		"$ld/all.tsv" "$BIN/hark-learn" -o "$ld/all.lex"
	for k in 0 1 2 3 4; do
		$one_core "$BIN/hark-learn" -o "$ld/fold-$k.lex" "$ld/train-$k.tsv"
		"$BIN/hark-tag" -l "$ld/fold-$k.lex" "$ld/test-$k.tsv" |
			"$BIN/hark-theme" | awk -F'\t' 'NR == 1 {
				for (i = 1; i <= NF; i++) if ($i == "themes") t = i
				next
			} { print $1 "\t" $t }'
	done | { printf 'id\tthemes\n'; cat; } >"$ld/pred.tsv"
	secs=$(sed -n 's/^# learning took \(.*\) s$/\1/p' "$ld"/fold-*.lex |
		awk '{ s += $1 } END { printf "%.2f", s }')
	"$BIN/hark-agree" "$ld/all.tsv" "$ld/pred.tsv" 2>/dev/null |
		awk -F'\t' -v s="$secs" '$1 == "*micro" { mi = $8 }
		$1 == "*macro" { ma = $8 }
		END { printf "hark learn (svm, lexicon)\tmicro_f1=%s\tmacro_f1=%s\tlearn_s=%s\n", mi, ma, s }'
	/usr/bin/python3 bench/learn-sklearn.py "$ld" 5 ||
		echo "bench: python3-sklearn missing (scripts/deps --bench)" >&2
	echo "(pxtextmining published micro 0.71, macro 0.64 for its SVM on its full data)"
	run "tag learned NHS lexicon" "$tokens" "$BIN/hark-tag" -v "$var" -l "$ld/all.lex"
else
	echo "bench: $nhs not found: learn skipped" >&2
fi
