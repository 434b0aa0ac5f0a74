/*
 * tok-emit.c - from segments to tokens.  A word segment is folded (and
 * looked up in the variant map), split at full stops between words
 * ("care.Staff"), or kept whole as an e-mail address or URL; a number is
 * folded; an emoji sequence is named (":crying_face:").  Tokens go into a
 * struct tok_out: their bytes, NUL-terminated, and their spans.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>

#include "err.h"
#include "tok.h"
#include "tok-impl.h"
#include "utf8.h"
#include "banned.h"

static void
push(struct tok_out *out, size_t start, size_t end, size_t off)
{
	struct tok_token *k;

	if (out->n == out->cap) {
		out->cap = out->cap ? out->cap * 2 : 64;
		out->t = xrealloc(out->t, xmul(out->cap, sizeof *out->t));
	}
	k = &out->t[out->n++];
	k->start = start;
	k->end = end;
	k->off = off;
	k->len = out->str.len - off;
	k->sent = 0;
	if (out->str.cap - out->str.len < 2)
		buf_grow(&out->str, 1);
	out->str.s[out->str.len++] = '\0';
	out->str.s[out->str.len] = '\0';
}

/* Emit the folded word s[a..b) as one token, or as the words of its
 * variant, all with the span [a, b). */
static int
emit_word(struct tok *t, struct tok_out *out, const char *s, size_t a,
	  size_t b)
{
	size_t off = out->str.len;
	struct var *v;

	if (tok_fold(t, s + a, b - a, &out->str) < 0)
		return -1;
	if (out->str.len == off)
		return 0; /* only ignorable characters */
	if (t->nvar) {
		const char *k = out->str.s + off;
		size_t n = out->str.len - off;

		v = tok_var_maybe(t, k, n) ?
		    tok_var_find(t, k, n, tok_var_hash(k, n)) : NULL;
		if (v && v->klen) {
			const char *p = t->vstr.s + v->voff, *e = p + v->vlen;

			buf_setlen(&out->str, off);
			while (p < e) {
				const char *sp = memchr(p, ' ', (size_t)(e - p));

				if (sp == NULL)
					sp = e;
				off = out->str.len;
				buf_add(&out->str, p, (size_t)(sp - p));
				push(out, a, b, off);
				p = sp + 1;
			}
			return 0;
		}
	}
	push(out, a, b, off);
	return 0;
}

static const char *const tlds[] = {
	"com", "org", "net", "uk", "gov", "edu", "io", "info", "nhs", NULL
};

/* Split a word segment at full stops between words ("care.Staff"): only
 * when every part has at least two characters and the last part is not a
 * common top-level domain ("bbc.co.uk"). */
static int
emit_dotted(struct tok *t, struct tok_out *out, const char *s, size_t a,
	    size_t b)
{
	size_t i, p, ncp;
	int split = 1, j;

	/* most words are a few bytes: a loop, not a call to memchr (3% of
	 * tag, once a word) */
	for (i = a; i < b && s[i] != '.'; i++)
		;
	if (i == b)
		return emit_word(t, out, s, a, b);
	for (p = a, ncp = 0, i = a; i <= b; i++) {
		if (i == b || s[i] == '.') {
			if (ncp < 2)
				split = 0;
			if (i == b)
				for (j = 0; tlds[j]; j++)
					if (i - p == strlen(tlds[j]) &&
					    strncasecmp(s + p, tlds[j], i - p) == 0)
						split = 0;
			p = i + 1;
			ncp = 0;
		} else if (((unsigned char)s[i] & 0xC0) != 0x80)
			ncp++;
	}
	if (!split)
		return emit_word(t, out, s, a, b);
	for (p = a, i = a; i <= b; i++)
		if (i == b || s[i] == '.') {
			if (emit_word(t, out, s, p, i) < 0)
				return -1;
			p = i + 1;
		}
	return 0;
}

static int
is_emoji(UChar32 c)
{
	return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ||
	    u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR);
}

/* Append the lower-case ICU name of c, spaces as '_'. */
static void
add_name(struct buf *out, UChar32 c)
{
	char name[128];
	UErrorCode st = U_ZERO_ERROR;
	int32_t n, i;

	n = u_charName(c, U_UNICODE_CHAR_NAME, name, (int32_t)sizeof name, &st);
	if (U_FAILURE(st) || n <= 0 || n >= (int32_t)sizeof name) {
		buf_addf(out, "u+%04x", (unsigned)c);
		return;
	}
	for (i = 0; i < n; i++) {
		char ch = name[i];

		buf_addc(out, ch == ' ' ? '_' : (ch >= 'A' && ch <= 'Z') ?
		    ch + 32 : ch);
	}
}

/*
 * Name the emoji sequence s[a..b): ":NAME_NAME:" from the names of its
 * pictographs, leaving out joiners, variation selectors and skin-tone
 * modifiers; a pair of regional indicators is ":flag_xx:", a black flag
 * with tag letters ":flag_gbeng:".  Returns 0 when s[a..b) holds no emoji.
 */
static int
emit_emoji(struct tok_out *out, const char *s, size_t a, size_t b)
{
	size_t i = a, off = out->str.len, len;
	int any = 0, flag = 0;
	uint32_t c;

	buf_addc(&out->str, ':');
	while (i < b) {
		i += utf8_decode(s + i, b - i, &c);
		if (c >= 0x1F1E6 && c <= 0x1F1FF) { /* regional indicator */
			if (!flag) {
				if (any)
					buf_addc(&out->str, '_');
				buf_adds(&out->str, "flag_");
				flag = 1;
			}
			buf_addc(&out->str, (int)('a' + (c - 0x1F1E6)));
			any = 1;
			continue;
		}
		if (c >= 0xE0061 && c <= 0xE007A && any) { /* tag letter */
			if (!flag) {
				/* the black flag's name gives way to "flag_" */
				buf_setlen(&out->str, off + 1);
				buf_adds(&out->str, "flag_");
				flag = 1;
			}
			buf_addc(&out->str, (int)('a' + (c - 0xE0061)));
			continue;
		}
		flag = 0;
		if (c == 0x200D || c == 0xFE0F || c == 0xFE0E ||
		    (c >= 0x1F3FB && c <= 0x1F3FF) ||
		    (c >= 0xE0000 && c <= 0xE007F))
			continue;
		if (any)
			buf_addc(&out->str, '_');
		add_name(&out->str, (UChar32)c);
		any = 1;
	}
	len = out->str.len - off;
	if (!any || len < 2) {
		buf_setlen(&out->str, off);
		return 0;
	}
	buf_addc(&out->str, ':');
	buf_grow(&out->str, 1);
	push(out, a, b, off);
	return 1;
}

static int
has_emoji(const char *s, size_t a, size_t b)
{
	size_t i = a;
	uint32_t c;

	while (i < b) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		i += utf8_decode(s + i, b - i, &c);
		if (is_emoji((UChar32)c))
			return 1;
	}
	return 0;
}

/* ICU 72 gives a lone "@" a word status; a token needs a letter or digit
 * (any non-ASCII character in a word segment counts as one). */
static int
has_alnum(const char *s, size_t a, size_t b)
{
	for (; a < b; a++)
		if (tok_isalnum_a((unsigned char)s[a]) || (unsigned char)s[a] >= 0x80)
			return 1;
	return 0;
}

void
tok_sentences(struct tok *t, struct tok_out *out)
{
	UBreakIterator *sb = t->loc[t->cur].sent;
	UErrorCode st = U_ZERO_ERROR;
	size_t i, idx = 0;
	int32_t lim;

	ubrk_setUText(sb, &t->ut, &st);
	if (U_FAILURE(st))
		return;
	lim = ubrk_next(sb);
	for (i = 0; i < out->n; i++) {
		while (lim != UBRK_DONE && (size_t)lim <= out->t[i].start) {
			lim = ubrk_next(sb);
			idx++;
		}
		out->t[i].sent = idx;
	}
}

/*
 * One segment s[a..b) with ICU rule status rs: emit what it holds.  An
 * e-mail address or URL (range r) is one token whatever the segments; the
 * caller then skips segments that start before *skip, as ICU's
 * ubrk_following() would.
 */
int
tok_segment(struct tok *t, struct tok_out *out, const char *s, size_t a,
	size_t b, int32_t rs, size_t *r, size_t *skip)
{
	while (*r < t->nrg && t->rg[*r].b <= a)
		(*r)++;
	if (*r < t->nrg && t->rg[*r].a < b) {
		size_t ra = t->rg[*r].a, rb = t->rg[*r].b;

		if (ra < a)
			ra = a;
		(*r)++;
		*skip = rb;
		return emit_word(t, out, s, ra, rb);
	}
	if (rs >= UBRK_WORD_LETTER && rs < UBRK_WORD_IDEO_LIMIT)
		return has_alnum(s, a, b) ? emit_dotted(t, out, s, a, b) : 0;
	if (rs >= UBRK_WORD_NUMBER && rs < UBRK_WORD_NUMBER_LIMIT)
		return emit_word(t, out, s, a, b);
	if (has_emoji(s, a, b))
		emit_emoji(out, s, a, b);
	return 0;
}
