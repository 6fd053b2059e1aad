/*
 * csv.c - a streaming CSV reader on libcsv, and an RFC 4180 / Excel
 * writer.
 *
 * The reader keeps one buffer of decoded, checked UTF-8 input. It feeds
 * libcsv one line at a time (a piece ends after CR, LF or CRLF), so it
 * always knows the line being parsed, and a row can only end at the end
 * of a piece: every call of lp_csv_next() feeds pieces until libcsv
 * reports the end of one row. The bytes of the current row stay in the
 * buffer until the next row begins, so an error anywhere in the row can
 * be given a line and a column (in characters) by walking the row again.
 * Memory is bounded by the longest row (and LP_CSV_MAXROW).
 *
 * Most rows never reach libcsv: a row that lies whole on one line of the
 * checked input, with no line end or stray quote inside it, is split by
 * rd_fast() with a table of the bytes that matter, giving the same
 * fields, positions and state as libcsv would. Every other row (a line
 * end inside quotes, a row not yet read to its end, a blank line, any
 * error) is left to libcsv, which reads it from the same place.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <csv.h>

#include "lp-private.h"

#ifndef LP_CSV_CHUNK
#define LP_CSV_CHUNK	(64u * 1024)	/* -D for tests of buffer edges */
#endif
#define CHUNK		LP_CSV_CHUNK
#define LP_CSV_MAXROW	(16u * 1024 * 1024)

enum bad {
	BAD_NONE,
	BAD_NUL,
	BAD_UTF8
};

/* Nonzero when a byte of w is 0 (exact as to whether, not where). */
#define ONES		0x0101010101010101ULL
#define ZBYTE(w)	(((w) - ONES) & ~(w) & (ONES << 7))

/* Byte classes for rd_fast(), in this order (see rd_skip). */
enum {
	K_TEXT,
	K_DELIM,
	K_QUOTE,
	K_EOL		/* CR or LF */
};

enum dec {
	DEC_ASCII,	/* only ASCII seen so far: not decided */
	DEC_UTF8,
	DEC_CP1252
};

struct lp_csv {
	FILE		*fp;
	int		 ownfp;
	char		*name;
	struct csv_parser p;
	int		 pinit;
	int		 delim;
	int		 fast;		/* rd_fast() may read rows */
	unsigned char	 cls[256];	/* K_* of each byte */
	int		 noheader;
	enum lp_enc	 enc;
	enum dec	 dec;
	void		(*warn)(struct lp_error *, void *);
	void		*warnarg;

	/* Decoded input: [0, lim) is checked, [lim, len) waits for more. */
	char		*in;
	size_t		 len, cap, pos, lim;
	enum bad	 bad;		/* what is wrong at lim */
	int		 eof;		/* the stream has ended */
	int		 first;		/* no chunk read yet */
	long		 line;		/* line of pos */
	size_t		 linestart;	/* offset where that line starts */
	int		 lastcr;	/* the last piece ended in CR */
	size_t		 nextcr;	/* the first CR from pos, or crlim */
	size_t		 crlim;		/* nextcr was sought up to here */
	size_t		 nfclast;	/* 1 + offset of the last byte that
					   may need NFC; 0: none */

	/* The row being read or last read. */
	int		 rowbegun;
	int		 rowdone;
	long		 rowline;
	size_t		 rowstart, rowend;
	char		*fb;		/* field bytes, each NUL-terminated */
	size_t		 fblen, fbcap;
	size_t		*off, *flen;
	size_t		 nf, fcap;
	int		 finished;	/* csv_fini has run */

	/* The header. */
	char		**hdr, **hkey, **hloose;
	size_t		 nh;
	size_t		 nref;		/* fields a row must have */
	int		 pending;	/* noheader: first row read at open */
	int		 failed;
	struct lp_error	 err;
};

static int	 rd_fill(struct lp_csv *);
static void	 rd_check(struct lp_csv *);
static size_t	 rd_ascii(const char *, size_t);
static int	 rd_utf8(struct lp_csv *, size_t);
static void	 rd_room(struct lp_csv *, size_t);
static int	 rd_row(struct lp_csv *);
static int	 rd_feed(struct lp_csv *, size_t);
static int	 rd_fini_row(struct lp_csv *);
static void	 rd_where(const struct lp_csv *, size_t, long *, long *);
static int	 rd_fail(struct lp_csv *, int, size_t, const char *, ...)
		    __attribute__((format(printf, 4, 5)));
static int	 rd_scan(const struct lp_csv *, size_t, size_t, size_t *,
		    size_t *);
static void	 rd_sepline(struct lp_csv *);
static int	 rd_sniff(struct lp_csv *);
static int	 rd_header(struct lp_csv *);
static int	 rd_ragged(struct lp_csv *);
static int	 rd_fast(struct lp_csv *);
static size_t	 rd_skip(const struct lp_csv *, const unsigned char *, size_t,
		    size_t, int);
static void	 rd_grow(struct lp_csv *, size_t);
static void	 rd_put(struct lp_csv *, const char *, size_t);
static void	 rd_endfield(struct lp_csv *, size_t);
static void	 on_field(void *, size_t, void *);
static void	 on_row(int, void *);
static long	 rd_find(const struct lp_csv *, const char *);
static int	 is_utf16(const unsigned char *, size_t);
static size_t	 utf8_tail(const char *, size_t);
static int	 need_nfc(const char *, size_t);

/* libcsv's entry buffer grows through this, so LP_FAILALLOC reaches it. */
static void *
rd_realloc(void *p, size_t n)
{
	return lp_realloc_hook(p, n);
}

struct lp_csv *
lp_csv_open(const char *path, const struct lp_csv_opts *o,
    struct lp_error *e)
{
	struct lp_csv *r;
	FILE *fp;

	if ((fp = lp_open_in(path, e)) == NULL)
		return NULL;
	if ((r = lp_csv_openfp(fp, lp_name(path), o, e)) == NULL) {
		lp_close_in(fp);
		return NULL;
	}
	r->ownfp = 1;
	return r;
}

/* What lp_csv_set_encoding chose; LP_ENC_AUTO until then. */
static enum lp_enc forced_enc = LP_ENC_AUTO;

void
lp_csv_set_encoding(enum lp_enc enc)
{
	forced_enc = enc;
}

int
lp_enc_parse(const char *s, enum lp_enc *enc)
{
	if (strcasecmp(s, "auto") == 0)
		*enc = LP_ENC_AUTO;
	else if (strcasecmp(s, "utf-8") == 0 || strcasecmp(s, "utf8") == 0)
		*enc = LP_ENC_UTF8;
	else if (strcasecmp(s, "windows-1252") == 0 ||
	    strcasecmp(s, "cp1252") == 0)
		*enc = LP_ENC_CP1252;
	else
		return -1;
	return 0;
}

struct lp_csv *
lp_csv_openfp(FILE *fp, const char *name, const struct lp_csv_opts *o,
    struct lp_error *e)
{
	struct lp_csv *r;

	r = lp_xcalloc(1, sizeof(*r));
	r->fp = fp;
	r->name = lp_xstrdup(name ? name : "<stdin>");
	if (o != NULL) {
		r->delim = o->delim;
		r->enc = o->enc;
		r->noheader = o->noheader;
		r->warn = o->warn;
		r->warnarg = o->warnarg;
	}
	if (r->enc == LP_ENC_AUTO)
		r->enc = forced_enc;
	r->dec = r->enc == LP_ENC_UTF8 ? DEC_UTF8 :
	    r->enc == LP_ENC_CP1252 ? DEC_CP1252 : DEC_ASCII;
	r->first = 1;
	r->line = 1;
	if (csv_init(&r->p, CSV_STRICT | CSV_STRICT_FINI) != 0) {
		lp_error_set(e, LP_EXIT_OSERR, r->name, 0, 0, _("out of memory"));
		lp_csv_close(r);
		return NULL;
	}
	r->pinit = 1;
	csv_set_realloc_func(&r->p, rd_realloc);

	if (rd_fill(r) == -1)
		goto fail;
	rd_sepline(r);
	if (r->delim == 0 && rd_sniff(r) == -1)
		goto fail;
	csv_set_delim(&r->p, (unsigned char)r->delim);
	/* Odd delimiters (a quote, a line end, a non-ASCII byte): libcsv. */
	if (r->delim > 0 && r->delim < 0x80 && r->delim != '"' &&
	    r->delim != '\r' && r->delim != '\n') {
		r->fast = 1;
		r->cls[r->delim] = K_DELIM;
		r->cls['"'] = K_QUOTE;
		r->cls['\r'] = r->cls['\n'] = K_EOL;
	}
	switch (rd_row(r)) {
	case -1:
		goto fail;
	case 0:
		if (!r->noheader) {
			lp_error_set(e, LP_EXIT_DATAERR, r->name, 0, 0,
			    _("empty file"));
			lp_csv_close(r);
			return NULL;
		}
		break;
	default:
		if (r->noheader) {
			r->nref = r->nf;
			r->pending = 1;
		} else if (rd_header(r) == -1)
			goto fail;
		break;
	}
	return r;
fail:
	if (e != NULL)
		*e = r->err;
	lp_csv_close(r);
	return NULL;
}

void
lp_csv_close(struct lp_csv *r)
{
	size_t i;

	if (r == NULL)
		return;
	if (r->pinit)
		csv_free(&r->p);
	if (r->ownfp)
		lp_close_in(r->fp);
	for (i = 0; i < r->nh; i++) {
		free(r->hdr[i]);
		free(r->hkey[i]);
		free(r->hloose[i]);
	}
	free(r->hdr);
	free(r->hkey);
	free(r->hloose);
	free(r->in);
	free(r->fb);
	free(r->off);
	free(r->flen);
	free(r->name);
	free(r);
}

int
lp_csv_next(struct lp_csv *r, struct lp_error *e)
{
	int rc;

	if (r->pending) {
		r->pending = 0;
		return 1;
	}
	if (!r->failed) {
		if ((rc = rd_row(r)) == 1 && rd_ragged(r) == 0)
			return 1;
		if (rc == 0)
			return 0;
	}
	if (e != NULL)
		*e = r->err;
	return -1;
}

size_t
lp_csv_nf(const struct lp_csv *r)
{
	return r->nf;
}

const char *
lp_csv_field(const struct lp_csv *r, size_t i)
{
	return i < r->nf ? r->fb + r->off[i] : "";
}

size_t
lp_csv_fieldlen(const struct lp_csv *r, size_t i)
{
	return i < r->nf ? r->flen[i] : 0;
}

long
lp_csv_line(const struct lp_csv *r)
{
	return r->rowline;
}

size_t
lp_csv_nheader(const struct lp_csv *r)
{
	return r->nh;
}

const char *
lp_csv_header(const struct lp_csv *r, size_t i)
{
	return i < r->nh ? r->hdr[i] : NULL;
}

int
lp_csv_delim(const struct lp_csv *r)
{
	return r->delim;
}

const char *
lp_csv_name(const struct lp_csv *r)
{
	return r->name;
}

/*
 * Read one more chunk into the buffer, first moving out what no longer
 * matters (everything before the current row, or before the current
 * line between rows). Returns 0, or -1 on a read error or UTF-16.
 */
static int
rd_fill(struct lp_csv *r)
{
	char *conv, *at;
	size_t keep, n, clen;

	keep = r->rowbegun ? r->rowstart : r->linestart;
	if (keep > 0) {
		memmove(r->in, r->in + keep, r->len - keep);
		r->len -= keep;
		r->pos -= keep;
		r->lim -= keep;
		r->linestart -= keep;
		r->rowstart = r->rowstart >= keep ? r->rowstart - keep : 0;
		r->rowend = r->rowend >= keep ? r->rowend - keep : 0;
		r->nfclast = r->nfclast > keep ? r->nfclast - keep : 0;
		r->nextcr = r->crlim = 0;
	}
	rd_room(r, CHUNK);
	at = r->in + r->len;
	n = fread(at, 1, CHUNK, r->fp);
	if (n < CHUNK) {
		if (ferror(r->fp))
			return rd_fail(r, LP_EXIT_IOERR, SIZE_MAX, "%s",
			    strerror(errno ? errno : EIO));
		r->eof = 1;
	}
	if (r->first) {
		r->first = 0;
		if (is_utf16((unsigned char *)at, n))
			return rd_fail(r, LP_EXIT_DATAERR, SIZE_MAX,
			    _("file is UTF-16; save it as UTF-8"));
		if (n >= 3 && memcmp(at, "\xef\xbb\xbf", 3) == 0) {
			n -= 3;
			memmove(at, at + 3, n);
			if (r->dec == DEC_ASCII)
				r->dec = DEC_UTF8;
		}
	}
	if (r->dec == DEC_CP1252) {
		conv = lp_cp1252_to_utf8(at, n, &clen);
		rd_room(r, clen);
		memcpy(r->in + r->len, conv, clen);
		r->len += clen;
		free(conv);
	} else
		r->len += n;
	rd_check(r);
	return 0;
}

static void
rd_room(struct lp_csv *r, size_t n)
{
	size_t cap;

	if (r->len + n + 1 <= r->cap)
		return;
	cap = r->cap ? r->cap : 2 * CHUNK;
	while (cap < r->len + n + 1)
		cap *= 2;
	r->in = lp_xrealloc(r->in, cap);
	r->cap = cap;
}

/*
 * Check the bytes from lim on: move lim past the good ones, and mark
 * what is wrong where it stops (a NUL, invalid UTF-8). While the input
 * has been ASCII the encoding is open; the first chunk with other bytes
 * decides it, and Windows-1252 text is then converted in place.
 */
static void
rd_check(struct lp_csv *r)
{
	struct lp_error w;
	char *nul, *conv, *tmp;
	size_t end, bad, clen, n;

	if (r->bad != BAD_NONE)
		return;
	n = r->len - r->lim;
	if (r->dec == DEC_ASCII && rd_ascii(r->in + r->lim, n) < n) {
		if (lp_utf8_check(r->in + r->lim, n - (r->eof ? 0 :
		    utf8_tail(r->in + r->lim, n)), &bad) == 0 ||
		    !lp_looks_cp1252(r->in + r->lim, n))
			r->dec = DEC_UTF8;
		else {
			r->dec = DEC_CP1252;
			tmp = lp_xstrndup(r->in + r->lim, n);
			conv = lp_cp1252_to_utf8(tmp, n, &clen);
			free(tmp);
			r->len = r->lim;
			rd_room(r, clen);
			memcpy(r->in + r->len, conv, clen);
			r->len += clen;
			free(conv);
			lp_error_set(&w, 0, r->name, 0, 0,
			    _("file is not UTF-8; read as Windows-1252"));
			if (r->warn != NULL)
				r->warn(&w, r->warnarg);
			else
				lp_warn(&w);
		}
	}
	end = r->len;
	if (r->dec == DEC_UTF8 && !r->eof)
		end -= utf8_tail(r->in + r->lim, r->len - r->lim);
	if ((nul = memchr(r->in + r->lim, '\0', end - r->lim)) != NULL) {
		end = (size_t)(nul - r->in);
		r->bad = BAD_NUL;
	}
	if (r->dec != DEC_ASCII && rd_utf8(r, end) == -1)
		r->bad = BAD_UTF8;
	else
		r->lim = end;
}

/* The length of the ASCII prefix of s, eight bytes at a time. */
static size_t
rd_ascii(const char *s, size_t n)
{
	uint64_t w;
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		if ((w &= 0x8080808080808080ULL) == 0)
			continue;
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		return i + (size_t)__builtin_ctzll(w) / 8;
#else
		break;
#endif
	}
	while (i < n && (unsigned char)s[i] < 0x80)
		i++;
	return i;
}

/*
 * Validate [lim, end) as UTF-8 and note the last byte that may need
 * NFC. ASCII and two-byte characters (Latin letters such as æ, ø, å and
 * é) are checked here; anything else is one sequence at a time for
 * lp_utf8_check. Below U+0300 (lead byte under 0xCC) text is always NFC.
 * Returns -1 with lim at the bad byte.
 */
static int
rd_utf8(struct lp_csv *r, size_t end)
{
	const unsigned char *s = (const unsigned char *)r->in;
	size_t i = r->lim, k, bad;
	unsigned char c;

	while (i < end) {
		i += rd_ascii(r->in + i, end - i);
		if (i >= end)
			break;
		c = s[i];
		if (c >= 0xc2 && c <= 0xdf && i + 1 < end &&
		    (s[i + 1] & 0xc0) == 0x80) {
			if (c >= 0xcc)
				r->nfclast = i + 1;
			i += 2;
			continue;
		}
		k = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 1;
		if (k > end - i)
			k = end - i;
		if (lp_utf8_check(r->in + i, k, &bad) == -1) {
			r->lim = i + bad;
			return -1;
		}
		r->nfclast = i + 1;
		i += k;
	}
	r->lim = end;
	return 0;
}

/* How many bytes at the end of s start a UTF-8 sequence not yet whole. */
static size_t
utf8_tail(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, k, need;

	for (k = 1; k <= 3 && k <= n; k++) {
		i = n - k;
		if ((u[i] & 0xc0) == 0x80)
			continue;
		if (u[i] >= 0xf0)
			need = 4;
		else if (u[i] >= 0xe0)
			need = 3;
		else if (u[i] >= 0xc0)
			need = 2;
		else
			return 0;
		return need > k ? k : 0;
	}
	return 0;
}

/* A BOM, or NUL in every other byte: UTF-16 (or UTF-32). */
static int
is_utf16(const unsigned char *u, size_t n)
{
	size_t i, z[2] = { 0, 0 };

	if (n >= 2 && ((u[0] == 0xff && u[1] == 0xfe) ||
	    (u[0] == 0xfe && u[1] == 0xff)))
		return 1;
	if (n > 512)
		n = 512;
	if (n < 4)
		return 0;
	for (i = 0; i < n; i++)
		if (u[i] == 0)
			z[i & 1]++;
	return (z[0] * 4 >= n && z[1] * 20 < n) ||
	    (z[1] * 4 >= n && z[0] * 20 < n);
}

/* An Excel "sep=;" first line names the delimiter and is skipped. */
static void
rd_sepline(struct lp_csv *r)
{
	const char *s = r->in + r->pos;
	size_t n = r->lim - r->pos, i;
	int c;

	if (n < 5 || strncasecmp(s, "sep=", 4) != 0)
		return;
	c = (unsigned char)s[4];
	if (c == '"' || c == '\r' || c == '\n' || c == ' ' || c >= 0x80 ||
	    (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
	    (c >= 'a' && c <= 'z'))
		return;
	/* Excel pads the line with more delimiters when it saves it back. */
	for (i = 5; i < n && s[i] == c; i++)
		continue;
	if (i < n && s[i] != '\r' && s[i] != '\n')
		return;
	if (i == n && !r->eof)
		return;
	if (i < n && s[i] == '\r')
		i++;
	if (i < n && s[i] == '\n')
		i++;
	if (r->delim == 0)
		r->delim = c;
	r->pos += i;
	r->linestart = r->pos;
	r->line++;
}

/*
 * Pick the delimiter from the header line: the most frequent of comma,
 * semicolon and tab outside quotes; on a tie tab, then semicolon (a
 * Norwegian Excel writes semicolons, and header names hold commas).
 */
static int
rd_sniff(struct lp_csv *r)
{
	const char *s;
	size_t i, n[3];
	int inq, c;

	for (;;) {
		s = r->in;
		inq = 0;
		n[0] = n[1] = n[2] = 0;
		for (i = r->pos; i < r->lim; i++) {
			c = s[i];
			if (c == '"')
				inq = !inq;
			else if (inq)
				continue;
			else if (c == '\n' || c == '\r')
				break;
			else if (c == ',')
				n[0]++;
			else if (c == ';')
				n[1]++;
			else if (c == '\t')
				n[2]++;
		}
		if (i < r->lim || r->eof || r->bad != BAD_NONE)
			break;
		if (r->lim - r->pos > LP_CSV_MAXROW)
			break;
		if (rd_fill(r) == -1)
			return -1;
	}
	if (n[2] > 0 && n[2] >= n[1] && n[2] >= n[0])
		r->delim = '\t';
	else if (n[1] > 0 && n[1] >= n[0])
		r->delim = ';';
	else
		r->delim = ',';
	return 0;
}

/*
 * Read one row: 1 with the row in fb/off/flen, 0 at the end, -1 on an
 * error (in r->err).
 */
static int
rd_row(struct lp_csv *r)
{
	const char *s, *nl, *cr;
	size_t end, blk;
	int term;

	if (r->failed)
		return -1;
	r->nf = 0;
	r->fblen = 0;
	r->rowdone = 0;
	r->rowbegun = 0;
	while (!r->rowdone) {
		if (r->pos == r->lim) {
			if (r->bad == BAD_NUL)
				return rd_fail(r, LP_EXIT_DATAERR, r->lim,
				    _("NUL byte (is this a CSV file?)"));
			if (r->bad == BAD_UTF8)
				return rd_fail(r, LP_EXIT_DATAERR, r->lim,
				    _("invalid UTF-8 (byte 0x%02x)"),
				    (unsigned char)r->in[r->lim]);
			if (r->eof && r->lim == r->len) {
				if (r->finished)
					return 0;
				return rd_fini_row(r);
			}
			if (r->rowbegun && r->len - r->rowstart > LP_CSV_MAXROW)
				goto toolong;
			if (rd_fill(r) == -1)
				return -1;
			continue;
		}
		s = r->in + r->pos;
		if (!r->rowbegun && r->fast && !(r->lastcr && *s == '\n')) {
			if (rd_fast(r))
				return 1;
		}
		/* The LF of a CRLF split between two pieces. */
		if (r->lastcr && *s == '\n') {
			r->lastcr = 0;
			if (rd_feed(r, 1) == -1)
				return -1;
			r->linestart = r->pos;
			continue;
		}
		r->lastcr = 0;
		end = r->lim - r->pos;
		term = 0;
		if ((nl = memchr(s, '\n', end)) != NULL) {
			end = (size_t)(nl - s) + 1;
			term = 1;
		}
		/* One search for CR per stretch of input, not per line. */
		if (r->nextcr < r->pos || (r->nextcr == r->crlim &&
		    r->crlim < r->lim)) {
			cr = memchr(s, '\r', r->lim - r->pos);
			r->crlim = r->lim;
			r->nextcr = cr != NULL ? (size_t)(cr - r->in) : r->lim;
		}
		cr = r->nextcr < r->crlim && r->nextcr < r->pos + end ?
		    r->in + r->nextcr : NULL;
		if (cr != NULL && cr + 1 != nl) {
			end = (size_t)(cr - s) + 1;
			term = 1;
			r->lastcr = 1;
		}
		if (!r->rowbegun) {
			size_t i;

			for (i = 0; i < end; i++)
				if ((s[i] != ' ' && s[i] != '\t') ||
				    s[i] == r->delim)
					break;
			if (i < end && s[i] != '\r' && s[i] != '\n') {
				r->rowbegun = 1;
				r->rowline = r->line;
				r->rowstart = r->linestart;
			}
		}
		/* Let libcsv's buffer grow by doubling, not by 128 bytes. */
		blk = csv_get_buffer_size(&r->p);
		csv_set_blk_size(&r->p, blk < CHUNK ? CHUNK : blk);
		if (rd_feed(r, end) == -1)
			return -1;
		if (term) {
			if (r->rowdone)
				r->rowend = r->pos - 1 - (r->pos >= 2 &&
				    r->in[r->pos - 1] == '\n' &&
				    r->in[r->pos - 2] == '\r');
			r->line++;
			r->linestart = r->pos;
		}
	}
	return 1;
toolong:
	{
		size_t f, open;

		if (rd_scan(r, r->len, 0, &f, &open) == 2)
			return rd_fail(r, LP_EXIT_DATAERR, open,
			    _("quoted field longer than %u MiB; is a closing "
			    "quote missing?"), LP_CSV_MAXROW >> 20);
		return rd_fail(r, LP_EXIT_DATAERR, r->rowstart,
		    _("row longer than %u MiB"), LP_CSV_MAXROW >> 20);
	}
}

/* Give libcsv the next n bytes at pos. */
static int
rd_feed(struct lp_csv *r, size_t n)
{
	size_t done, at, f, open, q;
	long ol, oc, el, ec;

	done = csv_parse(&r->p, r->in + r->pos, n, on_field, on_row, r);
	if (done == n) {
		r->pos += n;
		return 0;
	}
	at = r->pos + done;
	switch (csv_error(&r->p)) {
	case CSV_EPARSE:
		break;
	case CSV_ENOMEM:
		return rd_fail(r, LP_EXIT_OSERR, SIZE_MAX, _("out of memory"));
	default:
		return rd_fail(r, LP_EXIT_DATAERR, at, _("field too large"));
	}
	if (r->in[at] == '"' && rd_scan(r, at, 0, &f, &open) != 3)
		return rd_fail(r, LP_EXIT_DATAERR, at,
		    _("stray quote in unquoted field (quote the field and "
		    "write \"\" for the quote)"));
	/* Text after a closing quote: blame that quote. */
	for (q = at; q > r->rowstart && r->in[q - 1] != '"'; q--)
		continue;
	if (q > r->rowstart)
		q--;
	if (rd_scan(r, q, 0, &f, &open) == 2 && open != SIZE_MAX) {
		rd_where(r, open, &ol, &oc);
		rd_where(r, q, &el, &ec);
		if (ol != el)
			return rd_fail(r, LP_EXIT_DATAERR, q,
			    _("stray quote ends the field quoted at line %ld; "
			    "is a closing quote missing there?"), ol);
	}
	return rd_fail(r, LP_EXIT_DATAERR, q,
	    _("stray quote in quoted field (write \"\" for a quote inside "
	    "quotes)"));
}

/* The end of the input: the last row may lack its line end. */
static int
rd_fini_row(struct lp_csv *r)
{
	size_t f, open;

	r->finished = 1;
	if (csv_fini(&r->p, on_field, on_row, r) != 0 ||
	    csv_error(&r->p) == CSV_EPARSE) {
		if (rd_scan(r, r->len, 0, &f, &open) != 2 ||
		    open == SIZE_MAX)
			open = r->rowstart;
		return rd_fail(r, LP_EXIT_DATAERR, open,
		    _("unterminated quote"));
	}
	if (csv_error(&r->p) == CSV_ENOMEM)
		return rd_fail(r, LP_EXIT_OSERR, SIZE_MAX, _("out of memory"));
	r->rowend = r->len;
	return r->rowdone ? 1 : 0;
}

/*
 * Where the bytes of class K_TEXT (and K_DELIM too when inq) end, from
 * i on: eight bytes a step while no quote, line end or delimiter is
 * among them, then one at a time. Returns lim when none is found.
 */
static size_t
rd_skip(const struct lp_csv *r, const unsigned char *s, size_t i,
    size_t lim, int inq)
{
	const uint64_t q = ONES * '"', cr = ONES * '\r', lf = ONES * '\n';
	uint64_t w, d = inq ? q : ONES * (unsigned char)r->delim;
	unsigned char stop = inq ? K_DELIM : K_TEXT;

	for (; i + 8 <= lim; i += 8) {
		memcpy(&w, s + i, 8);
		w = ZBYTE(w ^ q) | ZBYTE(w ^ cr) | ZBYTE(w ^ lf) | ZBYTE(w ^ d);
		if (w == 0)
			continue;
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		/* The lowest bit set is the first byte found. */
		i += (size_t)__builtin_ctzll(w) / 8;
		return i;
#else
		break;
#endif
	}
	while (i < lim && r->cls[s[i]] <= stop)
		i++;
	return i;
}

/*
 * Read the row at pos as libcsv would, when it lies whole on one line
 * of the checked input. Returns 1 with the row read, or 0 with nothing
 * changed but the field buffer, for libcsv to read it instead: at a
 * quote that would be an error, a line end inside quotes, a blank
 * line, or the end of the checked input before the end of the row.
 */
static int
rd_fast(struct lp_csv *r)
{
	const unsigned char *s = (const unsigned char *)r->in;
	const unsigned char *cls = r->cls;
	size_t i = r->pos, lim = r->lim, b, e, start;
	int delim = r->delim;

	r->rowstart = r->linestart;
	for (;;) {
		/* A field starts: leading blanks are not part of it. */
		while (i < lim && (s[i] == ' ' || s[i] == '\t') &&
		    s[i] != delim)
			i++;
		if (i == lim)
			goto slow;
		start = r->fblen;
		switch (cls[s[i]]) {
		case K_DELIM:
			rd_endfield(r, start);
			i++;
			continue;
		case K_EOL:
			/* A blank line is no row: libcsv skips it. */
			if (r->nf == 0)
				goto slow;
			rd_endfield(r, start);
			goto eol;
		case K_QUOTE:
			b = ++i;
			for (;;) {
				i = rd_skip(r, s, i, lim, 1);
				if (i + 1 >= lim || s[i] != '"')
					goto slow;
				rd_put(r, (const char *)s + b, i - b);
				if (s[i + 1] != '"')
					break;
				/* "" is one quote. */
				rd_put(r, "\"", 1);
				b = i += 2;
			}
			/* Blanks may follow the closing quote, then must end. */
			for (i++; i < lim && (s[i] == ' ' || s[i] == '\t') &&
			    s[i] != delim; i++)
				continue;
			if (i == lim || cls[s[i]] == K_TEXT ||
			    cls[s[i]] == K_QUOTE)
				goto slow;
			break;
		default:
			b = i;
			i = rd_skip(r, s, i, lim, 0);
			if (i == lim || cls[s[i]] == K_QUOTE)
				goto slow;
			for (e = i; s[e - 1] == ' ' || s[e - 1] == '\t'; e--)
				continue;
			rd_put(r, (const char *)s + b, e - b);
			break;
		}
		rd_endfield(r, start);
		if (cls[s[i]] == K_EOL)
			break;
		i++;
	}
eol:
	/* As rd_row() would leave it after feeding this line to libcsv. */
	r->rowend = i;
	if (s[i] == '\n')
		r->lastcr = 0;
	else if (i + 1 < lim && s[i + 1] == '\n') {
		r->lastcr = 0;
		i++;
	} else
		r->lastcr = 1;
	r->pos = i + 1;
	r->rowline = r->line;
	r->line++;
	r->linestart = r->pos;
	r->rowbegun = 1;
	r->rowdone = 1;
	return 1;
slow:
	r->nf = 0;
	r->fblen = 0;
	return 0;
}

/* Room in fb for n more bytes and a NUL. */
static void
rd_grow(struct lp_csv *r, size_t n)
{
	size_t cap;

	cap = r->fbcap ? r->fbcap : 1024;
	while (cap < r->fblen + n + 1)
		cap *= 2;
	r->fb = lp_xrealloc(r->fb, cap);
	r->fbcap = cap;
}

/* Add n bytes to the field being built in fb. */
static void
rd_put(struct lp_csv *r, const char *s, size_t n)
{
	if (r->fblen + n + 1 > r->fbcap)
		rd_grow(r, n);
	memcpy(r->fb + r->fblen, s, n);
	r->fblen += n;
}

/* The field built in fb from offset start is whole: NFC, NUL, record. */
static void
rd_endfield(struct lp_csv *r, size_t start)
{
	char *nfc;
	size_t n = r->fblen - start;

	if (n > 0 && r->nfclast > r->rowstart &&
	    need_nfc(r->fb + start, n)) {
		nfc = lp_nfc(r->fb + start, n);
		n = strlen(nfc);
		r->fblen = start;
		rd_put(r, nfc, n);
		free(nfc);
	}
	if (r->fblen + 1 > r->fbcap)
		rd_grow(r, 0);
	r->fb[r->fblen++] = '\0';
	if (r->nf == r->fcap) {
		r->fcap = r->fcap ? r->fcap * 2 : 32;
		r->off = lp_xreallocarray(r->off, r->fcap, sizeof(*r->off));
		r->flen = lp_xreallocarray(r->flen, r->fcap,
		    sizeof(*r->flen));
	}
	r->off[r->nf] = start;
	r->flen[r->nf] = n;
	r->nf++;
}

static void
on_field(void *data, size_t n, void *arg)
{
	struct lp_csv *r = arg;
	size_t start = r->fblen;

	rd_put(r, data, n);
	rd_endfield(r, start);
}

static void
on_row(int c, void *arg)
{
	struct lp_csv *r = arg;

	(void)c;
	r->rowdone = 1;
}

/*
 * Text below U+0300 is always NFC: in UTF-8 those are the bytes under
 * 0xCC, so most fields skip the normaliser.
 */
static int
need_nfc(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char m = 0;
	size_t i;

	for (i = 0; i < n; i++)
		m |= u[i] >= 0xcc;
	return m;
}

/*
 * Walk the current row from its start to offset end as libcsv reads it.
 * Sets *field to where field number want (0-based) starts, and *open to
 * where the quoted field still open at end (or just closed) began.
 * Returns the state at end: 0 between fields, 1 in an unquoted field,
 * 2 in a quoted field, 3 after its closing quote.
 */
static int
rd_scan(const struct lp_csv *r, size_t end, size_t want, size_t *field,
    size_t *open)
{
	const char *s = r->in;
	size_t i, nf = 0;
	int st = 0, c;

	*field = r->rowstart;
	*open = SIZE_MAX;
	for (i = r->rowstart; i < end; i++) {
		c = s[i];
		switch (st) {
		case 0:
			if (c == '"') {
				st = 2;
				*open = i;
			} else if (c == r->delim)
				goto next;
			else if (c != ' ' && c != '\t' && c != '\r' &&
			    c != '\n')
				st = 1;
			break;
		case 1:
		case 3:
			if (c == r->delim)
				goto next;
			break;
		case 2:
			if (c != '"')
				break;
			if (i + 1 < end && s[i + 1] == '"')
				i++;
			else
				st = 3;
			break;
		}
		continue;
next:
		st = 0;
		*open = SIZE_MAX;
		if (++nf == want)
			*field = i + 1;
	}
	while (*field < end && (s[*field] == ' ' || s[*field] == '\t') &&
	    s[*field] != r->delim)
		(*field)++;
	return st;
}

/* Line and column (in characters, 1-based) of offset off. */
static void
rd_where(const struct lp_csv *r, size_t off, long *line, long *col)
{
	const unsigned char *s = (const unsigned char *)r->in;
	size_t i;
	long l, c = 1;

	if (off >= r->linestart) {
		i = r->linestart;
		l = r->line;
	} else {
		i = r->rowstart;
		l = r->rowline;
	}
	for (; i < off && i < r->len; i++) {
		if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= r->len ||
		    s[i + 1] != '\n'))) {
			l++;
			c = 1;
		} else if (s[i] != '\r' && (s[i] & 0xc0) != 0x80)
			c++;
	}
	*line = l;
	*col = c;
}

/* Record an error at offset off (SIZE_MAX: about the whole file). */
static int
rd_fail(struct lp_csv *r, int code, size_t off, const char *fmt, ...)
{
	va_list ap;
	long line = 0, col = 0;

	if (off != SIZE_MAX)
		rd_where(r, off, &line, &col);
	lp_error_set(&r->err, code, r->name, line, col, "%s", "");
	va_start(ap, fmt);
	vsnprintf(r->err.msg, sizeof(r->err.msg), fmt, ap);
	va_end(ap);
	r->failed = 1;
	return -1;
}

/*
 * The first row is the header. Empty names at the end (a trailing
 * delimiter, as Microsoft Forms and some Excel exports write) are
 * dropped; elsewhere they are errors, as are names that fold the same.
 */
static int
rd_header(struct lp_csv *r)
{
	struct lp_map *seen;
	struct lp_map_ent *ent;
	size_t i, n, f, open;
	long other;

	n = r->nf;
	while (n > 0 && r->flen[n - 1] == 0)
		n--;
	if (n == 0)
		return rd_fail(r, LP_EXIT_DATAERR, r->rowstart,
		    _("the header has no names"));
	r->hdr = lp_xcalloc(n + 1, sizeof(*r->hdr));	/* NULL-ended */
	r->hkey = lp_xcalloc(n, sizeof(*r->hkey));
	r->hloose = lp_xcalloc(n, sizeof(*r->hloose));
	r->nh = n;
	r->nref = n;
	seen = lp_map_new();
	for (i = 0; i < n; i++) {
		r->hdr[i] = lp_xstrndup(lp_csv_field(r, i), r->flen[i]);
		r->hkey[i] = lp_fold(r->hdr[i], r->flen[i]);
		r->hloose[i] = lp_matchkey(r->hdr[i], r->flen[i]);
		if (r->hkey[i][0] == '\0') {
			lp_map_free(seen);
			rd_scan(r, r->rowend, i, &f, &open);
			return rd_fail(r, LP_EXIT_DATAERR, f,
			    _("empty header name in column %zu"), i + 1);
		}
		ent = lp_map_get(seen, r->hkey[i], strlen(r->hkey[i]));
		if ((other = ent->n) != 0) {
			lp_map_free(seen);
			rd_scan(r, r->rowend, i, &f, &open);
			return rd_fail(r, LP_EXIT_DATAERR, f,
			    _("duplicate header '%s' (also column %ld)"),
			    r->hdr[i], other);
		}
		ent->n = (long)i + 1;
	}
	lp_map_free(seen);
	return 0;
}

/*
 * Every row has as many fields as the header. Extra fields at the end
 * are allowed when empty (a trailing delimiter) and dropped.
 */
static int
rd_ragged(struct lp_csv *r)
{
	size_t i, f, open;

	if (r->nf > r->nref) {
		for (i = r->nref; i < r->nf && r->flen[i] == 0; i++)
			continue;
		if (i == r->nf) {
			r->nf = r->nref;
			return 0;
		}
		rd_scan(r, r->rowend, r->nref, &f, &open);
	} else if (r->nf < r->nref)
		f = r->rowend;
	else
		return 0;
	if (r->noheader)
		return rd_fail(r, LP_EXIT_DATAERR, f, lp_ngettext(
		    "row has %zu field, the first row has %zu",
		    "row has %zu fields, the first row has %zu", r->nf),
		    r->nf, r->nref);
	return rd_fail(r, LP_EXIT_DATAERR, f, lp_ngettext(
	    "row has %zu field, the header has %zu",
	    "row has %zu fields, the header has %zu", r->nf), r->nf, r->nref);
}

/* A column by name, or by 1-based number; -1 when none. */
static long
rd_find(const struct lp_csv *r, const char *name)
{
	char *key, *loose;
	const char *s;
	size_t i, ncol;
	long n = -1;

	key = lp_fold(name, strlen(name));
	for (i = 0; i < r->nh && n == -1; i++)
		if (strcmp(r->hkey[i], key) == 0)
			n = (long)i;
	if (n == -1) {
		loose = lp_matchkey(name, strlen(name));
		for (i = 0; i < r->nh && n == -1; i++)
			if (strcmp(r->hloose[i], loose) == 0)
				n = (long)i;
		free(loose);
	}
	if (n == -1 && key[0] != '\0') {
		for (s = key; *s >= '0' && *s <= '9'; s++)
			continue;
		ncol = r->noheader ? r->nref : r->nh;
		if (*s == '\0' && s - key < 10) {
			n = atol(key);
			n = n >= 1 && (size_t)n <= ncol ? n - 1 : -1;
		}
	}
	free(key);
	return n;
}

long
lp_csv_col(const struct lp_csv *r, const char *name, struct lp_error *e)
{
	const char *near;
	size_t ncol;
	long n;

	if ((n = rd_find(r, name)) >= 0)
		return n;
	ncol = r->noheader ? r->nref : r->nh;
	if (name[strspn(name, "0123456789")] == '\0' && name[0] != '\0')
		lp_error_set(e, LP_EXIT_DATAERR, r->name, 0, 0,
		    lp_ngettext("no column %s (the file has %zu column)",
		    "no column %s (the file has %zu columns)", ncol), name,
		    ncol);
	else if (r->nh > 0 &&
	    (near = lp_suggest(name, (const char *const *)r->hdr)) != NULL)
		lp_error_set(e, LP_EXIT_DATAERR, r->name, 0, 0,
		    _("no column '%s' (did you mean '%s'?)"), name, near);
	else
		lp_error_set(e, LP_EXIT_DATAERR, r->name, 0, 0,
		    _("no column '%s'"), name);
	return -1;
}

long
lp_csv_col_any(const struct lp_csv *r, const char *const *names)
{
	long n;

	for (; *names != NULL; names++)
		if ((n = rd_find(r, *names)) >= 0)
			return n;
	return -1;
}

/* ---- the writer ---- */

struct lp_csvw {
	FILE	*fp;
	int	 excel;
	int	 delim;
	size_t	 nf;		/* fields written in this row */
};

static void	 csvw_raw(struct lp_csvw *, const char *, int guard);
static int	 is_number(const char *);

struct lp_csvw *
lp_csvw_new(FILE *fp, int flags)
{
	struct lp_csvw *w;

	w = lp_xcalloc(1, sizeof(*w));
	w->fp = fp;
	w->excel = (flags & LP_CSVW_EXCEL) != 0;
	w->delim = w->excel ? ';' : ',';
	if (w->excel)
		fputs("\xef\xbb\xbf", fp);
	return w;
}

void
lp_csvw_free(struct lp_csvw *w)
{
	free(w);
}

/* -12, 3.5, +0,25: what Excel would read as a number anyway. */
static int
is_number(const char *s)
{
	const char *d;

	if (*s == '+' || *s == '-')
		s++;
	for (d = s; *s >= '0' && *s <= '9'; s++)
		continue;
	if (s == d)
		return 0;
	if (*s == '.' || *s == ',') {
		for (d = ++s; *s >= '0' && *s <= '9'; s++)
			continue;
		if (s == d)
			return 0;
	}
	return *s == '\0';
}

/*
 * One field. Quoted when it holds the delimiter, a quote, CR or LF, or
 * starts or ends with a space or tab (which the reader would trim). In
 * Excel mode a text that Excel would run as a formula gets a leading
 * apostrophe.
 */
static void
csvw_raw(struct lp_csvw *w, const char *s, int guard)
{
	const char *p;
	size_t n;
	int quote = 0, apos = 0;

	if (s == NULL)
		s = "";
	n = strlen(s);
	if (w->nf++ > 0)
		fputc(w->delim, w->fp);
	if (guard && w->excel && (s[0] == '=' || s[0] == '+' ||
	    s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r') &&
	    !is_number(s))
		apos = 1;
	if (n > 0 && (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' ||
	    s[n - 1] == '\t'))
		quote = 1;
	for (p = s; !quote && *p != '\0'; p++)
		if (*p == w->delim || *p == '"' || *p == '\r' || *p == '\n')
			quote = 1;
	if (!quote) {
		if (apos)
			fputc('\'', w->fp);
		fputs(s, w->fp);
		return;
	}
	fputc('"', w->fp);
	if (apos)
		fputc('\'', w->fp);
	for (p = s; *p != '\0'; p++) {
		if (*p == '"')
			fputc('"', w->fp);
		fputc(*p, w->fp);
	}
	fputc('"', w->fp);
}

void
lp_csvw_str(struct lp_csvw *w, const char *s)
{
	csvw_raw(w, s, 1);
}

void
lp_csvw_int(struct lp_csvw *w, long v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%ld", v);
	csvw_raw(w, buf, 0);
}

void
lp_csvw_num(struct lp_csvw *w, double v, int decimals)
{
	char buf[64];

	csvw_raw(w, lp_fmtnum(buf, sizeof(buf), v, decimals, w->excel), 0);
}

void
lp_csvw_endrow(struct lp_csvw *w)
{
	fputs(w->excel ? "\r\n" : "\n", w->fp);
	w->nf = 0;
}

void
lp_csvw_row(struct lp_csvw *w, const char *const *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		lp_csvw_str(w, v[i]);
	lp_csvw_endrow(w);
}
