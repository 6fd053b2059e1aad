/*
 * check.c - is the platform målrettet (a few principles, each with
 * observable traits), forankret (every leader on the roster has taken
 * part) and konsistent (the documents that must mirror it do)? One line
 * per finding; exit 1 when there is any.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "plat.h"

static int	 check_run(const char *, const struct pl_opts *);

struct ck {
	FILE			*out;
	const struct pl_plat	*p;
	enum lp_lang		 l;
	long			 nfind;
};

/* The roster as check sees it: lib's people, and who took part. */
struct roster {
	struct lp_people	*pp;
	const char		**names;	/* pp->p[i].name, NULL-ended */
	int			*took;
	int			*endorsed;
};

static void	 finding(struct ck *, const struct lp_ynode *, const char *,
		    const char *, ...) __attribute__((format(printf, 4, 5)));
static void	 info(struct ck *, const char *, const char *, ...)
		    __attribute__((format(printf, 3, 4)));
static int	 abstract_trait(const char *);
static void	 check_malrettet(struct ck *, long);
static int	 load_roster(struct roster *, const char *, struct lp_error *);
static void	 free_roster(struct roster *);
static void	 check_forankret(struct ck *, struct roster *, long);
static void	 forankret_bare(struct ck *);
static void	 anchor_names(struct ck *, struct roster *);
static void	 vput(struct ck *, const char *, va_list);
static void	 check_konsistent(struct ck *);
static void	 check_ideas(struct ck *);

/*
 * Words that name a value rather than a behaviour: a trait made of
 * these alone ("Tillit", "Respekt og åpenhet") cannot be observed.
 * Folded (lower case, accents off, æøå kept).
 */
static const char *const abstract[] = {
	"ansvar", "apenhet", "åpenhet", "openheit", "engasjement",
	"fellesskap", "felleskap", "helhet", "heilskap", "integritet",
	"involvering", "kommunikasjon", "kompetanse", "kvalitet", "lojal",
	"lojale", "lojalitet", "mot", "nysgjerrighet", "profesjonalitet",
	"raushet", "respekt", "samarbeid", "samhandling", "tillit",
	"transparens", "trygghet", "tryggleik", "tydelighet", "tverrfaglighet",
	"tverrfagleg", "tverrfaglig", "verdier", "verdiar", "ydmykhet",
	"ærlighet", "delingskultur", "relevans", "retning", "honesty",
	"openness", "respect", "trust", "integrity", "quality",
	"collaboration", "communication", "safety", "loyalty",
	"transparency", NULL
};

static const char *const stopwords[] = {
	"og", "i", "å", "som", "til", "for", "med", "av", "på", "en", "et",
	"ei", "ein", "eit", "den", "det", "de", "vi", "oss", "and", "of",
	"the", "to", "a", "an", "in", "with", "we", "us", "or", "eller",
	NULL
};

static int
inlist(const char *w, const char *const *list)
{
	size_t i;

	for (i = 0; list[i] != NULL; i++)
		if (strcmp(w, list[i]) == 0)
			return 1;
	return 0;
}

/*
 * 1 when a trait does not describe behaviour: it has a single content
 * word, or only words that name values.
 */
static int
abstract_trait(const char *trait)
{
	char *f, *w, *s;
	size_t ncontent = 0, nabstract = 0;

	f = pl_fold(trait);
	for (s = f; *s != '\0'; s++)
		if (strchr(",.;:!?-/()\"'", *s) != NULL)
			*s = ' ';
	for (w = strtok(f, " \t"); w != NULL; w = strtok(NULL, " \t")) {
		if (inlist(w, stopwords))
			continue;
		ncontent++;
		if (inlist(w, abstract))
			nabstract++;
	}
	free(f);
	return ncontent <= 1 || nabstract == ncontent;
}

/*
 * A line of the report: the names and texts in it are the user's, so
 * it goes through lp_text_esc and never sends a terminal escape.
 */
static void
vput(struct ck *c, const char *fmt, va_list ap)
{
	va_list aq;
	char *buf;
	int n;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	buf = lp_xmalloc((size_t)(n > 0 ? n : 0) + 1);
	vsnprintf(buf, (size_t)(n > 0 ? n : 0) + 1, fmt, ap);
	lp_text_esc(c->out, buf);
	free(buf);
}

static void
finding(struct ck *c, const struct lp_ynode *at, const char *area,
    const char *fmt, ...)
{
	va_list ap;

	c->nfind++;
	if (at != NULL)
		fprintf(c->out, "%s:%ld:%ld: ", c->p->file, at->line, at->col);
	else
		fprintf(c->out, "%s: ", c->p->file);
	fprintf(c->out, "%s: ", area);
	va_start(ap, fmt);
	vput(c, fmt, ap);
	va_end(ap);
	fputc('\n', c->out);
}

static void
info(struct ck *c, const char *area, const char *fmt, ...)
{
	va_list ap;

	fprintf(c->out, "%s: ", area);
	va_start(ap, fmt);
	vput(c, fmt, ap);
	va_end(ap);
	fputc('\n', c->out);
}

static void
check_malrettet(struct ck *c, long max)
{
	const struct pl_plat *p = c->p;
	const struct pl_principle *r;
	size_t i, j, ntraits = 0;
	enum lp_lang l = c->l;

	for (i = 0; i < p->nprinc; i++)
		ntraits += p->princ[i].ntraits;
	info(c, "målrettet", lp_tr(l,
	    "%zu prinsipp med %zu kjennetegn (høyst %ld)",
	    "%zu prinsipp med %zu kjenneteikn (høgst %ld)",
	    "%zu principles with %zu traits (at most %ld)"),
	    p->nprinc, ntraits, max);
	if (p->nprinc == 0)
		finding(c, p->doc->root, "målrettet", "%s", lp_tr(l,
		    "ingen prinsipp ennå; plattformen må peke ut hva som er "
		    "god ledelse her",
		    "ingen prinsipp enno; plattforma må peike ut kva som er "
		    "god leiing her",
		    "no principles yet; the platform must name what good "
		    "leadership is here"));
	else if ((long)p->nprinc > max)
		finding(c, lp_y_get(p->doc->root, "principles"), "målrettet",
		    lp_tr(l, "%zu prinsipp er for mange (høyst %ld); slå "
		    "sammen eller velg bort",
		    "%zu prinsipp er for mange (høgst %ld); slå saman eller "
		    "vel bort",
		    "%zu principles are too many (at most %ld); merge some "
		    "or leave some out"), p->nprinc, max);
	for (i = 0; i < p->nprinc; i++) {
		r = &p->princ[i];
		if (r->ntraits < 2)
			finding(c, r->node, "målrettet", lp_tr(l,
			    "prinsippet «%s» har %zu kjennetegn; gi minst 2",
			    "prinsippet «%s» har %zu kjenneteikn; gi minst 2",
			    "principle '%s' has %zu trait; give at least 2"),
			    r->name, r->ntraits);
		for (j = 0; j < r->ntraits; j++)
			if (abstract_trait(r->traits[j]))
				finding(c, r->tnodes[j], "målrettet", lp_tr(l,
				    "kjennetegnet «%s» (%s) er et abstrakt "
				    "ord; beskriv hva en leder gjør, med "
				    "flere ord og et verb",
				    "kjenneteiknet «%s» (%s) er eit abstrakt "
				    "ord; skildre kva ein leiar gjer, med "
				    "fleire ord og eit verb",
				    "trait '%s' (%s) is an abstract word; "
				    "describe what a leader does, in several "
				    "words with a verb"), r->traits[j],
				    r->name);
	}
}

/* The roster through lib's lp_people_load: name, status, one reader. */
static int
load_roster(struct roster *ro, const char *path, struct lp_error *e)
{
	size_t i;

	memset(ro, 0, sizeof(*ro));
	if ((ro->pp = lp_people_load(path, NULL, 0, e)) == NULL)
		return -1;
	ro->names = lp_xcalloc(ro->pp->n + 1, sizeof(*ro->names));
	for (i = 0; i < ro->pp->n; i++)
		ro->names[i] = ro->pp->p[i].name;
	ro->took = lp_xcalloc(ro->pp->n + 1, sizeof(*ro->took));
	ro->endorsed = lp_xcalloc(ro->pp->n + 1, sizeof(*ro->endorsed));
	return 0;
}

static void
free_roster(struct roster *ro)
{
	free(ro->names);
	free(ro->took);
	free(ro->endorsed);
	lp_people_free(ro->pp);
}

/* Without a roster: how many took part and endorsed, by name. */
static void
forankret_bare(struct ck *c)
{
	const struct pl_plat *p = c->p;
	struct lp_map *seen;
	struct lp_map_ent *ent;
	size_t i, took = 0, endorsed = 0;
	enum lp_lang l = c->l;
	char *k;

	seen = lp_map_new();
	for (i = 0; i < p->nanchors; i++) {
		k = lp_matchkey(p->anchors[i].name,
		    strlen(p->anchors[i].name));
		ent = lp_map_get(seen, k, strlen(k));
		if (ent->n++ == 0)
			took++;
		if (p->anchors[i].endorsed && ent->ptr == NULL) {
			ent->ptr = (void *)p;
			endorsed++;
		}
		free(k);
	}
	lp_map_free(seen);
	info(c, "forankret", lp_tr(l,
	    "%zu ledere har deltatt, %zu har sluttet seg til "
	    "(gi --roster for å se hvem som mangler)",
	    "%zu leiarar har delteke, %zu har slutta seg til "
	    "(gi --roster for å sjå kven som manglar)",
	    "%zu leaders took part, %zu endorsed (give --roster to "
	    "see who is missing)"), took, endorsed);
	if (took == 0)
		finding(c, NULL, "forankret", "%s", lp_tr(l,
		    "ingen ledere har deltatt ennå",
		    "ingen leiarar har delteke enno",
		    "no leader has taken part yet"));
}

/*
 * Each name under anchoring found on the roster (lp_lookup: written
 * so, else the only one alike by lp_matchkey); one that is not there is
 * a finding with the nearest name.
 */
static void
anchor_names(struct ck *c, struct roster *ro)
{
	const struct pl_anchor *a;
	const char *near;
	struct lp_error e;
	enum lp_lang l = c->l;
	size_t i;
	long k;

	for (i = 0; i < c->p->nanchors; i++) {
		a = &c->p->anchors[i];
		k = lp_lookup(a->name, ro->names, ro->pp->n, N_("person"), &e);
		if (k >= 0) {
			ro->took[k] = 1;
			ro->endorsed[k] |= a->endorsed;
			continue;
		}
		if ((near = lp_suggest(a->name, ro->names)) != NULL)
			finding(c, a->node, "forankret", lp_tr(l,
			    "«%s» står ikke i %s; mente du «%s»?",
			    "«%s» står ikkje i %s; meinte du «%s»?",
			    "'%s' is not on %s; did you mean '%s'?"),
			    a->name, ro->pp->file, near);
		else
			finding(c, a->node, "forankret", lp_tr(l,
			    "«%s» står ikke i %s",
			    "«%s» står ikkje i %s",
			    "'%s' is not on %s"), a->name, ro->pp->file);
	}
}

/*
 * With a roster: the share of the leaders who are not away that took
 * part. An away member (lp_away: borte, fraværende, permisjon ...) is
 * shown as away and never required; one who is not heard is a finding
 * at her row while the share is below --min-share.
 */
static void
check_forankret(struct ck *c, struct roster *ro, long minshare)
{
	const struct lp_person *m;
	size_t i, n = 0, took = 0, endorsed = 0, away = 0;
	enum lp_lang l = c->l;
	long share;

	if (ro == NULL) {
		forankret_bare(c);
		return;
	}
	anchor_names(c, ro);
	for (i = 0; i < ro->pp->n; i++) {
		if (ro->pp->p[i].away) {
			away++;
			continue;
		}
		n++;
		took += (size_t)ro->took[i];
		endorsed += (size_t)ro->endorsed[i];
	}
	share = n > 0 ? (long)((took * 100 + n / 2) / n) : 0;
	info(c, "forankret", lp_tr(l,
	    "%zu av %zu ledere (%ld %%) har deltatt, %zu har sluttet seg "
	    "til (krav: %ld %%)%s",
	    "%zu av %zu leiarar (%ld %%) har delteke, %zu har slutta seg "
	    "til (krav: %ld %%)%s",
	    "%zu of %zu leaders (%ld%%) took part, %zu endorsed "
	    "(required: %ld%%)%s"), took, n, share, endorsed, minshare,
	    away == 0 ? "" : lp_tr(l, "; borte telles ikke med",
	    "; borte vert ikkje rekna med", "; away not counted"));
	for (i = 0; i < ro->pp->n; i++) {
		m = &ro->pp->p[i];
		if (ro->took[i])
			continue;
		/* A finding points at her row in the roster. */
		if (!m->away && share < minshare) {
			c->nfind++;
			fprintf(c->out, "%s:%ld:%ld: ", ro->pp->file, m->line,
			    ro->pp->cname + 1);
		}
		info(c, "forankret", lp_tr(l, "ikke hørt: %s%s",
		    "ikkje høyrd: %s%s", "not heard: %s%s"), m->name,
		    m->away ? lp_tr(l, " (borte)", " (borte)", " (away)") : "");
	}
}

static void
check_konsistent(struct ck *c)
{
	const struct pl_plat *p = c->p;
	const struct pl_doc *d;
	size_t i, aligned = 0;
	enum lp_lang l = c->l;

	for (i = 0; i < p->ndocs; i++)
		aligned += p->docs[i].status == PL_ALIGNED;
	info(c, "konsistent", lp_tr(l, "%zu av %zu dokument i samsvar",
	    "%zu av %zu dokument i samsvar", "%zu of %zu documents aligned"),
	    aligned, p->ndocs);
	if (p->ndocs == 0)
		finding(c, NULL, "konsistent", "%s", lp_tr(l,
		    "ingen dokument ført opp; nevn strategier, "
		    "arbeidsgiverpolitikk og HR-prosesser som skal speile "
		    "plattformen",
		    "ingen dokument førte opp; nemn strategiar, "
		    "arbeidsgjevarpolitikk og HR-prosessar som skal spegle "
		    "plattforma",
		    "no documents listed; name the strategies, HR policy and "
		    "processes that must mirror the platform"));
	for (i = 0; i < p->ndocs; i++) {
		d = &p->docs[i];
		if (d->status == PL_ALIGNED)
			continue;
		finding(c, d->node, "konsistent", lp_tr(l,
		    "«%s» (%s) er ikke i samsvar med plattformen%s%s",
		    "«%s» (%s) er ikkje i samsvar med plattforma%s%s",
		    "'%s' (%s) is not aligned with the platform%s%s"),
		    d->name, pl_docstatus_name(d->status),
		    d->note != NULL ? ": " : "",
		    d->note != NULL ? d->note : "");
	}
}

static void
check_ideas(struct ck *c)
{
	const struct pl_plat *p = c->p;
	const struct pl_idea *d;
	const char **names, *near;
	char **folded;
	size_t i, merged = 0;
	enum lp_lang l = c->l;
	char *k;

	names = lp_xcalloc(p->nprinc + 1, sizeof(*names));
	folded = lp_xcalloc(p->nprinc + 1, sizeof(*folded));
	for (i = 0; i < p->nprinc; i++)
		names[i] = folded[i] = pl_fold(p->princ[i].name);
	for (i = 0; i < p->nideas; i++)
		merged += p->ideas[i].principle != NULL &&
		    pl_find_principle(p, p->ideas[i].principle) != NULL;
	info(c, lp_tr(l, "idéer", "idear", "ideas"), lp_tr(l,
	    "%zu av %zu slått sammen i et prinsipp",
	    "%zu av %zu slegne saman i eit prinsipp",
	    "%zu of %zu merged into a principle"), merged, p->nideas);
	for (i = 0; i < p->nideas; i++) {
		d = &p->ideas[i];
		if (d->principle == NULL) {
			finding(c, d->node, lp_tr(l, "idéer", "idear",
			    "ideas"), lp_tr(l,
			    "«%s» er ikke slått sammen i noe prinsipp",
			    "«%s» er ikkje slegen saman i noko prinsipp",
			    "'%s' is not merged into any principle"), d->text);
			continue;
		}
		if (pl_find_principle(p, d->principle) != NULL)
			continue;
		k = pl_fold(d->principle);
		near = lp_suggest(k, names);
		free(k);
		if (near != NULL) {
			size_t j;

			for (j = 0; names[j] != near; j++)
				continue;
			finding(c, d->pnode, lp_tr(l, "idéer", "idear",
			    "ideas"), lp_tr(l,
			    "prinsippet «%s» finnes ikke; mente du «%s»?",
			    "prinsippet «%s» finst ikkje; meinte du «%s»?",
			    "no principle '%s'; did you mean '%s'?"),
			    d->principle, p->princ[j].name);
		} else
			finding(c, d->pnode, lp_tr(l, "idéer", "idear",
			    "ideas"), lp_tr(l, "prinsippet «%s» finnes ikke",
			    "prinsippet «%s» finst ikkje",
			    "no principle '%s'"), d->principle);
	}
	for (i = 0; i < p->nprinc; i++)
		free(folded[i]);
	free(folded);
	free(names);
}

static int
check_run(const char *path, const struct pl_opts *o)
{
	struct pl_plat p;
	struct roster ro;
	struct lp_error e;
	struct ck c;

	if (pl_load(&p, path, &e) == -1)
		return lp_warnerr(&e);
	if (o->roster != NULL && load_roster(&ro, o->roster, &e) == -1) {
		pl_free(&p);
		return lp_warnerr(&e);
	}
	memset(&c, 0, sizeof(c));
	c.out = stdout;
	c.p = &p;
	c.l = p.lang;
	check_malrettet(&c, o->maxprinc);
	check_forankret(&c, o->roster != NULL ? &ro : NULL, o->minshare);
	check_konsistent(&c);
	check_ideas(&c);
	if (c.nfind == 0)
		fprintf(stdout, "%s\n", lp_tr(c.l,
		    "ok: målrettet, forankret og konsistent",
		    "ok: målretta, forankra og konsistent",
		    "ok: målrettet, forankret and konsistent"));
	else
		fprintf(stdout, lp_tr(c.l, "%ld funn\n", "%ld funn\n",
		    "%ld findings\n"), c.nfind);
	if (o->roster != NULL)
		free_roster(&ro);
	pl_free(&p);
	return c.nfind > 0 ? LP_EXIT_FOUND : LP_EXIT_OK;
}

int
cmd_check(int argc, char **argv)
{
	struct pl_opts o;
	const char *file;
	int rc;

	if ((rc = pl_args(argc, argv, O_ROSTER | O_MAXP | O_MINS | O_ENC, 0, 1, &o, &file)) != 0)
		return rc == PL_ANSWERED ? LP_EXIT_OK : rc;
	return check_run(file, &o);
}
