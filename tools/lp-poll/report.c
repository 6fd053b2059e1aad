/*
 * report.c - one page for a whole export: for each free-text question
 * its answers, top words, a chart and (with a codebook) its themes;
 * the scale questions together in one table.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "poll.h"

#define REPORT_TOP	10

struct rq {
	struct poll_words	*w;
	struct poll_tcount	 tc;
};

struct rctx {
	struct poll_words_opts	 wo;
	struct poll_book	*book;
	struct poll_scale	*scale;
};

static void	 report_cb(struct poll_in *, struct poll_q *, const char *,
		    size_t, void *);
static void	 heading(FILE *, enum lp_fmt, int, const char *);
static void	 para(FILE *, enum lp_fmt, const char *);
static int	 by_share(const void *, const void *);

/*
 * The top words in the order of their share (the answers using them),
 * the order the chart draws them in; count, then the word, break ties.
 */
static int
by_share(const void *a, const void *b)
{
	const struct poll_term *x = a, *y = b;

	if (x->answers != y->answers)
		return x->answers > y->answers ? -1 : 1;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return lp_collate(x->term, y->term);
}

static void
report_cb(struct poll_in *in, struct poll_q *q, const char *s, size_t len,
    void *arg)
{
	struct rctx *c = arg;
	struct rq *r;

	if ((r = q->state) == NULL) {
		r = q->state = lp_xcalloc(1, sizeof(*r));
		r->w = poll_words_new(&c->wo);
		if (c->book != NULL)
			poll_tcount_init(&r->tc, c->book);
	}
	poll_words_add(r->w, s, len);
	if (c->book != NULL)
		poll_tcount_add(&r->tc, c->book, s, len);
	poll_scale_add(in, q, s, len, c->scale);
}

static void
heading(FILE *fp, enum lp_fmt fmt, int level, const char *s)
{
	if (fmt == LP_F_HTML) {
		fprintf(fp, "<h%d>", level);
		lp_html_esc(fp, s);
		fprintf(fp, "</h%d>\n", level);
	} else {
		fprintf(fp, "%.*s ", level, "####");
		lp_md_text(fp, s);
		fputs("\n\n", fp);
	}
}

static void
para(FILE *fp, enum lp_fmt fmt, const char *s)
{
	if (fmt == LP_F_HTML) {
		fputs("<p>", fp);
		lp_html_esc(fp, s);
		fputs("</p>\n", fp);
	} else {
		lp_md_text(fp, s);
		fputs("\n\n", fp);
	}
}

int
cmd_report(int argc, char **argv)
{
	static const struct poll_cmd cmd = { C_REPORT, LP_F_MD | LP_F_HTML,
	    LP_F_MD };
	static const char *const whdr[] = { N_("term"), N_("count"),
	    N_("answers"), N_("share") };
	struct lp_error e = { 0 };
	struct poll_opts opts, *po = &opts;
	struct poll_in in;
	struct poll_stop *stop = NULL;
	struct rctx c;
	struct lp_tout *o;
	struct poll_term *t;
	size_t i, j, n, nscale = 0;
	const char *title;
	enum lp_fmt fmt;
	int code;
	char buf[128];

	if ((code = poll_args(argc, argv, &cmd, po)) != 0)
		return code < 0 ? 0 : code;
	fmt = po->fmt;
	memset(&c, 0, sizeof(c));
	memset(&in, 0, sizeof(in));
	if (po->codebook != NULL &&
	    (c.book = poll_book_load(po->codebook, &e)) == NULL)
		return lp_warnerr(&e);
	if ((c.scale = poll_scale_new(po->factors, &e)) == NULL) {
		poll_book_free(c.book);
		return lp_warnerr(&e);
	}
	if ((stop = poll_stop_new(po->stopwords, &e)) == NULL) {
		code = lp_warnerr(&e);
		goto done;
	}
	c.wo.stop = stop;
	if (poll_load(&in, po->file, po->cols, po->ncols, NULL, report_cb, &c,
	    -1, &e) != 0) {
		code = lp_warnerr(&e);
		goto done;
	}
	title = po->title ? po->title : _("Poll results");
	if (fmt == LP_F_HTML)
		lp_html_begin(stdout, lp_msg_lang_get(), title, NULL);
	heading(stdout, fmt, 1, title);
	if (in.shape == POLL_LONG)
		snprintf(buf, sizeof(buf), lp_ngettext("%ld row.", "%ld rows.",
		    (unsigned long)in.rowno), in.rowno);
	else
		snprintf(buf, sizeof(buf), lp_ngettext("%ld response.",
		    "%ld responses.", (unsigned long)in.rowno), in.rowno);
	para(stdout, fmt, buf);
	for (i = 0; i < in.nq; i++) {
		struct poll_q *q = in.q[i];
		struct rq *r = q->state;

		if (!q->active || q->meta || r == NULL)
			continue;
		if (q->numeric == q->answers) {
			nscale++;
			continue;
		}
		heading(stdout, fmt, 2, q->name);
		snprintf(buf, sizeof(buf), lp_ngettext("%ld answer.",
		    "%ld answers.", (unsigned long)q->answers), q->answers);
		para(stdout, fmt, buf);
		t = poll_words_result(r->w, 0, REPORT_TOP, &n);
		qsort(t, n, sizeof(*t), by_share);
		if (n > 0) {
			heading(stdout, fmt, 3, _("Top words"));
			o = lp_tout_new(stdout, fmt, whdr, 4, 0xe, 0);
			for (j = 0; j < n; j++) {
				lp_tout_str(o, t[j].term);
				lp_tout_int(o, t[j].count);
				lp_tout_int(o, t[j].answers);
				lp_tout_num(o, poll_pct(t[j].answers,
				    q->answers), 1);
				lp_tout_endrow(o);
			}
			lp_tout_end(o);
			if (fmt == LP_F_MD)
				fputs("\n```\n", stdout);
			poll_bars(stdout, fmt, q->name, t, n,
			    (double)q->answers, 1);
			if (fmt == LP_F_MD)
				fputs("```\n", stdout);
			fputs("\n", stdout);
		}
		free(t);
		if (c.book != NULL) {
			heading(stdout, fmt, 3, _("Themes"));
			poll_themes_print(stdout, fmt, 0, q->name, c.book, &r->tc);
			if (fmt == LP_F_HTML) {
				poll_themes_print(stdout, LP_F_SVG, 0, q->name,
				    c.book, &r->tc);
			}
			fputs("\n", stdout);
		}
	}
	if (nscale > 0) {
		for (i = 0; i < in.nq; i++) {
			struct poll_q *q = in.q[i];

			q->active = q->active && !q->meta && q->answers > 0 &&
			    q->numeric == q->answers;
		}
		heading(stdout, fmt, 2, _("Scales"));
		poll_scale_print(c.scale, &in, fmt, 0, NULL, po->min_n, stdout);
		if (fmt == LP_F_HTML)
			poll_scale_print(c.scale, &in, LP_F_SVG, 0, NULL,
			    po->min_n, stdout);
		fputs("\n", stdout);
	}
	if (fmt == LP_F_HTML)
		lp_html_end(stdout);
done:
	for (i = 0; i < in.nq; i++) {
		struct rq *r = in.q[i]->state;

		if (r == NULL)
			continue;
		poll_words_free(r->w);
		if (c.book != NULL)
			poll_tcount_free(&r->tc, c.book);
		free(r);
		in.q[i]->state = NULL;
	}
	poll_close(&in);
	poll_stop_free(stop);
	poll_scale_free(c.scale);
	poll_book_free(c.book);
	return code;
}
