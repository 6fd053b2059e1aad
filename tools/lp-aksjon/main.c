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

static int		 langset;
static enum lp_lang	 langopt;

static int	 lang_args(int *, char **);

/*
 * --lang X or --lang=X anywhere before "--", for every command: taken
 * out of argv and made the message language. lib's lp_main() is to do
 * this for every tool (issue 15); until it does, lp-aksjon does it
 * here, and once it does this finds nothing left to take.
 */
static int
lang_args(int *argc, char **argv)
{
	const char *v;
	int i, j, k;

	for (i = 1; i < *argc && strcmp(argv[i], "--") != 0; ) {
		if (strcmp(argv[i], "--lang") == 0) {
			if (i + 1 >= *argc) {
				lp_warnx("%s", _("--lang needs a value: nb, nn "
				    "or en"));
				return -1;
			}
			v = argv[i + 1];
			k = 2;
		} else if (strncmp(argv[i], "--lang=", 7) == 0) {
			v = argv[i] + 7;
			k = 1;
		} else {
			i++;
			continue;
		}
		if (lp_lang_parse(v, &langopt) == -1) {
			lp_warnx(_("--lang: '%s': write nb, nn or en"), v);
			return -1;
		}
		langset = 1;
		lp_msg_lang(langopt);
		for (j = i; j + k <= *argc; j++)
			argv[j] = argv[j + k];
		*argc -= k;
	}
	return 0;
}

int
ak_lang_opt(enum lp_lang *l)
{
	if (langset)
		*l = langopt;
	return langset;
}

/*
 * The usage: the word "usage:" translated and padded to 7 columns, then
 * the syntax. (lib's lp_usage() is to do this for every tool; until it
 * lands, here.)
 */
void
ak_usage(FILE *fp)
{
	const char *w = _("usage:");
	size_t n;

	fputs(w, fp);
	for (n = lp_width(w); n < 7; n++)
		putc(' ', fp);
	fputs("lp-aksjon new --leader NAME [--group G] "
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
	    "       lp-aksjon -h | -V\n", fp);
}

int
ak_badopt(const char *cmd, int ch, char **argv)
{
	return lp_optbad(cmd, ch, argv, longopts, shortopts);
}

int
main(int argc, char *argv[])
{
	lp_cli_init(argv[0]);
	if (lang_args(&argc, argv) == -1)
		return LP_EXIT_USAGE;
	return lp_main(argc, argv, cmds, ak_usage);
}
