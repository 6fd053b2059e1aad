/*
 * text.c - UTF-8 validation, normalisation, case, display width,
 * Windows-1252, Norwegian collation and near-miss suggestions.
 *
 * Everything here goes through libunistring's tables with no language
 * and the "UTF-8" width encoding, so the results are the same in every
 * locale, LC_ALL=C included.
 */
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>
#include <uniwidth.h>

#include "lp.h"

#define CP_RING		0x030A	/* combining ring above: a + ring = å */
#define CP_DIAER	0x0308	/* combining diaeresis: ä ö ü */

static char	*take(uint8_t *, size_t, const char *, size_t);
static uint32_t	*decode(const char *, size_t *);
static size_t	 cp_width(ucs4_t);
static uint32_t	*collate_key(const char *, size_t *);
static size_t	 editdist_cp(const uint32_t *, size_t, const uint32_t *,
		    size_t);
static const char *nearest(const char *, const char *const *, size_t);
static const char *prefixed(const char *, const char *const *, size_t);

/* Windows-1252 0x80..0x9F; 0 marks the five undefined bytes. */
static const uint16_t cp1252_hi[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

/*
 * Copy a libunistring result into memory of our own (so the failing
 * allocator hook covers it) with a terminating NUL, and free theirs.
 * When libunistring failed, fall back to a copy of the input.
 */
static char *
take(uint8_t *r, size_t rlen, const char *s, size_t n)
{
	char *out;

	if (r == NULL) {
		r = (uint8_t *)s;
		rlen = n;
	}
	out = lp_xmalloc(rlen + 1);
	if (rlen > 0)
		memcpy(out, r, rlen);
	out[rlen] = '\0';
	if (r != (const uint8_t *)s)
		free(r);
	return out;
}

int
lp_utf8_check(const char *s, size_t n, size_t *bad)
{
	const uint8_t *p;

	p = u8_check((const uint8_t *)s, n);
	if (p == NULL)
		return 0;
	if (bad != NULL)
		*bad = (size_t)(p - (const uint8_t *)s);
	return -1;
}

char *
lp_nfc(const char *s, size_t n)
{
	uint8_t *r;
	size_t len = 0;

	if (n == 0)
		return take(NULL, 0, s, 0);
	r = u8_normalize(UNINORM_NFC, (const uint8_t *)s, n, NULL, &len);
	return take(r, len, s, n);
}

char *
lp_lower(const char *s, size_t n)
{
	uint8_t *r;
	size_t len = 0;

	if (n == 0)
		return take(NULL, 0, s, 0);
	/* A NULL language: the locale-independent mappings. */
	r = u8_tolower((const uint8_t *)s, n, NULL, UNINORM_NFC, NULL, &len);
	return take(r, len, s, n);
}

/*
 * Lower case in NFD, then drop every nonspacing mark except the ring
 * that makes å, fold white space, and compose back to NFC. æ and ø have
 * no decomposition and so survive as they are.
 */
char *
lp_fold(const char *s, size_t n)
{
	struct lp_buf b = { 0 };
	uint8_t *r, tmp[6];
	size_t len = 0, i, k;
	ucs4_t c, prev = 0;
	int space = 0, l;
	char *out;

	if (n == 0)
		return take(NULL, 0, s, 0);
	r = u8_tolower((const uint8_t *)s, n, NULL, UNINORM_NFD, NULL, &len);
	if (r == NULL)
		return take(NULL, 0, s, 0);
	for (i = 0; i < len; i += (size_t)l) {
		l = u8_mbtouc(&c, r + i, len - i);
		if (uc_is_property_white_space(c)) {
			space = 1;
			prev = ' ';
			continue;
		}
		if (uc_is_general_category(c, UC_CATEGORY_Mn) &&
		    !(c == CP_RING && prev == 'a'))
			continue;
		if (space && b.len > 0)
			lp_buf_putc(&b, ' ');
		space = 0;
		k = (size_t)u8_uctomb(tmp, c, sizeof(tmp));
		lp_buf_add(&b, (const char *)tmp, k);
		prev = c;
	}
	free(r);
	if (b.len == 0) {
		lp_buf_free(&b);
		return take(NULL, 0, s, 0);
	}
	out = lp_nfc(b.s, b.len);
	lp_buf_free(&b);
	return out;
}

static size_t
cp_width(ucs4_t c)
{
	int w;

	w = uc_width(c, "UTF-8");
	return w > 0 ? (size_t)w : 0;
}

size_t
lp_width(const char *s)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t n, w = 0;
	ucs4_t c;
	int l;

	n = strlen(s);
	while (n > 0) {
		l = u8_mbtouc(&c, p, n);
		w += cp_width(c);
		p += l;
		n -= (size_t)l;
	}
	return w;
}

char *
lp_cp1252_to_utf8(const char *s, size_t n, size_t *outlen)
{
	struct lp_buf b = { 0 };
	uint8_t tmp[6];
	unsigned char ch;
	ucs4_t c;
	size_t i;
	int k;

	lp_buf_add(&b, "", 0);
	for (i = 0; i < n; i++) {
		ch = (unsigned char)s[i];
		if (ch < 0x80) {
			lp_buf_putc(&b, ch);
			continue;
		}
		if (ch < 0xA0)
			c = cp1252_hi[ch - 0x80] ? cp1252_hi[ch - 0x80] :
			    0xFFFD;
		else
			c = ch;
		k = u8_uctomb(tmp, c, sizeof(tmp));
		lp_buf_add(&b, (const char *)tmp, (size_t)k);
	}
	if (outlen != NULL)
		*outlen = b.len;
	return lp_buf_take(&b);
}

int
lp_looks_cp1252(const char *s, size_t n)
{
	unsigned char ch;
	size_t i;

	if (u8_check((const uint8_t *)s, n) == NULL)
		return 0;
	for (i = 0; i < n; i++) {
		ch = (unsigned char)s[i];
		if (ch == 0)
			return 0;
		if (ch >= 0x80 && ch < 0xA0 && cp1252_hi[ch - 0x80] == 0)
			return 0;
	}
	return 1;
}

/* Code points of UTF-8 (invalid bytes become U+FFFD); *len is set. */
static uint32_t *
decode(const char *s, size_t *len)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t n, k = 0;
	uint32_t *v;
	ucs4_t c;
	int l;

	n = strlen(s);
	v = lp_xreallocarray(NULL, n + 1, sizeof(*v));
	while (n > 0) {
		l = u8_mbtouc(&c, p, n);
		v[k++] = c;
		p += l;
		n -= (size_t)l;
	}
	*len = k;
	return v;
}

/*
 * The primary collation key: one weight per letter. Punctuation, space
 * and digits (ASCII below 'a') come first in their ASCII order, then
 * a..z, then æ (and ä), ø (and ö), å, then everything else by code
 * point. Accents otherwise do not count (é sorts as e), and ü sorts as
 * y, as Norwegian dictionaries have it.
 */
#define W_LETTER	0x100
#define W_AE		(W_LETTER + 26)
#define W_OE		(W_LETTER + 27)
#define W_AA		(W_LETTER + 28)
#define W_OTHER		0x1000

static uint32_t *
collate_key(const char *s, size_t *klen)
{
	uint8_t *r;
	uint32_t *v;
	size_t len = 0, i, k = 0;
	ucs4_t c, m;
	int l;

	r = u8_tolower((const uint8_t *)s, strlen(s), NULL, UNINORM_NFD,
	    NULL, &len);
	if (r == NULL) {
		*klen = 0;
		return lp_xmalloc(sizeof(*v));
	}
	v = lp_xreallocarray(NULL, len + 1, sizeof(*v));
	for (i = 0; i < len; ) {
		l = u8_mbtouc(&c, r + i, len - i);
		i += (size_t)l;
		if (uc_is_general_category(c, UC_CATEGORY_Mn))
			continue;
		/* The first mark after the base decides æ, ø, å and y. */
		m = 0;
		if (i < len)
			u8_mbtouc(&m, r + i, len - i);
		if (c >= 'a' && c <= 'z') {
			if (c == 'a' && m == CP_RING)
				v[k++] = W_AA;
			else if (c == 'a' && m == CP_DIAER)
				v[k++] = W_AE;
			else if (c == 'o' && m == CP_DIAER)
				v[k++] = W_OE;
			else if (c == 'u' && m == CP_DIAER)
				v[k++] = W_LETTER + ('y' - 'a');
			else
				v[k++] = W_LETTER + (c - 'a');
		} else if (c == 0xE6)
			v[k++] = W_AE;
		else if (c == 0xF8)
			v[k++] = W_OE;
		else if (c < 0x80)
			v[k++] = c;
		else
			v[k++] = W_OTHER + c;
	}
	free(r);
	*klen = k;
	return v;
}

int
lp_collate(const char *a, const char *b)
{
	uint32_t *ka, *kb;
	size_t na, nb, i;
	int d = 0;

	ka = collate_key(a, &na);
	kb = collate_key(b, &nb);
	for (i = 0; i < na && i < nb && d == 0; i++)
		if (ka[i] != kb[i])
			d = ka[i] < kb[i] ? -1 : 1;
	if (d == 0 && na != nb)
		d = na < nb ? -1 : 1;
	free(ka);
	free(kb);
	if (d != 0)
		return d;
	d = strcmp(a, b);
	return d < 0 ? -1 : d > 0;
}

static size_t
editdist_cp(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	size_t *row, i, j, diag, up, best;

	row = lp_xreallocarray(NULL, nb + 1, sizeof(*row));
	for (j = 0; j <= nb; j++)
		row[j] = j;
	for (i = 1; i <= na; i++) {
		diag = row[0];
		row[0] = i;
		for (j = 1; j <= nb; j++) {
			up = row[j];
			best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	best = row[nb];
	free(row);
	return best;
}

size_t
lp_editdist(const char *a, const char *b)
{
	uint32_t *va, *vb;
	size_t na, nb, d;

	va = decode(a, &na);
	vb = decode(b, &nb);
	d = editdist_cp(va, na, vb, nb);
	free(va);
	free(vb);
	return d;
}

/*
 * The matching key: lp_fold, then å, ø and æ as a keyboard without them
 * writes them (a or aa, o or oe, ae), so every spelling meets in one
 * form.
 */
char *
lp_matchkey(const char *s, size_t n)
{
	struct lp_buf b = { 0 };
	char *f, *p;

	f = lp_fold(s, n);
	for (p = f; *p != '\0'; p++) {
		if ((unsigned char)p[0] == 0xc3 && p[1] != '\0') {
			switch ((unsigned char)p[1]) {
			case 0xa5:	/* å */
				lp_buf_putc(&b, 'a');
				p++;
				continue;
			case 0xb8:	/* ø */
				lp_buf_putc(&b, 'o');
				p++;
				continue;
			case 0xa6:	/* æ */
				lp_buf_puts(&b, "ae");
				p++;
				continue;
			}
		}
		if ((p[0] == 'a' && p[1] == 'a') || (p[0] == 'o' && p[1] == 'e')) {
			lp_buf_putc(&b, p[0]);
			p++;
			continue;
		}
		lp_buf_putc(&b, *p);
	}
	free(f);
	if (b.s == NULL)
		return lp_xstrdup("");
	return lp_buf_take(&b);
}

int
lp_match(const char *a, const char *b)
{
	char *ka, *kb;
	int same;

	ka = lp_matchkey(a, strlen(a));
	kb = lp_matchkey(b, strlen(b));
	same = strcmp(ka, kb) == 0;
	free(ka);
	free(kb);
	return same;
}

/*
 * The nearest of n candidates by edit distance of the matching keys, so
 * a difference only in case, accents, spacing or how æøå are written is
 * distance 0 and always suggested; otherwise the nearest within a third
 * of the word's length (at least 1). Ties go to the first candidate.
 */
static const char *
nearest(const char *s, const char *const *cands, size_t n)
{
	const char *best = NULL;
	uint32_t *vs, *vc;
	size_t ns, nc, d, bestd = (size_t)-1, limit, i;
	char *fs, *fc;

	fs = lp_matchkey(s, strlen(s));
	vs = decode(fs, &ns);
	limit = ns / 3 > 1 ? ns / 3 : 1;
	for (i = 0; i < n && bestd > 0; i++) {
		fc = lp_matchkey(cands[i], strlen(cands[i]));
		vc = decode(fc, &nc);
		d = editdist_cp(vs, ns, vc, nc);
		free(vc);
		free(fc);
		if (d < bestd) {
			bestd = d;
			best = cands[i];
		}
	}
	free(vs);
	if (bestd > limit)
		best = prefixed(fs, cands, n);
	free(fs);
	return best;
}

/*
 * A name cut short ("Gygre" for "Gygrene"): the only candidate whose
 * key begins with the typed key of three characters or more.
 */
static const char *
prefixed(const char *key, const char *const *cands, size_t n)
{
	const char *hit = NULL;
	size_t i, len;
	char *k;
	int many = 0;

	len = strlen(key);
	if (len < 3)
		return NULL;
	for (i = 0; i < n && !many; i++) {
		k = lp_matchkey(cands[i], strlen(cands[i]));
		if (strncmp(k, key, len) == 0) {
			if (hit != NULL && strcmp(hit, cands[i]) != 0)
				many = 1;
			hit = cands[i];
		}
		free(k);
	}
	return many ? NULL : hit;
}

const char *
lp_suggest(const char *s, const char *const *cands)
{
	size_t n;

	if (s == NULL || cands == NULL)
		return NULL;
	for (n = 0; cands[n] != NULL; n++)
		continue;
	return nearest(s, cands, n);
}

long
lp_lookup(const char *s, const char *const *names, size_t n,
    const char *what, struct lp_error *e)
{
	const char *near;
	char *key, *k;
	size_t i;
	long hit = -1, other = -1;

	for (i = 0; i < n; i++)
		if (strcmp(s, names[i]) == 0)
			return (long)i;
	key = lp_matchkey(s, strlen(s));
	for (i = 0; i < n && other == -1; i++) {
		k = lp_matchkey(names[i], strlen(names[i]));
		if (strcmp(k, key) == 0) {
			if (hit == -1)
				hit = (long)i;
			else if (strcmp(names[i], names[hit]) != 0)
				other = (long)i;
		}
		free(k);
	}
	free(key);
	/* what is an English noun marked N_() by the caller. */
	what = _(what);
	if (other != -1) {
		lp_error_set(e, LP_EXIT_DATAERR, NULL, 0, 0,
		    _("%s '%s' could be '%s' or '%s'"), what, s, names[hit],
		    names[other]);
		return LP_LOOKUP_TWO;
	}
	if (hit != -1)
		return hit;
	if ((near = nearest(s, names, n)) != NULL) {
		lp_error_set(e, LP_EXIT_DATAERR, NULL, 0, 0,
		    _("no %s '%s' (did you mean '%s'?)"), what, s, near);
		return LP_LOOKUP_NEAR;
	}
	lp_error_set(e, LP_EXIT_DATAERR, NULL, 0, 0, _("no %s '%s'"), what, s);
	return LP_LOOKUP_NONE;
}

char *
lp_trunc(const char *s, size_t width)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t n, w = 0, cw, keep = 0;
	ucs4_t c;
	char *out;
	int l;

	if (lp_width(s) <= width)
		return lp_xstrdup(s);
	if (width == 0)
		return lp_xstrdup("");
	/* Keep what fits in width - 1 columns, leaving one for the "…". */
	n = strlen(s);
	while (keep < n) {
		l = u8_mbtouc(&c, p + keep, n - keep);
		cw = cp_width(c);
		if (w + cw > width - 1)
			break;
		w += cw;
		keep += (size_t)l;
	}
	out = lp_xmalloc(keep + sizeof("\xe2\x80\xa6"));
	memcpy(out, s, keep);
	memcpy(out + keep, "\xe2\x80\xa6", sizeof("\xe2\x80\xa6"));
	return out;
}
