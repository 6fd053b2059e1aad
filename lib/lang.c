/*
 * lang.c - which language: parsing nb/nn/en, the default from the
 * environment, and month and weekday names, long dates and times of
 * day from the catalogs (never from the machine's locales).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lp-private.h"

/* English names; the catalogs hold the bokmål and nynorsk ones. */
static const char *const months[12] = {
	N_("January"), N_("February"), N_("March"), N_("April"), N_("May"),
	N_("June"), N_("July"), N_("August"), N_("September"),
	N_("October"), N_("November"), N_("December"),
};

static const char *const weekdays[7] = {
	N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"),
	N_("Friday"), N_("Saturday"), N_("Sunday"),
};

static int	 lang_of(const char *, size_t, enum lp_lang *);

/* The n bytes at s name one of our languages (any case). */
static int
lang_of(const char *s, size_t n, enum lp_lang *l)
{
	static const struct {
		const char	*name;
		enum lp_lang	 lang;
	} names[] = {
		{ "nb", LP_NB }, { "no", LP_NB }, { "nob", LP_NB },
		{ "nn", LP_NN }, { "nno", LP_NN },
		{ "en", LP_EN }, { "eng", LP_EN },
	};
	char low[4];
	size_t i;

	if (n == 0 || n > 3)
		return -1;
	for (i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)s[i]);
	low[n] = '\0';
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(low, names[i].name) == 0) {
			*l = names[i].lang;
			return 0;
		}
	return -1;
}

int
lp_lang_parse(const char *s, enum lp_lang *l)
{
	if (s == NULL)
		return -1;
	return lang_of(s, strlen(s), l);
}

/*
 * LP_LANG when it names a language; else the first language of
 * LANGUAGE's list that is ours; else the locale the way setlocale(3)
 * reads it: the first of LC_ALL, LC_MESSAGES and LANG that is set and
 * not empty decides, and its language part ("nb" of "nb_NO.UTF-8")
 * counts when it is ours. So LC_ALL=C gives bokmål whatever LANG says.
 */
enum lp_lang
lp_lang_default(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	enum lp_lang l;
	const char *s;
	size_t i;

	if (lp_lang_parse(getenv("LP_LANG"), &l) == 0)
		return l;
	/* LANGUAGE is a list in order of preference: "nn:nb:en". */
	for (s = getenv("LANGUAGE"); s != NULL && *s != '\0';
	    s += strcspn(s, ":"), s += *s == ':') {
		if (lang_of(s, strcspn(s, "_.@-:"), &l) == 0)
			return l;
	}
	for (i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
		s = getenv(vars[i]);
		if (s == NULL || *s == '\0')
			continue;
		if (lang_of(s, strcspn(s, "_.@-"), &l) == 0)
			return l;
		break;
	}
	return LP_NB;
}

const char *
lp_lang_code(enum lp_lang l)
{
	switch (l) {
	case LP_NN:
		return "nn";
	case LP_EN:
		return "en";
	default:
		return "nb";
	}
}

/* A NULL nynorsk or English string falls back to bokmål. */
const char *
lp_tr(enum lp_lang l, const char *nb, const char *nn, const char *en)
{
	if (l == LP_NN && nn != NULL)
		return nn;
	if (l == LP_EN && en != NULL)
		return en;
	return nb;
}

const char *
lp_month_name(enum lp_lang l, int m)
{
	if (m < 1 || m > 12 || (unsigned)l > LP_EN)
		return "?";
	return lp_tr_in(l, months[m - 1]);
}

const char *
lp_weekday_name(enum lp_lang l, int wd)
{
	if (wd < 0 || wd > 6 || (unsigned)l > LP_EN)
		return "?";
	return lp_tr_in(l, weekdays[wd]);
}

char *
lp_date_long(enum lp_lang l, const struct lp_date *d)
{
	/*
	 * TRANSLATORS: a long date: weekday, day of the month, month,
	 * year ("tirsdag 18. april 2023").
	 */
	return lp_xasprintf(lp_ptr_in(l, "long date", "%1$s %2$d %3$s %4$d"),
	    lp_weekday_name(l, lp_date_wday(d)), d->d,
	    lp_month_name(l, d->m), d->y);
}

char *
lp_clock_long(enum lp_lang l, int minutes, char buf[16])
{
	char c[6];

	/* TRANSLATORS: a time of day, "kl. %s"; %s is 08.30. */
	snprintf(buf, 16, lp_ptr_in(l, "time of day", "%s"),
	    lp_clock_str(minutes, l == LP_EN ? ':' : '.', c));
	return buf;
}
