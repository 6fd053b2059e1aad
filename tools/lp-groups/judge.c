/*
 * judge.c - the commands that read a grouping: show, score and roles.
 */
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "groups.h"

struct loaded {
	struct lpg_roster	*r;
	struct lpg_grouping	 gp;
	int			*rorder;	/* round indices by number */
	int			*row, *ri, *gi;	/* rows sorted for output */
	int			 nrows;
	int			 npeople;	/* distinct names */
	int			*who;		/* [r->n] person of a row */
};

static int	 load(const char *, struct loaded *);
static void	 unload(struct loaded *);
static void	 view(const struct loaded *, struct lpg_view *, int *);
static int	 numopt(const char *, const char *, long, long, long *);

static int
numopt(const char *opt, const char *s, long lo, long hi, long *v)
{
	char *end;

	*v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || *v < lo || *v > hi) {
		lp_warnx("%s wants a whole number from %ld to %ld, not '%s'",
		    opt, lo, hi, s);
		return -1;
	}
	return 0;
}

/* Read a groups file and order its rows: round, group, file order. */
static int
load(const char *path, struct loaded *l)
{
	struct lp_error e;
	struct lp_map *pm;
	struct lp_map_ent *ent;
	int i, j, k, t, *pos;

	memset(&e, 0, sizeof(e));
	memset(l, 0, sizeof(*l));
	if ((l->r = lpg_roster_load(path, 1, &e)) == NULL)
		return lp_warnerr(&e);
	if (lpg_grouping_read(l->r, &l->gp, &e) < 0) {
		lpg_roster_free(l->r);
		l->r = NULL;
		return lp_warnerr(&e);
	}
	l->rorder = lp_xcalloc(l->gp.nrounds, sizeof(*l->rorder));
	for (k = 0; k < l->gp.nrounds; k++)
		l->rorder[k] = k;
	for (k = 1; k < l->gp.nrounds; k++)
		for (j = k; j > 0 && l->gp.round[l->rorder[j - 1]] >
		    l->gp.round[l->rorder[j]]; j--) {
			t = l->rorder[j];
			l->rorder[j] = l->rorder[j - 1];
			l->rorder[j - 1] = t;
		}
	pos = lp_xcalloc(l->gp.nrounds, sizeof(*pos));
	for (k = 0; k < l->gp.nrounds; k++)
		pos[l->rorder[k]] = k;
	l->nrows = l->r->n;
	l->row = lp_xcalloc(l->nrows, sizeof(*l->row));
	l->ri = lp_xcalloc(l->nrows, sizeof(*l->ri));
	l->gi = lp_xcalloc(l->nrows, sizeof(*l->gi));
	j = 0;
	for (k = 0; k < l->gp.nrounds; k++)
		for (t = 0; t < l->gp.ngroups; t++)
			for (i = 0; i < l->r->n; i++)
				if (l->gp.ri[i] == l->rorder[k] &&
				    l->gp.gi[i] == t) {
					l->row[j] = i;
					l->ri[j] = k;
					l->gi[j++] = t;
				}
	free(pos);
	l->who = lp_xcalloc(l->r->n, sizeof(*l->who));
	pm = lp_map_new();
	for (i = 0; i < l->r->n; i++) {
		ent = lp_map_get(pm, l->r->p[i].key, strlen(l->r->p[i].key));
		if (ent->n == 0)
			ent->n = ++l->npeople;
		l->who[i] = (int)ent->n - 1;
	}
	lp_map_free(pm);
	return 0;
}

static void
unload(struct loaded *l)
{
	if (l->r != NULL)
		lpg_grouping_free(&l->gp);
	lpg_roster_free(l->r);
	free(l->rorder);
	free(l->row);
	free(l->ri);
	free(l->gi);
	free(l->who);
}

static void
view(const struct loaded *l, struct lpg_view *v, int *rounds)
{
	int k;

	for (k = 0; k < l->gp.nrounds; k++)
		rounds[k] = l->gp.round[l->rorder[k]];
	memset(v, 0, sizeof(*v));
	v->r = l->r;
	v->nrounds = l->gp.nrounds;
	v->round = rounds;
	v->ngroups = l->gp.ngroups;
	v->gname = l->gp.gname;
	v->nrows = l->nrows;
	v->row = l->row;
	v->ri = l->ri;
	v->gi = l->gi;
}

int
lpg_cmd_show(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "encoding", required_argument, NULL, 'E' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct lp_error e;
	struct loaded l;
	struct lpg_view v;
	enum lp_fmt fmt = LP_F_TEXT;
	int ch, rc, *rounds;

	while ((ch = getopt_long(argc, argv, "f:h", lo, NULL)) != -1) {
		switch (ch) {
		case 'f':
			memset(&e, 0, sizeof(e));
			if (lp_fmt_parse(optarg, LP_F_TEXT | LP_F_MD |
			    LP_F_HTML, &fmt, &e) < 0)
				return lp_warnerr(&e);
			break;
		case 'E':
			if (lp_csv_encoding_arg(optarg) != 0)
				return LP_EXIT_USAGE;
			break;
		case 'h':
			lpg_usage(stdout);
			return 0;
		default:
			lpg_usage(stderr);
			return LP_EXIT_USAGE;
		}
	}
	if (argc - optind > 1) {
		lp_warnx("show: give one groups file");
		lpg_usage(stderr);
		return LP_EXIT_USAGE;
	}
	if ((rc = load(argv[optind], &l)) != 0)
		return rc;
	rounds = lp_xcalloc(l.gp.nrounds, sizeof(*rounds));
	view(&l, &v, rounds);
	lpg_write_show(stdout, &v, fmt);
	free(rounds);
	unload(&l);
	return 0;
}

int
lpg_cmd_score(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "apart", required_argument, NULL, 'a' },
		{ "encoding", required_argument, NULL, 'E' },
		{ "help", no_argument, NULL, 'h' },
		{ "history", required_argument, NULL, 'H' },
		{ "mix", required_argument, NULL, 'm' },
		{ "pin", required_argument, NULL, 'p' },
		{ "together", required_argument, NULL, 'T' },
		{ NULL, 0, NULL, 0 }
	};
	struct lp_error e;
	struct loaded l, h;
	struct lp_map *vm;
	struct lp_map_ent *ent;
	struct lp_table *t;
	char **mixv, **apartv, **togv, **list, *key;
	const char *hist = NULL, *pin = NULL;
	unsigned short *cnt;
	unsigned char *forced = NULL;
	int nmix = 0, napart = 0, ntog = 0, ch, rc = 0, P, R, G, i, j, k;
	int a, b, c, *sz, *lbc, *rowof, *inround, val, nv, *pgrp;
	long col, breaches = 0, rep = 0, reppairs = 0, maxm = 0, same, lb;
	long mn, mx, spread = 0;

	mixv = lp_xcalloc(argc + 1, sizeof(*mixv));
	apartv = lp_xcalloc(argc + 1, sizeof(*apartv));
	togv = lp_xcalloc(argc + 1, sizeof(*togv));
	while (rc == 0 &&
	    (ch = getopt_long(argc, argv, "h", lo, NULL)) != -1) {
		switch (ch) {
		case 'a':
			apartv[napart++] = optarg;
			break;
		case 'E':
			if (lp_csv_encoding_arg(optarg) != 0)
				rc = LP_EXIT_USAGE;
			break;
		case 'h':
			lpg_usage(stdout);
			rc = -1;
			break;
		case 'H':
			hist = optarg;
			break;
		case 'm':
			mixv[nmix++] = optarg;
			break;
		case 'p':
			pin = optarg;
			break;
		case 'T':
			togv[ntog++] = optarg;
			break;
		default:
			lpg_usage(stderr);
			rc = LP_EXIT_USAGE;
		}
	}
	if (rc == 0 && argc - optind > 1) {
		lp_warnx("score: give one groups file");
		lpg_usage(stderr);
		rc = LP_EXIT_USAGE;
	}
	if (rc != 0 || (rc = load(argv[optind], &l)) != 0) {
		free(mixv);
		free(apartv);
		free(togv);
		return rc < 0 ? 0 : rc;
	}
	P = l.npeople;
	R = l.gp.nrounds;
	G = l.gp.ngroups;
	rowof = lp_xcalloc((size_t)R * P, sizeof(*rowof));
	for (i = 0; i < R * P; i++)
		rowof[i] = -1;
	t = lp_table_new(2);
	lp_table_cell(t, "measure");
	lp_table_cell(t, "value");
	lp_table_endrow(t);

	/* Each person once per round; every round has everyone. */
	for (i = 0; i < l.r->n; i++) {
		k = l.gp.ri[i] * P + l.who[i];
		if (rowof[k] >= 0) {
			lp_warnx("breach: round %d: '%s' is in the groups "
			    "'%s' and '%s'", l.gp.round[l.gp.ri[i]],
			    l.r->p[i].name, l.gp.gname[l.gp.gi[rowof[k]]],
			    l.gp.gname[l.gp.gi[i]]);
			breaches++;
		} else
			rowof[k] = i;
	}
	for (k = 0; k < R; k++)
		for (i = 0; i < P; i++)
			if (rowof[k * P + i] < 0) {
				for (j = 0; l.who[j] != i; j++)
					continue;
				lp_warnx("breach: round %d: '%s' is in no "
				    "group", l.gp.round[k], l.r->p[j].name);
				breaches++;
			}

	/* Sizes per round. */
	sz = lp_xcalloc(G, sizeof(*sz));
	mn = LONG_MAX;
	mx = 0;
	for (k = 0; k < R; k++) {
		memset(sz, 0, G * sizeof(*sz));
		for (i = 0; i < l.r->n; i++)
			if (l.gp.ri[i] == k)
				sz[l.gp.gi[i]]++;
		a = INT_MAX;
		b = 0;
		for (j = 0; j < G; j++) {
			if (sz[j] == 0)
				continue;
			if (sz[j] < a)
				a = sz[j];
			if (sz[j] > b)
				b = sz[j];
		}
		if (a < mn)
			mn = a;
		if (b > mx)
			mx = b;
		if (b - a > spread)
			spread = b - a;
		if (b - a > 1) {
			lp_warnx("breach: round %d: group sizes %d to %d "
			    "differ by more than one", l.gp.round[k], a, b);
			breaches++;
		}
	}

	/* Pairs: meetings here and in the history. */
	cnt = lp_xcalloc((size_t)P * P, sizeof(*cnt));
	for (i = 0; i < l.r->n; i++)
		for (j = i + 1; j < l.r->n; j++)
			if (l.gp.ri[i] == l.gp.ri[j] &&
			    l.gp.gi[i] == l.gp.gi[j] && l.who[i] != l.who[j] &&
			    cnt[(size_t)l.who[i] * P + l.who[j]] < USHRT_MAX) {
				cnt[(size_t)l.who[i] * P + l.who[j]]++;
				cnt[(size_t)l.who[j] * P + l.who[i]]++;
			}
	if (hist != NULL) {
		if ((rc = load(hist, &h)) != 0)
			goto out;
		for (i = 0; i < h.r->n; i++)
			for (j = i + 1; j < h.r->n; j++) {
				if (h.gp.ri[i] != h.gp.ri[j] ||
				    h.gp.gi[i] != h.gp.gi[j])
					continue;
				a = lpg_find(l.r, h.r->p[i].name);
				b = lpg_find(l.r, h.r->p[j].name);
				if (a < 0 || b < 0 || l.who[a] == l.who[b])
					continue;
				a = l.who[a];
				b = l.who[b];
				if (cnt[(size_t)a * P + b] < USHRT_MAX) {
					cnt[(size_t)a * P + b]++;
					cnt[(size_t)b * P + a]++;
				}
			}
		unload(&h);
	}
	/* Pairs that --together or --pin keep together are no repeats. */
	forced = lp_xcalloc((size_t)P * P, 1);
	for (k = 0; k < ntog; k++) {
		list = lpg_split(togv[k]);
		for (i = 0; list[i] != NULL; i++)
			for (j = 0; list[j] != NULL; j++) {
				a = lpg_find(l.r, list[i]);
				b = lpg_find(l.r, list[j]);
				if (a >= 0 && b >= 0)
					forced[(size_t)l.who[a] * P +
					    l.who[b]] = 1;
			}
		lpg_strv_free(list);
	}
	memset(&e, 0, sizeof(e));
	if (pin != NULL && (col = lpg_col(l.r, pin, &e)) >= 0)
		for (i = 0; i < l.r->n; i++)
			for (j = 0; j < l.r->n; j++)
				if (*l.r->p[i].f[col] != '\0' &&
				    lp_collate(l.r->p[i].f[col],
				    l.r->p[j].f[col]) == 0)
					forced[(size_t)l.who[i] * P +
					    l.who[j]] = 1;
	for (i = 0; i < P; i++)
		for (j = i + 1; j < P; j++) {
			c = cnt[(size_t)i * P + j];
			if (forced[(size_t)i * P + j])
				continue;
			if (c > 1) {
				rep += c - 1;
				reppairs++;
			}
			if (c > maxm)
				maxm = c;
		}

	/* Apart and together: checked in every round. */
	for (k = 0; k < napart + ntog; k++) {
		int isapart = k < napart;

		list = lpg_split(isapart ? apartv[k] : togv[k - napart]);
		for (i = 0; list[i] != NULL; i++)
			if (lpg_find(l.r, list[i]) < 0) {
				lp_warnx("%s: no '%s' in %s", isapart ?
				    "--apart" : "--together", list[i],
				    l.r->file);
				rc = LP_EXIT_DATAERR;
				lpg_strv_free(list);
				goto out;
			}
		for (i = 0; list[i] != NULL; i++)
			for (j = i + 1; list[j] != NULL; j++) {
				a = l.who[lpg_find(l.r, list[i])];
				b = l.who[lpg_find(l.r, list[j])];
				for (c = 0; c < R; c++) {
					int ra = rowof[c * P + a];
					int rb = rowof[c * P + b];

					if (ra < 0 || rb < 0 || a == b ||
					    (l.gp.gi[ra] == l.gp.gi[rb]) !=
					    isapart)
						continue;
					lp_warnx("breach: round %d: %s and %s "
					    "%s", l.gp.round[c],
					    l.r->p[ra].name, l.r->p[rb].name,
					    isapart ? "share a group" :
					    "are in different groups");
					breaches++;
				}
			}
		lpg_strv_free(list);
	}

	/* Pins: one value, one group, in every round. */
	if (pin != NULL) {
		memset(&e, 0, sizeof(e));
		if ((col = lpg_col(l.r, pin, &e)) < 0) {
			rc = lp_warnerr(&e);
			goto out;
		}
		vm = lp_map_new();
		pgrp = lp_xcalloc(l.r->n + 1, sizeof(*pgrp));
		for (i = 0; i < l.r->n; i++) {
			const char *s = l.r->p[i].f[col];

			key = lp_fold(s, strlen(s));
			if (*key != '\0') {
				ent = lp_map_get(vm, key, strlen(key));
				if (ent->n == 0) {
					ent->n = (long)lp_map_len(vm);
					pgrp[ent->n - 1] = l.gp.gi[i];
				} else if (pgrp[ent->n - 1] != l.gp.gi[i]) {
					lp_warnx("breach: round %d: '%s' is "
					    "pinned with group '%s' (--pin %s) "
					    "but is in '%s'",
					    l.gp.round[l.gp.ri[i]],
					    l.r->p[i].name,
					    l.gp.gname[pgrp[ent->n - 1]], pin,
					    l.gp.gname[l.gp.gi[i]]);
					breaches++;
				}
			}
			free(key);
		}
		free(pgrp);
		lp_map_free(vm);
	}

	lp_table_cell(t, "rounds");
	lp_table_cellf(t, "%d", R);
	lp_table_endrow(t);
	lp_table_cell(t, "groups");
	lp_table_cellf(t, "%d", G);
	lp_table_endrow(t);
	lp_table_cell(t, "people");
	lp_table_cellf(t, "%d", P);
	lp_table_endrow(t);
	lp_table_cell(t, "sizes");
	lp_table_cellf(t, "%ld to %ld (spread %ld)", mn, mx, spread);
	lp_table_endrow(t);
	lp_table_cell(t, "repeated pairs");
	lp_table_cellf(t, "%ld (%ld repeats)", reppairs, rep);
	lp_table_endrow(t);
	lp_table_cell(t, "most meetings of one pair");
	lp_table_cellf(t, "%ld", maxm);
	lp_table_endrow(t);

	/* Mixing: same-value pairs against the lowest possible. */
	lbc = lp_xcalloc(l.r->n + 1, sizeof(*lbc));
	for (c = 0; c < nmix; c++) {
		memset(&e, 0, sizeof(e));
		if ((col = lpg_col(l.r, mixv[c], &e)) < 0) {
			rc = lp_warnerr(&e);
			free(lbc);
			goto out;
		}
		same = lb = 0;
		for (k = 0; k < R; k++) {
			vm = lp_map_new();
			memset(lbc, 0, (l.r->n + 1) * sizeof(*lbc));
			inround = lp_xcalloc(l.r->n, sizeof(*inround));
			for (i = 0; i < l.r->n; i++) {
				const char *s = l.r->p[i].f[col];

				if (l.gp.ri[i] != k)
					continue;
				key = lp_fold(s, strlen(s));
				if (*key != '\0') {
					ent = lp_map_get(vm, key, strlen(key));
					if (ent->n == 0)
						ent->n = (long)lp_map_len(vm);
					lbc[ent->n - 1]++;
					inround[i] = (int)ent->n;
				}
				free(key);
			}
			nv = (int)lp_map_len(vm);
			for (i = 0; i < l.r->n; i++)
				for (j = i + 1; j < l.r->n; j++) {
					val = inround[i];
					if (val != 0 && val == inround[j] &&
					    l.gp.ri[j] == k &&
					    l.gp.gi[i] == l.gp.gi[j])
						same++;
				}
			memset(sz, 0, G * sizeof(*sz));
			for (i = 0, a = 0; i < l.r->n; i++)
				if (l.gp.ri[i] == k && sz[l.gp.gi[i]]++ == 0)
					a++;
			lb += lpg_mix_lb(lbc, nv, a);
			free(inround);
			lp_map_free(vm);
		}
		lp_table_cellf(t, "same %s", l.r->hdr[col]);
		lp_table_cellf(t, "%ld (lowest possible %ld)", same, lb);
		lp_table_endrow(t);
	}
	free(lbc);
	lp_table_cell(t, "breaches");
	lp_table_cellf(t, "%ld", breaches);
	lp_table_endrow(t);
	lp_table_print(t, stdout, LP_F_TEXT);
	rc = breaches > 0 ? LP_EXIT_FOUND : 0;
out:
	lp_table_free(t);
	free(sz);
	free(cnt);
	free(forced);
	free(rowof);
	free(mixv);
	free(apartv);
	free(togv);
	unload(&l);
	return rc;
}

/*
 * Roles rotate inside each group: in meeting m, role j goes to member
 * (m + j * step) mod s, where s is the number of members present and
 * step spreads the roles over the group (s / roles, at least 1). Over
 * s meetings everyone holds every role once; nobody holds a role in two
 * meetings in a row while s > 1; the members are shuffled by the seed
 * so that the first chair differs between groups.
 */
int
lpg_cmd_roles(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "encoding", required_argument, NULL, 'E' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ "meetings", required_argument, NULL, 'M' },
		{ "roles", required_argument, NULL, 'R' },
		{ "round", required_argument, NULL, 'r' },
		{ "seed", required_argument, NULL, 'S' },
		{ NULL, 0, NULL, 0 }
	};
	struct lp_error e;
	struct loaded l;
	struct lp_rng rng;
	struct lp_csvw *w = NULL;
	struct lp_table *t = NULL;
	enum lp_fmt fmt = LP_F_CSV;
	const char *roles = NULL;
	char **rv = NULL;
	long meetings = 0, round = 0, v;
	uint64_t seed = 1;
	int ch, rc = 0, nr, g, i, k, s, step, mt, ri, *mem, maxs, j;

	while (rc == 0 &&
	    (ch = getopt_long(argc, argv, "f:h", lo, NULL)) != -1) {
		switch (ch) {
		case 'f':
			memset(&e, 0, sizeof(e));
			if (lp_fmt_parse(optarg, LP_F_CSV | LP_F_TEXT |
			    LP_F_MD, &fmt, &e) < 0)
				rc = lp_warnerr(&e);
			break;
		case 'E':
			if (lp_csv_encoding_arg(optarg) != 0)
				rc = LP_EXIT_USAGE;
			break;
		case 'h':
			lpg_usage(stdout);
			return 0;
		case 'M':
			if (numopt("--meetings", optarg, 1, 10000,
			    &meetings) < 0)
				rc = LP_EXIT_USAGE;
			break;
		case 'R':
			roles = optarg;
			break;
		case 'r':
			if (numopt("--round", optarg, 1, 100000, &round) < 0)
				rc = LP_EXIT_USAGE;
			break;
		case 'S':
			seed = lp_seed_parse(optarg);
			break;
		default:
			lpg_usage(stderr);
			rc = LP_EXIT_USAGE;
		}
	}
	if (rc != 0)
		return rc;
	if (roles == NULL || argc - optind > 1) {
		lp_warnx(roles == NULL ? "roles: give --roles, such as "
		    "--roles \"leder og tidtaker,viddevakt,sekretær\"" :
		    "roles: give one groups file");
		lpg_usage(stderr);
		return LP_EXIT_USAGE;
	}
	rv = lpg_split(roles);
	for (nr = 0; rv[nr] != NULL; nr++)
		continue;
	if (nr == 0) {
		lp_warnx("--roles names no role");
		lpg_strv_free(rv);
		return LP_EXIT_USAGE;
	}
	if ((rc = load(argv[optind], &l)) != 0) {
		lpg_strv_free(rv);
		return rc;
	}
	/* The round: the one asked for, else the last. */
	ri = l.rorder[l.gp.nrounds - 1];
	if (round > 0) {
		for (k = 0; k < l.gp.nrounds; k++)
			if (l.gp.round[k] == round)
				break;
		if (k == l.gp.nrounds) {
			lp_warnx("%s has no round %ld", l.r->file, round);
			rc = LP_EXIT_DATAERR;
			goto out;
		}
		ri = k;
	}
	mem = lp_xcalloc(l.r->n, sizeof(*mem));
	maxs = 0;
	for (g = 0; g < l.gp.ngroups; g++) {
		for (i = 0, s = 0; i < l.r->n; i++)
			if (l.gp.ri[i] == ri && l.gp.gi[i] == g &&
			    !l.r->p[i].away)
				s++;
		if (s > maxs)
			maxs = s;
	}
	if (meetings == 0)
		meetings = maxs > 0 ? maxs : 1;
	lp_rng_seed(&rng, seed);
	if (fmt == LP_F_CSV) {
		w = lp_csvw_new(stdout, 0);
		lp_csvw_str(w, "meeting");
		lp_csvw_str(w, "group");
		lp_csvw_str(w, "role");
		lp_csvw_str(w, "name");
		lp_csvw_endrow(w);
	} else {
		t = lp_table_new(4);
		lp_table_right(t, 0);
		lp_table_cell(t, "meeting");
		lp_table_cell(t, "group");
		lp_table_cell(t, "role");
		lp_table_cell(t, "name");
		lp_table_endrow(t);
	}
	for (mt = 0; mt < meetings; mt++)
		for (g = 0; g < l.gp.ngroups; g++) {
			for (i = 0, s = 0; i < l.r->n; i++)
				if (l.gp.ri[i] == ri && l.gp.gi[i] == g &&
				    !l.r->p[i].away)
					mem[s++] = i;
			if (s == 0)
				continue;
			/* The same shuffle for the group at every meeting. */
			{
				struct lp_rng gr;

				lp_rng_seed(&gr, seed + (uint64_t)g *
				    0x9e3779b97f4a7c15ULL);
				lp_rng_shuffle(&gr, mem, s, sizeof(*mem));
			}
			step = s / nr > 0 ? s / nr : 1;
			for (j = 0; j < nr; j++) {
				k = mem[(mt + j * step) % s];
				if (w != NULL) {
					lp_csvw_int(w, mt + 1);
					lp_csvw_str(w, l.gp.gname[g]);
					lp_csvw_str(w, rv[j]);
					lp_csvw_str(w, l.r->p[k].name);
					lp_csvw_endrow(w);
				} else {
					lp_table_cellf(t, "%d", mt + 1);
					lp_table_cell(t, l.gp.gname[g]);
					lp_table_cell(t, rv[j]);
					lp_table_cell(t, l.r->p[k].name);
					lp_table_endrow(t);
				}
			}
		}
	(void)v;
	(void)rng;
	if (t != NULL)
		lp_table_print(t, stdout, fmt);
	lp_table_free(t);
	if (w != NULL)
		lp_csvw_free(w);
	free(mem);
out:
	unload(&l);
	lpg_strv_free(rv);
	return rc;
}
