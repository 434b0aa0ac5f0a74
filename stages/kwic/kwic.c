/*
 * kwic.c - keyword in context from the embedded store (docs/store.md):
 * for each match of an FTS5 query, or each tag of a code or theme, the
 * words to its left, the match, and the words to its right, a window of
 * tokens each side.  Tag matches are cut at the byte spans stored at
 * index time, so the match is exactly what was tagged; the windows are
 * the tokens of hark's tokenizer with the store's settings.  Writes a
 * stream (`id`, `left`, `match`, `right`, and `code`, `negated` for tags)
 * or, with --format text, aligned lines for a terminal, widths counted in
 * display columns (East Asian width: CJK and emoji take two).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "err.h"
#include "opt.h"
#include "rec.h"
#include "settings.h"
#include "store.h"
#include "tok.h"
#include "tokcols.h"
#include "banned.h"

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: hark-kwic [-hq] --db FILE [--window N] "
	    "[--format stream|text] [--limit N] [--allow-unredacted] "
	    "(QUERY | --code CODE | --theme THEME)\n");
}

static const char help[] =
	"  --db FILE               the store (required)\n"
	"  --window N              tokens either side (0 to 1000)\n"
	"  --format stream|text    the output (default stream)\n"
	"  --limit N               at most N rows\n"
	"  --code CODE             the places tagged with CODE or a code below it\n"
	"  --theme THEME           the same: THEME and the codes below it\n"
	"  --allow-unredacted      show a store loaded from an unredacted stream\n"
	OPT_HELP_COMMON;

/* One row, kept for --format text (which aligns them all). */
struct row {
	char *id, *left, *match, *right, *code;
	int negated;
};

struct kw {
	struct tok *t;
	struct tok_out to;
	size_t *start, *end, n, cap;
	int text, tags, unredacted;
	size_t window;
	struct rec_writer w;
	struct row *rows;
	size_t nrows, caprows;
};

/* The tokens' byte spans of text (in the parts the tokenizer uses). */
static void
spans_of(struct kw *k, const char *text, size_t n)
{
	struct str s = { text, n };
	size_t off = 0, e, j;
	char err[512];

	k->n = 0;
	while (off < n) {
		e = tokcols_part_end(s, off);
		if (tok_run(k->t, text + off, e - off, &k->to, err,
		    sizeof err) < 0)
			die(HARK_ETROUBLE, "%s", err);
		if (k->n + k->to.n + 1 > k->cap) {
			k->cap = xadd(xadd(k->n, k->to.n), 256);
			k->start = xrealloc(k->start, xmul(k->cap,
			    sizeof *k->start));
			k->end = xrealloc(k->end, xmul(k->cap, sizeof *k->end));
		}
		for (j = 0; j < k->to.n; j++, k->n++) {
			k->start[k->n] = off + k->to.t[j].start;
			k->end[k->n] = off + k->to.t[j].end;
		}
		off = e;
	}
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Emit one row: text[a..b) is the match; the window around it. */
static void
emit(struct kw *k, const char *id, const char *text, size_t len, size_t a,
     size_t b, const char *code, int negated)
{
	size_t i0 = 0, i1, ls, re;
	const char *l, *m, *r;
	size_t ln, mn, rn;

	/* the first token at or after a (by halves: a record may have
	 * hundreds of thousands), the last ending at or before b */
	{
		size_t lo = 0, hi = k->n;

		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (k->start[mid] < a)
				lo = mid + 1;
			else
				hi = mid;
		}
		i0 = lo;
	}
	i1 = i0;
	while (i1 < k->n && k->end[i1] <= b)
		i1++;
	ls = i0 >= k->window ? i0 - k->window : 0;
	ls = k->n && ls < k->n && i0 > 0 ? k->start[ls] : a;
	re = i1 + k->window <= k->n ? i1 + k->window : k->n;
	re = re > i1 ? k->end[re - 1] : b;
	if (re < b)
		re = b;
	if (ls > a)
		ls = a;
	l = text + ls;
	ln = a - ls;
	while (ln && is_space(l[ln - 1]))
		ln--;
	while (ln && is_space(*l))
		l++, ln--;
	m = text + a;
	mn = b - a;
	r = text + b;
	rn = re > len ? len - b : re - b;
	while (rn && is_space(*r))
		r++, rn--;
	if (k->text) {
		struct row *w;

		if (k->nrows == k->caprows) {
			k->caprows = k->caprows ? 2 * k->caprows : 64;
			k->rows = xrealloc(k->rows, xmul(k->caprows,
			    sizeof *k->rows));
		}
		w = &k->rows[k->nrows++];
		w->id = xstrdup(id);
		w->left = xmemdup(l, ln);
		w->match = xmemdup(m, mn);
		w->right = xmemdup(r, rn);
		w->code = code ? xstrdup(code) : NULL;
		w->negated = negated;
		return;
	}
	rec_put_esc(&k->w, id, strlen(id));
	rec_putc(&k->w, '\t');
	rec_put_esc(&k->w, l, ln);
	rec_putc(&k->w, '\t');
	rec_put_esc(&k->w, m, mn);
	rec_putc(&k->w, '\t');
	rec_put_esc(&k->w, r, rn);
	if (k->tags) {
		rec_putc(&k->w, '\t');
		rec_puts(&k->w, code);
		rec_puts(&k->w, negated ? "\t1" : "\t0");
	}
	if (k->unredacted)
		rec_puts(&k->w, "\tyes");
	rec_putc(&k->w, '\n');
}

/* Display width of one code point. */
static int
cp_width(UChar32 c)
{
	int t = u_charType(c), ea;

	if (c == 0x200D || t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK ||
	    t == U_FORMAT_CHAR || (c >= 0xFE00 && c <= 0xFE0F) ||
	    (c >= 0x1F3FB && c <= 0x1F3FF))
		return 0;
	if (t == U_CONTROL_CHAR)
		return 1; /* shown as a space */
	ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
	return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

/* Append s with white space as single spaces; returns its width.  With
 * max, keep at most max columns: from the end when tail, else the start
 * ("…" marks the cut). */
static size_t
put_cols(struct buf *out, const char *s, size_t max, int tail)
{
	size_t n = strlen(s), w = 0, i = 0, from = 0, cut = 0;
	UChar32 c;

	/* total width first */
	for (i = 0; i < n;) {
		U8_NEXT(s, i, n, c);
		w += c < 0 ? 1 : (size_t)cp_width(c);
	}
	if (max && w > max) {
		size_t keep = 0, j = 0;

		cut = 1;
		if (tail) {
			size_t skip = w - (max - 1);

			for (j = 0, keep = 0; j < n && keep < skip;) {
				U8_NEXT(s, j, n, c);
				keep += c < 0 ? 1 : (size_t)cp_width(c);
			}
			from = j;
			buf_adds(out, "…");
			w = 1 + (w - keep);
		} else {
			for (j = 0, keep = 0; j < n;) {
				size_t k = j, cw;

				U8_NEXT(s, k, n, c);
				cw = c < 0 ? 1 : (size_t)cp_width(c);
				if (keep + cw > max - 1)
					break;
				keep += cw;
				j = k;
			}
			n = j;
			w = keep + 1;
		}
	}
	for (i = from; i < n; i++)
		buf_addc(out, s[i] == '\n' || s[i] == '\t' || s[i] == '\r' ?
		    ' ' : s[i]);
	if (cut && !tail)
		buf_adds(out, "…");
	return w;
}

static void
pad(struct buf *out, size_t n)
{
	while (n--)
		buf_addc(out, ' ');
}

/* --format text: left right-aligned, the match in [ ], right after. */
static void
print_text(struct kw *k)
{
	struct buf line = BUF_INIT, tmp = BUF_INIT;
	size_t i, wl = 0, wi = 0, w;

	for (i = 0; i < k->nrows; i++) {
		buf_reset(&tmp);
		w = put_cols(&tmp, k->rows[i].left, 40, 1);
		if (w > wl)
			wl = w;
		buf_reset(&tmp);
		w = put_cols(&tmp, k->rows[i].id, 20, 0);
		if (w > wi)
			wi = w;
	}
	if (k->unredacted)
		rec_puts(&k->w, "UNREDACTED TEXT (--allow-unredacted): do not "
		    "share\n");
	for (i = 0; i < k->nrows; i++) {
		struct row *r = &k->rows[i];

		buf_reset(&line);
		w = put_cols(&line, r->id, 20, 0);
		pad(&line, wi - w + 2);
		buf_reset(&tmp);
		w = put_cols(&tmp, r->left, 40, 1);
		pad(&line, wl - w);
		buf_add(&line, tmp.s, tmp.len);
		buf_adds(&line, r->negated ? " [!" : " [");
		put_cols(&line, r->match, 40, 0);
		buf_adds(&line, "] ");
		put_cols(&line, r->right, 40, 0);
		if (r->code) {
			buf_adds(&line, "  (");
			buf_adds(&line, r->code);
			buf_adds(&line, ")");
		}
		while (line.len && line.s[line.len - 1] == ' ')
			line.len--;
		buf_addc(&line, '\n');
		rec_put(&k->w, line.s, line.len);
		free(r->id);
		free(r->left);
		free(r->match);
		free(r->right);
		free(r->code);
	}
	buf_free(&line);
	buf_free(&tmp);
}

/* Have at least n records CODE (or a code below it)?  (Counts no
 * further.) */
static int
frequent_code(sqlite3 *db, const char *code, sqlite3_int64 n)
{
	sqlite3_stmt *st;
	int yes = 0;

	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM (SELECT 1 FROM "
	    "record_codes WHERE code = ?1 LIMIT ?2)", -1, &st, NULL) !=
	    SQLITE_OK)
		return 0;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, n);
	if (sqlite3_step(st) == SQLITE_ROW)
		yes = sqlite3_column_int64(st, 0) >= n;
	sqlite3_finalize(st);
	return yes;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "db", required_argument, NULL, 'd' },
		{ "window", required_argument, NULL, 'w' },
		{ "format", required_argument, NULL, 'f' },
		{ "code", required_argument, NULL, 'c' },
		{ "theme", required_argument, NULL, 't' },
		{ "limit", required_argument, NULL, 'n' },
		{ "allow-unredacted", no_argument, NULL, 'u' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const formats[] = { "stream", "text", NULL };
	const char *path = NULL, *code = NULL, *query = NULL, *msg;
	char err[1024];
	unsigned long limit = 0, nout = 0;
	struct buf lastid = BUF_INIT;
	size_t lastlen = 0;
	int c, allow = 0, rc, theme = 0;
	struct kw k;
	sqlite3 *db;
	sqlite3_stmt *st;

	memset(&k, 0, sizeof k);
	k.window = 5;
	err_init("kwic");
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hqd:w:f:c:t:n:u", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'h':
			opt_help(usage, help);
		case 'q':
			err_quiet = 1;
			break;
		case 'd':
			path = optarg;
			break;
		case 'w':
			k.window = opt_uint("--window", optarg, 0, 1000, usage);
			break;
		case 'f':
			k.text = opt_choice("--format", optarg, formats, usage);
			break;
		case 'c':
		case 't':
			if (code) {
				err_msg("one --code or --theme, please");
				usage(stderr);
				return HARK_ETROUBLE;
			}
			code = optarg;
			theme = c == 't';
			break;
		case 'n':
			limit = opt_uint("--limit", optarg, 1, 1000000000,
			    usage);
			break;
		case 'u':
			allow = 1;
			break;
		default:
			opt_fail(c, argv, usage);
		}
	}
	if (optind < argc)
		query = argv[optind++];
	if (path == NULL || (query == NULL) == (code == NULL) ||
	    optind < argc) {
		err_msg("%s", path == NULL ? "no store given (--db FILE)" :
		    query && code ? "a query or --code/--theme, not both" :
		    query || code ? "one query, please (quote it)" :
		    "nothing to show: give a QUERY, --code or --theme");
		usage(stderr);
		return HARK_ETROUBLE;
	}
	k.tags = code != NULL;
	db = store_open_shown(path, allow, " (a run loaded it with "
	    "--allow-unredacted): give --allow-unredacted to show it", 1,
	    &k.unredacted);
	if (code)
		store_need_code(db, path, theme ? "theme" : "code", code);
	k.t = store_tok(db, 0, err, sizeof err);
	if (k.t == NULL)
		die(HARK_ETROUBLE, "%s: the store's tokenizer: %s", path, err);
	if (k.tags) {
		/* the code and its subcodes (CODE/...: the range from
		 * "CODE/" to "CODE0", '0' following '/'): the records that
		 * have them from record_codes, in record order, and their
		 * tags through tags_rid (the LIMIT, one line a row, also
		 * keeps SQLite from merging the two and sorting texts).  A
		 * frequent code with a small --limit is read through
		 * tags_rid alone, every record's tags, which stops at the
		 * limit sooner (on a 1M-record store, 185 ms -> a few). */
		static const char head[] = "SELECT r.id, r.text, "
		    "g.byte_start, g.byte_end, g.code, g.negated FROM (SELECT "
		    "g.rid, g.tok_first, g.tok_last, g.code, g.byte_start, "
		    "g.byte_end, g.negated FROM ";
		static const char filter[] = "(g.code = ?1 OR (g.code >= "
		    "?1 || '/' AND g.code < ?1 || '0')) ORDER BY ";
		static const char tail[] = ".rid, g.tok_first, g.tok_last, "
		    "g.code LIMIT ?2) g CROSS JOIN records r WHERE r._rid = "
		    "g.rid";
		struct buf q = BUF_INIT;

		buf_adds(&q, head);
		if (limit && limit <= 10000 && frequent_code(db, code,
		    2000 + 20 * (sqlite3_int64)limit))
			buf_addf(&q, "tags g INDEXED BY tags_rid WHERE %sg%s",
			    filter, tail);
		else
			/* ordered by c.rid, SQLite knows the rows come in
			 * record order and sorts each record's tags only,
			 * stopping at the LIMIT */
			buf_addf(&q, "record_codes c CROSS JOIN tags g INDEXED "
			    "BY tags_rid WHERE c.code = ?1 AND g.rid = c.rid "
			    "AND %sc%s", filter, tail);
		/* a store whose first load was killed has no tags_rid: then
		 * every tag is read and sorted */
		rc = sqlite3_prepare_v2(db, q.s, -1, &st, NULL);
		if (rc != SQLITE_OK) {
			buf_reset(&q);
			buf_addf(&q, "%stags g WHERE %sg%s", head, filter,
			    tail);
			rc = sqlite3_prepare_v2(db, q.s, -1, &st, NULL);
		}
		buf_free(&q);
	} else
		rc = sqlite3_prepare_v2(db, "SELECT r.id, r.text, "
		    "hark_matches(fts) FROM fts JOIN records r ON r._rid = "
		    "fts.rowid WHERE fts MATCH ?1 ORDER BY fts.rowid", -1, &st,
		    NULL);
	if (rc != SQLITE_OK)
		die(HARK_ETROUBLE, "%s: %s", path, sqlite3_errmsg(db));
	sqlite3_bind_text(st, 1, k.tags ? code : query, -1, SQLITE_STATIC);
	if (k.tags)
		sqlite3_bind_int64(st, 2, limit ? (sqlite3_int64)limit : -1);
	rec_writer_init(&k.w, 1);
	if (!k.text) {
		rec_puts(&k.w, "id\tleft\tmatch\tright");
		if (k.tags)
			rec_puts(&k.w, "\tcode\tnegated");
		if (k.unredacted)
			rec_puts(&k.w, "\tunredacted");
		rec_putc(&k.w, '\n');
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW &&
	    (!limit || nout < limit)) {
		const char *id = (const char *)sqlite3_column_text(st, 0);
		const char *text = (const char *)sqlite3_column_text(st, 1);
		size_t len = (size_t)sqlite3_column_bytes(st, 1);

		/* A record's tags come one row each, in record order: its
		 * tokens are made once, not once a tag (a long transcript
		 * with thousands of tags was quadratic: 80,000 words, 59 s) */
		if (!k.tags || lastid.len != strlen(id) ||
		    memcmp(lastid.s, id, lastid.len) != 0 || lastlen != len) {
			spans_of(&k, text, len);
			buf_reset(&lastid);
			buf_adds(&lastid, id);
			lastlen = len;
		}
		if (k.tags) {
			size_t a = (size_t)sqlite3_column_int64(st, 2);
			size_t b = (size_t)sqlite3_column_int64(st, 3);

			if (a > b || b > len)
				die(HARK_EDATA, "%s: tag of record '%s' "
				    "outside its text", path, id);
			emit(&k, id, text, len, a, b, (const char *)
			    sqlite3_column_text(st, 4),
			    sqlite3_column_int(st, 5));
			nout++;
		} else {
			const char *m = (const char *)sqlite3_column_text(st,
			    2);

			while (m && *m && (!limit || nout < limit)) {
				char *end;
				unsigned long f = strtoul(m, &end, 10), l;

				l = strtoul(end + 1, &end, 10);
				if (f < k.n && l < k.n && f <= l)
					emit(&k, id, text, len, k.start[f],
					    k.end[l], NULL, 0);
				nout++;
				m = *end ? end + 1 : end;
			}
		}
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		msg = sqlite3_errmsg(db);
		if (strstr(msg, "unterminated string") || strstr(msg,
		    "syntax error") || strstr(msg, "no such column") ||
		    strstr(msg, "fts5: "))
			store_bad_query(msg);
		die(HARK_ETROUBLE, "%s: %s", path, msg);
	}
	if (k.text)
		print_text(&k);
	sqlite3_finalize(st);
	store_close(db);
	rec_writer_close(&k.w);
	tok_free(k.t);
	tok_out_free(&k.to);
	free(k.start);
	free(k.end);
	free(k.rows);
	buf_free(&lastid);
	return HARK_OK;
}
