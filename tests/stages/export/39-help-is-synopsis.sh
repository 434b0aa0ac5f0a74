# `hark-export -h` starts with exactly the man page's SYNOPSIS (the
# options follow a blank line) (words joined as
# roff joins them; .br starts a new line).  No roff formatter needed.
man=../../../stages/export/export.1
syn=$(awk '
function unquote(s) { gsub(/\\-/, "-", s); gsub(/\\f[BIRP]/, "", s); return s }
/^\.SH SYNOPSIS/ { on = 1; next }
on && /^\.SH/ { exit }
!on { next }
/^\.br/ { out = out "\n"; sep = ""; next }
/^\.in/ { next }
{
	line = $0
	if (line ~ /^\.(B|I|R)( |$)/) { sub(/^\.[BIR] */, "", line); w = line }
	else if (line ~ /^\.(BR|RB|IR|RI|BI|IB) /) {
		sub(/^\.[BIR][BIR] */, "", line); w = ""
		n = split(line, a, / /)
		for (i = 1; i <= n; i++) w = w a[i]
	} else w = line
	out = out sep unquote(w); sep = " "
}
END { print "usage: " out }' "$man" | sed '2s/^ */                   /')
help=$(hark-export -h | sed '/^$/,$d')
if [ "$syn" = "$help" ]; then
	echo same
else
	printf 'synopsis:\n%s\nusage:\n%s\n' "$syn" "$help"
fi
