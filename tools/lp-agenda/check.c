/*
 * check.c - every finding of each file, one a line, the errors marked;
 * lp-agenda goes on after a file it cannot read.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "agenda.h"

int
cmd_check(int argc, char **argv)
{
	struct lp_error	 e;
	struct ag_prog	*p;
	const char	*files[] = { NULL, NULL };
	char		**list, *x;
	int		 c, li, i, n, rc = 0;
	size_t		 j;

	for (;;) {
		li = -1;
		if ((c = getopt_long(argc, argv, "h", ag_longopts,
		    &li)) == -1)
			break;
		switch (c) {
		case 'h':
			ag_usage(stdout);
			return 0;
		default:
			return ag_badopt("check", c, li);
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
		/* A title in a message is the user's text: no raw ESC. */
		for (j = 0; j < p->nfinds; j++) {
			x = lp_xasprintf("%s:%ld:%ld: %s%s\n",
			    p->finds[j].file, p->finds[j].line,
			    p->finds[j].col, p->finds[j].error ? _("error: ") :
			    "", p->finds[j].msg);
			lp_text_esc(stdout, x);
			free(x);
		}
		if (p->nfinds > 0 && rc == 0)
			rc = LP_EXIT_FOUND;
		ag_free(p);
	}
	return rc;
}
