# hark --help lists every stage that has a man page, with its summary.
hark --help > help.tmp
for m in ../../../stages/*/*.1; do
	name=$(basename "$m" .1)
	grep -q "^  $name  *[a-z]" help.tmp || echo "missing from --help: $name"
done
head -n 1 help.tmp
rm -f help.tmp
