/*
 * lp-poll - tally poll exports (Mentimeter, Forms, 10-FAKTOR) in a
 * pipeline: Norwegian word counts, choices, themes, scales, charts.
 * Each command is a cmd_x() in a file of its own; lp_main dispatches.
 */
#include <stdio.h>
#include <string.h>

#include "poll.h"

static int	 take_lang(int *, char **);

static const struct lp_cmd cmds[] = {
	{ "words", cmd_words },
	{ "tally", cmd_tally },
	{ "themes", cmd_themes },
	{ "scale", cmd_scale },
	{ "chart", cmd_chart },
	{ "cloud", cmd_cloud },
	{ "report", cmd_report },
	{ NULL, NULL }
};

void
poll_usage(FILE *fp)
{
	fputs(
"usage: lp-poll words [-c col] [-f csv|text|md|svg] [--unit word|answer]\n"
"               [--stopwords list] [--stem] [--top n] [--min n]\n"
"               [--multi sep] [--title text] [--excel] [--encoding enc]\n"
"               [file]\n"
"       lp-poll tally [-c col] [-f csv|text|md|svg] [--multi sep] [--top n]\n"
"               [--title text] [--excel] [--encoding enc] [file]\n"
"       lp-poll themes --codebook book [-c col] [-f csv|text|md|svg]\n"
"               [--assign] [--title text] [--excel] [--encoding enc]\n"
"               [file]\n"
"       lp-poll scale [-c col ...] [-f csv|text|md|svg] [--factors file]\n"
"               [--min-n n] [--by col] [--title text] [--excel]\n"
"               [--encoding enc] [file]\n"
"       lp-poll chart [-f text|svg] [--top n] [--title text]\n"
"               [--encoding enc] [file]\n"
"       lp-poll cloud [--seed s] [--top n] [--title text] [--encoding enc]\n"
"               [file]\n"
"       lp-poll report [--codebook book] [--factors file] [--min-n n]\n"
"               [-f md|html] [--title text] [--encoding enc] [file]\n"
"       lp-poll [--lang nb|nn|en] command ...\n"
"       lp-poll -h | -V\n", fp);
}

/*
 * --lang nb|nn|en, as "--lang X" or "--lang=X" anywhere before "--",
 * taken out of argv before the command sees it, so that every command
 * takes it. (lib's lp_main is to do this for every tool; until it does,
 * lp-poll does it here.) 0, or an exit code.
 */
static int
take_lang(int *argc, char **argv)
{
	enum lp_lang l;
	const char *v;
	int i, j, n;

	for (i = 1; i < *argc && strcmp(argv[i], "--") != 0; i++) {
		if (strcmp(argv[i], "--lang") == 0) {
			if (i + 1 >= *argc) {
				lp_warnx("%s", _("--lang needs a value"));
				return LP_EXIT_USAGE;
			}
			v = argv[i + 1];
			n = 2;
		} else if (strncmp(argv[i], "--lang=", 7) == 0) {
			v = argv[i] + 7;
			n = 1;
		} else
			continue;
		if (lp_lang_parse(v, &l) != 0) {
			lp_warnx(_("--lang: nb, nn or en, not '%s'"), v);
			return LP_EXIT_USAGE;
		}
		lp_msg_lang(l);
		for (j = i; j + n <= *argc; j++)
			argv[j] = argv[j + n];
		*argc -= n;
		i--;
	}
	return 0;
}

int
main(int argc, char *argv[])
{
	int code;

	lp_cli_init(argv[0]);
	if ((code = take_lang(&argc, argv)) != 0)
		return code;
	return lp_main(argc, argv, cmds, poll_usage);
}
