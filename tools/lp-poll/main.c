/*
 * lp-poll - tally poll exports (Mentimeter, Forms, 10-FAKTOR) in a
 * pipeline: Norwegian word counts, choices, themes, scales, charts.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "poll.h"

enum {
	O_UNIT = 256, O_STOPWORDS, O_STEM, O_TOP, O_MIN, O_MULTI,
	O_CODEBOOK, O_ASSIGN, O_FACTORS, O_MINN, O_BY, O_SEED, O_TITLE,
	O_ENCODING
};

/* Which options each command takes. */
enum {
	C_WORDS = 1, C_TALLY = 2, C_THEMES = 4, C_SCALE = 8, C_CHART = 16,
	C_CLOUD = 32, C_REPORT = 64
};

struct cmd {
	const char	*name;
	int		 bit;
	unsigned	 fmts;
	enum lp_fmt	 deffmt;
};

static const struct cmd cmds[] = {
	{ "words", C_WORDS, LP_F_CSV | LP_F_TEXT | LP_F_MD | LP_F_SVG,
	    LP_F_CSV },
	{ "tally", C_TALLY, LP_F_CSV | LP_F_TEXT | LP_F_MD | LP_F_SVG,
	    LP_F_CSV },
	{ "themes", C_THEMES, LP_F_CSV | LP_F_TEXT | LP_F_MD | LP_F_SVG,
	    LP_F_CSV },
	{ "scale", C_SCALE, LP_F_CSV | LP_F_TEXT | LP_F_MD | LP_F_SVG,
	    LP_F_CSV },
	{ "chart", C_CHART, LP_F_TEXT | LP_F_SVG, LP_F_TEXT },
	{ "cloud", C_CLOUD, LP_F_SVG, LP_F_SVG },
	{ "report", C_REPORT, LP_F_MD | LP_F_HTML, LP_F_MD },
	{ NULL, 0, 0, 0 }
};

static const struct option longopts[] = {
	{ "assign",	no_argument,		NULL, O_ASSIGN },
	{ "by",		required_argument,	NULL, O_BY },
	{ "codebook",	required_argument,	NULL, O_CODEBOOK },
	{ "column",	required_argument,	NULL, 'c' },
	{ "encoding",	required_argument,	NULL, O_ENCODING },
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

/* The commands each long option belongs to, by its value. */
static int
opt_cmds(int ch)
{
	switch (ch) {
	case O_ENCODING:
		return C_WORDS | C_TALLY | C_THEMES | C_SCALE | C_CHART |
		    C_CLOUD | C_REPORT;
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
		return C_SCALE | C_REPORT;
	case O_MINN:
		return C_SCALE | C_REPORT;
	case O_BY:
		return C_SCALE;
	case O_SEED:
		return C_CLOUD;
	case O_TITLE:
		return C_WORDS | C_TALLY | C_THEMES | C_CHART | C_CLOUD |
		    C_REPORT;
	default:
		return ~0;
	}
}

static void	 usage(FILE *);
static long	 number(const char *, const char *, long min);

static void
usage(FILE *fp)
{
	fputs(
"usage: lp-poll words [-c col] [-f csv|text|md|svg] [--unit word|answer]\n"
"               [--stopwords list] [--stem] [--top n] [--min n]\n"
"               [--multi sep] [--title text] [--encoding enc] [file]\n"
"       lp-poll tally [-c col] [-f csv|text|md|svg] [--multi sep] [--top n]\n"
"               [--title text] [--encoding enc] [file]\n"
"       lp-poll themes --codebook book [-c col] [-f csv|text|md|svg]\n"
"               [--assign] [--title text] [--encoding enc] [file]\n"
"       lp-poll scale [-c col ...] [-f csv|text|md|svg] [--factors file]\n"
"               [--min-n n] [--by col] [--encoding enc] [file]\n"
"       lp-poll chart [-f text|svg] [--top n] [--title text]\n"
"               [--encoding enc] [file]\n"
"       lp-poll cloud [--seed s] [--top n] [--title text] [--encoding enc]\n"
"               [file]\n"
"       lp-poll report [--codebook book] [--factors file] [--min-n n]\n"
"               [-f md|html] [--title text] [--encoding enc] [file]\n"
"       lp-poll -h | -V\n", fp);
}

static long
number(const char *opt, const char *s, long min)
{
	char *end;
	long v;

	v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || v < min) {
		lp_warnx("--%s wants a whole number of at least %ld, not '%s'",
		    opt, min, s);
		exit(LP_EXIT_USAGE);
	}
	return v;
}

int
main(int argc, char *argv[])
{
	struct poll_opts po;
	struct lp_error e = { 0 };
	const struct cmd *cmd;
	const char *fmtarg = NULL, *file = NULL;
	int ch, code;

	lp_cli_init(argv[0]);
	if (argc >= 2 && (strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "--help") == 0)) {
		usage(stdout);
		return lp_finish(0);
	}
	if (argc >= 2 && (strcmp(argv[1], "-V") == 0 ||
	    strcmp(argv[1], "--version") == 0)) {
		printf("lp-poll %s\n", LP_VERSION);
		return lp_finish(0);
	}
	if (argc < 2) {
		usage(stderr);
		return LP_EXIT_USAGE;
	}
	for (cmd = cmds; cmd->name != NULL; cmd++)
		if (strcmp(cmd->name, argv[1]) == 0)
			break;
	if (cmd->name == NULL) {
		const char *names[8];
		const char *near;
		size_t i;

		for (i = 0; cmds[i].name != NULL; i++)
			names[i] = cmds[i].name;
		names[i] = NULL;
		near = lp_suggest(argv[1], names);
		if (near != NULL)
			lp_warnx("unknown command '%s'; did you mean '%s'?",
			    argv[1], near);
		else
			lp_warnx("unknown command '%s'", argv[1]);
		usage(stderr);
		return LP_EXIT_USAGE;
	}
	memset(&po, 0, sizeof(po));
	po.min_n = 3;
	argc--;
	argv++;
	while ((ch = getopt_long(argc, argv, "c:f:hV", longopts, NULL)) != -1) {
		if (ch != '?' && ch != 'h' && ch != 'V' &&
		    !(opt_cmds(ch) & cmd->bit)) {
			lp_warnx("%s: option not taken by '%s'",
			    argv[optind - 1], cmd->name);
			return LP_EXIT_USAGE;
		}
		switch (ch) {
		case 'c':
			if (po.ncols > 0 && cmd->bit != C_SCALE) {
				lp_warnx("-c: one question only (scale takes "
				    "several)");
				return LP_EXIT_USAGE;
			}
			if (po.ncols == sizeof(po.cols) / sizeof(po.cols[0])) {
				lp_warnx("-c: too many columns");
				return LP_EXIT_USAGE;
			}
			po.cols[po.ncols++] = optarg;
			break;
		case 'f':
			fmtarg = optarg;
			break;
		case 'h':
			usage(stdout);
			return lp_finish(0);
		case 'V':
			printf("lp-poll %s\n", LP_VERSION);
			return lp_finish(0);
		case O_UNIT:
			if (strcmp(optarg, "word") == 0)
				po.unit_answer = 0;
			else if (strcmp(optarg, "answer") == 0)
				po.unit_answer = 1;
			else {
				lp_warnx("--unit: word or answer, not '%s'",
				    optarg);
				return LP_EXIT_USAGE;
			}
			break;
		case O_STOPWORDS:
			po.stopwords = optarg;
			break;
		case O_STEM:
			po.stem = 1;
			break;
		case O_TOP:
			po.top = number("top", optarg, 1);
			break;
		case O_MIN:
			po.min = number("min", optarg, 1);
			break;
		case O_MULTI:
			if (*optarg == '\0') {
				lp_warnx("--multi: an empty separator");
				return LP_EXIT_USAGE;
			}
			po.multi = optarg;
			break;
		case O_CODEBOOK:
			po.codebook = optarg;
			break;
		case O_ENCODING:
			if (lp_csv_encoding_arg(optarg) != 0)
				return LP_EXIT_USAGE;
			break;
		case O_ASSIGN:
			po.assign = 1;
			break;
		case O_FACTORS:
			po.factors = optarg;
			break;
		case O_MINN:
			po.min_n = number("min-n", optarg, 1);
			break;
		case O_BY:
			po.by = optarg;
			break;
		case O_SEED:
			po.seed = optarg;
			break;
		case O_TITLE:
			po.title = optarg;
			break;
		default:
			usage(stderr);
			return LP_EXIT_USAGE;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 1) {
		lp_warnx("%s: one file at a time", cmd->name);
		usage(stderr);
		return LP_EXIT_USAGE;
	}
	if (argc == 1)
		file = argv[0];
	po.fmt = cmd->deffmt;
	if (fmtarg != NULL) {
		if (lp_fmt_parse(fmtarg, cmd->fmts, &po.fmt, &e) != 0) {
			lp_warnerr(&e);
			return LP_EXIT_USAGE;
		}
		po.fmt_set = 1;
	}
	if (cmd->bit == C_THEMES && po.codebook == NULL) {
		lp_warnx("themes: --codebook is required");
		usage(stderr);
		return LP_EXIT_USAGE;
	}
	if (po.assign && po.fmt == LP_F_SVG) {
		lp_warnx("themes --assign writes a table, not svg");
		return LP_EXIT_USAGE;
	}
	if (po.multi != NULL && cmd->bit == C_WORDS)
		po.unit_answer = 1;
	if (po.stem && po.unit_answer) {
		lp_warnx("--stem goes with --unit word");
		return LP_EXIT_USAGE;
	}
	switch (cmd->bit) {
	case C_WORDS:
		code = poll_cmd_words(&po, file, 0);
		break;
	case C_TALLY:
		code = poll_cmd_words(&po, file, 1);
		break;
	case C_THEMES:
		code = poll_cmd_themes(&po, file);
		break;
	case C_SCALE:
		code = poll_cmd_scale(&po, file);
		break;
	case C_CHART:
		code = poll_cmd_chart(&po, file);
		break;
	case C_CLOUD:
		code = poll_cmd_cloud(&po, file);
		break;
	default:
		code = poll_cmd_report(&po, file);
		break;
	}
	return lp_finish(code);
}
