# bench/65-job.sh - the analyst's whole job, CSV export in, theme-by-cohort
# table out: pipeline/themes-by-cohort.sh on one core and on all cores,
# beside bench/researcher.py (the same job as a researcher would script it
# with csv, unicodedata, NLTK, PyStemmer and pandas).  Figures are MB/s of
# the CSV.  Then how far the two agree on a sample, record by record.
# Sourced by bench/run.
py=python3
[ -x /usr/bin/python3 ] && py=/usr/bin/python3 # Debian's, with the packages
cv=$top/lexicons/child-voice/child-voice.lex
job="$top/pipeline/themes-by-cohort.sh --id record_id --text voice_text --text follow_up --outcomes $outcomes --outcome neet --redaction-key $dir/chain.key"
[ -s "$dir/chain.key" ] || printf 'k%.0s' $(seq 32) >"$dir/chain.key"
PATH=$BIN:$PATH
export PATH
job1=$(run "job: themes-by-cohort.sh --jobs 1, one core" "$csv" \
	sh -c "bash $job --jobs 1 $csv $dir/job1 2>/dev/null")
echo "$job1"
# The same job as the next line's (the same blocks and slots), held to
# one core: what the second core adds to that job (issue 15's 1.7x).
jobh=$(run "job: themes-by-cohort.sh --jobs $(nproc), held to one core" "$csv" \
	sh -c "bash $job --jobs $(nproc) $csv $dir/jobh 2>/dev/null")
echo "$jobh"
jobn=$("$TOOLS/benchrun" -n "$runs" "job: themes-by-cohort.sh --jobs $(nproc), all cores" \
	"$csv" sh -c "bash $job --jobs $(nproc) $csv $dir/jobn 2>/dev/null") ||
	echo "bench: job failed" >&2
echo "$jobn"
printf '%s\n%s\n%s\n' "$job1" "$jobh" "$jobn" | awk '
	{ for (i = 1; i < NF; i++) if ($(i + 1) == "MB/s") v[NR] = $i }
	END { if (v[1] > 0 && v[2] > 0)
		printf "job on all cores / the same held to one core: %.2fx (target 1.7x); / --jobs 1 on one core: %.2fx\n", v[3] / v[2], v[3] / v[1] }'
# The same work as the script: it does not redact, so neither does this run.
jobnr=$("$TOOLS/benchrun" -n "$runs" "job: the same, --no-redact (as the script)" \
	"$csv" sh -c "bash $job --no-redact --jobs $(nproc) $csv $dir/jobnr 2>/dev/null") ||
	echo "bench: job --no-redact failed" >&2
echo "$jobnr"
if $py -c 'import pandas, Stemmer, nltk' 2>/dev/null; then
	pyjob=$(run "job: python researcher script (one core)" "$csv" $py \
		"$top/bench/researcher.py" "$cv" "$csv" "$outcomes" record_id \
		voice_text,follow_up person_id site neet)
	echo "$pyjob"
	printf '%s\n%s\n%s\n' "$jobn" "$jobnr" "$pyjob" | awk '
		{ for (i = 1; i < NF; i++) if ($(i + 1) == "MB/s") v[NR] = $i }
		END { if (v[3] > 0)
			printf "job / python script: %.1fx with redaction (hark does more), %.1fx like for like (target 5x)\n", v[1] / v[3], v[2] / v[3] }'
	# Agreement on the first 2,000 records: the same themes per record?
	# (records, not lines: a field may hold line breaks)
	$py -c 'import csv, sys
csv.field_size_limit(1 << 30)
w = csv.writer(sys.stdout, lineterminator="\n")
for i, row in enumerate(csv.reader(open(sys.argv[1], newline="", encoding="utf-8-sig"))):
    if i > 2000:
        break
    w.writerow(row)' "$csv" >"$dir/sample.csv"
	$py "$top/bench/researcher.py" --per-record "$cv" "$dir/sample.csv" \
		"$outcomes" record_id voice_text,follow_up person_id site neet |
		sort >"$dir/sample-py.tsv"
	hark ingest -q --id record_id --text voice_text --text follow_up \
		"$dir/sample.csv" | hark normalise | hark tag -l "$cv" |
		hark theme | hark export -f tsv -c id,themes 2>/dev/null |
		tail -n +2 | sort >"$dir/sample-hark.tsv"
	join -t "$(printf '\t')" -a 1 -a 2 -e '' -o 0,1.2,2.2 \
		"$dir/sample-hark.tsv" "$dir/sample-py.tsv" | awk -F '\t' '
		function set(s,   a, n, i, j, t, out) {
			n = split(s, a, " "); out = ""
			for (i = 1; i <= n; i++) sub(/=.*/, "", a[i])
			for (i = 2; i <= n; i++)
				for (j = i; j > 1 && a[j - 1] > a[j]; j--) {
					t = a[j]; a[j] = a[j - 1]; a[j - 1] = t
				}
			for (i = 1; i <= n; i++) out = out " " a[i]
			return out
		}
		{ n++; if (set($2) == set($3)) same++ }
		END { printf "agreement on %d sample records: %.1f%% have the same set of themes in hark and the python script\n(the script has no negation, hedges, variants or regular expressions)\n", n, 100 * same / n }'
else
	echo "bench: python3-pandas, python3-stemmer or python3-nltk missing (scripts/deps --bench)" >&2
fi
