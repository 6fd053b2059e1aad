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

struct ck {
	FILE			*out;
	const struct pl_plat	*p;
	enum lp_lang		 l;
	long			 nfind;
};

struct member {
	char	*name;		/* as written in the roster */
	char	*key;		/* folded */
	long	 line, col;	/* where the roster names her */
	int	 away;
	int	 dup;		/* the name came earlier in the roster */
	int	 took;
	int	 endorsed;
};

struct roster {
	struct member	*v;
	size_t		 n;
	size_t		 ndistinct;
	struct lp_map	*idx;	/* folded name -> n: index + 1 */
	const char	**keys;	/* NULL-terminated, for lp_suggest */
	const char	*name;
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
	vfprintf(c->out, fmt, ap);
	va_end(ap);
	fputc('\n', c->out);
}

static void
info(struct ck *c, const char *area, const char *fmt, ...)
{
	va_list ap;

	fprintf(c->out, "%s: ", area);
	va_start(ap, fmt);
	vfprintf(c->out, fmt, ap);
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

static int
load_roster(struct roster *ro, const char *path, struct lp_error *e)
{
	static const char *const namecols[] = {
		"navn", "namn", "name", NULL
	};
	struct lp_csv_opts o;
	struct lp_csv *c;
	struct member *m;
	struct lp_map_ent *ent;
	const char *s;
	long ncol, scol;
	size_t cap = 0;
	int r;

	memset(ro, 0, sizeof(*ro));
	memset(&o, 0, sizeof(o));
	if ((c = lp_csv_open(path, &o, e)) == NULL)
		return -1;
	ro->name = lp_name(path);
	if ((ncol = lp_csv_col_any(c, namecols)) == -1 &&
	    (ncol = lp_csv_col(c, "navn", e)) == -1) {
		lp_csv_close(c);
		return -1;
	}
	scol = lp_csv_col_any(c, (const char *const[]){ "status", NULL });
	while ((r = lp_csv_next(c, e)) == 1) {
		s = lp_csv_field(c, (size_t)ncol);
		if (*s == '\0')
			continue;
		if (ro->n == cap) {
			cap = cap ? cap * 2 : 64;
			ro->v = lp_xreallocarray(ro->v, cap, sizeof(*ro->v));
		}
		m = &ro->v[ro->n++];
		memset(m, 0, sizeof(*m));
		m->name = lp_xstrdup(s);
		m->key = pl_fold(s);
		m->line = lp_csv_line(c);
		m->col = ncol + 1;
		if (scol >= 0) {
			char *st = pl_fold(lp_csv_field(c, (size_t)scol));

			m->away = strcmp(st, "borte") == 0 ||
			    strcmp(st, "away") == 0;
			free(st);
		}
	}
	lp_csv_close(c);
	if (r == -1) {
		/* The rows read before the bad one are ours to free. */
		free_roster(ro);
		return -1;
	}
	ro->idx = lp_map_new();
	ro->keys = lp_xcalloc(ro->n + 1, sizeof(*ro->keys));
	for (cap = 0; cap < ro->n; cap++) {
		m = &ro->v[cap];
		ent = lp_map_get(ro->idx, m->key, strlen(m->key));
		if (ent->n > 0) {
			m->dup = 1;
			continue;
		}
		ent->n = (long)cap + 1;
		ro->keys[ro->ndistinct++] = m->key;
	}
	return 0;
}

static void
free_roster(struct roster *ro)
{
	size_t i;

	for (i = 0; i < ro->n; i++) {
		free(ro->v[i].name);
		free(ro->v[i].key);
	}
	free(ro->v);
	free(ro->keys);
	lp_map_free(ro->idx);
}

static void
check_forankret(struct ck *c, struct roster *ro, long minshare)
{
	const struct pl_plat *p = c->p;
	const struct pl_anchor *a;
	const char *near;
	struct member *m;
	struct lp_map *seen;
	struct lp_map_ent *ent;
	size_t i, n, took = 0, endorsed = 0;
	enum lp_lang l = c->l;
	long share;
	char *k;

	if (ro == NULL) {
		seen = lp_map_new();
		for (i = 0; i < p->nanchors; i++) {
			k = pl_fold(p->anchors[i].name);
			if (lp_map_get(seen, k, strlen(k))->n++ == 0) {
				took++;
			}
			free(k);
		}
		for (i = 0; i < p->nanchors; i++)
			if (p->anchors[i].endorsed) {
				k = pl_fold(p->anchors[i].name);
				if (lp_map_get(seen, k, strlen(k))->ptr == NULL) {
					lp_map_get(seen, k, strlen(k))->ptr =
					    (void *)p;
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
		return;
	}
	for (i = 0; i < p->nanchors; i++) {
		a = &p->anchors[i];
		k = pl_fold(a->name);
		ent = lp_map_find(ro->idx, k, strlen(k));
		if (ent != NULL) {
			m = &ro->v[ent->n - 1];
			m->took = 1;
			if (a->endorsed)
				m->endorsed = 1;
			free(k);
			continue;
		}
		near = lp_suggest(k, ro->keys);
		free(k);
		if (near != NULL) {
			m = &ro->v[lp_map_find(ro->idx, near, strlen(near))->n - 1];
			finding(c, a->node, "forankret", lp_tr(l,
			    "«%s» står ikke i %s; mente du «%s»?",
			    "«%s» står ikkje i %s; meinte du «%s»?",
			    "'%s' is not on %s; did you mean '%s'?"),
			    a->name, ro->name, m->name);
		} else
			finding(c, a->node, "forankret", lp_tr(l,
			    "«%s» står ikke i %s",
			    "«%s» står ikkje i %s",
			    "'%s' is not on %s"), a->name, ro->name);
	}
	for (i = 0; i < ro->n; i++) {
		took += ro->v[i].took;
		endorsed += ro->v[i].endorsed;
	}
	n = ro->ndistinct;
	share = n > 0 ? (long)((took * 100 + n / 2) / n) : 0;
	info(c, "forankret", lp_tr(l,
	    "%zu av %zu ledere (%ld %%) har deltatt, %zu har sluttet seg "
	    "til (krav: %ld %%)",
	    "%zu av %zu leiarar (%ld %%) har delteke, %zu har slutta seg "
	    "til (krav: %ld %%)",
	    "%zu of %zu leaders (%ld%%) took part, %zu endorsed "
	    "(required: %ld%%)"), took, n, share, endorsed, minshare);
	for (i = 0; i < ro->n; i++) {
		m = &ro->v[i];
		if (m->took || m->dup)
			continue;
		/* A finding points at her row in the roster. */
		if (share < minshare) {
			c->nfind++;
			fprintf(c->out, "%s:%ld:%ld: ", ro->name, m->line,
			    m->col);
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

int
pl_cmd_check(const char *path, const struct pl_opts *o)
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
