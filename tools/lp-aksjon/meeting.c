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

/* A member of the group at the meeting: her plan, if she has one. */
struct seat {
	const char		*name;
	const char		*group;
	const struct ak_plan	*p;	/* NULL: no plan */
	int			 away;
};

struct meet {
	const char	*group;		/* as asked */
	struct seat	*v;
	size_t		 n;
};

/* When the group meets: every n days or months, or on given dates. */
struct every {
	long		 n;
	int		 unit;		/* 'd' or 'm' */
	struct lp_date	*dates;		/* --dates, sorted */
	size_t		 ndates;
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
static void	 dev_points(struct lp_buf *, const struct ak_plan *,
		    enum lp_lang);
static void	 member(struct sheet *, const struct seat *,
		    const struct lp_date *, enum lp_lang);
static void	 add_seat(struct meet *, const char *, const char *,
		    const struct ak_plan *, int);
static int	 gather(struct meet *, struct ak_plan **, size_t,
		    const struct ak_groups *);
static int	 no_group(const struct meet *, struct ak_plan **, size_t,
		    const struct ak_groups *);
static int	 seat_cmp(const void *, const void *);
static int	 same_group(const char *, const char *);
static int	 every_parse(const char *, struct every *);
static int	 dates_parse(const char *, struct every *);
static long	 meeting_round(const struct meet *, const struct every *,
		    const struct lp_date *);
static void	 print_sheet(struct sheet *, const struct meet *, long,
		    const struct lp_date *, enum lp_lang);

/*
 * A plan's text in the sheet's form: escaped for HTML, without raw HTML
 * in Markdown, and with no terminal escapes in text.
 */
static void
sh_text(struct sheet *s, const char *t)
{
	if (s->fmt == LP_F_HTML)
		lp_html_esc(s->fp, t);
	else if (s->fmt == LP_F_MD)
		lp_md_text(s->fp, t);
	else
		lp_text_esc(s->fp, t);
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
		putc(' ', s->fp);
		sh_text(s, t);
		fputs("\n\n", s->fp);
		break;
	default:
		sh_text(s, t);
		putc('\n', s->fp);
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
		return;
	}
	if (s->fmt == LP_F_MD && cls)
		putc('*', s->fp);
	sh_text(s, t);
	if (s->fmt == LP_F_MD && cls)
		putc('*', s->fp);
	fputs("\n\n", s->fp);
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
		fputs("**", s->fp);
	sh_text(s, t);
	if (s->fmt == LP_F_MD && note != NULL)
		fputs("**", s->fp);
	if (note != NULL) {
		fputs(" — ", s->fp);
		sh_text(s, note);
	}
	putc('\n', s->fp);
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
		fprintf(s->fp, "- **%s:** ", label);
		sh_text(s, val);
		putc('\n', s->fp);
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

/* "relasjon: anerkjenne; oppgave: oppfølgende", in plan order. */
static void
dev_points(struct lp_buf *b, const struct ak_plan *p, enum lp_lang l)
{
	size_t i, j;
	int o, any, seen[AK_NORIENT] = { 0 };

	for (i = 0; i < p->ndev; i++) {
		o = p->dev[i].orient;
		if (seen[o])
			continue;
		seen[o] = 1;
		lp_buf_printf(b, "%s%s", b->len ? "; " : "",
		    ak_orient_name(o, l));
		for (j = i, any = 0; j < p->ndev; j++) {
			if (p->dev[j].orient != o || p->dev[j].beh == -1)
				continue;
			lp_buf_printf(b, "%s%s", any ? ", " : ": ",
			    ak_beh_name(p->dev[j].beh, l));
			any = 1;
		}
	}
}

static void
member(struct sheet *s, const struct seat *st, const struct lp_date *date,
    enum lp_lang l)
{
	const struct ak_plan *p = st->p;
	const struct ak_log *last;
	struct lp_buf b = { 0 };
	char iso[11];
	size_t i;

	sh_head(s, 3, st->name);
	if (st->away)
		sh_field(s, lp_tr_in(l, "Status"), lp_tr_in(l, "away"));
	if (p == NULL) {
		sh_field(s, lp_tr_in(l, "Plan"), lp_tr_in(l, "no plan yet"));
		goto end;
	}
	last = ak_plan_last(p);
	dev_points(&b, p, l);
	sh_field(s, lp_tr_in(l, "Development points"), b.len ? b.s : "–");
	sh_field(s, lp_tr_in(l, "First action"),
	    *p->action ? p->action : "–");
	lp_buf_reset(&b);
	if (last != NULL) {
		lp_buf_printf(&b, "%s: %s", lp_date_iso(&last->date, iso),
		    last->did);
		if (*last->learned)
			lp_buf_printf(&b, " %s %s", lp_tr_in(l, "Learned:"),
			    last->learned);
	} else
		lp_buf_puts(&b, lp_tr_in(l, "not started"));
	sh_field(s, lp_tr_in(l, "Latest log"), b.s);
	sh_field(s, lp_tr_in(l, "Open question"),
	    last != NULL && *last->next ? last->next : "–");
	for (i = 0; i < p->ndates; i++)
		if (lp_date_cmp(&p->dates[i], date) >= 0)
			break;
	sh_field(s, lp_tr_in(l, "Next practice"),
	    i < p->ndates ? lp_date_iso(&p->dates[i], iso) : "–");
end:
	if (s->fmt != LP_F_HTML) {
		putc('\n', s->fp);
		s->infields = 0;
	}
	lp_buf_free(&b);
}

static void
add_seat(struct meet *m, const char *name, const char *group,
    const struct ak_plan *p, int away)
{
	m->v = lp_xreallocarray(m->v, m->n + 1, sizeof(*m->v));
	m->v[m->n].name = name;
	m->v[m->n].group = group;
	m->v[m->n].p = p;
	m->v[m->n].away = away;
	m->n++;
}

/* Group names match with case, accents and å/aa aside. */
static int
same_group(const char *a, const char *b)
{
	return *a != '\0' && lp_match(a, b);
}

static int
seat_cmp(const void *a, const void *b)
{
	const struct seat *sa = a, *sb = b;

	return lp_collate(sa->name, sb->name);
}

/*
 * The members of the group: with a groups file, everyone it puts in the
 * group (with her plan when there is one), and the plans that name the
 * group for a leader the file does not know; without, the plans that
 * name it. The file wins where it and a plan disagree, with a warning.
 */
static int
gather(struct meet *m, struct ak_plan **plans, size_t np,
    const struct ak_groups *g)
{
	const struct ak_plan **byrow = NULL;
	const struct ak_member *mb;
	size_t i;
	long k;

	if (g != NULL)
		byrow = lp_xcalloc(g->n + 1, sizeof(*byrow));
	for (i = 0; i < np; i++) {
		k = g != NULL ? ak_groups_plan(g, plans[i]) : -1;
		if (k != -1) {
			ak_groups_disagree(g, &g->v[k], plans[i]);
			if (byrow[k] == NULL)
				byrow[k] = plans[i];
		} else if (same_group(plans[i]->group, m->group))
			add_seat(m, plans[i]->leader, plans[i]->group,
			    plans[i], 0);
	}
	for (i = 0; g != NULL && i < g->n; i++) {
		mb = &g->v[i];
		if (same_group(mb->group, m->group))
			add_seat(m, byrow[i] != NULL ? byrow[i]->leader :
			    mb->name, mb->group, byrow[i], mb->away);
	}
	free(byrow);
	if (m->n > 0)
		qsort(m->v, m->n, sizeof(*m->v), seat_cmp);
	return (int)m->n;
}

/* No member in the group: say so, with the nearest group's name. */
static int
no_group(const struct meet *m, struct ak_plan **plans, size_t np,
    const struct ak_groups *g)
{
	const char **names, *hint;
	size_t i, k = 0, ng = g != NULL ? g->n : 0;

	names = lp_xcalloc(np + ng + 1, sizeof(*names));
	for (i = 0; i < np; i++)
		if (*plans[i]->group != '\0')
			names[k++] = plans[i]->group;
	for (i = 0; i < ng; i++)
		if (*g->v[i].group != '\0')
			names[k++] = g->v[i].group;
	hint = lp_suggest(m->group, names);
	if (hint != NULL)
		lp_warnx(_("meeting: no member is in group '%s'; did you "
		    "mean '%s'?"), m->group, hint);
	else
		lp_warnx(_("meeting: no member is in group '%s'"), m->group);
	free(names);
	return LP_EXIT_DATAERR;
}

/* --every: a whole number and d (days), w (weeks) or m (months). */
static int
every_parse(const char *s, struct every *ev)
{
	char *end;
	long n;

	n = strtol(s, &end, 10);
	if (end == s || n < 1 || n > 366 || end[0] == '\0' ||
	    strchr("dwm", end[0]) == NULL || end[1] != '\0') {
		lp_warnx(_("meeting: --every: '%s' is not a period; write "
		    "4w, 6w, 1m or 14d"), s);
		return -1;
	}
	ev->n = end[0] == 'w' ? n * 7 : n;
	ev->unit = end[0] == 'm' ? 'm' : 'd';
	return 0;
}

static int
date_cmp(const void *a, const void *b)
{
	return lp_date_cmp(a, b);
}

/* --dates: the meetings' dates, separated by commas or spaces. */
static int
dates_parse(const char *s, struct every *ev)
{
	char *copy, *w, *save;
	const char *why = "";
	int rc = 0;

	copy = lp_xstrdup(s);
	for (w = strtok_r(copy, ", \t", &save); w != NULL && rc == 0;
	    w = strtok_r(NULL, ", \t", &save)) {
		ev->dates = lp_xreallocarray(ev->dates, ev->ndates + 1,
		    sizeof(*ev->dates));
		if (lp_parse_date(w, &ev->dates[ev->ndates], &why) == -1) {
			lp_warnx("meeting: --dates: '%s': %s", w, why);
			rc = -1;
		} else
			ev->ndates++;
	}
	free(copy);
	if (rc == 0 && ev->ndates == 0) {
		lp_warnx(_("meeting: --dates: no date in '%s'"), s);
		rc = -1;
	}
	if (rc == 0)
		qsort(ev->dates, ev->ndates, sizeof(*ev->dates), date_cmp);
	return rc;
}

/*
 * Whose turn, as a 0-based round. With --dates, the meetings held on or
 * before the day, less one. Else the periods (--every, a month by
 * default) since the group started: its earliest 'started' date, else
 * its earliest practice date.
 */
static long
meeting_round(const struct meet *m, const struct every *ev,
    const struct lp_date *date)
{
	const struct lp_date *d, *first = NULL;
	size_t i;
	long round = 0;

	if (ev->ndates > 0) {
		for (i = 0; i < ev->ndates; i++)
			if (lp_date_cmp(&ev->dates[i], date) <= 0)
				round = (long)i;
		return round;
	}
	for (i = 0; i < m->n; i++) {
		if (m->v[i].p == NULL)
			continue;
		d = m->v[i].p->hasstarted ? &m->v[i].p->started :
		    m->v[i].p->ndates > 0 ? &m->v[i].p->dates[0] : NULL;
		if (d != NULL && (first == NULL || lp_date_cmp(d, first) < 0))
			first = d;
	}
	if (first == NULL)
		return 0;
	if (ev->unit == 'm')
		round = ((long)date->y * 12 + date->m) -
		    ((long)first->y * 12 + first->m);
	else
		round = lp_date_days(date) - lp_date_days(first);
	return round < 0 ? 0 : round / ev->n;
}

static void
print_sheet(struct sheet *s, const struct meet *m, long round,
    const struct lp_date *date, enum lp_lang l)
{
	char *title, *when;
	size_t i, k, nin = 0, *here;

	title = lp_xasprintf("%s – %s", lp_tr_in(l, "Network meeting"),
	    m->v[0].group);
	if (s->fmt == LP_F_HTML)
		lp_html_begin(s->fp, l, title, sheet_css);
	sh_head(s, 1, title);
	when = lp_date_long(l, date);
	sh_para(s, when, 1);
	free(when);
	sh_head(s, 2, lp_tr_in(l, "Peer coaching"));
	when = lp_xasprintf(lp_tr_in(l, "Round %ld. The first brings a case "
	    "today, the others at the next meetings."), round + 1);
	sh_para(s, when, 0);
	free(when);
	/* The members who are here take turns; one who is away does not. */
	here = lp_xcalloc(m->n + 1, sizeof(*here));
	for (i = 0; i < m->n; i++)
		if (!m->v[i].away)
			here[nin++] = i;
	for (i = 0; i < nin; i++) {
		k = here[(i + (size_t)round) % nin];
		sh_item(s, (int)i + 1, m->v[k].name, i == 0 ?
		    lp_tr_in(l, "brings a case today") : NULL);
	}
	free(here);
	if (s->fmt != LP_F_HTML)
		putc('\n', s->fp);
	sh_head(s, 2, lp_tr_in(l, "The members"));
	for (i = 0; i < m->n; i++)
		member(s, &m->v[i], date, l);
	sh_close(s);
	if (s->fmt == LP_F_HTML)
		lp_html_end(s->fp);
	free(title);
}

int
cmd_meeting(int argc, char *argv[])
{
	static const struct option lopts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "dates", required_argument, NULL, 'D' },
		{ "encoding", required_argument, NULL, 'E' },
		{ "every", required_argument, NULL, 'e' },
		{ "format", required_argument, NULL, 'f' },
		{ "group", required_argument, NULL, 'g' },
		{ "groups", required_argument, NULL, 'G' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct ak_groups g = { 0 };
	struct every ev = { 1, 'm', NULL, 0 };
	struct meet m = { NULL, NULL, 0 };
	struct ak_plan **plans = NULL;
	struct sheet s = { 0 };
	struct lp_error e;
	struct lp_date date;
	const char *groups = NULL;
	size_t np = 0;
	int c, bad = 0;

	lp_today(&date);
	s.fp = stdout;
	s.fmt = LP_F_MD;
	while ((c = getopt_long(argc, argv, ":d:e:f:g:h", lopts, NULL)) != -1)
		switch (c) {
		case 'd':
			if (ak_date_opt("--date", optarg, &date) == -1)
				bad = LP_EXIT_USAGE;
			break;
		case 'D':
			if (dates_parse(optarg, &ev) == -1)
				bad = LP_EXIT_USAGE;
			break;
		case 'E':
			if (lp_csv_encoding_arg(optarg) != 0)
				bad = LP_EXIT_USAGE;
			break;
		case 'e':
			if (every_parse(optarg, &ev) == -1)
				bad = LP_EXIT_USAGE;
			break;
		case 'f':
			if (lp_fmt_parse(optarg, LP_F_MD | LP_F_HTML |
			    LP_F_TEXT, &s.fmt, &e) == -1)
				bad = lp_warnerr(&e);
			break;
		case 'g':
			m.group = optarg;
			break;
		case 'G':
			groups = optarg;
			break;
		case 'h':
			ak_usage(stdout);
			goto done;
		default:
			bad = ak_badopt(argv[0], c, argv);
			goto done;
		}
	if (bad != 0)
		goto done;
	if ((optind == argc && groups == NULL) || m.group == NULL) {
		if (m.group == NULL)
			lp_warnx("%s", _("meeting: --group NAME is required"));
		ak_usage(stderr);
		bad = LP_EXIT_USAGE;
		goto done;
	}
	if (groups != NULL && ak_groups_load(groups, &g, &e) == -1) {
		bad = lp_warnerr(&e);
		goto done;
	}
	plans = ak_plans_load(argc - optind, argv + optind, &np, &bad);
	if (bad != 0)
		goto done;
	if (gather(&m, plans, np, groups != NULL ? &g : NULL) == 0)
		bad = no_group(&m, plans, np, groups != NULL ? &g : NULL);
	else
		print_sheet(&s, &m, meeting_round(&m, &ev, &date), &date,
		    lp_msg_lang_get());
done:
	free(m.v);
	free(ev.dates);
	ak_groups_free(&g);
	ak_plans_free(plans, np);
	return bad;
}
