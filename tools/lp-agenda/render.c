/*
 * render.c - a day or a programme with every time computed, as text,
 * Markdown, a printable HTML handout, CSV or resolved YAML.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "agenda.h"

/*
 * Only what the agenda adds to the shared print stylesheet, which
 * already shades tr.break and sets tr.phase, .time and .page.
 */
static const char agenda_css[] =
    "table.agenda td { padding: .15em .4em; }\n"
    "table.agenda td.time { width: 7.5em; }\n"
    "table.agenda tr.phase td { padding-top: 0; padding-bottom: 0; }\n"
    "table.agenda tr.phase td.time { padding-left: 1.2em; }\n"
    "table.agenda span.mode { display: inline-block; min-width: 1.4em;"
    " font-weight: bold; }\n"
    "table.agenda ul.points { margin: .1em 0 .1em 1.2em; padding: 0;"
    " font-size: .9em; }\n";

static const char *
L_time(enum lp_lang l)
{
	return lp_tr_in(l, "Time");
}

static const char *
L_prog(enum lp_lang l)
{
	return lp_tr_in(l, "Programme");
}

static const char *
L_by(enum lp_lang l)
{
	return lp_tr_in(l, "By");
}

static const char *
L_note(enum lp_lang l)
{
	return lp_tr_in(l, "Note");
}

/*
 * The language of a programme's own labels: its first day's (--lang
 * when given), else the messages'.
 */
static enum lp_lang
prog_lang(const struct ag_prog *p)
{
	return p->ndays > 0 ? p->days[0].lang : lp_doc_lang(0, LP_NB);
}

/* "tirsdag 18. april 2023 · Kommunestyresalen · kl. 08.30–15.30" */
static char *
day_when(const struct ag_day *d)
{
	struct lp_buf	 b;
	char		*s, c[16], t[6];

	memset(&b, 0, sizeof(b));
	if (d->hasdate) {
		s = lp_date_long(d->lang, &d->date);
		lp_buf_puts(&b, s);
		free(s);
		lp_buf_puts(&b, " \u00b7 ");
	}
	if (d->place != NULL) {
		lp_buf_puts(&b, d->place);
		lp_buf_puts(&b, " \u00b7 ");
	}
	lp_buf_printf(&b, "%s\u2013%s", lp_clock_long(d->lang, d->start, c),
	    ag_clock(d->lang, d->dayend, t));
	return lp_buf_take(&b);
}

static const char *
status_word(enum lp_lang l, const struct ag_meeting *m)
{
	if (!m->hasdate)
		return lp_tr_in(l, "date not set");
	if (m->proposed)
		return lp_tr_in(l, "proposed");
	return lp_tr_in(l, "confirmed");
}

/* ---- text and Markdown ---- */

/* A cell made with printf. */
static void
cellf(struct lp_tout *t, const char *fmt, ...)
{
	va_list	 ap;
	char	 buf[1024];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	lp_tout_str(t, buf);
}

/* A sub-row of an item: its points, phases and notes. */
static void
sub_row(struct lp_tout *t, const char *when, const char *what)
{
	lp_tout_str(t, when);
	lp_tout_str(t, what);
	lp_tout_str(t, "");
	lp_tout_endrow(t);
}

static void
day_table(const struct ag_day *d, FILE *fp, enum lp_fmt fmt)
{
	const char		*hdr[3];
	struct lp_tout		*t;
	const struct ag_item	*it;
	const struct ag_phase	*ph;
	char			 r[16], *pt, *x;
	size_t			 i, j;

	/* English, as lib takes them, in the day's language. */
	hdr[0] = N_("Time");
	hdr[1] = N_("Programme");
	hdr[2] = N_("By");
	t = lp_tout_new_in(fp, fmt, hdr, 3, 0, 0, d->lang);
	for (i = 0; i < d->nit; i++) {
		it = &d->it[i];
		lp_tout_str(t, it->dur == 0 ? ag_clock(d->lang, it->start, r) :
		    ag_range(d->lang, it->start, it->end, r));
		if (it->kind == AG_BREAK && fmt == LP_F_MD)
			cellf(t, "*%s*", it->title);
		else
			lp_tout_str(t, it->title);
		lp_tout_str(t, it->by != NULL ? it->by : "");
		lp_tout_endrow(t);
		for (j = 0; j < it->npoints; j++) {
			x = lp_xasprintf("  \u00b7 %s", it->points[j]);
			sub_row(t, "", x);
			free(x);
		}
		for (j = 0; j < it->nph; j++) {
			ph = &it->ph[j];
			x = lp_xasprintf("  %s", ag_range(d->lang, ph->start,
			    ph->end, r));
			pt = ag_phase_title(ph);
			cellf(t, "%s", x);
			cellf(t, "  %s (%d min)", pt, ph->dur);
			lp_tout_str(t, "");
			lp_tout_endrow(t);
			free(pt);
			free(x);
		}
		if (it->notes != NULL) {
			x = lp_xasprintf("  %s: %s", L_note(d->lang),
			    it->notes);
			sub_row(t, "", x);
			free(x);
		}
	}
	lp_tout_end(t);
}

static void
net_table(const struct ag_prog *p, FILE *fp, enum lp_fmt fmt)
{
	const char		*hdr[4];
	struct lp_tout		*t;
	const struct ag_meeting	*m;
	const struct ag_slot	*s;
	enum lp_lang		 l = prog_lang(p);
	char			 iso[11], r[16];
	size_t			 i;

	hdr[0] = N_("Group");
	hdr[1] = N_("Date");
	hdr[2] = N_("Slot");
	hdr[3] = N_("Status");
	t = lp_tout_new_in(fp, fmt, hdr, 4, 0, 0, l);
	for (i = 0; i < p->nmt; i++) {
		m = &p->mt[i];
		s = &p->slots[m->slot];
		lp_tout_str(t, m->group);
		lp_tout_str(t, m->hasdate ? lp_date_iso(&m->date, iso) : "?");
		cellf(t, "%s %s", s->name, ag_range(l, s->start, s->end, r));
		lp_tout_str(t, status_word(l, m));
		lp_tout_endrow(t);
	}
	lp_tout_end(t);
}

/* Prose: escaped for Markdown (no raw HTML) or a terminal (no ESC). */
static void
prose(FILE *fp, enum lp_fmt fmt, const char *s)
{
	if (fmt == LP_F_MD)
		lp_md_text(fp, s);
	else
		lp_text_esc(fp, s);
}

static void
render_text(const struct ag_prog *p, FILE *fp, enum lp_fmt fmt)
{
	const struct ag_day	*d;
	const char		*h;
	char			*w;
	size_t			 i;

	if (p->isprog) {
		if (fmt == LP_F_MD)
			fputs("# ", fp);
		prose(fp, fmt, p->name);
		fputs(fmt == LP_F_MD ? "\n\n" : "\n", fp);
		if (p->org != NULL) {
			prose(fp, fmt, p->org);
			fputc('\n', fp);
		}
		fputc('\n', fp);
	}
	for (i = 0; i < p->ndays; i++) {
		d = &p->days[i];
		w = day_when(d);
		if (fmt == LP_F_MD)
			fputs(p->isprog ? "## " : "# ", fp);
		prose(fp, fmt, d->title);
		fputs(fmt == LP_F_MD ? "\n\n" : "\n", fp);
		prose(fp, fmt, w);
		fputs(fmt == LP_F_MD ? "\n\n" : "\n\n", fp);
		free(w);
		day_table(d, fp, fmt);
		fputc('\n', fp);
	}
	if (p->nmt > 0) {
		h = lp_tr_in(prog_lang(p), "Network meetings");
		fprintf(fp, fmt == LP_F_MD ? "## %s\n\n" : "%s\n\n", h);
		net_table(p, fp, fmt);
	}
}

/* ---- HTML ---- */

static void
html_day(const struct ag_prog *p, const struct ag_day *d, FILE *fp)
{
	const struct ag_item	*it;
	const struct ag_phase	*ph;
	char			*w, r[16];
	size_t			 i, j;

	fputs(p->isprog ? "<section class=\"day page\">\n<header>\n" :
	    "<section class=\"day\">\n<header>\n", fp);
	if (p->isprog) {
		fputs("<p class=\"programme\">", fp);
		lp_html_esc(fp, p->name);
		fputs("</p>\n", fp);
	}
	fputs("<h1>", fp);
	lp_html_esc(fp, d->title);
	fputs("</h1>\n<p class=\"meta\">", fp);
	w = day_when(d);
	lp_html_esc(fp, w);
	free(w);
	fputs("</p>\n</header>\n<table class=\"agenda\">\n<thead><tr><th>",
	    fp);
	lp_html_esc(fp, L_time(d->lang));
	fputs("</th><th>", fp);
	lp_html_esc(fp, L_prog(d->lang));
	fputs("</th><th>", fp);
	lp_html_esc(fp, L_by(d->lang));
	fputs("</th></tr></thead>\n<tbody>\n", fp);
	for (i = 0; i < d->nit; i++) {
		it = &d->it[i];
		fprintf(fp, "<tr class=\"%s\"><td class=\"time\">",
		    it->kind == AG_BREAK ? "break" : "item");
		if (it->dur == 0)
			lp_html_esc(fp, ag_clock(d->lang, it->start, r));
		else
			lp_html_esc(fp, ag_range(d->lang, it->start, it->end,
			    r));
		fputs("</td><td>", fp);
		if (it->kind == AG_ITEM)
			fputs("<strong>", fp);
		lp_html_esc(fp, it->title);
		if (it->kind == AG_ITEM)
			fputs("</strong>", fp);
		if (it->npoints > 0) {
			fputs("<ul class=\"points\">", fp);
			for (j = 0; j < it->npoints; j++) {
				fputs("<li>", fp);
				lp_html_esc(fp, it->points[j]);
				fputs("</li>", fp);
			}
			fputs("</ul>", fp);
		}
		fputs("</td><td class=\"by\">", fp);
		if (it->by != NULL)
			lp_html_esc(fp, it->by);
		fputs("</td></tr>\n", fp);
		for (j = 0; j < it->nph; j++) {
			ph = &it->ph[j];
			fputs("<tr class=\"phase\"><td class=\"time\">", fp);
			lp_html_esc(fp, ag_range(d->lang, ph->start, ph->end,
			    r));
			fputs("</td><td>", fp);
			if (ph->label[0] != '\0') {
				fputs("<span class=\"mode\">", fp);
				lp_html_esc(fp, ph->label);
				fputs("</span> ", fp);
			}
			lp_html_esc(fp, ph->text);
			fprintf(fp, "</td><td>%d min</td></tr>\n", ph->dur);
		}
	}
	fputs("</tbody>\n</table>\n</section>\n", fp);
}

static void
render_html(const struct ag_prog *p, FILE *fp)
{
	const struct ag_meeting	*m;
	const struct ag_slot	*s;
	enum lp_lang		 l = prog_lang(p);
	char			 iso[11], r[16];
	size_t			 i;

	lp_html_begin(fp, l, p->name, agenda_css);
	for (i = 0; i < p->ndays; i++)
		html_day(p, &p->days[i], fp);
	if (p->nmt > 0) {
		fputs("<section class=\"network\">\n<h2>", fp);
		lp_html_esc(fp, lp_tr_in(l, "Network meetings"));
		fputs("</h2>\n<table class=\"agenda\">\n<thead><tr><th>", fp);
		lp_html_esc(fp, lp_tr_in(l, "Group"));
		fputs("</th><th>", fp);
		lp_html_esc(fp, lp_tr_in(l, "Date"));
		fputs("</th><th>", fp);
		lp_html_esc(fp, lp_tr_in(l, "Slot"));
		fputs("</th><th>", fp);
		lp_html_esc(fp, lp_tr_in(l, "Status"));
		fputs("</th></tr></thead>\n<tbody>\n", fp);
		for (i = 0; i < p->nmt; i++) {
			m = &p->mt[i];
			s = &p->slots[m->slot];
			fprintf(fp, "<tr class=\"%s\"><td>", m->proposed ||
			    !m->hasdate ? "proposed" : "confirmed");
			lp_html_esc(fp, m->group);
			fputs("</td><td class=\"time\">", fp);
			lp_html_esc(fp, m->hasdate ? lp_date_iso(&m->date,
			    iso) : "?");
			fputs("</td><td>", fp);
			lp_html_esc(fp, s->name);
			fputc(' ', fp);
			lp_html_esc(fp, ag_range(l, s->start, s->end, r));
			fputs("</td><td>", fp);
			lp_html_esc(fp, status_word(l, m));
			fputs("</td></tr>\n", fp);
		}
		fputs("</tbody>\n</table>\n</section>\n", fp);
	}
	lp_html_end(fp);
}

/* ---- CSV ---- */

static void
ag_csv_row(struct lp_tout *t, const struct ag_day *d, int a, int b,
    const char *kind, const char *title, const char *by)
{
	char	 iso[11], x[6], y[6];

	lp_tout_str(t, d->hasdate ? lp_date_iso(&d->date, iso) : "");
	lp_tout_str(t, lp_clock_str(a, ':', x));
	lp_tout_str(t, lp_clock_str(b, ':', y));
	lp_tout_int(t, b - a);
	lp_tout_str(t, kind);
	lp_tout_str(t, title);
	lp_tout_str(t, by != NULL ? by : "");
	lp_tout_endrow(t);
}

static void
render_csv(const struct ag_prog *p, int flags, FILE *fp)
{
	static const char *const head[] = { "date", "start", "end",
		"minutes", "kind", "title", "by" };
	struct lp_tout		*t;
	const struct ag_day	*d;
	const struct ag_item	*it;
	const struct ag_meeting	*m;
	const struct ag_slot	*s;
	char			*pt, iso[11], x[6], y[6];
	size_t			 i, j, k;

	t = lp_tout_new(fp, LP_F_CSV, head, 7, 0, flags);
	for (i = 0; i < p->ndays; i++) {
		d = &p->days[i];
		for (j = 0; j < d->nit; j++) {
			it = &d->it[j];
			ag_csv_row(t, d, it->start, it->end, it->kind ==
			    AG_BREAK ? "break" : "item", it->title, it->by);
			for (k = 0; k < it->nph; k++) {
				pt = ag_phase_title(&it->ph[k]);
				ag_csv_row(t, d, it->ph[k].start,
				    it->ph[k].end, "phase", pt, NULL);
				free(pt);
			}
		}
	}
	for (i = 0; i < p->nmt; i++) {
		m = &p->mt[i];
		s = &p->slots[m->slot];
		lp_tout_str(t, m->hasdate ? lp_date_iso(&m->date, iso) : "?");
		lp_tout_str(t, lp_clock_str(s->start, ':', x));
		lp_tout_str(t, lp_clock_str(s->end, ':', y));
		lp_tout_int(t, s->end - s->start);
		lp_tout_str(t, "meeting");
		lp_tout_str(t, m->group);
		lp_tout_str(t, "");
		lp_tout_endrow(t);
	}
	lp_tout_end(t);
}

/* ---- YAML ---- */

static void
ykv(struct lp_yout *y, const char *k, const char *v)
{
	lp_yout_str(y, k);
	lp_yout_str(y, v);
}

static void
ykq(struct lp_yout *y, const char *k, const char *v)
{
	lp_yout_str(y, k);
	lp_yout_quoted(y, v);
}

static void
ag_yaml_day(struct lp_yout *y, const struct ag_day *d)
{
	const struct ag_item	*it;
	const struct ag_phase	*ph;
	char			 b[16], iso[11];
	size_t			 i, j;

	lp_yout_map(y);
	ykv(y, "title", d->title);
	if (d->hasdate)
		ykq(y, "date", lp_date_iso(&d->date, iso));
	if (d->place != NULL)
		ykv(y, "place", d->place);
	ykq(y, "start", lp_clock_str(d->start, ':', b));
	ykq(y, "end", lp_clock_str(d->dayend, ':', b));
	ykv(y, "lang", lp_lang_code(d->lang));
	lp_yout_str(y, "items");
	lp_yout_seq(y);
	for (i = 0; i < d->nit; i++) {
		it = &d->it[i];
		lp_yout_map(y);
		ykv(y, it->kind == AG_BREAK ? "break" : "title", it->title);
		ykq(y, "start", lp_clock_str(it->start, ':', b));
		ykq(y, "end", lp_clock_str(it->end, ':', b));
		ykv(y, "duration", ag_dur_str(it->dur, b));
		if (it->hasat)
			ykq(y, "at", lp_clock_str(it->at, ':', b));
		if (it->by != NULL)
			ykv(y, "by", it->by);
		if (it->flex)
			ykv(y, "flex", "true");
		if (it->npoints > 0) {
			lp_yout_str(y, "points");
			lp_yout_seq(y);
			for (j = 0; j < it->npoints; j++)
				lp_yout_str(y, it->points[j]);
			lp_yout_end(y);
		}
		if (it->notes != NULL)
			ykv(y, "notes", it->notes);
		if (it->nph > 0) {
			lp_yout_str(y, "phases");
			lp_yout_seq(y);
			for (j = 0; j < it->nph; j++) {
				ph = &it->ph[j];
				lp_yout_map(y);
				ykv(y, "mode", ph->mode);
				if (ph->text[0] != '\0')
					ykv(y, "text", ph->text);
				ykv(y, "duration", ag_dur_str(ph->dur, b));
				ykq(y, "start", lp_clock_str(ph->start, ':',
				    b));
				ykq(y, "end", lp_clock_str(ph->end, ':', b));
				lp_yout_end(y);
			}
			lp_yout_end(y);
		}
		lp_yout_end(y);
	}
	lp_yout_end(y);
	lp_yout_end(y);
}

static int
render_yaml(const struct ag_prog *p, FILE *fp)
{
	struct lp_error		 e;
	struct lp_yout		*y;
	const struct ag_meeting	*m;
	const struct ag_slot	*s;
	char			 iso[11], a[6], b[6], span[16];
	size_t			 i;

	memset(&e, 0, sizeof(e));
	y = lp_yout_new(fp);
	if (!p->isprog)
		ag_yaml_day(y, &p->days[0]);
	else {
		lp_yout_map(y);
		ykv(y, "programme", p->name);
		if (p->org != NULL)
			ykv(y, "organisation", p->org);
		ykv(y, "timezone", p->tz);
		lp_yout_str(y, "gatherings");
		lp_yout_seq(y);
		for (i = 0; i < p->ndays; i++)
			ag_yaml_day(y, &p->days[i]);
		lp_yout_end(y);
		if (p->nslots > 0 || p->nmt > 0) {
			lp_yout_str(y, "network");
			lp_yout_map(y);
			lp_yout_str(y, "slots");
			lp_yout_map(y);
			for (i = 0; i < p->nslots; i++) {
				s = &p->slots[i];
				snprintf(span, sizeof(span), "%s-%s",
				    lp_clock_str(s->start, ':', a),
				    lp_clock_str(s->end, ':', b));
				ykq(y, s->name, span);
			}
			lp_yout_end(y);
			lp_yout_str(y, "meetings");
			lp_yout_seq(y);
			for (i = 0; i < p->nmt; i++) {
				m = &p->mt[i];
				lp_yout_map(y);
				ykv(y, "group", m->group);
				ykq(y, "date", m->hasdate ?
				    lp_date_iso(&m->date, iso) : "?");
				ykv(y, "slot", p->slots[m->slot].name);
				ykv(y, "status", m->proposed ? "proposed" :
				    "confirmed");
				lp_yout_end(y);
			}
			lp_yout_end(y);
			lp_yout_end(y);
		}
		lp_yout_end(y);
	}
	if (lp_yout_close(y, &e) == -1)
		return lp_warnerr(&e);
	return 0;
}

int
ag_render(struct ag_prog *p, enum lp_fmt fmt, int flags, FILE *fp)
{
	switch (fmt) {
	case LP_F_HTML:
		render_html(p, fp);
		break;
	case LP_F_CSV:
		render_csv(p, flags, fp);
		break;
	case LP_F_YAML:
		return render_yaml(p, fp);
	default:
		render_text(p, fp, fmt);
		break;
	}
	return 0;
}

int
cmd_render(int argc, char **argv)
{
	struct lp_error	 e;
	struct ag_prog	*p;
	enum lp_fmt	 fmt = LP_F_TEXT;
	int		 c, li, rc, flags = 0, screen = 0;

	memset(&e, 0, sizeof(e));
	for (;;) {
		li = -1;
		if ((c = getopt_long(argc, argv, "f:h", ag_longopts,
		    &li)) == -1)
			break;
		switch (c) {
		case 'f':
			if ((screen = strcmp(optarg, "screen") == 0))
				break;
			if (lp_fmt_parse(optarg, LP_F_TEXT | LP_F_MD |
			    LP_F_HTML | LP_F_CSV | LP_F_YAML, &fmt, &e) == -1) {
				lp_warnerr(&e);
				ag_usage(stderr);
				return LP_EXIT_USAGE;
			}
			break;
		case 'h':
			ag_usage(stdout);
			return 0;
		case AG_O_EXCEL:
			flags |= LP_CSVW_EXCEL;
			break;
		default:
			return ag_badopt("render", c, li);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 1)
		return ag_usage_error("%s", _("render takes one file"));
	if (flags != 0 && (fmt != LP_F_CSV || screen))
		return ag_usage_error("%s", _("--excel is for -f csv"));
	if ((rc = ag_load_ok(argc ? argv[0] : NULL, -1, &p)) != 0)
		return rc;
	rc = screen ? ag_screen(p, stdout) : ag_render(p, fmt, flags, stdout);
	ag_done(p);
	return rc;
}
