# One NHS number typed five ways (plain spaces, no-break spaces, fullwidth
# digits, a zero-width space and a word joiner, bidi overrides) gets one
# pseudonym, and the audit spans cover every byte of each, controls
# included, so nothing of the number is left in the text.
printf 'id\ttext\n1\tNHS 943 476 5919\n2\tNHS 943\302\240476\302\2405919\n3\tNHS \357\274\231\357\274\224\357\274\223 \357\274\224\357\274\227\357\274\226 \357\274\225\357\274\231\357\274\221\357\274\231\n4\tNHS 943\342\200\213476\342\201\2405919\n5\tNHS 943\342\200\256 476\342\200\254 5919\n' >in.tsv
hark-redact -q --key key --audit audit.tsv in.tsv >out.tsv
cut -f2 out.tsv | tail -n +2 | sort -u
cut -f3,4 audit.tsv
rm -f in.tsv out.tsv audit.tsv
