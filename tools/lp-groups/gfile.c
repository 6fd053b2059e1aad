/*
 * gfile.c - a groups file loaded for show, score and roles: rows in
 * order (round by number, then group by first appearance, then file
 * order) and the people in it, one per distinct name.
 */
#include <stdlib.h>
#include <string.h>

#include "groups.h"

static void	 people(struct lpg_gfile *);

/* A stable counting sort of n rows by key in [0, nkeys). */
void
lpg_sort_rows(const int *key, int n, int nkeys, int *out)
{
	int *at, i;

	at = lp_xcalloc((size_t)nkeys + 1, sizeof(*at));
	for (i = 0; i < n; i++)
		at[key[i] + 1]++;
	for (i = 0; i < nkeys; i++)
		at[i + 1] += at[i];
	for (i = 0; i < n; i++)
		out[at[key[i]]++] = i;
	free(at);
}

/* The people: the first row of each name, borrowed from the file. */
static void
people(struct lpg_gfile *l)
{
	struct lpg_roster *r = l->r, *p;
	struct lp_map_ent *ent;
	int i;

	p = lp_xcalloc(1, sizeof(*p));
	*p = *r;
	p->shallow = 1;
	p->names = lp_map_new();
	p->p = lp_xcalloc(r->n, sizeof(*p->p));
	p->n = 0;
	l->who = lp_xcalloc(r->n, sizeof(*l->who));
	for (i = 0; i < r->n; i++) {
		ent = lp_map_get(p->names, r->p[i].key, strlen(r->p[i].key));
		if (ent->n == 0) {
			p->p[p->n] = r->p[i];
			ent->n = ++p->n;
		}
		l->who[i] = (int)ent->n - 1;
	}
	l->people = p;
}

int
lpg_gfile_load(const char *path, struct lpg_gfile *l)
{
	struct lp_error e;
	int *key, *pos, k, t, j, R;

	memset(&e, 0, sizeof(e));
	memset(l, 0, sizeof(*l));
	if ((l->r = lpg_roster_load(path, 1, &e)) == NULL)
		return lp_warnerr(&e);
	lpg_grouping_read(l->r, &l->gp);
	R = l->gp.nrounds;
	l->rorder = lp_xcalloc(R, sizeof(*l->rorder));
	for (k = 0; k < R; k++)
		l->rorder[k] = k;
	for (k = 1; k < R; k++)
		for (j = k; j > 0 && l->gp.round[l->rorder[j - 1]] >
		    l->gp.round[l->rorder[j]]; j--) {
			t = l->rorder[j];
			l->rorder[j] = l->rorder[j - 1];
			l->rorder[j - 1] = t;
		}
	pos = lp_xcalloc(R, sizeof(*pos));
	for (k = 0; k < R; k++)
		pos[l->rorder[k]] = k;
	l->nrows = l->r->n;
	key = lp_xcalloc(l->nrows, sizeof(*key));
	for (j = 0; j < l->nrows; j++)
		key[j] = pos[l->gp.ri[j]] * l->gp.ngroups + l->gp.gi[j];
	l->row = lp_xcalloc(l->nrows, sizeof(*l->row));
	lpg_sort_rows(key, l->nrows, R * l->gp.ngroups, l->row);
	l->ri = lp_xcalloc(l->nrows, sizeof(*l->ri));
	l->gi = lp_xcalloc(l->nrows, sizeof(*l->gi));
	for (j = 0; j < l->nrows; j++) {
		l->ri[j] = pos[l->gp.ri[l->row[j]]];
		l->gi[j] = l->gp.gi[l->row[j]];
	}
	free(key);
	free(pos);
	people(l);
	return 0;
}

void
lpg_gfile_free(struct lpg_gfile *l)
{
	if (l->r != NULL)
		lpg_grouping_free(&l->gp);
	lpg_roster_free(l->people);
	lpg_roster_free(l->r);
	free(l->rorder);
	free(l->row);
	free(l->ri);
	free(l->gi);
	free(l->who);
	memset(l, 0, sizeof(*l));
}
