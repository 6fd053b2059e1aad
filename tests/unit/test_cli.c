/* Unit tests for cli.c: the program name, numeric options, option names. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "lp.h"

static int	 ran;

static int
cmd_hello(int argc, char **argv)
{
	ran = argc;
	return argv[1] != NULL ? 1 : 0;
}

static void
usage(FILE *fp)
{
	fputs("usage: lp-test hello\n", fp);
}

static void
test_progname(void **state)
{
	(void)state;
	lp_setprogname("/usr/local/bin/lp-poll");
	assert_string_equal(lp_progname(), "lp-poll");
	lp_setprogname("lp-groups");
	assert_string_equal(lp_progname(), "lp-groups");
	lp_setprogname("");
	assert_string_equal(lp_progname(), "lp-groups");
}

static void
test_optnum(void **state)
{
	long v = -1;

	(void)state;
	assert_int_equal(lp_optnum("--top", "3", 1, 1000, &v), 0);
	assert_int_equal(v, 3);
	assert_int_equal(lp_optnum("--top", "0", 1, 1000, &v), LP_EXIT_USAGE);
	assert_int_equal(lp_optnum("--top", "1001", 1, 1000, &v),
	    LP_EXIT_USAGE);
	assert_int_equal(lp_optnum("--top", "3x", 1, 1000, &v),
	    LP_EXIT_USAGE);
	assert_int_equal(lp_optnum("--top", "", 1, 1000, &v), LP_EXIT_USAGE);
	assert_int_equal(lp_optnum("--size", "99999999999999999999", 1,
	    LONG_MAX, &v), LP_EXIT_USAGE);
	assert_int_equal(v, 3);
}

static void
test_optname(void **state)
{
	static const struct option lo[] = {
		{ "top", required_argument, NULL, 256 },
		{ NULL, 0, NULL, 0 }
	};

	(void)state;
	assert_string_equal(lp_optname(256, lo, 0), "--top");
	assert_string_equal(lp_optname('f', lo, -1), "-f");
	assert_int_equal(lp_optnottaken("scale", "--top"), LP_EXIT_USAGE);
}

/*
 * lp_main in a child: it closes stdout at the end (lp_finish), which
 * the test's own TAP still needs. Returns the child's exit status.
 */
static int
run_main(int argc, char **argv, const struct lp_cmd *cmds)
{
	pid_t pid;
	int st;

	fflush(stdout);
	if ((pid = fork()) == 0)
		_exit(lp_main(argc, argv, cmds, usage) * 10 + ran);
	assert_true(pid > 0);
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st));
	return WEXITSTATUS(st);
}

static void
test_main(void **state)
{
	static const struct lp_cmd cmds[] = {
		{ "hello", cmd_hello },
		{ NULL, NULL }
	};
	char a0[] = "lp-test", a1[] = "hello", a2[] = "x", bad[] = "helo";
	char *argv[] = { a0, a1, a2, NULL };
	char *typo[] = { a0, bad, NULL };

	(void)state;
	/* The command ran with its own argc (2) and returned 1. */
	assert_int_equal(run_main(3, argv, cmds), 1 * 10 + 2);
	assert_int_equal(run_main(2, typo, cmds), LP_EXIT_USAGE * 10);
	assert_int_equal(run_main(1, argv, cmds), LP_EXIT_USAGE * 10);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_progname),
		cmocka_unit_test(test_optnum),
		cmocka_unit_test(test_optname),
		cmocka_unit_test(test_main),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
