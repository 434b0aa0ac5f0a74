# With the id check's memory over its budget (HARK_MEMORY, here 1 KiB:
# runs of 11 ids), the ids go to a temporary file in sorted runs: a
# duplicate within a run is rejected as it comes (R40), one across runs is
# found when the runs merge at the end, after both records were written,
# and is reported with both lines (R3, R25); exit status 1 either way.
HARK_MEMORY=1K hark-ingest many-ids.csv | cut -f 1 | sort | uniq -d
HARK_MEMORY=1K hark-ingest many-ids.csv >/dev/null 2>&1
echo "rc=$?"
# Within the budget: every duplicate is rejected as it comes.
hark-ingest many-ids.csv | cut -f 1 | sort | uniq -d
HARK_MEMORY=lots hark-ingest many-ids.csv
echo "rc=$?"
# The temporary file cannot be made, or written (no room: a file size
# limit of 0).
TMPDIR=/nonexistent HARK_MEMORY=1K hark-ingest many-ids.csv >/dev/null
echo "rc=$?"
(trap '' XFSZ; ulimit -f 0; TMPDIR=/tmp HARK_MEMORY=1K hark-ingest many-ids.csv \
	>/dev/null; echo "rc=$?") 2>&1 | cat
