/*
 * lp-agenda - a gathering's programme from YAML to print, calendar and
 * the timekeeper's screen. One file per command: render.c, check.c,
 * cal.c (ics), reflow.c, now.c, new.c.
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
	{ "help",	no_argument,		NULL,	'h' },
	{ "in-place",	no_argument,		NULL,	'i' },
	{ "items",	no_argument,		NULL,	AG_O_ITEMS },
	{ "lang",	required_argument,	NULL,	AG_O_LANG },
	{ "previous",	required_argument,	NULL,	AG_O_PREVIOUS },
	{ "time",	required_argument,	NULL,	AG_O_TIME },
	{ "utc",	no_argument,		NULL,	AG_O_UTC },
	{ "version",	no_argument,		NULL,	'V' },
	{ NULL,		0,			NULL,	0 }
};

void
ag_usage(FILE *fp)
{
	fputs("usage: lp-agenda render [-f text|md|html|csv|yaml] "
	    "[--excel] [--lang nb|nn|en] [file]\n"
	    "       lp-agenda check file ...\n"
	    "       lp-agenda ics [--items] [--utc] [--group name] "
	    "[--previous file.ics] [file]\n"
	    "       lp-agenda reflow --from HH:MM --delay duration "
	    "[--date YYYY-MM-DD] [-i] [file]\n"
	    "       lp-agenda now [--time HH:MM] [--date YYYY-MM-DD] "
	    "[--lang nb|nn|en] [file]\n"
	    "       lp-agenda new [--lang nb|nn|en]\n"
	    "       lp-agenda -h | -V\n", fp);
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
 * of another command's is named as such; getopt has already said what
 * is wrong with any other.
 */
int
ag_badopt(const char *cmd, int c, int li)
{
	size_t	 i;

	if (c != '?' && c != ':') {
		for (i = 0; li < 0 && ag_longopts[i].name != NULL; i++)
			if (ag_longopts[i].val == c)
				li = (int)i;
		if (li >= 0 && (c >= 256 || c == 'i' || c == 'f'))
			lp_warnx("%s: --%s is not an option of this command",
			    cmd, ag_longopts[li].name);
		else
			lp_warnx("%s: -%c is not an option of this command",
			    cmd, c);
		lp_warnx("run 'lp-agenda -h' for usage");
		return LP_EXIT_USAGE;
	}
	ag_usage(stderr);
	return LP_EXIT_USAGE;
}

/* Parse --lang; -1 after a usage message. */
int
ag_opt_lang(const char *s, int *lang)
{
	enum lp_lang	 l;

	if (lp_lang_parse(s, &l) == -1) {
		ag_usage_error("unknown language '%s' (nb, nn, en)", s);
		return -1;
	}
	*lang = (int)l;
	return 0;
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
	static const struct {
		const char	*name;
		int		(*fn)(int, char **);
	} cmds[] = {
		{ "check", cmd_check },
		{ "ics", cmd_ics },
		{ "new", cmd_new },
		{ "now", cmd_now },
		{ "reflow", cmd_reflow },
		{ "render", cmd_render },
	};
	size_t	 i;

	lp_cli_init(argv[0]);
	if (argc < 2) {
		ag_usage(stderr);
		return LP_EXIT_USAGE;
	}
	if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
		ag_usage(stdout);
		return lp_finish(0);
	}
	if (strcmp(argv[1], "-V") == 0 || strcmp(argv[1], "--version") == 0) {
		printf("lp-agenda %s\n", LP_VERSION);
		return lp_finish(0);
	}
	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		if (strcmp(argv[1], cmds[i].name) == 0)
			return lp_finish(cmds[i].fn(argc - 1, argv + 1));
	return ag_usage_error("unknown command '%s' (render, check, ics, "
	    "reflow, now, new)", argv[1]);
}
