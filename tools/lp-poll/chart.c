/*
 * chart.c - bars and word clouds from any label,count CSV.
 *
 * The cloud places the biggest word first, each on an Archimedean
 * spiral out from the middle, at the first point where its box (from
 * estimated glyph widths, with a margin) overlaps no box placed before
 * and stays inside the picture. The start angle comes from --seed, so
 * the same input and seed give the same picture.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "poll.h"

#define CLOUD_W		800
#define CLOUD_H		450
#define CLOUD_MIN	13.0
#define CLOUD_MAX	60.0

struct counts {
	char	**label;
	double	*val;
	size_t	 n;
	char	*lhead;
};

struct box {
	double	 x0, y0, x1, y1;
};

static int	 read_counts(const char *, struct counts *,
		    struct lp_error *);
static void	 free_counts(struct counts *);
static int	 parse_count(const char *, double *);
static double	 text_em(const char *);
static char	*default_title(const struct counts *);
static void	 text_bars(FILE *, const char *const *, const double *,
		    size_t, size_t);

static void
free_counts(struct counts *c)
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

static int
read_counts(const char *path, struct counts *c, struct lp_error *e)
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
			    "want a label column and a count column");
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
			    "'%s' is not a count", lp_csv_field(csv,
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
		free_counts(c);
		return -1;
	}
	return 0;
}

/*
 * The label column's header ("term", "choice", "theme"): what the
 * chart counts, and never a path.
 */
static char *
default_title(const struct counts *c)
{
	return lp_xstrdup(c->lhead);
}

/* Text bars whose labels pass no control character to the terminal. */
static void
text_bars(FILE *fp, const char *const *labels, const double *vals,
    size_t n, size_t width)
{
	char **clean;
	size_t i;

	clean = lp_xcalloc(n + 1, sizeof(*clean));
	for (i = 0; i < n; i++)
		clean[i] = poll_text_clean(labels[i]);
	lp_chart_bars_text(fp, (const char *const *)clean, vals, n, width);
	for (i = 0; i < n; i++)
		free(clean[i]);
	free(clean);
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
		text_bars(fp, labels, vals, n,
		    fmt == LP_F_MD ? 72 : lp_term_width());
	free(order);
	free(labels);
	free(vals);
}

int
poll_cmd_chart(struct poll_opts *po, const char *file)
{
	struct lp_error e = { 0 };
	struct counts c;
	double total = 0;
	size_t i, n;
	char *title;

	if (read_counts(file, &c, &e) != 0)
		return lp_warnerr(&e);
	n = c.n;
	if (po->top > 0 && (size_t)po->top < n)
		n = (size_t)po->top;
	for (i = 0; i < c.n; i++)
		total += c.val[i];
	if (po->fmt == LP_F_SVG) {
		title = po->title ? lp_xstrdup(po->title) :
		    default_title(&c);
		lp_chart_bars_svg(stdout, title, (const char *const *)c.label,
		    c.val, n, total);
		free(title);
	} else
		text_bars(stdout, (const char *const *)c.label, c.val, n,
		    lp_term_width());
	free_counts(&c);
	return 0;
}

/*
 * The width of a word in ems for a generic sans-serif face, erring on
 * the wide side: narrow letters, wide letters, capitals, the rest.
 */
static double
text_em(const char *s)
{
	const uint8_t *p = (const uint8_t *)s;
	double w = 0;
	ucs4_t c;
	int n;

	while (*p != '\0') {
		n = u8_mbtouc(&c, p, strlen((const char *)p));
		p += n;
		if (c == 'i' || c == 'j' || c == 'l' || c == '\'' || c == '.' ||
		    c == ',' || c == ':' || c == ';' || c == '!' || c == '|')
			w += 0.32;
		else if (c == 'f' || c == 't' || c == 'r' || c == ' ' ||
		    c == '-' || c == 'I')
			w += 0.42;
		else if (c == 'm' || c == 'w' || c == 0xe6)
			w += 0.92;
		else if (c == 'M' || c == 'W' || c == 0xc6)
			w += 1.0;
		else if (c >= 'A' && c <= 'Z')
			w += 0.74;
		else if (c >= 0x2e80)
			w += 1.0;
		else
			w += 0.64;
	}
	return w;
}

static int
overlaps(const struct box *a, const struct box *b)
{
	return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 &&
	    b->y0 < a->y1;
}

int
poll_cmd_cloud(struct poll_opts *po, const char *file)
{
	static const char *const colours[] = { "#1b4f72", "#7b241c",
	    "#186a3b", "#6c3483", "#935116", "#1f618d" };
	struct lp_error e = { 0 };
	struct counts c;
	struct box *placed;
	struct lp_rng rng;
	double lo, hi, a0;
	size_t i, j, n, np = 0, skipped = 0, *order;
	char *title;

	if (read_counts(file, &c, &e) != 0)
		return lp_warnerr(&e);
	lp_rng_seed(&rng, lp_seed_parse(po->seed ? po->seed : "1"));
	n = c.n;
	if (n > (size_t)(po->top > 0 ? po->top : 100))
		n = (size_t)(po->top > 0 ? po->top : 100);
	/* Biggest first; the input order breaks ties. */
	order = lp_xcalloc(n + 1, sizeof(*order));
	for (i = 0; i < n; i++)
		order[i] = i;
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && c.val[order[j]] > c.val[order[j - 1]];
		    j--) {
			size_t t = order[j];

			order[j] = order[j - 1];
			order[j - 1] = t;
		}
	lo = hi = n > 0 ? c.val[order[0]] : 0;
	for (i = 0; i < n; i++) {
		if (c.val[i] < lo)
			lo = c.val[i];
		if (c.val[i] > hi)
			hi = c.val[i];
	}
	title = po->title ? lp_xstrdup(po->title) : default_title(&c);
	printf("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
	    "height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" "
	    "role=\"img\">\n<title>", CLOUD_W, CLOUD_H, CLOUD_W, CLOUD_H);
	lp_html_esc(stdout, title);
	printf("</title>\n<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n",
	    CLOUD_W, CLOUD_H);
	placed = lp_xcalloc(n + 1, sizeof(*placed));
	a0 = lp_rng_double(&rng) * 2 * M_PI;
	for (i = 0; i < n; i++) {
		size_t k = order[i];
		double size, w, h, t, x = 0, y = 0;
		struct box b;
		int tries, ok = 0;

		size = hi > lo ? CLOUD_MIN + (CLOUD_MAX - CLOUD_MIN) *
		    sqrt((c.val[k] - lo) / (hi - lo)) : (CLOUD_MIN +
		    CLOUD_MAX) / 2;
		if (c.val[k] <= 0)
			continue;
		/* Too wide for the picture: smaller, then left out. */
		for (tries = 0; tries < 4 && !ok; tries++, size *= 0.75) {
			w = text_em(c.label[k]) * size * 1.08 + 4;
			h = size * 1.2 + 2;
			if (w > CLOUD_W - 8)
				continue;
			for (t = 0; t < 400 && !ok; t += 0.05) {
				x = CLOUD_W / 2.0 + 3.2 * t * cos(a0 + t);
				y = CLOUD_H / 2.0 + 1.9 * t * sin(a0 + t);
				b.x0 = x - w / 2;
				b.x1 = x + w / 2;
				b.y0 = y - h / 2;
				b.y1 = y + h / 2;
				if (b.x0 < 4 || b.y0 < 4 || b.x1 > CLOUD_W - 4 ||
				    b.y1 > CLOUD_H - 4)
					continue;
				ok = 1;
				for (j = 0; j < np && ok; j++)
					if (overlaps(&b, &placed[j]))
						ok = 0;
			}
			if (ok)
				break;
		}
		if (!ok) {
			skipped++;
			continue;
		}
		placed[np++] = b;
		/* Baseline: the box's middle plus a third of the size. */
		printf("<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" "
		    "fill=\"%s\" text-anchor=\"middle\"><title>", x,
		    y + size * 0.35, size,
		    colours[lp_rng_below(&rng, 6)]);
		lp_html_esc(stdout, c.label[k]);
		printf(": %g</title>", c.val[k]);
		lp_html_esc(stdout, c.label[k]);
		printf("</text>\n");
	}
	if (skipped > 0)
		printf("<!-- %zu words did not fit -->\n", skipped);
	printf("</svg>\n");
	free(placed);
	free(order);
	free(title);
	free_counts(&c);
	return 0;
}
