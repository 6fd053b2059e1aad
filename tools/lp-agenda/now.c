/*
 * now.c - the timekeeper's view: what runs now, how many minutes are
 * left, and what comes next, phase by phase inside an exercise.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "agenda.h"

static void	 out(FILE *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));

/*
 * Everything now prints goes through here: titles and notes are the
 * user's text, and an ESC from a "\e" in the YAML must reach the
 * timekeeper's terminal as ^[, not as an escape sequence.
 */
static void
out(FILE *fp, const char *fmt, ...)
{
	va_list	 ap;
	char	 buf[1024], *s = buf;
	int	 n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n >= (int)sizeof(buf)) {
		s = lp_xmalloc((size_t)n + 1);
		va_start(ap, fmt);
		vsnprintf(s, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	lp_text_esc(fp, n >= 0 ? s : "");
	if (s != buf)
		free(s);
}

static void
phase_line(FILE *fp, enum lp_lang l, const char *label,
    const struct ag_phase *ph)
{
	char	 r[16], *t;

	t = ag_phase_title(ph);
	out(fp, "  %s: %s", label, t);
	free(t);
	out(fp, " (%s, %d min)\n", ag_range(l, ph->start, ph->end, r),
	    ph->dur);
}

static void
next_line(FILE *fp, enum lp_lang l, const struct ag_item *it, int at)
{
	char	 c[16];

	out(fp, "%s: %s %s (%d min)", lp_tr_in(l, "Next"),
	    lp_clock_long(l, it->start, c), it->title, it->dur);
	if (it->start > at)
		out(fp, lp_tr_in(l, ", in %d min"), it->start - at);
	out(fp, "\n");
}

static int
now_day(const struct ag_day *d, int at, FILE *fp)
{
	const struct ag_item	*it, *nx;
	const struct ag_phase	*ph;
	enum lp_lang		 l = d->lang;
	char			 c[16], r[16];
	size_t			 i, j;

	out(fp, "%s  %s\n", lp_clock_long(l, at, c), d->title);
	if (d->nit == 0)
		return 0;
	if (at < d->it[0].start) {
		out(fp, lp_tr_in(l, "The day starts in %d min.\n"),
		    d->it[0].start - at);
		next_line(fp, l, &d->it[0], at);
		return 0;
	}
	for (i = 0; i < d->nit; i++) {
		it = &d->it[i];
		if (at >= it->start && at < it->end)
			break;
	}
	if (i == d->nit) {
		for (i = 0; i < d->nit && d->it[i].start <= at; i++)
			;
		if (i == d->nit) {
			out(fp, lp_tr_in(l, "The day is over (%s).\n"),
			    lp_clock_long(l, d->dayend, c));
			return 0;
		}
		out(fp, "%s", lp_tr_in(l, "Nothing on the programme now.\n"));
		next_line(fp, l, &d->it[i], at);
		return 0;
	}
	it = &d->it[i];
	out(fp, "%s: %s (%s)", lp_tr_in(l, "Now"), it->title,
	    ag_range(l, it->start, it->end, r));
	if (it->by != NULL)
		out(fp, lp_tr_in(l, ", by %s"), it->by);
	out(fp, "\n");
	out(fp, lp_tr_in(l, "%d min left\n"), it->end - at);
	if (it->notes != NULL)
		out(fp, "%s: %s\n", lp_tr_in(l, "Note"),
		    it->notes);
	for (j = 0; j < it->nph; j++) {
		ph = &it->ph[j];
		if (at >= ph->start && at < ph->end) {
			phase_line(fp, l, lp_tr_in(l, "Phase"),
			    ph);
			out(fp, lp_tr_in(l, "  %d min left in the phase\n"),
			    ph->end - at);
			if (j + 1 < it->nph)
				phase_line(fp, l, lp_tr_in(l, "Next phase"),
				    &it->ph[j + 1]);
			break;
		}
		if (at < ph->start) {
			phase_line(fp, l, lp_tr_in(l, "Next phase"), ph);
			break;
		}
	}
	nx = i + 1 < d->nit ? &d->it[i + 1] : NULL;
	if (nx != NULL)
		next_line(fp, l, nx, at);
	else
		out(fp, lp_tr_in(l, "The day ends at %s.\n"),
		    lp_clock_long(l, d->dayend, c));
	return 0;
}

/*
 * A day file looked at by the clock on another day: say which day it
 * is and how it starts, not what the clock would find on it.
 */
static void
other_day(const struct ag_day *d, const struct lp_date *today, FILE *fp)
{
	enum lp_lang	 l = d->lang;
	char		*a, *b, c[16];

	a = lp_date_long(l, &d->date);
	b = lp_date_long(l, today);
	out(fp, lp_tr_in(l, "%s is on %s, not today (%s).\n"), d->title, a,
	    b);
	free(a);
	free(b);
	if (d->nit > 0)
		out(fp, "%s: %s %s (%d min)\n", lp_tr_in(l, "First"),
		    lp_clock_long(l, d->it[0].start, c),
		    d->it[0].title, d->it[0].dur);
}

int
ag_now(struct ag_prog *p, int at, const struct lp_date *date, FILE *fp)
{
	struct lp_error	 e;
	struct ag_day	*d;
	struct lp_date	 today;
	struct tm	*tm;
	time_t		 t;

	memset(&e, 0, sizeof(e));
	if ((d = ag_day_on(p, date, &e)) == NULL)
		return lp_warnerr(&e);
	if (at >= 0)
		return now_day(d, at, fp);
	lp_today(&today);
	if (date == NULL && d->hasdate && lp_date_cmp(&d->date, &today) != 0) {
		other_day(d, &today, fp);
		return 0;
	}
	t = time(NULL);
	tm = localtime(&t);
	return now_day(d, tm != NULL ? tm->tm_hour * 60 + tm->tm_min : 0, fp);
}

int
cmd_now(int argc, char **argv)
{
	struct ag_prog	*p;
	struct lp_date	 date;
	int		 c, li, at = -1, rc, hasdate = 0, watch = 0;

	for (;;) {
		li = -1;
		if ((c = getopt_long(argc, argv, "h", ag_longopts,
		    &li)) == -1)
			break;
		switch (c) {
		case 'h':
			ag_usage(stdout);
			return 0;
		case AG_O_DATE:
			if (ag_opt_time("--date", optarg, &date, NULL, 0) == -1)
				return LP_EXIT_USAGE;
			hasdate = 1;
			break;
		case AG_O_WATCH:
			watch = 1;
			break;
		case AG_O_TIME:
			if (ag_opt_time("--time", optarg, NULL, &at, 0) == -1)
				return LP_EXIT_USAGE;
			break;
		default:
			return ag_badopt("now", c, li);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 1)
		return ag_usage_error("%s", _("now takes one file"));
	if ((rc = ag_load_ok(argc ? argv[0] : NULL, -1, &p)) != 0)
		return rc;
	rc = watch ? ag_watch(p, at, hasdate ? &date : NULL) :
	    ag_now(p, at, hasdate ? &date : NULL, stdout);
	ag_free(p);
	return rc;
}
