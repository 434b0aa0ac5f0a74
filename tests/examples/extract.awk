# tests/examples/extract.awk - the examples of a man page or a guide, as
# files the run-suite runs (see run-suite for what is checked).
#
#   awk -v out=DIR -v kind=man|md -f extract.awk FILE
#
# man: the EXAMPLES section of a man(7) or mdoc(7) page; its literal
# blocks (.nf/.fi, .EX/.EE, .Bd -literal/.Ed) and .Dl lines.  A block is
# split into commands: a line ending in a backslash, "|", "&&" or "||"
# goes on into the next.  Roff escapes are undone (\- \e \(aq ...).
# md: every ```sh, ```python or ```r block of a Markdown guide is one
# command; a ```text block right after it is output it must print.
#
# Annotations, for what the page says happens: before a command (man:
# a comment line  .\" example: WORD...  ; md: a line
# <!-- example: WORD... --> before the fence) with WORDs
#   status=N     the command exits N (default 0)
#   stderr       it writes to standard error
#   stdout=empty it writes nothing to standard output
#
# Writes DIR/NNNN.cmd (the command), DIR/NNNN.meta (one line: FILE LINE
# BLOCK STATUS STDERR STDOUT) and for md DIR/NNNN.want (output lines)
# and DIR/NNNN.lang (sh, python or r);
# NNNN counts on from the files already in DIR (-v start=N).
function unroff(s) {
	gsub(/\\\(aq/, "'", s); gsub(/\\\(dq/, "\"", s); gsub(/\\\(ga/, "`", s)
	gsub(/\\\(ti/, "~", s); gsub(/\\\(ha/, "^", s); gsub(/\\\(em/, "--", s)
	gsub(/\\f[BIRP]/, "", s); gsub(/\\&/, "", s); gsub(/\\-/, "-", s)
	gsub(/\\ /, " ", s); gsub(/\\e/, "\\", s)
	return s
}
function reset() { status = 0; errs = "no"; outs = "yes" }
function annotate(s,   n, i, w, a) {
	sub(/^.*example:[ \t]*/, "", s); sub(/[ \t]*-->[ \t]*$/, "", s)
	n = split(s, w, /[ \t]+/)
	for (i = 1; i <= n; i++) {
		if (w[i] ~ /^status=[0-9]+$/) { split(w[i], a, "="); status = a[2] + 0 }
		else if (w[i] == "stderr") errs = "yes"
		else if (w[i] == "stdout=empty") outs = "no"
		else if (w[i] != "") { printf "%s:%d: unknown example annotation '%s'\n", FILENAME, FNR, w[i] > "/dev/stderr"; bad = 1 }
	}
}
function emit(   f) {
	if (cmd == "") return
	f = sprintf("%s/%04d", out, ++n)
	printf "%s", cmd > (f ".cmd"); close(f ".cmd")
	printf "%s %d %d %d %s %s\n", FILENAME, cline, block, status, errs, outs > (f ".meta")
	close(f ".meta")
	if (kind == "md") {
		printf "%s", want > (f ".want"); close(f ".want")
		print lang > (f ".lang"); close(f ".lang")
	}
	cmd = ""; want = ""; reset()
}
BEGIN { n = start + 0; reset(); block = 0 }

kind == "man" {
	if ($0 ~ /^\.(SH|Sh) /) { sec = ($0 ~ /^\.(SH|Sh) "*EXAMPLES"*[ \t]*$/); next }
	if (!sec) next
	if ($0 ~ /^\.\\" *example:/) { annotate($0); next }
	if ($0 ~ /^\.(nf|EX)([ \t]|$)/ || $0 ~ /^\.Bd[ \t]+-literal/) { inb = 1; block++; next }
	if ($0 ~ /^\.(fi|EE|Ed)([ \t]|$)/) { inb = 0; emit(); next }
	if ($0 ~ /^\.Dl[ \t]/) {
		block++; line = $0; sub(/^\.Dl[ \t]+/, "", line)
		cline = FNR; cmd = unroff(line) "\n"; emit(); next
	}
	if (!inb || $0 ~ /^[.']/) next
	line = unroff($0)
	if (line ~ /^[ \t]*#/ || line ~ /^[ \t]*$/) { if (cmd == "") next }
	if (cmd == "") cline = FNR
	cmd = cmd line "\n"
	if (line !~ /(\\|[|]|&&)[ \t]*$/) emit()
	next
}

kind == "md" {
	if (inb) {
		if ($0 ~ /^```[ \t]*$/) { inb = 0; pending = 1 } else cmd = cmd $0 "\n"
		next
	}
	if (intext) {
		if ($0 ~ /^```[ \t]*$/) { intext = 0; emit() } else want = want $0 "\n"
		next
	}
	if (pending && $0 ~ /^[ \t]*$/) next
	if (pending && $0 ~ /^```text[ \t]*$/) { intext = 1; pending = 0; next }
	if (pending) { pending = 0; emit() }
	if ($0 ~ /^<!-- *example:/) { annotate($0); next }
	if ($0 ~ /^```(sh|python|r)[ \t]*$/) {
		inb = 1; block++; cline = FNR + 1
		lang = $0; sub(/^```/, "", lang); sub(/[ \t]*$/, "", lang)
		next
	}
	next
}
END { if (pending) emit(); if (bad) exit 1 }
