/*
 * terms.c - words of Norwegian answers: tokens, stop words, stems and
 * the counts of words or of whole answers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>
#include <unictype.h>
#include <unistr.h>

#include "poll.h"

/*
 * Our own stop-word lists: the function words of bokmål, the nynorsk
 * forms that differ from them, and English. Lower case, NFC.
 */
static const char *const stop_nb[] = {
	"alle", "allerede", "altså", "andre", "at", "av", "bare", "begge",
	"ble", "blei", "bli", "blir", "blitt", "både", "da", "de", "dem",
	"den", "denne", "der", "deres", "dere", "deg", "det", "dette",
	"disse", "din", "dine", "ditt", "du", "eller", "en", "enn", "er",
	"et", "ett", "etter", "for", "fordi", "fra", "før", "ha", "hadde",
	"han", "hans", "har", "hele", "hen", "henne", "hennes", "her",
	"hos", "hun", "hva", "hvem", "hver", "hverandre", "hvilke",
	"hvilken", "hvis", "hvor", "hvordan", "hvorfor", "i", "ikke",
	"inn", "ingen", "jeg", "kan", "kom", "kunne", "man", "mange",
	"med", "meg", "mellom", "men", "mer", "mest", "min", "mine",
	"mitt", "mot", "mye", "må", "måtte", "ned", "noe", "noen", "nå",
	"når", "og", "også", "om", "opp", "oss", "over", "på", "samme",
	"seg", "selv", "si", "siden", "sin", "sine", "sitt", "sjøl",
	"skal", "skulle", "slik", "som", "så", "sånn", "til", "under",
	"ut", "uten", "var", "ved", "vi", "vil", "ville", "vår", "våre",
	"vårt", "være", "vært", "å", NULL
};

/* Nynorsk forms not in the bokmål list. */
static const char *const stop_nn[] = {
	"berre", "blei", "dei", "deira", "desse", "di", "difor", "dykk",
	"dykkar", "då", "eg", "ein", "eit", "eitt", "frå", "heile", "hjå",
	"ho", "honom", "hennar", "ikkje", "inga", "kva", "kvar", "kvarandre",
	"kven", "kvifor", "korleis", "kvart", "me", "medan", "meir", "mi",
	"mykje", "no", "noko", "nokon", "nokre", "same", "sidan", "sjølv",
	"somme", "utan", "vart", "vere", "vera", "vert", "vore", "vorte",
	"òg", NULL
};

static const char *const stop_en[] = {
	"a", "about", "after", "all", "also", "an", "and", "any", "are",
	"as", "at", "be", "because", "been", "but", "by", "can", "could",
	"did", "do", "does", "for", "from", "had", "has", "have", "he",
	"her", "his", "how", "i", "if", "in", "into", "is", "it", "its",
	"me", "more", "most", "my", "no", "not", "of", "on", "or", "our",
	"out", "she", "so", "some", "than", "that", "the", "their",
	"them", "then", "there", "these", "they", "this", "those", "to",
	"too", "us", "very", "was", "we", "were", "what", "when", "where",
	"which", "who", "why", "will", "with", "would", "you", "your",
	NULL
};

struct poll_stop {
	struct lp_map	*set;
};

/* What is counted: a word, a stem, an answer, a choice. */
struct term {
	long		 count;
	long		 answers;	/* answers using it */
	long		 last;		/* the last answer counted */
	const char	*show;		/* its most used form, or NULL */
	long		 shown;		/* and that form's count */
};

/*
 * A form as the text writes it, mapped once to its term: the raw
 * token or answer is looked up, and lower-casing, stop words and
 * stemming run only the first time a form is seen. t is NULL for a
 * stop word.
 */
struct form {
	struct term	*t;
	long		 n;
	char		*text;		/* shown for the term (stem, answer) */
};

struct poll_words {
	struct poll_words_opts o;
	struct lp_map	*terms;		/* key -> struct term */
	struct lp_map	*raw;		/* text as written -> struct form */
	struct lp_map	*low;		/* --stem: word -> struct form */
	struct form	**forms;	/* in order of first use */
	size_t		 nforms;
	struct lp_buf	 buf;
	long		 answers;
	long		 answer_id;
};

static void	 stop_add(struct poll_stop *, const char *const *);
static int	 stop_file(struct poll_stop *, const char *,
		    struct lp_error *);
static void	 count(struct poll_words *, struct term *);
static struct term *term_get(struct poll_words *, const char *, size_t);
static struct form *form_new(struct poll_words *, struct term *,
		    const char *, size_t);
static struct form *word_form(struct poll_words *, const char *, size_t);
static const char *squeeze(struct poll_words *, const char *, size_t,
		    size_t *);
static void	 add_word(const char *, size_t, void *);
static void	 add_piece(struct poll_words *, const char *, size_t);
static int	 cmp_term(const void *, const void *);
static int	 wordchar(ucs4_t);
static struct lp_map *map(struct lp_map **);

/*
 * A question's maps are made at its first word: a column of numbers, or
 * one never answered, costs no map (each starts at some kilobytes).
 */
static struct lp_map *
map(struct lp_map **m)
{
	if (*m == NULL)
		*m = lp_map_new();
	return *m;
}

static void
stop_add(struct poll_stop *st, const char *const *list)
{
	size_t i;

	for (i = 0; list[i] != NULL; i++)
		lp_map_get(st->set, list[i], strlen(list[i]))->n = 1;
}

static int
stop_file(struct poll_stop *st, const char *path, struct lp_error *e)
{
	struct lp_buf line = { 0 };
	FILE *fp;
	char *low, *s;
	size_t len, bad;
	long lineno = 0;
	int r;

	if ((fp = lp_open_in(path, e)) == NULL)
		return -1;
	while ((r = poll_getline(fp, lp_name(path), lineno + 1, &line,
	    e)) == 1) {
		s = line.s;
		lineno++;
		len = line.len;
		if (lineno == 1 && len >= 3 &&
		    memcmp(s, "\xef\xbb\xbf", 3) == 0) {
			s += 3;
			len -= 3;
		}
		while (len > 0 && (s[len - 1] == '\r' || s[len - 1] == ' ' ||
		    s[len - 1] == '\t'))
			len--;
		while (len > 0 && (*s == ' ' || *s == '\t')) {
			s++;
			len--;
		}
		if (len == 0 || *s == '#')
			continue;
		if (memchr(s, '\0', len) != NULL) {
			r = lp_error_set(e, LP_EXIT_DATAERR, lp_name(path),
			    lineno, 0, "%s", _("NUL byte in stop-word list"));
			break;
		}
		if (lp_utf8_check(s, len, &bad) != 0) {
			r = lp_error_set(e, LP_EXIT_DATAERR, lp_name(path),
			    lineno, (long)bad + 1,
			    "%s", _("invalid UTF-8 in stop-word list"));
			break;
		}
		low = lp_lower(s, len);
		lp_map_get(st->set, low, strlen(low))->n = 1;
		free(low);
	}
	lp_buf_free(&line);
	lp_close_in(fp);
	return r < 0 ? -1 : 0;
}

/*
 * spec: NULL (nb and nn), "none", or a comma-separated list of nb, nn,
 * en; anything else names a file of words, one a line.
 */
struct poll_stop *
poll_stop_new(const char *spec, struct lp_error *e)
{
	struct poll_stop *st;
	char *copy, *tok, *save = NULL;
	int lists = 1;

	st = lp_xcalloc(1, sizeof(*st));
	st->set = lp_map_new();
	if (spec == NULL) {
		stop_add(st, stop_nb);
		stop_add(st, stop_nn);
		return st;
	}
	if (strcmp(spec, "none") == 0)
		return st;
	copy = lp_xstrdup(spec);
	for (tok = strtok_r(copy, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save))
		if (strcmp(tok, "nb") != 0 && strcmp(tok, "nn") != 0 &&
		    strcmp(tok, "en") != 0 && strcmp(tok, "no") != 0)
			lists = 0;
	free(copy);
	if (!lists) {
		if (stop_file(st, spec, e) != 0) {
			poll_stop_free(st);
			return NULL;
		}
		return st;
	}
	copy = lp_xstrdup(spec);
	for (tok = strtok_r(copy, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		if (strcmp(tok, "nb") == 0 || strcmp(tok, "no") == 0)
			stop_add(st, stop_nb);
		if (strcmp(tok, "nn") == 0 || strcmp(tok, "no") == 0) {
			/* Nynorsk shares most of bokmål's small words. */
			stop_add(st, stop_nb);
			stop_add(st, stop_nn);
		}
		if (strcmp(tok, "en") == 0)
			stop_add(st, stop_en);
	}
	free(copy);
	return st;
}

void
poll_stop_free(struct poll_stop *st)
{
	if (st == NULL)
		return;
	lp_map_free(st->set);
	free(st);
}

int
poll_stop_has(const struct poll_stop *st, const char *w, size_t len)
{
	return st != NULL && lp_map_find(st->set, w, len) != NULL;
}

/*
 * A word is a run of letters, digits and combining marks; a hyphen or
 * apostrophe between two such characters stays inside ("10-faktor",
 * "e-post"). A run without a letter (a bare number) is not a word.
 * The text is lower-case NFC already, so æ, ø and å are single code
 * points and no locale is consulted.
 */
/* 2 a letter, 1 a digit or combining mark, 0 neither. */
static int
wordchar(ucs4_t c)
{
	if (c < 0x80) {
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			return 2;
		return c >= '0' && c <= '9';
	}
	if (uc_is_general_category(c, UC_CATEGORY_L))
		return 2;
	return uc_is_general_category(c, UC_CATEGORY_M) ||
	    uc_is_general_category(c, UC_CATEGORY_N);
}

void
poll_tokens(const char *s, size_t len,
    void (*fn)(const char *, size_t, void *), void *arg)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + len;
	const uint8_t *start = NULL;
	int letter = 0;

	while (p < end) {
		ucs4_t c, d;
		int n, k;

		if (*p < 0x80) {
			c = *p;
			n = 1;
		} else
			n = u8_mbtouc(&c, p, (size_t)(end - p));
		if ((k = wordchar(c)) != 0) {
			if (start == NULL)
				start = p;
			if (k == 2)
				letter = 1;
			p += n;
			continue;
		}
		/* A joiner between two word characters stays inside. */
		if (start != NULL && (c == '-' || c == '\'' || c == 0x2019 ||
		    c == 0x2010 || c == 0x2011) && p + n < end) {
			u8_mbtouc(&d, p + n, (size_t)(end - p - n));
			if (wordchar(d) != 0) {
				p += n;
				continue;
			}
		}
		if (start != NULL && letter)
			fn((const char *)start, (size_t)(p - start), arg);
		start = NULL;
		letter = 0;
		p += n;
	}
	if (start != NULL && letter)
		fn((const char *)start, (size_t)(p - start), arg);
}

struct poll_words *
poll_words_new(const struct poll_words_opts *o)
{
	struct poll_words *w;

	w = lp_xcalloc(1, sizeof(*w));
	w->o = *o;
	return w;
}

void
poll_words_free(struct poll_words *w)
{
	size_t i, n;

	if (w == NULL)
		return;
	n = w->terms != NULL ? lp_map_len(w->terms) : 0;
	for (i = 0; i < n; i++)
		free(lp_map_at(w->terms, i)->ptr);
	for (i = 0; i < w->nforms; i++) {
		free(w->forms[i]->text);
		free(w->forms[i]);
	}
	free(w->forms);
	lp_map_free(w->terms);
	lp_map_free(w->raw);
	lp_map_free(w->low);
	lp_buf_free(&w->buf);
	free(w);
}

long
poll_words_answers(const struct poll_words *w)
{
	return w->answers;
}

static struct term *
term_get(struct poll_words *w, const char *key, size_t len)
{
	struct lp_map_ent *ent;

	ent = lp_map_get(map(&w->terms), key, len);
	if (ent->ptr == NULL)
		ent->ptr = lp_xcalloc(1, sizeof(struct term));
	return ent->ptr;
}

static struct form *
form_new(struct poll_words *w, struct term *t, const char *text, size_t len)
{
	struct form *f;

	f = lp_xcalloc(1, sizeof(*f));
	f->t = t;
	if (text != NULL)
		f->text = lp_xstrndup(text, len);
	w->forms = lp_xreallocarray(w->forms, w->nforms + 1,
	    sizeof(*w->forms));
	w->forms[w->nforms++] = f;
	return f;
}

/* Count t once more, and once per answer. */
static void
count(struct poll_words *w, struct term *t)
{
	t->count++;
	if (t->last != w->answer_id) {
		t->last = w->answer_id;
		t->answers++;
	}
}

/* The form of a word as written, the first time it is seen. */
static struct form *
word_form(struct poll_words *w, const char *s, size_t len)
{
	const sb_symbol *st;
	struct lp_map_ent *ent;
	struct form *f;
	char *low;
	size_t ll;

	low = lp_lower(s, len);
	ll = strlen(low);
	if (poll_stop_has(w->o.stop, low, ll)) {
		free(low);
		return form_new(w, NULL, NULL, 0);
	}
	if (!w->o.stem) {
		f = form_new(w, term_get(w, low, ll), NULL, 0);
		free(low);
		return f;
	}
	/* Spellings of one word share a form; words of a stem, a term. */
	ent = lp_map_get(map(&w->low), low, ll);
	if (ent->ptr == NULL) {
		st = sb_stemmer_stem(w->o.stemmer, (const sb_symbol *)low,
		    (int)ll);
		if (st == NULL)
			ent->ptr = form_new(w, term_get(w, low, ll), low, ll);
		else
			ent->ptr = form_new(w, term_get(w, (const char *)st,
			    (size_t)sb_stemmer_length(w->o.stemmer)), low, ll);
	}
	free(low);
	return ent->ptr;
}

static void
add_word(const char *s, size_t len, void *arg)
{
	struct poll_words *w = arg;
	struct lp_map_ent *ent;
	struct form *f;

	ent = lp_map_get(map(&w->raw), s, len);
	if ((f = ent->ptr) == NULL)
		f = ent->ptr = word_form(w, s, len);
	if (f->t == NULL)
		return;
	f->n++;
	count(w, f->t);
}

/*
 * Trim s and make each run of white space one space. Most answers are
 * clean already and come back as they are; others are rebuilt in w->buf.
 */
static const char *
squeeze(struct poll_words *w, const char *s, size_t len, size_t *outlen)
{
	size_t i, start;
	unsigned bad;

	/*
	 * 1 a space, 3 other white space. Clean text (no white space at
	 * either end, none but single spaces inside) comes back as it is:
	 * the hot loop of tally, without a branch per byte.
	 */
	static const unsigned char ws[256] = {
		['\t'] = 3, ['\n'] = 3, ['\v'] = 3, ['\f'] = 3, ['\r'] = 3,
		[' '] = 1
	};

	if (len == 0) {
		*outlen = 0;
		return s;
	}
	bad = ws[(unsigned char)s[0]] | ws[(unsigned char)s[len - 1]];
	for (i = 0; i + 1 < len; i++)
		bad |= (ws[(unsigned char)s[i]] & 2) |
		    (ws[(unsigned char)s[i]] & ws[(unsigned char)s[i + 1]]);
	if (bad == 0) {
		*outlen = len;
		return s;
	}
	lp_buf_reset(&w->buf);
	for (i = 0; i < len;) {
		while (i < len && strchr(" \t\n\r\v\f", s[i]) != NULL &&
		    s[i] != '\0')
			i++;
		if (i == len)
			break;
		start = i;
		while (i < len && (strchr(" \t\n\r\v\f", s[i]) == NULL ||
		    s[i] == '\0'))
			i++;
		if (w->buf.len > 0)
			lp_buf_putc(&w->buf, ' ');
		lp_buf_add(&w->buf, s + start, i - start);
	}
	*outlen = w->buf.len;
	return w->buf.s ? w->buf.s : "";
}

/* One whole answer (or one choice of a multi-select cell). */
static void
add_piece(struct poll_words *w, const char *s, size_t len)
{
	struct lp_map_ent *ent;
	struct form *f;
	const char *sq;
	char *low;
	size_t sl;

	sq = squeeze(w, s, len, &sl);
	if (sl == 0)
		return;
	if (w->o.exact) {
		count(w, term_get(w, sq, sl));
		return;
	}
	ent = lp_map_get(map(&w->raw), sq, sl);
	if ((f = ent->ptr) == NULL) {
		low = lp_lower(sq, sl);
		f = ent->ptr = form_new(w, term_get(w, low, strlen(low)),
		    sq, sl);
		free(low);
	}
	f->n++;
	count(w, f->t);
}

void
poll_words_add(struct poll_words *w, const char *s, size_t len)
{
	const char *p, *end, *hit;
	size_t ml;

	w->answers++;
	w->answer_id++;
	if (!w->o.unit_answer) {
		poll_tokens(s, len, add_word, w);
		return;
	}
	if (w->o.multi == NULL || *w->o.multi == '\0') {
		add_piece(w, s, len);
		return;
	}
	ml = strlen(w->o.multi);
	for (p = s, end = s + len; p <= end; p = hit + ml) {
		for (hit = p; hit + ml <= end; hit++)
			if (memcmp(hit, w->o.multi, ml) == 0)
				break;
		if (hit + ml > end)
			hit = end;
		add_piece(w, p, (size_t)(hit - p));
		if (hit == end)
			break;
	}
}

static int
cmp_term(const void *a, const void *b)
{
	const struct poll_term *x = a, *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	if (x->answers != y->answers)
		return x->answers > y->answers ? -1 : 1;
	return lp_collate(x->term, y->term);
}

struct poll_term *
poll_words_result(struct poll_words *w, long min, long top, size_t *np)
{
	struct poll_term *r;
	size_t i, n, k = 0;

	/* Each term shows its most used form; the first of equals. */
	for (i = 0; i < w->nforms; i++) {
		struct form *f = w->forms[i];

		if (f->t != NULL && f->text != NULL && f->n > f->t->shown) {
			f->t->shown = f->n;
			f->t->show = f->text;
		}
	}
	n = w->terms != NULL ? lp_map_len(w->terms) : 0;
	r = lp_xcalloc(n + 1, sizeof(*r));
	for (i = 0; i < n; i++) {
		struct lp_map_ent *ent = lp_map_at(w->terms, i);
		struct term *t = ent->ptr;

		if (t->count < min)
			continue;
		r[k].term = t->show ? t->show : ent->key;
		r[k].count = t->count;
		r[k].answers = t->answers;
		k++;
	}
	qsort(r, k, sizeof(*r), cmp_term);
	if (top > 0 && (size_t)top < k)
		k = (size_t)top;
	*np = k;
	return r;
}
