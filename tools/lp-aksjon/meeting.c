/*
 * meeting.c - the prep sheet for a network group's meeting (each
 * member's action, latest log and open question, and whose turn it is
 * to bring a case to kollegaveiledning), and practice dates as a
 * calendar.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aksjon.h"

/* A sheet written as Markdown, HTML or plain text. */
struct sheet {
	FILE		*fp;
	enum lp_fmt	 fmt;
	int		 inlist;	/* 0, 'o' or 'u' */
	int		 infields;
};

static const char sheet_css[] =
    ".sheet-date { color: #444; }\n"
    "dl.member { display: grid; grid-template-columns: max-content auto;"
    " gap: .2em 1em; }\n"
    "dl.member dt { font-weight: bold; }\n"
    "dl.member dd { margin: 0; }\n"
    "section.member { break-inside: avoid; }\n";

static void	 sh_text(struct sheet *, const char *);
static void	 sh_head(struct sheet *, int, const char *);
static void	 sh_para(struct sheet *, const char *, int);
static void	 sh_item(struct sheet *, int, const char *, const char *);
static void	 sh_field(struct sheet *, const char *, const char *);
static void	 sh_close(struct sheet *);
static long	 month_no(const struct lp_date *);
static void	 member(struct sheet *, const struct ak_plan *,
		    const struct lp_date *, enum lp_lang);

static void
sh_text(struct sheet *s, const char *t)
{
	if (s->fmt == LP_F_HTML)
		lp_html_esc(s->fp, t);
	else
		fputs(t, s->fp);
}

/* End an open list or field list. */
static void
sh_close(struct sheet *s)
{
	if (s->inlist) {
		if (s->fmt == LP_F_HTML)
			fputs(s->inlist == 'o' ? "</ol>\n" : "</ul>\n", s->fp);
		s->inlist = 0;
	}
	if (s->infields) {
		if (s->fmt == LP_F_HTML)
			fputs("</dl>\n</section>\n", s->fp);
		s->infields = 0;
	}
}

static void
sh_head(struct sheet *s, int level, const char *t)
{
	int i;

	sh_close(s);
	switch (s->fmt) {
	case LP_F_HTML:
		if (level == 3)
			fputs("<section class=\"member\">\n", s->fp);
		fprintf(s->fp, "<h%d>", level);
		lp_html_esc(s->fp, t);
		fprintf(s->fp, "</h%d>\n", level);
		if (level == 3) {
			fputs("<dl class=\"member\">\n", s->fp);
			s->infields = 1;
		}
		break;
	case LP_F_MD:
		for (i = 0; i < level; i++)
			putc('#', s->fp);
		fprintf(s->fp, " %s\n\n", t);
		break;
	default:
		fprintf(s->fp, "%s\n", t);
		if (level < 3) {
			size_t w = lp_width(t);
			while (w-- > 0)
				putc(level == 1 ? '=' : '-', s->fp);
			putc('\n', s->fp);
		}
		putc('\n', s->fp);
		break;
	}
}

static void
sh_para(struct sheet *s, const char *t, int cls)
{
	sh_close(s);
	if (s->fmt == LP_F_HTML) {
		fputs(cls ? "<p class=\"sheet-date\">" : "<p>", s->fp);
		lp_html_esc(s->fp, t);
		fputs("</p>\n", s->fp);
	} else if (s->fmt == LP_F_MD && cls)
		fprintf(s->fp, "*%s*\n\n", t);
	else
		fprintf(s->fp, "%s\n\n", t);
}

/* A numbered item, with an optional note after a dash. */
static void
sh_item(struct sheet *s, int no, const char *t, const char *note)
{
	if (s->inlist == 0) {
		if (s->fmt == LP_F_HTML)
			fputs("<ol>\n", s->fp);
		s->inlist = 'o';
	}
	if (s->fmt == LP_F_HTML) {
		fputs("<li>", s->fp);
		lp_html_esc(s->fp, t);
		if (note != NULL) {
			fputs(" — <em>", s->fp);
			lp_html_esc(s->fp, note);
			fputs("</em>", s->fp);
		}
		fputs("</li>\n", s->fp);
		return;
	}
	fprintf(s->fp, "%s%d. ", s->fmt == LP_F_TEXT ? "  " : "", no);
	if (s->fmt == LP_F_MD && note != NULL)
		fprintf(s->fp, "**%s** — %s\n", t, note);
	else if (note != NULL)
		fprintf(s->fp, "%s — %s\n", t, note);
	else
		fprintf(s->fp, "%s\n", t);
}

static void
sh_field(struct sheet *s, const char *label, const char *val)
{
	switch (s->fmt) {
	case LP_F_HTML:
		fputs("<dt>", s->fp);
		lp_html_esc(s->fp, label);
		fputs("</dt><dd>", s->fp);
		lp_html_esc(s->fp, val);
		fputs("</dd>\n", s->fp);
		break;
	case LP_F_MD:
		fprintf(s->fp, "- **%s:** %s\n", label, val);
		s->infields = 1;
		break;
	default:
		fprintf(s->fp, "  %s: ", label);
		sh_text(s, val);
		putc('\n', s->fp);
		s->infields = 1;
		break;
	}
}

static long
month_no(const struct lp_date *d)
{
	return (long)d->y * 12 + d->m - 1;
}

static void
member(struct sheet *s, const struct ak_plan *p, const struct lp_date *date,
    enum lp_lang l)
{
	const struct ak_log *last = ak_plan_last(p);
	struct lp_buf b = { 0 };
	char iso[11];
	size_t i, j;
	int o, any, seen[AK_NORIENT];

	sh_head(s, 3, p->leader);
	/* "relasjon: anerkjenne; oppgave: oppfølgende", in plan order. */
	for (o = 0; o < AK_NORIENT; o++)
		seen[o] = 0;
	for (i = 0; i < p->ndev; i++) {
		o = p->dev[i].orient;
		if (seen[o])
			continue;
		seen[o] = 1;
		lp_buf_printf(&b, "%s%s", b.len ? "; " : "",
		    ak_orient_name(o, l));
		for (j = i, any = 0; j < p->ndev; j++) {
			if (p->dev[j].orient != o || p->dev[j].beh == -1)
				continue;
			lp_buf_printf(&b, "%s%s", any ? ", " : ": ",
			    ak_beh_name(p->dev[j].beh, l));
			any = 1;
		}
	}
	sh_field(s, lp_tr(l, "Utviklingspunkter", "Utviklingspunkt",
	    "Development points"), b.len ? b.s : "–");
	sh_field(s, lp_tr(l, "Første handling", "Første handling",
	    "First action"), *p->action ? p->action : "–");
	lp_buf_reset(&b);
	if (last != NULL) {
		lp_buf_printf(&b, "%s: %s", lp_date_iso(&last->date, iso),
		    last->did);
		if (*last->learned)
			lp_buf_printf(&b, " %s %s", lp_tr(l, "Lærte:", "Lærte:",
			    "Learned:"), last->learned);
	} else
		lp_buf_puts(&b, lp_tr(l, "ikke startet", "ikkje starta",
		    "not started"));
	sh_field(s, lp_tr(l, "Siste logg", "Siste logg", "Latest log"), b.s);
	sh_field(s, lp_tr(l, "Åpent spørsmål", "Ope spørsmål",
	    "Open question"), last != NULL && *last->next ? last->next : "–");
	for (i = 0; i < p->ndates; i++)
		if (lp_date_cmp(&p->dates[i], date) >= 0)
			break;
	sh_field(s, lp_tr(l, "Neste øving", "Neste øving", "Next practice"),
	    i < p->ndates ? lp_date_iso(&p->dates[i], iso) : "–");
	if (s->fmt != LP_F_HTML) {
		putc('\n', s->fp);
		s->infields = 0;
	}
	lp_buf_free(&b);
}

int
ak_cmd_meeting(int argc, char *argv[])
{
	static const struct option lopts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "format", required_argument, NULL, 'f' },
		{ "group", required_argument, NULL, 'g' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct ak_plan **plans, **mine;
	struct sheet s = { 0 };
	struct lp_error e;
	struct lp_date date, first;
	enum lp_fmt fmt = LP_F_MD;
	enum lp_lang l = lp_lang_default();
	const char *group = NULL, **names;
	char *fg, *f, *title, *when;
	size_t np, nm = 0, i, k;
	long round;
	int c, bad = 0, hasfirst = 0;

	lp_today(&date);
	while ((c = getopt_long(argc, argv, "d:f:g:h", lopts, NULL)) != -1)
		switch (c) {
		case 'd':
			if (ak_date_opt("--date", optarg, &date) == -1)
				return LP_EXIT_USAGE;
			break;
		case 'f':
			if (lp_fmt_parse(optarg, LP_F_MD | LP_F_HTML |
			    LP_F_TEXT, &fmt, &e) == -1)
				return lp_warnerr(&e);
			break;
		case 'g':
			group = optarg;
			break;
		case 'h':
			ak_usage(stdout);
			return 0;
		default:
			ak_usage(stderr);
			return LP_EXIT_USAGE;
		}
	if (optind == argc || group == NULL) {
		if (group == NULL)
			lp_warnx("meeting: --group NAME is required");
		ak_usage(stderr);
		return LP_EXIT_USAGE;
	}
	plans = ak_plans_load(argc - optind, argv + optind, &np, &bad);
	if (bad != 0) {
		ak_plans_free(plans, np);
		return bad;
	}
	ak_plans_sort(plans, np);
	mine = lp_xcalloc(np + 1, sizeof(*mine));
	names = lp_xcalloc(np + 1, sizeof(*names));
	fg = lp_fold(group, strlen(group));
	for (i = 0; i < np; i++) {
		f = lp_fold(plans[i]->group, strlen(plans[i]->group));
		if (strcmp(f, fg) == 0)
			mine[nm++] = plans[i];
		else if (*plans[i]->group != '\0')
			names[i] = plans[i]->group;
		free(f);
	}
	free(fg);
	if (nm == 0) {
		const char *hint;

		for (i = k = 0; i < np; i++)
			if (names[i] != NULL)
				names[k++] = names[i];
		names[k] = NULL;
		hint = lp_suggest(group, names);
		if (hint != NULL)
			lp_warnx("meeting: no plan is in group '%s'; did you "
			    "mean '%s'?", group, hint);
		else
			lp_warnx("meeting: no plan is in group '%s'", group);
		free(names);
		free(mine);
		ak_plans_free(plans, np);
		return LP_EXIT_DATAERR;
	}
	free(names);

	/*
	 * Whose turn: meetings are monthly, so the round is the number of
	 * months since the group started (its earliest 'started' date, else
	 * its earliest practice or log date); the member at that place in
	 * alphabetical order brings today's case and the rest follow.
	 */
	for (i = 0; i < nm; i++) {
		const struct lp_date *d = NULL;

		if (mine[i]->hasstarted)
			d = &mine[i]->started;
		else if (mine[i]->ndates > 0)
			d = &mine[i]->dates[0];
		if (d != NULL && (!hasfirst || lp_date_cmp(d, &first) < 0)) {
			first = *d;
			hasfirst = 1;
		}
	}
	round = hasfirst ? month_no(&date) - month_no(&first) : 0;
	if (round < 0)
		round = 0;

	s.fp = stdout;
	s.fmt = fmt;
	title = lp_xasprintf("%s – %s", lp_tr(l, "Nettverksmøte",
	    "Nettverksmøte", "Network meeting"), mine[0]->group);
	if (fmt == LP_F_HTML)
		lp_html_begin(stdout, l, title, sheet_css);
	sh_head(&s, 1, title);
	when = lp_date_long(l, &date);
	sh_para(&s, when, 1);
	free(when);
	sh_head(&s, 2, lp_tr(l, "Kollegaveiledning", "Kollegarettleiing",
	    "Peer coaching"));
	when = lp_xasprintf(lp_tr(l, "Runde %ld. Den første tar med en sak "
	    "i dag, de neste på de neste møtene.", "Runde %ld. Den første tek "
	    "med ei sak i dag, dei neste på dei neste møta.", "Round %ld. "
	    "The first brings a case today, the others at the next meetings."),
	    round + 1);
	sh_para(&s, when, 0);
	free(when);
	for (i = 0; i < nm; i++) {
		k = (i + (size_t)round) % nm;
		sh_item(&s, (int)i + 1, mine[k]->leader, i == 0 ?
		    lp_tr(l, "tar med en sak i dag", "tek med ei sak i dag",
		    "brings a case today") : NULL);
	}
	if (fmt != LP_F_HTML)
		putc('\n', stdout);
	sh_head(&s, 2, lp_tr(l, "Medlemmene", "Medlemmene", "The members"));
	for (i = 0; i < nm; i++)
		member(&s, mine[i], &date, l);
	sh_close(&s);
	if (fmt == LP_F_HTML)
		lp_html_end(stdout);
	free(title);
	free(mine);
	ak_plans_free(plans, np);
	return 0;
}

int
ak_cmd_ics(int argc, char *argv[])
{
	static const struct option lopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct ak_plan **plans, *p;
	struct lp_ics_event ev;
	struct lp_ics *ics;
	struct lp_error e;
	struct lp_buf desc = { 0 };
	enum lp_lang l;
	char uid[64], iso[11], *sum;
	size_t np, i, j;
	int c, bad = 0;

	while ((c = getopt_long(argc, argv, "h", lopts, NULL)) != -1)
		switch (c) {
		case 'h':
			ak_usage(stdout);
			return 0;
		default:
			ak_usage(stderr);
			return LP_EXIT_USAGE;
		}
	if (optind == argc) {
		ak_usage(stderr);
		return LP_EXIT_USAGE;
	}
	plans = ak_plans_load(argc - optind, argv + optind, &np, &bad);
	ak_plans_sort(plans, np);
	ics = lp_ics_new(stdout, "lp-aksjon", 0);
	for (i = 0; i < np; i++) {
		p = plans[i];
		l = p->haslang ? p->lang : lp_lang_default();
		for (j = 0; j < p->ndates; j++) {
			memset(&ev, 0, sizeof(ev));
			ev.uid = lp_ics_uid(uid, "lp-aksjon", p->leader,
			    lp_date_iso(&p->dates[j], iso));
			ev.date = p->dates[j];
			if (p->time >= 0) {
				ev.start = p->time;
				ev.end = p->time + (p->duration > 0 ?
				    p->duration : 60);
				if (ev.end > 24 * 60)
					ev.end = 24 * 60;
			} else
				ev.allday = 1;
			sum = lp_xasprintf("%s: %s (%s)", lp_tr(l, "Øve",
			    "Øve", "Practise"), *p->action ? p->action :
			    lp_tr(l, "aksjonslæringsprosjektet",
			    "aksjonslæringsprosjektet",
			    "the action-learning project"), p->leader);
			ev.summary = sum;
			lp_buf_reset(&desc);
			if (*p->practice)
				lp_buf_printf(&desc, "%s\n", p->practice);
			if (*p->evidence)
				lp_buf_printf(&desc, "%s %s\n", lp_tr(l,
				    "På rett spor?", "På rett spor?",
				    "On track?"), p->evidence);
			ev.description = desc.len ? desc.s : NULL;
			lp_ics_event(ics, &ev);
			free(sum);
		}
	}
	lp_buf_free(&desc);
	if (lp_ics_close(ics, &e) == -1 && bad == 0)
		bad = lp_warnerr(&e);
	ak_plans_free(plans, np);
	return bad;
}
