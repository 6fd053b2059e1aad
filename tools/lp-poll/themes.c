/*
 * themes.c - a codebook of themes, each a list of word patterns, and
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
			return lp_y_error(node, e, "bad pattern '%s': a * "
			    "may stand only at the start or end of a word",
			    text);
		}
	}
	free(low);
	if (p->n == 0)
		return lp_y_error(node, e, "empty pattern");
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
		return lp_y_error(node, e, "empty list of patterns");
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
		    "empty codebook: write a list of themes under 'themes'");
		goto fail;
	}
	if (lp_y_map(root, "codebook", top, e) != 0)
		goto fail;
	if ((themes = lp_y_get(root, "themes")) == NULL) {
		lp_y_missing(root, "themes", "codebook", e);
		goto fail;
	}
	if (lp_y_seq(themes, "themes", e) != 0)
		goto fail;
	b->n = themes->n;
	b->t = lp_xcalloc(b->n + 1, sizeof(*b->t));
	for (i = 0; i < b->n; i++) {
		struct theme *t = &b->t[i];

		it = themes->items[i];
		if (lp_y_map(it, "theme", item, e) != 0)
			goto fail;
		if ((v = lp_y_get(it, "theme")) == NULL) {
			lp_y_missing(it, "theme", "theme", e);
			goto fail;
		}
		if (lp_y_text(v, &t->name, e) != 0)
			goto fail;
		if (strcmp(t->name, "uncoded") == 0) {
			lp_y_error(v, e, "'uncoded' is kept for answers "
			    "without a theme; choose another name");
			goto fail;
		}
		for (j = 0; j < i; j++)
			if (strcmp(b->t[j].name, t->name) == 0) {
				lp_y_error(v, e, "theme '%s' twice",
				    t->name);
				goto fail;
			}
		if ((v = lp_y_get(it, "match")) == NULL) {
			lp_y_missing(it, "match", "theme", e);
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

/*
 * themes --assign without -c lists the one free-text question only, and
 * which one that is is known at the end: until then each question's
 * answers wait in its struct pending ("line\0answer\0" ...). Once two
 * questions have free text the run can only end in "choose one with
 * -c", so nothing more is kept.
 */
struct pending {
	struct lp_buf	 rows;
	int		 free_text;
};

struct tctx {
	struct poll_book	*book;
	struct poll_out		*assign;
	int			 defer;		/* assign, no -c */
	int			 nfree;		/* questions with free text */
	unsigned char		*hit;
	struct lp_buf		 names;
};

static void	 assign_row(struct tctx *, long, const char *, const char *,
		    size_t);
static void	 defer_row(struct tctx *, struct poll_in *, struct poll_q *,
		    const char *, size_t);
static void	 flush_rows(struct tctx *, struct poll_in *);

static void
assign_row(struct tctx *c, long line, const char *qname, const char *s,
    size_t len)
{
	size_t i, n;
	char *sq, num[32];

	n = poll_book_match(c->book, s, len, c->hit);
	lp_buf_reset(&c->names);
	for (i = 0; i < poll_book_n(c->book); i++)
		if (c->hit[i]) {
			if (c->names.len > 0)
				lp_buf_puts(&c->names, "; ");
			lp_buf_puts(&c->names, poll_book_theme(c->book, i));
		}
	if (n == 0)
		lp_buf_puts(&c->names, "uncoded");
	snprintf(num, sizeof(num), "%ld", line);
	sq = poll_squeeze(s, len, &n);
	poll_out_str(c->assign, num);
	poll_out_str(c->assign, qname);
	poll_out_str(c->assign, sq);
	poll_out_str(c->assign, c->names.s);
	poll_out_endrow(c->assign);
	free(sq);
}

static void
pending_free(struct poll_in *in)
{
	struct pending *p;
	size_t i;

	for (i = 0; i < in->nq; i++)
		if ((p = in->q[i]->state) != NULL) {
			lp_buf_free(&p->rows);
			free(p);
			in->q[i]->state = NULL;
		}
}

static void
defer_row(struct tctx *c, struct poll_in *in, struct poll_q *q,
    const char *s, size_t len)
{
	struct pending *p;

	if (c->nfree > 1)
		return;
	if ((p = q->state) == NULL)
		p = q->state = lp_xcalloc(1, sizeof(*p));
	if (!p->free_text && q->numeric < q->answers) {
		p->free_text = 1;
		if (++c->nfree > 1) {
			pending_free(in);
			return;
		}
	}
	lp_buf_printf(&p->rows, "%ld", in->line);
	lp_buf_putc(&p->rows, '\0');
	lp_buf_add(&p->rows, s, len);
	lp_buf_putc(&p->rows, '\0');
}

/* The chosen question's answers, in the order read. */
static void
flush_rows(struct tctx *c, struct poll_in *in)
{
	struct poll_q *q = poll_chosen(in);
	struct pending *p;
	const char *r, *ans, *end;

	if (q == NULL || (p = q->state) == NULL)
		return;
	end = p->rows.s + p->rows.len;
	for (r = p->rows.s; r < end; r = ans + strlen(ans) + 1) {
		ans = r + strlen(r) + 1;
		assign_row(c, strtol(r, NULL, 10), q->name, ans, strlen(ans));
	}
}

static void
themes_cb(struct poll_in *in, struct poll_q *q, const char *s, size_t len,
    void *arg)
{
	struct tctx *c = arg;

	if (c->defer) {
		defer_row(c, in, q, s, len);
		return;
	}
	if (c->assign != NULL) {
		assign_row(c, in->line, q->name, s, len);
		return;
	}
	if (q->state == NULL) {
		q->state = lp_xcalloc(1, sizeof(struct poll_tcount));
		poll_tcount_init(q->state, c->book);
	}
	poll_tcount_add(q->state, c->book, s, len);
}

static void
themes_free(struct poll_in *in, struct poll_book *b)
{
	size_t i;

	for (i = 0; i < in->nq; i++)
		if (in->q[i]->state != NULL) {
			poll_tcount_free(in->q[i]->state, b);
			free(in->q[i]->state);
			in->q[i]->state = NULL;
		}
}

void
poll_themes_print(FILE *fp, enum lp_fmt fmt, int flags, const char *title,
    const struct poll_book *b, const struct poll_tcount *tc)
{
	static const char *const hdr[] = { "theme", "count", "share",
	    "example" };
	struct poll_out *o;
	struct poll_term *t;
	size_t i, n = poll_book_n(b);

	if (fmt == LP_F_SVG) {
		t = lp_xcalloc(n + 2, sizeof(*t));
		for (i = 0; i < n; i++) {
			t[i].term = poll_book_theme(b, i);
			t[i].count = tc->count ? tc->count[i] : 0;
			t[i].answers = t[i].count;
		}
		t[n].term = "uncoded";
		t[n].count = t[n].answers = tc->uncoded;
		poll_bars(fp, LP_F_SVG, title, t, n + 1, (double)tc->answers, 1);
		free(t);
		return;
	}
	o = poll_out_new(fp, fmt, hdr, 4, 0x6, flags);
	for (i = 0; i <= n; i++) {
		long k = i < n ? (tc->count ? tc->count[i] : 0) : tc->uncoded;
		const char *ex = i < n ? (tc->example ? tc->example[i] : NULL) :
		    tc->uncoded_example;

		poll_out_str(o, i < n ? poll_book_theme(b, i) : "uncoded");
		poll_out_int(o, k);
		poll_out_num(o, poll_pct(k, tc->answers), 1);
		poll_out_str(o, ex ? ex : "");
		poll_out_endrow(o);
	}
	poll_out_end(o);
}

int
poll_cmd_themes(struct poll_opts *po, const char *file)
{
	static const char *const ahdr[] = { "line", "question", "answer",
	    "themes" };
	struct lp_error e = { 0 };
	struct poll_in in;
	struct poll_tcount empty;
	struct tctx c;
	struct poll_q *q;
	int code = 0, flags = po->excel ? LP_CSVW_EXCEL : 0;

	memset(&c, 0, sizeof(c));
	memset(&in, 0, sizeof(in));
	if ((c.book = poll_book_load(po->codebook, &e)) == NULL)
		return lp_warnerr(&e);
	c.hit = lp_xcalloc(poll_book_n(c.book) + 1, 1);
	c.defer = po->assign && po->ncols == 0;
	if (po->assign && !c.defer)
		c.assign = poll_out_new(stdout, po->fmt, ahdr, 4, 0x1, flags);
	if (poll_load(&in, file, po->cols, po->ncols, NULL, themes_cb, &c,
	    0, &e) != 0) {
		code = lp_warnerr(&e);
		goto done;
	}
	if (c.defer) {
		c.assign = poll_out_new(stdout, po->fmt, ahdr, 4, 0x1, flags);
		flush_rows(&c, &in);
	}
	if (c.assign != NULL)
		goto done;
	q = poll_chosen(&in);
	if (q != NULL && q->state != NULL)
		poll_themes_print(stdout, po->fmt, flags, po->title ?
		    po->title : q->name, c.book, q->state);
	else {
		poll_tcount_init(&empty, c.book);
		poll_themes_print(stdout, po->fmt, flags, po->title ?
		    po->title : (q ? q->name : "Themes"), c.book, &empty);
		poll_tcount_free(&empty, c.book);
	}
done:
	poll_out_end(c.assign);
	if (po->assign)
		pending_free(&in);
	else
		themes_free(&in, c.book);
	poll_close(&in);
	lp_buf_free(&c.names);
	free(c.hit);
	poll_book_free(c.book);
	return code;
}
