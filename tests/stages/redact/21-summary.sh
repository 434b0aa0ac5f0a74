# Without -q a summary goes to standard error.
hark-redact sample.tsv 2>&1 >/dev/null
hark-redact --mode type sample.tsv 2>&1 >/dev/null
hark-redact --key key sample.tsv 2>&1 >/dev/null
