/*
 * lp-agenda - a gathering's programme from YAML to print, calendar and
 * the timekeeper's screen.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "agenda.h"

enum {
	O_LANG = 256,
	O_ITEMS,
	O_GROUP,
	O_UTC,
	O_FROM,
	O_DELAY,
	O_TIME,
	O_PREVIOUS,
	O_DATE
};

static const struct option longopts[] = {
	{ "date",	required_argument,	NULL,	O_DATE },
	{ "delay",	required_argument,	NULL,	O_DELAY },
	{ "format",	required_argument,	NULL,	'f' },
	{ "from",	required_argument,	NULL,	O_FROM },
	{ "group",	required_argument,	NULL,	O_GROUP },
	{ "help",	no_argument,		NULL,	'h' },
	{ "in-place",	no_argument,		NULL,	'i' },
	{ "items",	no_argument,		NULL,	O_ITEMS },
	{ "lang",	required_argument,	NULL,	O_LANG },
	{ "previous",	required_argument,	NULL,	O_PREVIOUS },
	{ "time",	required_argument,	NULL,	O_TIME },
	{ "utc",	no_argument,		NULL,	O_UTC },
	{ "version",	no_argument,		NULL,	'V' },
	{ NULL,		0,			NULL,	0 }
};

static void	 usage(FILE *);
static int	 bad_usage(const char *, ...)
		    __attribute__((format(printf, 1, 2)));
static int	 cmd_render(int, char **);
static int	 cmd_check(int, char **);
static int	 cmd_ics(int, char **);
static int	 cmd_reflow(int, char **);
static int	 cmd_now(int, char **);
static int	 cmd_new(int, char **);
static int	 load_ok(const char *, int, struct ag_prog **);

static void
usage(FILE *fp)
{
	fputs("usage: lp-agenda render [-f text|md|html|csv|yaml] "
	    "[--lang nb|nn|en] [file]\n"
	    "       lp-agenda check file ...\n"
	    "       lp-agenda ics [--items] [--utc] [--group name] "
	    "[--previous file.ics] [file]\n"
	    "       lp-agenda reflow --from HH:MM --delay duration "
	    "[--date YYYY-MM-DD] [-i] [file]\n"
	    "       lp-agenda now [--time HH:MM] [--date YYYY-MM-DD] "
	    "[--lang nb|nn|en] [file]\n"
	    "       lp-agenda new [--lang nb|nn|en]\n"
	    "       lp-agenda -h | -V\n", fp);
}

static int
bad_usage(const char *fmt, ...)
{
	va_list	 ap;
	char	 buf[512];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	lp_warnx("%s", buf);
	usage(stderr);
	return LP_EXIT_USAGE;
}

/* Parse --lang; -1 after a usage message. */
static int
opt_lang(const char *s, int *lang)
{
	enum lp_lang	 l;

	if (lp_lang_parse(s, &l) == -1) {
		bad_usage("unknown language '%s' (nb, nn, en)", s);
		return -1;
	}
	*lang = (int)l;
	return 0;
}

/*
 * Load a file and refuse it when it holds an error; *pp is NULL and the
 * exit code returned on failure.
 */
static int
load_ok(const char *path, int lang, struct ag_prog **pp)
{
	struct lp_error	 e;
	struct ag_prog	*p;

	memset(&e, 0, sizeof(e));
	*pp = NULL;
	if ((p = ag_load(path, lang, &e)) == NULL)
		return lp_warnerr(&e);
	if (p->nerrors > 0) {
		ag_first_error(p, &e);
		ag_free(p);
		return lp_warnerr(&e);
	}
	*pp = p;
	return 0;
}

static int
cmd_render(int argc, char **argv)
{
	struct lp_error	 e;
	struct ag_prog	*p;
	enum lp_fmt	 fmt = LP_F_TEXT;
	int		 c, lang = -1, rc;

	memset(&e, 0, sizeof(e));
	while ((c = getopt_long(argc, argv, "f:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (lp_fmt_parse(optarg, LP_F_TEXT | LP_F_MD |
			    LP_F_HTML | LP_F_CSV | LP_F_YAML, &fmt, &e) == -1) {
				lp_warnerr(&e);
				usage(stderr);
				return LP_EXIT_USAGE;
			}
			break;
		case 'h':
			usage(stdout);
			return 0;
		case O_LANG:
			if (opt_lang(optarg, &lang) == -1)
				return LP_EXIT_USAGE;
			break;
		default:
			usage(stderr);
			return LP_EXIT_USAGE;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 1)
		return bad_usage("render takes one file");
	if ((rc = load_ok(argc ? argv[0] : NULL, lang, &p)) != 0)
		return rc;
	rc = ag_render(p, fmt, stdout);
	ag_done(p);
	return rc;
}

static int
cmd_check(int argc, char **argv)
{
	struct lp_error	 e;
	struct ag_prog	*p;
	const char	*files[] = { NULL, NULL };
	char		**list;
	int		 c, i, n, rc = 0;
	size_t		 j;

	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return LP_EXIT_USAGE;
		}
	}
	argc -= optind;
	argv += optind;
	list = argc > 0 ? argv : (char **)files;
	n = argc > 0 ? argc : 1;
	for (i = 0; i < n; i++) {
		memset(&e, 0, sizeof(e));
		if ((p = ag_load(list[i], -1, &e)) == NULL) {
			c = lp_warnerr(&e);
			if (c > rc || rc == LP_EXIT_FOUND)
				rc = c;
			continue;
		}
		for (j = 0; j < p->nfinds; j++)
			printf("%s:%ld:%ld: %s%s\n", p->finds[j].file,
			    p->finds[j].line, p->finds[j].col,
			    p->finds[j].error ? "error: " : "",
			    p->finds[j].msg);
		if (p->nfinds > 0 && rc == 0)
			rc = LP_EXIT_FOUND;
		ag_free(p);
	}
	return rc;
}

static int
cmd_ics(int argc, char **argv)
{
	struct lp_error		 e;
	struct ag_ics_opts	 o;
	struct ag_prog		*p;
	int			 c, rc;

	memset(&e, 0, sizeof(e));
	memset(&o, 0, sizeof(o));
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(stdout);
			return 0;
		case O_GROUP:
			o.group = optarg;
			break;
		case O_ITEMS:
			o.items = 1;
			break;
		case O_PREVIOUS:
			o.previous = optarg;
			break;
		case O_UTC:
			o.utc = 1;
			break;
		default:
			usage(stderr);
			return LP_EXIT_USAGE;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 1)
		return bad_usage("ics takes one file");
	if ((rc = load_ok(argc ? argv[0] : NULL, -1, &p)) != 0)
		return rc;
	if (ag_ics(p, &o, stdout, &e) == -1) {
		rc = lp_warnerr(&e);
		if (rc == LP_EXIT_USAGE)
			usage(stderr);
	}
	ag_done(p);
	return rc;
}

static int
cmd_reflow(int argc, char **argv)
{
	struct lp_date	 date;
	const char	*why;
	int		 c, from = -1, delay = -1, inplace = 0, hasdate = 0;

	while ((c = getopt_long(argc, argv, "hi", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(stdout);
			return 0;
		case 'i':
			inplace = 1;
			break;
		case O_DATE:
			if (lp_parse_date(optarg, &date, &why) == -1)
				return bad_usage("--date %s: %s", optarg, why);
			hasdate = 1;
			break;
		case O_DELAY:
			if (lp_parse_duration(optarg, &delay, &why) == -1)
				return bad_usage("--delay %s: %s", optarg, why);
			break;
		case O_FROM:
			if (lp_parse_clock(optarg, &from, &why) == -1)
				return bad_usage("--from %s: %s", optarg, why);
			break;
		default:
			usage(stderr);
			return LP_EXIT_USAGE;
		}
	}
	argc -= optind;
	argv += optind;
	if (from < 0 || delay < 0)
		return bad_usage("reflow needs --from and --delay");
	if (argc > 1)
		return bad_usage("reflow takes one file");
	if (inplace && (argc == 0 || strcmp(argv[0], "-") == 0))
		return bad_usage("-i needs a file, not standard input");
	return ag_reflow(argc ? argv[0] : NULL, from, delay, inplace,
	    hasdate ? &date : NULL);
}

static int
cmd_now(int argc, char **argv)
{
	struct ag_prog	*p;
	struct lp_date	 date;
	const char	*why;
	int		 c, lang = -1, at = -1, rc, hasdate = 0;

	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(stdout);
			return 0;
		case O_LANG:
			if (opt_lang(optarg, &lang) == -1)
				return LP_EXIT_USAGE;
			break;
		case O_DATE:
			if (lp_parse_date(optarg, &date, &why) == -1)
				return bad_usage("--date %s: %s", optarg, why);
			hasdate = 1;
			break;
		case O_TIME:
			if (lp_parse_clock(optarg, &at, &why) == -1)
				return bad_usage("--time %s: %s", optarg, why);
			break;
		default:
			usage(stderr);
			return LP_EXIT_USAGE;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 1)
		return bad_usage("now takes one file");
	if ((rc = load_ok(argc ? argv[0] : NULL, lang, &p)) != 0)
		return rc;
	rc = ag_now(p, at, hasdate ? &date : NULL, stdout);
	ag_free(p);
	return rc;
}

static int
cmd_new(int argc, char **argv)
{
	int	 c, lang = (int)lp_lang_default();

	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(stdout);
			return 0;
		case O_LANG:
			if (opt_lang(optarg, &lang) == -1)
				return LP_EXIT_USAGE;
			break;
		default:
			usage(stderr);
			return LP_EXIT_USAGE;
		}
	}
	if (optind < argc)
		return bad_usage("new takes no file");
	ag_new((enum lp_lang)lang, stdout);
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct {
		const char	*name;
		int		(*fn)(int, char **);
	} cmds[] = {
		{ "check", cmd_check },
		{ "ics", cmd_ics },
		{ "new", cmd_new },
		{ "now", cmd_now },
		{ "reflow", cmd_reflow },
		{ "render", cmd_render },
	};
	size_t	 i;

	lp_cli_init(argv[0]);
	if (argc < 2) {
		usage(stderr);
		return LP_EXIT_USAGE;
	}
	if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
		usage(stdout);
		return lp_finish(0);
	}
	if (strcmp(argv[1], "-V") == 0 || strcmp(argv[1], "--version") == 0) {
		printf("lp-agenda %s\n", LP_VERSION);
		return lp_finish(0);
	}
	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		if (strcmp(argv[1], cmds[i].name) == 0)
			return lp_finish(cmds[i].fn(argc - 1, argv + 1));
	return bad_usage("unknown command '%s' (render, check, ics, reflow, "
	    "now, new)", argv[1]);
}
