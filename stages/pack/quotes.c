/*
 * quotes.c - the pack's quotes (docs/packs.md): chosen from the records
 * tagged with a theme (non-negated, non-uncertain tags; records with two
 * or more such tags first), round-robin over cohorts and across sources,
 * one per person, no two alike, a record quoted under an earlier theme only
 * when no other will do, trimmed at sentence boundaries around the match,
 * the match marked from the stored byte spans, keyed pseudonyms shown as
 * their type only, and every word whose family (its Snowball stem: mile,
 * miles) fewer than K people use in the corpus masked; the fewest masks
 * first, and never a quote whose matched words are masked.
 */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "buf.h"
#include "err.h"
#include "hash.h"
#include "pack.h"
#include "stemmer.h"
#include "store.h"
#include "banned.h"

#define QUOTE_MAX 300
#define MASK "\xe2\x96\x92\xe2\x96\x92\xe2\x96\x92"   /* ▒▒▒ */
/* candidates rendered in one cohort's turn in search of one without masks */
#define QUOTE_TRIES 8

size_t
quote_pseudonym(const char *s, size_t n, size_t *tn)
{
	size_t i = 1, u;

	if (n < 4 || s[0] != '[')
		return 0;
	while (i < n && ((s[i] >= 'A' && s[i] <= 'Z') || s[i] == '_'))
		i++;
	u = i;
	while (u > 1 && s[u - 1] != '_')
		u--;
	if (u <= 2 || s[u - 1] != '_')
		return 0;
	/* TYPE_ then lower-case hex, then ] */
	i = u;
	while (i < n && ((s[i] >= '0' && s[i] <= '9') ||
	    (s[i] >= 'a' && s[i] <= 'f')))
		i++;
	if (i == u || i >= n || s[i] != ']')
		return 0;
	*tn = u - 2;
	return i + 1;
}

/* The code point at s[*i] (advancing *i); U+FFFD for bad bytes. */
static UChar32
next_cp(const char *s, size_t n, size_t *i)
{
	UChar32 c;
	int32_t j = (int32_t)*i;

	U8_NEXT(s, j, (int32_t)n, c);
	*i = (size_t)j;
	return c < 0 ? 0xfffd : c;
}

static int
word_cp(UChar32 c)
{
	return u_isalnum(c);
}

/* The end of the word starting at i (a letter or digit), apostrophes
 * inside it included; the case-folded word into w. */
static size_t
word_end(const char *s, size_t n, size_t i, struct buf *w)
{
	size_t j = i, k;
	UChar32 c;
	char u8[4];

	buf_reset(w);
	while (j < n) {
		k = j;
		c = next_cp(s, n, &k);
		if (c == '\'' || c == 0x2019) {
			size_t m = k;

			if (m < n && word_cp(next_cp(s, n, &m))) {
				buf_addc(w, '\'');
				j = k;
				continue;
			}
			break;
		}
		if (!word_cp(c))
			break;
		{
			int32_t o = 0;
			UBool bad = 0;

			U8_APPEND((uint8_t *)u8, o, 4, u_tolower(c), bad);
			(void)bad;
			buf_add(w, u8, (size_t)o);
		}
		j = k;
	}
	return j;
}

/* Calls f on every word of text (pseudonyms skipped). */
static void
each_word(const char *s, size_t n, struct buf *w,
	  void (*f)(void *, const char *, size_t), void *arg)
{
	size_t i = 0, k, tn;

	while (i < n) {
		if ((k = quote_pseudonym(s + i, n - i, &tn))) {
			i += k;
			continue;
		}
		k = i;
		if (word_cp(next_cp(s, n, &k))) {
			i = word_end(s, n, i, w);
			f(arg, w->s, w->len);
		} else {
			i = k;
		}
	}
}

struct counting {
	struct pack *p;
	size_t who;
	struct buf stem;
};

/* The family of the case-folded word w: its stem (English). */
static void
family(struct pack *p, const char *w, size_t n, struct buf *out)
{
	buf_reset(out);
	stemmer_stem(p->stemmer, p->stem_lang, w, n, out);
	if (out->len == 0)
		buf_add(out, w, n);
}

static void
count_one(void *arg, const char *w, size_t n)
{
	struct counting *c = arg;
	struct pack *p = c->p;
	int added;
	size_t i;

	family(p, w, n, &c->stem);
	i = hash_intern(&p->words, c->stem.s, c->stem.len, &added);

	if (added) {
		p->wcount = xrealloc(p->wcount, xmul(p->words.count,
		    sizeof *p->wcount));
		p->wlast = xrealloc(p->wlast, xmul(p->words.count,
		    sizeof *p->wlast));
		p->wcount[i] = 0;
		p->wlast[i] = (size_t)-1;
	}
	if (p->wlast[i] != c->who) {
		p->wlast[i] = c->who;
		p->wcount[i]++;
	}
}

void
quotes_count_words(struct pack *p)
{
	sqlite3_stmt *st;
	struct hash people;
	struct buf w, q;
	struct counting c = { p, 0, BUF_INIT };
	int added;

	p->stemmer = stemmer_new();
	p->stem_lang = stemmer_lang(p->stemmer, "en", 2);
	hash_init(&p->words);
	hash_init(&people);
	buf_init(&w);
	buf_init(&q);
	buf_adds(&q, "SELECT _rid, text, ");
	if (p->person_in_store)
		store_ident(&q, p->person);
	else
		buf_adds(&q, "_rid");
	buf_adds(&q, " FROM records");
	if (sqlite3_prepare_v2(p->db, q.s, -1, &st, NULL) != SQLITE_OK)
		die(HARK_ETROUBLE, "%s: %s", p->path, sqlite3_errmsg(p->db));
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(st, 1);
		size_t tn = (size_t)sqlite3_column_bytes(st, 1);
		const char *who = (const char *)sqlite3_column_text(st, 2);

		if (!t)
			continue;
		who = who ? who : "";
		c.who = hash_intern(&people, who, strlen(who), &added);
		each_word(t, tn, &w, count_one, &c);
	}
	sqlite3_finalize(st);
	hash_free(&people);
	buf_free(&w);
	buf_free(&q);
	buf_free(&c.stem);
}

void
quotes_free(struct pack *p)
{
	stemmer_free(p->stemmer);
	p->stemmer = NULL;
	free(p->quoted);
	p->quoted = NULL;
	p->nquoted = 0;
}

static int
is_rare(struct pack *p, const char *w, size_t n, struct buf *stem)
{
	long i;

	family(p, w, n, stem);
	i = hash_find(&p->words, stem->s, stem->len);
	return i < 0 || p->wcount[i] < p->rare_k;
}

static int
quoted_before(const struct pack *p, long long rid)
{
	size_t i;

	for (i = 0; i < p->nquoted; i++)
		if (p->quoted[i] == rid)
			return 1;
	return 0;
}

/* A candidate record. */
struct cand {
	long long rid;
	char *text, *cohort, *source, *person;
	size_t len, a, b;     /* the first match */
	int used;
	size_t tried;         /* the turn that last rendered it */
};

static int
is_end(char c)
{
	return c == '.' || c == '!' || c == '?';
}

static int
is_sp(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The excerpt [*s, *e) of c: the sentence around the match, the next
 * too when short, cut at spaces to QUOTE_MAX bytes. */
static void
excerpt(const struct cand *c, size_t *s, size_t *e)
{
	const char *t = c->text;
	size_t n = c->len, i = c->a, j = c->b;

	while (i > 0 && !(t[i - 1] == '\n' || (is_sp(t[i - 1]) && i >= 2 &&
	    is_end(t[i - 2]))))
		i--;
	while (j < n && t[j] != '\n' && !(is_end(t[j]) &&
	    (j + 1 == n || is_sp(t[j + 1]))))
		j++;
	if (j < n && is_end(t[j]))
		j++;
	/* a short sentence: take the next one too */
	if (j - i < 80 && j < n && t[j] != '\n') {
		size_t k = j;

		while (k < n && is_sp(t[k]) && t[k] != '\n')
			k++;
		while (k < n && t[k] != '\n' && !(is_end(t[k]) &&
		    (k + 1 == n || is_sp(t[k + 1]))))
			k++;
		if (k < n && is_end(t[k]))
			k++;
		if (k - i <= QUOTE_MAX)
			j = k;
	}
	if (j - i > QUOTE_MAX) {
		if (c->a > i + 120) {
			i = c->a - 120;
			while (i < c->a && !is_sp(t[i]))
				i++;
		}
		if (j > i + QUOTE_MAX && i + QUOTE_MAX > c->b) {
			j = i + QUOTE_MAX;
			while (j > c->b && !is_sp(t[j]))
				j--;
		}
	}
	while (i < j && is_sp(t[i]))
		i++;
	while (j > i && is_sp(t[j - 1]))
		j--;
	*s = i;
	*e = j;
}

/* Writes the excerpt of c into out (HTML); returns the words masked, or
 * -1 when the excerpt is too short to read or a matched word is masked (it
 * would no longer show the theme). */
static long
render(struct pack *p, const struct cand *c, const char *theme,
       struct buf *out)
{
	sqlite3_stmt *st;
	size_t s, e, i, k, tn, nm = 0, im = 0, nw = 0;
	size_t ms[64], me[64];
	long masked = 0;
	int open = 0, mark_masked = 0;
	struct buf w, stem;
	const char *t = c->text;

	excerpt(c, &s, &e);
	if (sqlite3_prepare_v2(p->db, "SELECT byte_start, byte_end FROM tags "
	    "WHERE rid = ?1 AND (code = ?2 OR substr(code, 1, length(?2) + 1) "
	    "= ?2 || '/') AND negated = 0 AND uncertain = 0 "
	    "ORDER BY byte_start", -1, &st, NULL) != SQLITE_OK)
		die(HARK_ETROUBLE, "%s: %s", p->path, sqlite3_errmsg(p->db));
	sqlite3_bind_int64(st, 1, c->rid);
	sqlite3_bind_text(st, 2, theme, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW && nm < 64) {
		size_t a = (size_t)sqlite3_column_int64(st, 0);
		size_t b = (size_t)sqlite3_column_int64(st, 1);

		if (a >= s && b <= e && b > a && (nm == 0 || a >= me[nm - 1])) {
			ms[nm] = a;
			me[nm++] = b;
		}
	}
	sqlite3_finalize(st);
	buf_init(&w);
	buf_init(&stem);
	buf_reset(out);
	if (s > 0)
		buf_adds(out, "\xe2\x80\xa6 ");
	i = s;
	while (i < e) {
		if (open && i >= me[im]) {
			buf_adds(out, "</mark>");
			open = 0;
			im++;
		}
		if (!open && im < nm && i >= ms[im]) {
			buf_adds(out, "<mark>");
			open = 1;
		}
		if ((k = quote_pseudonym(t + i, e - i, &tn))) {
			buf_addc(out, '[');
			buf_add(out, t + i + 1, tn);
			buf_addc(out, ']');
			i += k;
			continue;
		}
		k = i;
		if (word_cp(next_cp(t, e, &k))) {
			size_t j = word_end(t, e, i, &w);

			nw++;
			if (is_rare(p, w.s, w.len, &stem)) {
				buf_adds(out, MASK);
				masked++;
				mark_masked |= open;
			} else {
				/* escape into out */
				size_t x;

				for (x = i; x < j; x++) {
					if (t[x] == '&')
						buf_adds(out, "&amp;");
					else if (t[x] == '<')
						buf_adds(out, "&lt;");
					else if (t[x] == '>')
						buf_adds(out, "&gt;");
					else if (t[x] == '"')
						buf_adds(out, "&quot;");
					else
						buf_addc(out, t[x]);
				}
			}
			i = j;
			continue;
		}
		for (; i < k; i++) {
			char ch = t[i];

			if (ch == '&')
				buf_adds(out, "&amp;");
			else if (ch == '<')
				buf_adds(out, "&lt;");
			else if (ch == '>')
				buf_adds(out, "&gt;");
			else if (ch == '"')
				buf_adds(out, "&quot;");
			else if (ch == '\n' || ch == '\r' || ch == '\t')
				buf_addc(out, ' ');
			else
				buf_addc(out, ch);
		}
	}
	if (open)
		buf_adds(out, "</mark>");
	if (e < c->len)
		buf_adds(out, " \xe2\x80\xa6");
	buf_free(&w);
	buf_free(&stem);
	return nw < 4 || mark_masked ? -1 : masked;
}

static void
free_cands(struct cand *c, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(c[i].text);
		free(c[i].cohort);
		free(c[i].source);
		free(c[i].person);
	}
	free(c);
}

static char *
col_dup(sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);

	return xstrdup(s ? s : "");
}

/* 1 when the quote may be shown for this cohort: the table's cell of the
 * theme and cohort is neither suppressed nor missing. */
static int
cohort_safe(struct pack *p, const char *theme, const char *cohort)
{
	long r = tab_row(&p->t, theme, p->by_in_store ? cohort : "Total");
	int wc = tab_col(&p->t, "with_theme");
	const char *v;

	if (r < 0 || wc < 0)
		return 0;
	v = tab_get(&p->t, (size_t)r, wc);
	return v[0] >= '1' && v[0] <= '9';
}

size_t
quotes_write(struct pack *p, const char *theme)
{
	sqlite3_stmt *st;
	struct buf q, html, besthtml;
	struct cand *c = NULL;
	size_t n = 0, cap = 0, shown = 0, i, round, turn = 0;
	char **cohorts = NULL, **people = NULL, **sources = NULL, **seen = NULL;
	size_t ncoh = 0, npeople = 0, nsrc = 0, nseen = 0;
	size_t *srcuse = NULL;
	int has_source = store_has_col(p->db, "source");

	buf_init(&q);
	buf_init(&html);
	buf_init(&besthtml);
	buf_adds(&q, "WITH m AS (SELECT rid, count(*) AS n, min(byte_start) AS "
	    "a FROM tags WHERE (code = ?1 OR substr(code, 1, length(?1) + 1) = "
	    "?1 || '/') AND negated = 0 AND uncertain = 0 GROUP BY rid) "
	    "SELECT r._rid, r.text, ");
	if (p->by_in_store)
		store_ident(&q, p->by);
	else
		buf_adds(&q, "''");
	buf_adds(&q, ", ");
	if (has_source)
		buf_adds(&q, "r.source");
	else
		buf_adds(&q, "''");
	buf_adds(&q, ", ");
	if (p->person_in_store)
		store_ident(&q, p->person);
	else
		buf_adds(&q, "r._rid");
	buf_adds(&q, ", m.a, (SELECT byte_end FROM tags t WHERE t.rid = m.rid "
	    "AND t.byte_start = m.a LIMIT 1) FROM m JOIN records r ON r._rid = "
	    "m.rid ORDER BY (m.n >= 2) DESC, (r._rid * 2654435761) % 4294967291");
	if (sqlite3_prepare_v2(p->db, q.s, -1, &st, NULL) != SQLITE_OK)
		die(HARK_ETROUBLE, "%s: %s", p->path, sqlite3_errmsg(p->db));
	sqlite3_bind_text(st, 1, theme, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			c = xrealloc(c, xmul(cap, sizeof *c));
		}
		c[n].rid = sqlite3_column_int64(st, 0);
		c[n].text = col_dup(st, 1);
		c[n].len = strlen(c[n].text);
		c[n].cohort = col_dup(st, 2);
		c[n].source = col_dup(st, 3);
		c[n].person = col_dup(st, 4);
		c[n].a = (size_t)sqlite3_column_int64(st, 5);
		c[n].b = (size_t)sqlite3_column_int64(st, 6);
		c[n].used = 0;
		c[n].tried = 0;
		/* bad spans: never quoted; an unsafe cohort: passed over */
		if (c[n].b > c[n].len || c[n].a >= c[n].b ||
		    !cohort_safe(p, theme, c[n].cohort)) {
			p->quotes_skipped++;
			free(c[n].text);
			free(c[n].cohort);
			free(c[n].source);
			free(c[n].person);
			continue;
		}
		n++;
	}
	sqlite3_finalize(st);
	/* the cohorts, in the order met */
	for (i = 0; i < n; i++) {
		size_t j;

		for (j = 0; j < ncoh && strcmp(cohorts[j], c[i].cohort); j++)
			;
		if (j == ncoh) {
			cohorts = xrealloc(cohorts, xmul(ncoh + 1,
			    sizeof *cohorts));
			cohorts[ncoh++] = c[i].cohort;
		}
	}
	/*
	 * Round-robin over cohorts.  In a cohort's turn the candidates are
	 * taken in order of: not quoted under an earlier theme, then the least
	 * used source, then the order above; up to QUOTE_TRIES of them are
	 * rendered and the one with the fewest masks is shown (the first with
	 * none ends the turn).  The others stay for later turns.
	 */
	for (round = 0; shown < p->nquotes && round < 50; round++) {
		size_t before = shown, k;

		for (k = 0; k < ncoh && shown < p->nquotes; k++) {
			size_t best = n, t, j;
			long bestm = 3;

			turn++;
			for (t = 0; t < QUOTE_TRIES; t++) {
				size_t pick = n, pickkey = (size_t)-1;
				long m;

				for (i = 0; i < n; i++) {
					size_t use = 0, key;

					if (c[i].used || c[i].tried == turn ||
					    strcmp(c[i].cohort, cohorts[k]))
						continue;
					for (j = 0; j < npeople &&
					    strcmp(people[j], c[i].person); j++)
						;
					if (j < npeople) {
						c[i].used = 1;
						continue;
					}
					for (j = 0; j < nsrc; j++)
						if (!strcmp(sources[j],
						    c[i].source))
							use = srcuse[j];
					key = use + (quoted_before(p, c[i].rid) ?
					    (size_t)1 << 30 : 0);
					if (key < pickkey) {
						pick = i;
						pickkey = key;
					}
				}
				if (pick == n)
					break;
				c[pick].tried = turn;
				m = render(p, &c[pick], theme, &html);
				for (j = 0; j < nseen && strcmp(seen[j],
				    html.s); j++)
					;
				if (m < 0 || m > 2 || j < nseen) {
					c[pick].used = 1;
					p->quotes_skipped++;
					continue;
				}
				if (m < bestm) {
					best = pick;
					bestm = m;
					buf_reset(&besthtml);
					buf_add(&besthtml, html.s, html.len);
				}
				if (m == 0)
					break;
			}
			if (best == n)
				continue;
			c[best].used = 1;
			seen = xrealloc(seen, xmul(nseen + 1, sizeof *seen));
			seen[nseen++] = xstrdup(besthtml.s);
			p->words_masked += (unsigned long)bestm;
			p->quoted = xrealloc(p->quoted, xmul(p->nquoted + 1,
			    sizeof *p->quoted));
			p->quoted[p->nquoted++] = c[best].rid;
			fputs("<blockquote><p>", p->out);
			fputs(besthtml.s, p->out);
			fputs("</p><footer>", p->out);
			if (p->by_in_store && c[best].cohort[0]) {
				html_escs(p->out, c[best].cohort);
				if (c[best].source[0])
					fputs(" \xc2\xb7 ", p->out);
			}
			{
				char *sv = xstrdup(c[best].source);

				for (j = 0; sv[j]; j++)
					if (sv[j] == '_')
						sv[j] = ' ';
				html_escs(p->out, sv);
				free(sv);
			}
			fputs("</footer></blockquote>\n", p->out);
			shown++;
			people = xrealloc(people, xmul(npeople + 1,
			    sizeof *people));
			people[npeople++] = c[best].person;
			for (j = 0; j < nsrc && strcmp(sources[j],
			    c[best].source); j++)
				;
			if (j == nsrc) {
				sources = xrealloc(sources, xmul(nsrc + 1,
				    sizeof *sources));
				srcuse = xrealloc(srcuse, xmul(nsrc + 1,
				    sizeof *srcuse));
				sources[nsrc] = c[best].source;
				srcuse[nsrc++] = 0;
			}
			srcuse[j]++;
		}
		if (shown == before) {
			size_t left = 0;

			for (i = 0; i < n; i++)
				left += !c[i].used;
			if (!left)
				break;
		}
	}
	p->quotes_shown += shown;
	for (i = 0; i < nseen; i++)
		free(seen[i]);
	free(seen);
	free(cohorts);
	free(people);
	free(sources);
	free(srcuse);
	free_cands(c, n);
	buf_free(&q);
	buf_free(&html);
	buf_free(&besthtml);
	return shown;
}
