/*
 * plakat.c - the purpose poster (formålsplakat): the lead line and the
 * numbered points of one draft, as a one-page HTML poster for print,
 * as Markdown, or as plain text.
 */
#include <stdlib.h>
#include <string.h>

#include "plat.h"

static int	 plakat_run(const char *, const struct pl_opts *);

#define WRAP	72

static void	 html_caps(FILE *, const char *);
static void	 wrap(FILE *, const char *, const char *, const char *);
static int	 capsword(const char *, size_t);
static double	 lines(const char *, double, double, double);
static void	 poster_html(FILE *, const struct pl_plat *,
		    const struct pl_draft *, const char *, const char *,
		    const char *, const char *);
static double	 height(const char *, const char *, const char *,
		    const struct pl_draft *, const char *, int, double);

/*
 * The poster's own rules on top of the shared print stylesheet's
 * .poster (large type, one page). The type shrinks with the amount of
 * text so that the poster stays on one page; the slots are the paper,
 * the point size, the page's height and the lead's size.
 */
static const char poster_css[] =
    "@page { size: %s portrait; margin: 15mm; }\n"
    ".poster.plakat { font-size: %dpt; min-height: %dmm; }\n"
    ".plakat .org { font-size: 0.5em; letter-spacing: 0.08em; "
    "text-transform: uppercase; margin: 0 0 0.3em; }\n"
    ".plakat h1 { font-size: 1.4em; margin: 0 0 0.6em; }\n"
    ".plakat .lead { font-size: %dpt; margin: 0 0 0.8em; }\n"
    ".plakat .lead, .plakat ol { text-align: left; }\n"
    ".plakat ol { margin: 0 0 0 1.4em; padding-left: 0.4em; }\n"
    ".plakat li { margin: 0 0 0.5em; break-inside: avoid; }\n"
    ".plakat footer { font-size: 9pt; margin-top: 1.5em; color: #555; }\n";

/* 1 when the bytes are a word of capitals (A-Z, Æ, Ø, Å), 3 or more. */
static int
capsword(const char *s, size_t n)
{
	size_t i, letters = 0;

	for (i = 0; i < n; i++) {
		if (s[i] >= 'A' && s[i] <= 'Z') {
			letters++;
			continue;
		}
		if ((unsigned char)s[i] == 0xc3 && i + 1 < n &&
		    ((unsigned char)s[i + 1] == 0x86 ||
		    (unsigned char)s[i + 1] == 0x98 ||
		    (unsigned char)s[i + 1] == 0x85)) {
			letters++;
			i++;
			continue;
		}
		return 0;
	}
	return letters >= 3;
}

/* HTML text with words in capitals (MERVERDI) set in <strong>. */
static void
html_caps(FILE *fp, const char *s)
{
	size_t n;
	char *w;

	while (*s != '\0') {
		n = strcspn(s, " \t\n,.:;!?");
		if (n == 0) {
			w = lp_xstrndup(s, 1);
			lp_html_esc(fp, w);
			free(w);
			s++;
			continue;
		}
		w = lp_xstrndup(s, n);
		if (capsword(s, n)) {
			fputs("<strong>", fp);
			lp_html_esc(fp, w);
			fputs("</strong>", fp);
		} else
			lp_html_esc(fp, w);
		free(w);
		s += n;
	}
}

/* Words of s, wrapped at WRAP columns, the first line after first. */
static void
wrap(FILE *fp, const char *first, const char *indent, const char *s)
{
	char *copy, *w, *save;
	size_t col, wlen, ind;

	fputs(first, fp);
	col = ind = lp_width(first);
	copy = lp_xstrdup(s);
	for (w = strtok_r(copy, " \t\n", &save); w != NULL;
	    w = strtok_r(NULL, " \t\n", &save)) {
		wlen = lp_width(w);
		if (col > ind && col + 1 + wlen > WRAP) {
			fprintf(fp, "\n%s", indent);
			col = lp_width(indent);
		} else if (col > ind) {
			fputc(' ', fp);
			col++;
		}
		lp_text_esc(fp, w);
		col += wlen;
	}
	fputc('\n', fp);
	free(copy);
}

/*
 * The poster's type must shrink with its text so that it stays on one
 * page, and no browser runs our layout for us: estimate it. Each block
 * is wrapped word by word at an average glyph width (generous for the
 * wide fonts of a Linux desktop), and its lines, margins and line
 * heights are added up as the stylesheet above sets them. The largest
 * body size whose estimate fills at most FILL of the page is taken.
 */
#define PT_PER_MM	2.8346
#define PT_MAX		26	/* the body size of a short A4 poster */
#define PT_MIN		8
#define FILL		0.93	/* of the page the estimate may fill */
#define GLYPH		0.60	/* average glyph width, in em */
#define SPACE		0.32	/* a space, in em */

/* Lines that text takes at size pt in a column width wide (pt). */
static double
lines(const char *s, double pt, double width, double glyph)
{
	double x = 0, w;
	size_t n;
	long nl = 1;
	char *word;

	while (*s != '\0') {
		n = strcspn(s, " \t\n");
		if (n > 0) {
			word = lp_xstrndup(s, n);
			w = (double)lp_width(word) * glyph * pt;
			free(word);
			if (x > 0 && x + SPACE * pt + w > width) {
				nl++;
				x = w;
			} else
				x += (x > 0 ? SPACE * pt : 0) + w;
			/* A word wider than the column breaks anyway. */
			while (x > width) {
				nl++;
				x -= width;
			}
			s += n;
		}
		s += strspn(s, " \t\n");
	}
	return (double)nl;
}

/* The height in pt of the poster at body size pt. */
static double
height(const char *org, const char *title, const char *lead,
    const struct pl_draft *d, const char *foot, int ipt, double width)
{
	double h = 0, pt = ipt, lp = ipt + ipt / 8;
	size_t i;

	if (org != NULL)	/* capitals, spaced: wide glyphs */
		h += lines(org, pt / 2, width, 0.78) * 1.25 * pt / 2 +
		    0.15 * pt;
	h += lines(title, 1.4 * pt, width, 0.68) * 1.2 * 1.4 * pt + 0.84 * pt;
	h += lines(lead, lp, width, GLYPH) * 1.25 * lp + 0.8 * lp;
	for (i = 0; i < d->npoints; i++)
		h += lines(d->points[i], pt, width - 1.8 * pt, GLYPH) * 1.25 *
		    pt + 0.5 * pt;
	h += lines(foot, 9, width, GLYPH) * 1.25 * 9 + 13.5;
	return h;
}

/* The poster as one HTML page, its type sized to fit one sheet. */
static void
poster_html(FILE *out, const struct pl_plat *p, const struct pl_draft *d,
    const char *lead, const char *title, const char *foot,
    const char *paper)
{
	double width, page;
	size_t i;
	int pt, a3;
	char *css;

	a3 = strcmp(paper, "a3") == 0;
	width = (a3 ? 267 : 180) * PT_PER_MM;
	page = (a3 ? 390 : 267) * PT_PER_MM * FILL;
	for (pt = a3 ? PT_MAX * 14 / 10 : PT_MAX; pt > PT_MIN; pt--)
		if (height(p->organisation, title, lead, d, foot, pt,
		    width) <= page)
			break;
	if (pt == PT_MIN && height(p->organisation, title, lead, d,
	    foot, pt, width) > page)
		lp_warnx(a3 ? _("%s: the poster does not fit one %s page "
		    "even at %d pt; shorten the points") : _("%s: the poster "
		    "does not fit one %s page even at %d pt; shorten the "
		    "points or print on A3 (--paper a3)"), p->file,
		    a3 ? "A3" : "A4", PT_MIN);
	css = lp_xasprintf(poster_css, a3 ? "A3" : "A4", pt,
	    a3 ? 370 : 250, pt + pt / 8);
	lp_html_begin(out, p->lang, title, css);
	free(css);
	fputs("<main class=\"poster plakat\">\n", out);
	if (p->organisation != NULL) {
		fputs("<p class=\"org\">", out);
		lp_html_esc(out, p->organisation);
		fputs("</p>\n", out);
	}
	fputs("<h1>", out);
	lp_html_esc(out, title);
	fputs("</h1>\n<p class=\"lead\">", out);
	html_caps(out, lead);
	fputs("</p>\n<ol>\n", out);
	for (i = 0; i < d->npoints; i++) {
		fputs("<li>", out);
		lp_html_esc(out, d->points[i]);
		fputs("</li>\n", out);
	}
	fputs("</ol>\n<footer>", out);
	lp_html_esc(out, foot);
	fputs("</footer>\n</main>\n", out);
	lp_html_end(out);
}

static int
plakat_run(const char *path, const struct pl_opts *o)
{
	struct pl_plat p;
	struct lp_error e;
	const struct pl_draft *d;
	const char *lead, *title;
	char *date = NULL, *foot, *num;
	size_t i, k;
	FILE *out = stdout;
	enum lp_lang l;

	if (pl_load(&p, path, &e) == -1)
		return lp_warnerr(&e);
	l = p.lang;
	if (p.ndrafts == 0) {
		lp_warnx(_("%s: no purpose draft yet; add one under "
		    "purpose.drafts"), p.file);
		pl_free(&p);
		return LP_EXIT_DATAERR;
	}
	k = o->draft > 0 ? (size_t)o->draft : p.ndrafts;
	if (k > p.ndrafts) {
		lp_warnx(lp_ngettext("--draft %ld: %s has %zu draft",
		    "--draft %ld: %s has %zu drafts", p.ndrafts), o->draft,
		    p.file, p.ndrafts);
		pl_free(&p);
		return LP_EXIT_USAGE;
	}
	d = &p.drafts[k - 1];
	lead = p.lead != NULL ? p.lead : pl_default_lead(l);
	title = lp_tr_in(l, "Purpose poster");
	if (d->hasdate)
		date = lp_date_long(l, &d->date);
	/* TRANSLATORS: "Draft 3 of 3, Tuesday 12 September 2023: note". */
	foot = lp_xasprintf(lp_tr_in(l, "Draft %zu of %zu%s%s%s%s"),
	    k, p.ndrafts, date != NULL ? ", " : "", date != NULL ? date : "",
	    d->note != NULL ? ": " : "", d->note != NULL ? d->note : "");

	switch (o->fmtset ? o->fmt : LP_F_HTML) {
	case LP_F_HTML:
		poster_html(out, &p, d, lead, title, foot, o->paper);
		break;
	case LP_F_MD:
		/* The user's text as Markdown text: no raw HTML passes. */
		fprintf(out, "# %s", title);
		if (p.organisation != NULL) {
			fputs(" - ", out);
			lp_md_text(out, p.organisation);
		}
		fputs("\n\n", out);
		lp_md_text(out, lead);
		fputs("\n\n", out);
		for (i = 0; i < d->npoints; i++) {
			fprintf(out, "%zu. ", i + 1);
			lp_md_text(out, d->points[i]);
			fputc('\n', out);
		}
		fputs("\n*", out);
		lp_md_text(out, foot);
		fputs("*\n", out);
		break;
	default:
		fputs(title, out);
		if (p.organisation != NULL) {
			fputs(" - ", out);
			lp_text_esc(out, p.organisation);
		}
		fputs("\n\n", out);
		wrap(out, "", "", lead);
		fputc('\n', out);
		for (i = 0; i < d->npoints; i++) {
			num = lp_xasprintf("%3zu. ", i + 1);
			wrap(out, num, "     ", d->points[i]);
			free(num);
		}
		fputc('\n', out);
		wrap(out, "", "", foot);
		break;
	}
	free(foot);
	free(date);
	pl_free(&p);
	return LP_EXIT_OK;
}

int
cmd_plakat(int argc, char **argv)
{
	struct pl_opts o;
	const char *file;
	int rc;

	if ((rc = pl_args(argc, argv, O_FMT | O_DRAFT | O_PAPER, LP_F_HTML | LP_F_MD |
	    LP_F_TEXT, 1, &o, &file)) != 0)
		return rc == PL_ANSWERED ? LP_EXIT_OK : rc;
	return plakat_run(file, &o);
}
