/*
 * input.c - text files in any encoding, read as UTF-8 (input.h).
 *
 * Exports from case-management systems arrive as UTF-8 (often with a byte
 * order mark), Windows-1252, or UTF-16 from Excel's "Unicode text".  The
 * first block of a file decides: a byte order mark names the encoding; a
 * pattern of NUL bytes says UTF-16 without one; other NULs, or the magic
 * numbers of ZIP (.xlsx) or PDF, say it is not text at all.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include "err.h"
#include "input.h"
#include "banned.h"

#define BUF_INIT_SIZE (1u << 20)
#define SNIFF 65536

static long
read_some(int fd, char *p, size_t n)
{
	ssize_t k;

	do
		k = read(fd, p, n);
	while (k < 0 && errno == EINTR);
	return (long)k;
}

/* Fill the raw buffer with at least want bytes, or to end of file. */
static int
raw_fill(struct input *in, size_t want, char *err, size_t errlen)
{
	if (in->rawbeg > 0) {
		memmove(in->raw, in->raw + in->rawbeg, in->rawend - in->rawbeg);
		in->rawend -= in->rawbeg;
		in->rawbeg = 0;
	}
	while (!in->raw_eof && in->rawend < want && in->rawend < in->rawcap) {
		long k = read_some(in->fd, in->raw + in->rawend,
				   in->rawcap - in->rawend);

		if (k < 0) {
			snprintf(err, errlen, "%s: read error: %s", in->name,
				 strerror(errno));
			return -1;
		}
		if (k == 0)
			in->raw_eof = 1;
		in->rawend += (size_t)k;
	}
	return 0;
}

/*
 * ICU calls this for bytes that are not valid in the source encoding.  It
 * writes an unpaired low surrogate, which decode() turns into 0xFF: a byte
 * that no well-formed UTF-8 holds, so the record is caught downstream.
 */
static void
mark_invalid(const void *ctx, UConverterToUnicodeArgs *args, const char *cu,
	     int32_t len, UConverterCallbackReason reason, UErrorCode *ec)
{
	static const UChar mark = 0xDFFF;

	(void)ctx;
	(void)cu;
	(void)len;
	if (reason > UCNV_IRREGULAR)
		return; /* reset, close, clone: nothing to write */
	*ec = U_ZERO_ERROR;
	ucnv_cbToUWriteUChars(args, &mark, 1, 0, ec);
}

static int
set_converter(struct input *in, const char *name, char *err, size_t errlen)
{
	UErrorCode ec = U_ZERO_ERROR;
	UConverter *cnv;
	const char *canon;

	cnv = ucnv_open(name, &ec);
	if (U_FAILURE(ec)) {
		snprintf(err, errlen, "unknown encoding '%s'", name);
		return -1;
	}
	canon = ucnv_getName(cnv, &ec);
	if (U_SUCCESS(ec) && strcasecmp(canon, "UTF-8") == 0) {
		ucnv_close(cnv);
		in->utf8 = 1;
		snprintf(in->encoding, sizeof in->encoding, "UTF-8");
		return 0;
	}
	ec = U_ZERO_ERROR;
	ucnv_setToUCallBack(cnv, mark_invalid, NULL, NULL, NULL, &ec);
	in->cnv = cnv;
	in->utf8 = 0;
	snprintf(in->encoding, sizeof in->encoding, "%s", name);
	in->u16cap = in->rawcap;
	in->u16 = xmalloc(xmul(in->u16cap, sizeof *in->u16));
	return 0;
}

/* Decide what the first block says about the file. */
static int
sniff(struct input *in, const char *encoding, char *err, size_t errlen)
{
	const unsigned char *p = (const unsigned char *)in->raw;
	size_t n = in->rawend, i, nul_even = 0, nul_odd = 0, ctl = 0;
	int given = encoding && strcasecmp(encoding, "auto") != 0;

	if (n >= 4 && memcmp(p, "PK\3\4", 4) == 0) {
		snprintf(err, errlen, "%s: a ZIP archive (an Excel .xlsx "
			 "workbook?), not text: save it as CSV first", in->name);
		return -1;
	}
	if (n >= 5 && memcmp(p, "%PDF-", 5) == 0) {
		snprintf(err, errlen, "%s: a PDF document, not text", in->name);
		return -1;
	}
	if (n >= 8 && memcmp(p, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0) {
		snprintf(err, errlen, "%s: an old Excel .xls workbook, not "
			 "text: save it as CSV first", in->name);
		return -1;
	}
	if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0 &&
	    (!given || strcasecmp(encoding, "UTF-8") == 0 ||
	     strcasecmp(encoding, "UTF8") == 0)) {
		in->rawbeg = 3;
		return set_converter(in, "UTF-8", err, errlen);
	}
	if (!given && n >= 2 && (p[0] == 0xFF && p[1] == 0xFE)) {
		if (n >= 4 && p[2] == 0 && p[3] == 0) {
			snprintf(err, errlen, "%s: UTF-32 text: convert it to "
				 "UTF-8 first (iconv -f UTF-32)", in->name);
			return -1;
		}
		in->rawbeg = 2;
		snprintf(in->note, sizeof in->note,
			 "%s: UTF-16LE byte order mark: reading as UTF-16LE",
			 in->name);
		return set_converter(in, "UTF-16LE", err, errlen);
	}
	if (!given && n >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
		in->rawbeg = 2;
		snprintf(in->note, sizeof in->note,
			 "%s: UTF-16BE byte order mark: reading as UTF-16BE",
			 in->name);
		return set_converter(in, "UTF-16BE", err, errlen);
	}
	if (given && n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		snprintf(in->note, sizeof in->note, "%s: starts with a UTF-8 "
			 "byte order mark, but is read as %s (--encoding)",
			 in->name, encoding);
	if (given)
		return set_converter(in, encoding, err, errlen);

	for (i = 0; i < n && i < 4096; i++) {
		if (p[i] == 0)
			i % 2 ? nul_odd++ : nul_even++;
		else if (p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' &&
			 p[i] != '\r' && p[i] != '\f')
			ctl++;
	}
	n = i;
	if (n >= 4 && nul_odd * 4 > n / 2 && nul_even * 20 < n / 2) {
		snprintf(err, errlen, "%s: looks like UTF-16LE text without a "
			 "byte order mark: use --encoding UTF-16LE", in->name);
		return -1;
	}
	if (n >= 4 && nul_even * 4 > n / 2 && nul_odd * 20 < n / 2) {
		snprintf(err, errlen, "%s: looks like UTF-16BE text without a "
			 "byte order mark: use --encoding UTF-16BE", in->name);
		return -1;
	}
	if ((nul_odd + nul_even > 16 && (nul_odd + nul_even) * 100 > n) ||
	    (ctl > 16 && ctl * 10 > n)) {
		snprintf(err, errlen, "%s: binary data (%s), not a text export",
			 in->name, nul_odd + nul_even ? "NUL bytes" :
			 "control characters");
		return -1;
	}
	if (encoding) { /* auto */
		UErrorCode ec = U_ZERO_ERROR;
		UCharsetDetector *det = ucsdet_open(&ec);
		const UCharsetMatch *m;
		const char *name = "UTF-8";
		int32_t conf = 0;

		ucsdet_setText(det, in->raw, (int32_t)in->rawend, &ec);
		m = ucsdet_detect(det, &ec);
		if (U_SUCCESS(ec) && m) {
			name = ucsdet_getName(m, &ec);
			conf = ucsdet_getConfidence(m, &ec);
		}
		if (U_FAILURE(ec))
			name = "UTF-8";
		snprintf(in->note, sizeof in->note,
			 "%s: detected encoding %s (confidence %d%%)", in->name,
			 name, (int)conf);
		int r = set_converter(in, name, err, errlen);
		ucsdet_close(det);
		return r;
	}
	return set_converter(in, "UTF-8", err, errlen);
}

int
input_open(struct input *in, const char *path, const char *encoding,
	char *err, size_t errlen)
{
	memset(in, 0, sizeof *in);
	in->fd = -1;
	if (strcmp(path, "-") == 0) {
		in->name = "<stdin>";
		in->fd = 0;
	} else {
		in->name = path;
		do
			in->fd = open(path, O_RDONLY | O_CLOEXEC);
		while (in->fd < 0 && errno == EINTR);
		if (in->fd < 0) {
			snprintf(err, errlen, "%s: cannot open: %s", path,
				 strerror(errno));
			return -1;
		}
	}
	in->cap = BUF_INIT_SIZE;
	in->buf = xmalloc(in->cap);
	in->rawcap = BUF_INIT_SIZE;
	in->raw = xmalloc(in->rawcap);
	if (raw_fill(in, SNIFF, err, errlen) < 0)
		return -1;
	return sniff(in, encoding, err, errlen);
}

/* UTF-16 to UTF-8, turning the invalid-byte mark (any unpaired surrogate)
 * into 0xFF.  A high surrogate at the very end is held back for the next
 * call; returns the number of UTF-16 units used. */
static size_t
decode(struct input *in, const unsigned short *u, size_t n, int last)
{
	size_t i = 0;
	unsigned char *o = (unsigned char *)in->buf + in->end;

	while (i < n) {
		unsigned c = u[i];

		if (c < 0x80) {
			*o++ = (unsigned char)c;
			i++;
		} else if (c < 0x800) {
			*o++ = (unsigned char)(0xC0 | c >> 6);
			*o++ = (unsigned char)(0x80 | (c & 0x3F));
			i++;
		} else if (c >= 0xD800 && c <= 0xDBFF) {
			if (i + 1 == n && !last)
				break;
			if (i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) {
				unsigned long cp = 0x10000 +
					((unsigned long)(c - 0xD800) << 10) +
					(u[i + 1] - 0xDC00);
				*o++ = (unsigned char)(0xF0 | cp >> 18);
				*o++ = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
				*o++ = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
				*o++ = (unsigned char)(0x80 | (cp & 0x3F));
				i += 2;
			} else {
				*o++ = 0xFF;
				i++;
			}
		} else if (c >= 0xDC00 && c <= 0xDFFF) {
			*o++ = 0xFF;
			i++;
		} else {
			*o++ = (unsigned char)(0xE0 | c >> 12);
			*o++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
			*o++ = (unsigned char)(0x80 | (c & 0x3F));
			i++;
		}
	}
	in->end = (size_t)((char *)o - in->buf);
	return i;
}

long
input_fill(struct input *in, char *err, size_t errlen)
{
	size_t before;

	if (in->beg > 0) {
		memmove(in->buf, in->buf + in->beg, in->end - in->beg);
		in->end -= in->beg;
		in->beg = 0;
	}
	/* Room for a whole raw block decoded: 3 UTF-8 bytes per unit. */
	if (in->cap - in->end < xmul(in->rawcap, 3) / 2 + 16) {
		in->cap = xadd(in->cap, xmul(in->rawcap, 2));
		in->buf = xrealloc(in->buf, in->cap);
	}
	if (in->end > in->cap / 2) {
		in->cap = xmul(in->cap, 2);
		in->buf = xrealloc(in->buf, in->cap);
	}
	before = in->end;
	if (in->rawend == in->rawbeg && !in->raw_eof &&
	    raw_fill(in, in->rawcap, err, errlen) < 0)
		return -1;
	if (in->utf8) {
		size_t n = in->rawend - in->rawbeg;

		if (n > in->cap - in->end)
			n = in->cap - in->end;
		memcpy(in->buf + in->end, in->raw + in->rawbeg, n);
		in->end += n;
		in->rawbeg += n;
	} else {
		const char *src = in->raw + in->rawbeg;
		UChar *tstart = (UChar *)in->u16, *t = tstart;
		UErrorCode ec = U_ZERO_ERROR;
		size_t room = (in->cap - in->end) / 3 - 1;
		size_t used, got;
		int last;

		if (room > in->u16cap - 1)
			room = in->u16cap - 1;
		if (in->havepend) {
			*t++ = in->pend;
			in->havepend = 0;
		}
		ucnv_toUnicode(in->cnv, &t, tstart + room, &src,
			       in->raw + in->rawend, NULL, in->raw_eof, &ec);
		if (U_FAILURE(ec) && ec != U_BUFFER_OVERFLOW_ERROR) {
			snprintf(err, errlen, "%s: cannot decode as %s: %s",
				 in->name, in->encoding, u_errorName(ec));
			return -1;
		}
		in->rawbeg = (size_t)(src - in->raw);
		got = (size_t)(t - tstart);
		last = in->raw_eof && in->rawbeg == in->rawend &&
		       ec != U_BUFFER_OVERFLOW_ERROR;
		used = decode(in, in->u16, got, last);
		if (used < got) {
			in->pend = in->u16[used];
			in->havepend = 1;
		}
	}
	if (in->end == before && in->rawend == in->rawbeg && in->raw_eof &&
	    !in->havepend)
		in->eof = 1;
	return (long)(in->end - before);
}

void
input_close(struct input *in)
{
	if (in->fd > 0)
		close(in->fd);
	in->fd = -1;
	if (in->cnv)
		ucnv_close(in->cnv);
	in->cnv = NULL;
	free(in->buf);
	free(in->raw);
	free(in->u16);
	in->buf = in->raw = NULL;
	in->u16 = NULL;
}
