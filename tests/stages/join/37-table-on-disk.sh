# A table over the memory budget (HARK_MEMORY; 1 byte puts every row and
# the index of their keys on disk, 1K the rows only) gives the same bytes
# and messages: left, inner and anti joins,
# --unmatched (table keys in the table's order), a multi-line CSV, a
# pseudonymised key, and a duplicate key (found when the index is built,
# with the line of both).
u=/tmp/hark-join-disk-$$
for args in "--table outcomes.csv --on person_id wide.tsv" \
    "--table outcomes.csv --on person_id --how inner --unmatched $u wide.tsv" \
    "--table outcomes.csv --on person_id --how anti wide.tsv" \
    "--table multiline-ok.csv --on person_id wide.tsv" \
    "--table outcomes.csv --on person_id --prefix o_ wide.tsv" \
    "--table dup.csv --on person_id wide.tsv"; do
	eval "hark-join $args" >mem.tmp 2>&1
	echo "rc=$?" >>mem.tmp
	[ -f "$u" ] && mv "$u" umem.tmp
	eval "HARK_MEMORY=1 hark-join $args" >disk.tmp 2>&1
	echo "rc=$?" >>disk.tmp
	[ -f "$u" ] && { cmp umem.tmp "$u" || echo "--unmatched differs"; cat "$u"; rm -f "$u"; }
	cmp mem.tmp disk.tmp >/dev/null && echo "same: ${args%% wide.tsv}" | sed "s|$u|U|" ||
		{ echo "differs"; diff mem.tmp disk.tmp; }
	eval "HARK_MEMORY=1K hark-join $args" >disk.tmp 2>&1
	echo "rc=$?" >>disk.tmp
	[ -f "$u" ] && { cmp umem.tmp "$u" || echo "--unmatched differs (1K)"; rm -f "$u"; }
	cmp mem.tmp disk.tmp >/dev/null || { echo "differs (1K)"; diff mem.tmp disk.tmp; }
	cat disk.tmp
done
rm -f mem.tmp disk.tmp umem.tmp
TMPDIR=/nonexistent HARK_MEMORY=1 hark-join --table outcomes.csv --on person_id wide.tsv
echo "rc=$?"
