/*
 * plakat.c - the purpose poster (formålsplakat): the lead line and the
 * numbered points of one draft, as a one-page HTML poster for print,
 * as Markdown, or as plain text.
 */
#include <stdlib.h>
#include <string.h>

#include "plat.h"

#define WRAP	72

static void	 html_caps(FILE *, const char *);
static void	 wrap(FILE *, const char *, const char *, const char *);
static int	 capsword(const char *, size_t);
static int	 font_pt(const struct pl_plat *, const struct pl_draft *, int);

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
		fputs(w, fp);
		col += wlen;
	}
	fputc('\n', fp);
	free(copy);
}

/*
 * The body size in points: large for a short poster, smaller as the
 * text grows, so that it stays on one page; A3 scales it by 1.4.
 */
static int
font_pt(const struct pl_plat *p, const struct pl_draft *d, int a3)
{
	size_t i, chars = 0, lines = 0;
	int pt;

	(void)p;
	for (i = 0; i < d->npoints; i++) {
		chars += lp_width(d->points[i]);
		lines++;
	}
	chars += lines * 30;	/* each point starts a new line */
	if (chars <= 350)
		pt = 26;
	else if (chars <= 550)
		pt = 22;
	else if (chars <= 800)
		pt = 18;
	else if (chars <= 1200)
		pt = 15;
	else if (chars <= 1800)
		pt = 12;
	else
		pt = 10;
	return a3 ? pt * 14 / 10 : pt;
}

int
pl_cmd_plakat(const char *path, const struct pl_opts *o)
{
	struct pl_plat p;
	struct lp_error e;
	const struct pl_draft *d;
	const char *lead, *title;
	char *date = NULL, *css, *foot, *num;
	size_t i, k;
	int pt, a3;
	FILE *out = stdout;
	enum lp_lang l;

	if (pl_load(&p, path, &e) == -1)
		return lp_warnerr(&e);
	l = p.lang;
	if (p.ndrafts == 0) {
		lp_warnx("%s: no purpose draft yet; add one under "
		    "purpose.drafts", p.file);
		pl_free(&p);
		return LP_EXIT_DATAERR;
	}
	k = o->draft > 0 ? (size_t)o->draft : p.ndrafts;
	if (k > p.ndrafts) {
		lp_warnx("--draft %ld: %s has %zu draft%s", o->draft, p.file,
		    p.ndrafts, p.ndrafts == 1 ? "" : "s");
		pl_free(&p);
		return LP_EXIT_USAGE;
	}
	d = &p.drafts[k - 1];
	lead = p.lead != NULL ? p.lead : pl_default_lead(l);
	title = lp_tr(l, "Formålsplakat", "Formålsplakat", "Purpose poster");
	if (d->hasdate)
		date = lp_date_long(l, &d->date);
	foot = lp_xasprintf(lp_tr(l, "Utkast %zu av %zu%s%s%s%s",
	    "Utkast %zu av %zu%s%s%s%s", "Draft %zu of %zu%s%s%s%s"),
	    k, p.ndrafts, date != NULL ? ", " : "", date != NULL ? date : "",
	    d->note != NULL ? ": " : "", d->note != NULL ? d->note : "");

	switch (o->fmtset ? o->fmt : LP_F_HTML) {
	case LP_F_HTML:
		a3 = strcmp(o->paper, "a3") == 0;
		pt = font_pt(&p, d, a3);
		css = lp_xasprintf(poster_css, a3 ? "A3" : "A4", pt,
		    a3 ? 370 : 250, pt + pt / 8);
		lp_html_begin(out, l, title, css);
		free(css);
		fputs("<main class=\"poster plakat\">\n", out);
		if (p.organisation != NULL) {
			fputs("<p class=\"org\">", out);
			lp_html_esc(out, p.organisation);
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
		break;
	case LP_F_MD:
		fprintf(out, "# %s%s%s\n\n", title,
		    p.organisation != NULL ? " - " : "",
		    p.organisation != NULL ? p.organisation : "");
		fprintf(out, "%s\n\n", lead);
		for (i = 0; i < d->npoints; i++)
			fprintf(out, "%zu. %s\n", i + 1, d->points[i]);
		fprintf(out, "\n*%s*\n", foot);
		break;
	default:
		if (p.organisation != NULL)
			fprintf(out, "%s - %s\n\n", title, p.organisation);
		else
			fprintf(out, "%s\n\n", title);
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
