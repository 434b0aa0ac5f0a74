/*
 * input.h - text files in any encoding ICU converts, read as UTF-8:
 * opening, sniffing and decoding (hark ingest's inputs, hark join's
 * tables).
 *
 * An input hands a parser (csv.h) UTF-8 bytes in one growable buffer.
 * Files in other encodings are decoded with ICU as they are read; bytes
 * that are not valid in the named encoding come out as the byte 0xFF,
 * which is never valid UTF-8, so the caller's per-record UTF-8 check
 * rejects (or mends) exactly the records that hold them.
 *
 * Errors are returned, never printed: each function that can fail writes
 * the message (without the program name, starting with the file's name)
 * into the caller's err[errlen].
 */
#ifndef HARK_INPUT_H
#define HARK_INPUT_H

#include <stddef.h>

/* Filled by input_open(); the input owns every pointer in it. */
struct input {
	const char *name;   /* for messages: the path (borrowed from the
	                       caller of input_open), or "<stdin>" */
	char *buf;          /* decoded UTF-8 bytes: the unconsumed ones are
	                       [beg, end); a parser consumes by moving beg */
	size_t beg, end, cap;
	int eof;            /* no more bytes will come */
	char encoding[64];  /* what the file is read as, e.g. "UTF-8" */
	int utf8;           /* read as UTF-8 (no decoding) */
	char note[160];     /* what sniffing decided, for stderr, or "" */

	/* Private. */
	int fd;
	int raw_eof;
	void *cnv;          /* UConverter *, when decoding */
	char *raw;          /* undecoded bytes */
	size_t rawbeg, rawend, rawcap;
	unsigned short *u16;
	size_t u16cap;
	unsigned short pend; /* a high surrogate held back */
	int havepend;
};

/*
 * Open path ("-" is stdin) to be read as encoding: NULL or "UTF-8" for
 * UTF-8, "auto" for ICU's charset detection, or any name ICU knows.
 * Sniffs the start of the file: skips a UTF-8 byte order mark, reads a
 * UTF-16 file with a byte order mark as UTF-16, and refuses binary files
 * and UTF-16 without a byte order mark.  Returns 0, or -1 with err set
 * (the message, without the program name).  Call input_close() after
 * either.  Nothing is decoded yet: buf fills on input_fill().
 */
int input_open(struct input *in, const char *path, const char *encoding,
	    char *err, size_t errlen);
/*
 * Read more: moves the unconsumed bytes [beg, end) to the front, growing
 * the buffer when it is full, and appends what it reads.  Returns the number
 * of bytes added, 0 at the end of input, -1 on a read error (err set).
 */
long input_fill(struct input *in, char *err, size_t errlen);
/* Close the file (not standard input) and free the buffers. */
void input_close(struct input *in);

#endif
