/*
 * roster.c - reading a roster (a name column and any others) or a
 * groups file (round, group, name and the roster's columns).
 */
#include <stdlib.h>
#include <string.h>

#include "groups.h"

static const char *const namecols[] = { "name", "navn", "namn", NULL };
static const char *const roundcols[] = { "round", "runde", "omgang", NULL };
static const char *const groupcols[] = { "group", "gruppe", "gruppa",
	NULL };
static const char *const statuscols[] = { "status", NULL };

int
lpg_is_away(const char *s)
{
	static const char *const away[] = { "borte", "away", "fraværende",
		"fråverande", "permisjon", "absent", NULL };
	char *k;
	int i, hit = 0;

	if (s == NULL || *s == '\0')
		return 0;
	k = lp_fold(s, strlen(s));
	for (i = 0; away[i] != NULL && !hit; i++)
		hit = strcmp(k, away[i]) == 0;
	free(k);
	return hit;
}

struct lpg_roster *
lpg_roster_load(const char *path, int groups, struct lp_error *e)
{
	struct lp_csv_opts o;
	struct lp_csv *csv;
	struct lpg_roster *r;
	struct lpg_person *p;
	struct lp_map *seen;
	struct lp_map_ent *ent;
	size_t i;
	int rc, cap = 0;

	memset(&o, 0, sizeof(o));
	if ((csv = lp_csv_open(path, &o, e)) == NULL)
		return NULL;
	r = lp_xcalloc(1, sizeof(*r));
	r->file = lp_xstrdup(lp_csv_name(csv));
	r->ncols = lp_csv_nheader(csv);
	r->hdr = lp_xcalloc(r->ncols, sizeof(*r->hdr));
	for (i = 0; i < r->ncols; i++)
		r->hdr[i] = lp_xstrdup(lp_csv_header(csv, i));
	r->namecol = lp_csv_col_any(csv, namecols);
	r->statuscol = lp_csv_col_any(csv, statuscols);
	r->roundcol = lp_csv_col_any(csv, roundcols);
	r->groupcol = lp_csv_col_any(csv, groupcols);
	if (r->namecol < 0) {
		lp_error_set(e, LP_EXIT_DATAERR, r->file, 1, 0,
		    "no name column: the header needs 'name' or 'navn'");
		goto fail;
	}
	if (groups && r->groupcol < 0) {
		lp_error_set(e, LP_EXIT_DATAERR, r->file, 1, 0,
		    "no group column: the header needs 'group' (as "
		    "lp-groups make writes it)");
		goto fail;
	}
	seen = r->names = lp_map_new();
	while ((rc = lp_csv_next(csv, e)) == 1) {
		if (r->n == cap) {
			cap = cap ? cap * 2 : 64;
			r->p = lp_xreallocarray(r->p, cap, sizeof(*r->p));
		}
		p = &r->p[r->n];
		memset(p, 0, sizeof(*p));
		p->line = lp_csv_line(csv);
		p->f = lp_xcalloc(r->ncols, sizeof(*p->f));
		for (i = 0; i < r->ncols; i++)
			p->f[i] = lp_xstrdup(i < lp_csv_nf(csv) ?
			    lp_csv_field(csv, i) : "");
		r->n++;
		p->name = p->f[r->namecol];
		p->key = lp_fold(p->name, strlen(p->name));
		if (r->statuscol >= 0)
			p->away = lpg_is_away(p->f[r->statuscol]);
		if (*p->key == '\0') {
			lp_error_set(e, LP_EXIT_DATAERR, r->file, p->line,
			    r->namecol + 1, "empty name");
			rc = -1;
			break;
		}
		ent = lp_map_get(seen, p->key, strlen(p->key));
		if (ent->n == 0) {
			ent->n = r->n;
			continue;
		}
		if (!groups) {
			lp_error_set(e, LP_EXIT_DATAERR, r->file, p->line,
			    r->namecol + 1, "'%s' is on the roster twice "
			    "(lines %ld and %ld)", p->name,
			    r->p[ent->n - 1].line, p->line);
			rc = -1;
			break;
		}
	}
	if (rc < 0)
		goto fail;
	lp_csv_close(csv);
	if (r->n == 0) {
		lp_error_set(e, LP_EXIT_DATAERR, r->file, 0, 0,
		    "no one on the roster");
		lpg_roster_free(r);
		return NULL;
	}
	return r;
fail:
	lp_csv_close(csv);
	lpg_roster_free(r);
	return NULL;
}

void
lpg_roster_free(struct lpg_roster *r)
{
	size_t j;
	int i;

	if (r == NULL)
		return;
	lp_map_free(r->names);
	for (i = 0; i < r->n && !r->shallow; i++) {
		for (j = 0; j < r->ncols; j++)
			free(r->p[i].f[j]);
		free(r->p[i].f);
		free(r->p[i].key);
	}
	free(r->p);
	for (j = 0; j < r->ncols && !r->shallow; j++)
		free(r->hdr[j]);
	if (!r->shallow) {
		free(r->hdr);
		free(r->file);
	}
	free(r);
}

int
lpg_find(const struct lpg_roster *r, const char *name)
{
	struct lp_map_ent *ent;
	char *k = lp_fold(name, strlen(name));

	ent = lp_map_find(r->names, k, strlen(k));
	free(k);
	return ent != NULL ? (int)ent->n - 1 : -1;
}

long
lpg_col(const struct lpg_roster *r, const char *name, struct lp_error *e)
{
	const char **cand;
	const char *near;
	char *k, *h;
	size_t i;
	long hit = -1;

	k = lp_fold(name, strlen(name));
	for (i = 0; i < r->ncols && hit < 0; i++) {
		h = lp_fold(r->hdr[i], strlen(r->hdr[i]));
		if (strcmp(h, k) == 0)
			hit = (long)i;
		free(h);
	}
	free(k);
	if (hit >= 0)
		return hit;
	cand = lp_xcalloc(r->ncols + 1, sizeof(*cand));
	for (i = 0; i < r->ncols; i++)
		cand[i] = r->hdr[i];
	near = lp_suggest(name, cand);
	if (near != NULL)
		lp_error_set(e, LP_EXIT_DATAERR, r->file, 1, 0,
		    "no column '%s'; did you mean '%s'?", name, near);
	else
		lp_error_set(e, LP_EXIT_DATAERR, r->file, 1, 0,
		    "no column '%s'", name);
	free(cand);
	return -1;
}

char **
lpg_split(const char *s)
{
	char **v;
	const char *p, *q, *b, *t;
	size_t n = 1, i = 0;

	for (p = s; *p != '\0'; p++)
		n += *p == ',';
	v = lp_xcalloc(n + 1, sizeof(*v));
	for (p = s;; p = q + 1) {
		q = strchr(p, ',');
		if (q == NULL)
			q = p + strlen(p);
		for (b = p; b < q && (*b == ' ' || *b == '\t'); b++)
			continue;
		for (t = q; t > b && (t[-1] == ' ' || t[-1] == '\t'); t--)
			continue;
		if (t > b)
			v[i++] = lp_xstrndup(b, t - b);
		if (*q == '\0')
			break;
	}
	return v;
}

void
lpg_strv_free(char **v)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; v[i] != NULL; i++)
		free(v[i]);
	free(v);
}

/*
 * The rounds and groups of a groups file: rounds are numbers (a file
 * without a round column is one round), groups keep the order in which
 * they first appear.
 */
int
lpg_grouping_read(const struct lpg_roster *r, struct lpg_grouping *gp,
    struct lp_error *e)
{
	struct lp_map *gm;
	struct lp_map_ent *ent;
	const char *s;
	char *end, *key;
	long v;
	int i, k;

	memset(gp, 0, sizeof(*gp));
	gp->ri = lp_xcalloc(r->n, sizeof(*gp->ri));
	gp->gi = lp_xcalloc(r->n, sizeof(*gp->gi));
	gp->round = lp_xcalloc(r->n, sizeof(*gp->round));
	gp->gname = lp_xcalloc(r->n, sizeof(*gp->gname));
	gm = lp_map_new();
	for (i = 0; i < r->n; i++) {
		v = 1;
		if (r->roundcol >= 0) {
			s = r->p[i].f[r->roundcol];
			v = strtol(s, &end, 10);
			if (*s == '\0' || *end != '\0' || v < 1 ||
			    v > 100000) {
				lp_error_set(e, LP_EXIT_DATAERR, r->file,
				    r->p[i].line, r->roundcol + 1,
				    "round '%s' is not a number from 1", s);
				goto fail;
			}
		}
		for (k = 0; k < gp->nrounds; k++)
			if (gp->round[k] == v)
				break;
		if (k == gp->nrounds)
			gp->round[gp->nrounds++] = (int)v;
		gp->ri[i] = k;
		s = r->p[i].f[r->groupcol];
		if (*s == '\0') {
			lp_error_set(e, LP_EXIT_DATAERR, r->file, r->p[i].line,
			    r->groupcol + 1, "empty group name");
			goto fail;
		}
		key = lp_fold(s, strlen(s));
		ent = lp_map_get(gm, key, strlen(key));
		free(key);
		if (ent->n == 0) {
			gp->gname[gp->ngroups] = lp_xstrdup(s);
			ent->n = ++gp->ngroups;
		}
		gp->gi[i] = (int)ent->n - 1;
	}
	lp_map_free(gm);
	return 0;
fail:
	lp_map_free(gm);
	lpg_grouping_free(gp);
	return -1;
}

void
lpg_grouping_free(struct lpg_grouping *gp)
{
	int i;

	for (i = 0; i < gp->ngroups; i++)
		free(gp->gname[i]);
	free(gp->gname);
	free(gp->round);
	free(gp->ri);
	free(gp->gi);
	memset(gp, 0, sizeof(*gp));
}
