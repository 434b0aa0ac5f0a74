# A stream with every conventional column, all made from text that names a
# person and a phone number: after redact no column may still hold them
# (tokens, spans, stems, tags, themes ... were made from the old text).
printf 'id\ttext\n1\tmy sw Grace Okafor rang on 07700 900123\n' |
	hark-tokenise |
	hark-stem |
	hark-tag -l ../tag/test.lex |
	hark-theme --percent -l ../tag/test.lex >in.tmp
head -n 1 in.tmp
hark-redact --key key <in.tmp >out.tmp
cat out.tmp
# the words and digits must be gone from every column
if grep -i -e okafor -e grace -e 07700 -e 900123 out.tmp; then
	echo "LEAK"
fi
rm -f in.tmp out.tmp
