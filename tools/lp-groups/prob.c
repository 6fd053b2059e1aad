/*
 * prob.c - the rules (--mix, --apart, --together, --pin, --history) and
 * what they make of a roster, in one place for make and score: units
 * that stay together, pairs to keep apart, the values to mix and the
 * earlier meetings.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "groups.h"

static int	 uf_find(int *, int);
static int	 units(const struct lpg_roster *, const struct lpg_rules *,
		    struct lpg_built *);
static int	 apart(const struct lpg_roster *, const struct lpg_rules *,
		    struct lpg_built *);
static int	 intcmp(const void *, const void *);
static void	 dedupe(struct lpg_built *, int);

static int
uf_find(int *up, int x)
{
	while (up[x] != x)
		x = up[x] = up[up[x]];
	return x;
}

void
lpg_rules_init(struct lpg_rules *ru, int argc)
{
	memset(ru, 0, sizeof(*ru));
	ru->mix = lp_xcalloc(argc + 1, sizeof(*ru->mix));
	ru->apart = lp_xcalloc(argc + 1, sizeof(*ru->apart));
	ru->together = lp_xcalloc(argc + 1, sizeof(*ru->together));
}

int
lpg_rules_opt(struct lpg_rules *ru, int ch, const char *arg)
{
	switch (ch) {
	case 'a':
		ru->apart[ru->napart++] = arg;
		return 1;
	case 'E':
		return lp_csv_encoding_arg(arg) != 0 ? -1 : 1;
	case 'g':
		return lp_optnum("--groups", arg, 1, 100000, &ru->groups) ?
		    -1 : 1;
	case 's':
		return lp_optnum("--size", arg, 1, 100000, &ru->size) ? -1 : 1;
	case 'H':
		ru->history = arg;
		return 1;
	case 'm':
		ru->mix[ru->nmix++] = arg;
		return 1;
	case 'p':
		ru->pin = arg;
		return 1;
	case 'T':
		ru->together[ru->ntogether++] = arg;
		return 1;
	default:
		return 0;
	}
}

void
lpg_rules_free(struct lpg_rules *ru)
{
	free(ru->mix);
	free(ru->apart);
	free(ru->together);
}

int
lpg_values(const struct lpg_roster *r, long col, int *val,
    struct lp_map **names)
{
	struct lp_map *vm = lp_map_new();
	struct lp_map_ent *ent;
	char *key;
	int i, nv;

	for (i = 0; i < r->n; i++) {
		const char *s = r->p[i].f[col];

		key = lp_matchkey(s, strlen(s));
		val[i] = -1;
		if (*key != '\0') {
			ent = lp_map_get(vm, key, strlen(key));
			if (ent->n == 0)
				ent->n = (long)lp_map_len(vm);
			val[i] = (int)ent->n - 1;
		}
		free(key);
	}
	nv = (int)lp_map_len(vm);
	if (names != NULL)
		*names = vm;
	else
		lp_map_free(vm);
	return nv;
}

int *
lpg_names(const struct lpg_roster *r, const char *list, const char *opt)
{
	char **v = lpg_split(list);
	int *who, i;

	for (i = 0; v[i] != NULL; i++)
		continue;
	who = lp_xcalloc(i + 1, sizeof(*who));
	for (i = 0; v[i] != NULL; i++)
		if ((who[i] = lpg_who(r, v[i], opt)) < 0) {
			free(who);
			lpg_strv_free(v);
			return NULL;
		}
	who[i] = -1;
	lpg_strv_free(v);
	return who;
}

/* Together-sets and pinned blocks become units (union-find). */
static int
units(const struct lpg_roster *r, const struct lpg_rules *ru,
    struct lpg_built *b)
{
	struct lp_error e;
	int *up, *first, *who, i, k, u, n = r->n;

	up = lp_xcalloc(n, sizeof(*up));
	for (i = 0; i < n; i++)
		up[i] = i;
	for (k = 0; k < ru->ntogether; k++) {
		if ((who = lpg_names(r, ru->together[k], "--together")) == NULL) {
			free(up);
			return LP_EXIT_DATAERR;
		}
		for (i = 1; who[0] >= 0 && who[i] >= 0; i++)
			up[uf_find(up, who[i])] = uf_find(up, who[0]);
		free(who);
	}
	b->blk = lp_xcalloc(n, sizeof(*b->blk));
	b->pincol = -1;
	memset(&e, 0, sizeof(e));
	if (ru->pin != NULL && (b->pincol = lpg_col(r, ru->pin, &e)) < 0) {
		free(up);
		return lp_warnerr(&e);
	}
	if (ru->pin != NULL) {
		b->nb = lpg_values(r, b->pincol, b->blk, &b->pinvals);
		first = lp_xcalloc(b->nb + 1, sizeof(*first));
		for (i = 0; i < n; i++) {
			if (b->blk[i] < 0)
				continue;
			if (first[b->blk[i]] == 0)
				first[b->blk[i]] = i + 1;
			else
				up[uf_find(up, i)] = uf_find(up,
				    first[b->blk[i]] - 1);
		}
		free(first);
	} else
		for (i = 0; i < n; i++)
			b->blk[i] = -1;
	b->unit = lp_xcalloc(n, sizeof(*b->unit));
	b->usize = lp_xcalloc(n, sizeof(*b->usize));
	first = lp_xcalloc(n, sizeof(*first));
	for (i = 0; i < n; i++) {
		u = uf_find(up, i);
		if (first[u] == 0)
			first[u] = ++b->nunits;
		b->unit[i] = first[u] - 1;
		b->usize[b->unit[i]]++;
	}
	free(first);
	free(up);
	return 0;
}

static int
intcmp(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

/* Each person's apart list sorted, each pair once. */
static void
dedupe(struct lpg_built *b, int n)
{
	int x, i, k = 0, start;

	for (x = 0; x < n; x++) {
		start = b->aoff[x];
		qsort(b->adj + start, b->aoff[x + 1] - start, sizeof(*b->adj),
		    intcmp);
		b->aoff[x] = k;
		for (i = start; i < b->aoff[x + 1]; i++)
			if (i == start || b->adj[i] != b->adj[i - 1])
				b->adj[k++] = b->adj[i];
	}
	b->aoff[n] = k;
}

/* Apart pairs, as a list per person. */
static int
apart(const struct lpg_roster *r, const struct lpg_rules *ru,
    struct lpg_built *b)
{
	int **lists, *deg, *fill, i, j, k, x, y, n = r->n, rc = 0;

	lists = lp_xcalloc(ru->napart + 1, sizeof(*lists));
	deg = lp_xcalloc(n + 1, sizeof(*deg));
	for (k = 0; k < ru->napart && rc == 0; k++) {
		if ((lists[k] = lpg_names(r, ru->apart[k], "--apart")) == NULL) {
			rc = LP_EXIT_DATAERR;
			break;
		}
		for (i = 0; lists[k][i] >= 0; i++)
			for (j = i + 1; lists[k][j] >= 0; j++)
				if (lists[k][i] != lists[k][j]) {
					deg[lists[k][i]]++;
					deg[lists[k][j]]++;
				}
		if (i < 2) {
			lp_warnx(_("--apart wants two names or more: '%s'"),
			    ru->apart[k]);
			rc = LP_EXIT_USAGE;
		}
	}
	b->aoff = lp_xcalloc(n + 1, sizeof(*b->aoff));
	for (x = 0; x < n; x++)
		b->aoff[x + 1] = b->aoff[x] + deg[x];
	b->adj = lp_xcalloc(b->aoff[n] + 1, sizeof(*b->adj));
	fill = lp_xcalloc(n + 1, sizeof(*fill));
	for (k = 0; k < ru->napart && rc == 0; k++)
		for (i = 0; lists[k][i] >= 0 && rc == 0; i++)
			for (j = i + 1; lists[k][j] >= 0; j++) {
				x = lists[k][i];
				y = lists[k][j];
				if (x == y)
					continue;
				if (b->unit[x] == b->unit[y]) {
					lp_warnx(_("impossible: %s and %s must be "
					    "apart and together"), r->p[x].name,
					    r->p[y].name);
					rc = LP_EXIT_DATAERR;
					break;
				}
				b->adj[b->aoff[x] + fill[x]++] = y;
				b->adj[b->aoff[y] + fill[y]++] = x;
			}
	if (rc == 0)
		dedupe(b, n);
	for (k = 0; k < ru->napart; k++)
		free(lists[k]);
	free(lists);
	free(deg);
	free(fill);
	return rc;
}

int
lpg_build(const struct lpg_roster *r, const struct lpg_rules *ru,
    struct lpg_built *b)
{
	struct lp_error e;
	int rc, c;

	memset(b, 0, sizeof(*b));
	b->n = r->n;
	if ((rc = units(r, ru, b)) != 0 || (rc = apart(r, ru, b)) != 0)
		return rc;
	b->mix = lp_xcalloc((size_t)(ru->nmix + 1) * r->n, sizeof(*b->mix));
	b->nvals = lp_xcalloc(ru->nmix + 1, sizeof(*b->nvals));
	b->mixcol = lp_xcalloc(ru->nmix + 1, sizeof(*b->mixcol));
	for (c = 0; c < ru->nmix; c++) {
		memset(&e, 0, sizeof(e));
		if ((b->mixcol[c] = lpg_col(r, ru->mix[c], &e)) < 0)
			return lp_warnerr(&e);
		b->nvals[c] = lpg_values(r, b->mixcol[c],
		    b->mix + (size_t)c * r->n, NULL);
	}
	if (ru->history != NULL) {
		b->hist = lpg_pairs_new(r->n);
		if ((rc = lpg_history(r, ru->history, b->hist)) != 0)
			return rc;
	}
	return 0;
}

void
lpg_built_free(struct lpg_built *b)
{
	free(b->unit);
	free(b->usize);
	free(b->blk);
	free(b->aoff);
	free(b->adj);
	free(b->mix);
	free(b->nvals);
	free(b->mixcol);
	lpg_pairs_free(b->hist);
	lp_map_free(b->pinvals);
	memset(b, 0, sizeof(*b));
}

void
lpg_meet(struct lpg_pairs *pc, const int *grp, int n, int nrounds,
    int ngroups)
{
	int *order, *key, r, i, j, x;

	order = lp_xcalloc(n + 1, sizeof(*order));
	key = lp_xcalloc(n + 1, sizeof(*key));
	for (r = 0; r < nrounds; r++) {
		for (x = 0; x < n; x++)
			key[x] = grp[(size_t)r * n + x] + 1;
		lpg_sort_rows(key, n, ngroups + 1, order);
		for (i = 0; i < n; i++) {
			if (key[order[i]] == 0)
				continue;
			for (j = i + 1; j < n && key[order[j]] ==
			    key[order[i]]; j++)
				if (lpg_pairs_get(pc, order[i], order[j]) <
				    USHRT_MAX / 2)
					lpg_pairs_add(pc, order[i], order[j],
					    1);
		}
	}
	free(order);
	free(key);
}

/* Add the meetings of an earlier grouping to the pair counts. */
int
lpg_history(const struct lpg_roster *r, const char *path,
    struct lpg_pairs *pc)
{
	struct lpg_gfile h;
	int *grp, i, x, rc;

	if ((rc = lpg_gfile_load(path, &h)) != 0)
		return rc;
	grp = lp_xcalloc((size_t)h.gp.nrounds * r->n + 1, sizeof(*grp));
	for (i = 0; i < h.gp.nrounds * r->n; i++)
		grp[i] = -1;
	for (i = 0; i < h.r->n; i++)
		if ((x = lpg_find(r, h.r->p[i].name)) >= 0)
			grp[(size_t)h.gp.ri[i] * r->n + x] = h.gp.gi[i];
	lpg_meet(pc, grp, r->n, h.gp.nrounds, h.gp.ngroups);
	free(grp);
	lpg_gfile_free(&h);
	return 0;
}
