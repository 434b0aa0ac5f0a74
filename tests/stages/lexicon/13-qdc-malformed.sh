# malformed XML: each is refused with FILE:LINE and exit 1, nothing written
d="${TMPDIR:-/tmp}/hark-lexicon-xml.$$"
mkdir -p "$d" && cd "$d" || exit 1
t() {
	printf '%b' "$2" > "$1.qdc"
	hark-lexicon convert "$1.qdc" 2>&1
	echo "$1: $?"
}
h='<?xml version="1.0"?>\n<CodeBook>\n<Codes>\n'
t mismatch "$h<Code name=\"a\" guid=\"1\" isCodable=\"true\">\n</Codes>\n</CodeBook>\n"
t entity "$h<Code name=\"a &nbsp; b\" guid=\"1\" isCodable=\"true\"/>\n</Codes></CodeBook>"
t bareamp "$h<Code name=\"a & b\" guid=\"1\" isCodable=\"true\"/>\n</Codes></CodeBook>"
t badnum "$h<Code name=\"a&#0;\" guid=\"1\" isCodable=\"true\"/>\n</Codes></CodeBook>"
t surrogate "$h<Code name=\"&#xD800;\" guid=\"1\" isCodable=\"true\"/>\n</Codes></CodeBook>"
t unquoted "$h<Code name=a guid=\"1\" isCodable=\"true\"/>\n</Codes></CodeBook>"
t twice "$h<Code name=\"a\" name=\"b\" isCodable=\"true\"/>\n</Codes></CodeBook>"
t lt "$h<Code name=\"a<b\" isCodable=\"true\"/>\n</Codes></CodeBook>"
t noname "$h<Code guid=\"1\" isCodable=\"true\"/>\n</Codes></CodeBook>"
t doctype '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n<CodeBook/>\n'
t eof "$h<Code name=\"a\" isCodable=\"true\">\n<Description>x"
t comment "$h<!-- not closed\n</Codes></CodeBook>"
t cdata "$h<Code name=\"a\"><Description><![CDATA[x</Description>"
t tworoots '<CodeBook/>\n<CodeBook/>\n'
t text '<CodeBook/>\ntrailing\n'
t root '<Project2/>\n'
t outside "$h</Codes>\n<Code name=\"a\"/>\n</CodeBook>"
t empty ''
t crline "<CodeBook>\r<Codes>\r\n<Code name=\"a\" />\r<Code name='b' &/>\r</Codes></CodeBook>"
t utf8 "$h<Code name=\"\\0377\"/>\n</Codes></CodeBook>"
t nospace "$h<Code name=\"a\"guid=\"1\"/>\n</Codes></CodeBook>"
cd / && rm -rf "$d"
