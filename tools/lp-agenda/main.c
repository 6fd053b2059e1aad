/*
 * lp-agenda - a gathering's programme from YAML to print, calendar and
 * the timekeeper's screen. One file per command: render.c, check.c,
 * cal.c (ics), invite.c, reflow.c, now.c, new.c; crew.c and outdir.c
 * serve ics and invite.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "agenda.h"

/* Every command's options, so that one given to another is named. */
const struct option ag_longopts[] = {
	{ "date",	required_argument,	NULL,	AG_O_DATE },
	{ "delay",	required_argument,	NULL,	AG_O_DELAY },
	{ "excel",	no_argument,		NULL,	AG_O_EXCEL },
	{ "format",	required_argument,	NULL,	'f' },
	{ "from",	required_argument,	NULL,	AG_O_FROM },
	{ "group",	required_argument,	NULL,	AG_O_GROUP },
	{ "groups",	required_argument,	NULL,	AG_O_GROUPS },
	{ "help",	no_argument,		NULL,	'h' },
	{ "in-place",	no_argument,		NULL,	'i' },
	{ "items",	no_argument,		NULL,	AG_O_ITEMS },
	{ "out",	required_argument,	NULL,	AG_O_OUT },
	{ "person",	required_argument,	NULL,	AG_O_PERSON },
	{ "previous",	required_argument,	NULL,	AG_O_PREVIOUS },
	{ "roster",	required_argument,	NULL,	AG_O_ROSTER },
	{ "round",	required_argument,	NULL,	AG_O_ROUND },
	{ "split",	required_argument,	NULL,	AG_O_SPLIT },
	{ "time",	required_argument,	NULL,	AG_O_TIME },
	{ "utc",	no_argument,		NULL,	AG_O_UTC },
	{ "version",	no_argument,		NULL,	'V' },
	{ "watch",	no_argument,		NULL,	AG_O_WATCH },
	{ NULL,		0,			NULL,	0 }
};

void
ag_usage(FILE *fp)
{
	lp_usage(fp, "lp-agenda render [-f text|md|html|csv|yaml|screen] "
	    "[--excel] [file]\n"
	    "       lp-agenda check file ...\n"
	    "       lp-agenda ics [--items] [--utc] "
	    "[--group name | --person name | --split dir]\n"
	    "                     [--groups groups.csv] [--roster roster.csv] "
	    "[--round n]\n"
	    "                     [--previous file.ics] [file]\n"
	    "       lp-agenda invite --groups groups.csv --roster roster.csv "
	    "[--round n]\n"
	    "                        [--out dir] file\n"
	    "       lp-agenda reflow --from HH:MM --delay duration "
	    "[--date YYYY-MM-DD] [-i] [file]\n"
	    "       lp-agenda now [--watch] [--time HH:MM] [--date YYYY-MM-DD] "
	    "[file]\n"
	    "       lp-agenda new\n"
	    "       lp-agenda [--lang nb|nn|en] command ...\n"
	    "       lp-agenda -h | -V\n");
}

int
ag_usage_error(const char *fmt, ...)
{
	va_list	 ap;
	char	 buf[512];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	lp_warnx("%s", buf);
	ag_usage(stderr);
	return LP_EXIT_USAGE;
}

/*
 * An option getopt_long returned that the command does not take: one
 * of another command's is named as such (without the whole usage);
 * getopt has already said what is wrong with any other.
 */
int
ag_badopt(const char *cmd, int c, int li)
{
	if (c == '?' || c == ':') {
		ag_usage(stderr);
		return LP_EXIT_USAGE;
	}
	return lp_optnottaken(cmd, lp_optname(c, ag_longopts, li));
}

/*
 * An option's date, clock time or duration ("--date", "--from", ...);
 * -1 after a usage message that names the option and says why.
 */
int
ag_opt_time(const char *opt, const char *arg, struct lp_date *date,
    int *minutes, int duration)
{
	const char *why;
	int r;

	if (date != NULL)
		r = lp_parse_date(arg, date, &why);
	else if (duration)
		r = lp_parse_duration(arg, minutes, &why);
	else
		r = lp_parse_clock(arg, minutes, &why);
	if (r == -1)
		ag_usage_error("%s %s: %s", opt, arg, why);
	return r;
}

/*
 * Load a file and refuse it when it holds an error; *pp is NULL and the
 * exit code returned on failure.
 */
int
ag_load_ok(const char *path, int lang, struct ag_prog **pp)
{
	struct lp_error	 e;
	struct ag_prog	*p;

	memset(&e, 0, sizeof(e));
	*pp = NULL;
	if ((p = ag_load(path, lang, &e)) == NULL)
		return lp_warnerr(&e);
	if (p->nerrors > 0) {
		ag_first_error(p, &e);
		ag_free(p);
		return lp_warnerr(&e);
	}
	*pp = p;
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct lp_cmd cmds[] = {
		{ "check", cmd_check },
		{ "ics", cmd_ics },
		{ "invite", cmd_invite },
		{ "new", cmd_new },
		{ "now", cmd_now },
		{ "reflow", cmd_reflow },
		{ "render", cmd_render },
		{ NULL, NULL }
	};

	return lp_main(argc, argv, cmds, ag_usage);
}
