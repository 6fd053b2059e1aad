/*
 * themes.c - lp-poll themes: the answers to one question coded by a
 * codebook's themes, as counts or (--assign) answer by answer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "poll.h"

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
	struct lp_tout		*assign;
	int			 defer;		/* assign, no -c */
	int			 nfree;		/* questions with free text */
	unsigned char		*hit;
	struct lp_buf		 names;
	int			 csv;		/* English values */
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
		lp_buf_puts(&c->names, c->csv ? "uncoded" : _("uncoded"));
	snprintf(num, sizeof(num), "%ld", line);
	sq = poll_squeeze(s, len, &n);
	lp_tout_str(c->assign, num);
	lp_tout_str(c->assign, qname);
	lp_tout_str(c->assign, sq);
	lp_tout_str(c->assign, c->names.s);
	lp_tout_endrow(c->assign);
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
	static const char *const hdr[] = { N_("theme"), N_("count"),
	    N_("share"), N_("example") };
	const char *uncoded = fmt == LP_F_CSV ? "uncoded" :
	    _("uncoded");
	struct lp_tout *o;
	struct poll_term *t;
	size_t i, n = poll_book_n(b);

	if (fmt == LP_F_SVG) {
		t = lp_xcalloc(n + 2, sizeof(*t));
		for (i = 0; i < n; i++) {
			t[i].term = poll_book_theme(b, i);
			t[i].count = tc->count ? tc->count[i] : 0;
			t[i].answers = t[i].count;
		}
		t[n].term = uncoded;
		t[n].count = t[n].answers = tc->uncoded;
		poll_bars(fp, LP_F_SVG, title, t, n + 1, (double)tc->answers, 1);
		free(t);
		return;
	}
	o = lp_tout_new(fp, fmt, hdr, 4, 0x6, flags);
	for (i = 0; i <= n; i++) {
		long k = i < n ? (tc->count ? tc->count[i] : 0) : tc->uncoded;
		const char *ex = i < n ? (tc->example ? tc->example[i] : NULL) :
		    tc->uncoded_example;

		lp_tout_str(o, i < n ? poll_book_theme(b, i) : uncoded);
		lp_tout_int(o, k);
		lp_tout_num(o, poll_pct(k, tc->answers), 1);
		lp_tout_str(o, ex ? ex : "");
		lp_tout_endrow(o);
	}
	lp_tout_end(o);
}

int
cmd_themes(int argc, char **argv)
{
	static const struct poll_cmd cmd = { C_THEMES,
	    LP_F_CSV | LP_F_TEXT | LP_F_MD | LP_F_SVG, LP_F_CSV };
	static const char *const ahdr[] = { N_("line"), N_("question"),
	    N_("answer"), N_("themes") };
	struct lp_error e = { 0 };
	struct poll_opts opts, *po = &opts;
	struct poll_in in;
	struct poll_tcount empty;
	struct tctx c;
	struct poll_q *q;
	int code, flags;

	if ((code = poll_args(argc, argv, &cmd, po)) != 0)
		return code < 0 ? 0 : code;
	flags = po->excel;
	memset(&c, 0, sizeof(c));
	memset(&in, 0, sizeof(in));
	if ((c.book = poll_book_load(po->codebook, &e)) == NULL)
		return lp_warnerr(&e);
	c.hit = lp_xcalloc(poll_book_n(c.book) + 1, 1);
	c.csv = po->fmt == LP_F_CSV;
	c.defer = po->assign && po->ncols == 0;
	if (po->assign && !c.defer)
		c.assign = lp_tout_new(stdout, po->fmt, ahdr, 4, 0x1,
		    flags);
	if (poll_load(&in, po->file, po->cols, po->ncols, NULL, themes_cb, &c,
	    0, &e) != 0) {
		code = lp_warnerr(&e);
		goto done;
	}
	if (c.defer) {
		c.assign = lp_tout_new(stdout, po->fmt, ahdr, 4, 0x1,
		    flags);
		flush_rows(&c, &in);
	}
	if (c.assign != NULL)
		goto done;
	q = poll_chosen(&in);
	if (q != NULL && q->state != NULL)
		poll_themes_print(stdout, po->fmt, flags, poll_title(po->title,
		    &in, _("Themes")), c.book, q->state);
	else {
		poll_tcount_init(&empty, c.book);
		poll_themes_print(stdout, po->fmt, flags, poll_title(po->title,
		    &in, _("Themes")), c.book, &empty);
		poll_tcount_free(&empty, c.book);
	}
done:
	lp_tout_end(c.assign);
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
