# `hark-export -h` starts with the man page's SYNOPSIS as mandoc renders
# it (the options follow a blank line), compared with white space removed
# (the page is mdoc: mandoc spaces brackets and wraps lines its own way);
# every further line of the usage is lined up under the first option.
man=../../../stages/export/export.1
syn=$(mandoc -Tascii -O width=200 "$man" | sed 's/.\x08//g' |
	awk '/^[A-Z]/ { on = ($0 == "SYNOPSIS"); next } on' | tr -d ' \t\n')
help=$(hark-export -h | sed '/^$/,$d')
lined=yes
printf '%s\n' "$help" | sed 1d | grep -qv '^                   [^ ]' && lined=no
if [ "usage:$syn" = "$(printf '%s' "$help" | tr -d ' \t\n')" ] && [ $lined = yes ]; then
	echo same
else
	printf 'synopsis:\n%s\nusage:\n%s\n' "$syn" "$help"
fi
