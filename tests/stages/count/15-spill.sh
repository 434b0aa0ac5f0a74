# Past the memory budget (HARK_MEMORY) the tally goes to a temporary file
# in sorted runs, merged at the end: the same bytes, long and wide, with
# keys spread over every run (2,000 records of 300 people, runs of a few
# hundred).
awk 'BEGIN { OFS = "\t"
	n = split("safety home/unsafe school family/support health voice/heard", th, " ")
	print "id", "person_id", "site", "tagged_with", "themes"
	for (i = 1; i <= 2000; i++) {
		k = i * 2654435761 % 1000003
		l = th[k % n + 1] "=" (k % 3 + 1)
		if (k % 4 == 0) l = l " " th[(k + 1 + int(k / 10)) % n + 1] "=1"
		if (th[k % n + 1] == th[(k + 1 + int(k / 10)) % n + 1]) l = th[k % n + 1] "=2"
		print "r" i, "p" (k % 300), "s" (k % 7), "lex@1", (k % 9 == 0 ? "" : l)
	}
}' >spill.tmp
for args in "--by person_id" "--by site,person_id" "--by person_id --wide"; do
	hark-count $args spill.tmp >mem.tmp
	HARK_MEMORY=4K hark-count $args spill.tmp >disk.tmp
	echo "rc=$? $args: $(wc -l <disk.tmp) lines"
	cmp mem.tmp disk.tmp && echo same
	head -n 3 disk.tmp
done
# It did spill: without a folder for the file, it stops.
TMPDIR=/nonexistent HARK_MEMORY=4K hark-count --by person_id spill.tmp
echo "rc=$?"
rm -f spill.tmp mem.tmp disk.tmp
