/*
 * lp-poll - tally poll exports (Mentimeter, Forms, 10-FAKTOR) in a
 * pipeline: Norwegian word counts, choices, themes, scales, charts.
 * Each command is a cmd_x() in a file of its own; lp_main dispatches.
 */
#include <stdio.h>

#include "poll.h"

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
	lp_usage(fp,
"lp-poll words [-c col] [-f csv|text|md|svg] [--unit word|answer]\n"
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
"       lp-poll -h | -V\n");
}

int
main(int argc, char *argv[])
{
	return lp_main(argc, argv, cmds, poll_usage);
}
