# bench/66-pack.sh - the facilitator's job on a real export:
# pipeline/evidence-pack.sh on the NHS Friends and Family Test free text
# (10,334 comments, and ten copies of it, 103,340) with
# lexicons/hospital-feedback, when ../shared/data is there (skipped
# otherwise; the data is never copied into the repository); then the
# lexicon's agreement with human coders on its test half
# (bench/hospital-feedback.sh).  Figures: wall time, records/s (records as
# ingest counted them: a comment may span lines), store and pack sizes.
# Sourced by bench/run.
nhs=${HARK_NHS_CSV:-$top/../shared/data/corpora/nhs_fft_phase1_text_data.csv}
if [ -r "$nhs" ]; then
	py=python3
	[ -x /usr/bin/python3 ] && py=/usr/bin/python3
	[ -s "$dir/nhs-x10.csv" ] || $py -c 'import csv, sys
r = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
w = csv.writer(open(sys.argv[2], "w", newline="", encoding="utf-8"))
w.writerow(r[0]); i = r[0].index("row_index"); n = 0
for k in range(10):
    for x in r[1:]:
        x = list(x); x[i] = str(n); n += 1; w.writerow(x)' "$nhs" "$dir/nhs-x10.csv"
	[ -s "$dir/chain.key" ] || printf 'k%.0s' $(seq 32) >"$dir/chain.key"
	for f in "$nhs" "$dir/nhs-x10.csv"; do
		o=$dir/nhs-pack
		rm -rf "$o"
		t0=$(date +%s.%N)
		if PATH=$BIN:$PATH bash "$top/pipeline/evidence-pack.sh" \
		    --id row_index --text feedback --by organization \
		    --redaction-key "$dir/chain.key" \
		    --lexicon "$top/lexicons/hospital-feedback/hospital-feedback.lex" \
		    "$f" "$o" 2>"$o.err"; then
			t1=$(date +%s.%N)
			n=$(sed -n 's/^hark-ingest: \([0-9]*\) records in.*/\1/p' "$o.err")
			awk -v n="$n" -v t0="$t0" -v t1="$t1" \
			    -v db="$(wc -c <"$o/voices.db")" \
			    -v html="$(wc -c <"$o/evidence-pack.html")" 'BEGIN {
				printf "job: evidence-pack.sh, NHS FFT, %d records (all cores): %.1f s, %.0f records/s; store %.1f MB, pack %.0f KB\n",
				    n, t1 - t0, n / (t1 - t0), db / 1e6, html / 1e3 }'
		else
			echo "bench: evidence-pack.sh on $f failed" >&2
			head -n 3 "$o.err" >&2
		fi
	done
	sh "$top/bench/hospital-feedback.sh" test 2>/dev/null |
		awk '/^\*micro/ { printf "lexicon hospital-feedback against human coders (test half): micro precision %s, recall %s, F1 %s, kappa %s\n", $6, $7, $8, $9 }'
else
	echo "bench: no $nhs (the NHS FFT job is skipped)" >&2
fi
