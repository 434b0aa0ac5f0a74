# The analyst's standard pipeline, exactly as written in the issue (with
# record-level themes made by hand, as the theme stage would).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 2
awk 'BEGIN {
	print "id\tperson_id\tthemes"
	for (i = 1; i <= 400; i++)
		printf "r%d\tp%d\t%s\n", i, i % 120, (i % 3 == 0) ? "safety=1 home=1" : (i % 7 == 0 ? "home=2" : "")
}' >voices.tsv
awk 'BEGIN {
	print "person_id,site,cohort,age_band,care_leaver,neet,suitable_accommodation,good_level_of_development"
	for (i = 0; i < 120; i++)
		printf "p%d,%s,2024,18-21,yes,%s,yes,\r\n", i, (i % 2) ? "north" : "south", (i % 5 < 2) ? "yes" : ((i % 11 == 0) ? "" : "no")
}' >outcomes.csv
cat voices.tsv | hark count --by person_id --wide | hark join --table outcomes.csv --on person_id | hark table --by site --outcome neet
