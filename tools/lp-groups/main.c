/*
 * lp-groups - network groups that mix service areas, rotate well and
 * share the roles. main.c holds the usage, the command dispatch and the
 * option helpers the commands share; each command has a file of its own.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "groups.h"

void
lpg_usage(FILE *f)
{
	lp_usage(f, "lp-groups make roster (--size n | --groups k) "
	    "[--rounds r] [--mix col ...]\n"
	    "           [--apart a,b ...] [--together a,b ...] [--pin col] "
	    "[--history groups.csv]\n"
	    "           [--names n1,n2,...] [--seed s] [--time sec] "
	    "[--iterations n]\n"
	    "           [-f csv|yaml|text|md|html] [--excel] "
	    "[--encoding enc]\n"
	    "       lp-groups score groups.csv [--size n | --groups k] "
	    "[--mix col ...] [--history file]\n"
	    "           [--apart a,b ...] [--together a,b ...] [--pin col] "
	    "[--encoding enc]\n"
	    "       lp-groups roles groups.csv --roles r1,r2,... "
	    "[--meetings m] [--round r]\n"
	    "           [--seed s] [-f csv|text|md|html] [--excel] "
	    "[--encoding enc]\n"
	    "       lp-groups show groups.csv [-f text|md|html] "
	    "[--encoding enc]\n"
	    "       lp-groups [--lang nb|nn|en] command ...\n"
	    "       lp-groups -h | -V\n");
}

int
lpg_fmt(const char *arg, unsigned allowed, enum lp_fmt *fmt)
{
	struct lp_error e;

	memset(&e, 0, sizeof(e));
	if (lp_fmt_parse(arg, allowed, fmt, &e) < 0)
		return lp_warnerr(&e);
	return 0;
}

/*
 * An option getopt_long refused (ch '?' or ':'): one that needs a value,
 * one another command takes, or one unknown to lp-groups, named as the
 * user wrote it. LP_EXIT_USAGE.
 */
int
lpg_badopt(const char *cmd, int ch, char **argv)
{
	static const char *const known[] = { "apart", "encoding", "excel",
		"format", "groups", "help", "history", "iterations",
		"meetings", "mix", "names", "pin", "roles", "round", "rounds",
		"seed", "size", "time", "together", NULL };

	return lp_optbad(cmd, ch, argv, known, "fh");
}

int
main(int argc, char **argv)
{
	static const struct lp_cmd cmds[] = {
		{ "make", cmd_make },
		{ "score", cmd_score },
		{ "roles", cmd_roles },
		{ "show", cmd_show },
		{ NULL, NULL }
	};

	opterr = 0;
	return lp_main(argc, argv, cmds, lpg_usage);
}
