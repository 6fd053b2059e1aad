/*
 * reflow.c - the day ran late: the item running at --from takes the
 * delay, flexible items after it give their time back, pinned items
 * stay where they are while the time can be found, and whatever no
 * longer fits is said on standard error.
 *
 * The new file is the old one with only the changed values rewritten
 * in place (by their byte ranges), so comments and layout survive.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "agenda.h"

struct edit {
	size_t	 start, end;
	char	*text;
};

struct edits {
	struct edit	*e;
	size_t		 n;
};

static void	 edit_add(struct edits *, size_t, size_t, char *);
static int	 edit_cmp(const void *, const void *);
static char	*apply(const char *, size_t, struct edits *, size_t *);
static char	*fmt_dur(const struct lp_ydoc *, const struct lp_ynode *, int);
static char	*fmt_clock(const struct lp_ydoc *, const struct lp_ynode *,
		    int);
static int	 set_dur(const struct lp_ydoc *, const struct ag_item *, int,
		    struct edits *, struct lp_error *);
static void	 say(const struct lp_ynode *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));

static void
say(const struct lp_ynode *n, const char *fmt, ...)
{
	va_list	 ap;
	char	 buf[512];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	lp_warnx("%s:%ld:%ld: %s", n->file, n->line, n->col, buf);
}

static void
edit_add(struct edits *es, size_t start, size_t end, char *text)
{
	es->e = lp_xreallocarray(es->e, es->n + 1, sizeof(*es->e));
	es->e[es->n].start = start;
	es->e[es->n].end = end;
	es->e[es->n].text = text;
	es->n++;
}

static int
edit_cmp(const void *a, const void *b)
{
	const struct edit	*x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return 0;
}

static char *
apply(const char *src, size_t len, struct edits *es, size_t *outlen)
{
	struct lp_buf	 b;
	size_t		 at = 0, i;

	memset(&b, 0, sizeof(b));
	if (es->n > 0)
		qsort(es->e, es->n, sizeof(*es->e), edit_cmp);
	for (i = 0; i < es->n; i++) {
		lp_buf_add(&b, src + at, es->e[i].start - at);
		lp_buf_puts(&b, es->e[i].text);
		at = es->e[i].end;
	}
	lp_buf_add(&b, src + at, len - at);
	*outlen = b.len;
	return lp_buf_take(&b);
}

/* The quote the value was written in, or 0. */
static int
quote_of(const struct lp_ydoc *doc, const struct lp_ynode *n)
{
	int	 c = (unsigned char)doc->src[n->start];

	return c == '"' || c == '\'' ? c : 0;
}

/* A duration in the style the user wrote the old one. */
static char *
fmt_dur(const struct lp_ydoc *doc, const struct lp_ynode *n, int m)
{
	char	 b[16];
	int	 q = n != NULL ? quote_of(doc, n) : 0;

	if (n != NULL && strstr(n->str, "min") != NULL)
		snprintf(b, sizeof(b), "%d min", m);
	else
		ag_dur_str(m, b);
	if (q)
		return lp_xasprintf("%c%s%c", q, b, q);
	return lp_xstrdup(b);
}

static char *
fmt_clock(const struct lp_ydoc *doc, const struct lp_ynode *n, int m)
{
	char	 b[6];
	int	 q = quote_of(doc, n);

	lp_clock_str(m, strchr(n->str, '.') != NULL ? '.' : ':', b);
	if (q)
		return lp_xasprintf("%c%s%c", q, b, q);
	return lp_xstrdup(b);
}

/* Rewrite an item's duration, or add the key after its title. */
static int
set_dur(const struct lp_ydoc *doc, const struct ag_item *it, int m,
    struct edits *es, struct lp_error *e)
{
	const struct lp_ynode	*key = NULL;
	size_t			 i;
	char			*v;

	if (it->durn != NULL) {
		edit_add(es, it->durn->start, it->durn->end,
		    fmt_dur(doc, it->durn, m));
		return 0;
	}
	for (i = 0; i < it->node->n; i++)
		if (it->node->pairs[i].val == it->titlen)
			key = it->node->pairs[i].key;
	if (key == NULL || it->titlen->type != LP_YSCALAR ||
	    it->titlen->end > doc->srclen)
		return lp_y_error(it->node, e, "cannot add a duration to "
		    "'%s'; give it one", it->title);
	v = fmt_dur(doc, NULL, m);
	if (doc->src[it->node->start] == '{')
		edit_add(es, it->titlen->end, it->titlen->end,
		    lp_xasprintf(", duration: %s", v));
	else
		edit_add(es, it->titlen->end, it->titlen->end,
		    lp_xasprintf("\n%*sduration: %s", (int)key->col - 1, "",
		    v));
	free(v);
	return 0;
}

/* The least a flexible item can shrink to. */
static int
flex_min(const struct ag_item *it)
{
	if (it->nph > 0)
		return it->phsum;
	return it->dur < 5 ? it->dur : 5;
}

/* Take up to need minutes from the flexible items in [a, b). */
static int
shrink(struct ag_day *d, int *dur, size_t a, size_t b, int need)
{
	size_t	 i;
	int	 take;

	for (i = a; i < b && need > 0; i++) {
		if (!d->it[i].flex)
			continue;
		take = dur[i] - flex_min(&d->it[i]);
		if (take > need)
			take = need;
		if (take <= 0)
			continue;
		dur[i] -= take;
		need -= take;
		say(d->it[i].durn != NULL ? d->it[i].durn : d->it[i].node,
		    "'%s' gives up %d min (now %d min)", d->it[i].title,
		    take, dur[i]);
	}
	return need;
}

static int
reflow_day(struct ag_day *d, const struct lp_ydoc *doc, int from, int delay,
    struct edits *es, struct lp_error *e)
{
	char		 a[6], b[6];
	int		*dur, *at, cur, over, target, i0 = -1, r = 0;
	size_t		 i, seg, pin;

	for (i = 0; i < d->nit; i++)
		if (d->it[i].start >= from) {
			i0 = (int)i;
			break;
		}
	if (i0 < 0 || delay == 0) {
		lp_warnx("%s: nothing to move after %s", doc->file,
		    lp_clock_str(from, ':', a));
		return 0;
	}
	dur = lp_xcalloc(d->nit, sizeof(*dur));
	at = lp_xcalloc(d->nit, sizeof(*at));
	for (i = 0; i < d->nit; i++) {
		dur[i] = d->it[i].dur;
		at[i] = d->it[i].hasat ? d->it[i].at : -1;
	}
	/* The item running at --from (or the day's start) takes the delay. */
	if (i0 > 0) {
		dur[i0 - 1] += delay;
		cur = d->it[i0 - 1].end + delay;
	} else
		cur = d->start + delay;
	seg = (size_t)i0;
	for (;;) {
		for (pin = seg; pin < d->nit && at[pin] < 0; pin++)
			;
		for (i = seg; i < pin; i++)
			cur += dur[i];
		if (pin == d->nit)
			break;
		over = cur - at[pin];
		if (over <= 0) {
			cur = -1;
			break;
		}
		over = shrink(d, dur, seg, pin, over);
		if (over > 0) {
			say(d->it[pin].atn, "'%s' at %s moves to %s: the "
			    "items before it no longer fit", d->it[pin].title,
			    lp_clock_str(at[pin], ':', a),
			    lp_clock_str(at[pin] + over, ':', b));
			at[pin] += over;
		}
		cur = at[pin] + dur[pin];
		seg = pin + 1;
	}
	if (cur >= 0) {
		target = d->hasend && d->end > d->dayend ? d->end : d->dayend;
		over = shrink(d, dur, seg, d->nit, cur - target);
		cur = target + (over > 0 ? over : 0);
		if (cur >= 24 * 60) {
			r = lp_y_error(d->node, e, "with %d min more '%s' "
			    "runs past midnight", delay, d->title);
			goto out;
		}
		if (d->hasend && cur > d->end)
			say(d->endn, "the day now ends at %s, %d min past "
			    "its end %s", lp_clock_str(cur, ':', a),
			    cur - d->end, lp_clock_str(d->end, ':', b));
		else if (!d->hasend && cur > d->dayend)
			say(d->node, "the day now ends at %s, %d min later",
			    lp_clock_str(cur, ':', a), cur - d->dayend);
	}
	if (i0 == 0)
		edit_add(es, d->startn->start, d->startn->end,
		    fmt_clock(doc, d->startn, d->start + delay));
	for (i = 0; i < d->nit; i++) {
		if (dur[i] != d->it[i].dur &&
		    (r = set_dur(doc, &d->it[i], dur[i], es, e)) == -1)
			goto out;
		if (d->it[i].hasat && at[i] != d->it[i].at)
			edit_add(es, d->it[i].atn->start, d->it[i].atn->end,
			    fmt_clock(doc, d->it[i].atn, at[i]));
	}
out:
	free(dur);
	free(at);
	return r;
}

/*
 * Reflow the day of date in p: *out is the new text of the file that
 * holds it (*file, borrowed from p), checked to read back clean. verb
 * says what becomes of that file when it is not the one named.
 */
static int
reflow_text(struct ag_prog *p, const struct lp_date *date, int from,
    int delay, const char *verb, char **out, size_t *len, const char **file,
    struct lp_error *e)
{
	struct ag_prog	*q;
	struct ag_day	*d;
	struct edits	 es;
	struct lp_ydoc	*doc;
	size_t		 i;
	int		 r = -1;

	memset(&es, 0, sizeof(es));
	*out = NULL;
	if ((d = ag_day_on(p, date, e)) == NULL)
		return -1;
	/*
	 * A programme's gathering is changed where it is written: in the
	 * programme itself, or in the day file it includes, which is then
	 * the file written.
	 */
	doc = ag_day_doc(p, d);
	if (d->incn != NULL && verb != NULL)
		say(d->incn, "'%s' is in %s; %s that file", d->title,
		    doc->file, verb);
	if (reflow_day(d, doc, from, delay, &es, e) == -1)
		goto done;
	*out = apply(doc->src, doc->srclen, &es, len);
	*file = doc->file;
	/* The new text must read back clean, or we wrote something wrong. */
	if ((q = ag_load_mem(*out, *len, doc->file, -1, e)) == NULL)
		goto done;
	if (q->nerrors > 0)
		ag_first_error(q, e);
	else
		r = 0;
	ag_free(q);
done:
	for (i = 0; i < es.n; i++)
		free(es.e[i].text);
	free(es.e);
	if (r == -1) {
		free(*out);
		*out = NULL;
	}
	return r;
}

/* Load a day or a programme; NULL with e set when it holds an error. */
static struct ag_prog *
load_clean(struct ag_prog *p, struct lp_error *e)
{
	if (p != NULL && p->nerrors > 0) {
		ag_first_error(p, e);
		ag_free(p);
		return NULL;
	}
	return p;
}

/* Lock path for an update and read it: its contents in *buf. */
static struct lp_replace *
locked_read(const char *path, char **buf, size_t *len, struct lp_error *e)
{
	struct lp_replace	*rp;

	*buf = NULL;
	if ((rp = lp_replace_open(path, e)) == NULL)
		return NULL;
	if (lp_replace_old(rp) == NULL) {
		lp_error_set(e, LP_EXIT_NOINPUT, path, 0, 0, "%s",
		    strerror(ENOENT));
		lp_replace_abort(rp);
		return NULL;
	}
	if (lp_read_all(lp_replace_old(rp), path, LP_MAX_INPUT, buf, len,
	    e) == -1) {
		lp_replace_abort(rp);
		return NULL;
	}
	return rp;
}

/*
 * In place: the file is read under its lock, so that an update that
 * waited for ours is made to what ours wrote, and none is lost. When
 * the day is in a file the programme includes, that file is locked and
 * read in turn, as a day of its own.
 */
static int
reflow_inplace(const char *path, int from, int delay,
    const struct lp_date *date, struct lp_error *e)
{
	struct lp_replace	*rp;
	struct ag_prog		*q = NULL;
	struct ag_day		*d;
	const char		*file;
	char			*buf, *out = NULL, *inc = NULL;
	size_t			 len, outlen;
	int			 r = -1;

	if ((rp = locked_read(path, &buf, &len, e)) == NULL)
		return -1;
	if ((q = load_clean(ag_load_mem(buf, len, path, -1, e), e)) == NULL ||
	    (d = ag_day_on(q, date, e)) == NULL)
		goto done;
	if (d->incn != NULL) {
		inc = lp_xstrdup(ag_day_doc(q, d)->file);
		say(d->incn, "'%s' is in %s; changing that file", d->title,
		    inc);
		lp_replace_abort(rp);
		ag_free(q);
		free(buf);
		q = NULL;
		if ((rp = locked_read(inc, &buf, &len, e)) == NULL)
			goto done;
		path = inc;
		date = NULL;
		if ((q = load_clean(ag_load_mem(buf, len, path, -1, e),
		    e)) == NULL)
			goto done;
	}
	if (reflow_text(q, date, from, delay, NULL, &out, &outlen, &file,
	    e) == -1)
		goto done;
	if (strcmp(file, path) != 0) {
		lp_error_set(e, LP_EXIT_DATAERR, path, 0, 0, "the day moved "
		    "to %s while we waited; run again", file);
		goto done;
	}
	fwrite(out, 1, outlen, lp_replace_new(rp));
	r = lp_replace_commit(rp, e);
	rp = NULL;
done:
	lp_replace_abort(rp);
	ag_free(q);
	free(out);
	free(buf);
	free(inc);
	return r;
}

int
ag_reflow(const char *path, int from, int delay, int inplace,
    const struct lp_date *date)
{
	struct lp_error		 e;
	struct ag_prog		*p;
	const char		*file;
	char			*out;
	size_t			 len;
	int			 rc = 0;

	memset(&e, 0, sizeof(e));
	if (inplace)
		return reflow_inplace(path, from, delay, date, &e) == -1 ?
		    lp_warnerr(&e) : 0;
	if ((p = load_clean(ag_load(path, -1, &e), &e)) == NULL)
		return lp_warnerr(&e);
	if (reflow_text(p, date, from, delay, "writing", &out, &len, &file,
	    &e) == -1)
		rc = lp_warnerr(&e);
	else
		fwrite(out, 1, len, stdout);
	free(out);
	ag_free(p);
	return rc;
}
