/*
 * xml.h - text written into XML (REFI-QDA projects and codebooks).
 */
#ifndef HARK_XML_H
#define HARK_XML_H

#include <stddef.h>

#include "buf.h"

/* Append s[0..n) to b as XML character data or an attribute value (in
 * double quotes): the five specials escaped, TAB, LF and CR as character
 * references (so an attribute keeps them), and what XML 1.0 cannot hold
 * (other C0 controls, U+FFFE, U+FFFF) as U+FFFD. */
void xml_escape(struct buf *b, const char *s, size_t n);
/* The same for the NUL-terminated s. */
void xml_escapes(struct buf *b, const char *s);

#endif
