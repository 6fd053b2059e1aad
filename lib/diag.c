/*
 * diag.c - the one module that prints: diagnostics for tools, in the
 * form "lp-poll: svar.csv:12:3: unterminated quote".
 */
#include <stdarg.h>
#include <stdio.h>

#include "lp.h"

extern char	*program_invocation_short_name;

int
lp_warnerr(struct lp_error *e)
{
	fprintf(stderr, "%s: %s\n", program_invocation_short_name,
	    lp_error_str(e));
	return e->code;
}

void
lp_warnx(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", program_invocation_short_name);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}
