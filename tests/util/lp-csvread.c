/*
 * lp-csvread - read a CSV file through lp_csv and print its rows as
 * JSON: an array of objects keyed by header (as csv-spectrum writes
 * them), or of arrays with --noheader. For the CLI tests.
 *
 *	lp-csvread [-d delim] [-e utf8|cp1252|auto] [--noheader] file
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lp.h"

static void	 usage(FILE *);
static void	 json_str(const char *, size_t);
static void	 warn(struct lp_error *, void *);

static void
usage(FILE *fp)
{
	fputs("usage: lp-csvread [-d delim] [-e utf8|cp1252|auto] "
	    "[--noheader] file\n", fp);
}

static void
warn(struct lp_error *e, void *arg)
{
	(void)arg;
	lp_warnerr(e);
}

static void
json_str(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i;

	putchar('"');
	for (i = 0; i < n; i++) {
		switch (u[i]) {
		case '"':
			fputs("\\\"", stdout);
			break;
		case '\\':
			fputs("\\\\", stdout);
			break;
		case '\n':
			fputs("\\n", stdout);
			break;
		case '\r':
			fputs("\\r", stdout);
			break;
		case '\t':
			fputs("\\t", stdout);
			break;
		default:
			if (u[i] < 0x20)
				printf("\\u%04x", u[i]);
			else
				putchar(u[i]);
		}
	}
	putchar('"');
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "noheader", no_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 }
	};
	struct lp_csv_opts o;
	struct lp_error e;
	struct lp_csv *r;
	size_t i, nrow = 0;
	int c, rc;

	lp_cli_init(argv[0]);
	memset(&o, 0, sizeof(o));
	o.warn = warn;
	while ((c = getopt_long(argc, argv, "d:e:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			if (strcmp(optarg, "tab") == 0 ||
			    strcmp(optarg, "\\t") == 0)
				o.delim = '\t';
			else if (strlen(optarg) == 1)
				o.delim = (unsigned char)optarg[0];
			else {
				usage(stderr);
				return LP_EXIT_USAGE;
			}
			break;
		case 'e':
			if (strcmp(optarg, "utf8") == 0)
				o.enc = LP_ENC_UTF8;
			else if (strcmp(optarg, "cp1252") == 0)
				o.enc = LP_ENC_CP1252;
			else if (strcmp(optarg, "auto") == 0)
				o.enc = LP_ENC_AUTO;
			else {
				usage(stderr);
				return LP_EXIT_USAGE;
			}
			break;
		case 'h':
			usage(stdout);
			return lp_finish(LP_EXIT_OK);
		case 'n':
			o.noheader = 1;
			break;
		case 'V':
			puts("lp-csvread " LP_VERSION);
			return lp_finish(LP_EXIT_OK);
		default:
			usage(stderr);
			return LP_EXIT_USAGE;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 1) {
		usage(stderr);
		return LP_EXIT_USAGE;
	}
	if ((r = lp_csv_open(argc ? argv[0] : NULL, &o, &e)) == NULL)
		return lp_finish(lp_warnerr(&e));
	putchar('[');
	while ((rc = lp_csv_next(r, &e)) == 1) {
		fputs(nrow++ ? ",\n" : "\n", stdout);
		putchar(o.noheader ? '[' : '{');
		for (i = 0; i < lp_csv_nf(r); i++) {
			if (i > 0)
				fputs(", ", stdout);
			if (!o.noheader) {
				json_str(lp_csv_header(r, i),
				    strlen(lp_csv_header(r, i)));
				fputs(": ", stdout);
			}
			json_str(lp_csv_field(r, i), lp_csv_fieldlen(r, i));
		}
		putchar(o.noheader ? ']' : '}');
	}
	fputs("\n]\n", stdout);
	lp_csv_close(r);
	if (rc == -1)
		return lp_finish(lp_warnerr(&e));
	return lp_finish(LP_EXIT_OK);
}
