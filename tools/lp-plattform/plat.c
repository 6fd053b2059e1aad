/*
 * plat.c - load and validate a platform file (lp-formats(5), "Platform
 * file"). Every error carries the file, line and column of the value at
 * fault; the caller prints it and exits 65.
 */
#include <stdlib.h>
#include <string.h>

#include "plat.h"

static int	 opt_text(const struct lp_ynode *, const char *, const char **,
		    struct lp_error *);
static int	 opt_date(const struct lp_ynode *, const char *, int *,
		    struct lp_date *, struct lp_error *);
static int	 text_list(const struct lp_ynode *, const char *, const char ***,
		    const struct lp_ynode ***, size_t *, struct lp_error *);
static int	 enum_value(const struct lp_ynode *, const char *,
		    const char *const *, const int *, int *, struct lp_error *);
static int	 load_steps(struct pl_plat *, const struct lp_ynode *,
		    struct lp_error *);
static int	 load_purpose(struct pl_plat *, const struct lp_ynode *,
		    struct lp_error *);
static int	 load_ideas(struct pl_plat *, const struct lp_ynode *,
		    struct lp_error *);
static int	 load_principles(struct pl_plat *, const struct lp_ynode *,
		    struct lp_error *);
static int	 load_norms(struct pl_plat *, const struct lp_ynode *,
		    struct lp_error *);
static int	 load_anchoring(struct pl_plat *, const struct lp_ynode *,
		    struct lp_error *);
static int	 load_consistency(struct pl_plat *, const struct lp_ynode *,
		    struct lp_error *);

const char *const pl_orients[] = {
	"endring", "oppgave", "relasjon", "kultur", NULL
};
/*
 * The values a status may have in the file, folded: English, bokmål and
 * nynorsk alike, each with the enum value it stands for.
 */
static const char *const statuses[] = {
	"todo", "doing", "done", "not started", "in progress",
	"ikke startet", "ikkje starta", "i gang", "ferdig", NULL
};
static const int statusval[] = {
	PL_TODO, PL_DOING, PL_DONE, PL_TODO, PL_DOING,
	PL_TODO, PL_TODO, PL_DOING, PL_DONE
};
static const char *const docstatuses[] = {
	"aligned", "pending", "conflict", "i samsvar", "venter", "ventar",
	"i strid", "konflikt", NULL
};
static const int docstatusval[] = {
	PL_ALIGNED, PL_PENDING, PL_CONFLICT, PL_ALIGNED, PL_PENDING,
	PL_PENDING, PL_CONFLICT, PL_CONFLICT
};
static const char *const hows[] = { "took-part", "endorsed", NULL };

const char *
pl_step_title(enum lp_lang l, int step)
{
	switch (step) {
	case 1:
		return lp_tr_in(l, "What is a leadership platform for us?");
	case 2:
		return lp_tr_in(l, "Define the leadership team's purpose");
	case 3:
		return lp_tr_in(l, "Brainstorm ideas");
	case 4:
		return lp_tr_in(l, "Analyse and summarise");
	case 5:
		return lp_tr_in(l, "Assess and decide");
	default:
		return lp_tr_in(l, "Launch and use");
	}
}

/* The status word as a person reads it, in the platform's language. */
const char *
pl_status_name(enum lp_lang l, enum pl_status s)
{
	static const char *const shown[] = {
		/* TRANSLATORS: a step's status: not started. */
		N_("todo"),
		/* TRANSLATORS: a step's status: in progress. */
		N_("doing"),
		/* TRANSLATORS: a step's status: finished. */
		N_("done")
	};

	return lp_tr_in(l, shown[s]);
}

/* A document's status as a person reads it. */
const char *
pl_docstatus_name(enum lp_lang l, enum pl_docstatus s)
{
	static const char *const shown[] = {
		/* TRANSLATORS: a document that mirrors the platform. */
		N_("aligned"),
		/* TRANSLATORS: a document not yet brought in line. */
		N_("pending"),
		/* TRANSLATORS: a document that contradicts the platform. */
		N_("conflict")
	};

	return lp_tr_in(l, shown[s]);
}

const char *
pl_default_lead(enum lp_lang l)
{
	return lp_tr_in(l, "Our leadership team will create ADDED VALUE for "
	    "the organisation and for each member of the team by:");
}

char *
pl_fold(const char *s)
{
	return lp_fold(s, strlen(s));
}

/* An optional text value: *out is NULL when the key is absent. */
static int
opt_text(const struct lp_ynode *map, const char *key, const char **out,
    struct lp_error *e)
{
	const struct lp_ynode *n;

	*out = NULL;
	if ((n = lp_y_get(map, key)) == NULL)
		return 0;
	return lp_y_text(n, out, e);
}

static int
opt_date(const struct lp_ynode *map, const char *key, int *has,
    struct lp_date *d, struct lp_error *e)
{
	const struct lp_ynode *n;

	*has = 0;
	if ((n = lp_y_get(map, key)) == NULL)
		return 0;
	if (lp_y_date(n, d, e) == -1)
		return -1;
	*has = 1;
	return 0;
}

/*
 * A list of text under key (absent: empty). A single text is taken as
 * a list of one, so "traits: Lytter før vi svarer" is not an error.
 */
static int
text_list(const struct lp_ynode *map, const char *key, const char ***v,
    const struct lp_ynode ***nodes, size_t *n, struct lp_error *e)
{
	const struct lp_ynode *l;
	size_t i;

	*v = NULL;
	if (nodes != NULL)
		*nodes = NULL;
	*n = 0;
	if ((l = lp_y_get(map, key)) == NULL)
		return 0;
	if (l->type == LP_YSCALAR) {
		if (l->len == 0)
			return 0;
		*v = lp_xcalloc(1, sizeof(**v));
		if (nodes != NULL) {
			*nodes = lp_xcalloc(1, sizeof(**nodes));
			(*nodes)[0] = l;
		}
		*n = 1;
		return lp_y_text(l, &(*v)[0], e);
	}
	if (lp_y_seq(l, key, e) == -1)
		return -1;
	*v = lp_xcalloc(l->n + 1, sizeof(**v));
	if (nodes != NULL)
		*nodes = lp_xcalloc(l->n + 1, sizeof(**nodes));
	for (i = 0; i < l->n; i++) {
		if (lp_y_text(l->items[i], &(*v)[i], e) == -1)
			return -1;
		if (nodes != NULL)
			(*nodes)[i] = l->items[i];
		*n = i + 1;
	}
	return 0;
}

/*
 * A value that must be one of a fixed list (folded), with a suggestion;
 * *out is vals[i] of the name it is, or i when vals is NULL. what is
 * already in the message language.
 */
static int
enum_value(const struct lp_ynode *n, const char *what,
    const char *const *names, const int *vals, int *out, struct lp_error *e)
{
	const char *s, *near;
	struct lp_buf b = { 0 };
	size_t i;
	char *f;

	if (lp_y_text(n, &s, e) == -1)
		return -1;
	f = pl_fold(s);
	for (i = 0; names[i] != NULL; i++)
		if (strcmp(f, names[i]) == 0) {
			free(f);
			*out = vals != NULL ? vals[i] : (int)i;
			return 0;
		}
	near = lp_suggest(f, names);
	free(f);
	if (near != NULL) {
		lp_y_error(n, e, _("unknown %s '%s'; did you mean '%s'?"),
		    what, s, near);
		return -1;
	}
	for (i = 0; names[i + 1] != NULL; i++) {
		if (i > 0)
			lp_buf_puts(&b, ", ");
		lp_buf_puts(&b, names[i]);
	}
	/* TRANSLATORS: "use todo, doing or done": the values a key takes. */
	lp_y_error(n, e, _("unknown %s '%s'; use %s or %s"), what, s,
	    b.s != NULL ? b.s : "", names[i]);
	lp_buf_free(&b);
	return -1;
}

static int
load_steps(struct pl_plat *p, const struct lp_ynode *l, struct lp_error *e)
{
	static const char *const keys[] = {
		"step", "status", "date", "notes", NULL
	};
	const struct lp_ynode *m, *n;
	struct pl_step *s;
	long num;
	int st;
	size_t i;

	if (lp_y_seq(l, "steps", e) == -1)
		return -1;
	for (i = 0; i < l->n; i++) {
		m = l->items[i];
		if (lp_y_map(m, _("step"), keys, e) == -1)
			return -1;
		if ((n = lp_y_get(m, "step")) == NULL)
			return lp_y_missing(m, "step", _("step"), e);
		if (lp_y_int(n, &num, e) == -1)
			return -1;
		if (num < 1 || num > PL_NSTEPS)
			return lp_y_error(n, e, _("step %ld does not exist; "
			    "the platform is built in steps 1 to %d"), num,
			    PL_NSTEPS);
		s = &p->steps[num];
		if (s->present)
			return lp_y_error(n, e, _("step %ld is given twice "
			    "(first on line %ld)"), num, s->node->line);
		s->present = 1;
		s->node = m;
		s->status = PL_TODO;
		if ((n = lp_y_get(m, "status")) != NULL) {
			if (enum_value(n, _("status"), statuses, statusval,
			    &st, e) == -1)
				return -1;
			s->status = (enum pl_status)st;
		}
		if (opt_date(m, "date", &s->hasdate, &s->date, e) == -1 ||
		    opt_text(m, "notes", &s->notes, e) == -1)
			return -1;
	}
	return 0;
}

static int
load_purpose(struct pl_plat *p, const struct lp_ynode *m, struct lp_error *e)
{
	static const char *const keys[] = { "lead", "drafts", NULL };
	static const char *const dkeys[] = { "date", "note", "points", NULL };
	const struct lp_ynode *l, *dm;
	struct pl_draft *d;
	size_t i;

	if (lp_y_map(m, "purpose", keys, e) == -1 ||
	    opt_text(m, "lead", &p->lead, e) == -1)
		return -1;
	if ((l = lp_y_get(m, "drafts")) == NULL)
		return 0;
	if (lp_y_seq(l, "drafts", e) == -1)
		return -1;
	p->drafts = lp_xcalloc(l->n + 1, sizeof(*p->drafts));
	for (i = 0; i < l->n; i++) {
		dm = l->items[i];
		d = &p->drafts[i];
		d->node = dm;
		p->ndrafts = i + 1;
		if (lp_y_map(dm, _("draft"), dkeys, e) == -1 ||
		    opt_date(dm, "date", &d->hasdate, &d->date, e) == -1 ||
		    opt_text(dm, "note", &d->note, e) == -1 ||
		    text_list(dm, "points", &d->points, NULL, &d->npoints,
		    e) == -1)
			return -1;
		if (lp_y_get(dm, "points") == NULL)
			return lp_y_missing(dm, "points", _("draft"), e);
		if (i > 0 && d->hasdate && d[-1].hasdate &&
		    lp_date_cmp(&d->date, &d[-1].date) < 0)
			return lp_y_error(lp_y_get(dm, "date"), e,
			    _("draft dated before the one above it; keep "
			    "drafts oldest first"));
	}
	return 0;
}

static int
load_ideas(struct pl_plat *p, const struct lp_ynode *l, struct lp_error *e)
{
	static const char *const keys[] = {
		"text", "source", "date", "principle", "count", NULL
	};
	const struct lp_ynode *m, *n;
	struct pl_idea *d;
	size_t i;

	p->ideasnode = l;
	if (l->type == LP_YSCALAR && l->len == 0)
		return 0;
	if (lp_y_seq(l, "ideas", e) == -1)
		return -1;
	p->ideas = lp_xcalloc(l->n + 1, sizeof(*p->ideas));
	for (i = 0; i < l->n; i++) {
		m = l->items[i];
		d = &p->ideas[i];
		d->node = m;
		d->count = -1;
		p->nideas = i + 1;
		if (m->type == LP_YSCALAR) {
			if (lp_y_text(m, &d->text, e) == -1)
				return -1;
			continue;
		}
		if (lp_y_map(m, _("idea"), keys, e) == -1)
			return -1;
		if ((n = lp_y_get(m, "text")) == NULL)
			return lp_y_missing(m, "text", _("idea"), e);
		if (lp_y_text(n, &d->text, e) == -1 ||
		    opt_text(m, "source", &d->source, e) == -1 ||
		    opt_date(m, "date", &d->hasdate, &d->date, e) == -1 ||
		    opt_text(m, "principle", &d->principle, e) == -1)
			return -1;
		if (d->principle != NULL && *d->principle == '\0')
			d->principle = NULL;
		d->pnode = lp_y_get(m, "principle");
		if ((n = lp_y_get(m, "count")) != NULL) {
			if (lp_y_int(n, &d->count, e) == -1)
				return -1;
			if (d->count < 0)
				return lp_y_error(n, e, _("a count cannot "
				    "be negative"));
		}
	}
	return 0;
}

static int
load_principles(struct pl_plat *p, const struct lp_ynode *l,
    struct lp_error *e)
{
	static const char *const keys[] = {
		"name", "statement", "orientation", "traits", NULL
	};
	const struct lp_ynode *m, *n, *o;
	struct pl_principle *r;
	size_t i, j, k;
	int v;

	if (lp_y_seq(l, "principles", e) == -1)
		return -1;
	p->princ = lp_xcalloc(l->n + 1, sizeof(*p->princ));
	for (i = 0; i < l->n; i++) {
		m = l->items[i];
		r = &p->princ[i];
		r->node = m;
		p->nprinc = i + 1;
		if (lp_y_map(m, _("principle"), keys, e) == -1)
			return -1;
		if ((n = lp_y_get(m, "name")) == NULL)
			return lp_y_missing(m, "name", _("principle"), e);
		if (lp_y_text(n, &r->name, e) == -1 ||
		    opt_text(m, "statement", &r->statement, e) == -1)
			return -1;
		for (j = 0; j < i; j++) {
			char *a = pl_fold(r->name), *b = pl_fold(p->princ[j].name);
			int same = strcmp(a, b) == 0;

			free(a);
			free(b);
			if (same)
				return lp_y_error(n, e, _("principle '%s' "
				    "is named twice (first on line %ld)"), r->name,
				    p->princ[j].node->line);
		}
		if ((n = lp_y_get(m, "traits")) == NULL ||
		    (n->type == LP_YSCALAR && n->len == 0) ||
		    (n->type == LP_YSEQ && n->n == 0))
			return lp_y_error(n != NULL ? n : m, e,
			    _("principle '%s' has no traits; list the "
			    "behaviours that show it (kjennetegn)"), r->name);
		if (text_list(m, "traits", &r->traits, &r->tnodes,
		    &r->ntraits, e) == -1)
			return -1;
		if ((o = lp_y_get(m, "orientation")) == NULL)
			continue;
		if (o->type == LP_YSCALAR) {
			if (enum_value(o, _("orientation"), pl_orients, NULL,
			    &v, e) == -1)
				return -1;
			r->orient[r->norient++] = pl_orients[v];
			continue;
		}
		if (lp_y_seq(o, "orientation", e) == -1)
			return -1;
		for (j = 0; j < o->n; j++) {
			if (enum_value(o->items[j], _("orientation"),
			    pl_orients, NULL, &v, e) == -1)
				return -1;
			for (k = 0; k < r->norient; k++)
				if (r->orient[k] == pl_orients[v])
					break;
			if (k == r->norient && r->norient < 4)
				r->orient[r->norient++] = pl_orients[v];
		}
	}
	return 0;
}

static int
load_norms(struct pl_plat *p, const struct lp_ynode *m, struct lp_error *e)
{
	static const char *const keys[] = {
		"before", "during", "between", NULL
	};
	size_t i;

	if (lp_y_map(m, "norms", keys, e) == -1)
		return -1;
	for (i = 0; i < 3; i++)
		if (text_list(m, keys[i], &p->norms[i].v, NULL,
		    &p->norms[i].n, e) == -1)
			return -1;
	return 0;
}

static int
load_anchoring(struct pl_plat *p, const struct lp_ynode *l,
    struct lp_error *e)
{
	static const char *const keys[] = {
		"date", "event", "how", "names", NULL
	};
	const struct lp_ynode *m, *names, *n;
	struct pl_anchor a;
	size_t i, j, cap = 0;
	int how;

	if (lp_y_seq(l, "anchoring", e) == -1)
		return -1;
	for (i = 0; i < l->n; i++) {
		m = l->items[i];
		memset(&a, 0, sizeof(a));
		if (lp_y_map(m, _("anchoring entry"), keys, e) == -1 ||
		    opt_date(m, "date", &a.hasdate, &a.date, e) == -1 ||
		    opt_text(m, "event", &a.event, e) == -1)
			return -1;
		if ((n = lp_y_get(m, "how")) != NULL) {
			if (enum_value(n, _("way of taking part"), hows, NULL,
			    &how, e) == -1)
				return -1;
			a.endorsed = how == 1;
		}
		if ((names = lp_y_get(m, "names")) == NULL)
			return lp_y_missing(m, "names", _("anchoring entry"),
			    e);
		if (lp_y_seq(names, "names", e) == -1)
			return -1;
		for (j = 0; j < names->n; j++) {
			if (lp_y_text(names->items[j], &a.name, e) == -1)
				return -1;
			a.node = names->items[j];
			if (p->nanchors == cap) {
				cap = cap ? cap * 2 : 32;
				p->anchors = lp_xreallocarray(p->anchors, cap,
				    sizeof(*p->anchors));
			}
			p->anchors[p->nanchors++] = a;
		}
	}
	return 0;
}

static int
load_consistency(struct pl_plat *p, const struct lp_ynode *l,
    struct lp_error *e)
{
	static const char *const keys[] = {
		"document", "status", "note", NULL
	};
	const struct lp_ynode *m, *n;
	struct pl_doc *d;
	size_t i;
	int st;

	if (lp_y_seq(l, "consistency", e) == -1)
		return -1;
	p->docs = lp_xcalloc(l->n + 1, sizeof(*p->docs));
	for (i = 0; i < l->n; i++) {
		m = l->items[i];
		d = &p->docs[i];
		d->node = m;
		p->ndocs = i + 1;
		if (lp_y_map(m, _("document"), keys, e) == -1)
			return -1;
		if ((n = lp_y_get(m, "document")) == NULL)
			return lp_y_missing(m, "document",
			    _("consistency entry"), e);
		if (lp_y_text(n, &d->name, e) == -1)
			return -1;
		if ((n = lp_y_get(m, "status")) == NULL)
			return lp_y_missing(m, "status",
			    _("consistency entry"), e);
		if (enum_value(n, _("document status"), docstatuses,
		    docstatusval, &st, e) == -1)
			return -1;
		d->status = (enum pl_docstatus)st;
		if (opt_text(m, "note", &d->note, e) == -1)
			return -1;
	}
	return 0;
}

int
pl_from_doc(struct pl_plat *p, struct lp_ydoc *doc, struct lp_error *e)
{
	static const char *const keys[] = {
		"organisation", "title", "lang", "steps", "purpose", "ideas",
		"principles", "norms", "anchoring", "consistency", NULL
	};
	const struct lp_ynode *r, *n;
	enum lp_lang doclang = LP_NB;
	const char *s;
	size_t i;

	memset(p, 0, sizeof(*p));
	p->doc = doc;
	p->file = doc->file;
	p->lang = lp_doc_lang(0, LP_NB);
	r = doc->root;
	if (r == NULL)
		return 0;
	if (lp_y_map(r, _("platform"), keys, e) == -1 ||
	    opt_text(r, "organisation", &p->organisation, e) == -1 ||
	    opt_text(r, "title", &p->title, e) == -1 ||
	    opt_text(r, "lang", &s, e) == -1)
		return -1;
	if (s != NULL && lp_lang_parse(s, &doclang) == -1)
		return lp_y_error(lp_y_get(r, "lang"), e,
		    _("unknown language '%s'; use nb, nn or en"), s);
	p->lang = lp_doc_lang(s != NULL, doclang);
	if ((n = lp_y_get(r, "steps")) != NULL && load_steps(p, n, e) == -1)
		return -1;
	if ((n = lp_y_get(r, "purpose")) != NULL &&
	    load_purpose(p, n, e) == -1)
		return -1;
	if ((n = lp_y_get(r, "ideas")) != NULL && load_ideas(p, n, e) == -1)
		return -1;
	if ((n = lp_y_get(r, "principles")) != NULL &&
	    load_principles(p, n, e) == -1)
		return -1;
	if ((n = lp_y_get(r, "norms")) != NULL && load_norms(p, n, e) == -1)
		return -1;
	if ((n = lp_y_get(r, "anchoring")) != NULL &&
	    load_anchoring(p, n, e) == -1)
		return -1;
	if ((n = lp_y_get(r, "consistency")) != NULL &&
	    load_consistency(p, n, e) == -1)
		return -1;
	for (i = 1; i <= PL_NSTEPS; i++)
		if (!p->steps[i].present)
			p->steps[i].status = PL_TODO;
	return 0;
}

int
pl_load(struct pl_plat *p, const char *path, struct lp_error *e)
{
	struct lp_ydoc *doc;

	memset(p, 0, sizeof(*p));
	if ((doc = lp_yaml_load_file(path, e)) == NULL)
		return -1;
	if (pl_from_doc(p, doc, e) == -1) {
		pl_free(p);
		return -1;
	}
	return 0;
}

void
pl_free(struct pl_plat *p)
{
	size_t i;

	if (p == NULL)
		return;
	for (i = 0; i < p->ndrafts; i++)
		free(p->drafts[i].points);
	free(p->drafts);
	free(p->ideas);
	for (i = 0; i < p->nprinc; i++) {
		free(p->princ[i].traits);
		free(p->princ[i].tnodes);
	}
	free(p->princ);
	for (i = 0; i < 3; i++)
		free(p->norms[i].v);
	free(p->anchors);
	free(p->docs);
	lp_ydoc_free(p->doc);
	memset(p, 0, sizeof(*p));
}

const struct pl_principle *
pl_find_principle(const struct pl_plat *p, const char *name)
{
	char *f, *g;
	size_t i;
	int same;

	f = pl_fold(name);
	for (i = 0; i < p->nprinc; i++) {
		g = pl_fold(p->princ[i].name);
		same = strcmp(f, g) == 0;
		free(g);
		if (same) {
			free(f);
			return &p->princ[i];
		}
	}
	free(f);
	return NULL;
}

