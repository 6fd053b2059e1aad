/*
 * lp-private.h - what only lib/ and its unit tests use. Tools include
 * lp.h alone; nothing here is part of what they may call.
 */
#ifndef LP_PRIVATE_H
#define LP_PRIVATE_H

#include "lp.h"


/*
 * Where the library's warnings go (no position needed, code 0): fn is
 * called with the warning; by default they are dropped. lp_warn() is
 * what lib calls.
 */
void	 lp_set_warn(void (*fn)(struct lp_error *, void *), void *arg);
void	 lp_warn(struct lp_error *);

/* Month 1..12 and weekday 0 (Monday)..6, lower case in nb/nn. */
const char *lp_month_name(enum lp_lang, int);
const char *lp_weekday_name(enum lp_lang, int);

/* The one print stylesheet (A4, large type option via class). */
const char *lp_print_css(void);

#endif /* LP_PRIVATE_H */
