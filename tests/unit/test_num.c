/* Unit tests for num.c: one rounding rule, decimal comma, per cent. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "lp-private.h"

static const char *
num(double v, int d, int comma)
{
	static char buf[64];

	return lp_fmtnum(buf, sizeof(buf), v, d, comma);
}

/* Half away from zero on the decimal value, not on the binary one. */
static void
test_round(void **state)
{
	(void)state;
	assert_string_equal(num(2.25, 1, 0), "2.3");
	assert_string_equal(num(2.125, 2, 0), "2.13");
	assert_string_equal(num(0.15, 1, 0), "0.2");
	assert_string_equal(num(1.005, 2, 0), "1.01");
	assert_string_equal(num(2.35, 1, 0), "2.4");
	assert_string_equal(num(-2.25, 1, 0), "-2.3");
	assert_string_equal(num(2.2499, 1, 0), "2.2");
	assert_string_equal(num(0.5, 0, 0), "1");
	assert_string_equal(num(12.5, 0, 0), "13");
	assert_true(lp_round(2.25, 1) == 2.3);
	assert_true(lp_round(-0.05, 1) == -0.1);
	/* The same mean reads the same in text, CSV and SVG. */
	assert_string_equal(num(17.0 / 8, 1, 0), "2.1");
}

static void
test_format(void **state)
{
	(void)state;
	assert_string_equal(num(7.5, 1, 1), "7,5");
	assert_string_equal(num(-0.04, 1, 0), "0.0");
	assert_string_equal(num(-0.0, 0, 0), "0");
	assert_string_equal(num(3, 2, 1), "3,00");
	assert_string_equal(num(0.1, 15, 0), "0.100000000000000");
	assert_string_equal(num(NAN, 1, 0), "0.0");
	assert_string_equal(num(1e20, 1, 0), "100000000000000000000.0");
	assert_string_equal(num(1234567.25, 1, 1), "1234567,3");
	assert_string_equal(num(0.06, 1, 0), "0.1");
}

static void
test_pct(void **state)
{
	char buf[32];

	(void)state;
	assert_string_equal(lp_fmtpct(buf, sizeof(buf), 7.5, 1, LP_NB),
	    "7,5\xc2\xa0%");
	assert_string_equal(lp_fmtpct(buf, sizeof(buf), 62.5, 0, LP_NN),
	    "63\xc2\xa0%");
	assert_string_equal(lp_fmtpct(buf, sizeof(buf), 7.5, 1, LP_EN),
	    "7.5 %");
	/* Too small a buffer cuts, never overruns. */
	assert_string_equal(lp_fmtpct(buf, 4, 100, 1, LP_EN), "100");
	assert_int_equal(lp_lang_comma(LP_NB), 1);
	assert_int_equal(lp_lang_comma(LP_NN), 1);
	assert_int_equal(lp_lang_comma(LP_EN), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_pct),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
