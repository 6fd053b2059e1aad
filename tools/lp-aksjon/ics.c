/*
 * ics.c - every plan's practice dates as one calendar: all-day events,
 * or timed ones when the plan gives a time, with stable UIDs per leader
 * and date. The calendar is named after the leader, the group, or
 * what --name says (the programme's name).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aksjon.h"

static char	*cal_name(struct ak_plan **, size_t, enum lp_lang);
static void	 events(struct lp_ics *, const struct ak_plan *);

/*
 * "Øving – Guro Haugen" for one leader, "Øving – Gygrene" for one
 * group, else "Øving – aksjonslæring".
 */
static char *
cal_name(struct ak_plan **v, size_t n, enum lp_lang l)
{
	const char *what = NULL;
	size_t i;
	int oneleader = n > 0, onegroup = n > 0 && *v[0]->group != '\0';

	for (i = 1; i < n; i++) {
		oneleader = oneleader && lp_collate(v[i]->leader,
		    v[0]->leader) == 0;
		onegroup = onegroup && lp_collate(v[i]->group,
		    v[0]->group) == 0;
	}
	if (oneleader)
		what = v[0]->leader;
	else if (onegroup)
		what = v[0]->group;
	else
		what = lp_tr_in(l, "action learning");
	return lp_xasprintf("%s – %s", lp_tr_in(l, "Practice"), what);
}

static void
events(struct lp_ics *ics, const struct ak_plan *p)
{
	struct lp_ics_event ev;
	struct lp_buf desc = { 0 };
	enum lp_lang l;
	char uid[64], iso[11], *sum;
	size_t j;

	/* --lang, else the plan's own lang, else the message language. */
	l = lp_doc_lang(p->haslang, p->lang);
	for (j = 0; j < p->ndates; j++) {
		memset(&ev, 0, sizeof(ev));
		ev.uid = lp_ics_uid(uid, "lp-aksjon", p->leader,
		    lp_date_iso(&p->dates[j], iso));
		ev.date = p->dates[j];
		if (p->time >= 0) {
			ev.start = p->time;
			ev.end = p->time + (p->duration > 0 ? p->duration :
			    60);
			if (ev.end > 24 * 60)
				ev.end = 24 * 60;
		} else
			ev.allday = 1;
		sum = lp_xasprintf("%s: %s (%s)", lp_tr_in(l, "Practise"),
		    *p->action ? p->action : lp_tr_in(l,
		    "the action-learning project"), p->leader);
		ev.summary = sum;
		lp_buf_reset(&desc);
		if (*p->practice)
			lp_buf_printf(&desc, "%s\n", p->practice);
		if (*p->evidence)
			lp_buf_printf(&desc, "%s %s\n",
			    lp_tr_in(l, "On track?"), p->evidence);
		ev.description = desc.len ? desc.s : NULL;
		lp_ics_event(ics, &ev);
		free(sum);
	}
	lp_buf_free(&desc);
}

int
cmd_ics(int argc, char *argv[])
{
	static const struct option lopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "name", required_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 }
	};
	struct ak_plan **plans;
	struct lp_ics *ics;
	struct lp_error e;
	const char *name = NULL;
	char *own = NULL;
	size_t np, i;
	int c, bad = 0;

	while ((c = getopt_long(argc, argv, ":hn:", lopts, NULL)) != -1)
		switch (c) {
		case 'h':
			ak_usage(stdout);
			return 0;
		case 'n':
			name = optarg;
			break;
		default:
			return ak_badopt(argv[0], c, argv);
		}
	if (optind == argc) {
		ak_usage(stderr);
		return LP_EXIT_USAGE;
	}
	if (name != NULL && name[strspn(name, " \t")] == '\0') {
		lp_warnx("%s", _("ics: --name needs a text"));
		return LP_EXIT_USAGE;
	}
	plans = ak_plans_load(argc - optind, argv + optind, &np, &bad);
	ak_plans_sort(plans, np);
	if (name == NULL)
		name = own = cal_name(plans, np, lp_msg_lang_get());
	ics = lp_ics_new(stdout, name, 0);
	for (i = 0; i < np; i++)
		events(ics, plans[i]);
	if (lp_ics_close(ics, &e) == -1 && bad == 0)
		bad = lp_warnerr(&e);
	free(own);
	ak_plans_free(plans, np);
	return bad;
}
