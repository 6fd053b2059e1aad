/*
 * cli.c - the shape every tool shares, and the one module that prints:
 * the program's name, main()'s dispatch to a command, -h and -V, the
 * numeric-option parser, and diagnostics in the form
 * "lp-poll: svar.csv:12:3: unterminated quote".
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lp-private.h"

static void	 warn_hook(struct lp_error *, void *);
static int	 take_lang(int *, char **);

static int		 langgiven;
static enum lp_lang	 langopt;

int
lp_warnerr(struct lp_error *e)
{
	fprintf(stderr, "%s: %s\n", lp_progname(), lp_error_str(e));
	return e->code;
}

void
lp_warnx(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", lp_progname());
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* The library's warnings (a Windows-1252 file read, ...) on stderr. */
static void
warn_hook(struct lp_error *e, void *arg)
{
	(void)arg;
	lp_warnerr(e);
}

void
lp_cli_init(const char *argv0)
{
	lp_setprogname(argv0);
	lp_set_warn(warn_hook, NULL);
}

/*
 * Take every "--lang X" and "--lang=X" out of argv (up to a "--"), so
 * that each command of each tool takes it without knowing it; the last
 * one counts. -1 after a usage message.
 */
static int
take_lang(int *argc, char **argv)
{
	const char *v;
	int i, j, k;

	for (i = 1; i < *argc && strcmp(argv[i], "--") != 0; ) {
		if (strcmp(argv[i], "--lang") == 0) {
			if (i + 1 >= *argc) {
				lp_warnx(_("--lang needs a value: nb, nn or en"));
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
			lp_warnx(_("--lang: unknown language '%s'; write nb, nn "
			    "or en"), v);
			return -1;
		}
		langgiven = 1;
		lp_msg_lang(langopt);
		for (j = i; j + k <= *argc; j++)
			argv[j] = argv[j + k];
		*argc -= k;
	}
	return 0;
}

int
lp_lang_opt(enum lp_lang *l)
{
	if (langgiven && l != NULL)
		*l = langopt;
	return langgiven;
}

enum lp_lang
lp_doc_lang(int has, enum lp_lang doclang)
{
	if (langgiven)
		return langopt;
	return has ? doclang : lp_msg_lang_get();
}

void
lp_usage(FILE *fp, const char *text)
{
	const char *u = _("usage:");

	/* Continuation lines are indented to column 8: pad to it. */
	fprintf(fp, "%s%*s%s", u, (int)(strlen(u) < 7 ? 7 - lp_width(u) :
	    1), "", text);
}

int
lp_main(int argc, char **argv, const struct lp_cmd *cmds,
    void (*usage)(FILE *))
{
	const char *names[64], *near;
	size_t n;

	lp_cli_init(argv[0]);
	if (take_lang(&argc, argv) == -1) {
		fprintf(stderr, _("run '%s -h' for usage\n"), lp_progname());
		return LP_EXIT_USAGE;
	}
	if (argc < 2) {
		usage(stderr);
		return LP_EXIT_USAGE;
	}
	if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
		usage(stdout);
		return lp_finish(LP_EXIT_OK);
	}
	if (strcmp(argv[1], "-V") == 0 || strcmp(argv[1], "--version") == 0) {
		printf("%s %s\n", lp_progname(), LP_VERSION);
		return lp_finish(LP_EXIT_OK);
	}
	for (n = 0; cmds[n].name != NULL; n++)
		if (strcmp(argv[1], cmds[n].name) == 0)
			return lp_finish(cmds[n].fn(argc - 1, argv + 1));
	for (n = 0; cmds[n].name != NULL && n < 63; n++)
		names[n] = cmds[n].name;
	names[n] = NULL;
	if ((near = lp_suggest(argv[1], names)) != NULL)
		lp_warnx(_("unknown command '%s' (did you mean '%s'?)"),
		    argv[1], near);
	else
		lp_warnx(_("unknown command '%s'"), argv[1]);
	fprintf(stderr, _("run '%s -h' for usage\n"), lp_progname());
	return LP_EXIT_USAGE;
}

int
lp_optnum(const char *opt, const char *arg, long min, long max, long *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (end == arg || *end != '\0' || errno == ERANGE || v < min ||
	    v > max) {
		if (max == LONG_MAX)
			lp_warnx(_("%s: '%s' is not a whole number of %ld or more"),
			    opt, arg, min);
		else
			lp_warnx(_("%s: '%s' is not a whole number from %ld "
			    "to %ld"), opt, arg, min, max);
		return LP_EXIT_USAGE;
	}
	*out = v;
	return 0;
}

const char *
lp_optname(int ch, const struct option *longopts, int longindex)
{
	static char buf[64];

	if (longindex >= 0 && longopts != NULL)
		snprintf(buf, sizeof(buf), "--%s", longopts[longindex].name);
	else if (ch > 0 && ch < 256)
		snprintf(buf, sizeof(buf), "-%c", ch);
	else
		snprintf(buf, sizeof(buf), "%s", _("an option"));
	return buf;
}

int
lp_optnottaken(const char *cmd, const char *optname)
{
	lp_warnx(_("%s: %s is not an option of this command"), cmd, optname);
	fprintf(stderr, _("run '%s -h' for usage\n"), lp_progname());
	return LP_EXIT_USAGE;
}

int
lp_optbad(const char *cmd, int ch, char **argv, const char *const *known,
    const char *shortknown)
{
	const char *arg, *near = NULL;
	char name[64];
	size_t i, n;

	arg = optind > 0 && argv[optind - 1] != NULL ? argv[optind - 1] : "";
	if (strncmp(arg, "--", 2) == 0) {
		n = strcspn(arg + 2, "=");
		snprintf(name, sizeof(name), "--%.*s", (int)n, arg + 2);
	} else
		snprintf(name, sizeof(name), "-%c", optopt ? optopt : '?');
	if (ch == ':') {
		lp_warnx(_("%s: %s needs a value"), cmd, name);
		fprintf(stderr, _("run '%s -h' for usage\n"), lp_progname());
		return LP_EXIT_USAGE;
	}
	if (name[1] != '-' && optopt != 0 && shortknown != NULL &&
	    strchr(shortknown, optopt) != NULL)
		return lp_optnottaken(cmd, name);
	for (i = 0; name[1] == '-' && known != NULL && known[i] != NULL; i++)
		if (strcmp(name + 2, known[i]) == 0)
			return lp_optnottaken(cmd, name);
	if (name[1] == '-' && known != NULL)
		near = lp_suggest(name + 2, known);
	if (near != NULL)
		lp_warnx(_("%s: unknown option '%s' (did you mean '--%s'?)"), cmd,
		    name, near);
	else
		lp_warnx(_("%s: unknown option '%s'"), cmd, name);
	fprintf(stderr, _("run '%s -h' for usage\n"), lp_progname());
	return LP_EXIT_USAGE;
}

int
lp_csv_encoding_arg(const char *arg)
{
	enum lp_enc enc;

	if (lp_enc_parse(arg, &enc) == -1) {
		lp_warnx(_("--encoding: auto, utf-8 or windows-1252, not '%s'"),
		    arg);
		return LP_EXIT_USAGE;
	}
	lp_csv_set_encoding(enc);
	return 0;
}

int
lp_finish(int code)
{
	struct lp_error e;

	if (lp_close_out(stdout, "<stdout>", &e) == -1) {
		lp_warnx("%s", lp_error_str(&e));
		return LP_EXIT_IOERR;
	}
	return code;
}
