/*
 * show.c - lp-groups show: a groups file as people read it, one round
 * at a time, members who are away in parentheses.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "groups.h"

int
cmd_show(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "encoding", required_argument, NULL, 'E' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct lpg_gfile l;
	struct lpg_view v;
	enum lp_fmt fmt = LP_F_TEXT;
	int ch, rc, k, *rounds;

	while ((ch = getopt_long(argc, argv, ":f:h", lo, NULL)) != -1) {
		switch (ch) {
		case 'f':
			if ((rc = lpg_fmt(optarg, LP_F_TEXT | LP_F_MD |
			    LP_F_HTML, &fmt)) != 0)
				return rc;
			break;
		case 'E':
			if (lp_csv_encoding_arg(optarg) != 0)
				return LP_EXIT_USAGE;
			break;
		case 'h':
			lpg_usage(stdout);
			return 0;
		default:
			return lpg_badopt(argv[0], ch, argv);
		}
	}
	if (argc - optind > 1) {
		lp_warnx("%s", _("show: give one groups file"));
		lpg_usage(stderr);
		return LP_EXIT_USAGE;
	}
	if ((rc = lpg_gfile_load(argv[optind], &l)) != 0)
		return rc;
	rounds = lp_xcalloc(l.gp.nrounds, sizeof(*rounds));
	for (k = 0; k < l.gp.nrounds; k++)
		rounds[k] = l.gp.round[l.rorder[k]];
	memset(&v, 0, sizeof(v));
	v.r = l.r;
	v.nrounds = l.gp.nrounds;
	v.round = rounds;
	v.ngroups = l.gp.ngroups;
	v.gname = l.gp.gname;
	v.nrows = l.nrows;
	v.row = l.row;
	v.ri = l.ri;
	v.gi = l.gi;
	lpg_write_show(stdout, &v, fmt);
	free(rounds);
	lpg_gfile_free(&l);
	return 0;
}
