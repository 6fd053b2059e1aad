/* Unit tests for ics.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "lp.h"

struct cap {
	FILE	*fp;
	char	*s;
	size_t	 len;
};

static struct lp_ics *
cap_open(struct cap *c, const char *calname, int utc)
{
	c->s = NULL;
	c->len = 0;
	c->fp = open_memstream(&c->s, &c->len);
	assert_non_null(c->fp);
	return lp_ics_new(c->fp, calname, utc);
}

static void
cap_close(struct cap *c, struct lp_ics *ics)
{
	struct lp_error e;

	assert_int_equal(lp_ics_close(ics, &e), 0);
	assert_int_equal(fclose(c->fp), 0);
}

/*
 * Every line ends in CRLF, holds at most 75 octets, is valid UTF-8 on
 * its own (no character split), and has no bare CR or LF.
 */
static void
check_lines(const char *s, size_t len)
{
	size_t i, start = 0, bad;

	for (i = 0; i < len; i++) {
		if (s[i] == '\r') {
			assert_true(i + 1 < len && s[i + 1] == '\n');
			if (i - start > 75)
				fail_msg("line of %zu octets: %.*s", i - start,
				    (int)(i - start), s + start);
			if (lp_utf8_check(s + start, i - start, &bad) != 0)
				fail_msg("split character: %.*s",
				    (int)(i - start), s + start);
			i++;
			start = i + 1;
		} else
			assert_true(s[i] != '\n');
	}
	assert_int_equal(start, len);
}

/* Undo the folding: drop every CRLF followed by a space. */
static char *
unfold(const char *s)
{
	char *u = lp_xstrdup(s), *w = u;

	for (; *s != '\0'; s++) {
		if (s[0] == '\r' && s[1] == '\n' && s[2] == ' ') {
			s += 2;
			continue;
		}
		*w++ = *s;
	}
	*w = '\0';
	return u;
}

static void
test_escape(void **state)
{
	static const struct {
		const char *in, *out;
	} t[] = {
		{ "Pause", "Pause" },
		{ "Mål, rammer; og \\ annet", "Mål\\, rammer\\; og \\\\ annet" },
		{ "linje 1\nlinje 2", "linje 1\\nlinje 2" },
		{ "crlf\r\nher", "crlf\\nher" },
		{ "cr\rher", "cr\\nher" },
		{ "tab\there\x01\x7f", "tab\there" },
		{ "", "" },
	};
	struct lp_buf b = { 0 };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		lp_buf_reset(&b);
		lp_ics_escape(&b, t[i].in);
		assert_string_equal(b.s, t[i].out);
	}
	lp_buf_free(&b);
}

static void
test_fold(void **state)
{
	struct lp_ics *ics;
	struct cap c;
	struct lp_buf v = { 0 };
	char *u, *want, digits[80];
	int i, shift;

	(void)state;
	/* Every alignment of two- and three-byte characters at the fold. */
	for (shift = 0; shift < 8; shift++) {
		lp_buf_reset(&v);
		for (i = 0; i < shift; i++)
			lp_buf_putc(&v, 'x');
		for (i = 0; i < 40; i++)
			lp_buf_puts(&v, "blåbærsyltetøy på Ørland – ");
		ics = cap_open(&c, NULL, 1);
		lp_ics_line(ics, "DESCRIPTION", v.s);
		cap_close(&c, ics);
		check_lines(c.s, c.len);
		u = unfold(c.s);
		want = lp_xasprintf("\r\nDESCRIPTION:%s\r\n", v.s);
		assert_non_null(strstr(u, want));
		free(want);
		free(u);
		free(c.s);
	}
	lp_buf_free(&v);
	/* 75 octets fit on one line; 76 do not. */
	memset(digits, 'd', sizeof(digits));
	digits[73] = '\0';
	ics = cap_open(&c, NULL, 1);
	lp_ics_line(ics, "X", digits);
	digits[73] = 'e';
	digits[74] = '\0';
	lp_ics_line(ics, "Y", digits);
	cap_close(&c, ics);
	check_lines(c.s, c.len);
	digits[73] = '\0';
	want = lp_xasprintf("\r\nX:%s\r\nY:%s\r\n e\r\nEND:", digits,
	    digits);
	assert_non_null(strstr(c.s, want));
	free(want);
	free(c.s);
}

static void
test_calendar(void **state)
{
	struct lp_ics_event ev;
	struct lp_ics *ics;
	static const char hdr[] = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
	    "PRODID:-//lp//lp " LP_VERSION "//NB\r\nCALSCALE:GREGORIAN\r\n"
	    "METHOD:PUBLISH\r\nX-WR-CALNAME:Lederutvikling\\, 2023\r\n"
	    "X-WR-TIMEZONE:Europe/Oslo\r\nBEGIN:VTIMEZONE\r\n";
	struct cap c;
	char uid[64], *u;

	(void)state;
	setenv("SOURCE_DATE_EPOCH", "1684238400", 1);	/* 2023-05-16 12:00Z */
	ics = cap_open(&c, "Lederutvikling, 2023", 0);
	memset(&ev, 0, sizeof(ev));
	ev.uid = lp_ics_uid(uid, "samling", "2023-05-16", NULL);
	ev.date = (struct lp_date){ 2023, 5, 16 };
	ev.start = 8 * 60 + 30;
	ev.end = 15 * 60 + 30;
	ev.summary = "Samling 1: Mål og rammer";
	ev.description = "08:30 Velkommen\n09:45 Pause; kaffe, te";
	ev.location = "Rådhuset, sal 2";
	ev.sequence = 2;
	lp_ics_event(ics, &ev);
	ev.allday = 1;
	ev.tentative = 1;
	ev.date = (struct lp_date){ 2023, 12, 31 };
	ev.description = ev.location = NULL;
	lp_ics_event(ics, &ev);
	cap_close(&c, ics);
	check_lines(c.s, c.len);
	u = unfold(c.s);
	assert_int_equal(strncmp(u, hdr, strlen(hdr)), 0);
	assert_non_null(strstr(u, "\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Oslo\r\n"));
	assert_non_null(strstr(u, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"));
	assert_non_null(strstr(u, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"));
	assert_non_null(strstr(u, "\r\nBEGIN:VEVENT\r\nUID:lp-"));
	assert_non_null(strstr(u, "\r\nDTSTAMP:20230516T120000Z\r\n"));
	assert_non_null(strstr(u,
	    "\r\nDTSTART;TZID=Europe/Oslo:20230516T083000\r\n"
	    "DTEND;TZID=Europe/Oslo:20230516T153000\r\n"
	    "SUMMARY:Samling 1: Mål og rammer\r\n"
	    "DESCRIPTION:08:30 Velkommen\\n09:45 Pause\\; kaffe\\, te\r\n"
	    "LOCATION:Rådhuset\\, sal 2\r\n"
	    "STATUS:CONFIRMED\r\nSEQUENCE:2\r\nEND:VEVENT\r\n"));
	assert_non_null(strstr(u,
	    "\r\nDTSTART;VALUE=DATE:20231231\r\n"
	    "DTEND;VALUE=DATE:20240101\r\n"
	    "SUMMARY:Samling 1: Mål og rammer\r\n"
	    "STATUS:TENTATIVE\r\nSEQUENCE:2\r\nEND:VEVENT\r\n"
	    "END:VCALENDAR\r\n"));
	free(u);
	free(c.s);
	/* Another stamp; UTC calendars have no VTIMEZONE. */
	setenv("SOURCE_DATE_EPOCH", "0", 1);
	ics = cap_open(&c, NULL, 1);
	cap_close(&c, ics);
	assert_string_equal(c.s, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
	    "PRODID:-//lp//lp " LP_VERSION "//NB\r\nCALSCALE:GREGORIAN\r\n"
	    "METHOD:PUBLISH\r\nEND:VCALENDAR\r\n");
	free(c.s);
	unsetenv("SOURCE_DATE_EPOCH");
}

/* Local times to UTC on both sides of both changes of clock. */
static void
test_utc(void **state)
{
	static const struct {
		struct lp_date	 d;
		int		 start, end;
		const char	*want;
	} t[] = {
		{ { 2023, 5, 16 }, 510, 930, "DTSTART:20230516T063000Z\r\n"
		    "DTEND:20230516T133000Z\r\n" },
		{ { 2023, 1, 10 }, 510, 930, "DTSTART:20230110T073000Z\r\n"
		    "DTEND:20230110T143000Z\r\n" },
		{ { 2023, 3, 26 }, 60, 240, "DTSTART:20230326T000000Z\r\n"
		    "DTEND:20230326T020000Z\r\n" },
		{ { 2023, 10, 29 }, 60, 240, "DTSTART:20231028T230000Z\r\n"
		    "DTEND:20231029T030000Z\r\n" },
		{ { 2023, 3, 25 }, 1380, 1439, "DTSTART:20230325T220000Z\r\n"
		    "DTEND:20230325T225900Z\r\n" },
		{ { 2024, 1, 1 }, 30, 90, "DTSTART:20231231T233000Z\r\n"
		    "DTEND:20240101T003000Z\r\n" },
		{ { 2023, 12, 31 }, 1380, 60, "DTSTART:20231231T220000Z\r\n"
		    "DTEND:20240101T000000Z\r\n" },
	};
	struct lp_ics_event ev;
	struct lp_ics *ics;
	struct cap c;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		memset(&ev, 0, sizeof(ev));
		ev.uid = "lp-x@lp";
		ev.date = t[i].d;
		ev.start = t[i].start;
		ev.end = t[i].end;
		ev.summary = "Nettverksmøte";
		ics = cap_open(&c, NULL, 1);
		lp_ics_event(ics, &ev);
		cap_close(&c, ics);
		if (strstr(c.s, t[i].want) == NULL)
			fail_msg("case %zu: want %s in %s", i, t[i].want, c.s);
		assert_null(strstr(c.s, "TZID"));
		free(c.s);
	}
}

static void
test_uid(void **state)
{
	char a[64], b[64];

	(void)state;
	lp_ics_uid(a, "Gygrene", "2023-09-12", "FL");
	lp_ics_uid(b, "Gygrene", "2023-09-12", "FL");
	assert_string_equal(a, b);
	assert_int_equal(strlen(a), 3 + 16 + 3);
	assert_memory_equal(a, "lp-", 3);
	assert_string_equal(a + 19, "@lp");
	lp_ics_uid(b, "Gygrene", "2023-09-12", "EL");
	assert_string_not_equal(a, b);
	/* The separator keeps "ab"+"c" apart from "a"+"bc". */
	lp_ics_uid(a, "ab", "c", NULL);
	lp_ics_uid(b, "a", "bc", NULL);
	assert_string_not_equal(a, b);
	/* A fixed value, so UIDs never change between versions. */
	lp_ics_uid(a, "a", NULL, NULL);
	assert_string_equal(a, "lp-e5eace19043b52a2@lp");
}

static void
test_write_error(void **state)
{
	struct lp_error e;
	struct lp_ics *ics;
	FILE *fp;

	(void)state;
	fp = fopen("/dev/full", "w");
	assert_non_null(fp);
	ics = lp_ics_new(fp, "x", 0);
	assert_int_equal(lp_ics_close(ics, &e), -1);
	assert_int_equal(e.code, LP_EXIT_IOERR);
	assert_string_equal(e.msg, "cannot write the calendar: No space left "
	    "on device");
	fclose(fp);
	assert_int_equal(lp_ics_close(NULL, &e), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_calendar),
		cmocka_unit_test(test_utc),
		cmocka_unit_test(test_uid),
		cmocka_unit_test(test_write_error),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
