/*
 * lp-plattform - keep a leadership platform (lederplattform) honest:
 * its six steps, the purpose poster, the ideas, and the checks that it
 * is målrettet, forankret and konsistent. See lp-plattform(1).
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plat.h"

enum {
	O_ADD = 0x001, O_DRAFT = 0x002, O_FMT = 0x004, O_INPLACE = 0x008,
	O_LANG = 0x010, O_MAXP = 0x020, O_MINS = 0x040, O_PAPER = 0x080,
	O_ROSTER = 0x100, O_SOURCE = 0x200, O_ENC = 0x400
};

enum {
	OPT_DRAFT = 256, OPT_ROSTER, OPT_ADD, OPT_SOURCE, OPT_LANG,
	OPT_MAXP, OPT_MINS, OPT_PAPER, OPT_ENC
};

static const struct cmd {
	const char	*name;
	unsigned	 opts;		/* the options it takes */
	int		 nfiles;	/* files it needs: 0 or 1 */
	unsigned	 fmts;		/* allowed -f, 0 when none */
} cmds[] = {
	{ "new", O_LANG, 0, 0 },
	{ "status", 0, 1, 0 },
	{ "check", O_ROSTER | O_MAXP | O_MINS | O_ENC, 1, 0 },
	{ "plakat", O_FMT | O_DRAFT | O_PAPER, 1,
	    LP_F_HTML | LP_F_MD | LP_F_TEXT },
	{ "ideas", O_ADD | O_SOURCE | O_INPLACE | O_ENC, 1, 0 },
	{ "assess", O_FMT | O_ENC, 1, LP_F_TEXT | LP_F_CSV | LP_F_SVG },
	{ NULL, 0, 0, 0 }
};

static void	 usage(FILE *);
static int	 number(const char *, const char *, long, long, long *);

static void
usage(FILE *fp)
{
	fputs("usage: lp-plattform new [--lang nb|nn|en]\n"
	    "       lp-plattform status file\n"
	    "       lp-plattform check [--max-principles n] [--min-share pct]"
	    " [--roster roster.csv]\n"
	    "                          [--encoding enc] file\n"
	    "       lp-plattform plakat [-f html|md|text] [--draft n]"
	    " [--paper a4|a3] file\n"
	    "       lp-plattform ideas --add themes.csv [-i] [--source text]"
	    " [--encoding enc]\n"
	    "                          file\n"
	    "       lp-plattform assess [-f text|csv|svg] [--encoding enc]"
	    " scores.csv\n"
	    "       lp-plattform -h | -V\n", fp);
}

static int
number(const char *opt, const char *s, long lo, long hi, long *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v < lo || v > hi) {
		lp_warnx("%s: '%s' is not a number from %ld to %ld", opt, s,
		    lo, hi);
		return -1;
	}
	*out = v;
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "add", required_argument, NULL, OPT_ADD },
		{ "draft", required_argument, NULL, OPT_DRAFT },
		{ "encoding", required_argument, NULL, OPT_ENC },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ "in-place", no_argument, NULL, 'i' },
		{ "lang", required_argument, NULL, OPT_LANG },
		{ "max-principles", required_argument, NULL, OPT_MAXP },
		{ "min-share", required_argument, NULL, OPT_MINS },
		{ "paper", required_argument, NULL, OPT_PAPER },
		{ "roster", required_argument, NULL, OPT_ROSTER },
		{ "source", required_argument, NULL, OPT_SOURCE },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const struct cmd *c;
	struct pl_opts o;
	struct lp_error e;
	unsigned given = 0;
	const char *file;
	int ch, rc;

	lp_cli_init(argv[0]);
	if (argc >= 2 && (strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "--help") == 0)) {
		usage(stdout);
		return lp_finish(LP_EXIT_OK);
	}
	if (argc >= 2 && (strcmp(argv[1], "-V") == 0 ||
	    strcmp(argv[1], "--version") == 0)) {
		printf("lp-plattform %s\n", LP_VERSION);
		return lp_finish(LP_EXIT_OK);
	}
	if (argc < 2) {
		usage(stderr);
		return LP_EXIT_USAGE;
	}
	for (c = cmds; c->name != NULL; c++)
		if (strcmp(c->name, argv[1]) == 0)
			break;
	if (c->name == NULL) {
		const char *names[] = { "new", "status", "check", "plakat",
		    "ideas", "assess", NULL };
		const char *near = lp_suggest(argv[1], names);

		if (near != NULL)
			lp_warnx("unknown command '%s'; did you mean '%s'?",
			    argv[1], near);
		else
			lp_warnx("unknown command '%s'", argv[1]);
		usage(stderr);
		return LP_EXIT_USAGE;
	}

	memset(&o, 0, sizeof(o));
	o.maxprinc = PL_MAXPRINC;
	o.minshare = 100;
	o.paper = "a4";
	o.fmt = LP_F_TEXT;
	argc--;
	argv++;
	while ((ch = getopt_long(argc, argv, "f:hiV", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'f':
			given |= O_FMT;
			if (c->fmts == 0)
				break;
			if (lp_fmt_parse(optarg, c->fmts, &o.fmt, &e) == -1) {
				lp_warnerr(&e);
				return LP_EXIT_USAGE;
			}
			o.fmtset = 1;
			break;
		case 'h':
			usage(stdout);
			return lp_finish(LP_EXIT_OK);
		case 'i':
			given |= O_INPLACE;
			o.inplace = 1;
			break;
		case 'V':
			printf("lp-plattform %s\n", LP_VERSION);
			return lp_finish(LP_EXIT_OK);
		case OPT_ADD:
			given |= O_ADD;
			o.add = optarg;
			break;
		case OPT_DRAFT:
			given |= O_DRAFT;
			if (number("--draft", optarg, 1, 100000, &o.draft) == -1)
				return LP_EXIT_USAGE;
			break;
		case OPT_ENC:
			given |= O_ENC;
			if (lp_csv_encoding_arg(optarg) != 0)
				return LP_EXIT_USAGE;
			break;
		case OPT_LANG:
			given |= O_LANG;
			if (lp_lang_parse(optarg, &o.lang) == -1) {
				lp_warnx("--lang: unknown language '%s'; use "
				    "nb, nn or en", optarg);
				return LP_EXIT_USAGE;
			}
			o.langset = 1;
			break;
		case OPT_MAXP:
			given |= O_MAXP;
			if (number("--max-principles", optarg, 1, 1000,
			    &o.maxprinc) == -1)
				return LP_EXIT_USAGE;
			break;
		case OPT_MINS:
			given |= O_MINS;
			if (number("--min-share", optarg, 0, 100,
			    &o.minshare) == -1)
				return LP_EXIT_USAGE;
			break;
		case OPT_PAPER:
			given |= O_PAPER;
			if (strcmp(optarg, "a4") != 0 &&
			    strcmp(optarg, "a3") != 0 &&
			    strcmp(optarg, "A4") != 0 &&
			    strcmp(optarg, "A3") != 0) {
				lp_warnx("--paper: unknown size '%s'; use a4 "
				    "or a3", optarg);
				return LP_EXIT_USAGE;
			}
			o.paper = optarg[1] == '3' ? "a3" : "a4";
			break;
		case OPT_ROSTER:
			given |= O_ROSTER;
			o.roster = optarg;
			break;
		case OPT_SOURCE:
			given |= O_SOURCE;
			o.source = optarg;
			break;
		default:
			usage(stderr);
			return LP_EXIT_USAGE;
		}
	}
	argc -= optind;
	argv += optind;
	if ((given & ~c->opts) != 0) {
		lp_warnx("%s: an option given does not apply to this command",
		    c->name);
		usage(stderr);
		return LP_EXIT_USAGE;
	}
	if (c->nfiles == 0 && argc != 0) {
		lp_warnx("%s takes no file", c->name);
		usage(stderr);
		return LP_EXIT_USAGE;
	}
	if (c->nfiles == 1 && argc != 1) {
		lp_warnx(argc == 0 ? "%s needs a file" :
		    "%s takes one file", c->name);
		usage(stderr);
		return LP_EXIT_USAGE;
	}
	file = argc > 0 ? argv[0] : NULL;
	if (strcmp(c->name, "ideas") == 0) {
		if (o.add == NULL) {
			lp_warnx("ideas needs --add themes.csv");
			usage(stderr);
			return LP_EXIT_USAGE;
		}
		if (o.inplace && strcmp(file, "-") == 0) {
			lp_warnx("ideas -i needs a file, not standard input");
			return LP_EXIT_USAGE;
		}
		if (strcmp(file, "-") == 0 && strcmp(o.add, "-") == 0) {
			lp_warnx("the platform and --add cannot both be "
			    "standard input");
			return LP_EXIT_USAGE;
		}
	}

	if (strcmp(c->name, "new") == 0)
		rc = pl_cmd_new(&o);
	else if (strcmp(c->name, "status") == 0)
		rc = pl_cmd_status(file, &o);
	else if (strcmp(c->name, "check") == 0)
		rc = pl_cmd_check(file, &o);
	else if (strcmp(c->name, "plakat") == 0)
		rc = pl_cmd_plakat(file, &o);
	else if (strcmp(c->name, "ideas") == 0)
		rc = pl_cmd_ideas(file, &o);
	else
		rc = pl_cmd_assess(file, &o);
	return lp_finish(rc);
}
