/*
 * new.c - a commented day file to start from, in nb, nn or en: its
 * words come from the catalogs.
 */
#include <getopt.h>
#include "agenda.h"

/*
 * The day file, line by line: YAML that stays as it is, then a value
 * and a comment in the file's language from the catalogs. Comments
 * start in column 27, as a person would line them up.
 */
struct nline {
	const char	*yaml;		/* key, indent and fixed value */
	const char	*val;		/* a translated value, or NULL */
	const char	*note;		/* a translated comment, or NULL */
};

static const struct nline lines[] = {
	{ "# ", N_("The programme of a gathering. Times follow from start "
	    "and durations:"), NULL },
	{ "# ", N_("lp-agenda render this.yaml"), NULL },
	{ "title: ", N_("Gathering 1"), NULL },
	{ "date: 2023-04-18", NULL, N_("or 18.04.2023") },
	{ "place: ", N_("Council chamber"), NULL },
	{ "start: 08:30", NULL, NULL },
	{ "end: 13:15", NULL, N_("the target; check says when the day runs "
	    "longer") },
	{ "lang: ", "", N_("nb, nn or en") },	/* the code itself */
	{ "items:", NULL, NULL },
	{ "  - title: ", N_("Welcome"), NULL },
	{ "    duration: 15m", NULL, N_("write 15m, not 15") },
	{ "    by: ", N_("The chief executive"), NULL },
	{ "  - title: ", N_("Aims and framework"), NULL },
	{ "    duration: 1h", NULL, NULL },
	{ "    points:", NULL, NULL },
	{ "      - ", N_("Ownership and expectations"), NULL },
	{ "    flex: true", NULL, N_("may give up time when the day runs "
	    "late") },
	{ "  - break: ", N_("Break"), NULL },
	{ "    duration: 15m", NULL, NULL },
	{ "  - title: ", N_("Group exercise"), NULL },
	{ "    duration: 1h30m", NULL, NULL },
	{ "    phases: igp", NULL, N_("I 3m, G 15m, P 10m; or "
	    "kollegaveiledning") },
	{ "  - break: ", N_("Lunch"), NULL },
	{ "    at: 11:30", NULL, N_("a pinned start") },
	{ "    duration: 45m", NULL, NULL },
	{ "  - title: ", N_("Peer coaching"), NULL },
	{ "    phases:", NULL, NULL },
	{ "      template: kollegaveiledning", NULL, NULL },
	{ "      reflection: 20m", NULL, N_("change one phase") },
	{ "  - title: ", N_("Close"), NULL },
};

void
ag_new(enum lp_lang lang, FILE *fp)
{
	const struct nline	*n;
	const char		*v;
	size_t			 i, w;

	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		n = &lines[i];
		fputs(n->yaml, fp);
		w = lp_width(n->yaml);
		if (n->val != NULL) {
			v = n->val[0] != '\0' ? lp_tr_in(lang, n->val) :
			    lp_lang_code(lang);
			fputs(v, fp);
			w += lp_width(v);
		}
		if (n->note != NULL)
			fprintf(fp, "%*s# %s", w < 26 ? (int)(26 - w) : 1, "",
			    lp_tr_in(lang, n->note));
		fputc('\n', fp);
	}
}

int
cmd_new(int argc, char **argv)
{
	int	 c, li;

	for (;;) {
		li = -1;
		if ((c = getopt_long(argc, argv, "h", ag_longopts,
		    &li)) == -1)
			break;
		switch (c) {
		case 'h':
			ag_usage(stdout);
			return 0;
		default:
			return ag_badopt("new", c, li);
		}
	}
	if (optind < argc)
		return ag_usage_error("%s", _("new takes no file"));
	/* --lang, else the messages' language. */
	ag_new(lp_doc_lang(0, LP_NB), stdout);
	return 0;
}
