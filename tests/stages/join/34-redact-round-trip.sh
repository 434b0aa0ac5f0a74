# redact then join, end to end with one key file: hark redact
# --pseudonymise person_id writes what join --pseudonymise-key makes of the
# raw table's keys, so the records match (and without the option they
# cannot: the stream holds pseudonyms, the table raw ids).
hark ingest -q --id record_id --text voice_text voices.csv |
	hark redact -q --key test.key --pseudonymise person_id |
	hark join --table outcomes.csv --on person_id --pseudonymise-key \
		--key test.key
hark ingest -q --id record_id --text voice_text voices.csv |
	hark redact -q --key test.key --pseudonymise person_id |
	hark join --table outcomes.csv --on person_id --how inner
