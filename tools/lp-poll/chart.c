/*
 * chart.c - lp-poll chart: bars from any label,count CSV; and the
 * reading of such a CSV and the bars of words, themes and report.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "poll.h"

static int	 parse_count(const char *, double *);


void
poll_free_counts(struct poll_counts *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		free(c->label[i]);
	free(c->label);
	free(c->val);
	free(c->lhead);
	memset(c, 0, sizeof(*c));
}

/* "12", "12.5", "12,5", " 7 "; a count is never negative. */
static int
parse_count(const char *s, double *v)
{
	char buf[64], *end;
	size_t i, n;

	while (*s == ' ')
		s++;
	n = strlen(s);
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n == 0 || n >= sizeof(buf))
		return -1;
	for (i = 0; i < n; i++) {
		buf[i] = s[i] == ',' ? '.' : s[i];
		if (!(buf[i] == '.' || (buf[i] >= '0' && buf[i] <= '9')))
			return -1;
	}
	buf[n] = '\0';
	*v = strtod(buf, &end);
	return *end == '\0' ? 0 : -1;
}

int
poll_read_counts(const char *path, struct poll_counts *c, struct lp_error *e)
{
	static const char *const cnames[] = { "count", "n", "antall",
	    "value", "mean", NULL };
	struct lp_csv_opts o;
	struct lp_csv *csv;
	long cc;
	int r;

	memset(c, 0, sizeof(*c));
	memset(&o, 0, sizeof(o));
	o.enc = LP_ENC_AUTO;
	if ((csv = lp_csv_open(path, &o, e)) == NULL)
		return -1;
	if ((cc = lp_csv_col_any(csv, cnames)) < 0) {
		if (lp_csv_nheader(csv) < 2) {
			lp_error_set(e, LP_EXIT_DATAERR, lp_name(path), 1, 0,
			    "%s", _("want a label column and a count column"));
			lp_csv_close(csv);
			return -1;
		}
		cc = 1;
	}
	c->lhead = lp_xstrdup(lp_csv_header(csv, cc == 0 ? 1 : 0));
	while ((r = lp_csv_next(csv, e)) == 1) {
		double v;

		if (parse_count(lp_csv_field(csv, (size_t)cc), &v) != 0) {
			lp_error_set(e, LP_EXIT_DATAERR, lp_name(path),
			    lp_csv_line(csv), cc + 1,
			    _("'%s' is not a count"), lp_csv_field(csv,
			    (size_t)cc));
			r = -1;
			break;
		}
		c->label = lp_xreallocarray(c->label, c->n + 1,
		    sizeof(*c->label));
		c->val = lp_xreallocarray(c->val, c->n + 1, sizeof(*c->val));
		c->label[c->n] = lp_xstrdup(lp_csv_field(csv,
		    cc == 0 ? 1 : 0));
		c->val[c->n++] = v;
	}
	lp_csv_close(csv);
	if (r < 0) {
		poll_free_counts(c);
		return -1;
	}
	return 0;
}

/*
 * The label column's header as a chart's title: the names lp-poll's own
 * CSV gives it ("term", "choice", "theme") in the message language,
 * any other as written.
 */
const char *
poll_head_title(const char *head)
{
	static const char *const ours[] = { N_("term"), N_("choice"),
	    N_("theme"), NULL };
	size_t i;

	for (i = 0; ours[i] != NULL; i++)
		if (strcmp(head, ours[i]) == 0)
			return _(ours[i]);
	return head;
}

/* Most answers first; among equals, the order the terms came in. */
static int
by_answers(const void *a, const void *b)
{
	const struct poll_term *x = *(const struct poll_term *const *)a;
	const struct poll_term *y = *(const struct poll_term *const *)b;

	if (x->answers != y->answers)
		return x->answers > y->answers ? -1 : 1;
	return x < y ? -1 : x > y;
}

void
poll_bars(FILE *fp, enum lp_fmt fmt, const char *title,
    const struct poll_term *t, size_t n, double total, int sorted)
{
	const struct poll_term **order;
	const char **labels;
	double *vals;
	size_t i;

	order = lp_xcalloc(n + 1, sizeof(*order));
	labels = lp_xcalloc(n + 1, sizeof(*labels));
	vals = lp_xcalloc(n + 1, sizeof(*vals));
	for (i = 0; i < n; i++)
		order[i] = &t[i];
	if (!sorted)
		qsort(order, n, sizeof(*order), by_answers);
	for (i = 0; i < n; i++) {
		labels[i] = order[i]->term;
		vals[i] = (double)order[i]->answers;
	}
	if (fmt == LP_F_SVG || fmt == LP_F_HTML)
		lp_chart_bars_svg(fp, title, labels, vals, n, total);
	else
		lp_chart_bars_text(fp, labels, vals, n,
		    fmt == LP_F_MD ? 72 : lp_term_width());
	free(order);
	free(labels);
	free(vals);
}

/*
 * lp-poll chart: text bars, or an SVG titled by --title, else by the
 * label column's header ("term", "choice", "theme"), never by a path.
 */
int
cmd_chart(int argc, char **argv)
{
	static const struct poll_cmd cmd = { C_CHART, LP_F_TEXT | LP_F_SVG,
	    LP_F_TEXT };
	struct lp_error e = { 0 };
	struct poll_opts po;
	struct poll_counts c;
	double total = 0;
	size_t i, n;
	int code;

	if ((code = poll_args(argc, argv, &cmd, &po)) != 0)
		return code < 0 ? 0 : code;
	if (poll_read_counts(po.file, &c, &e) != 0)
		return lp_warnerr(&e);
	n = c.n;
	if (po.top > 0 && (size_t)po.top < n)
		n = (size_t)po.top;
	for (i = 0; i < c.n; i++)
		total += c.val[i];
	if (po.fmt == LP_F_SVG)
		lp_chart_bars_svg(stdout, po.title ? po.title :
		    poll_head_title(c.lhead),
		    (const char *const *)c.label, c.val, n, total);
	else
		lp_chart_bars_text(stdout, (const char *const *)c.label, c.val, n,
		    lp_term_width());
	poll_free_counts(&c);
	return 0;
}
