/*
 * lp-groups - network groups that mix service areas, rotate well and
 * share the roles. main.c holds the usage, the command dispatch and the
 * option helpers the commands share; each command has a file of its own.
 */
#include <stdlib.h>
#include <string.h>

#include "groups.h"

void
lpg_usage(FILE *f)
{
	fputs("usage: lp-groups make roster (--size n | --groups k) "
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
	    "           [--seed s] [-f csv|text|md] [--excel] "
	    "[--encoding enc]\n"
	    "       lp-groups show groups.csv [-f text|md|html] "
	    "[--encoding enc]\n"
	    "       lp-groups -h | -V\n", f);
}

int
lpg_num(const char *opt, const char *s, long lo, long hi, long *v)
{
	char *end;

	*v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || *v < lo || *v > hi) {
		lp_warnx("%s wants a whole number from %ld to %ld, not '%s'",
		    opt, lo, hi, s);
		return LP_EXIT_USAGE;
	}
	return 0;
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

int
main(int argc, char **argv)
{
	static const struct {
		const char	*name;
		int		(*fn)(int, char **);
	} cmds[] = {
		{ "make", cmd_make },
		{ "score", cmd_score },
		{ "roles", cmd_roles },
		{ "show", cmd_show },
	};
	const char *cmd;
	size_t i;

	lp_cli_init(argv[0]);
	if (argc < 2) {
		lpg_usage(stderr);
		return LP_EXIT_USAGE;
	}
	cmd = argv[1];
	if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) {
		lpg_usage(stdout);
		return lp_finish(0);
	}
	if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
		printf("lp-groups %s\n", LP_VERSION);
		return lp_finish(0);
	}
	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		if (strcmp(cmd, cmds[i].name) == 0)
			return lp_finish(cmds[i].fn(argc - 1, argv + 1));
	lp_warnx("unknown command '%s': use make, score, roles or show", cmd);
	lpg_usage(stderr);
	return LP_EXIT_USAGE;
}
