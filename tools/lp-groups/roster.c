/*
 * roster.c - a roster or a groups file, read by lib's lp_people_load
 * (name/navn, group/gruppe, round/runde, status and the one away list),
 * with a key per person for finding names, and the rounds and groups
 * of a groups file.
 */
#include <stdlib.h>
#include <string.h>

#include "groups.h"

struct lpg_roster *
lpg_roster_load(const char *path, int groups, struct lp_error *e)
{
	struct lp_people *pp;
	struct lpg_roster *r;
	struct lpg_person *p;
	struct lp_map_ent *ent;
	size_t i;

	if ((pp = lp_people_load(path, NULL, groups ? LP_PEOPLE_GROUPS : 0,
	    e)) == NULL)
		return NULL;
	r = lp_xcalloc(1, sizeof(*r));
	r->pp = pp;
	r->file = pp->file;
	r->ncols = pp->ncol;
	r->hdr = pp->hdr;
	r->namecol = pp->cname;
	r->statuscol = pp->cstatus;
	r->roundcol = pp->cround;
	r->groupcol = pp->cgroup;
	r->n = (int)pp->n;
	r->p = lp_xcalloc(pp->n, sizeof(*r->p));
	r->names = lp_map_new();
	for (i = 0; i < pp->n; i++) {
		p = &r->p[i];
		p->name = pp->p[i].name;
		p->group = pp->p[i].group;
		p->round = pp->p[i].round;
		p->f = pp->p[i].f;
		p->line = pp->p[i].line;
		p->away = pp->p[i].away;
		p->key = lp_matchkey(p->name, strlen(p->name));
		ent = lp_map_get(r->names, p->key, strlen(p->key));
		if (ent->n == 0)
			ent->n = (long)i + 1;
	}
	return r;
}

void
lpg_roster_free(struct lpg_roster *r)
{
	int i;

	if (r == NULL)
		return;
	lp_map_free(r->names);
	for (i = 0; i < r->n && !r->shallow; i++)
		free(r->p[i].key);
	free(r->p);
	if (!r->shallow)
		lp_people_free(r->pp);
	free(r);
}

int
lpg_find(const struct lpg_roster *r, const char *name)
{
	struct lp_map_ent *ent;
	char *k = lp_matchkey(name, strlen(name));

	ent = lp_map_find(r->names, k, strlen(k));
	free(k);
	return ent != NULL ? (int)ent->n - 1 : -1;
}

int
lpg_who(const struct lpg_roster *r, const char *name, const char *opt)
{
	struct lp_error e;
	long row;

	memset(&e, 0, sizeof(e));
	if ((row = lp_people_find(r->pp, name, 0, &e)) < 0) {
		lp_warnx("%s: %s: %s", e.file, opt, e.msg);
		return -1;
	}
	return lpg_find(r, r->pp->p[row].name);
}

long
lpg_col(const struct lpg_roster *r, const char *name, struct lp_error *e)
{
	return lp_people_col(r->pp, name, e);
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
 * they first appear, names compared by lp_matchkey.
 */
int
lpg_grouping_read(const struct lpg_roster *r, struct lpg_grouping *gp)
{
	struct lp_map *gm;
	struct lp_map_ent *ent;
	const char *s;
	char *key;
	int i, k;

	memset(gp, 0, sizeof(*gp));
	gp->ri = lp_xcalloc(r->n, sizeof(*gp->ri));
	gp->gi = lp_xcalloc(r->n, sizeof(*gp->gi));
	gp->round = lp_xcalloc(r->n, sizeof(*gp->round));
	gp->gname = lp_xcalloc(r->n, sizeof(*gp->gname));
	gm = lp_map_new();
	for (i = 0; i < r->n; i++) {
		for (k = 0; k < gp->nrounds; k++)
			if (gp->round[k] == r->p[i].round)
				break;
		if (k == gp->nrounds)
			gp->round[gp->nrounds++] = (int)r->p[i].round;
		gp->ri[i] = k;
		s = r->p[i].group;
		key = lp_matchkey(s, strlen(s));
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
