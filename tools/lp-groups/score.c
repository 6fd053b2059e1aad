/*
 * score.c - lp-groups score: judges a grouping, also one made by hand,
 * against the same rules make keeps (built by prob.c from the groups
 * file's people). Breaches are named on stderr and make the exit 1.
 */
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "groups.h"

struct score {
	struct lpg_rules rules;
	struct lpg_gfile l;
	struct lpg_built b;
	int		 P, R, G;
	int		*grp;		/* [R * P] group, or -1 */
	int		*rowof;		/* [R * P] row, or -1 */
	long		 breaches;
	long		 rep;		/* repeats */
};

static int	 options(int, char **, struct score *);
static void	 placement(struct score *);
static void	 sizes(struct score *, struct lp_table *);
static void	 repeats(struct score *, struct lp_table *);
static void	 known(struct score *, long, struct lp_table *);
static void	 rules(struct score *);
static void	 pinned(struct score *);
static void	 mixed(struct score *, int, struct lp_table *);
static int	 i64cmp(const void *, const void *);

static int
i64cmp(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

/* The options; -1 after -h. */
static int
options(int argc, char **argv, struct score *s)
{
	static const struct option lo[] = {
		{ "help", no_argument, NULL, 'h' },
		LPG_RULE_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	int ch, rc = 0;

	while (rc == 0 && (ch = getopt_long(argc, argv, ":h", lo, NULL)) != -1) {
		if ((rc = lpg_rules_opt(&s->rules, ch, optarg)) != 0) {
			rc = rc < 0 ? LP_EXIT_USAGE : 0;
			continue;
		}
		switch (ch) {
		case 'h':
			lpg_usage(stdout);
			return -1;
		default:
			rc = lpg_badopt(argv[0], ch, argv);
		}
	}
	if (rc == 0 && argc - optind > 1) {
		lp_warnx(_("score: give one groups file"));
		lpg_usage(stderr);
		rc = LP_EXIT_USAGE;
	}
	if (rc == 0 && s->rules.size > 0 && s->rules.groups > 0) {
		lp_warnx(_("give --size or --groups, not both"));
		rc = LP_EXIT_USAGE;
	}
	return rc;
}

/* Each person once per round; every round has everyone. */
static void
placement(struct score *s)
{
	const struct lpg_gfile *l = &s->l;
	size_t k;
	int i, r, x;

	s->grp = lp_xcalloc((size_t)s->R * s->P, sizeof(*s->grp));
	s->rowof = lp_xcalloc((size_t)s->R * s->P, sizeof(*s->rowof));
	for (k = 0; k < (size_t)s->R * s->P; k++)
		s->grp[k] = s->rowof[k] = -1;
	for (i = 0; i < l->r->n; i++) {
		k = (size_t)l->gp.ri[i] * s->P + l->who[i];
		if (s->rowof[k] >= 0) {
			lp_warnx(_("breach: round %d: '%s' is in the groups "
			    "'%s' and '%s'"), l->gp.round[l->gp.ri[i]],
			    l->r->p[i].name, l->gp.gname[l->gp.gi[s->rowof[k]]],
			    l->gp.gname[l->gp.gi[i]]);
			s->breaches++;
		} else {
			s->rowof[k] = i;
			s->grp[k] = l->gp.gi[i];
		}
	}
	for (r = 0; r < s->R; r++)
		for (x = 0; x < s->P; x++)
			if (s->rowof[(size_t)r * s->P + x] < 0) {
				lp_warnx(_("breach: round %d: '%s' is in no group"),
				    l->gp.round[r], s->l.people->p[x].name);
				s->breaches++;
			}
}

/*
 * Sizes per round. A spread over one, and groups over --size or not
 * --groups many, are breaches only when --size or --groups asks.
 */
static void
sizes(struct score *s, struct lp_table *t)
{
	const struct lpg_gfile *l = &s->l;
	int *sz, r, i, g, lo, hi, ng;
	long mn = LONG_MAX, mx = 0, spread = 0;
	int want = s->rules.size > 0 || s->rules.groups > 0;

	sz = lp_xcalloc(s->G, sizeof(*sz));
	for (r = 0; r < s->R; r++) {
		memset(sz, 0, s->G * sizeof(*sz));
		for (i = 0; i < l->r->n; i++)
			if (l->gp.ri[i] == r)
				sz[l->gp.gi[i]]++;
		lo = INT_MAX;
		hi = ng = 0;
		for (g = 0; g < s->G; g++) {
			if (sz[g] == 0)
				continue;
			ng++;
			lo = sz[g] < lo ? sz[g] : lo;
			hi = sz[g] > hi ? sz[g] : hi;
			if (s->rules.size > 0 && sz[g] > s->rules.size) {
				lp_warnx(_("breach: round %d: group '%s' has %d "
				    "people, more than --size %ld"),
				    l->gp.round[r], l->gp.gname[g], sz[g],
				    s->rules.size);
				s->breaches++;
			}
		}
		mn = lo < mn ? lo : mn;
		mx = hi > mx ? hi : mx;
		spread = hi - lo > spread ? hi - lo : spread;
		if (want && hi - lo > 1) {
			lp_warnx(_("breach: round %d: group sizes %d to %d "
			    "differ by more than one"), l->gp.round[r], lo, hi);
			s->breaches++;
		}
		if (s->rules.groups > 0 && ng != s->rules.groups) {
			lp_warnx(_("breach: round %d: %d groups, not %ld "
			    "(--groups)"), l->gp.round[r], ng, s->rules.groups);
			s->breaches++;
		}
	}
	free(sz);
	lp_table_cell(t, _("sizes"));
	lp_table_cellf(t, _("%ld to %ld (spread %ld)"), mn, mx, spread);
	lp_table_endrow(t);
}

/*
 * Pairs: meetings here and in the history. Pairs that --together or
 * --pin keep together (one unit) are no repeats.
 */
static void
repeats(struct score *s, struct lp_table *t)
{
	struct lpg_pairs *pc = lpg_pairs_new(s->P);
	size_t it = 0;
	long rep = 0, reppairs = 0, maxm = 0;
	int a, b, c;

	lpg_meet(pc, s->grp, s->P, s->R, s->G);
	while (s->b.hist != NULL && lpg_pairs_next(s->b.hist, &it, &a, &b, &c))
		lpg_pairs_add(pc, a, b, c);
	for (it = 0; lpg_pairs_next(pc, &it, &a, &b, &c);) {
		if (s->b.unit[a] == s->b.unit[b])
			continue;
		if (c > 1) {
			rep += c - 1;
			reppairs++;
		}
		if (c > maxm)
			maxm = c;
	}
	lpg_pairs_free(pc);
	lp_table_cell(t, _("repeated pairs"));
	lp_table_cellf(t, _("%ld (%ld repeats)"), reppairs, rep);
	lp_table_endrow(t);
	lp_table_cell(t, _("most meetings of one pair"));
	lp_table_cellf(t, "%ld", maxm);
	lp_table_endrow(t);
	s->rep = rep;
	known(s, rep, t);
}

/*
 * The fewest repeats possible, and whether these are that few: only
 * when every pair counts (no history, no one kept together).
 */
static void
known(struct score *s, long rep, struct lp_table *t)
{
	char why[200];
	long lb;
	int x;

	if (s->b.hist != NULL)
		return;
	for (x = 0; x < s->P; x++)
		if (s->b.usize[s->b.unit[x]] > 1)
			return;
	lb = lpg_bound_of(s->grp, s->P, s->R, s->G, why, sizeof(why));
	lp_table_cell(t, _("fewest possible repeats"));
	lp_table_cellf(t, "%ld (%s)", lb, why);
	lp_table_endrow(t);
	lp_table_cell(t, _("optimal"));
	lp_table_cell(t, rep <= lb ? _("yes") : _("not proven"));
	lp_table_endrow(t);
}

/* Apart and together: checked in every round. */
static void
rules(struct score *s)
{
	const struct lpg_gfile *l = &s->l;
	const struct lpg_rules *ru = &s->rules;
	int k, i, j, r, a, b, ra, rb, isapart, *who;

	for (k = 0; k < ru->napart + ru->ntogether; k++) {
		isapart = k < ru->napart;
		who = lpg_names(l->people, isapart ? ru->apart[k] :
		    ru->together[k - ru->napart], "");
		for (i = 0; who != NULL && who[i] >= 0; i++)
			for (j = i + 1; who[j] >= 0; j++)
				for (r = 0; r < s->R; r++) {
					a = who[i];
					b = who[j];
					ra = s->rowof[(size_t)r * s->P + a];
					rb = s->rowof[(size_t)r * s->P + b];
					if (ra < 0 || rb < 0 || a == b ||
					    (l->gp.gi[ra] == l->gp.gi[rb]) !=
					    isapart)
						continue;
					lp_warnx(_("breach: round %d: %s and %s "
					    "%s"), l->gp.round[r],
					    l->r->p[ra].name, l->r->p[rb].name,
					    isapart ? _("share a group") :
					    _("are in different groups"));
					s->breaches++;
				}
		free(who);
	}
}

/* Pins: one value, one group, in every round. */
static void
pinned(struct score *s)
{
	const struct lpg_gfile *l = &s->l;
	int *pgrp, i, v;

	if (s->rules.pin == NULL)
		return;
	pgrp = lp_xcalloc(s->b.nb + 1, sizeof(*pgrp));
	for (v = 0; v < s->b.nb; v++)
		pgrp[v] = -1;
	for (i = 0; i < l->r->n; i++) {
		if ((v = s->b.blk[l->who[i]]) < 0)
			continue;
		if (pgrp[v] < 0)
			pgrp[v] = l->gp.gi[i];
		else if (pgrp[v] != l->gp.gi[i]) {
			lp_warnx(_("breach: round %d: '%s' is pinned with group "
			    "'%s' (--pin %s) but is in '%s'"),
			    l->gp.round[l->gp.ri[i]], l->r->p[i].name,
			    l->gp.gname[pgrp[v]], s->rules.pin,
			    l->gp.gname[l->gp.gi[i]]);
			s->breaches++;
		}
	}
	free(pgrp);
}

/* Mixing of column c: same-value pairs against the lowest possible. */
static void
mixed(struct score *s, int c, struct lp_table *t)
{
	const int *val = s->b.mix + (size_t)c * s->P;
	int nv = s->b.nvals[c], *cnt, *used, r, x, g, i, j, ng, eq = 1;
	int64_t *key, m;
	long same = 0, lb = 0, lb0;

	cnt = lp_xcalloc(nv + 1, sizeof(*cnt));
	used = lp_xcalloc(s->G, sizeof(*used));
	key = lp_xcalloc(s->P + 1, sizeof(*key));
	for (r = 0; r < s->R; r++) {
		memset(cnt, 0, (nv + 1) * sizeof(*cnt));
		memset(used, 0, s->G * sizeof(*used));
		for (x = 0, m = 0, ng = 0; x < s->P; x++) {
			if ((g = s->grp[(size_t)r * s->P + x]) < 0)
				continue;
			ng += used[g]++ == 0;
			if (val[x] < 0)
				continue;
			cnt[val[x]]++;
			key[m++] = (int64_t)g * (nv + 1) + val[x];
		}
		qsort(key, m, sizeof(*key), i64cmp);
		for (i = 0; i < m; i = j) {
			for (j = i + 1; j < m && key[j] == key[i]; j++)
				continue;
			same += (long)(j - i) * (j - i - 1) / 2;
		}
		lb += ng > 0 ? lpg_mix_lb(cnt, nv, ng) : 0;
		/* Everyone placed, all groups of one size. */
		for (g = 0; g < s->G; g++)
			eq = eq && used[g] == used[0];
		eq = eq && used[0] * s->G == s->P;
	}
	lp_table_cellf(t, _("same %s"), s->l.r->hdr[s->b.mixcol[c]]);
	/*
	 * Without repeats everyone meets R * (size - 1) others, and some
	 * of them must share the value: a higher bound, for groupings that
	 * have no repeat.
	 */
	lb0 = 0;
	/* Everyone placed: the last round's counts are everyone's. */
	if (s->rep == 0 && eq && s->R > 0 && s->G > 0)
		lb0 = lpg_mix_lb0(cnt, nv, s->P, s->R, s->P / s->G);
	if (lb0 > lb)
		lp_table_cellf(t, _("%ld (lowest possible without repeats "
		    "%ld)"), same, lb0);
	else
		lp_table_cellf(t, _("%ld (lowest possible %ld)"), same, lb);
	lp_table_endrow(t);
	free(cnt);
	free(used);
	free(key);
}

int
cmd_score(int argc, char **argv)
{
	struct score s;
	struct lp_table *t;
	int rc, c;

	memset(&s, 0, sizeof(s));
	lpg_rules_init(&s.rules, argc);
	if ((rc = options(argc, argv, &s)) != 0 ||
	    (rc = lpg_gfile_load(argv[optind], &s.l)) != 0) {
		lpg_rules_free(&s.rules);
		return rc < 0 ? 0 : rc;
	}
	if ((rc = lpg_build(s.l.people, &s.rules, &s.b)) != 0)
		goto out;
	s.P = s.l.people->n;
	s.R = s.l.gp.nrounds;
	s.G = s.l.gp.ngroups;
	t = lp_table_new(2);
	lp_table_cell(t, _("measure"));
	lp_table_cell(t, _("value"));
	lp_table_endrow(t);
	lp_table_cell(t, _("rounds"));
	lp_table_cellf(t, "%d", s.R);
	lp_table_endrow(t);
	lp_table_cell(t, _("groups"));
	lp_table_cellf(t, "%d", s.G);
	lp_table_endrow(t);
	lp_table_cell(t, _("people"));
	lp_table_cellf(t, "%d", s.P);
	lp_table_endrow(t);
	placement(&s);
	sizes(&s, t);
	repeats(&s, t);
	rules(&s);
	pinned(&s);
	for (c = 0; c < s.rules.nmix; c++)
		mixed(&s, c, t);
	lp_table_cell(t, _("breaches"));
	lp_table_cellf(t, "%ld", s.breaches);
	lp_table_endrow(t);
	lp_table_print(t, stdout, LP_F_TEXT);
	lp_table_free(t);
	rc = s.breaches > 0 ? LP_EXIT_FOUND : 0;
out:
	free(s.grp);
	free(s.rowof);
	lpg_built_free(&s.b);
	lpg_gfile_free(&s.l);
	lpg_rules_free(&s.rules);
	return rc;
}
