# A second run rewrites text and redactions in place: same columns, and
# the placeholders of the first run are left alone.
hark-redact -q --key key sample.tsv | hark-redact -q --key key
