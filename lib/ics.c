/*
 * ics.c - an RFC 5545 (iCalendar) writer: CRLF line ends, lines folded
 * at 75 octets without splitting a UTF-8 character, text escaped,
 * local times in Europe/Oslo with its VTIMEZONE (or UTC), stable UIDs
 * and a reproducible DTSTAMP.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lp.h"

#define ICS_LINE	75	/* octets per line, CRLF not counted */
#define OSLO		"Europe/Oslo"

struct lp_ics {
	FILE		*fp;
	int		 utc;
	char		 stamp[32];	/* DTSTAMP value */
	struct lp_buf	 b;		/* scratch for escaped text */
};

static void	 set_stamp(struct lp_ics *);
static void	 put_time(struct lp_ics *, const char *,
		    const struct lp_date *, int);
static void	 put_text(struct lp_ics *, const char *, const char *);

/* DTSTAMP: SOURCE_DATE_EPOCH when set (reproducible output), else now. */
static void
set_stamp(struct lp_ics *ics)
{
	struct lp_date d;
	const char *s;
	char *end;
	long long v = -1;
	long secs;

	s = getenv("SOURCE_DATE_EPOCH");
	if (s != NULL && *s != '\0') {
		errno = 0;
		v = strtoll(s, &end, 10);
		if (errno != 0 || *end != '\0')
			v = -1;
	}
	if (v < 0)
		v = (long long)time(NULL);
	lp_days_date((long)(v / 86400), &d);
	secs = (long)(v % 86400);
	snprintf(ics->stamp, sizeof(ics->stamp),
	    "%04d%02d%02dT%02ld%02ld%02ldZ", d.y % 10000, d.m, d.d,
	    secs / 3600, secs / 60 % 60, secs % 60);
}

struct lp_ics *
lp_ics_new(FILE *fp, const char *calname, int utc)
{
	static const char *const vtimezone[] = {
		"BEGIN:VTIMEZONE",
		"TZID:" OSLO,
		"X-LIC-LOCATION:" OSLO,
		"BEGIN:DAYLIGHT",
		"TZOFFSETFROM:+0100",
		"TZOFFSETTO:+0200",
		"TZNAME:CEST",
		"DTSTART:19700329T020000",
		"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
		"END:DAYLIGHT",
		"BEGIN:STANDARD",
		"TZOFFSETFROM:+0200",
		"TZOFFSETTO:+0100",
		"TZNAME:CET",
		"DTSTART:19701025T030000",
		"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
		"END:STANDARD",
		"END:VTIMEZONE",
	};
	struct lp_ics *ics;
	size_t i;

	ics = lp_xcalloc(1, sizeof(*ics));
	ics->fp = fp;
	ics->utc = utc;
	set_stamp(ics);
	lp_ics_line(ics, "BEGIN", "VCALENDAR");
	lp_ics_line(ics, "VERSION", "2.0");
	lp_ics_line(ics, "PRODID", "-//lp//lp " LP_VERSION "//NB");
	lp_ics_line(ics, "CALSCALE", "GREGORIAN");
	lp_ics_line(ics, "METHOD", "PUBLISH");
	if (calname != NULL)
		put_text(ics, "X-WR-CALNAME", calname);
	if (!utc) {
		lp_ics_line(ics, "X-WR-TIMEZONE", OSLO);
		for (i = 0; i < sizeof(vtimezone) / sizeof(vtimezone[0]); i++)
			fprintf(fp, "%s\r\n", vtimezone[i]);
	}
	return ics;
}

/* Escape text and write it as one property. */
static void
put_text(struct lp_ics *ics, const char *name, const char *text)
{
	lp_buf_reset(&ics->b);
	lp_ics_escape(&ics->b, text);
	lp_ics_line(ics, name, ics->b.s != NULL ? ics->b.s : "");
}

/*
 * A local date and time (minutes may pass 1440 into the next day) as
 * DTSTART or DTEND, in Europe/Oslo or converted to UTC.
 */
static void
put_time(struct lp_ics *ics, const char *name, const struct lp_date *date,
    int minutes)
{
	struct lp_date d;
	char p[64], v[32];
	long days;

	days = lp_date_days(date) + minutes / 1440;
	minutes %= 1440;
	lp_days_date(days, &d);
	if (ics->utc) {
		minutes -= lp_oslo_offset(&d, minutes);
		if (minutes < 0) {
			minutes += 1440;
			lp_days_date(days - 1, &d);
		}
		snprintf(v, sizeof(v), "%04d%02d%02dT%02d%02d00Z",
		    d.y % 10000, d.m, d.d, minutes / 60, minutes % 60);
		lp_ics_line(ics, name, v);
	} else {
		snprintf(p, sizeof(p), "%s;TZID=" OSLO, name);
		snprintf(v, sizeof(v), "%04d%02d%02dT%02d%02d00",
		    d.y % 10000, d.m, d.d, minutes / 60, minutes % 60);
		lp_ics_line(ics, p, v);
	}
}

void
lp_ics_event(struct lp_ics *ics, const struct lp_ics_event *ev)
{
	struct lp_date next;
	char v[16];
	int end;

	lp_ics_line(ics, "BEGIN", "VEVENT");
	lp_ics_line(ics, "UID", ev->uid);
	lp_ics_line(ics, "DTSTAMP", ics->stamp);
	if (ev->allday) {
		snprintf(v, sizeof(v), "%04d%02d%02d", ev->date.y % 10000,
		    ev->date.m, ev->date.d);
		lp_ics_line(ics, "DTSTART;VALUE=DATE", v);
		lp_days_date(lp_date_days(&ev->date) + 1, &next);
		snprintf(v, sizeof(v), "%04d%02d%02d", next.y % 10000,
		    next.m, next.d);
		lp_ics_line(ics, "DTEND;VALUE=DATE", v);
	} else {
		/* An end before the start is on the next day. */
		end = ev->end < ev->start ? ev->end + 1440 : ev->end;
		put_time(ics, "DTSTART", &ev->date, ev->start);
		put_time(ics, "DTEND", &ev->date, end);
	}
	put_text(ics, "SUMMARY", ev->summary != NULL ? ev->summary : "");
	if (ev->description != NULL)
		put_text(ics, "DESCRIPTION", ev->description);
	if (ev->location != NULL)
		put_text(ics, "LOCATION", ev->location);
	lp_ics_line(ics, "STATUS", ev->tentative ? "TENTATIVE" : "CONFIRMED");
	snprintf(v, sizeof(v), "%d", ev->sequence < 0 ? 0 : ev->sequence);
	lp_ics_line(ics, "SEQUENCE", v);
	lp_ics_line(ics, "END", "VEVENT");
}

/*
 * "name:value", folded: a line holds at most 75 octets, a continuation
 * line starts with one space (counted in its 75), and a break never
 * falls before a UTF-8 continuation byte.
 */
void
lp_ics_line(struct lp_ics *ics, const char *name, const char *value)
{
	size_t nlen = strlen(name), vlen = strlen(value), len, pos, room, k;
	char *line;

	len = nlen + 1 + vlen;
	line = lp_xmalloc(len + 1);
	memcpy(line, name, nlen);
	line[nlen] = ':';
	memcpy(line + nlen + 1, value, vlen + 1);
	for (pos = 0, room = ICS_LINE; len - pos > room; room = ICS_LINE - 1) {
		k = room;
		while (k > 1 && ((unsigned char)line[pos + k] & 0xc0) == 0x80)
			k--;
		if (pos > 0)
			fputc(' ', ics->fp);
		fwrite(line + pos, 1, k, ics->fp);
		fputs("\r\n", ics->fp);
		pos += k;
	}
	if (pos > 0)
		fputc(' ', ics->fp);
	fwrite(line + pos, 1, len - pos, ics->fp);
	fputs("\r\n", ics->fp);
	free(line);
}

int
lp_ics_close(struct lp_ics *ics, struct lp_error *e)
{
	int rc = 0;

	if (ics == NULL)
		return 0;
	lp_ics_line(ics, "END", "VCALENDAR");
	errno = 0;
	if (fflush(ics->fp) != 0 || ferror(ics->fp))
		rc = lp_error_set(e, LP_EXIT_IOERR, NULL, 0, 0,
		    _("cannot write the calendar: %s"),
		    strerror(errno ? errno : EIO));
	lp_buf_free(&ics->b);
	free(ics);
	return rc;
}

/* FNV-1a, 64 bits, of the parts joined by the unit separator 0x1f. */
char *
lp_ics_uid(char buf[64], const char *a, const char *b, const char *c)
{
	const char *parts[3] = { a, b, c };
	const unsigned char *p;
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t i;

	for (i = 0; i < 3; i++) {
		if (i > 0) {
			h ^= 0x1f;
			h *= 0x100000001b3ULL;
		}
		for (p = (const unsigned char *)(parts[i] != NULL ?
		    parts[i] : ""); *p != '\0'; p++) {
			h ^= *p;
			h *= 0x100000001b3ULL;
		}
	}
	snprintf(buf, 64, "lp-%016llx@lp", (unsigned long long)h);
	return buf;
}

/*
 * TEXT escaping: backslash, semicolon and comma get a backslash, a line
 * break (LF, CRLF or CR) becomes \n, and other control characters,
 * which TEXT may not hold, are dropped. Tabs stay.
 */
void
lp_ics_escape(struct lp_buf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '\\':
		case ';':
		case ',':
			lp_buf_putc(b, '\\');
			lp_buf_putc(b, *s);
			break;
		case '\r':
			if (s[1] == '\n')
				s++;
			/* FALLTHROUGH */
		case '\n':
			lp_buf_puts(b, "\\n");
			break;
		default:
			if (((unsigned char)*s < 0x20 && *s != '\t') ||
			    *s == 0x7f)
				break;
			lp_buf_putc(b, *s);
		}
	}
	if (b->s == NULL)
		lp_buf_add(b, "", 0);
}
