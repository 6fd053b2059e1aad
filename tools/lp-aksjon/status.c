/*
 * status.c - one row per leader for the coordinator: where each plan
 * stands, and who needs a nudge (not started, a practice date passed
 * without a log, silent for a month, no plan at all).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aksjon.h"

enum {
	F_NOPLAN = 0x1,
	F_NOTSTARTED = 0x2,
	F_MISSED = 0x4,
	F_SILENT = 0x8,
	F_AWAY = 0x10
};

/*
 * A flag's key is what CSV writes for programs; its label, from the
 * catalogs, what a person reads in text and Markdown.
 */
static const struct {
	int		 flag;
	const char	*key;
	const char	*label;
} flags[] = {
	{ F_NOPLAN, "no-plan", N_("no plan") },
	{ F_AWAY, "away", N_("away") },
	{ F_NOTSTARTED, "not-started", N_("not started") },
	{ F_MISSED, "practice-not-logged", N_("practice not logged") },
	{ F_SILENT, "silent", N_("silent for over 30 days") },
};
#define NFLAGS	(sizeof(flags) / sizeof(flags[0]))

struct row {
	char		*group;		/* owned when own, else borrowed */
	char		*leader;
	char		*file;
	char		*action;
	int		 own;
	int		 focus;
	int		 hasnext, haslast;
	struct lp_date	 next, last;
	int		 flags;
};

static int	 plan_flags(const struct ak_plan *, const struct lp_date *,
		    struct row *);
static void	 plan_row(const struct ak_plan *, const struct lp_date *,
		    const struct ak_groups *, int *, struct row *);
static int	 row_cmp(const void *, const void *);
static void	 flag_text(struct lp_buf *, int, int, enum lp_lang);
static void	 print_rows(const struct row *, size_t, enum lp_fmt,
		    enum lp_lang, int);

/*
 * Flags: not started is no log at all; a practice date passed (before
 * today) with no log entry on it or later; silent is more than 30
 * days since the latest entry.
 */
static int
plan_flags(const struct ak_plan *p, const struct lp_date *today,
    struct row *r)
{
	const struct ak_log *last = ak_plan_last(p);
	const struct lp_date *passed = NULL;
	size_t i;
	int f = 0;

	for (i = 0; i < p->ndates; i++) {
		if (lp_date_cmp(&p->dates[i], today) < 0)
			passed = &p->dates[i];
		else if (!r->hasnext) {
			r->next = p->dates[i];
			r->hasnext = 1;
		}
	}
	if (last != NULL) {
		r->last = last->date;
		r->haslast = 1;
	}
	if (last == NULL)
		f |= F_NOTSTARTED;
	if (passed != NULL && (last == NULL ||
	    lp_date_cmp(&last->date, passed) < 0))
		f |= F_MISSED;
	if (last != NULL && lp_date_days(today) - lp_date_days(&last->date) >
	    AK_SILENT_DAYS)
		f |= F_SILENT;
	return f;
}

/*
 * A plan's row; with a groups file, her member there is marked in has,
 * gives the group (the file wins, with a warning when they differ) and
 * whether she is away.
 */
static void
plan_row(const struct ak_plan *p, const struct lp_date *today,
    const struct ak_groups *g, int *has, struct row *r)
{
	const struct ak_member *m;
	long k;

	r->own = 1;
	r->group = lp_xstrdup(p->group);
	r->leader = lp_xstrdup(p->leader);
	r->file = lp_xstrdup(p->file);
	r->action = lp_xstrdup(p->action);
	r->focus = ak_plan_focus(p);
	r->flags = plan_flags(p, today, r);
	if (g == NULL || (k = ak_groups_plan(g, p)) == -1)
		return;
	m = &g->v[k];
	has[k] = 1;
	ak_groups_disagree(g, m, p);
	if (*m->group != '\0') {
		free(r->group);
		r->group = lp_xstrdup(m->group);
	}
	if (m->away)
		r->flags |= F_AWAY;
}

static int
row_cmp(const void *a, const void *b)
{
	const struct row *ra = a, *rb = b;
	int c;

	if ((c = lp_collate(ra->group, rb->group)) != 0)
		return c;
	if ((c = lp_collate(ra->leader, rb->leader)) != 0)
		return c;
	return strcmp(ra->file, rb->file);
}

/* The flags' machine keys, or their labels, separated by sep. */
static void
flag_text(struct lp_buf *b, int fl, int keys, enum lp_lang l)
{
	size_t k;

	lp_buf_reset(b);
	for (k = 0; k < NFLAGS; k++)
		if (fl & flags[k].flag)
			lp_buf_printf(b, "%s%s", b->len ? (keys ? " " : ", ") :
			    "", keys ? flags[k].key :
			    lp_tr_in(l, flags[k].label));
}

/*
 * One table for every form: CSV has machine keys (focus, flags) and
 * the file; text and Markdown have labels, and text cuts the action to
 * fit a terminal.
 */
static void
print_rows(const struct row *rows, size_t n, enum lp_fmt fmt,
    enum lp_lang l, int csvflags)
{
	const char *keys[] = { "group", "leader", "focus", "action",
	    "next_practice", "last_log", "flags", "file" };
	/* lp_tout_new_in translates these in text and Markdown. */
	static const char *const labels[] = { N_("Group"), N_("Leader"),
	    N_("Focus"), N_("First action"), N_("Next practice"),
	    N_("Last log"), N_("Flags") };
	const char *none = fmt == LP_F_CSV ? "" : "–";
	struct lp_tout *t;
	struct lp_buf fl = { 0 };
	char iso[11], *cut;
	size_t i;
	int csv = fmt == LP_F_CSV;

	t = lp_tout_new_in(stdout, fmt, csv ? keys : labels, csv ? 8 : 7, 0,
	    csvflags, l);
	for (i = 0; i < n; i++) {
		flag_text(&fl, rows[i].flags, csv, l);
		lp_tout_str(t, rows[i].group);
		lp_tout_str(t, rows[i].leader);
		lp_tout_str(t, rows[i].focus == -1 ? none : csv ?
		    ak_orient_key(rows[i].focus) :
		    ak_orient_name(rows[i].focus, l));
		cut = fmt == LP_F_TEXT ? lp_trunc(rows[i].action, 40) :
		    lp_xstrdup(rows[i].action);
		lp_tout_str(t, *cut != '\0' ? cut : none);
		free(cut);
		lp_tout_str(t, rows[i].hasnext ?
		    lp_date_iso(&rows[i].next, iso) : none);
		lp_tout_str(t, rows[i].haslast ?
		    lp_date_iso(&rows[i].last, iso) : none);
		lp_tout_str(t, fl.len ? fl.s : "");
		if (csv)
			lp_tout_str(t, rows[i].file);
		lp_tout_endrow(t);
	}
	lp_tout_end(t);
	lp_buf_free(&fl);
}

int
cmd_status(int argc, char *argv[])
{
	static const struct option lopts[] = {
		{ "encoding", required_argument, NULL, 'E' },
		{ "excel", no_argument, NULL, 'X' },
		{ "format", required_argument, NULL, 'f' },
		{ "groups", required_argument, NULL, 'g' },
		{ "help", no_argument, NULL, 'h' },
		{ "today", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 }
	};
	struct ak_groups g = { 0 };
	struct ak_plan *p;
	struct row *rows;
	struct lp_error e;
	struct lp_date today;
	enum lp_fmt fmt = LP_F_TEXT;
	const char *groups = NULL;
	size_t np, nr = 0, i, j;
	int c, bad = 0, *has, fmtset = 0, excel = 0;

	lp_today(&today);
	while ((c = getopt_long(argc, argv, ":f:g:ht:", lopts, NULL)) != -1)
		switch (c) {
		case 'f':
			if (lp_fmt_parse(optarg, LP_F_TEXT | LP_F_CSV | LP_F_MD,
			    &fmt, &e) == -1)
				return lp_warnerr(&e);
			fmtset = 1;
			break;
		case 'E':
			if (lp_csv_encoding_arg(optarg) != 0)
				return LP_EXIT_USAGE;
			break;
		case 'g':
			groups = optarg;
			break;
		case 'h':
			ak_usage(stdout);
			return 0;
		case 't':
			if (ak_date_opt("--today", optarg, &today) == -1)
				return LP_EXIT_USAGE;
			break;
		case 'X':
			excel = 1;
			break;
		default:
			return ak_badopt(argv[0], c, argv);
		}
	if (optind == argc && groups == NULL) {
		ak_usage(stderr);
		return LP_EXIT_USAGE;
	}
	if (ak_excel_fmt("status", excel, fmtset, &fmt) == -1)
		return LP_EXIT_USAGE;
	if (groups != NULL && ak_groups_load(groups, &g, &e) == -1)
		return lp_warnerr(&e);
	/*
	 * One plan at a time: a row keeps copies of the few strings it
	 * shows, so memory holds the rows, not every plan.
	 */
	np = (size_t)(argc - optind);
	rows = lp_xcalloc(np + g.n + 1, sizeof(*rows));
	has = lp_xcalloc(g.n + 1, sizeof(*has));
	for (i = 0; i < np; i++) {
		if ((p = ak_plan_load(argv[optind + (int)i], &e)) == NULL) {
			lp_warnerr(&e);
			if (bad == 0 || e.code == LP_EXIT_DATAERR)
				bad = e.code;
			continue;
		}
		plan_row(p, &today, groups != NULL ? &g : NULL, has,
		    &rows[nr++]);
		ak_plan_free(p);
	}
	for (j = 0; j < g.n; j++) {
		if (has[j])
			continue;
		rows[nr].group = (char *)g.v[j].group;
		rows[nr].leader = (char *)g.v[j].name;
		rows[nr].file = (char *)"";
		rows[nr].focus = -1;
		rows[nr].action = (char *)"";
		rows[nr].flags = g.v[j].away ? F_NOPLAN | F_AWAY : F_NOPLAN;
		nr++;
	}
	qsort(rows, nr, sizeof(*rows), row_cmp);
	print_rows(rows, nr, fmt, lp_msg_lang_get(),
	    excel ? LP_CSVW_EXCEL : 0);
	for (i = 0; i < nr; i++)
		if (rows[i].own) {
			free(rows[i].group);
			free(rows[i].leader);
			free(rows[i].file);
			free(rows[i].action);
		}
	free(rows);
	free(has);
	ak_groups_free(&g);
	return bad;
}
