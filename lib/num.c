/*
 * num.c - numbers as people read them: one rounding rule for every
 * output (half away from zero on the decimal value, so a mean of 2.25
 * reads 2.3 in text, CSV and SVG alike), a decimal comma for bokmål
 * and nynorsk, and a space before the per cent sign as SI writes it,
 * a no-break one in Norwegian so that a line never ends at "7,5".
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lp-private.h"

#define NBSP	"\xc2\xa0"

/*
 * v * 10^decimals rounded half away from zero. A nudge of a few units
 * in the last place makes 0.15 (stored as 0.1499999...) round as
 * written.
 */
static double
scaled(double v, int decimals)
{
	double t = v * pow(10, decimals), a = fabs(t);

	/* Past 10^12 there is no room for a nudge below one half. */
	return copysign(floor(a + 0.5 + (a < 1e12 ? a * 8 * DBL_EPSILON : 0)),
	    t);
}

double
lp_round(double v, int decimals)
{
	if (!isfinite(v))
		return v;
	return scaled(v, decimals) / pow(10, decimals);
}

char *
lp_fmtnum(char *buf, size_t len, double v, int decimals, int comma)
{
	double t, p;
	long long q;
	char *dot;

	if (decimals < 0)
		decimals = 0;
	if (decimals > 15)
		decimals = 15;
	if (!isfinite(v))
		v = 0;
	t = scaled(v, decimals);
	p = pow(10, decimals);
	if (fabs(t) < 9e15) {
		q = (long long)fabs(t);
		if (decimals == 0)
			snprintf(buf, len, "%s%lld", t < 0 && q != 0 ? "-" :
			    "", q);
		else
			snprintf(buf, len, "%s%lld.%0*lld", t < 0 && q != 0 ?
			    "-" : "", q / (long long)p, decimals,
			    q % (long long)p);
	} else
		snprintf(buf, len, "%.*f", decimals, v);
	if (comma && (dot = strchr(buf, '.')) != NULL)
		*dot = ',';
	return buf;
}

int
lp_lang_comma(enum lp_lang l)
{
	return l != LP_EN;
}

char *
lp_fmtpct(char *buf, size_t len, double pct, int decimals, enum lp_lang l)
{
	size_t n;

	lp_fmtnum(buf, len, pct, decimals, lp_lang_comma(l));
	n = strlen(buf);
	snprintf(buf + n, len - n, "%s%%", l == LP_EN ? " " : NBSP);
	return buf;
}
