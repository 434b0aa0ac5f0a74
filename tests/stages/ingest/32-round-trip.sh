# ingest | export gives back the CSV content exactly (RFC 4180 quoting).
printf 'id,text,note\r\n1,"multi\nline, with ""quotes""",x\r\n2,plain,\r\n3," spaces ",\r\n' > rt.tmp
hark ingest rt.tmp | hark export --format csv > back.tmp
cmp rt.tmp back.tmp && echo "identical"
rm -f rt.tmp back.tmp
