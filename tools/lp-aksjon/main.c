/*
 * lp-aksjon - each leader's action-learning plan and log, and the view
 * across all leaders: status, the programme's profile, network-meeting
 * prep sheets and practice dates as a calendar. One file per command;
 * lib's lp_main() dispatches.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aksjon.h"

static const struct lp_cmd cmds[] = {
	{ "new", cmd_new },
	{ "log", cmd_log },
	{ "status", cmd_status },
	{ "profile", cmd_profile },
	{ "meeting", cmd_meeting },
	{ "ics", cmd_ics },
	{ NULL, NULL }
};

/* Every option of every command, short and long. */
static const char shortopts[] = "dDefgGhlLnNt";
static const char *const longopts[] = {
	"date", "dates", "did", "encoding", "every", "excel", "format",
	"group", "groups", "help", "leader", "learned", "name", "next",
	"today", NULL
};

void
ak_usage(FILE *fp)
{
	lp_usage(fp, "lp-aksjon new --leader NAME [--group G] "
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
	    "       lp-aksjon [--lang nb|nn|en] command ...\n"
	    "       lp-aksjon -h | -V\n");
}

int
ak_badopt(const char *cmd, int ch, char **argv)
{
	return lp_optbad(cmd, ch, argv, longopts, shortopts);
}

int
main(int argc, char *argv[])
{
	return lp_main(argc, argv, cmds, ak_usage);
}
