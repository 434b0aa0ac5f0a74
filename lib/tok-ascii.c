/*
 * tok-ascii.c - the ASCII fast path.  Pure-ASCII text under a locale with
 * root's word rules is segmented here rather than by ICU, with the same
 * segments and rule statuses as ICU 72 gives (tests/conformance/asciifast.c
 * checks it exhaustively on short strings and on whole corpora).
 */
#include <stdint.h>
#include <string.h>

#include <unicode/ubrk.h>

#include "tok-impl.h"
#include "banned.h"

int
tok_ascii_only(const char *s, size_t n)
{
	size_t i = 0;
	uint64_t w, acc = 0;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		acc |= w;
	}
	for (; i < n; i++)
		acc |= (unsigned char)s[i];
	return (acc & 0x8080808080808080ull) == 0;
}

/* UAX #29 word-break classes of ASCII, as ICU 72's root rules have them:
 * "@" counts as a letter, ":" is not MidLetter (CLDR 42). */
enum { W_OTHER, W_LETTER, W_NUM, W_EXTNUM, W_MIDNUMLET, W_MIDNUM, W_SPACE,
	W_CR, W_NL };

/* The class of every byte, by table (the fast path asks once a byte);
 * bytes from 0x80 are W_OTHER. */
static const unsigned char wclasses[256] = {
	[0x0B] = W_NL, [0x0C] = W_NL, ['\n'] = W_NL, ['\r'] = W_CR,
	[' '] = W_SPACE, ['_'] = W_EXTNUM, ['.'] = W_MIDNUMLET,
	['\''] = W_MIDNUMLET, [','] = W_MIDNUM, [';'] = W_MIDNUM,
	['@'] = W_LETTER,
	['0'] = W_NUM, ['1'] = W_NUM, ['2'] = W_NUM, ['3'] = W_NUM,
	['4'] = W_NUM, ['5'] = W_NUM, ['6'] = W_NUM, ['7'] = W_NUM,
	['8'] = W_NUM, ['9'] = W_NUM,
#define L(c) [c] = W_LETTER, [c - 32] = W_LETTER
	L('a'), L('b'), L('c'), L('d'), L('e'), L('f'), L('g'), L('h'),
	L('i'), L('j'), L('k'), L('l'), L('m'), L('n'), L('o'), L('p'),
	L('q'), L('r'), L('s'), L('t'), L('u'), L('v'), L('w'), L('x'),
	L('y'), L('z')
#undef L
};

static inline int
wclass(unsigned char c)
{
	return wclasses[c];
}

/*
 * The end of the ICU word segment of ASCII text that starts at s[i], and
 * its rule status in *rs: UAX #29 rules WB3-WB3d, WB5-WB13b restricted to
 * ASCII, and ICU 72's rule statuses (below).  tests/conformance checks this
 * against ICU exhaustively on short strings and on whole corpora.
 */
size_t
tok_ascii_next(const char *s, size_t n, size_t i, int32_t *rs)
{
	int c = wclass((unsigned char)s[i]), prev, last;
	size_t j = i + 1;

	*rs = UBRK_WORD_NONE;
	switch (c) {
	case W_CR:
		return j < n && s[j] == '\n' ? j + 1 : j;
	case W_SPACE:
		while (j < n && s[j] == ' ')
			j++;
		return j;
	case W_LETTER:
	case W_NUM:
	case W_EXTNUM:
		break;
	default:
		return j;
	}
	prev = c;
	while (j < n) {
		int d = wclass((unsigned char)s[j]);

		if (d == W_LETTER || d == W_NUM || d == W_EXTNUM)
			j++;
		else if (j + 1 < n && ((d == W_MIDNUMLET && prev == W_LETTER &&
		    wclass((unsigned char)s[j + 1]) == W_LETTER) ||
		    ((d == W_MIDNUMLET || d == W_MIDNUM) && prev == W_NUM &&
		    wclass((unsigned char)s[j + 1]) == W_NUM)))
			j += 2;
		else
			break;
		prev = wclass((unsigned char)s[j - 1]);
	}
	/* ICU 72's status, found by experiment and checked exhaustively:
	 * two or more trailing "_" make a letter word; otherwise the last
	 * letter or digit decides; a lone "_" is no word */
	if (j - i >= 2 && s[j - 1] == '_' && s[j - 2] == '_')
		*rs = UBRK_WORD_LETTER;
	else if (s[j - 1] == '_' && j - i == 1)
		*rs = UBRK_WORD_NONE;
	else {
		last = wclass((unsigned char)s[s[j - 1] == '_' ? j - 2 : j - 1]);
		*rs = last == W_LETTER ? UBRK_WORD_LETTER : UBRK_WORD_NUMBER;
	}
	return j;
}
