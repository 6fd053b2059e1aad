/*
 * load.c - read a day or a programme from YAML, expand the phase
 * templates, compute every start and end, and collect the findings
 * that check reports (the errors among them stop every other command).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "agenda.h"

struct ag_tphase {
	const char	*mode;
	int		 dur;
	const char	*nb, *nn, *en;
};

struct ag_tmpl {
	const char		*name;
	const struct ag_tphase	*ph;
	size_t			 nph;
};

static const struct ag_tphase igp[] = {
	{ "I", 3, "Individuell refleksjon", "Individuell refleksjon",
	    "Individual reflection" },
	{ "G", 15, "Runde i gruppa (rekkefremlegg)",
	    "Runde i gruppa (rekkjefremlegg)",
	    "Round in the group, each in turn" },
	{ "P", 10, "Plenum", "Plenum", "Plenary" },
};

static const struct ag_tphase kv[] = {
	{ "case", 5, "Sakseier legger fram saken", "Sakseigar legg fram saka",
	    "The case owner presents the problem" },
	{ "questions", 10, "Spørsmål fra gruppa", "Spørsmål frå gruppa",
	    "Questions from the group" },
	{ "reflection", 15, "Gruppa reflekterer, sakseier lytter",
	    "Gruppa reflekterer, sakseigar lyttar",
	    "The group reflects, the case owner listens" },
	{ "advice", 10, "Råd og innspill", "Råd og innspel",
	    "Advice" },
	{ "close", 5, "Sakseier oppsummerer", "Sakseigar oppsummerer",
	    "The case owner sums up" },
};

static const struct ag_tmpl tmpls[] = {
	{ "igp", igp, sizeof(igp) / sizeof(igp[0]) },
	{ "kollegaveiledning", kv, sizeof(kv) / sizeof(kv[0]) },
};
static const char *const tmplnames[] = { "igp", "kollegaveiledning", NULL };

static const char *const daykeys[] = { "title", "date", "place", "start",
	"end", "lang", "items", NULL };
static const char *const itemkeys[] = { "title", "break", "duration", "at",
	"by", "points", "notes", "phases", "flex", "start", "end", NULL };
static const char *const phasekeys[] = { "mode", "text", "duration",
	"start", "end", NULL };
static const char *const progkeys[] = { "programme", "organisation",
	"timezone", "lang", "gatherings", "network", NULL };
static const char *const netkeys[] = { "slots", "meetings", NULL };
static const char *const meetkeys[] = { "group", "date", "slot", "status",
	NULL };
static const char *const inclkeys[] = { "include", NULL };
static const char *const statuses[] = { "confirmed", "proposed", NULL };

static void	 find(struct ag_prog *, int, const struct lp_ynode *,
		    const char *, ...) __attribute__((format(printf, 4, 5)));
static int	 opt_text(const struct lp_ynode *, const char *,
		    const char **, struct lp_error *);
static const struct ag_tmpl *tmpl_find(const char *);
static const char *tp_text(const struct ag_tphase *, enum lp_lang);
static int	 load_phases(struct ag_item *, const struct lp_ynode *,
		    enum lp_lang, struct lp_error *);
static int	 load_item(struct ag_item *, const struct lp_ynode *,
		    enum lp_lang, struct lp_error *);
static int	 load_day(struct ag_prog *, struct ag_day *,
		    const struct lp_ynode *, int, int, struct lp_error *);
static void	 compute(struct ag_prog *, struct ag_day *);
static int	 load_prog(struct ag_prog *, const struct lp_ynode *, int,
		    struct lp_error *);
static int	 load_slots(struct ag_prog *, const struct lp_ynode *,
		    struct lp_error *);
static int	 load_meetings(struct ag_prog *, const struct lp_ynode *,
		    struct lp_error *);
static void	 check_meetings(struct ag_prog *);
static struct ag_prog *load_doc(struct lp_ydoc *, int, struct lp_error *);
static void	 add_doc(struct ag_prog *, struct lp_ydoc *);
static int	 is_day(const struct lp_ynode *);
static struct lp_ydoc *load_include(struct ag_prog *, const struct lp_ynode *,
		    const char *, size_t *, struct lp_error *);

char *
ag_clock(enum lp_lang lang, int m, char buf[6])
{
	if (m < 0)
		m = 0;
	if (m > 1439)
		m = 1439;
	return lp_clock_str(m, lang == LP_EN ? ':' : '.', buf);
}

char *
ag_range(enum lp_lang lang, int a, int b, char buf[16])
{
	char	 x[6], y[6];

	snprintf(buf, 16, "%s\u2013%s", ag_clock(lang, a, x),
	    ag_clock(lang, b, y));
	return buf;
}

/* A duration as the day file writes it: "45m", "1h30m". */
char *
ag_dur_str(int m, char buf[16])
{
	if (m >= 60 && m % 60 == 0)
		snprintf(buf, 16, "%dh", m / 60);
	else if (m >= 60)
		snprintf(buf, 16, "%dh%dm", m / 60, m % 60);
	else
		snprintf(buf, 16, "%dm", m);
	return buf;
}

const char *
ag_item_title(const struct ag_item *it)
{
	return it->title;
}

/* "I: Individuell refleksjon", or the text or mode alone; free it. */
char *
ag_phase_title(const struct ag_phase *ph)
{
	if (ph->text[0] == '\0')
		return lp_xstrdup(ph->mode);
	if (ph->label[0] == '\0')
		return lp_xstrdup(ph->text);
	return lp_xasprintf("%s: %s", ph->label, ph->text);
}

long
ag_slot_find(const struct ag_prog *p, const char *s)
{
	size_t	 i;

	for (i = 0; i < p->nslots; i++)
		if (strcmp(p->slots[i].name, s) == 0)
			return (long)i;
	return -1;
}

struct ag_day *
ag_day_on(struct ag_prog *p, const struct lp_date *date,
    struct lp_error *e)
{
	const struct lp_ynode	*n;
	struct ag_day		*d;
	struct lp_date		 today;
	char			 iso[11], had[11], list[120];
	size_t			 i, len = 0;
	int			 given;

	if (!p->isprog) {
		d = &p->days[0];
		if (date == NULL || !d->hasdate ||
		    lp_date_cmp(&d->date, date) == 0)
			return d;
		lp_y_error(d->daten, e, "'%s' is on %s, not %s", d->title,
		    lp_date_iso(&d->date, had), lp_date_iso(date, iso));
		return NULL;
	}
	if ((given = date != NULL) == 0) {
		lp_today(&today);
		date = &today;
	}
	list[0] = '\0';
	for (i = 0; i < p->ndays; i++) {
		d = &p->days[i];
		if (!d->hasdate)
			continue;
		if (lp_date_cmp(&d->date, date) == 0)
			return d;
		if (len + 13 < sizeof(list))
			len += (size_t)snprintf(list + len, sizeof(list) - len,
			    "%s%s", len ? ", " : "", lp_date_iso(&d->date, iso));
	}
	n = lp_y_get(p->docs[0]->root, "gatherings");
	lp_y_error(n, e, "no gathering on %s (the gatherings: %s)%s",
	    lp_date_iso(date, iso), len ? list : "none dated",
	    given ? "" : "; give --date");
	return NULL;
}

struct lp_ydoc *
ag_day_doc(const struct ag_prog *p, const struct ag_day *d)
{
	size_t	 i;

	for (i = 1; i < p->ndocs; i++)
		if (p->docs[i]->root == d->node)
			return p->docs[i];
	return p->docs[0];
}

static void
find(struct ag_prog *p, int error, const struct lp_ynode *n,
    const char *fmt, ...)
{
	struct ag_find	*f;
	va_list		 ap;
	char		 msg[512];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (p->nfinds == p->capfinds) {
		p->capfinds = p->capfinds ? 2 * p->capfinds : 16;
		p->finds = lp_xreallocarray(p->finds, p->capfinds,
		    sizeof(*p->finds));
	}
	f = &p->finds[p->nfinds++];
	f->error = error;
	f->file = lp_xstrdup(n != NULL && n->file != NULL ? n->file :
	    p->file);
	f->line = n != NULL ? n->line : 0;
	f->col = n != NULL ? n->col : 0;
	f->msg = lp_xstrdup(msg);
	if (error)
		p->nerrors++;
}

int
ag_first_error(const struct ag_prog *p, struct lp_error *e)
{
	size_t	 i;

	for (i = 0; i < p->nfinds; i++)
		if (p->finds[i].error)
			return lp_error_set(e, LP_EXIT_DATAERR,
			    p->finds[i].file, p->finds[i].line,
			    p->finds[i].col, "%s", p->finds[i].msg);
	return 0;
}

static int
opt_text(const struct lp_ynode *map, const char *key, const char **s,
    struct lp_error *e)
{
	struct lp_ynode	*n;

	*s = NULL;
	if ((n = lp_y_get(map, key)) == NULL)
		return 0;
	return lp_y_text(n, s, e);
}

static const struct ag_tmpl *
tmpl_find(const char *name)
{
	size_t	 i;

	for (i = 0; i < sizeof(tmpls) / sizeof(tmpls[0]); i++)
		if (strcmp(tmpls[i].name, name) == 0)
			return &tmpls[i];
	return NULL;
}

static const char *
tp_text(const struct ag_tphase *t, enum lp_lang lang)
{
	return lp_tr(lang, t->nb, t->nn, t->en);
}

static int
tmpl_error(const struct lp_ynode *n, const char *name, struct lp_error *e)
{
	const char	*s;

	if ((s = lp_suggest(name, tmplnames)) != NULL)
		return lp_y_error(n, e, "unknown phase template '%s'; "
		    "did you mean '%s'?", name, s);
	return lp_y_error(n, e, "unknown phase template '%s' "
	    "(igp, kollegaveiledning)", name);
}

/*
 * A mode of one or two letters (I, G, P, or "ÆØ") is shown as a tag
 * before the phase's text; a longer one (kollegaveiledning's case,
 * questions ..., or any word) is a name, and only the text is shown.
 * Letters, not bytes: æøå take two bytes each.
 */
static const char *
mode_label(const char *mode)
{
	return lp_width(mode) <= 2 ? mode : "";
}

/* Append phases to an item. */
static struct ag_phase *
ph_add(struct ag_item *it)
{
	it->ph = lp_xreallocarray(it->ph, it->nph + 1, sizeof(*it->ph));
	memset(&it->ph[it->nph], 0, sizeof(*it->ph));
	return &it->ph[it->nph++];
}

/*
 * A template by name ("igp") or with overrides ({template: igp, G: 20m}
 * or G: {text: ..., duration: 20m}).
 */
static int
load_tmpl(struct ag_item *it, const struct lp_ynode *n, enum lp_lang lang,
    struct lp_error *e)
{
	static const char *const ovkeys[] = { "text", "duration", NULL };
	const struct ag_tmpl	*t;
	const struct lp_ynode	*m, *v, *d;
	const char		*name, **allowed;
	struct ag_phase		*ph;
	size_t			 j;

	if (n->type == LP_YSCALAR) {
		if ((t = tmpl_find(n->str)) == NULL)
			return tmpl_error(n, n->str, e);
		m = NULL;
	} else {
		if ((v = lp_y_get(n, "template")) == NULL)
			return lp_y_missing(n, "template", "phases", e);
		if (lp_y_text(v, &name, e) == -1)
			return -1;
		if ((t = tmpl_find(name)) == NULL)
			return tmpl_error(v, name, e);
		allowed = lp_xcalloc(t->nph + 2, sizeof(*allowed));
		allowed[0] = "template";
		for (j = 0; j < t->nph; j++)
			allowed[j + 1] = t->ph[j].mode;
		if (lp_y_map(n, "phases", allowed, e) == -1) {
			free(allowed);
			return -1;
		}
		free(allowed);
		m = n;
	}
	if (it->tmpl == NULL)
		it->tmpl = t->name;
	for (j = 0; j < t->nph; j++) {
		ph = ph_add(it);
		ph->mode = t->ph[j].mode;
		ph->label = mode_label(ph->mode);
		ph->text = tp_text(&t->ph[j], lang);
		ph->dur = t->ph[j].dur;
		ph->node = n;
		if (m != NULL && (v = lp_y_get(m, ph->mode)) != NULL) {
			ph->node = v;
			if (v->type == LP_YMAP) {
				if (lp_y_map(v, "phase", ovkeys, e) == -1)
					return -1;
				if (opt_text(v, "text", &name, e) == -1)
					return -1;
				if (name != NULL)
					ph->text = name;
				if ((d = lp_y_get(v, "duration")) != NULL) {
					ph->durn = d;
					if (lp_y_duration(d, &ph->dur, e) == -1)
						return -1;
				}
			} else {
				ph->durn = v;
				if (lp_y_duration(v, &ph->dur, e) == -1)
					return -1;
			}
		}
		it->phsum += ph->dur;
	}
	return 0;
}

/*
 * Phases are a template (see load_tmpl) or a list whose entries are
 * {mode, text, duration} or templates.
 */
static int
load_phases(struct ag_item *it, const struct lp_ynode *n, enum lp_lang lang,
    struct lp_error *e)
{
	const struct lp_ynode	*m, *v;
	struct ag_phase		*ph;
	size_t			 i;

	it->phn = n;
	if (n->type != LP_YSEQ)
		return load_tmpl(it, n, lang, e);
	for (i = 0; i < n->n; i++) {
		m = n->items[i];
		if (m->type == LP_YSCALAR || (m->type == LP_YMAP &&
		    lp_y_get(m, "template") != NULL)) {
			if (load_tmpl(it, m, lang, e) == -1)
				return -1;
			continue;
		}
		if (lp_y_map(m, "phase", phasekeys, e) == -1)
			return -1;
		ph = ph_add(it);
		ph->node = m;
		if ((v = lp_y_get(m, "mode")) == NULL)
			return lp_y_missing(m, "mode", "phase", e);
		if (lp_y_text(v, &ph->mode, e) == -1)
			return -1;
		ph->label = mode_label(ph->mode);
		if (opt_text(m, "text", &ph->text, e) == -1)
			return -1;
		if (ph->text == NULL)
			ph->text = "";
		if ((v = lp_y_get(m, "duration")) == NULL)
			return lp_y_missing(m, "duration", "phase", e);
		ph->durn = v;
		if (lp_y_duration(v, &ph->dur, e) == -1)
			return -1;
		it->phsum += ph->dur;
	}
	return 0;
}

static int
load_item(struct ag_item *it, const struct lp_ynode *n, enum lp_lang lang,
    struct lp_error *e)
{
	const struct lp_ynode	*t, *b, *v;
	size_t			 i;

	if (lp_y_map(n, "item", itemkeys, e) == -1)
		return -1;
	it->node = n;
	t = lp_y_get(n, "title");
	b = lp_y_get(n, "break");
	if (t != NULL && b != NULL)
		return lp_y_error(b, e, "an item has either title or break, "
		    "not both");
	if (t == NULL && b == NULL)
		return lp_y_error(n, e, "missing key 'title' (or 'break') "
		    "in item");
	it->kind = t != NULL ? AG_ITEM : AG_BREAK;
	it->titlen = t != NULL ? t : b;
	if (lp_y_text(it->titlen, &it->title, e) == -1)
		return -1;
	if ((v = lp_y_get(n, "duration")) != NULL) {
		it->durn = v;
		it->hasdur = 1;
		if (lp_y_duration(v, &it->dur, e) == -1)
			return -1;
	}
	if ((v = lp_y_get(n, "at")) != NULL) {
		it->atn = v;
		it->hasat = 1;
		if (lp_y_clock(v, &it->at, e) == -1)
			return -1;
	}
	if (opt_text(n, "by", &it->by, e) == -1 ||
	    opt_text(n, "notes", &it->notes, e) == -1)
		return -1;
	if ((v = lp_y_get(n, "flex")) != NULL &&
	    lp_y_bool(v, &it->flex, e) == -1)
		return -1;
	if ((v = lp_y_get(n, "points")) != NULL) {
		if (v->type == LP_YSCALAR) {
			it->points = lp_xcalloc(1, sizeof(*it->points));
			it->points[0] = v->str;
			it->npoints = 1;
		} else {
			if (lp_y_seq(v, "points", e) == -1)
				return -1;
			it->points = lp_xcalloc(v->n ? v->n : 1,
			    sizeof(*it->points));
			for (i = 0; i < v->n; i++)
				if (lp_y_text(v->items[i], &it->points[i],
				    e) == -1)
					return -1;
			it->npoints = v->n;
		}
	}
	if ((v = lp_y_get(n, "start")) != NULL) {
		int	 x;

		it->sstart = v;
		if (lp_y_clock(v, &x, e) == -1)
			return -1;
	}
	if ((v = lp_y_get(n, "end")) != NULL) {
		int	 x;

		it->send = v;
		if (lp_y_clock(v, &x, e) == -1)
			return -1;
	}
	if ((v = lp_y_get(n, "phases")) != NULL &&
	    load_phases(it, v, lang, e) == -1)
		return -1;
	return 0;
}

static int
load_day(struct ag_prog *p, struct ag_day *d, const struct lp_ynode *n,
    int lang, int deflang, struct lp_error *e)
{
	const struct lp_ynode	*v, *items;
	const char		*s;
	enum lp_lang		 l;
	size_t			 i;

	if (lp_y_map(n, "day", daykeys, e) == -1)
		return -1;
	d->node = n;
	d->file = n->file;
	if ((v = lp_y_get(n, "title")) == NULL)
		return lp_y_missing(n, "title", "day", e);
	if (lp_y_text(v, &d->title, e) == -1)
		return -1;
	if (opt_text(n, "place", &d->place, e) == -1)
		return -1;
	if ((v = lp_y_get(n, "date")) != NULL) {
		d->daten = v;
		d->hasdate = 1;
		if (lp_y_date(v, &d->date, e) == -1)
			return -1;
	}
	if ((v = lp_y_get(n, "start")) == NULL)
		return lp_y_missing(n, "start", "day", e);
	d->startn = v;
	if (lp_y_clock(v, &d->start, e) == -1)
		return -1;
	if ((v = lp_y_get(n, "end")) != NULL) {
		d->endn = v;
		d->hasend = 1;
		if (lp_y_clock(v, &d->end, e) == -1)
			return -1;
	}
	d->lang = deflang >= 0 ? (enum lp_lang)deflang : lp_lang_default();
	if ((v = lp_y_get(n, "lang")) != NULL) {
		if (lp_y_text(v, &s, e) == -1)
			return -1;
		if (lp_lang_parse(s, &l) == -1)
			return lp_y_error(v, e, "unknown language '%s' "
			    "(nb, nn, en)", s);
		d->lang = l;
	}
	if (lang >= 0)
		d->lang = (enum lp_lang)lang;
	if ((items = lp_y_get(n, "items")) == NULL)
		return lp_y_missing(n, "items", "day", e);
	if (lp_y_seq(items, "items", e) == -1)
		return -1;
	d->nit = items->n;
	d->it = lp_xcalloc(items->n ? items->n : 1, sizeof(*d->it));
	for (i = 0; i < items->n; i++)
		if (load_item(&d->it[i], items->items[i], d->lang, e) == -1)
			return -1;
	if (items->n == 0)
		find(p, 1, items, "the day has no items");
	compute(p, d);
	return 0;
}

/* Every start and end, with the findings on the way. */
static void
compute(struct ag_prog *p, struct ag_day *d)
{
	struct ag_item	*it, *prev;
	char		 a[6], b[6];
	int		 cur, s, x;
	size_t		 i, j;

	cur = d->start;
	prev = NULL;
	for (i = 0; i < d->nit; i++) {
		it = &d->it[i];
		if (!it->hasdur) {
			if (it->nph > 0)
				it->dur = it->phsum;
			else if (i + 1 < d->nit)
				find(p, 1, it->node, "'%s' has no duration; "
				    "write duration: 45m", it->title);
		} else if (it->nph > 0 && it->phsum > it->dur)
			find(p, 1, it->phn, "the phases of '%s' take %d min, "
			    "more than its %d min", it->title, it->phsum,
			    it->dur);
		if (it->hasat) {
			if (it->at < cur && prev != NULL)
				find(p, 1, it->atn, "'%s' at %s overlaps "
				    "'%s', which ends at %s", it->title,
				    lp_clock_str(it->at, ':', a),
				    prev->title, lp_clock_str(cur, ':', b));
			else if (it->at < cur)
				find(p, 1, it->atn, "'%s' at %s is before "
				    "the day starts at %s", it->title,
				    lp_clock_str(it->at, ':', a),
				    lp_clock_str(cur, ':', b));
			else if (it->at > cur)
				find(p, 0, it->atn, "a gap of %d min before "
				    "'%s' at %s", it->at - cur, it->title,
				    lp_clock_str(it->at, ':', a));
			it->start = it->at;
		} else
			it->start = cur;
		it->end = it->start + it->dur;
		if (it->end >= 24 * 60) {
			find(p, 1, it->durn != NULL ? it->durn : it->node,
			    "'%s' ends at %d:%02d, past midnight; a day must "
			    "end before midnight", it->title,
			    it->end / 60, it->end % 60);
			d->bad = 1;
			for (; i < d->nit; i++)
				d->it[i].start = d->it[i].end = 24 * 60 - 1;
			d->dayend = 24 * 60 - 1;
			return;
		}
		s = it->start;
		for (j = 0; j < it->nph; j++) {
			it->ph[j].start = s;
			s += it->ph[j].dur;
			it->ph[j].end = s < 24 * 60 ? s : 24 * 60 - 1;
		}
		if (it->sstart != NULL && lp_parse_clock(it->sstart->str, &x,
		    NULL) == 0 && x != it->start)
			find(p, 0, it->sstart, "'%s' says start %s but starts "
			    "at %s", it->title, lp_clock_str(x, ':', a),
			    lp_clock_str(it->start, ':', b));
		if (it->send != NULL && lp_parse_clock(it->send->str, &x,
		    NULL) == 0 && x != it->end)
			find(p, 0, it->send, "'%s' says end %s but ends "
			    "at %s", it->title, lp_clock_str(x, ':', a),
			    lp_clock_str(it->end, ':', b));
		cur = it->end;
		prev = it;
	}
	d->dayend = cur;
	if (d->hasend && cur > d->end)
		find(p, 0, d->endn, "the day ends at %s, %d min past its "
		    "end %s", lp_clock_str(cur, ':', a), cur - d->end,
		    lp_clock_str(d->end, ':', b));
}

/* "09:00-11:30" (also with an en dash and spaces). */
static int
parse_slot(const char *s, int *a, int *b)
{
	char		 buf[32];
	const char	*dash;
	size_t		 n, skip;

	if ((dash = strstr(s, "\u2013")) != NULL)
		skip = 3;
	else if ((dash = strchr(s, '-')) != NULL)
		skip = 1;
	else
		return -1;
	n = (size_t)(dash - s);
	if (n >= sizeof(buf))
		return -1;
	memcpy(buf, s, n);
	while (n > 0 && buf[n - 1] == ' ')
		n--;
	buf[n] = '\0';
	if (lp_parse_clock(buf, a, NULL) == -1)
		return -1;
	s = dash + skip;
	while (*s == ' ')
		s++;
	if (lp_parse_clock(s, b, NULL) == -1)
		return -1;
	return *b > *a ? 0 : -1;
}

static int
load_slots(struct ag_prog *p, const struct lp_ynode *n, struct lp_error *e)
{
	const struct lp_ynode	*v;
	size_t			 i;

	if (n->type != LP_YMAP)
		return lp_y_error(n, e, "slots is a mapping of names to "
		    "time spans (FL: \"09:00-11:30\")");
	p->nslots = n->n;
	p->slots = lp_xcalloc(n->n ? n->n : 1, sizeof(*p->slots));
	for (i = 0; i < n->n; i++) {
		p->slots[i].name = n->pairs[i].key->str;
		v = n->pairs[i].val;
		if (v->type != LP_YSCALAR || parse_slot(v->str,
		    &p->slots[i].start, &p->slots[i].end) == -1)
			return lp_y_error(v, e, "a slot is a time span like "
			    "\"09:00-11:30\"");
	}
	return 0;
}

static int
load_meetings(struct ag_prog *p, const struct lp_ynode *n,
    struct lp_error *e)
{
	const struct lp_ynode	*m, *v;
	const char		*s, *sug, **names;
	struct lp_map		*count;
	struct lp_map_ent	*ent;
	size_t			 i, j;
	long			 k;

	if (lp_y_seq(n, "meetings", e) == -1)
		return -1;
	p->nmt = n->n;
	p->mt = lp_xcalloc(n->n ? n->n : 1, sizeof(*p->mt));
	count = lp_map_new();
	for (i = 0; i < n->n; i++) {
		struct ag_meeting *mt = &p->mt[i];

		m = n->items[i];
		mt->node = m;
		if (lp_y_map(m, "meeting", meetkeys, e) == -1)
			goto fail;
		if ((v = lp_y_get(m, "group")) == NULL) {
			lp_y_missing(m, "group", "meeting", e);
			goto fail;
		}
		if (lp_y_text(v, &mt->group, e) == -1)
			goto fail;
		if ((v = lp_y_get(m, "date")) == NULL) {
			lp_y_missing(m, "date", "meeting", e);
			goto fail;
		}
		mt->daten = v;
		if (v->type == LP_YSCALAR && strcmp(v->str, "?") == 0)
			mt->hasdate = 0;
		else if (lp_y_date(v, &mt->date, e) == -1)
			goto fail;
		else
			mt->hasdate = 1;
		if ((v = lp_y_get(m, "slot")) == NULL) {
			lp_y_missing(m, "slot", "meeting", e);
			goto fail;
		}
		if (lp_y_text(v, &s, e) == -1)
			goto fail;
		if ((k = ag_slot_find(p, s)) < 0) {
			names = lp_xcalloc(p->nslots + 1, sizeof(*names));
			for (j = 0; j < p->nslots; j++)
				names[j] = p->slots[j].name;
			sug = lp_suggest(s, names);
			if (sug != NULL)
				lp_y_error(v, e, "unknown slot '%s'; did you "
				    "mean '%s'?", s, sug);
			else
				lp_y_error(v, e, "unknown slot '%s'", s);
			free(names);
			goto fail;
		}
		mt->slot = (size_t)k;
		if ((v = lp_y_get(m, "status")) != NULL) {
			mt->statusn = v;
			if (lp_y_text(v, &s, e) == -1)
				goto fail;
			if (strcmp(s, "proposed") == 0)
				mt->proposed = 1;
			else if (strcmp(s, "confirmed") != 0) {
				sug = lp_suggest(s, statuses);
				lp_y_error(v, e, "unknown status '%s'; "
				    "write confirmed or proposed%s%s%s", s,
				    sug ? " (did you mean '" : "",
				    sug ? sug : "", sug ? "'?)" : "");
				goto fail;
			}
		}
		ent = lp_map_get(count, mt->group, strlen(mt->group));
		mt->nth = (int)++ent->n;
	}
	lp_map_free(count);
	return 0;
fail:
	lp_map_free(count);
	return -1;
}

/* Meetings on a gathering day, twice on a date, proposed, unknown. */
static void
check_meetings(struct ag_prog *p)
{
	struct lp_map		*days, *seen;
	struct lp_map_ent	*ent;
	char			 iso[11], key[512];
	size_t			 i;
	int			 n;

	days = lp_map_new();
	seen = lp_map_new();
	for (i = 0; i < p->ndays; i++)
		if (p->days[i].hasdate) {
			lp_date_iso(&p->days[i].date, iso);
			ent = lp_map_get(days, iso, strlen(iso));
			if (ent->ptr == NULL)
				ent->ptr = &p->days[i];
		}
	for (i = 0; i < p->nmt; i++) {
		struct ag_meeting *mt = &p->mt[i];

		if (!mt->hasdate) {
			find(p, 0, mt->daten, "the date of %s's meeting %d "
			    "is not known yet", mt->group, mt->nth);
			continue;
		}
		lp_date_iso(&mt->date, iso);
		if ((ent = lp_map_find(days, iso, strlen(iso))) != NULL)
			find(p, 0, mt->daten, "%s meets on %s, the day of "
			    "'%s'", mt->group, iso,
			    ((struct ag_day *)ent->ptr)->title);
		n = snprintf(key, sizeof(key), "%s\n%s", iso, mt->group);
		ent = lp_map_get(seen, key, (size_t)n < sizeof(key) ?
		    (size_t)n : sizeof(key) - 1);
		if (ent->n++ > 0)
			find(p, 0, mt->daten, "%s meets twice on %s",
			    mt->group, iso);
		if (mt->proposed)
			find(p, 0, mt->statusn, "%s's meeting on %s is "
			    "proposed, not confirmed", mt->group, iso);
	}
	lp_map_free(days);
	lp_map_free(seen);
}

static void
add_doc(struct ag_prog *p, struct lp_ydoc *doc)
{
	p->docs = lp_xreallocarray(p->docs, p->ndocs + 1, sizeof(*p->docs));
	p->docs[p->ndocs++] = doc;
}

/* The folder of a path with its slash ("" for none). */
static char *
dir_of(const char *path)
{
	const char	*s;

	if (path == NULL || strcmp(path, "-") == 0 ||
	    (s = strrchr(path, '/')) == NULL)
		return lp_xstrdup("");
	return lp_xstrndup(path, (size_t)(s - path) + 1);
}

/*
 * Whether an included file is a day file, judged without quoting a word
 * of it: a mapping of day keys only, with title, start and items.
 */
static int
is_day(const struct lp_ynode *root)
{
	size_t	 i, j, need = 0;

	if (root == NULL || root->type != LP_YMAP)
		return 0;
	for (i = 0; i < root->n; i++) {
		for (j = 0; daykeys[j] != NULL; j++)
			if (strcmp(root->pairs[i].key->str, daykeys[j]) == 0)
				break;
		if (daykeys[j] == NULL)
			return 0;
		if (j == 0 || j == 3 || j == 6)	/* title, start, items */
			need++;
	}
	return need == 3;
}

/*
 * The day file a gathering includes, read within what is left of the
 * LP_MAX_INPUT that the programme and all its includes share (*used so
 * far). Until the file has shown itself a day file, no message quotes
 * it: a programme can name any file the user may read (include:
 * /etc/shadow), and its first line would be in the message. Each
 * failure says why, at the include.
 */
static struct lp_ydoc *
load_include(struct ag_prog *p, const struct lp_ynode *g, const char *dir,
    size_t *used, struct lp_error *e)
{
	const struct lp_ynode	*n = lp_y_get(g, "include");
	struct lp_ydoc		*doc;
	struct lp_error		 e2;
	const char		*inc;
	char			*path, *buf;
	FILE			*fp;
	size_t			 len;
	int			 rc;

	if (lp_y_map(g, "gathering", inclkeys, e) == -1 ||
	    lp_y_text(n, &inc, e) == -1)
		return NULL;
	memset(&e2, 0, sizeof(e2));
	path = inc[0] == '/' ? lp_xstrdup(inc) : lp_xasprintf("%s%s", dir, inc);
	if ((fp = lp_open_in(path, &e2)) == NULL) {
		free(path);
		lp_y_error(n, e, "cannot include '%s': %s", inc, e2.msg);
		e->code = LP_EXIT_NOINPUT;
		return NULL;
	}
	rc = lp_read_all(fp, path, LP_MAX_INPUT - *used, &buf, &len, &e2);
	lp_close_in(fp);
	if (rc == -1) {
		free(path);
		if (e2.code == LP_EXIT_DATAERR)
			lp_y_error(n, e, "cannot include '%s': the programme "
			    "and its day files come to more than %u MiB in "
			    "all", inc, LP_MAX_INPUT / (1024 * 1024));
		else {
			lp_y_error(n, e, "cannot include '%s': %s", inc,
			    e2.msg);
			e->code = e2.code;
		}
		return NULL;
	}
	*used += len;
	doc = lp_yaml_load_mem(buf, len, path, &e2);
	free(buf);
	free(path);
	if (doc == NULL) {
		/* libyaml's own words quote nothing; ours may ('%s'). */
		lp_y_error(n, e, "cannot include '%s': it does not read as "
		    "YAML at line %ld, column %ld%s%s", inc, e2.line, e2.col,
		    strchr(e2.msg, '\'') == NULL ? ": " : " (lp-agenda "
		    "check it)", strchr(e2.msg, '\'') == NULL ? e2.msg : "");
		if (e2.code != LP_EXIT_DATAERR)
			e->code = e2.code;
		return NULL;
	}
	add_doc(p, doc);
	if (!is_day(doc->root)) {
		lp_y_error(n, e, "cannot include '%s': %s", inc, doc->root ==
		    NULL ? "an empty file" : "not a day file (a mapping of "
		    "title, start, items and the other day keys)");
		return NULL;
	}
	return doc;
}

static int
load_prog(struct ag_prog *p, const struct lp_ynode *root, int lang,
    struct lp_error *e)
{
	const struct lp_ynode	*v, *g, *net;
	struct lp_ydoc		*doc;
	const char		*s;
	char			*dir;
	enum lp_lang		 l;
	int			 deflang = -1;
	size_t			 i, used = p->docs[0]->srclen;

	if (lp_y_map(root, "programme", progkeys, e) == -1)
		return -1;
	p->isprog = 1;
	if ((v = lp_y_get(root, "programme")) == NULL)
		return lp_y_missing(root, "programme", "programme", e);
	if (lp_y_text(v, &p->name, e) == -1)
		return -1;
	if (opt_text(root, "organisation", &p->org, e) == -1 ||
	    opt_text(root, "timezone", &p->tz, e) == -1)
		return -1;
	if (p->tz == NULL)
		p->tz = "Europe/Oslo";
	else if (strcmp(p->tz, "Europe/Oslo") != 0)
		return lp_y_error(lp_y_get(root, "timezone"), e,
		    "timezone '%s' is not supported; only Europe/Oslo",
		    p->tz);
	if ((v = lp_y_get(root, "lang")) != NULL) {
		if (lp_y_text(v, &s, e) == -1)
			return -1;
		if (lp_lang_parse(s, &l) == -1)
			return lp_y_error(v, e, "unknown language '%s' "
			    "(nb, nn, en)", s);
		deflang = (int)l;
	}
	if ((v = lp_y_get(root, "gatherings")) == NULL)
		return lp_y_missing(root, "gatherings", "programme", e);
	if (lp_y_seq(v, "gatherings", e) == -1)
		return -1;
	p->days = lp_xcalloc(v->n ? v->n : 1, sizeof(*p->days));
	dir = dir_of(p->file);
	for (i = 0; i < v->n; i++) {
		g = v->items[i];
		if (g->type == LP_YMAP && lp_y_get(g, "include") != NULL) {
			if ((doc = load_include(p, g, dir, &used, e)) == NULL)
				goto fail;
			p->days[i].incn = lp_y_get(g, "include");
			g = doc->root;
		}
		p->ndays++;
		if (load_day(p, &p->days[i], g, lang, deflang, e) == -1)
			goto fail;
	}
	free(dir);
	if ((net = lp_y_get(root, "network")) != NULL) {
		if (lp_y_map(net, "network", netkeys, e) == -1)
			return -1;
		if ((v = lp_y_get(net, "slots")) != NULL &&
		    load_slots(p, v, e) == -1)
			return -1;
		if ((v = lp_y_get(net, "meetings")) != NULL &&
		    load_meetings(p, v, e) == -1)
			return -1;
	}
	check_meetings(p);
	return 0;
fail:
	free(dir);
	return -1;
}

static struct ag_prog *
load_doc(struct lp_ydoc *doc, int lang, struct lp_error *e)
{
	struct ag_prog		*p;
	const struct lp_ynode	*root;

	p = lp_xcalloc(1, sizeof(*p));
	p->file = doc->file;
	add_doc(p, doc);
	if ((root = doc->root) == NULL) {
		lp_error_set(e, LP_EXIT_DATAERR, doc->file, 1, 1,
		    "an empty file; start from lp-agenda new");
		goto fail;
	}
	if (root->type == LP_YMAP && (lp_y_get(root, "programme") != NULL ||
	    lp_y_get(root, "gatherings") != NULL ||
	    lp_y_get(root, "network") != NULL)) {
		if (load_prog(p, root, lang, e) == -1)
			goto fail;
		return p;
	}
	p->days = lp_xcalloc(1, sizeof(*p->days));
	p->ndays = 1;
	if (load_day(p, &p->days[0], root, lang, -1, e) == -1)
		goto fail;
	p->name = p->days[0].title;
	p->tz = "Europe/Oslo";
	return p;
fail:
	ag_free(p);
	return NULL;
}

struct ag_prog *
ag_load(const char *path, int lang, struct lp_error *e)
{
	struct lp_ydoc	*doc;
	enum lp_lang	 l;

	/* --lang, taken by lp_main for every command, beats lang:. */
	if (lang == -1 && lp_lang_opt(&l))
		lang = (int)l;
	if ((doc = lp_yaml_load_file(path, e)) == NULL)
		return NULL;
	return load_doc(doc, lang, e);
}

struct ag_prog *
ag_load_mem(const char *buf, size_t len, const char *name, int lang,
    struct lp_error *e)
{
	struct lp_ydoc	*doc;

	if ((doc = lp_yaml_load_mem(buf, len, name, e)) == NULL)
		return NULL;
	return load_doc(doc, lang, e);
}

/*
 * At the end of a run: freeing a national programme's million YAML
 * nodes one by one costs a fifth of the run, and grows faster than the
 * input once it outgrows the caches, while the kernel takes the memory
 * back at exit at once. The programme stays reachable from here, so
 * leak checkers do not count it; sanitizer builds still free it, so
 * that every free path is checked.
 */
#if !defined(__SANITIZE_ADDRESS__)
static struct ag_prog *ag_kept;
#endif

void
ag_done(struct ag_prog *p)
{
#if defined(__SANITIZE_ADDRESS__)
	ag_free(p);
#else
	ag_free(ag_kept);
	ag_kept = p;
#endif
}

void
ag_free(struct ag_prog *p)
{
	size_t	 i, j;

	if (p == NULL)
		return;
	for (i = 0; i < p->ndays; i++) {
		for (j = 0; j < p->days[i].nit; j++) {
			free(p->days[i].it[j].points);
			free(p->days[i].it[j].ph);
		}
		free(p->days[i].it);
	}
	free(p->days);
	free(p->slots);
	free(p->mt);
	for (i = 0; i < p->nfinds; i++) {
		free(p->finds[i].file);
		free(p->finds[i].msg);
	}
	free(p->finds);
	for (i = 0; i < p->ndocs; i++)
		lp_ydoc_free(p->docs[i]);
	free(p->docs);
	free(p);
}
