/* Unit tests for lang.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <locale.h>
#include <cmocka.h>

#include "lp-private.h"

static void
clearenv_lang(void)
{
	unsetenv("LP_LANG");
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	unsetenv("LANG");
}

static void
test_parse(void **state)
{
	static const struct {
		const char	*in;
		int		 want;
	} t[] = {
		{ "nb", LP_NB }, { "no", LP_NB }, { "nob", LP_NB },
		{ "NB", LP_NB }, { "nn", LP_NN }, { "nno", LP_NN },
		{ "en", LP_EN }, { "eng", LP_EN }, { "En", LP_EN },
		{ "", -1 }, { "sv", -1 }, { "nb_NO", -1 }, { "english", -1 },
		{ "n", -1 }, { "nbx", -1 },
	};
	enum lp_lang l;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		l = (enum lp_lang)99;
		if (t[i].want < 0) {
			assert_int_equal(lp_lang_parse(t[i].in, &l), -1);
			assert_int_equal(l, 99);
		} else {
			assert_int_equal(lp_lang_parse(t[i].in, &l), 0);
			assert_int_equal(l, t[i].want);
		}
	}
	assert_int_equal(lp_lang_parse(NULL, &l), -1);
	assert_string_equal(lp_lang_code(LP_NB), "nb");
	assert_string_equal(lp_lang_code(LP_NN), "nn");
	assert_string_equal(lp_lang_code(LP_EN), "en");
}

static void
test_default(void **state)
{
	static const struct {
		const char	*var, *val;
		int		 want;
	} t[] = {
		{ "LANG", "nb_NO.UTF-8", LP_NB }, { "LANG", "nn_NO", LP_NN },
		{ "LANG", "en_GB", LP_EN }, { "LANG", "no_NO", LP_NB },
		{ "LANG", "en_US.UTF-8@euro", LP_EN }, { "LANG", "nn", LP_NN },
		{ "LANG", "de_DE.UTF-8", LP_NB }, { "LANG", "C", LP_NB },
		{ "LANG", "POSIX", LP_NB }, { "LANG", "", LP_NB },
		{ "LC_ALL", "nn_NO.UTF-8", LP_NN },
		{ "LC_MESSAGES", "en_GB.UTF-8", LP_EN },
		{ "LP_LANG", "nn", LP_NN }, { "LP_LANG", "en", LP_EN },
		{ "LP_LANG", "xx", LP_NB },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		clearenv_lang();
		setenv(t[i].var, t[i].val, 1);
		if ((int)lp_lang_default() != t[i].want)
			fail_msg("%s=%s", t[i].var, t[i].val);
	}
	clearenv_lang();
	assert_int_equal(lp_lang_default(), LP_NB);
	/* LP_LANG first; then LC_ALL overrides LANG as setlocale does. */
	setenv("LANG", "en_GB.UTF-8", 1);
	setenv("LP_LANG", "nn", 1);
	assert_int_equal(lp_lang_default(), LP_NN);
	unsetenv("LP_LANG");
	assert_int_equal(lp_lang_default(), LP_EN);
	setenv("LC_MESSAGES", "nn_NO.UTF-8", 1);
	assert_int_equal(lp_lang_default(), LP_NN);
	setenv("LC_ALL", "C", 1);
	assert_int_equal(lp_lang_default(), LP_NB);
	setenv("LC_ALL", "", 1);
	assert_int_equal(lp_lang_default(), LP_NN);
	setenv("LP_LANG", "bogus", 1);
	assert_int_equal(lp_lang_default(), LP_NN);
	clearenv_lang();
}

static void
test_names(void **state)
{
	(void)state;
	assert_string_equal(lp_month_name(LP_NB, 1), "januar");
	assert_string_equal(lp_month_name(LP_NN, 5), "mai");
	assert_string_equal(lp_month_name(LP_NB, 12), "desember");
	assert_string_equal(lp_month_name(LP_EN, 4), "April");
	assert_string_equal(lp_month_name(LP_NB, 0), "?");
	assert_string_equal(lp_month_name(LP_NB, 13), "?");
	assert_string_equal(lp_weekday_name(LP_NB, 0), "mandag");
	assert_string_equal(lp_weekday_name(LP_NB, 1), "tirsdag");
	assert_string_equal(lp_weekday_name(LP_NB, 5), "lørdag");
	assert_string_equal(lp_weekday_name(LP_NB, 6), "søndag");
	assert_string_equal(lp_weekday_name(LP_NN, 0), "måndag");
	assert_string_equal(lp_weekday_name(LP_NN, 1), "tysdag");
	assert_string_equal(lp_weekday_name(LP_NN, 5), "laurdag");
	assert_string_equal(lp_weekday_name(LP_EN, 2), "Wednesday");
	assert_string_equal(lp_weekday_name(LP_EN, 7), "?");
	assert_string_equal(lp_weekday_name(LP_EN, -1), "?");
	assert_string_equal(lp_tr(LP_NB, "leder", "leiar", "leader"), "leder");
	assert_string_equal(lp_tr(LP_NN, "leder", "leiar", "leader"), "leiar");
	assert_string_equal(lp_tr(LP_EN, "leder", "leiar", "leader"), "leader");
	assert_string_equal(lp_tr(LP_NN, "mål", NULL, "goal"), "mål");
	assert_string_equal(lp_tr(LP_EN, "mål", "mål", NULL), "mål");
}

static void
check_long(void)
{
	struct lp_date a = { 2023, 4, 18 }, b = { 2023, 5, 16 },
	    c = { 2023, 6, 3 };
	char buf[16], *s;

	s = lp_date_long(LP_NB, &a);
	assert_string_equal(s, "tirsdag 18. april 2023");
	free(s);
	s = lp_date_long(LP_NN, &b);
	assert_string_equal(s, "tysdag 16. mai 2023");
	free(s);
	s = lp_date_long(LP_EN, &a);
	assert_string_equal(s, "Tuesday 18 April 2023");
	free(s);
	s = lp_date_long(LP_NB, &c);
	assert_string_equal(s, "lørdag 3. juni 2023");
	free(s);
	s = lp_date_long(LP_NN, &c);
	assert_string_equal(s, "laurdag 3. juni 2023");
	free(s);
	assert_string_equal(lp_clock_long(LP_NB, 510, buf), "kl. 08.30");
	assert_string_equal(lp_clock_long(LP_NN, 915, buf), "kl. 15.15");
	assert_string_equal(lp_clock_long(LP_EN, 510, buf), "08:30");
	assert_string_equal(lp_clock_long(LP_EN, 0, buf), "00:00");
}

/* The output is the same whatever locale the process runs in. */
static void
test_long(void **state)
{
	(void)state;
	check_long();
	setlocale(LC_ALL, "C");
	check_long();
	if (setlocale(LC_ALL, "C.UTF-8") != NULL)
		check_long();
	if (setlocale(LC_ALL, "en_US.UTF-8") != NULL)
		check_long();
	setenv("LC_ALL", "C", 1);
	setlocale(LC_ALL, "");
	check_long();
	setlocale(LC_ALL, "C");
	unsetenv("LC_ALL");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_default),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_long),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
