/*
 * lp-aksjon - each leader's action-learning plan and log, and the view
 * across all leaders: status, the programme's profile, network-meeting
 * prep sheets and practice dates as a calendar.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aksjon.h"

static const struct {
	const char	*name;
	int		(*fn)(int, char **);
} cmds[] = {
	{ "new", ak_cmd_new },
	{ "log", ak_cmd_log },
	{ "status", ak_cmd_status },
	{ "profile", ak_cmd_profile },
	{ "meeting", ak_cmd_meeting },
	{ "ics", ak_cmd_ics },
};

void
ak_usage(FILE *fp)
{
	fputs("usage: lp-aksjon new --leader NAME [--group G] "
	    "[--lang nb|nn|en]\n"
	    "       lp-aksjon log FILE [--date D] --did TEXT "
	    "[--learned TEXT] [--next TEXT]\n"
	    "       lp-aksjon status FILE... [--groups GROUPS.csv] "
	    "[--encoding ENC] [--today D]\n"
	    "           [-f text|csv|md] [--excel]\n"
	    "       lp-aksjon profile FILE... [-f text|csv|svg] [--excel]\n"
	    "       lp-aksjon meeting FILE... --group NAME "
	    "[--groups GROUPS.csv] [--encoding ENC]\n"
	    "           [--date D] [--every PERIOD | --dates D,...] "
	    "[-f md|html|text]\n"
	    "       lp-aksjon ics FILE... [--name TEXT]\n"
	    "       lp-aksjon -h | -V\n", fp);
}

int
main(int argc, char *argv[])
{
	size_t i;

	lp_cli_init(argv[0]);
	if (argc < 2) {
		ak_usage(stderr);
		return LP_EXIT_USAGE;
	}
	if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
		ak_usage(stdout);
		return lp_finish(0);
	}
	if (strcmp(argv[1], "-V") == 0 || strcmp(argv[1], "--version") == 0) {
		puts("lp-aksjon " LP_VERSION);
		return lp_finish(0);
	}
	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		if (strcmp(argv[1], cmds[i].name) == 0)
			return lp_finish(cmds[i].fn(argc - 1, argv + 1));
	lp_warnx("unknown command '%s'", argv[1]);
	ak_usage(stderr);
	return LP_EXIT_USAGE;
}
