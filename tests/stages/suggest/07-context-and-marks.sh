# The lexicons' context words (negator, hedge, break) are never candidates,
# nor the first or last word of a phrase; nor are the export's own marks of
# redaction: a mask of Xs ("XXXX", "xxxx", "XXXX's") or words in square
# brackets ("[name redacted]", "[PERSON_1a2b]").  "xxx" (kisses) and words
# next to a mark are words.
db=$(mktemp -d)/s.db
trap 'rm -rf "${db%/*}"' EXIT
d=${db%/*}
{
	cat care.lex
	printf 'negator not\nnegator never\nnegator no longer\nhedge maybe\nbreak because\n'
} >"$d/ctx.lex"
{
	printf 'id\ttext\tredactions\n'
	printf 'A\tNurse not helpful, maybe because XXXX was off. Thanks xxx\t\n'
	printf 'B\tNurse not helpful and never kind because xxxx left. Thanks xxx\t\n'
	printf 'C\tXXXX'"'"'s nurse was no longer there, maybe. Ask [name redacted] nurse\t\n'
	printf 'D\tAsk [name redacted] nurse or [PERSON_1a2b] nurse, never XXXX.\t\n'
} | hark-tag -l "$d/ctx.lex" | hark-index --db "$db" || exit
hark-suggest --db "$db" --min-count 2 --limit 100 | cut -f 1-4
