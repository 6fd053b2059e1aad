/*
 * lp-plattform - keep a leadership platform (lederplattform) honest:
 * its six steps, the purpose poster, the ideas, and the checks that it
 * is målrettet, forankret and konsistent. See lp-plattform(1). One file
 * per command; lib's lp_main() dispatches, and pl_args() below reads
 * every command's options the same way.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plat.h"

enum {
	OPT_DRAFT = 256, OPT_ROSTER, OPT_ADD, OPT_SOURCE,
	OPT_MAXP, OPT_MINS, OPT_PAPER, OPT_ENC, OPT_EXCEL, OPT_DATE
};

static const struct lp_cmd cmds[] = {
	{ "new", cmd_new },
	{ "status", cmd_status },
	{ "check", cmd_check },
	{ "plakat", cmd_plakat },
	{ "ideas", cmd_ideas },
	{ "assess", cmd_assess },
	{ NULL, NULL }
};

static const struct option longopts[] = {
	{ "add", required_argument, NULL, OPT_ADD },
	{ "date", required_argument, NULL, OPT_DATE },
	{ "draft", required_argument, NULL, OPT_DRAFT },
	{ "encoding", required_argument, NULL, OPT_ENC },
	{ "excel", no_argument, NULL, OPT_EXCEL },
	{ "format", required_argument, NULL, 'f' },
	{ "help", no_argument, NULL, 'h' },
	{ "in-place", no_argument, NULL, 'i' },
	{ "max-principles", required_argument, NULL, OPT_MAXP },
	{ "min-share", required_argument, NULL, OPT_MINS },
	{ "paper", required_argument, NULL, OPT_PAPER },
	{ "roster", required_argument, NULL, OPT_ROSTER },
	{ "source", required_argument, NULL, OPT_SOURCE },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static unsigned	 option_bit(int);
static int	 option(int, const char *, unsigned, struct pl_opts *);
static void	 usage(FILE *);

static void
usage(FILE *fp)
{
	lp_usage(fp, "lp-plattform new\n"
	    "       lp-plattform status file\n"
	    "       lp-plattform check [--max-principles n] [--min-share pct]"
	    " [--roster roster.csv]\n"
	    "                          [--encoding enc] file\n"
	    "       lp-plattform plakat [-f html|md|text] [--draft n]"
	    " [--paper a4|a3] file\n"
	    "       lp-plattform ideas --add themes.csv [-i] [--source text]"
	    " [--date D]\n"
	    "                          [--encoding enc] file\n"
	    "       lp-plattform assess [-f text|csv|svg] [--excel]"
	    " [--encoding enc] scores.csv\n"
	    "       lp-plattform [--lang nb|nn|en] command ...\n"
	    "       lp-plattform -h | -V\n");
}

/* Which of the command's options ch is; 0 for -h and -V. */
static unsigned
option_bit(int ch)
{
	switch (ch) {
	case 'f':	return O_FMT;
	case 'i':	return O_INPLACE;
	case OPT_ADD:	return O_ADD;
	case OPT_DATE:	return O_DATE;
	case OPT_DRAFT:	return O_DRAFT;
	case OPT_ENC:	return O_ENC;
	case OPT_EXCEL:	return O_EXCEL;
	case OPT_MAXP:	return O_MAXP;
	case OPT_MINS:	return O_MINS;
	case OPT_PAPER:	return O_PAPER;
	case OPT_ROSTER: return O_ROSTER;
	case OPT_SOURCE: return O_SOURCE;
	default:	return 0;
	}
}

/* One option's value into o; 0, or the exit code. */
static int
option(int ch, const char *arg, unsigned fmts, struct pl_opts *o)
{
	struct lp_error e;
	const char *why = "";

	switch (ch) {
	case 'f':
		if (lp_fmt_parse(arg, fmts, &o->fmt, &e) == -1)
			return lp_warnerr(&e);
		o->fmtset = 1;
		return 0;
	case 'i':
		o->inplace = 1;
		return 0;
	case OPT_ADD:
		o->add = arg;
		return 0;
	case OPT_DATE:
		if (lp_parse_date(arg, &o->date, &why) == -1) {
			lp_warnx("--date: '%s': %s", arg, why);
			return LP_EXIT_USAGE;
		}
		o->dateset = 1;
		return 0;
	case OPT_DRAFT:
		return lp_optnum("--draft", arg, 1, 100000, &o->draft);
	case OPT_ENC:
		return lp_csv_encoding_arg(arg);
	case OPT_EXCEL:
		o->excel = 1;
		return 0;
	case OPT_MAXP:
		return lp_optnum("--max-principles", arg, 1, 1000,
		    &o->maxprinc);
	case OPT_MINS:
		return lp_optnum("--min-share", arg, 0, 100, &o->minshare);
	case OPT_PAPER:
		if (strcmp(arg, "a4") != 0 && strcmp(arg, "a3") != 0 &&
		    strcmp(arg, "A4") != 0 && strcmp(arg, "A3") != 0) {
			lp_warnx(_("--paper: unknown size '%s'; use a4 or a3"),
			    arg);
			return LP_EXIT_USAGE;
		}
		o->paper = arg[1] == '3' ? "a3" : "a4";
		return 0;
	case OPT_ROSTER:
		o->roster = arg;
		return 0;
	default:	/* OPT_SOURCE */
		o->source = arg;
		return 0;
	}
}

int
pl_args(int argc, char **argv, unsigned takes, unsigned fmts, int nfiles,
    struct pl_opts *o, const char **file)
{
	const char *cmd = argv[0];
	int ch, li, rc;

	memset(o, 0, sizeof(*o));
	o->maxprinc = PL_MAXPRINC;
	o->minshare = 100;
	o->paper = "a4";
	o->fmt = LP_F_TEXT;
	*file = NULL;
	for (;;) {
		li = -1;
		if ((ch = getopt_long(argc, argv, ":f:hiV", longopts,
		    &li)) == -1)
			break;
		if (ch == 'h') {
			usage(stdout);
			return PL_ANSWERED;
		}
		if (ch == 'V') {
			printf("%s %s\n", lp_progname(), LP_VERSION);
			return PL_ANSWERED;
		}
		if (ch == '?' || ch == ':')
			return lp_optbad(cmd, ch, argv, NULL, NULL);
		if ((option_bit(ch) & takes) == 0)
			return lp_optnottaken(cmd, lp_optname(ch, longopts,
			    li));
		if ((rc = option(ch, optarg, fmts, o)) != 0)
			return rc;
	}
	argc -= optind;
	argv += optind;
	if (nfiles == 0 && argc != 0) {
		lp_warnx(_("%s takes no file"), cmd);
		usage(stderr);
		return LP_EXIT_USAGE;
	}
	if (nfiles == 1 && argc != 1) {
		lp_warnx(argc == 0 ? _("%s needs a file") :
		    _("%s takes one file"), cmd);
		usage(stderr);
		return LP_EXIT_USAGE;
	}
	if (o->excel && o->fmtset && o->fmt != LP_F_CSV) {
		lp_warnx(_("%s: --excel writes CSV; leave out -f or give -f "
		    "csv"), cmd);
		return LP_EXIT_USAGE;
	}
	if (o->excel)
		o->fmt = LP_F_CSV;
	*file = argc > 0 ? argv[0] : NULL;
	return 0;
}

int
main(int argc, char *argv[])
{
	return lp_main(argc, argv, cmds, usage);
}
