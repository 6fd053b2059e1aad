/*
 * words.c - lp-poll words: the words of the answers to one question,
 * or whole answers; and the run tally shares.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>

#include "poll.h"

struct wctx {
	struct poll_words_opts	 o;
	long			 nfree;	/* questions with free text */
};

static void
free_states(struct poll_in *in)
{
	size_t i;

	for (i = 0; i < in->nq; i++) {
		poll_words_free(in->q[i]->state);
		in->q[i]->state = NULL;
	}
}

/*
 * Without -c the one free-text question is counted; once a second has
 * free text the run can only end in "choose one with -c", so the
 * counts are dropped then and no more are kept: memory stays that of
 * one question, however many columns.
 */
static void
words_cb(struct poll_in *in, struct poll_q *q, const char *s, size_t len,
    void *arg)
{
	struct wctx *c = arg;
	int v;

	if (in->nspecs == 0 && in->shape != POLL_TEXT &&
	    q->answers - q->numeric == 1 && !poll_scale_value(s, len, &v) &&
	    ++c->nfree == 2)
		free_states(in);
	if (c->nfree >= 2)
		return;
	if (q->state == NULL)
		q->state = poll_words_new(&c->o);
	poll_words_add(q->state, s, len);
}

/* words and tally: counts of words, whole answers or choices. */
int
poll_words_run(struct poll_opts *po, int tally)
{
	static const char *const whdr[] = { N_("term"), N_("count"),
	    N_("answers"), N_("share") };
	static const char *const thdr[] = { N_("choice"), N_("count"),
	    N_("share") };
	struct lp_error e = { 0 };
	struct poll_in in;
	struct wctx c;
	struct poll_stop *stop = NULL;
	struct poll_term *t;
	struct poll_words *w;
	struct lp_tout *o;
	struct poll_q *q;
	size_t i, n;
	long answers, top;
	int code = 0;

	memset(&c, 0, sizeof(c));
	c.o.unit_answer = tally || po->unit_answer;
	c.o.exact = tally;
	c.o.multi = po->multi;
	c.o.stem = po->stem;
	if (!c.o.unit_answer &&
	    (stop = poll_stop_new(po->stopwords, &e)) == NULL)
		return lp_warnerr(&e);
	c.o.stop = stop;
	if (po->stem && (c.o.stemmer = sb_stemmer_new("norwegian",
	    "UTF_8")) == NULL) {
		poll_stop_free(stop);
		lp_warnx("%s", _("out of memory"));
		return LP_EXIT_OSERR;
	}
	if (poll_load(&in, po->file, po->cols, po->ncols, NULL, words_cb, &c, 0,
	    &e) != 0) {
		code = lp_warnerr(&e);
		goto done;
	}
	q = poll_chosen(&in);
	if (q == NULL) {
		code = LP_EXIT_DATAERR;
		goto done;
	}
	if (q->state == NULL)
		q->state = poll_words_new(&c.o);
	w = q->state;
	answers = poll_words_answers(w);
	top = po->top;
	if (po->fmt == LP_F_SVG && top == 0)
		top = 20;
	t = poll_words_result(w, po->min, top, &n);
	if (po->fmt == LP_F_SVG) {
		poll_bars(stdout, LP_F_SVG, poll_title(po->title, &in,
		    tally ? _("Choices") : _("Words")), t, n, (double)answers,
		    0);
		free(t);
		goto done;
	}
	o = tally ? lp_tout_new(stdout, po->fmt, thdr, 3, 0x6, po->excel) :
	    lp_tout_new(stdout, po->fmt, whdr, 4, 0xe, po->excel);
	for (i = 0; i < n; i++) {
		lp_tout_str(o, t[i].term);
		lp_tout_int(o, t[i].count);
		if (!tally)
			lp_tout_int(o, t[i].answers);
		lp_tout_num(o, poll_pct(tally ? t[i].count : t[i].answers,
		    answers), 1);
		lp_tout_endrow(o);
	}
	lp_tout_end(o);
	free(t);
done:
	free_states(&in);
	poll_close(&in);
	poll_stop_free(stop);
	if (c.o.stemmer != NULL)
		sb_stemmer_delete(c.o.stemmer);
	return code;
}

int
cmd_words(int argc, char **argv)
{
	static const struct poll_cmd cmd = { C_WORDS,
	    LP_F_CSV | LP_F_TEXT | LP_F_MD | LP_F_SVG, LP_F_CSV };
	struct poll_opts po;
	int code;

	if ((code = poll_args(argc, argv, &cmd, &po)) != 0)
		return code < 0 ? 0 : code;
	return poll_words_run(&po, 0);
}
