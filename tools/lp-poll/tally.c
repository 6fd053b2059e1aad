/*
 * tally.c - lp-poll tally: the choices of a multiple-choice question,
 * counted exactly as written.
 */
#include <stdio.h>

#include "poll.h"

int
cmd_tally(int argc, char **argv)
{
	static const struct poll_cmd cmd = { C_TALLY,
	    LP_F_CSV | LP_F_TEXT | LP_F_MD | LP_F_SVG, LP_F_CSV };
	struct poll_opts po;
	int code;

	if ((code = poll_args(argc, argv, &cmd, &po)) != 0)
		return code < 0 ? 0 : code;
	return poll_words_run(&po, 1);
}
