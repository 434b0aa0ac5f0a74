# p far below 0.001: the stream keeps %.4g for programs, Markdown writes
# <0.001 and rounds odds ratios to two decimals for people.
awk 'BEGIN { print "site\ttheme:safety\tneet"; for (i = 0; i < 400; i++) printf "%s\t%d\t%s\n", i % 2 ? "a" : "b", i < 200, (i < 190 || i >= 390) ? "yes" : "no" }' >/tmp/hark-table-rn-$$.tsv
hark-table --by site --outcome neet --sdc none --columns theme,site,odds_ratio,p,q /tmp/hark-table-rn-$$.tsv
hark-table --by site --outcome neet --sdc none --format markdown --columns theme,site,odds_ratio,or_low,or_high,p,q /tmp/hark-table-rn-$$.tsv
rc=$?
rm -f /tmp/hark-table-rn-$$.tsv
exit $rc
