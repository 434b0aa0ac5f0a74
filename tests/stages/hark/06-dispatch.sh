# hark NAME runs hark-NAME with the rest of the arguments.
printf 'id\ttext\n1\thi\n' | hark export --format jsonl
