/*
 * out.c - one table, three forms: CSV (streamed through lp_csvw),
 * aligned text or Markdown (through lp_table).
 */
#include <stdio.h>
#include <stdlib.h>

#include "poll.h"

struct poll_out {
	enum lp_fmt	 fmt;
	FILE		*fp;
	struct lp_csvw	*w;
	struct lp_table	*t;
	unsigned	 right;
	size_t		 col;
	int		 head;
};

static void	 html_cell(struct poll_out *, const char *);

/* HTML: a plain table; the shared stylesheet dresses it. */
static void
html_cell(struct poll_out *o, const char *s)
{
	if (o->col == 0)
		fputs("<tr>", o->fp);
	fprintf(o->fp, "<%s%s>", o->head ? "th" : "td",
	    o->right & (1u << o->col) ? " class=\"num\"" : "");
	lp_html_esc(o->fp, s);
	fprintf(o->fp, "</%s>", o->head ? "th" : "td");
	o->col++;
}

struct poll_out *
poll_out_new(enum lp_fmt fmt, FILE *fp, const char *const *hdr,
    size_t ncols, unsigned rightmask)
{
	struct poll_out *o;
	size_t i;

	o = lp_xcalloc(1, sizeof(*o));
	o->fmt = fmt;
	o->fp = fp;
	o->right = rightmask;
	if (fmt == LP_F_HTML) {
		fputs("<table>\n<thead>", fp);
		o->head = 1;
		for (i = 0; i < ncols; i++)
			html_cell(o, hdr[i]);
		fputs("</tr></thead>\n<tbody>\n", fp);
		o->head = 0;
		o->col = 0;
		return o;
	}
	if (fmt == LP_F_CSV) {
		o->w = lp_csvw_new(fp, 0);
		lp_csvw_row(o->w, hdr, ncols);
		return o;
	}
	o->t = lp_table_new(ncols);
	for (i = 0; i < ncols; i++) {
		if (rightmask & (1u << i))
			lp_table_right(o->t, i);
		lp_table_cell(o->t, hdr[i]);
	}
	lp_table_endrow(o->t);
	return o;
}

void
poll_out_str(struct poll_out *o, const char *s)
{
	if (o->w != NULL)
		lp_csvw_str(o->w, s);
	else if (o->t != NULL)
		lp_table_cell(o->t, s);
	else
		html_cell(o, s);
}

void
poll_out_int(struct poll_out *o, long v)
{
	char buf[32];

	if (o->w != NULL)
		lp_csvw_int(o->w, v);
	else {
		snprintf(buf, sizeof(buf), "%ld", v);
		poll_out_str(o, buf);
	}
}

void
poll_out_num(struct poll_out *o, double v, int decimals)
{
	char buf[64];

	if (o->w != NULL)
		lp_csvw_num(o->w, v, decimals);
	else {
		snprintf(buf, sizeof(buf), "%.*f", decimals, v);
		poll_out_str(o, buf);
	}
}

void
poll_out_empty(struct poll_out *o)
{
	if (o->w != NULL)
		lp_csvw_str(o->w, "");
	else
		poll_out_str(o, o->fmt == LP_F_TEXT ? "-" : "");
}

void
poll_out_endrow(struct poll_out *o)
{
	if (o->w != NULL)
		lp_csvw_endrow(o->w);
	else if (o->t != NULL)
		lp_table_endrow(o->t);
	else {
		fputs("</tr>\n", o->fp);
		o->col = 0;
	}
}

void
poll_out_end(struct poll_out *o)
{
	if (o == NULL)
		return;
	if (o->w != NULL)
		lp_csvw_free(o->w);
	else if (o->t == NULL)
		fputs("</tbody>\n</table>\n", o->fp);
	else {
		lp_table_print(o->t, o->fp, o->fmt);
		lp_table_free(o->t);
	}
	free(o);
}

/* Percent, one decimal's worth of precision is the caller's. */
double
poll_pct(long part, long whole)
{
	return whole > 0 ? 100.0 * (double)part / (double)whole : 0.0;
}
