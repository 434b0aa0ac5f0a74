# --by site: keyness of each candidate in each cohort against the rest,
# sorted by G².  By hand for "social" in South: a = 4 of n1 = 34 tokens,
# b = 0 of n2 = 20; E1 = 34 x 4 / 54 = 2.5185, so
# G² = 2 x 4 x ln(4 / 2.5185) = 3.70, over.  For "bus" in North: a = 3 of
# 20, b = 2 of 34; E1 = 20 x 5 / 54 = 1.8519, E2 = 3.1481, so
# G² = 2 (3 ln(3 / 1.8519) + 2 ln(2 / 3.1481)) = 1.08, over.
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
hark-tag -l care.lex corpus.tsv | hark-index --db "$db" || exit
hark-suggest --db "$db" --by site
echo "== hand check"
awk 'BEGIN { e1 = 20 * 5 / 54; e2 = 34 * 5 / 54;
	printf "%.2f %.2f\n", 2 * 4 * log(4 / (34 * 4 / 54)),
	    2 * (3 * log(3 / e1) + 2 * log(2 / e2)) }'
echo "== --limit 4 --format lexicon (over only)"
hark-suggest --db "$db" --by site --limit 4 --format lexicon
