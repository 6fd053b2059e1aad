/*
 * cloud.c - lp-poll cloud: a word cloud as SVG from a label,count CSV.
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

struct box {
	double	 x0, y0, x1, y1;
};

static double	 text_em(const char *);
static int	 overlaps(const struct box *, const struct box *);
static char	*count_str(char *, size_t, double);

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

/*
 * A count as a person reads it: whole, or with the decimals it needs
 * (at most three), a decimal comma in bokmål and nynorsk.
 */
static char *
count_str(char *buf, size_t len, double v)
{
	int d;

	for (d = 0; d < 3 && lp_round(v, d) != lp_round(v, 3); d++)
		;
	return lp_fmtnum(buf, len, v, d, lp_lang_comma(lp_msg_lang_get()));
}

static int
overlaps(const struct box *a, const struct box *b)
{
	return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 &&
	    b->y0 < a->y1;
}

int
cmd_cloud(int argc, char **argv)
{
	static const struct poll_cmd cmd = { C_CLOUD, LP_F_SVG, LP_F_SVG };
	static const char *const colours[] = { "#1b4f72", "#7b241c",
	    "#186a3b", "#6c3483", "#935116", "#1f618d" };
	struct lp_error e = { 0 };
	struct poll_opts opts, *po = &opts;
	struct poll_counts c;
	struct box *placed;
	struct lp_rng rng;
	double lo, hi, a0;
	size_t i, j, n, np = 0, skipped = 0, *order;
	const char *title;
	char num[64];
	int code;

	if ((code = poll_args(argc, argv, &cmd, po)) != 0)
		return code < 0 ? 0 : code;
	if (poll_read_counts(po->file, &c, &e) != 0)
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
	/* The label column's header ("term"), never the file's name. */
	title = po->title ? po->title : poll_head_title(c.lhead);
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
		printf(": %s</title>", count_str(num, sizeof(num), c.val[k]));
		lp_html_esc(stdout, c.label[k]);
		printf("</text>\n");
	}
	if (skipped > 0) {
		fputs("<!-- ", stdout);
		printf(lp_ngettext("%zu word did not fit",
		    "%zu words did not fit", skipped), skipped);
		fputs(" -->\n", stdout);
	}
	printf("</svg>\n");
	free(placed);
	free(order);
	poll_free_counts(&c);
	return 0;
}
