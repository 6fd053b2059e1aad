/*
 * reflow.c - the day ran late: the item running at --from takes the
 * delay, flexible items after it give their time back, pinned items
 * stay where they are while the time can be found, and whatever no
 * longer fits is said on standard error.
 *
 * The new file is the old one with only the changed values rewritten
 * in place (by their byte ranges), so comments and layout survive.
 */
#include <getopt.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "agenda.h"

struct edit {
	size_t	 start, end;
	size_t	 seq;		/* in the order added */
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
	es->e[es->n].seq = es->n;
	es->n++;
}

static int
edit_cmp(const void *a, const void *b)
{
	const struct edit	*x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->seq != y->seq)
		return x->seq < y->seq ? -1 : 1;
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
		return lp_y_error(it->node, e, _("cannot add a duration to "
		    "'%s'; give it one"), it->title);
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

/*
 * The day as it is being reflowed: every item's duration and pinned
 * time (-1 when none), and every phase's duration (those of item i at
 * pd + po[i]).
 */
struct flow {
	struct ag_day	*d;
	int		*dur, *at, *pd;
	size_t		*po;
};

/* The least a phase, or a flexible item without phases, gives up to. */
static int
least(int m)
{
	return m < 5 ? m : 5;
}

/*
 * Take up to need minutes from a flexible item: from the time its
 * phases leave free first, then from its phases, the last first, each
 * down to 5 minutes. Returns what it took.
 */
static int
give(struct flow *f, size_t i, int need)
{
	const struct ag_item	*it = &f->d->it[i];
	int			*pd = f->pd + f->po[i], sum = 0, take, got;
	size_t			 j;

	if (it->nph == 0) {
		take = f->dur[i] - least(it->dur);
		take = take < need ? take : need;
		take = take > 0 ? take : 0;
		f->dur[i] -= take;
		return take;
	}
	for (j = 0; j < it->nph; j++)
		sum += pd[j];
	take = f->dur[i] - sum;
	take = take < need ? take : need;
	take = take > 0 ? take : 0;
	got = take;
	for (j = it->nph; j-- > 0 && got < need;) {
		take = pd[j] - least(it->ph[j].dur);
		take = take < need - got ? take : need - got;
		if (take <= 0)
			continue;
		pd[j] -= take;
		got += take;
		say(it->ph[j].durn != NULL ? it->ph[j].durn : it->ph[j].node,
		    _("phase '%s' of '%s' gives up %d min (now %d min)"),
		    it->ph[j].mode, it->title, take, pd[j]);
	}
	f->dur[i] -= got;
	return got;
}

/*
 * Take up to need minutes from the flexible items in [a, b); a flexible
 * item that has nothing left to give says so.
 */
static int
shrink(struct flow *f, size_t a, size_t b, int need)
{
	const struct ag_item	*it;
	size_t			 i;
	int			 take;

	for (i = a; i < b && need > 0; i++) {
		it = &f->d->it[i];
		if (!it->flex)
			continue;
		if ((take = give(f, i, need)) == 0) {
			if (it->nph > 0)
				say(it->durn != NULL ? it->durn : it->node,
				    _("'%s' is flexible but has nothing left "
				    "to give (%d min, its phases at 5 min or "
				    "less)"), it->title, f->dur[i]);
			else
				say(it->durn != NULL ? it->durn : it->node,
				    _("'%s' is flexible but has nothing left "
				    "to give (%d min)"), it->title, f->dur[i]);
			continue;
		}
		need -= take;
		say(it->durn != NULL ? it->durn : it->node, need > 0 ?
		    _("'%s' gives up %d min (now %d min, all it can)") :
		    _("'%s' gives up %d min (now %d min)"), it->title, take,
		    f->dur[i]);
	}
	return need;
}

/*
 * The item running at from takes the delay, and so does its phase
 * running then, so that the phases after it move with the item's end.
 */
static void
late(struct flow *f, size_t i, int from, int delay)
{
	const struct ag_item	*it = &f->d->it[i];
	size_t			 j;

	f->dur[i] += delay;
	for (j = 0; j < it->nph; j++)
		if (it->ph[j].start < from && from <= it->ph[j].end) {
			f->pd[f->po[i] + j] += delay;
			say(it->ph[j].durn != NULL ? it->ph[j].durn :
			    it->ph[j].node, _("phase '%s' of '%s' takes the "
			    "%d min (now %d min)"), it->ph[j].mode, it->title,
			    delay, f->pd[f->po[i] + j]);
			break;
		}
}

/*
 * From item seg on, with cur the end of the one before: let the time
 * be found before each pinned item, or move it. Returns the end of the
 * day so far and sets *seg past the last pinned item, or -1 when a gap
 * before a pinned item took the rest.
 */
static int
push(struct flow *f, size_t *seg, int cur)
{
	struct ag_day	*d = f->d;
	char		 a[6], b[6];
	size_t		 i, pin;
	int		 over;

	for (;;) {
		for (pin = *seg; pin < d->nit && f->at[pin] < 0; pin++)
			;
		for (i = *seg; i < pin; i++)
			cur += f->dur[i];
		if (pin == d->nit)
			return cur;
		if ((over = cur - f->at[pin]) <= 0)
			return -1;
		if ((over = shrink(f, *seg, pin, over)) > 0) {
			say(d->it[pin].atn, _("'%s' at %s moves to %s: the "
			    "items before it no longer fit"), d->it[pin].title,
			    lp_clock_str(f->at[pin], ':', a),
			    lp_clock_str(f->at[pin] + over, ':', b));
			f->at[pin] += over;
		}
		cur = f->at[pin] + f->dur[pin];
		*seg = pin + 1;
	}
}

/* After the last pinned item: keep the day's end while items can give. */
static int
day_end(struct flow *f, size_t seg, int cur, int delay, struct lp_error *e)
{
	struct ag_day	*d = f->d;
	char		 a[6], b[6];
	int		 target, over;

	target = d->hasend && d->end > d->dayend ? d->end : d->dayend;
	over = shrink(f, seg, d->nit, cur - target);
	cur = target + (over > 0 ? over : 0);
	if (cur >= 24 * 60)
		return lp_y_error(d->node, e, _("with %d min more '%s' runs "
		    "past midnight"), delay, d->title);
	if (d->hasend && cur > d->end)
		say(d->endn, _("the day now ends at %s, %d min past its end "
		    "%s"),
		    lp_clock_str(cur, ':', a), cur - d->end,
		    lp_clock_str(d->end, ':', b));
	else if (!d->hasend && cur > d->dayend)
		say(d->node, _("the day now ends at %s, %d min later"),
		    lp_clock_str(cur, ':', a), cur - d->dayend);
	return 0;
}

/*
 * Template phases without a duration of their own (phases: igp, or
 * - template: igp) get one as an override of the template:
 * {template: igp, P: 20m}, or a key under template:.
 */
static void
set_tmpl(const struct lp_ydoc *doc, const struct lp_ynode *n,
    const struct ag_phase *ph, const int *pd, size_t k, struct edits *es)
{
	const struct lp_ynode	*key = NULL, *val = NULL;
	size_t			 i;
	char			*v;

	if (n->type == LP_YSCALAR)
		edit_add(es, n->start, n->start, lp_xstrdup("{template: "));
	else
		for (i = 0; i < n->n; i++)
			if (strcmp(n->pairs[i].key->str, "template") == 0) {
				key = n->pairs[i].key;
				val = n->pairs[i].val;
			}
	for (i = 0; i < k; i++) {
		if (ph[i].durn != NULL || pd[i] == ph[i].dur)
			continue;
		v = fmt_dur(doc, NULL, pd[i]);
		if (n->type == LP_YSCALAR || doc->src[n->start] == '{')
			edit_add(es, val != NULL ? val->end : n->end,
			    val != NULL ? val->end : n->end,
			    lp_xasprintf(", %s: %s", ph[i].mode, v));
		else
			edit_add(es, val->end, val->end, lp_xasprintf(
			    "\n%*s%s: %s", (int)key->col - 1, "", ph[i].mode,
			    v));
		free(v);
	}
	if (n->type == LP_YSCALAR)
		edit_add(es, n->end, n->end, lp_xstrdup("}"));
}

/* The changed durations of an item's phases, in the file's style. */
static void
set_phases(const struct lp_ydoc *doc, const struct ag_item *it,
    const int *pd, struct edits *es)
{
	const struct ag_phase	*ph = it->ph;
	size_t			 j, k;
	int			 changed;

	for (j = 0; j < it->nph; j += k) {
		/* A run of phases from one template node. */
		changed = 0;
		for (k = 0; j + k < it->nph && (k == 0 ||
		    (ph[j + k].node == ph[j].node && ph[j].durn == NULL)); k++)
			changed |= pd[j + k] != ph[j + k].dur &&
			    ph[j + k].durn == NULL;
		if (ph[j].durn != NULL) {
			k = 1;
			if (pd[j] != ph[j].dur)
				edit_add(es, ph[j].durn->start,
				    ph[j].durn->end, fmt_dur(doc,
				    ph[j].durn, pd[j]));
		} else if (changed)
			set_tmpl(doc, ph[j].node, ph + j, pd + j, k, es);
	}
}

/* The sum of item i's phases as reflowed. */
static int
phase_sum(const struct flow *f, size_t i)
{
	size_t	 j;
	int	 sum = 0;

	for (j = 0; j < f->d->it[i].nph; j++)
		sum += f->pd[f->po[i] + j];
	return sum;
}

static int
write_edits(struct flow *f, const struct lp_ydoc *doc, struct edits *es,
    struct lp_error *e)
{
	const struct ag_item	*it;
	size_t			 i;

	for (i = 0; i < f->d->nit; i++) {
		it = &f->d->it[i];
		set_phases(doc, it, f->pd + f->po[i], es);
		/* An item timed by its phases follows them. */
		if (f->dur[i] != it->dur && !(!it->hasdur && it->nph > 0 &&
		    phase_sum(f, i) == f->dur[i]) &&
		    set_dur(doc, it, f->dur[i], es, e) == -1)
			return -1;
		if (it->hasat && f->at[i] != it->at)
			edit_add(es, it->atn->start, it->atn->end,
			    fmt_clock(doc, it->atn, f->at[i]));
	}
	return 0;
}

static int
reflow_day(struct ag_day *d, const struct lp_ydoc *doc, int from, int delay,
    struct edits *es, struct lp_error *e)
{
	struct flow	 f;
	char		 a[6];
	int		 cur, r = 0, i0 = -1;
	size_t		 i, j, seg, np = 0;

	for (i = 0; i < d->nit; i++)
		if (d->it[i].start >= from) {
			i0 = (int)i;
			break;
		}
	if (i0 < 0 || delay == 0) {
		lp_warnx(_("%s: nothing to move after %s"), doc->file,
		    lp_clock_str(from, ':', a));
		return 0;
	}
	f.d = d;
	f.dur = lp_xcalloc(d->nit, sizeof(*f.dur));
	f.at = lp_xcalloc(d->nit, sizeof(*f.at));
	f.po = lp_xcalloc(d->nit, sizeof(*f.po));
	for (i = 0; i < d->nit; i++) {
		f.dur[i] = d->it[i].dur;
		f.at[i] = d->it[i].hasat ? d->it[i].at : -1;
		f.po[i] = np;
		np += d->it[i].nph;
	}
	f.pd = lp_xcalloc(np ? np : 1, sizeof(*f.pd));
	for (i = 0; i < d->nit; i++)
		for (j = 0; j < d->it[i].nph; j++)
			f.pd[f.po[i] + j] = d->it[i].ph[j].dur;
	/* The item running at --from (or the day's start) takes the delay. */
	if (i0 > 0) {
		late(&f, (size_t)i0 - 1, from, delay);
		cur = d->it[i0 - 1].end + delay;
	} else
		cur = d->start + delay;
	seg = (size_t)i0;
	if ((cur = push(&f, &seg, cur)) >= 0)
		r = day_end(&f, seg, cur, delay, e);
	if (r == 0 && i0 == 0)
		edit_add(es, d->startn->start, d->startn->end,
		    fmt_clock(doc, d->startn, d->start + delay));
	if (r == 0)
		r = write_edits(&f, doc, es, e);
	free(f.dur);
	free(f.at);
	free(f.po);
	free(f.pd);
	return r;
}

/*
 * Reflow the day of date in p: *out is the new text of the file that
 * holds it (*file, borrowed from p), checked to read back clean. With
 * tell, say so when that file is not the one named.
 */
static int
reflow_text(struct ag_prog *p, const struct lp_date *date, int from,
    int delay, int tell, char **out, size_t *len, const char **file,
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
	if (d->incn != NULL && tell)
		say(d->incn, _("'%s' is in %s; writing that file"), d->title,
		    doc->file);
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
		say(d->incn, _("'%s' is in %s; changing that file"), d->title,
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
	if (reflow_text(q, date, from, delay, 0, &out, &outlen, &file,
	    e) == -1)
		goto done;
	if (strcmp(file, path) != 0) {
		lp_error_set(e, LP_EXIT_DATAERR, path, 0, 0, _("the day "
		    "moved to %s while we waited; run again"), file);
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
	if (reflow_text(p, date, from, delay, 1, &out, &len, &file,
	    &e) == -1)
		rc = lp_warnerr(&e);
	else
		fwrite(out, 1, len, stdout);
	free(out);
	ag_free(p);
	return rc;
}

int
cmd_reflow(int argc, char **argv)
{
	struct lp_date	 date;
	int		 c, li, from = -1, delay = -1, inplace = 0;
	int		 hasdate = 0;

	for (;;) {
		li = -1;
		if ((c = getopt_long(argc, argv, "hi", ag_longopts,
		    &li)) == -1)
			break;
		switch (c) {
		case 'h':
			ag_usage(stdout);
			return 0;
		case 'i':
			inplace = 1;
			break;
		case AG_O_DATE:
			if (ag_opt_time("--date", optarg, &date, NULL, 0) == -1)
				return LP_EXIT_USAGE;
			hasdate = 1;
			break;
		case AG_O_DELAY:
			if (ag_opt_time("--delay", optarg, NULL, &delay, 1) == -1)
				return LP_EXIT_USAGE;
			break;
		case AG_O_FROM:
			if (ag_opt_time("--from", optarg, NULL, &from, 0) == -1)
				return LP_EXIT_USAGE;
			break;
		default:
			return ag_badopt("reflow", c, li);
		}
	}
	argc -= optind;
	argv += optind;
	if (from < 0 || delay < 0)
		return ag_usage_error("%s",
		    _("reflow needs --from and --delay"));
	if (argc > 1)
		return ag_usage_error("%s", _("reflow takes one file"));
	if (inplace && (argc == 0 || strcmp(argv[0], "-") == 0))
		return ag_usage_error("%s",
		    _("-i needs a file, not standard input"));
	return ag_reflow(argc ? argv[0] : NULL, from, delay, inplace,
	    hasdate ? &date : NULL);
}
