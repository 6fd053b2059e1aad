/*
 * write.c - groupings out: CSV and YAML for the next tool, and text,
 * Markdown and HTML for people (group name as heading, members under
 * it, absent members in parentheses, one round at a time).
 */
#include <stdlib.h>
#include <string.h>

#include "groups.h"

static const char	*label_round(enum lp_lang);
static const char	*label_title(enum lp_lang);
static int		 other_col(const struct lpg_roster *, size_t);

static const char *
label_round(enum lp_lang l)
{
	return lp_tr_in(l, "Round");
}

static const char *
label_title(enum lp_lang l)
{
	return lp_tr_in(l, "Network groups");
}

/* The roster's columns other than name, round and group. */
static int
other_col(const struct lpg_roster *r, size_t i)
{
	return (long)i != r->namecol && (long)i != r->roundcol &&
	    (long)i != r->groupcol;
}

void
lpg_write_csv(FILE *f, const struct lpg_view *v, int csvflags)
{
	const struct lpg_roster *r = v->r;
	struct lp_csvw *w;
	size_t i;
	int k;

	w = lp_csvw_new(f, csvflags);
	lp_csvw_str(w, "round");
	lp_csvw_str(w, "group");
	lp_csvw_str(w, "name");
	for (i = 0; i < r->ncols; i++)
		if (other_col(r, i))
			lp_csvw_str(w, r->hdr[i]);
	lp_csvw_endrow(w);
	for (k = 0; k < v->nrows; k++) {
		lp_csvw_int(w, v->round[v->ri[k]]);
		lp_csvw_str(w, v->gname[v->gi[k]]);
		lp_csvw_str(w, r->p[v->row[k]].name);
		for (i = 0; i < r->ncols; i++)
			if (other_col(r, i))
				lp_csvw_str(w, r->p[v->row[k]].f[i]);
		lp_csvw_endrow(w);
	}
	lp_csvw_free(w);
}

int
lpg_write_yaml(FILE *f, const struct lpg_view *v, struct lp_error *e)
{
	const struct lpg_roster *r = v->r;
	struct lp_yout *y;
	int k, rr = -1, gg = -1;

	y = lp_yout_new(f);
	lp_yout_map(y);
	lp_yout_str(y, "rounds");
	lp_yout_seq(y);
	for (k = 0; k < v->nrows; k++) {
		if (v->ri[k] != rr) {
			if (gg >= 0) {
				lp_yout_end(y);	/* members */
				lp_yout_end(y);	/* group */
				lp_yout_end(y);	/* groups */
				lp_yout_end(y);	/* round */
			}
			rr = v->ri[k];
			gg = -1;
			lp_yout_map(y);
			lp_yout_str(y, "round");
			lp_yout_int(y, v->round[rr]);
			lp_yout_str(y, "groups");
			lp_yout_seq(y);
		}
		if (v->gi[k] != gg) {
			if (gg >= 0) {
				lp_yout_end(y);
				lp_yout_end(y);
			}
			gg = v->gi[k];
			lp_yout_map(y);
			lp_yout_str(y, "name");
			lp_yout_str(y, v->gname[gg]);
			lp_yout_str(y, "members");
			lp_yout_seq(y);
		}
		lp_yout_str(y, r->p[v->row[k]].name);
	}
	if (gg >= 0) {
		lp_yout_end(y);
		lp_yout_end(y);
		lp_yout_end(y);
		lp_yout_end(y);
	}
	lp_yout_end(y);
	lp_yout_end(y);
	return lp_yout_close(y, e);
}

void
lpg_write_show(FILE *f, const struct lpg_view *v, enum lp_fmt fmt)
{
	const struct lpg_roster *r = v->r;
	const struct lpg_person *p;
	enum lp_lang l = lp_msg_lang_get();
	int k, rr = -1, gg = -1, many = v->nrounds > 1;

	if (fmt == LP_F_HTML) {
		lp_html_begin(f, l, label_title(l),
		    ".lpg-groups{display:grid;grid-template-columns:"
		    "repeat(auto-fill,minmax(12em,1fr));gap:0 1.5em}"
		    ".lpg-groups section{break-inside:avoid}"
		    ".lpg-away{color:#555}");
		fprintf(f, "<h1>%s</h1>\n", label_title(l));
	}
	for (k = 0; k < v->nrows; k++) {
		p = &r->p[v->row[k]];
		if (v->ri[k] != rr) {
			if (fmt == LP_F_HTML && rr >= 0)
				fputs("</ul></section>\n</div>\n", f);
			if (fmt != LP_F_HTML && rr >= 0)
				fputc('\n', f);
			rr = v->ri[k];
			gg = -1;
			if (many && fmt == LP_F_TEXT)
				fprintf(f, "%s %d\n\n", label_round(l),
				    v->round[rr]);
			else if (many && fmt == LP_F_MD)
				fprintf(f, "# %s %d\n\n", label_round(l),
				    v->round[rr]);
			else if (many)
				fprintf(f, "<h2>%s %d</h2>\n", label_round(l),
				    v->round[rr]);
			if (fmt == LP_F_HTML)
				fputs("<div class=\"lpg-groups\">\n", f);
		}
		if (v->gi[k] != gg) {
			if (gg >= 0 && fmt == LP_F_HTML)
				fputs("</ul></section>\n", f);
			else if (gg >= 0)
				fputc('\n', f);
			gg = v->gi[k];
			if (fmt == LP_F_TEXT)
				fprintf(f, "%s\n", v->gname[gg]);
			else if (fmt == LP_F_MD)
				fprintf(f, "## %s\n\n", v->gname[gg]);
			else {
				fputs("<section><h3>", f);
				lp_html_esc(f, v->gname[gg]);
				fputs("</h3><ul>\n", f);
			}
		}
		if (fmt == LP_F_TEXT)
			fprintf(f, p->away ? "  (%s)\n" : "  %s\n", p->name);
		else if (fmt == LP_F_MD) {
			fputs(p->away ? "- (" : "- ", f);
			lp_md_esc(f, p->name);
			fputs(p->away ? ")\n" : "\n", f);
		} else {
			fputs(p->away ? "<li class=\"lpg-away\">(" : "<li>", f);
			lp_html_esc(f, p->name);
			fputs(p->away ? ")</li>\n" : "</li>\n", f);
		}
	}
	if (fmt == LP_F_HTML) {
		if (rr >= 0)
			fputs("</ul></section>\n</div>\n", f);
		lp_html_end(f);
	}
}
