# A CSV or CRLF file given to a stage instead of a stream: run ingest first.
printf 'id,tokens\n1,a b\n' | hark-stem
printf 'id\ttokens\r\n1\ta b\r\n' | hark-stem
