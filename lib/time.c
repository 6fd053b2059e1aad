/*
 * time.c - dates, clock times and durations: the parsers every tool and
 * the YAML getters share, calendar arithmetic in the proleptic
 * Gregorian calendar, and the Europe/Oslo summer-time rule.
 *
 * The parsers set *why to a message in a static buffer (valid until the
 * next call of a parser in the same thread). It names the input and
 * ends in a hint where one helps: "not a clock time: '8:5' (write
 * 08:05)".
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lp.h"

/* Inputs are quoted in messages up to 40 bytes. */
#define W(n)		((n) > 40 ? 40 : (int)(n))
#define MAXDURATION	(10000 * 60)	/* minutes; far beyond any day */

static _Thread_local char whybuf[200];

static const char *why_set(const char *, ...)
	    __attribute__((format(printf, 1, 2)));
static void	 trim(const char *, const char **, size_t *);
static int	 digits(const char *, size_t, size_t, int *);
static int	 ieq(const char *, size_t, const char *);
static int	 days_in_month(int, int);
static int	 last_sunday(int, int);
static char	*put_digits(char *, long, int);

/* Format a message into the static buffer. */
static const char *
why_set(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(whybuf, sizeof(whybuf), fmt, ap);
	va_end(ap);
	return whybuf;
}

/* The input without leading and trailing blanks. */
static void
trim(const char *s, const char **p, size_t *n)
{
	size_t len;

	while (*s == ' ' || *s == '\t')
		s++;
	len = strlen(s);
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	*p = s;
	*n = len;
}

/* Exactly the bytes s[i..j) are ASCII digits (j > i); their value. */
static int
digits(const char *s, size_t i, size_t j, int *v)
{
	int x = 0;

	if (j <= i || j - i > 9)
		return 0;
	for (; i < j; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		x = x * 10 + (s[i] - '0');
	}
	*v = x;
	return 1;
}

/* Case-insensitive comparison of n bytes at s with the whole of w. */
static int
ieq(const char *s, size_t n, const char *w)
{
	size_t i;

	if (strlen(w) != n)
		return 0;
	for (i = 0; i < n; i++)
		if (tolower((unsigned char)s[i]) != w[i])
			return 0;
	return 1;
}

int
lp_parse_clock(const char *str, int *out, const char **why)
{
	const char *ignored;
	const char *s;
	size_t n, sep;
	int h, m;

	if (why == NULL)
		why = &ignored;
	trim(str, &s, &n);
	if (n == 0) {
		*why = _("empty clock time (write 08:30)");
		return -1;
	}
	for (sep = 0; sep < n && s[sep] != ':' && s[sep] != '.'; sep++)
		continue;
	if (sep == n) {
		/* "830" or "0830": no separator; suggest one. */
		if ((n == 3 || n == 4) && digits(s, 0, n, &h) &&
		    h / 100 < 24 && h % 100 < 60) {
			*why = why_set(_("not a clock time: '%.*s' "
			    "(write %02d:%02d)"), W(n), s, h / 100, h % 100);
			return -1;
		}
		*why = why_set(_("not a clock time: '%.40s' (write 08:30)"), str);
		return -1;
	}
	if (sep == 0 || sep > 2 || !digits(s, 0, sep, &h) ||
	    n - sep - 1 < 1 || n - sep - 1 > 2 ||
	    !digits(s, sep + 1, n, &m)) {
		*why = why_set(_("not a clock time: '%.40s' (write 08:30)"), str);
		return -1;
	}
	if (n - sep - 1 == 1) {
		/* "8:5": minutes need two digits. */
		if (h < 24)
			*why = why_set(_("not a clock time: '%.*s' "
			    "(write %02d:0%d)"), W(n), s, h, m);
		else
			*why = why_set(_("not a clock time: '%.*s' "
			    "(write 08:30)"), W(n), s);
		return -1;
	}
	if (h > 23) {
		*why = why_set(_("not a clock time: '%.*s' (hours go from 00 to "
		    "23; write 00:00 for midnight)"), W(n), s);
		return -1;
	}
	if (m > 59) {
		*why = why_set(_("not a clock time: '%.*s' (minutes go from 00 "
		    "to 59)"), W(n), s);
		return -1;
	}
	*out = h * 60 + m;
	return 0;
}

/*
 * A duration: ISO 8601 "PT1H15M", or number-unit pairs, hours before
 * minutes, with optional blanks: "45m", "45 min", "1h15m", "1 t 15 min",
 * "2 timer", "90 minutter". Units are case-insensitive.
 */
int
lp_parse_duration(const char *str, int *out, const char **why)
{
	const char *ignored;
	static const char *const hours[] = { "h", "t", "time", "timer",
	    "hour", "hours", "hr", "hrs", NULL };
	static const char *const mins[] = { "m", "min", "mins", "minutt",
	    "minutter", "minute", "minutes", NULL };
	const char *s;
	size_t n, i, j, k;
	int v = 0, total = 0, seen = 0, ishour, ismin, iso = 0;

	if (why == NULL)
		why = &ignored;
	trim(str, &s, &n);
	if (n == 0) {
		*why = _("empty duration (write 45m)");
		return -1;
	}
	if (s[0] == '-') {
		*why = why_set(_("not a duration: '%.*s' (a duration cannot be "
		    "negative)"), W(n), s);
		return -1;
	}
	i = 0;
	if (n > 2 && (s[0] == 'P' || s[0] == 'p') &&
	    (s[1] == 'T' || s[1] == 't')) {
		iso = 1;
		i = 2;
	}
	while (i < n) {
		while (!iso && i < n && s[i] == ' ')
			i++;
		for (j = i; j < n && s[j] >= '0' && s[j] <= '9'; j++)
			continue;
		if (j == i)
			goto bad;
		if (j - i > 6) {
			*why = why_set(_("not a duration: '%.40s' (too long)"),
			    str);
			return -1;
		}
		digits(s, i, j, &v);
		if (j < n && (s[j] == '.' || s[j] == ',' || s[j] == ':'))
			goto bad;
		while (!iso && j < n && s[j] == ' ')
			j++;
		for (k = j; k < n && isalpha((unsigned char)s[k]); k++)
			continue;
		if (k == j) {
			/* A number without a unit: the common slip. */
			if (j == n && seen == 0)
				*why = why_set(_("not a duration: '%.*s' "
				    "(write %dm, not %d)"), W(n), s, v, v);
			else if (j == n)
				*why = why_set(_("not a duration: '%.*s' "
				    "(a unit is missing after %d; write "
				    "1h15m)"), W(n), s, v);
			else
				goto bad;
			return -1;
		}
		ishour = ismin = 0;
		if (iso) {
			ishour = k - j == 1 && (s[j] == 'H' || s[j] == 'h');
			ismin = k - j == 1 && (s[j] == 'M' || s[j] == 'm');
		} else {
			for (ishour = 0; hours[ishour] != NULL; ishour++)
				if (ieq(s + j, k - j, hours[ishour]))
					break;
			ishour = hours[ishour] != NULL;
			for (ismin = 0; mins[ismin] != NULL; ismin++)
				if (ieq(s + j, k - j, mins[ismin]))
					break;
			ismin = mins[ismin] != NULL;
		}
		if (ishour && seen == 0) {
			total += v * 60;
			seen = 1;
		} else if (ismin && seen < 2) {
			total += v;
			seen = 2;
		} else
			goto bad;
		i = k;
	}
	if (seen == 0)
		goto bad;
	if (total > MAXDURATION) {
		*why = why_set(_("not a duration: '%.40s' (too long)"), str);
		return -1;
	}
	*out = total;
	return 0;
bad:
	*why = why_set(_("not a duration: '%.40s' (write 45m, 1h15m or "
	    "PT1H15M)"), str);
	return -1;
}

static int
days_in_month(int y, int m)
{
	static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

int
lp_parse_date(const char *str, struct lp_date *out, const char **why)
{
	const char *ignored;
	const char *s;
	size_t n, a, b;
	struct lp_date d;

	if (why == NULL)
		why = &ignored;
	trim(str, &s, &n);
	if (n == 0) {
		*why = _("empty date (write 2023-05-16)");
		return -1;
	}
	if (n == 10 && s[4] == '-' && s[7] == '-' && digits(s, 0, 4, &d.y) &&
	    digits(s, 5, 7, &d.m) && digits(s, 8, 10, &d.d))
		goto check;
	/* d.m.yyyy or d.m.yy, one or two digits for day and month. */
	for (a = 0; a < n && s[a] != '.'; a++)
		continue;
	for (b = a + 1; b < n && s[b] != '.'; b++)
		continue;
	if (a < n && b < n && a >= 1 && a <= 2 && b - a - 1 >= 1 &&
	    b - a - 1 <= 2 && (n - b - 1 == 2 || n - b - 1 == 4) &&
	    digits(s, 0, a, &d.d) && digits(s, a + 1, b, &d.m) &&
	    digits(s, b + 1, n, &d.y)) {
		if (n - b - 1 == 2)
			d.y += 2000;
		goto check;
	}
	*why = why_set(_("not a date: '%.40s' (write 2023-05-16 or "
	    "16.05.2023)"), str);
	return -1;
check:
	if (d.y < 1) {
		*why = why_set(_("not a date: '%.*s' (no year 0)"), W(n), s);
		return -1;
	}
	if (d.m < 1 || d.m > 12) {
		*why = why_set(_("not a date: '%.*s' (months go from 1 to 12)"),
		    W(n), s);
		return -1;
	}
	if (d.d < 1 || d.d > days_in_month(d.y, d.m)) {
		*why = why_set(_("not a date: '%.*s' (%04d-%02d has %d days)"),
		    W(n), s, d.y, d.m, days_in_month(d.y, d.m));
		return -1;
	}
	*out = d;
	return 0;
}

/* Write v as n decimal digits at p (v is taken modulo 10^n). */
static char *
put_digits(char *p, long v, int n)
{
	int i;

	if (v < 0)
		v = -v;
	for (i = n - 1; i >= 0; i--, v /= 10)
		p[i] = (char)('0' + v % 10);
	return p + n;
}

char *
lp_date_iso(const struct lp_date *d, char buf[11])
{
	char *p = buf;

	p = put_digits(p, d->y, 4);
	*p++ = '-';
	p = put_digits(p, d->m, 2);
	*p++ = '-';
	p = put_digits(p, d->d, 2);
	*p = '\0';
	return buf;
}

char *
lp_clock_str(int minutes, int sep, char buf[6])
{
	minutes %= 1440;
	if (minutes < 0)
		minutes += 1440;
	put_digits(buf, minutes / 60, 2);
	buf[2] = (char)sep;
	put_digits(buf + 3, minutes % 60, 2);
	buf[5] = '\0';
	return buf;
}

/*
 * Days since 1970-01-01. Count in 400-year eras of 146097 days whose
 * years begin on March 1st, so the leap day falls at the end of a year.
 */
long
lp_date_days(const struct lp_date *d)
{
	long y = d->y - (d->m <= 2), era, yoe, doy, doe;
	long mp = (d->m + 9) % 12;		/* March is 0 */

	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * mp + 2) / 5 + d->d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;	/* 719468: 0000-03-01 */
}

void
lp_days_date(long z, struct lp_date *d)
{
	long era, doe, yoe, doy, mp, y;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d->d = (int)(doy - (153 * mp + 2) / 5 + 1);
	d->m = (int)(mp < 10 ? mp + 3 : mp - 9);
	d->y = (int)(y + (d->m <= 2));
}

int
lp_date_wday(const struct lp_date *d)
{
	long z = lp_date_days(d);

	/* 1970-01-01 was a Thursday (3). */
	return (int)(((z % 7) + 7 + 3) % 7);
}

int
lp_date_cmp(const struct lp_date *a, const struct lp_date *b)
{
	if (a->y != b->y)
		return a->y < b->y ? -1 : 1;
	if (a->m != b->m)
		return a->m < b->m ? -1 : 1;
	if (a->d != b->d)
		return a->d < b->d ? -1 : 1;
	return 0;
}

void
lp_today(struct lp_date *d)
{
	const char *s;
	char *end;
	long long v;
	time_t t;
	struct tm tm;

	s = getenv("SOURCE_DATE_EPOCH");
	if (s != NULL && *s != '\0') {
		errno = 0;
		v = strtoll(s, &end, 10);
		if (errno == 0 && *end == '\0' && v >= 0) {
			/* Floor division keeps this right for any v. */
			lp_days_date((long)(v / 86400), d);
			return;
		}
	}
	t = time(NULL);
	if (localtime_r(&t, &tm) == NULL) {
		lp_days_date((long)(t / 86400), d);
		return;
	}
	d->y = tm.tm_year + 1900;
	d->m = tm.tm_mon + 1;
	d->d = tm.tm_mday;
}

/* The day of the month of the last Sunday of month m in year y. */
static int
last_sunday(int y, int m)
{
	struct lp_date d;

	d.y = y;
	d.m = m;
	d.d = days_in_month(y, m);
	return d.d - (lp_date_wday(&d) + 1) % 7;
}

/*
 * Summer time (UTC+2) runs from 02:00 local on the last Sunday of March
 * (01:00 UTC) to 03:00 local on the last Sunday of October (01:00 UTC).
 * A local time in the hour that does not exist in March counts as
 * summer time; one in the hour that occurs twice in October as its
 * first occurrence, summer time.
 */
int
lp_oslo_offset(const struct lp_date *d, int minutes)
{
	int ls;

	if (d->m < 3 || d->m > 10)
		return 60;
	if (d->m > 3 && d->m < 10)
		return 120;
	if (d->m == 3) {
		ls = last_sunday(d->y, 3);
		if (d->d > ls || (d->d == ls && minutes >= 120))
			return 120;
		return 60;
	}
	ls = last_sunday(d->y, 10);
	if (d->d < ls || (d->d == ls && minutes < 180))
		return 120;
	return 60;
}
