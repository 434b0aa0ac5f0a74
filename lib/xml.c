/*
 * xml.c - escaping text for XML (xml.h), shared by `export -f qdpx` and
 * `lexicon convert --to qdc`, so both write the same bytes for the same
 * code names, labels and descriptions.
 */
#include <string.h>

#include "xml.h"
#include "banned.h"

void
xml_escape(struct buf *b, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		switch (c) {
		case '&': buf_adds(b, "&amp;"); break;
		case '<': buf_adds(b, "&lt;"); break;
		case '>': buf_adds(b, "&gt;"); break;
		case '"': buf_adds(b, "&quot;"); break;
		case '\t': buf_adds(b, "&#9;"); break;
		case '\n': buf_adds(b, "&#10;"); break;
		case '\r': buf_adds(b, "&#13;"); break;
		default:
			if (c < 0x20) {
				buf_adds(b, "\xEF\xBF\xBD");
			} else if (c == 0xEF && i + 2 < n &&
			    (unsigned char)s[i + 1] == 0xBF &&
			    ((unsigned char)s[i + 2] & 0xFE) == 0xBE) {
				buf_adds(b, "\xEF\xBF\xBD");
				i += 2;
			} else {
				buf_addc(b, c);
			}
		}
	}
}

void
xml_escapes(struct buf *b, const char *s)
{
	xml_escape(b, s, strlen(s));
}
