/* Unit tests for time.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "lp.h"

static void
ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), m = strlen(tail);

	if (n < m || strcmp(s + n - m, tail) != 0)
		fail_msg("'%s' does not end with '%s'", s, tail);
}

static void
test_clock_good(void **state)
{
	static const struct {
		const char	*in;
		int		 want;
	} t[] = {
		{ "8:30", 510 }, { "08:30", 510 }, { "08.30", 510 },
		{ "8.30", 510 }, { "00:00", 0 }, { "0:00", 0 },
		{ "23:59", 1439 }, { " 12:15 ", 735 }, { "09:05", 545 },
	};
	const char *why;
	size_t i;
	int m;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		m = -1;
		why = NULL;
		if (lp_parse_clock(t[i].in, &m, &why) != 0)
			fail_msg("'%s': %s", t[i].in, why);
		assert_int_equal(m, t[i].want);
	}
}

static void
test_clock_bad(void **state)
{
	static const struct {
		const char	*in;
		const char	*why;
	} t[] = {
		{ "8:5", "not a clock time: '8:5' (write 08:05)" },
		{ "830", "not a clock time: '830' (write 08:30)" },
		{ "0830", "not a clock time: '0830' (write 08:30)" },
		{ "24:00", "not a clock time: '24:00' (hours go from 00 to 23; "
		    "write 00:00 for midnight)" },
		{ "08:60", "not a clock time: '08:60' (minutes go from 00 to "
		    "59)" },
		{ "", "empty clock time (write 08:30)" },
		{ "   ", "empty clock time (write 08:30)" },
		{ "kl 8", "not a clock time: 'kl 8' (write 08:30)" },
		{ "8:30am", "not a clock time: '8:30am' (write 08:30)" },
		{ "123:00", "not a clock time: '123:00' (write 08:30)" },
		{ ":30", "not a clock time: ':30' (write 08:30)" },
		{ "8:", "not a clock time: '8:' (write 08:30)" },
		{ "08:300", "not a clock time: '08:300' (write 08:30)" },
		{ "-1:00", "not a clock time: '-1:00' (write 08:30)" },
		{ "8,30", "not a clock time: '8,30' (write 08:30)" },
		{ "2500", "not a clock time: '2500' (write 08:30)" },
	};
	const char *why;
	size_t i;
	int m;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		m = -7;
		why = NULL;
		if (lp_parse_clock(t[i].in, &m, &why) != -1)
			fail_msg("'%s' accepted as %d", t[i].in, m);
		assert_int_equal(m, -7);
		assert_string_equal(why, t[i].why);
	}
}

static void
test_duration_good(void **state)
{
	static const struct {
		const char	*in;
		int		 want;
	} t[] = {
		{ "45m", 45 }, { "45 min", 45 }, { "45min", 45 },
		{ "1h15m", 75 }, { "1h 15m", 75 }, { "1 t 15 min", 75 },
		{ "2t", 120 }, { "1 time", 60 }, { "2 timer", 120 },
		{ "90 minutt", 90 }, { "90 minutter", 90 },
		{ "PT1H15M", 75 }, { "PT45M", 45 }, { "pt2h", 120 },
		{ "0m", 0 }, { "1H", 60 }, { "3 Min", 3 }, { " 5m ", 5 },
		{ "1 hour 30 minutes", 90 }, { "2h0m", 120 },
	};
	const char *why;
	size_t i;
	int m;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		m = -1;
		why = NULL;
		if (lp_parse_duration(t[i].in, &m, &why) != 0)
			fail_msg("'%s': %s", t[i].in, why);
		assert_int_equal(m, t[i].want);
	}
}

static void
test_duration_bad(void **state)
{
	static const struct {
		const char	*in;
		const char	*why;
	} t[] = {
		{ "45", "not a duration: '45' (write 45m, not 45)" },
		{ "90", "not a duration: '90' (write 90m, not 90)" },
		{ "", "empty duration (write 45m)" },
		{ "1h 15", "not a duration: '1h 15' (a unit is missing after "
		    "15; write 1h15m)" },
		{ "-5m", "not a duration: '-5m' (a duration cannot be "
		    "negative)" },
		{ "15m1h", "not a duration: '15m1h' (write 45m, 1h15m or "
		    "PT1H15M)" },
		{ "1h2h", "not a duration: '1h2h' (write 45m, 1h15m or "
		    "PT1H15M)" },
		{ "5m5m", "not a duration: '5m5m' (write 45m, 1h15m or "
		    "PT1H15M)" },
		{ "45 sek", "not a duration: '45 sek' (write 45m, 1h15m or "
		    "PT1H15M)" },
		{ "1.5h", "not a duration: '1.5h' (write 45m, 1h15m or "
		    "PT1H15M)" },
		{ "1:15", "not a duration: '1:15' (write 45m, 1h15m or "
		    "PT1H15M)" },
		{ "PT", "not a duration: 'PT' (write 45m, 1h15m or PT1H15M)" },
		{ "PT1H 15M", "not a duration: 'PT1H 15M' (write 45m, 1h15m or "
		    "PT1H15M)" },
		{ "P1D", "not a duration: 'P1D' (write 45m, 1h15m or "
		    "PT1H15M)" },
		{ "m", "not a duration: 'm' (write 45m, 1h15m or PT1H15M)" },
		{ "9999999m", "not a duration: '9999999m' (too long)" },
		{ "10001h", "not a duration: '10001h' (too long)" },
	};
	const char *why;
	size_t i;
	int m;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		m = -7;
		why = NULL;
		if (lp_parse_duration(t[i].in, &m, &why) != -1)
			fail_msg("'%s' accepted as %d", t[i].in, m);
		assert_int_equal(m, -7);
		assert_string_equal(why, t[i].why);
	}
	lp_parse_duration("45", &m, &why);
	ends_with(why, "write 45m, not 45)");
}

static void
test_date_good(void **state)
{
	static const struct {
		const char	*in;
		int		 y, m, d;
	} t[] = {
		{ "2023-05-16", 2023, 5, 16 }, { "16.05.2023", 2023, 5, 16 },
		{ "16.05.23", 2023, 5, 16 }, { "6.5.2023", 2023, 5, 6 },
		{ "2024-02-29", 2024, 2, 29 }, { "29.02.2000", 2000, 2, 29 },
		{ "31.12.99", 2099, 12, 31 }, { " 2023-01-01 ", 2023, 1, 1 },
	};
	struct lp_date d;
	const char *why;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		if (lp_parse_date(t[i].in, &d, &why) != 0)
			fail_msg("'%s': %s", t[i].in, why);
		assert_int_equal(d.y, t[i].y);
		assert_int_equal(d.m, t[i].m);
		assert_int_equal(d.d, t[i].d);
	}
}

static void
test_date_bad(void **state)
{
	static const struct {
		const char	*in;
		const char	*why;
	} t[] = {
		{ "2023-02-29", "not a date: '2023-02-29' (2023-02 has 28 "
		    "days)" },
		{ "29.02.1900", "not a date: '29.02.1900' (1900-02 has 28 "
		    "days)" },
		{ "2023-04-31", "not a date: '2023-04-31' (2023-04 has 30 "
		    "days)" },
		{ "2023-13-01", "not a date: '2023-13-01' (months go from 1 "
		    "to 12)" },
		{ "00.05.2023", "not a date: '00.05.2023' (2023-05 has 31 "
		    "days)" },
		{ "0000-01-01", "not a date: '0000-01-01' (no year 0)" },
		{ "", "empty date (write 2023-05-16)" },
		{ "2023-5-16", "not a date: '2023-5-16' (write 2023-05-16 or "
		    "16.05.2023)" },
		{ "05/16/2023", "not a date: '05/16/2023' (write 2023-05-16 or "
		    "16.05.2023)" },
		{ "16.05.202", "not a date: '16.05.202' (write 2023-05-16 or "
		    "16.05.2023)" },
		{ "16.05", "not a date: '16.05' (write 2023-05-16 or "
		    "16.05.2023)" },
		{ "16.05.2023.", "not a date: '16.05.2023.' (write 2023-05-16 "
		    "or 16.05.2023)" },
		{ "?", "not a date: '?' (write 2023-05-16 or 16.05.2023)" },
		{ "20230516", "not a date: '20230516' (write 2023-05-16 or "
		    "16.05.2023)" },
	};
	struct lp_date d = { 1, 2, 3 };
	const char *why;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		if (lp_parse_date(t[i].in, &d, &why) != -1)
			fail_msg("'%s' accepted", t[i].in);
		assert_string_equal(why, t[i].why);
		assert_int_equal(d.y, 1);
	}
}

static void
test_format(void **state)
{
	struct lp_date d = { 2023, 5, 6 };
	char b[11], c[6];

	(void)state;
	assert_string_equal(lp_date_iso(&d, b), "2023-05-06");
	d = (struct lp_date){ 1, 12, 31 };
	assert_string_equal(lp_date_iso(&d, b), "0001-12-31");
	assert_string_equal(lp_clock_str(510, ':', c), "08:30");
	assert_string_equal(lp_clock_str(510, '.', c), "08.30");
	assert_string_equal(lp_clock_str(0, ':', c), "00:00");
	assert_string_equal(lp_clock_str(1439, ':', c), "23:59");
	assert_string_equal(lp_clock_str(1440 + 5, ':', c), "00:05");
	assert_string_equal(lp_clock_str(-5, ':', c), "23:55");
}

static void
test_days(void **state)
{
	struct lp_date d, e;
	long z;

	(void)state;
	d = (struct lp_date){ 1970, 1, 1 };
	assert_int_equal(lp_date_days(&d), 0);
	d = (struct lp_date){ 2000, 3, 1 };
	assert_int_equal(lp_date_days(&d), 11017);
	d = (struct lp_date){ 2023, 5, 16 };
	assert_int_equal(lp_date_days(&d), 19493);
	d = (struct lp_date){ 1969, 12, 31 };
	assert_int_equal(lp_date_days(&d), -1);
	d = (struct lp_date){ 1, 1, 1 };
	assert_int_equal(lp_date_days(&d), -719162);
	/* Every day from 1600 to 2400 goes there and back. */
	for (z = -135140; z < 157000; z++) {
		lp_days_date(z, &e);
		assert_int_equal(lp_date_days(&e), z);
		assert_true(e.m >= 1 && e.m <= 12 && e.d >= 1 && e.d <= 31);
	}
	lp_days_date(19493, &e);
	assert_int_equal(e.y, 2023);
	assert_int_equal(e.m, 5);
	assert_int_equal(e.d, 16);
	lp_days_date(11016, &e);	/* the day before 2000-03-01 */
	assert_int_equal(e.m, 2);
	assert_int_equal(e.d, 29);
}

static void
test_wday_cmp(void **state)
{
	struct lp_date a = { 2023, 5, 16 }, b = { 2023, 4, 18 },
	    c = { 1970, 1, 1 }, s = { 2023, 5, 21 }, o = { 1969, 12, 29 };

	(void)state;
	assert_int_equal(lp_date_wday(&a), 1);	/* Tuesday */
	assert_int_equal(lp_date_wday(&b), 1);
	assert_int_equal(lp_date_wday(&c), 3);	/* Thursday */
	assert_int_equal(lp_date_wday(&s), 6);	/* Sunday */
	assert_int_equal(lp_date_wday(&o), 0);	/* Monday */
	assert_true(lp_date_cmp(&a, &b) > 0);
	assert_true(lp_date_cmp(&b, &a) < 0);
	assert_int_equal(lp_date_cmp(&a, &a), 0);
	b = (struct lp_date){ 2023, 5, 17 };
	assert_true(lp_date_cmp(&a, &b) < 0);
	b = (struct lp_date){ 2024, 1, 1 };
	assert_true(lp_date_cmp(&a, &b) < 0);
}

static void
test_today(void **state)
{
	struct lp_date d;

	(void)state;
	setenv("SOURCE_DATE_EPOCH", "1684195200", 1);	/* 2023-05-16 00:00Z */
	lp_today(&d);
	assert_int_equal(d.y, 2023);
	assert_int_equal(d.m, 5);
	assert_int_equal(d.d, 16);
	setenv("SOURCE_DATE_EPOCH", "1684281599", 1);	/* 23:59:59Z */
	lp_today(&d);
	assert_int_equal(d.d, 16);
	setenv("SOURCE_DATE_EPOCH", "0", 1);
	lp_today(&d);
	assert_int_equal(d.y, 1970);
	setenv("SOURCE_DATE_EPOCH", "nonsense", 1);
	lp_today(&d);
	assert_true(d.y >= 2024);
	unsetenv("SOURCE_DATE_EPOCH");
	lp_today(&d);
	assert_true(d.y >= 2024 && d.m >= 1 && d.m <= 12);
}

static void
test_oslo(void **state)
{
	struct lp_date d;

	(void)state;
	d = (struct lp_date){ 2023, 1, 15 };
	assert_int_equal(lp_oslo_offset(&d, 600), 60);
	d = (struct lp_date){ 2023, 7, 1 };
	assert_int_equal(lp_oslo_offset(&d, 600), 120);
	/* 2023: summer time from 26 March to 29 October. */
	d = (struct lp_date){ 2023, 3, 25 };
	assert_int_equal(lp_oslo_offset(&d, 1439), 60);
	d = (struct lp_date){ 2023, 3, 26 };
	assert_int_equal(lp_oslo_offset(&d, 119), 60);
	assert_int_equal(lp_oslo_offset(&d, 120), 120);
	assert_int_equal(lp_oslo_offset(&d, 180), 120);
	d = (struct lp_date){ 2023, 3, 27 };
	assert_int_equal(lp_oslo_offset(&d, 0), 120);
	d = (struct lp_date){ 2023, 10, 28 };
	assert_int_equal(lp_oslo_offset(&d, 1439), 120);
	d = (struct lp_date){ 2023, 10, 29 };
	assert_int_equal(lp_oslo_offset(&d, 179), 120);
	assert_int_equal(lp_oslo_offset(&d, 180), 60);
	d = (struct lp_date){ 2023, 10, 30 };
	assert_int_equal(lp_oslo_offset(&d, 0), 60);
	/* 2024: 31 March and 27 October; 2021: 28 March, 31 October. */
	d = (struct lp_date){ 2024, 3, 30 };
	assert_int_equal(lp_oslo_offset(&d, 600), 60);
	d = (struct lp_date){ 2024, 3, 31 };
	assert_int_equal(lp_oslo_offset(&d, 600), 120);
	d = (struct lp_date){ 2024, 10, 27 };
	assert_int_equal(lp_oslo_offset(&d, 600), 60);
	d = (struct lp_date){ 2024, 10, 26 };
	assert_int_equal(lp_oslo_offset(&d, 600), 120);
	d = (struct lp_date){ 2021, 3, 28 };
	assert_int_equal(lp_oslo_offset(&d, 600), 120);
	d = (struct lp_date){ 2021, 3, 27 };
	assert_int_equal(lp_oslo_offset(&d, 600), 60);
	d = (struct lp_date){ 2021, 10, 31 };
	assert_int_equal(lp_oslo_offset(&d, 60), 120);
	assert_int_equal(lp_oslo_offset(&d, 600), 60);
	d = (struct lp_date){ 2021, 10, 24 };
	assert_int_equal(lp_oslo_offset(&d, 600), 120);
}

/* A caller that only wants success or failure may pass NULL for why. */
static void
test_null_why(void **state)
{
	struct lp_date d;
	int v;

	(void)state;
	assert_int_equal(lp_parse_clock("51:30", &v, NULL), -1);
	assert_int_equal(lp_parse_clock("8:5", &v, NULL), -1);
	assert_int_equal(lp_parse_duration("45", &v, NULL), -1);
	assert_int_equal(lp_parse_date("2023-02-29", &d, NULL), -1);
	assert_int_equal(lp_parse_clock("08.30", &v, NULL), 0);
	assert_int_equal(v, 510);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_null_why),
		cmocka_unit_test(test_clock_good),
		cmocka_unit_test(test_clock_bad),
		cmocka_unit_test(test_duration_good),
		cmocka_unit_test(test_duration_bad),
		cmocka_unit_test(test_date_good),
		cmocka_unit_test(test_date_bad),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_days),
		cmocka_unit_test(test_wday_cmp),
		cmocka_unit_test(test_today),
		cmocka_unit_test(test_oslo),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
