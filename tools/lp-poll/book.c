/*
 * book.c - a codebook of themes, each a list of word patterns, and
 * the coding of answers by it.
 *
 *	themes:
 *	  - theme: Trygge ledere
 *	    match: [trygg*, "felles platt*"]
 *	    exclude: [utrygg*]
 *
 * A pattern is one or more words; each word matches a word of the
 * answer exactly, or by prefix (trygg*), suffix (*plattform) or infix
 * (*plattform*). Several words match consecutive words.
 */
#include <stdlib.h>
#include <string.h>

#include "poll.h"

struct pword {
	char	*s;
	size_t	 len;
	int	 head, tail;	/* a * before, after */
};

struct pattern {
	struct pword	*w;
	size_t		 n;
};

struct theme {
	const char	*name;
	struct pattern	*match, *exclude;
	size_t		 nmatch, nexclude;
};

struct poll_book {
	struct lp_ydoc	*doc;
	struct theme	*t;
	size_t		 n;
};

struct toks {
	const char	**s;
	size_t		 *len;
	size_t		 n, cap;
};

static int	 load_list(const struct lp_ynode *, struct pattern **,
		    size_t *, struct lp_error *);
static int	 compile(const struct lp_ynode *, struct pattern *,
		    struct lp_error *);
static int	 word_match(const struct pword *, const char *, size_t);
static int	 pat_match(const struct pattern *, const struct toks *);
static void	 tok_add(const char *, size_t, void *);
static void	 keep_shortest(char **, const char *, size_t);

static int
compile(const struct lp_ynode *node, struct pattern *p, struct lp_error *e)
{
	const char *text;
	char *low, *w, *save = NULL;
	size_t len;

	if (lp_y_text(node, &text, e) != 0)
		return -1;
	low = lp_lower(text, strlen(text));
	for (w = strtok_r(low, " \t", &save); w != NULL;
	    w = strtok_r(NULL, " \t", &save)) {
		struct pword *pw;

		p->w = lp_xreallocarray(p->w, p->n + 1, sizeof(*p->w));
		pw = &p->w[p->n++];
		len = strlen(w);
		pw->head = w[0] == '*';
		pw->tail = len > 1 && w[len - 1] == '*';
		if (pw->head) {
			w++;
			len--;
		}
		if (pw->tail)
			len--;
		pw->s = lp_xstrndup(w, len);
		pw->len = len;
		if (len == 0 || memchr(pw->s, '*', len) != NULL) {
			free(low);
			return lp_y_error(node, e, _("bad pattern '%s': a * "
			    "may stand only at the start or end of a word"),
			    text);
		}
	}
	free(low);
	if (p->n == 0)
		return lp_y_error(node, e, "%s", _("empty pattern"));
	return 0;
}

/* A pattern or a list of them. */
static int
load_list(const struct lp_ynode *node, struct pattern **pp, size_t *np,
    struct lp_error *e)
{
	size_t i, n;

	n = node->type == LP_YSEQ ? node->n : 1;
	*pp = lp_xcalloc(n + 1, sizeof(**pp));
	*np = n;
	if (node->type != LP_YSEQ)
		return compile(node, &(*pp)[0], e);
	if (n == 0)
		return lp_y_error(node, e, "%s", _("empty list of patterns"));
	for (i = 0; i < n; i++)
		if (compile(node->items[i], &(*pp)[i], e) != 0)
			return -1;
	return 0;
}

struct poll_book *
poll_book_load(const char *path, struct lp_error *e)
{
	static const char *const top[] = { "themes", NULL };
	static const char *const item[] = { "theme", "match", "exclude",
	    NULL };
	struct poll_book *b;
	struct lp_ynode *root, *themes, *it, *v;
	size_t i, j;

	b = lp_xcalloc(1, sizeof(*b));
	if ((b->doc = lp_yaml_load_file(path, e)) == NULL)
		goto fail;
	root = b->doc->root;
	if (root == NULL) {
		lp_error_set(e, LP_EXIT_DATAERR, lp_name(path), 0, 0,
		    "%s", _("empty codebook: write a list of themes under "
		    "'themes'"));
		goto fail;
	}
	if (lp_y_map(root, _("codebook"), top, e) != 0)
		goto fail;
	if ((themes = lp_y_get(root, "themes")) == NULL) {
		lp_y_missing(root, "themes", _("codebook"), e);
		goto fail;
	}
	if (lp_y_seq(themes, "themes", e) != 0)
		goto fail;
	b->n = themes->n;
	b->t = lp_xcalloc(b->n + 1, sizeof(*b->t));
	for (i = 0; i < b->n; i++) {
		struct theme *t = &b->t[i];

		it = themes->items[i];
		if (lp_y_map(it, _("theme"), item, e) != 0)
			goto fail;
		if ((v = lp_y_get(it, "theme")) == NULL) {
			lp_y_missing(it, "theme", _("theme"), e);
			goto fail;
		}
		if (lp_y_text(v, &t->name, e) != 0)
			goto fail;
		if (strcmp(t->name, "uncoded") == 0) {
			lp_y_error(v, e, "%s", _("'uncoded' is kept for "
			    "answers without a theme; choose another name"));
			goto fail;
		}
		for (j = 0; j < i; j++)
			if (strcmp(b->t[j].name, t->name) == 0) {
				lp_y_error(v, e, _("theme '%s' twice"),
				    t->name);
				goto fail;
			}
		if ((v = lp_y_get(it, "match")) == NULL) {
			lp_y_missing(it, "match", _("theme"), e);
			goto fail;
		}
		if (load_list(v, &t->match, &t->nmatch, e) != 0)
			goto fail;
		if ((v = lp_y_get(it, "exclude")) != NULL &&
		    load_list(v, &t->exclude, &t->nexclude, e) != 0)
			goto fail;
	}
	return b;
fail:
	poll_book_free(b);
	return NULL;
}

static void
free_pats(struct pattern *p, size_t n)
{
	size_t i, j;

	if (p == NULL)
		return;
	for (i = 0; i < n; i++) {
		for (j = 0; j < p[i].n; j++)
			free(p[i].w[j].s);
		free(p[i].w);
	}
	free(p);
}

void
poll_book_free(struct poll_book *b)
{
	size_t i;

	if (b == NULL)
		return;
	for (i = 0; i < b->n && b->t != NULL; i++) {
		free_pats(b->t[i].match, b->t[i].nmatch);
		free_pats(b->t[i].exclude, b->t[i].nexclude);
	}
	free(b->t);
	lp_ydoc_free(b->doc);
	free(b);
}

size_t
poll_book_n(const struct poll_book *b)
{
	return b->n;
}

const char *
poll_book_theme(const struct poll_book *b, size_t i)
{
	return b->t[i].name;
}

static void
tok_add(const char *s, size_t len, void *arg)
{
	struct toks *t = arg;

	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 32;
		t->s = lp_xreallocarray(t->s, t->cap, sizeof(*t->s));
		t->len = lp_xreallocarray(t->len, t->cap, sizeof(*t->len));
	}
	t->s[t->n] = s;
	t->len[t->n++] = len;
}

static int
word_match(const struct pword *p, const char *s, size_t len)
{
	size_t i;

	if (p->len > len)
		return 0;
	if (!p->head && !p->tail)
		return len == p->len && memcmp(s, p->s, len) == 0;
	if (!p->head)
		return memcmp(s, p->s, p->len) == 0;
	if (!p->tail)
		return memcmp(s + len - p->len, p->s, p->len) == 0;
	for (i = 0; i + p->len <= len; i++)
		if (memcmp(s + i, p->s, p->len) == 0)
			return 1;
	return 0;
}

static int
pat_match(const struct pattern *p, const struct toks *t)
{
	size_t i, j;

	for (i = 0; i + p->n <= t->n; i++) {
		for (j = 0; j < p->n; j++)
			if (!word_match(&p->w[j], t->s[i + j], t->len[i + j]))
				break;
		if (j == p->n)
			return 1;
	}
	return 0;
}

size_t
poll_book_match(const struct poll_book *b, const char *s, size_t len,
    unsigned char *hit)
{
	struct toks t = { 0 };
	char *low;
	size_t i, j, nhit = 0;

	low = lp_lower(s, len);
	poll_tokens(low, strlen(low), tok_add, &t);
	for (i = 0; i < b->n; i++) {
		const struct theme *th = &b->t[i];

		hit[i] = 0;
		for (j = 0; j < th->nmatch && !hit[i]; j++)
			hit[i] = (unsigned char)pat_match(&th->match[j], &t);
		for (j = 0; j < th->nexclude && hit[i]; j++)
			if (pat_match(&th->exclude[j], &t))
				hit[i] = 0;
		nhit += hit[i];
	}
	free(t.s);
	free(t.len);
	free(low);
	return nhit;
}

void
poll_tcount_init(struct poll_tcount *c, const struct poll_book *b)
{
	memset(c, 0, sizeof(*c));
	c->count = lp_xcalloc(b->n + 1, sizeof(*c->count));
	c->example = lp_xcalloc(b->n + 1, sizeof(*c->example));
}

/* The example shown for a theme: its shortest answer, the first of equals. */
static void
keep_shortest(char **ex, const char *s, size_t len)
{
	char *sq;
	size_t l;

	sq = poll_squeeze(s, len, &l);
	if (*ex == NULL || l < strlen(*ex)) {
		free(*ex);
		*ex = sq;
	} else
		free(sq);
}

void
poll_tcount_add(struct poll_tcount *c, const struct poll_book *b,
    const char *s, size_t len)
{
	unsigned char *hit;
	size_t i;

	hit = lp_xcalloc(b->n + 1, 1);
	c->answers++;
	if (poll_book_match(b, s, len, hit) == 0) {
		c->uncoded++;
		keep_shortest(&c->uncoded_example, s, len);
	}
	for (i = 0; i < b->n; i++) {
		if (!hit[i])
			continue;
		c->count[i]++;
		keep_shortest(&c->example[i], s, len);
	}
	free(hit);
}

void
poll_tcount_free(struct poll_tcount *c, const struct poll_book *b)
{
	size_t i;

	if (c->example != NULL)
		for (i = 0; i < b->n; i++)
			free(c->example[i]);
	free(c->example);
	free(c->count);
	free(c->uncoded_example);
	memset(c, 0, sizeof(*c));
}
