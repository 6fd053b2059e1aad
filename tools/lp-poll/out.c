/*
 * out.c - one table, three forms: CSV (streamed through lp_csvw),
 * aligned text or Markdown (through lp_table).
 */
#include <math.h>
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

/*
 * Text for a terminal: C0 controls other than newline and tab, and DEL,
 * in caret notation (ESC is "^["), C1 controls as U+FFFD; never raw.
 */
char *
poll_text_clean(const char *s)
{
	struct lp_buf b = { 0 };
	const unsigned char *p;

	lp_buf_puts(&b, "");
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7f) {
			lp_buf_putc(&b, '^');
			lp_buf_putc(&b, *p == 0x7f ? '?' : *p + '@');
		} else if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
			lp_buf_puts(&b, "\xef\xbf\xbd");
			p++;
		} else
			lp_buf_putc(&b, *p);
	}
	return lp_buf_take(&b);
}

/* Markdown prose or a cell: no raw HTML, so < > & as entities. */
char *
poll_md_clean(const char *s)
{
	struct lp_buf b = { 0 };
	char *t = poll_text_clean(s), *p;

	lp_buf_puts(&b, "");
	for (p = t; *p != '\0'; p++) {
		if (*p == '<')
			lp_buf_puts(&b, "&lt;");
		else if (*p == '>')
			lp_buf_puts(&b, "&gt;");
		else if (*p == '&')
			lp_buf_puts(&b, "&amp;");
		else
			lp_buf_putc(&b, *p);
	}
	free(t);
	return lp_buf_take(&b);
}

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
poll_out_new(FILE *fp, enum lp_fmt fmt, const char *const *hdr,
    size_t ncols, unsigned rightmask, int flags)
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
		o->w = lp_csvw_new(fp, flags);
		lp_csvw_row(o->w, hdr, ncols);
		return o;
	}
	o->t = lp_table_new(ncols);
	for (i = 0; i < ncols; i++) {
		if (rightmask & (1u << i))
			lp_table_right(o->t, i);
		poll_out_str(o, hdr[i]);
	}
	lp_table_endrow(o->t);
	return o;
}

void
poll_out_str(struct poll_out *o, const char *s)
{
	if (o->w != NULL)
		lp_csvw_str(o->w, s);
	else if (o->t != NULL) {
		char *c = o->fmt == LP_F_MD ? poll_md_clean(s) :
		    poll_text_clean(s);

		lp_table_cell(o->t, c);
		free(c);
	} else
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

/*
 * Percent, rounded to one decimal half away from zero, as the charts
 * round the share they print: a table and its chart say the same.
 */
double
poll_pct(long part, long whole)
{
	return whole > 0 ? round(1000.0 * (double)part / (double)whole) /
	    10.0 : 0.0;
}
