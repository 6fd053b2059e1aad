/*
 * opts.c - the options of every lp-poll command, parsed one way: each
 * command says which it takes (struct poll_cmd), and an option of
 * another command is named as the option.
 */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "poll.h"

enum {
	O_UNIT = 256, O_STOPWORDS, O_STEM, O_TOP, O_MIN, O_MULTI,
	O_CODEBOOK, O_ASSIGN, O_FACTORS, O_MINN, O_BY, O_SEED, O_TITLE,
	O_ENCODING, O_EXCEL
};

static const struct option longopts[] = {
	{ "assign",	no_argument,		NULL, O_ASSIGN },
	{ "by",		required_argument,	NULL, O_BY },
	{ "codebook",	required_argument,	NULL, O_CODEBOOK },
	{ "column",	required_argument,	NULL, 'c' },
	{ "encoding",	required_argument,	NULL, O_ENCODING },
	{ "excel",	no_argument,		NULL, O_EXCEL },
	{ "factors",	required_argument,	NULL, O_FACTORS },
	{ "format",	required_argument,	NULL, 'f' },
	{ "help",	no_argument,		NULL, 'h' },
	{ "min",	required_argument,	NULL, O_MIN },
	{ "min-n",	required_argument,	NULL, O_MINN },
	{ "multi",	required_argument,	NULL, O_MULTI },
	{ "seed",	required_argument,	NULL, O_SEED },
	{ "stem",	no_argument,		NULL, O_STEM },
	{ "stopwords",	required_argument,	NULL, O_STOPWORDS },
	{ "title",	required_argument,	NULL, O_TITLE },
	{ "top",	required_argument,	NULL, O_TOP },
	{ "unit",	required_argument,	NULL, O_UNIT },
	{ "version",	no_argument,		NULL, 'V' },
	{ NULL,		0,			NULL, 0 }
};

/* The long options by name, for lp_optbad's "did you mean". */
static const char *const longnames[] = {
	"assign", "by", "codebook", "column", "encoding", "excel", "factors",
	"format", "help", "min", "min-n", "multi", "seed", "stem",
	"stopwords", "title", "top", "unit", "version", NULL
};

/* The largest --top, --min and --min-n: more than any export holds. */
#define POLL_NMAX	1000000000L

static int	 opt_cmds(int);
static int	 set_opt(const struct poll_cmd *, struct poll_opts *, int,
		    const char *, const char *);
static int	 check_opts(const struct poll_cmd *, struct poll_opts *,
		    const char *);

/* The commands each option belongs to, by its getopt value. */
static int
opt_cmds(int ch)
{
	switch (ch) {
	case 'c':
		return C_WORDS | C_TALLY | C_THEMES | C_SCALE;
	case O_UNIT:
	case O_STOPWORDS:
	case O_STEM:
	case O_MIN:
		return C_WORDS;
	case O_TOP:
		return C_WORDS | C_TALLY | C_CHART | C_CLOUD;
	case O_MULTI:
		return C_WORDS | C_TALLY;
	case O_CODEBOOK:
		return C_THEMES | C_REPORT;
	case O_ASSIGN:
		return C_THEMES;
	case O_FACTORS:
	case O_MINN:
		return C_SCALE | C_REPORT;
	case O_BY:
		return C_SCALE;
	case O_SEED:
		return C_CLOUD;
	case O_EXCEL:
		return C_WORDS | C_TALLY | C_THEMES | C_SCALE;
	default:
		return ~0;	/* -f, -h, -V, --title, --encoding */
	}
}

/* One option's argument into po; 0, or an exit code. */
static int
set_opt(const struct poll_cmd *cmd, struct poll_opts *po, int ch,
    const char *name, const char *arg)
{
	switch (ch) {
	case 'c':
		if (po->ncols > 0 && cmd->bit != C_SCALE) {
			lp_warnx(_("%s: one question only (scale takes several)"),
			    name);
			return LP_EXIT_USAGE;
		}
		if (po->ncols == sizeof(po->cols) / sizeof(po->cols[0])) {
			lp_warnx(_("%s: too many columns"), name);
			return LP_EXIT_USAGE;
		}
		po->cols[po->ncols++] = arg;
		return 0;
	case 'f':
		po->fmtarg = arg;
		return 0;
	case O_UNIT:
		if (strcmp(arg, "word") != 0 && strcmp(arg, "answer") != 0) {
			lp_warnx(_("%s: word or answer, not '%s'"), name, arg);
			return LP_EXIT_USAGE;
		}
		po->unit_answer = strcmp(arg, "answer") == 0;
		return 0;
	case O_TOP:
		return lp_optnum(name, arg, 1, POLL_NMAX, &po->top);
	case O_MIN:
		return lp_optnum(name, arg, 1, POLL_NMAX, &po->min);
	case O_MINN:
		return lp_optnum(name, arg, 1, POLL_NMAX, &po->min_n);
	case O_MULTI:
		if (*arg == '\0') {
			lp_warnx(_("%s: an empty separator"), name);
			return LP_EXIT_USAGE;
		}
		po->multi = arg;
		return 0;
	case O_ENCODING:
		return lp_csv_encoding_arg(arg) != 0 ? LP_EXIT_USAGE : 0;
	case O_STOPWORDS: po->stopwords = arg; return 0;
	case O_STEM: po->stem = 1; return 0;
	case O_CODEBOOK: po->codebook = arg; return 0;
	case O_ASSIGN: po->assign = 1; return 0;
	case O_FACTORS: po->factors = arg; return 0;
	case O_BY: po->by = arg; return 0;
	case O_SEED: po->seed = arg; return 0;
	case O_TITLE: po->title = arg; return 0;
	case O_EXCEL: po->excel = LP_CSVW_EXCEL; return 0;
	default:
		return LP_EXIT_USAGE;
	}
}

/* What the options say together; 0, or an exit code. */
static int
check_opts(const struct poll_cmd *cmd, struct poll_opts *po,
    const char *name)
{
	struct lp_error e = { 0 };

	po->fmt = cmd->deffmt;
	if (po->fmtarg != NULL &&
	    lp_fmt_parse(po->fmtarg, cmd->fmts, &po->fmt, &e) != 0)
		return lp_warnerr(&e);
	if (cmd->bit == C_THEMES && po->codebook == NULL) {
		lp_warnx(_("%s: --codebook is required"), name);
		return LP_EXIT_USAGE;
	}
	if (po->assign && po->fmt == LP_F_SVG) {
		lp_warnx("%s", _("themes --assign writes a table, not svg"));
		return LP_EXIT_USAGE;
	}
	if (po->multi != NULL && cmd->bit == C_WORDS)
		po->unit_answer = 1;
	if (po->stem && po->unit_answer) {
		lp_warnx("%s", _("--stem goes with --unit word"));
		return LP_EXIT_USAGE;
	}
	return 0;
}

int
poll_args(int argc, char **argv, const struct poll_cmd *cmd,
    struct poll_opts *po)
{
	int ch, li, code;

	memset(po, 0, sizeof(*po));
	po->min_n = 3;
	optind = 1;
	opterr = 0;
	for (;;) {
		li = -1;
		if ((ch = getopt_long(argc, argv, ":c:f:hV", longopts,
		    &li)) == -1)
			break;
		if (ch == '?' || ch == ':')
			return lp_optbad(argv[0], ch, argv, longnames, "cfhV");
		if (ch == 'h') {
			poll_usage(stdout);
			return -1;
		}
		if (ch == 'V') {
			printf("%s %s\n", lp_progname(), LP_VERSION);
			return -1;
		}
		if (!(opt_cmds(ch) & cmd->bit))
			return lp_optnottaken(argv[0],
			    lp_optname(ch, longopts, li));
		if ((code = set_opt(cmd, po, ch,
		    lp_optname(ch, longopts, li), optarg)) != 0)
			return code;
	}
	if (argc - optind > 1) {
		lp_warnx(_("%s: one file at a time"), argv[0]);
		return LP_EXIT_USAGE;
	}
	po->file = argc - optind == 1 ? argv[optind] : NULL;
	return check_opts(cmd, po, argv[0]);
}
