/*
 * plan.c - reading a leader's plan file through the strict YAML loader
 * and checking it against the model: every key known, every behaviour
 * one of the fourteen, every date a date, every log entry with text.
 */
#include <stdlib.h>
#include <string.h>

#include "aksjon.h"

static const char *const plan_keys[] = { "leader", "group", "lang",
	"started", "character", "development", "action", "practice",
	"evidence", "log", NULL };
static const char *const dev_keys[] = { "orientation", "behaviour", "text",
	NULL };
static const char *const practice_keys[] = { "text", "dates", "time",
	"duration", NULL };
static const char *const log_keys[] = { "date", "did", "learned", "next",
	NULL };

static int	 is_empty(const struct lp_ynode *);
static int	 get_text(const struct lp_ynode *, const char *,
		    const char **, struct lp_error *);
static int	 get_dev(struct ak_plan *, const struct lp_ynode *,
		    struct lp_error *);
static int	 get_practice(struct ak_plan *, const struct lp_ynode *,
		    struct lp_error *);
static int	 get_log(struct ak_plan *, const struct lp_ynode *,
		    struct lp_error *);
static int	 date_cmp(const void *, const void *);
static int	 plan_cmp(const void *, const void *);

/* Absent, or written as nothing ("key:" or "key: ''"). */
static int
is_empty(const struct lp_ynode *n)
{
	return n == NULL || (n->type == LP_YSCALAR && n->len == 0);
}

/* An optional text field: "" when absent. */
static int
get_text(const struct lp_ynode *map, const char *key, const char **out,
    struct lp_error *e)
{
	const struct lp_ynode *n = lp_y_get(map, key);

	*out = "";
	if (n == NULL)
		return 0;
	return lp_y_text(n, out, e);
}

static int
get_dev(struct ak_plan *p, const struct lp_ynode *seq, struct lp_error *e)
{
	const struct lp_ynode *it, *on, *bn;
	const char *s, *hint;
	struct ak_dev *d;
	size_t i;
	int o;

	if (is_empty(seq))
		return 0;
	if (lp_y_seq(seq, "development", e) == -1)
		return -1;
	p->dev = lp_xcalloc(seq->n ? seq->n : 1, sizeof(*p->dev));
	for (i = 0; i < seq->n; i++) {
		it = seq->items[i];
		if (lp_y_map(it, _("development point"), dev_keys, e) == -1)
			return -1;
		d = &p->dev[p->ndev];
		d->orient = d->beh = -1;
		if (get_text(it, "text", &d->text, e) == -1)
			return -1;
		bn = lp_y_get(it, "behaviour");
		on = lp_y_get(it, "orientation");
		if (!is_empty(bn)) {
			if (lp_y_text(bn, &s, e) == -1)
				return -1;
			if ((d->beh = ak_beh_parse(s)) == -1) {
				hint = ak_beh_suggest(s);
				if (hint != NULL)
					return lp_y_error(bn, e, _("unknown "
					    "behaviour '%s'; did you mean "
					    "'%s'?"), s, hint);
				return lp_y_error(bn, e, _("unknown behaviour "
				    "'%s': name one of the model's 14, such "
				    "as 'anerkjenne' (see lp-aksjon(1))"), s);
			}
			d->orient = ak_beh_orient(d->beh);
		}
		if (!is_empty(on)) {
			if (lp_y_text(on, &s, e) == -1)
				return -1;
			if ((o = ak_orient_parse(s)) == -1)
				return lp_y_error(on, e, _("unknown "
				    "orientation '%s': write endring, oppgave, "
				    "relasjon or kultur"), s);
			if (d->beh != -1 && o != d->orient)
				return lp_y_error(on, e, _("'%s' belongs to "
				    "%s, not %s"), ak_beh_key(d->beh),
				    ak_orient_key(d->orient), ak_orient_key(o));
			d->orient = o;
		}
		if (d->orient == -1)
			return lp_y_error(it, e, "%s", _("development point "
			    "names neither a behaviour nor an orientation"));
		p->ndev++;
	}
	return 0;
}

static int
date_cmp(const void *a, const void *b)
{
	return lp_date_cmp(a, b);
}

static int
get_practice(struct ak_plan *p, const struct lp_ynode *n, struct lp_error *e)
{
	const struct lp_ynode *dn, *x;
	size_t i;

	p->practice = "";
	p->time = -1;
	if (is_empty(n))
		return 0;
	if (n->type == LP_YSCALAR)
		return lp_y_text(n, &p->practice, e);
	if (lp_y_map(n, "practice", practice_keys, e) == -1 ||
	    get_text(n, "text", &p->practice, e) == -1)
		return -1;
	if ((x = lp_y_get(n, "time")) != NULL && !is_empty(x) &&
	    lp_y_clock(x, &p->time, e) == -1)
		return -1;
	if ((x = lp_y_get(n, "duration")) != NULL && !is_empty(x) &&
	    lp_y_duration(x, &p->duration, e) == -1)
		return -1;
	dn = lp_y_get(n, "dates");
	if (is_empty(dn))
		return 0;
	if (dn->type == LP_YSCALAR) {
		p->dates = lp_xcalloc(1, sizeof(*p->dates));
		if (lp_y_date(dn, &p->dates[0], e) == -1)
			return -1;
		p->ndates = 1;
		return 0;
	}
	if (lp_y_seq(dn, "dates", e) == -1)
		return -1;
	p->dates = lp_xcalloc(dn->n ? dn->n : 1, sizeof(*p->dates));
	for (i = 0; i < dn->n; i++) {
		if (lp_y_date(dn->items[i], &p->dates[i], e) == -1)
			return -1;
		p->ndates++;
	}
	qsort(p->dates, p->ndates, sizeof(*p->dates), date_cmp);
	return 0;
}

static int
get_log(struct ak_plan *p, const struct lp_ynode *seq, struct lp_error *e)
{
	const struct lp_ynode *it, *dn;
	struct ak_log *l;
	size_t i;

	if (is_empty(seq))
		return 0;
	if (lp_y_seq(seq, "log", e) == -1)
		return -1;
	p->log = lp_xcalloc(seq->n ? seq->n : 1, sizeof(*p->log));
	for (i = 0; i < seq->n; i++) {
		it = seq->items[i];
		l = &p->log[i];
		if (lp_y_map(it, _("log entry"), log_keys, e) == -1)
			return -1;
		if ((dn = lp_y_get(it, "date")) == NULL)
			return lp_y_missing(it, "date", _("log entry"), e);
		if (lp_y_date(dn, &l->date, e) == -1 ||
		    get_text(it, "did", &l->did, e) == -1 ||
		    get_text(it, "learned", &l->learned, e) == -1 ||
		    get_text(it, "next", &l->next, e) == -1)
			return -1;
		if (l->did[strspn(l->did, " \t\r\n")] == '\0')
			return lp_y_error(lp_y_get(it, "did") != NULL ?
			    lp_y_get(it, "did") : it, e, "%s", _("log entry "
			    "has no text: write what you did under 'did'"));
		p->nlog++;
	}
	return 0;
}

int
ak_plan_from_doc(struct lp_ydoc *doc, struct ak_plan *p, struct lp_error *e)
{
	const struct lp_ynode *root = doc->root, *n;
	const char *s;

	memset(p, 0, sizeof(*p));
	p->doc = doc;
	p->file = doc->file;
	p->time = -1;
	p->leader = p->group = p->character = p->action = p->practice =
	    p->evidence = "";
	if (root == NULL)
		return lp_error_set(e, LP_EXIT_DATAERR, doc->file, 1, 1, "%s",
		    _("the plan is empty: start one with 'lp-aksjon new'"));
	if (lp_y_map(root, _("plan"), plan_keys, e) == -1)
		return -1;
	if ((n = lp_y_get(root, "leader")) == NULL)
		return lp_y_missing(root, "leader", _("plan"), e);
	if (lp_y_text(n, &p->leader, e) == -1)
		return -1;
	p->leaderline = n->line;
	p->leadercol = n->col;
	if (p->leader[strspn(p->leader, " \t")] == '\0')
		return lp_y_error(n, e, "%s", _("the leader's name is empty"));
	if ((n = lp_y_get(root, "group")) != NULL) {
		p->groupline = n->line;
		p->groupcol = n->col;
	}
	if (get_text(root, "group", &p->group, e) == -1 ||
	    get_text(root, "character", &p->character, e) == -1 ||
	    get_text(root, "action", &p->action, e) == -1 ||
	    get_text(root, "evidence", &p->evidence, e) == -1)
		return -1;
	if ((n = lp_y_get(root, "lang")) != NULL && !is_empty(n)) {
		if (lp_y_text(n, &s, e) == -1)
			return -1;
		if (lp_lang_parse(s, &p->lang) == -1)
			return lp_y_error(n, e, _("unknown language '%s': "
			    "write nb, nn or en"), s);
		p->haslang = 1;
	}
	if ((n = lp_y_get(root, "started")) != NULL && !is_empty(n)) {
		if (lp_y_date(n, &p->started, e) == -1)
			return -1;
		p->hasstarted = 1;
	}
	if (get_dev(p, lp_y_get(root, "development"), e) == -1 ||
	    get_practice(p, lp_y_get(root, "practice"), e) == -1 ||
	    get_log(p, lp_y_get(root, "log"), e) == -1)
		return -1;
	return 0;
}

struct ak_plan *
ak_plan_load(const char *path, struct lp_error *e)
{
	struct lp_ydoc *doc;
	struct ak_plan *p;

	if ((doc = lp_yaml_load_file(path, e)) == NULL)
		return NULL;
	p = lp_xcalloc(1, sizeof(*p));
	if (ak_plan_from_doc(doc, p, e) == -1) {
		ak_plan_free(p);
		return NULL;
	}
	return p;
}

void
ak_plan_clear(struct ak_plan *p)
{
	free(p->dev);
	free(p->dates);
	free(p->log);
	p->dev = NULL;
	p->dates = NULL;
	p->log = NULL;
	p->ndev = p->ndates = p->nlog = 0;
}

void
ak_plan_free(struct ak_plan *p)
{
	if (p == NULL)
		return;
	ak_plan_clear(p);
	lp_ydoc_free(p->doc);
	free(p);
}

const struct ak_log *
ak_plan_last(const struct ak_plan *p)
{
	const struct ak_log *best = NULL;
	size_t i;

	for (i = 0; i < p->nlog; i++)
		if (best == NULL || lp_date_cmp(&p->log[i].date,
		    &best->date) >= 0)
			best = &p->log[i];
	return best;
}

int
ak_plan_focus(const struct ak_plan *p)
{
	size_t count[AK_NORIENT] = { 0 };
	size_t i;
	int best = -1;

	for (i = 0; i < p->ndev; i++)
		count[p->dev[i].orient]++;
	/* The most named; on a tie the one named first. */
	for (i = 0; i < p->ndev; i++) {
		int o = p->dev[i].orient;
		if (best == -1 || count[o] > count[best])
			best = o;
	}
	return best;
}

struct ak_plan **
ak_plans_load(int argc, char **argv, size_t *np, int *bad)
{
	struct ak_plan **v;
	struct lp_error e;
	int i;

	v = lp_xcalloc((size_t)argc + 1, sizeof(*v));
	*np = 0;
	for (i = 0; i < argc; i++) {
		if ((v[*np] = ak_plan_load(argv[i], &e)) == NULL) {
			lp_warnerr(&e);
			if (*bad == 0 || e.code == LP_EXIT_DATAERR)
				*bad = e.code;
			continue;
		}
		(*np)++;
	}
	return v;
}

void
ak_plans_free(struct ak_plan **v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++)
		ak_plan_free(v[i]);
	free(v);
}

static int
plan_cmp(const void *a, const void *b)
{
	const struct ak_plan *pa = *(const struct ak_plan *const *)a;
	const struct ak_plan *pb = *(const struct ak_plan *const *)b;
	int c;

	if ((c = lp_collate(pa->group, pb->group)) != 0)
		return c;
	if ((c = lp_collate(pa->leader, pb->leader)) != 0)
		return c;
	return strcmp(pa->file, pb->file);
}

void
ak_plans_sort(struct ak_plan **v, size_t n)
{
	qsort(v, n, sizeof(*v), plan_cmp);
}

int
ak_date_opt(const char *opt, const char *arg, struct lp_date *d)
{
	const char *why = "";

	if (lp_parse_date(arg, d, &why) == -1) {
		lp_warnx("%s: '%s': %s", opt, arg, why);
		return -1;
	}
	return 0;
}

/*
 * --excel is CSV for Excel: it chooses -f csv, and is a usage error
 * beside another -f.
 */
int
ak_excel_fmt(const char *cmd, int excel, int fmtset, enum lp_fmt *fmt)
{
	if (!excel)
		return 0;
	if (fmtset && *fmt != LP_F_CSV) {
		lp_warnx(_("%s: --excel writes CSV; leave out -f or give -f "
		    "csv"), cmd);
		return -1;
	}
	*fmt = LP_F_CSV;
	return 0;
}
